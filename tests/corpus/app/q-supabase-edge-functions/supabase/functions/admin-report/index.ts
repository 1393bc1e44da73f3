import { corsHeaders, json } from "../_shared/cors.ts";
import { adminClient } from "../_shared/supabase.ts";

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  const authHeader = req.headers.get("Authorization");
  if (!authHeader) {
    return json({ error: "Missing authorization" }, 401);
  }
  const { data: orders } = await adminClient()
    .from("orders")
    .select("id, total_cents, status, customer_email, created_at")
    .gte("created_at", new Date(Date.now() - 30 * 864e5).toISOString());
  const revenue = (orders ?? []).reduce((sum, o) => sum + o.total_cents, 0);
  return json({ revenue, orders });
});
