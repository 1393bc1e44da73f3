import OpenAI from "openai";
import { env } from "../config/env";
import { log } from "../config/logger";

const openai = new OpenAI({ apiKey: env.openaiKey });

export async function suggestReply(ticketBody: string, signature: string) {
  log.debug({ keyPrefix: env.openaiKey.slice(0, 7) }, "calling openai");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `Draft a polite support reply. Sign it as: ${signature}` },
      { role: "user", content: ticketBody },
    ],
  });
  return completion.choices[0].message.content ?? "";
}
