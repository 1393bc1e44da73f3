import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import type { Request, Response } from "express";

const anthropic = new Anthropic();
const client = new OpenAI();

const PERSONAS: Record<string, string> = {
  support: "You are a friendly support agent for Acme. Answer only questions about Acme orders.",
  sales: "You are a sales assistant for Acme. Never discuss discounts above 10%.",
};

export async function POST(req: Request) {
  const { message, tone, persona } = await req.json();
  const result = streamText({
    model: openai("gpt-4o-mini"),
    // ruleid: js.llm.request-text-in-system-prompt
    system: `You are Acme's assistant. Answer in a ${tone} tone.`,
    prompt: message,
  });
  const fixed = streamText({
    model: openai("gpt-4o-mini"),
    // ok: js.llm.request-text-in-system-prompt
    system: PERSONAS[persona] ?? PERSONAS.support,
    messages: [{ role: "user", content: message }],
  });
  return fixed.toTextStreamResponse() ?? result.toTextStreamResponse();
}

export async function summarize(req: Request, res: Response) {
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // ruleid: js.llm.request-text-in-system-prompt
    system: "Summarize for the reader. Extra rules from the customer: " + req.body.instructions,
    messages: [{ role: "user", content: req.body.text }],
  });
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // ok: js.llm.request-text-in-system-prompt
      { role: "system", content: "You summarize support tickets in three bullet points." },
      { role: "user", content: req.body.text },
    ],
  });
  const translated = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // ruleid: js.llm.request-text-in-system-prompt
      { role: "system", content: `Translate everything into ${req.query.lang}.` },
      { role: "user", content: req.body.text },
    ],
  });
  res.json({ msg, completion, translated });
}
