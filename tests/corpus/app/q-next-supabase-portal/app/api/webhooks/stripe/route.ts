import Stripe from "stripe";
import { NextResponse } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("stripe-signature")!;

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.error("Webhook signature verification failed", err);
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }

  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    try {
      await supabaseAdmin
        .from("subscriptions")
        .upsert({ user_id: session.client_reference_id, stripe_customer: session.customer, status: "active" });
    } catch (e) {}
  }

  if (event.type === "invoice.paid") {
    try {
      await fetch(process.env.SLACK_WEBHOOK_URL!, {
        method: "POST",
        body: JSON.stringify({ text: "Invoice paid" }),
      });
    } catch {
      // notification only; Stripe must still get its 200
    }
  }

  return NextResponse.json({ received: true });
}
