import { currentUser } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";
import { stripe } from "@/lib/stripe";

export async function POST() {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const customer = user.privateMetadata.stripeCustomerId as string | undefined;
  if (!customer) return NextResponse.json({ error: "No billing account" }, { status: 400 });
  try {
    const session = await stripe.billingPortal.sessions.create({
      customer,
      return_url: `${process.env.NEXT_PUBLIC_APP_URL}/settings/billing`,
    });
    return NextResponse.json({ url: session.url });
  } catch (err) {
    console.error("billing portal failed", err);
    return NextResponse.json({ error: "Billing is unavailable" }, { status: 502 });
  }
}
