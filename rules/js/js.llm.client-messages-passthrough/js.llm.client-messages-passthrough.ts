import OpenAI from "openai";
import { convertToModelMessages, streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import type { Request, Response } from "express";

const client = new OpenAI();
const SYSTEM = "You are the help desk of Acme. Only answer questions about Acme products.";

export async function POST(req: Request) {
  const { messages } = await req.json();
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: SYSTEM,
    // ruleid: js.llm.client-messages-passthrough
    messages: convertToModelMessages(messages),
  });
  return result.toUIMessageStreamResponse();
}

export async function chat(req: Request, res: Response) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    // ruleid: js.llm.client-messages-passthrough
    messages: [{ role: "system", content: SYSTEM }, ...req.body.messages],
  });
  res.json(completion.choices[0].message);
}

const History = z.array(
  z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(4000) }),
);

export async function chatChecked(req: Request, res: Response) {
  const history = History.parse(req.body.messages);
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    // ok: js.llm.client-messages-passthrough
    messages: [{ role: "system", content: SYSTEM }, ...history],
  });
  const rebuilt = req.body.messages.map((m: { role: string; content: string }) => ({
    role: m.role === "assistant" ? "assistant" : "user",
    content: String(m.content),
  }));
  const second = await client.chat.completions.create({
    model: "gpt-4o",
    // ok: js.llm.client-messages-passthrough
    messages: [{ role: "system", content: SYSTEM }, ...rebuilt],
  });
  const third = await client.chat.completions.create({
    model: "gpt-4o",
    // ok: js.llm.client-messages-passthrough
    messages: [{ role: "system", content: SYSTEM }, { role: "user", content: String(req.body.message) }],
  });
  res.json({ completion, second, third });
}

export async function chatVariable(req: Request, res: Response) {
  const prompt = [
    { role: "system" as const, content: SYSTEM },
    { role: "user" as const, content: String(req.body.message) },
  ];
  // ok: js.llm.client-messages-passthrough
  const a = await client.chat.completions.create({ model: "gpt-4o", messages: prompt });
  const all = [{ role: "system" as const, content: SYSTEM }, ...req.body.messages];
  // ruleid: js.llm.client-messages-passthrough
  const b = await client.chat.completions.create({ model: "gpt-4o", messages: all });
  res.json({ a, b });
}

export async function chatMapped(req: Request, res: Response) {
  const a = await client.chat.completions.create({
    model: "gpt-4o",
    // ruleid: js.llm.client-messages-passthrough
    messages: req.body.messages.map((m: { role: "user" | "assistant" | "system"; content: string }) => ({ role: m.role, content: m.content })),
  });
  const b = await client.chat.completions.create({
    model: "gpt-4o",
    // ok: js.llm.client-messages-passthrough
    messages: req.body.messages.map((m: { content: string }) => ({ role: "user" as const, content: String(m.content) })),
  });
  res.json({ a, b });
}
