import OpenAI from "openai";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const PROPOSAL_RULES =
  "You draft project proposals for Brightside Studio. Use the agency's standard sections: " +
  "Goals, Scope, Timeline, Budget. Never promise dates earlier than four weeks out.";

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { brief, budget } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "developer", content: PROPOSAL_RULES },
      { role: "user", content: `Client brief: ${brief}\nBudget: ${budget}` },
    ],
  });
  const draft = completion.choices[0]?.message?.content ?? "";
  const { data, error } = await supabase
    .from("proposals")
    .insert({ owner_id: user.id, brief, draft })
    .select("id")
    .single();
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json({ id: data.id, draft });
}
