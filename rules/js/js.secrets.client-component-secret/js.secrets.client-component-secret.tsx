"use client";

import { useState } from "react";
import OpenAI from "openai";
import { createBrowserClient } from "@supabase/ssr";

// ruleid: js.secrets.client-component-secret
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, dangerouslyAllowBrowser: true });

const supabase = createBrowserClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  // ok: js.secrets.client-component-secret
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
);

export function Summarize() {
  const [text, setText] = useState("");
  async function run() {
    const res = await fetch("https://api.resend.com/emails", {
      method: "POST",
      // ruleid: js.secrets.client-component-secret
      headers: { Authorization: `Bearer ${process.env.RESEND_API_KEY}` },
      body: JSON.stringify({ to: "a@example.com", text }),
    });
    // ok: js.secrets.client-component-secret
    const mode = process.env.NODE_ENV;
    // ok: js.secrets.client-component-secret
    await fetch("/api/summarize", { method: "POST", body: JSON.stringify({ text, mode }) });
    return res.ok;
  }
  return <button onClick={run}>{supabase ? "Go" : "..."}</button>;
}

export const viteClient = new OpenAI({
  // ok: js.secrets.client-component-secret
  apiKey: import.meta.env.VITE_OPENAI_API_KEY,
  dangerouslyAllowBrowser: true,
});

export const adminClient = createBrowserClient(
  "https://abcd.supabase.co",
  // ruleid: js.secrets.client-component-secret
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.c2lnbmF0dXJlLWZvci10ZXN0cw",
);

export const anonClient = createBrowserClient(
  "https://abcd.supabase.co",
  // ok: js.secrets.client-component-secret
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIn0.c2lnbmF0dXJlLWZvci10ZXN0cw",
);
