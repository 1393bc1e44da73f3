import Stripe from "npm:stripe@14";
import { corsHeaders, json } from "../_shared/cors.ts";
import { getUserOr401 } from "../_shared/supabase.ts";

const stripe = new Stripe(Deno.env.get("STRIPE_SECRET_KEY")!);

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  try {
    const user = await getUserOr401(req);
    const { priceId } = await req.json();
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer_email: user.email,
      client_reference_id: user.id,
      line_items: [{ price: priceId, quantity: 1 }],
      success_url: `${Deno.env.get("SITE_URL")}/billing?ok=1`,
      cancel_url: `${Deno.env.get("SITE_URL")}/billing`,
    });
    return json({ url: session.url });
  } catch (e) {
    if (e instanceof Response) return e;
    console.error(e);
    return json({ error: "checkout failed" }, 500);
  }
});
