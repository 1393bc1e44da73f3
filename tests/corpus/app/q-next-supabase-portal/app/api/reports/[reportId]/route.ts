import { NextResponse } from "next/server";
import { requireUser, HttpError } from "@/lib/auth";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function GET(_req: Request, { params }: { params: { reportId: string } }) {
  try {
    await requireUser();
  } catch (e) {
    const status = e instanceof HttpError ? e.status : 500;
    return NextResponse.json({ error: "Unauthorized" }, { status });
  }

  const { data: report } = await supabaseAdmin
    .from("reports")
    .select("id, title, body, client_id, created_at")
    .eq("id", params.reportId)
    .single();

  return NextResponse.json(report);
}
