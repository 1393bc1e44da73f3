import { serve } from "https://deno.land/std@0.168.0/http/server.ts";
import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, x-client-info, apikey, content-type",
};

serve(async (req) => {
  if (req.method === "OPTIONS") {
    return new Response(null, { headers: corsHeaders });
  }
  const supabaseAdmin = createClient(
    Deno.env.get("SUPABASE_URL") ?? "",
    Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ?? "",
  );
  const authHeader = req.headers.get("Authorization") ?? "";
  const { data: { user } } = await supabaseAdmin.auth.getUser(authHeader.replace("Bearer ", ""));
  const { data: profile } = await supabaseAdmin.from("profiles").select("role").eq("id", user?.id).single();
  if (profile?.role !== "admin") {
    return new Response(JSON.stringify({ error: "Forbidden" }), { status: 403, headers: corsHeaders });
  }
  const { count } = await supabaseAdmin.from("invoices").select("*", { count: "exact", head: true });
  return new Response(JSON.stringify({ invoices: count }), {
    headers: { ...corsHeaders, "Content-Type": "application/json" },
  });
});
