import { useState } from "react";
import { sendChat, type ChatMessage } from "../lib/api";
import { suggestTitle } from "../lib/openai";

export function Chat() {
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [title, setTitle] = useState("New chat");
  const [input, setInput] = useState("");

  async function submit() {
    const next = [...messages, { role: "user" as const, content: input }];
    setMessages(next);
    setInput("");
    const { reply } = await sendChat(next, "coach");
    setMessages([...next, { role: "assistant", content: reply }]);
    if (next.length === 1) setTitle(await suggestTitle(input));
  }

  return (
    <section>
      <h2>{title}</h2>
      {messages.map((m, i) => (
        <p key={i}>
          <b>{m.role}</b> {m.content}
        </p>
      ))}
      <textarea value={input} onChange={(e) => setInput(e.target.value)} />
      <button onClick={submit}>Send</button>
    </section>
  );
}
