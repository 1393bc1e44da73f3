from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import CurrentUser
from app.db import get_db
from app.models import Note

router = APIRouter()


class NoteIn(BaseModel):
    title: str = Field(max_length=200)
    body: str = ""
    pinned: bool = False


class NotePatch(BaseModel):
    title: str | None = None
    body: str | None = None
    pinned: bool | None = None


@router.get("/")
def list_notes(user: CurrentUser, db: Session = Depends(get_db)) -> list[dict[str, Any]]:
    rows = db.scalars(select(Note).where(Note.owner_id == user.id).order_by(Note.created_at.desc()))
    return [{"id": n.id, "title": n.title, "pinned": n.pinned} for n in rows]


@router.post("/", status_code=201)
def create_note(note: NoteIn, user: CurrentUser, db: Session = Depends(get_db)) -> dict[str, int]:
    row = Note(**note.model_dump(), owner_id=user.id)
    db.add(row)
    db.commit()
    return {"id": row.id}


@router.post("/import", status_code=201)
def import_notes(items: list[dict[str, Any]], user: CurrentUser, db: Session = Depends(get_db)) -> dict[str, int]:
    for item in items:
        db.add(Note(owner_id=user.id, title=str(item.get("title", "Untitled"))[:200], body=str(item.get("body", ""))))
    db.commit()
    return {"imported": len(items)}


@router.put("/{note_id}")
def replace_note(note_id: int, payload: dict[str, Any], user: CurrentUser, db: Session = Depends(get_db)) -> dict[str, int]:
    note = db.scalar(select(Note).where(Note.id == note_id, Note.owner_id == user.id))
    if note is None:
        raise HTTPException(status_code=404, detail="Not found")
    for field, value in payload.items():
        setattr(note, field, value)
    db.commit()
    return {"id": note.id}


@router.patch("/{note_id}")
def patch_note(note_id: int, patch: NotePatch, user: CurrentUser, db: Session = Depends(get_db)) -> dict[str, int]:
    note = db.scalar(select(Note).where(Note.id == note_id, Note.owner_id == user.id))
    if note is None:
        raise HTTPException(status_code=404, detail="Not found")
    for field, value in patch.model_dump(exclude_unset=True).items():
        setattr(note, field, value)
    db.commit()
    return {"id": note.id}


@router.post("/quick", status_code=201)
async def quick_note(data: dict, user: CurrentUser, db: Session = Depends(get_db)) -> dict[str, int]:
    note = Note(**data)
    note.owner_id = user.id
    db.add(note)
    db.commit()
    return {"id": note.id}
