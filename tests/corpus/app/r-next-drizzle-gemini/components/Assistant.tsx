"use client";

import { GoogleGenerativeAI } from "@google/generative-ai";
import { useState } from "react";

const genAI = new GoogleGenerativeAI(process.env.NEXT_PUBLIC_GEMINI_API_KEY!);

export function Assistant() {
  const [answer, setAnswer] = useState("");
  async function ask(question: string) {
    const model = genAI.getGenerativeModel({ model: "gemini-1.5-flash" });
    const res = await model.generateContent(question);
    setAnswer(res.response.text());
  }
  return (
    <div>
      <button onClick={() => ask("What can I write about today?")}>Inspire me</button>
      <p>{answer}</p>
    </div>
  );
}
