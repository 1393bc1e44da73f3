import { Router } from "express";
import { anthropic, MODEL, PERSONAS } from "../lib/llm";
import { requireUser } from "../lib/auth";

export const chatRouter = Router();

chatRouter.post("/chat", requireUser, async (req, res) => {
  const { messages, persona } = req.body;
  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 1024,
    system: PERSONAS[persona] ?? PERSONAS.coach,
    messages,
  });
  const block = msg.content[0];
  res.json({ reply: block?.type === "text" ? block.text : "" });
});

chatRouter.post("/chat/custom", requireUser, async (req, res) => {
  const { message, systemPrompt } = req.body as { message: string; systemPrompt: string };
  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 1024,
    system: systemPrompt,
    messages: [{ role: "user", content: message }],
  });
  const block = msg.content[0];
  res.json({ reply: block?.type === "text" ? block.text : "" });
});

chatRouter.post("/chat/safe", requireUser, async (req, res) => {
  const history = (req.body.messages ?? []).slice(-20).map((m: { role: string; content: unknown }) => ({
    role: m.role === "assistant" ? ("assistant" as const) : ("user" as const),
    content: String(m.content).slice(0, 4000),
  }));
  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 1024,
    system: PERSONAS.coach,
    messages: history,
  });
  const block = msg.content[0];
  res.json({ reply: block?.type === "text" ? block.text : "" });
});
