import { NextResponse } from "next/server";
import OpenAI from "openai";
import { createClient } from "@/lib/supabase/server";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

// The account assistant: answers questions about the client's own projects.
export async function POST(request: Request) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  }
  const { question, tone } = await request.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `You are Acme's helpful account assistant. Answer in a ${tone} tone.` },
      { role: "user", content: question },
    ],
  });
  return NextResponse.json({ answer: completion.choices[0].message.content });
}

// Summaries use a fixed system prompt; the user's text stays in the user role.
export async function PUT(request: Request) {
  const supabase = createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) {
    return NextResponse.json({ error: "Sign in first" }, { status: 401 });
  }
  const { text } = await request.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarise the client's message in two sentences." },
      { role: "user", content: String(text).slice(0, 4000) },
    ],
  });
  return NextResponse.json({ summary: completion.choices[0].message.content });
}
