import { corsHeaders, json } from "../_shared/cors.ts";
import { userClient } from "../_shared/supabase.ts";

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  const supabase = userClient(req);
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return json({ error: "Unauthorized" }, 401);

  const { invoiceId } = await req.json();
  // user-scoped client: the invoices RLS policy only returns the caller's rows
  const { data, error } = await supabase.from("invoices").select("*").eq("id", invoiceId).single();
  if (error) return json({ error: "Not found" }, 404);
  return json(data);
});
