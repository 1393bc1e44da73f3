import anthropic
from fastapi import Depends, FastAPI
from flask import Flask, request
from openai import OpenAI
from pydantic import BaseModel

from .auth import get_current_user

app = FastAPI()
flask_app = Flask(__name__)
client = OpenAI()
claude = anthropic.Anthropic()
PERSONAS = {
    "tutor": "You are a patient math tutor. Never give the final answer directly.",
    "coach": "You are a writing coach. Comment on structure and clarity only.",
}


class Ask(BaseModel):
    question: str
    persona: str = "tutor"
    style: str = ""


@app.post("/ask")
def ask(body: Ask, user=Depends(get_current_user)):
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            # ruleid: py.llm.request-text-in-system-prompt
            {"role": "system", "content": f"You are a helpful tutor. Style: {body.style}"},
            {"role": "user", "content": body.question},
        ],
    )
    safe = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            # ok: py.llm.request-text-in-system-prompt
            {"role": "system", "content": PERSONAS.get(body.persona, PERSONAS["tutor"])},
            {"role": "user", "content": body.question},
        ],
    )
    named = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            # ok: py.llm.request-text-in-system-prompt
            {"role": "system", "content": f"You are helping {user.name}. Be concise."},
            {"role": "user", "content": body.question},
        ],
    )
    return {"a": reply.choices[0].message.content, "b": safe.choices[0].message.content, "c": named.id}


@flask_app.post("/summarize")
def summarize():
    data = request.get_json()
    message = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=800,
        # ruleid: py.llm.request-text-in-system-prompt
        system="Summarize the document. Audience: " + data["audience"],
        messages=[{"role": "user", "content": data["text"]}],
    )
    fixed = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=800,
        # ok: py.llm.request-text-in-system-prompt
        system="Summarize the document in five bullet points for a busy executive.",
        messages=[{"role": "user", "content": data["text"]}],
    )
    return {"summary": message.content[0].text, "fixed": fixed.content[0].text}
