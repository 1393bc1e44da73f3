import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { TONES, type Tone } from "@/lib/ai/prompts";

const Body = z.object({
  projectId: z.string().uuid(),
  tone: z.enum(["friendly", "formal", "playful"]).default("friendly"),
});

export async function POST(request: Request) {
  const parsed = Body.safeParse(await request.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const { projectId, tone } = parsed.data;
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  // RLS limits the row to the caller's own projects.
  const { data: project, error } = await supabase
    .from("projects")
    .select("name, status, updates(body, created_at)")
    .eq("id", projectId)
    .single();
  if (error || !project) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: `Summarize project updates for the client in five bullet points. ${TONES[tone as Tone]}`,
    prompt: JSON.stringify(project.updates),
  });
  return NextResponse.json({ summary: text });
}
