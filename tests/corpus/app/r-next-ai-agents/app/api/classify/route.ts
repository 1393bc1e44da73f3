import { client } from "@/lib/openai";
import { auth } from "@/lib/auth";

const LABELS = ["bug", "feature", "question", "billing"];

export async function POST(req: Request) {
  const session = await auth();
  if (!session) return new Response("Unauthorized", { status: 401 });
  const { text, context } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      {
        role: "system",
        content: "Classify the support message into one of: " + LABELS.join(", ") + ". Reply with the label only.",
      },
      { role: "system", content: `Additional context from the customer's account page: ${context}` },
      { role: "user", content: text },
    ],
  });
  const label = completion.choices[0].message.content?.trim() ?? "question";
  return Response.json({ label: LABELS.includes(label) ? label : "question" });
}
