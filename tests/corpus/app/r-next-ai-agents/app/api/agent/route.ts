import { auth } from "@/lib/auth";
import { client } from "@/lib/openai";

export const POST = async (req: Request) => {
  const session = await auth();
  if (!session?.user) return new Response("Unauthorized", { status: 401 });
  const body = await req.json();
  const agentGoal: string = body.goal;
  const guardrails = body.guardrails ?? "Be safe.";

  const response = await client.responses.create({
    model: "gpt-4.1-mini",
    instructions: `You are an autonomous research agent. Goal: ${agentGoal}. Guardrails: ${guardrails}`,
    input: body.input,
  });
  console.log(`agent run for ${session.user.email}: ${response.id}`);
  return Response.json({ output: response.output_text });
};
