import { auth } from "@clerk/nextjs/server";
import { NextResponse } from "next/server";
import { genAI } from "@/lib/gemini";

const VOICES: Record<string, string> = {
  analyst: "You are a precise data analyst.",
  teacher: "You explain data to beginners.",
};

export async function POST(req: Request) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { description, data, voice, brand } = await req.json();

  const model = genAI.getGenerativeModel({
    model: "gemini-1.5-flash",
    systemInstruction: `${VOICES[voice] ?? VOICES.analyst} You work for ${brand}. Reply with a JavaScript function body that takes \`data\` and returns a Chart.js config.`,
  });
  const result = await model.generateContent(description);
  const body = result.response.text();
  const buildConfig = new Function("data", body);
  return NextResponse.json({ config: buildConfig(data) });
}
