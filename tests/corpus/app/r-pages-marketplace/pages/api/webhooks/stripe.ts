import type { NextApiRequest, NextApiResponse } from "next";
import { buffer } from "micro";
import type Stripe from "stripe";
import { prisma } from "@/lib/prisma";
import { stripe } from "@/lib/stripe";

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const signature = req.headers["stripe-signature"] as string;
  const secret = process.env.STRIPE_WEBHOOK_SECRET!;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await buffer(req), signature, secret);
  } catch (err) {
    console.error(`Webhook signature verification failed. Secret used: ${secret}`, err);
    return res.status(400).send("Invalid signature");
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await prisma.order.update({
      where: { id: session.metadata!.orderId },
      data: { status: "paid", stripeSessionId: session.id },
    });
  }
  return res.json({ received: true });
}
