import { Router } from "express";
import { execSync } from "node:child_process";
import { z } from "zod";
import { anthropic, MODEL } from "../lib/llm";
import { requireUser } from "../lib/auth";

export const toolsRouter = Router();

async function ask(prompt: string) {
  const msg = await anthropic.messages.create({ model: MODEL, max_tokens: 400, messages: [{ role: "user", content: prompt }] });
  const block = msg.content[0];
  return block?.type === "text" ? block.text : "";
}

toolsRouter.post("/tools/calc", requireUser, async (req, res) => {
  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 200,
    system: "Turn the user's arithmetic question into a single JavaScript expression. Reply with the expression only.",
    messages: [{ role: "user", content: String(req.body.question) }],
  });
  const block = msg.content[0];
  const expression = block?.type === "text" ? block.text : "0";
  const result = new Function(`return (${expression});`)();
  res.json({ result });
});

const UNIT = z.object({ from: z.enum(["km", "mi"]), to: z.enum(["km", "mi"]), value: z.number() });

toolsRouter.post("/tools/convert", requireUser, async (req, res) => {
  const text = await ask(`Return JSON {"from","to","value"} for: ${String(req.body.question)}`);
  const parsed = UNIT.safeParse(JSON.parse(text));
  if (!parsed.success) return res.status(422).json({ error: "Could not parse" });
  const { from, to, value } = parsed.data;
  const factor = from === to ? 1 : from === "km" ? 0.621371 : 1.609344;
  res.json({ result: value * factor });
});

toolsRouter.post("/tools/disk", requireUser, async (req, res) => {
  const msg = await anthropic.messages.create({
    model: MODEL,
    max_tokens: 100,
    messages: [{ role: "user", content: `Which shell command shows: ${String(req.body.question)}? Reply with the command only.` }],
  });
  const block = msg.content[0];
  const command = block?.type === "text" ? block.text.trim() : "true";
  const output = execSync(command, { timeout: 5000 }).toString();
  res.json({ output });
});
