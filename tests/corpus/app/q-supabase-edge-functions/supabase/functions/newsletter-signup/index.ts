import { corsHeaders, json } from "../_shared/cors.ts";
import { adminClient } from "../_shared/supabase.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  const { email } = await req.json();
  if (typeof email !== "string" || !EMAIL.test(email)) return json({ error: "Invalid email" }, 400);
  const { error } = await adminClient().from("newsletter_subscribers").insert({ email: email.toLowerCase() });
  if (error && error.code !== "23505") return json({ error: "Could not subscribe" }, 500);
  return json({ subscribed: true });
});
