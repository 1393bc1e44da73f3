import { openai } from "@ai-sdk/openai";
import { convertToModelMessages, streamText, type UIMessage } from "ai";
import { createClient } from "@/lib/supabase/server";
import { ASSISTANT_SYSTEM } from "@/lib/ai/prompts";

export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages, projectName, clientNotes }: { messages: UIMessage[]; projectName: string; clientNotes?: string } =
    await req.json();
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return new Response("Unauthorized", { status: 401 });

  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: `${ASSISTANT_SYSTEM}
The client is asking about the project "${projectName}".
Additional notes from the client: ${clientNotes ?? "none"}`,
    messages: convertToModelMessages(messages),
  });

  return result.toUIMessageStreamResponse();
}
