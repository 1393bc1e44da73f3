"use client";

import { useChat } from "@ai-sdk/react";
import { useState } from "react";

export function ChatWidget({ projectName }: { projectName: string }) {
  const [input, setInput] = useState("");
  const { messages, sendMessage } = useChat();
  const analyticsKey = process.env.NEXT_PUBLIC_POSTHOG_KEY;

  return (
    <div data-analytics={analyticsKey ? "on" : "off"}>
      {messages.map((m) => (
        <div key={m.id}>
          {m.role}: {m.parts.map((p) => (p.type === "text" ? p.text : "")).join("")}
        </div>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          sendMessage({ text: input }, { body: { projectName } });
          setInput("");
        }}
      >
        <input value={input} onChange={(e) => setInput(e.target.value)} />
      </form>
    </div>
  );
}
