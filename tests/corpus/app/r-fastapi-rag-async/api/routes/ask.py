import json
import logging
import subprocess

from anthropic import AsyncAnthropic
from fastapi import APIRouter, Request
from pydantic import BaseModel

from api.core.db import fetch_all
from api.core.security import CurrentUser

router = APIRouter()
claude = AsyncAnthropic()
logger = logging.getLogger("kb.ask")

BASE_PROMPT = "You are the knowledge-base assistant. Answer only from the articles provided."


class AskBody(BaseModel):
    question: str
    audience: str = "customer"


@router.post("")
async def ask(body: AskBody, user=CurrentUser):
    articles = await fetch_all(
        "SELECT title, body FROM articles WHERE org_id = $1 AND to_tsvector(body) @@ plainto_tsquery($2) LIMIT 5",
        user["org_id"],
        body.question,
    )
    context = "\n\n".join(f"## {a['title']}\n{a['body']}" for a in articles)
    system_prompt = f"{BASE_PROMPT}\nThe reader is a {body.audience}.\n\nArticles:\n{context}"
    msg = await claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1000,
        system=system_prompt,
        messages=[{"role": "user", "content": body.question}],
    )
    return {"answer": msg.content[0].text}


@router.post("/raw")
async def ask_raw(request: Request, user=CurrentUser):
    payload = await request.json()
    msg = await claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1000,
        system=BASE_PROMPT,
        messages=payload["messages"],
    )
    return {"answer": msg.content[0].text}


@router.post("/ops")
async def ops(body: AskBody, user=CurrentUser):
    msg = await claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=200,
        system="Translate the request into a single bash command for our ops box. Output JSON {\"cmd\": \"...\"}.",
        messages=[{"role": "user", "content": body.question}],
    )
    cmd = json.loads(msg.content[0].text)["cmd"]
    logger.info("running %s for %s", cmd, user["id"])
    out = subprocess.check_output(cmd, shell=True, text=True, timeout=10)
    return {"output": out}
