import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

export function Billing({ customerId }: { customerId: string }) {
  async function openPortal() {
    const session = await stripe.billingPortal.sessions.create({ customer: customerId });
    window.location.href = session.url;
  }
  return <button onClick={openPortal}>Manage billing</button>;
}
