import OpenAI from "openai";

// Used for the quick "suggest a title" button so it does not need a server round trip.
export const openai = new OpenAI({
  apiKey: import.meta.env.VITE_OPENAI_API_KEY,
  dangerouslyAllowBrowser: true,
});

export async function suggestTitle(text: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Suggest a short title (max 6 words) for the conversation." },
      { role: "user", content: text.slice(0, 2000) },
    ],
  });
  return res.choices[0]?.message?.content?.trim() ?? "New chat";
}
