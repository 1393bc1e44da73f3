import { openai } from "@ai-sdk/openai";
import { generateObject } from "ai";
import { z } from "zod";
import { auth } from "@/lib/auth";

const Ideas = z.object({ ideas: z.array(z.object({ title: z.string(), pitch: z.string() })).max(10) });
const AUDIENCES = ["founders", "marketers", "engineers"] as const;

export async function POST(req: Request) {
  const session = await auth();
  if (!session) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const { topic, audience } = await req.json();
  const who = AUDIENCES.includes(audience) ? audience : "founders";
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: Ideas,
    system: `You brainstorm product ideas for ${who}.`,
    prompt: `Topic: ${topic}`,
  });
  return Response.json(object);
}
