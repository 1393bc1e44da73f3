from typing import Literal

from fastapi import FastAPI
from openai import AsyncOpenAI
from pydantic import BaseModel

app = FastAPI()
client = AsyncOpenAI()
SYSTEM = "You are Acme's support assistant. Answer questions about Acme orders only."


class ChatRequest(BaseModel):
    messages: list[dict]


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class SafeChat(BaseModel):
    history: list[Turn]
    message: str


@app.post("/chat")
async def chat(req: ChatRequest):
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        # ruleid: py.llm.client-messages-passthrough
        messages=req.messages,
    )
    return {"reply": completion.choices[0].message.content}


@app.post("/chat/v2")
async def chat_v2(req: ChatRequest):
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        # ruleid: py.llm.client-messages-passthrough
        messages=[{"role": "system", "content": SYSTEM}, *req.messages],
    )
    return {"reply": completion.choices[0].message.content}


@app.post("/chat/safe")
async def chat_safe(req: SafeChat):
    history = [{"role": "assistant" if t.role == "assistant" else "user", "content": t.content} for t in req.history]
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        # ok: py.llm.client-messages-passthrough
        messages=[{"role": "system", "content": SYSTEM}, *history, {"role": "user", "content": req.message}],
    )
    return {"reply": completion.choices[0].message.content}


@app.post("/chat/v3")
async def chat_v3(req: ChatRequest, question: str):
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}]
    # ok: py.llm.client-messages-passthrough
    first = await client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    everything = [{"role": "system", "content": SYSTEM}] + req.messages
    # ruleid: py.llm.client-messages-passthrough
    second = await client.chat.completions.create(model="gpt-4o-mini", messages=everything)
    return {"a": first.id, "b": second.id}
