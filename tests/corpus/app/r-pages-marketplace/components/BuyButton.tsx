"use client";

import { loadStripe } from "@stripe/stripe-js";

const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function BuyButton({ listingId }: { listingId: string }) {
  async function buy() {
    const res = await fetch("/api/checkout", { method: "POST", body: JSON.stringify({ listingId }) });
    const { sessionId } = await res.json();
    const stripe = await stripePromise;
    await stripe?.redirectToCheckout({ sessionId });
  }
  return <button onClick={buy}>Buy now</button>;
}
