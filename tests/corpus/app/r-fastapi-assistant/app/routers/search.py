from typing import Any

from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.auth import CurrentUser
from app.db import get_db
from app.services.stats import word_counts

router = APIRouter()
ORDERINGS = {"new": "created_at DESC", "old": "created_at ASC", "title": "title ASC"}


@router.get("/")
def search_notes(q: str, user: CurrentUser, order: str = "new", db: Session = Depends(get_db)) -> list[dict[str, Any]]:
    order_by = ORDERINGS.get(order, "created_at DESC")
    rows = db.execute(
        text(f"SELECT id, title FROM notes WHERE owner_id = :owner AND body ILIKE :q ORDER BY {order_by} LIMIT 50"),
        {"owner": user.id, "q": f"%{q}%"},
    )
    return [dict(r._mapping) for r in rows]


@router.get("/tags")
def search_tags(tag: str, user: CurrentUser, db: Session = Depends(get_db)) -> list[dict[str, Any]]:
    rows = db.execute(
        text(f"SELECT id, title FROM notes WHERE owner_id = {user.id} AND '{tag}' = ANY(tags)")
    )
    return [dict(r._mapping) for r in rows]


@router.get("/stats")
def stats(user: CurrentUser, since: str = "2024-01-01", db: Session = Depends(get_db)) -> dict[str, int]:
    return word_counts(db, user.id, since)
