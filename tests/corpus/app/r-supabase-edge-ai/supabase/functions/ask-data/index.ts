import OpenAI from "npm:openai@4";
import { corsHeaders } from "../_shared/cors.ts";
import { adminClient, userClient } from "../_shared/supabase.ts";

const openai = new OpenAI({ apiKey: Deno.env.get("OPENAI_API_KEY") });

const SCHEMA_HINT = `Tables: tasks(id, team_id, title, status, assignee_id, completed_at), teams(id, name).`;

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  const {
    data: { user },
  } = await userClient(req).auth.getUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: corsHeaders });

  const { question } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: `Write one PostgreSQL SELECT statement. ${SCHEMA_HINT} Reply with SQL only.` },
      { role: "user", content: question },
    ],
  });
  const generated = completion.choices[0].message.content ?? "select 1";
  console.log("generated sql", generated);

  const { data, error } = await adminClient.rpc("exec_sql", { query: generated });
  if (error) return new Response(JSON.stringify({ error: error.message }), { status: 400, headers: corsHeaders });
  return new Response(JSON.stringify({ rows: data }), { headers: { ...corsHeaders, "Content-Type": "application/json" } });
});
