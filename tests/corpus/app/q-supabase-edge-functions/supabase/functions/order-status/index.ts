import { corsHeaders, json } from "../_shared/cors.ts";
import { adminClient, getUserOr401 } from "../_shared/supabase.ts";

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  try {
    await getUserOr401(req);
  } catch (res) {
    return res as Response;
  }
  const { orderId } = await req.json();
  const { data: order } = await adminClient()
    .from("orders")
    .select("id, status, total_cents, shipping_address, customer_email")
    .eq("id", orderId)
    .single();
  return json(order ?? { error: "not found" }, order ? 200 : 404);
});
