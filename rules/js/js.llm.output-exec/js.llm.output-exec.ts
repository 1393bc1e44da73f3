import OpenAI from "openai";
import { generateText, generateObject } from "ai";
import { openai as provider } from "@ai-sdk/openai";
import { exec } from "node:child_process";
import { z } from "zod";
import { pool } from "./db";

const client = new OpenAI();

export async function runAnalysis(question: string) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write a JavaScript expression that answers the question." },
      { role: "user", content: question },
    ],
  });
  const code = completion.choices[0].message.content ?? "";
  // ruleid: js.llm.output-exec
  return eval(code);
}

export async function askSql(question: string) {
  const { text } = await generateText({
    model: provider("gpt-4o"),
    system: "Translate the question into one PostgreSQL SELECT statement. Reply with SQL only.",
    prompt: question,
  });
  // ruleid: js.llm.output-exec
  const { rows } = await pool.query(text);
  return rows;
}

export async function runCommand(task: string) {
  const { text } = await generateText({ model: provider("gpt-4o"), prompt: `Shell command for: ${task}` });
  // ruleid: js.llm.output-exec
  exec(text, (err, stdout) => console.log(err, stdout));
}

const Filter = z.object({
  status: z.enum(["open", "paid", "overdue"]),
  sort: z.enum(["created_at", "amount"]),
});

export async function structuredFilter(question: string) {
  const { text } = await generateText({ model: provider("gpt-4o"), prompt: question });
  const filter = Filter.parse(JSON.parse(text));
  // ok: js.llm.output-exec
  const { rows } = await pool.query(`SELECT * FROM invoices WHERE status = $1 ORDER BY ${filter.sort}`, [filter.status]);
  return rows;
}

const COMMANDS: Record<string, string> = { disk: "df -h", uptime: "uptime" };

export async function pickCommand(task: string) {
  const { object } = await generateObject({
    model: provider("gpt-4o"),
    schema: z.object({ command: z.string() }),
    prompt: task,
  });
  // ok: js.llm.output-exec
  exec(COMMANDS[object.command] ?? "true", () => undefined);
  // ok: js.llm.output-exec
  return eval("1 + 1");
}

import { generateSql } from "./ai";

export async function report(question: string) {
  const statement = await generateSql(question);
  // ruleid: js.llm.output-exec
  const { rows } = await pool.query(statement);
  // ok: js.llm.output-exec
  const count = await pool.query("SELECT count(*) FROM invoices WHERE status = $1", [question]);
  return { rows, count };
}

export async function extractSql(question: string) {
  const { text } = await generateText({ model: provider("gpt-4o"), prompt: question });
  const fence = /```sql([\s\S]*?)```/;
  // ok: js.llm.output-exec
  const match = fence.exec(text);
  return match?.[1] ?? "";
}

import { spawn as spawnProcess } from "node:child_process";

export async function runScript(task: string) {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: task }] }),
  });
  const data = await res.json();
  const script = data.choices[0].message.content;
  // ruleid: js.llm.output-exec
  spawnProcess("bash", ["-c", script]);
}

import { promisify } from "node:util";

const sh = promisify(exec);

export async function shellFromModel(task: string) {
  const { text } = await generateText({ model: provider("gpt-4o"), prompt: `One bash command for: ${task}` });
  // ruleid: js.llm.output-exec
  const { stdout } = await sh(text);
  // ok: js.llm.output-exec
  const fixed = await sh("uptime");
  return stdout + fixed.stdout;
}

export async function planAndRun(task: string) {
  const { text } = await generateText({ model: provider("gpt-4o"), prompt: task });
  const plan = JSON.parse(text);
  // ruleid: js.llm.output-exec
  return eval(plan.code);
}
