import Anthropic from "npm:@anthropic-ai/sdk@0.30";
import { corsHeaders } from "../_shared/cors.ts";
import { userClient } from "../_shared/supabase.ts";

const anthropic = new Anthropic({ apiKey: Deno.env.get("ANTHROPIC_API_KEY") });

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });

  const supabase = userClient(req);
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return new Response(JSON.stringify({ error: "Unauthorized" }), { status: 401, headers: corsHeaders });

  const { teamName, focus, language } = await req.json();
  const { data: tasks, error } = await supabase
    .from("tasks")
    .select("title, status, completed_at")
    .gte("updated_at", new Date(Date.now() - 7 * 864e5).toISOString());
  if (error) return new Response(JSON.stringify({ error: error.message }), { status: 500, headers: corsHeaders });

  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1500,
    system: `You write weekly status reports for the team "${teamName}". Focus on: ${focus}. Write in ${language}.`,
    messages: [{ role: "user", content: JSON.stringify(tasks) }],
  });
  const block = msg.content[0];
  return new Response(JSON.stringify({ report: block.type === "text" ? block.text : "" }), {
    headers: { ...corsHeaders, "Content-Type": "application/json" },
  });
});
