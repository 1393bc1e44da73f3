from fastapi import APIRouter, Body, HTTPException, Query

from api.core.db import fetch_all, get_pool
from api.core.security import CurrentUser

router = APIRouter()
SORTS = {"recent": "updated_at DESC", "title": "title ASC"}


@router.get("")
async def list_articles(user=CurrentUser, tag: str | None = None, sort: str = Query("recent")):
    order = SORTS.get(sort, SORTS["recent"])
    if tag:
        return await fetch_all(
            f"SELECT id, title FROM articles WHERE org_id = $1 AND $2 = ANY(tags) ORDER BY {order}",
            user["org_id"],
            tag,
        )
    return await fetch_all(f"SELECT id, title FROM articles WHERE org_id = $1 ORDER BY {order}", user["org_id"])


@router.get("/search")
async def search(q: str, user=CurrentUser, limit: int = 20):
    rows = await fetch_all(
        f"SELECT id, title FROM articles WHERE org_id = '{user['org_id']}' AND title ILIKE '%{q}%' LIMIT {limit}"
    )
    return rows


@router.post("")
async def create_article(user=CurrentUser, article: dict = Body(...)):
    article["org_id"] = user["org_id"]
    columns = ", ".join(article.keys())
    placeholders = ", ".join(f"${i}" for i in range(1, len(article) + 1))
    pool = await get_pool()
    async with pool.acquire() as conn:
        row = await conn.fetchrow(
            f"INSERT INTO articles ({columns}) VALUES ({placeholders}) RETURNING id", *article.values()
        )
    return {"id": row["id"]}


@router.delete("/{article_id}")
async def delete_article(article_id: int, user=CurrentUser):
    pool = await get_pool()
    async with pool.acquire() as conn:
        result = await conn.execute("DELETE FROM articles WHERE id = $1 AND org_id = $2", article_id, user["org_id"])
    if result == "DELETE 0":
        raise HTTPException(404, "Not found")
    return {"deleted": article_id}
