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

  const authHeader = req.headers.get("Authorization")!;
  const supabaseAdmin = createClient(
    Deno.env.get("SUPABASE_URL") ?? "",
    Deno.env.get("SUPABASE_SERVICE_ROLE_KEY") ?? "",
  );
  const { data: { user } } = await supabaseAdmin.auth.getUser(authHeader.replace("Bearer ", ""));
  if (!user) {
    return new Response(JSON.stringify({ error: "Unauthorized" }), { status: 401, headers: corsHeaders });
  }

  const { invoiceId } = await req.json();
  const { data: invoice } = await supabaseAdmin
    .from("invoices")
    .select("id, number, total, clients(email)")
    .eq("id", invoiceId)
    .eq("user_id", user.id)
    .single();
  if (!invoice) {
    return new Response(JSON.stringify({ error: "Not found" }), { status: 404, headers: corsHeaders });
  }

  const res = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: { Authorization: `Bearer ${Deno.env.get("RESEND_API_KEY")}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      from: "billing@acme-studio.com",
      to: invoice.clients.email,
      subject: `Reminder: invoice ${invoice.number}`,
      html: `<p>Your invoice ${invoice.number} is due.</p>`,
    }),
  });

  try {
    await supabaseAdmin.from("invoices").update({ reminded_at: new Date().toISOString() }).eq("id", invoice.id);
  } catch (_) {}

  return new Response(JSON.stringify({ sent: res.ok }), {
    headers: { ...corsHeaders, "Content-Type": "application/json" },
  });
});
