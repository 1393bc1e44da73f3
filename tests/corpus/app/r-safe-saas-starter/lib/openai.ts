import "server-only";
import OpenAI from "openai";

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const MODEL = process.env.NEXT_PUBLIC_OPENAI_MODEL ?? "gpt-4o-mini";
