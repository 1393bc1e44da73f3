import { z } from "zod";
import { openai, MODEL } from "@/lib/openai";
import { requireUser } from "@/lib/auth";

const Body = z.object({
  message: z.string().min(1).max(4000),
  mode: z.enum(["concise", "detailed"]).default("concise"),
  history: z
    .array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) }))
    .max(20)
    .default([]),
});

const MODES = {
  concise: "Answer in at most three sentences.",
  detailed: "Answer thoroughly, with examples.",
} as const;

export async function POST(req: Request) {
  const user = await requireUser(req);
  if (!user) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const { message, mode, history } = Body.parse(await req.json());
  const completion = await openai.chat.completions.create({
    model: MODEL,
    messages: [
      { role: "system", content: `You are the in-app help assistant. ${MODES[mode]}` },
      ...history,
      { role: "user", content: message },
    ],
  });
  return Response.json({ reply: completion.choices[0].message.content });
}
