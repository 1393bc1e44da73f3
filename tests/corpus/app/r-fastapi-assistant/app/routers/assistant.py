import json
import logging
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException
from openai import OpenAI
from pydantic import BaseModel, ValidationError
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.auth import CurrentUser
from app.db import get_db
from app.models import Note

router = APIRouter()
client = OpenAI()
log = logging.getLogger(__name__)

STYLES = {
    "brief": "Answer in at most three sentences.",
    "detailed": "Answer thoroughly with headings and bullet points.",
}
SYSTEM = "You answer questions about the user's own notes. Use only the notes given to you."


class Question(BaseModel):
    question: str
    style: Literal["brief", "detailed"] = "brief"


class Rewrite(BaseModel):
    note_id: int
    instructions: str


class ChatBody(BaseModel):
    messages: list[dict[str, str]]


class NoteQuery(BaseModel):
    pinned: bool | None = None
    title_contains: str | None = None


@router.post("/ask")
def ask(body: Question, user: CurrentUser, db: Session = Depends(get_db)) -> dict[str, str]:
    notes = db.scalars(select(Note).where(Note.owner_id == user.id).limit(20)).all()
    context = "\n\n".join(f"# {n.title}\n{n.body}" for n in notes)
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"{SYSTEM}\n{STYLES[body.style]}\n\nNotes:\n{context}"},
            {"role": "user", "content": body.question},
        ],
    )
    return {"answer": reply.choices[0].message.content or ""}


@router.post("/rewrite")
def rewrite(body: Rewrite, user: CurrentUser, db: Session = Depends(get_db)) -> dict[str, str]:
    note = db.scalar(select(Note).where(Note.id == body.note_id, Note.owner_id == user.id))
    if note is None:
        raise HTTPException(status_code=404, detail="Not found")
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Rewrite the note. Follow these instructions: " + body.instructions},
            {"role": "user", "content": note.body},
        ],
    )
    return {"text": reply.choices[0].message.content or ""}


@router.post("/chat")
def chat(body: ChatBody, user: CurrentUser) -> dict[str, str]:
    log.info("chat request from user %s with %d messages", user.id, len(body.messages))
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, *body.messages],
    )
    return {"reply": reply.choices[0].message.content or ""}


@router.post("/report")
def report(body: Question, user: CurrentUser, db: Session = Depends(get_db)) -> list[dict[str, object]]:
    reply = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Write one PostgreSQL SELECT over the table notes(id, owner_id, title, body, pinned, created_at) that answers the question. Reply with SQL only."},
            {"role": "user", "content": body.question},
        ],
    )
    sql = (reply.choices[0].message.content or "").strip().strip("`")
    rows = db.execute(text(sql))
    return [dict(r._mapping) for r in rows]


@router.post("/filter")
def structured_filter(body: Question, user: CurrentUser, db: Session = Depends(get_db)) -> list[dict[str, object]]:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": 'Turn the question into JSON: {"pinned": bool|null, "title_contains": str|null}.'},
            {"role": "user", "content": body.question},
        ],
    )
    try:
        query = NoteQuery.model_validate_json(reply.choices[0].message.content or "{}")
    except ValidationError:
        raise HTTPException(status_code=422, detail="Could not understand the question") from None
    stmt = select(Note).where(Note.owner_id == user.id)
    if query.pinned is not None:
        stmt = stmt.where(Note.pinned == query.pinned)
    if query.title_contains:
        stmt = stmt.where(Note.title.ilike(f"%{query.title_contains}%"))
    return [{"id": n.id, "title": n.title} for n in db.scalars(stmt)]


@router.post("/calc")
def calc(body: Question, user: CurrentUser) -> dict[str, object]:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Reply with a JSON object {\"expression\": \"...\"} for the arithmetic in the question."},
            {"role": "user", "content": body.question},
        ],
    )
    payload = json.loads(reply.choices[0].message.content or "{}")
    return {"result": eval(payload["expression"])}
