import OpenAI from "npm:openai@4";
import { corsHeaders } from "../_shared/cors.ts";
import { userClient } from "../_shared/supabase.ts";

const openai = new OpenAI({ apiKey: Deno.env.get("OPENAI_API_KEY") });

const FAQ_PROMPT = `You answer questions about TaskFlow using the FAQ entries provided.
If the answer is not in the FAQ, say you do not know and suggest contacting support.`;

Deno.serve(async (req) => {
  if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
  const supabase = userClient(req);
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: corsHeaders });

  const { question } = await req.json();
  const embedding = await openai.embeddings.create({ model: "text-embedding-3-small", input: question });
  const { data: entries } = await supabase.rpc("match_faq", {
    query_embedding: embedding.data[0].embedding,
    match_count: 5,
  });
  const context = (entries ?? []).map((e: { question: string; answer: string }) => `Q: ${e.question}\nA: ${e.answer}`).join("\n\n");

  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `${FAQ_PROMPT}\n\nFAQ:\n${context}` },
      { role: "user", content: question },
    ],
  });
  return new Response(JSON.stringify({ answer: completion.choices[0].message.content }), {
    headers: { ...corsHeaders, "Content-Type": "application/json" },
  });
});
