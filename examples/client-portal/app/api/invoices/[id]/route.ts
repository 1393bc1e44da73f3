import { NextResponse } from "next/server";
import { createServiceClient } from "@/lib/supabase/server";

// Returns one invoice with its line items for the invoice page.
export async function GET(_request: Request, { params }: { params: { id: string } }) {
  const supabase = createServiceClient();
  const { data: invoice, error } = await supabase
    .from("invoices")
    .select("id, number, amount_cents, status, client_id, line_items(*)")
    .eq("id", params.id)
    .single();
  if (error) {
    return NextResponse.json({ error: "Invoice not found" }, { status: 404 });
  }
  return NextResponse.json(invoice);
}
