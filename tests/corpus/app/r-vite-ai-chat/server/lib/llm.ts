import Anthropic from "@anthropic-ai/sdk";

export const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
export const MODEL = "claude-sonnet-4-5";

export const PERSONAS: Record<string, string> = {
  coach: "You are a supportive productivity coach. Keep answers under 150 words.",
  editor: "You are a strict copy editor. Point out unclear sentences and suggest rewrites.",
};
