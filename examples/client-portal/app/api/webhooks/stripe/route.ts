import { NextResponse } from "next/server";
import Stripe from "stripe";
import { createServiceClient } from "@/lib/supabase/server";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// Public on purpose: Stripe calls it, and the signature proves it is Stripe.
export async function POST(request: Request) {
  const signature = request.headers.get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await request.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.error("stripe signature check failed", (err as Error).message);
    return NextResponse.json({ error: "Bad signature" }, { status: 400 });
  }

  if (event.type === "invoice.paid") {
    const invoice = event.data.object as Stripe.Invoice;
    const admin = createServiceClient();
    try {
      await admin.from("invoices").update({ status: "paid" }).eq("stripe_invoice_id", invoice.id);
    } catch (e) {}
  }
  return NextResponse.json({ received: true });
}
