import Stripe from "npm:stripe@14";
import { corsHeaders, json } from "../_shared/cors.ts";
import { adminClient, getUserOr401 } from "../_shared/supabase.ts";

const stripe = new Stripe(Deno.env.get("STRIPE_SECRET_KEY")!);

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  let user;
  try {
    user = await getUserOr401(req);
  } catch (res) {
    return res as Response;
  }
  const admin = adminClient();
  const { data: sub } = await admin
    .from("subscriptions")
    .select("id, stripe_subscription_id")
    .eq("user_id", user.id)
    .single();
  if (!sub) return json({ error: "No subscription" }, 404);

  try {
    await stripe.subscriptions.cancel(sub.stripe_subscription_id);
  } catch (_e) {
  }
  await admin.from("subscriptions").update({ status: "cancelled" }).eq("id", sub.id);
  return json({ cancelled: true });
});
