import logging

from fastapi import APIRouter, HTTPException

from api.core.db import fetch_all
from api.core.security import CurrentUser

router = APIRouter()
logger = logging.getLogger("kb.admin")
TABLES = ("articles", "users", "orgs")


@router.get("/counts")
async def counts(user=CurrentUser):
    result = {}
    for table in TABLES:
        rows = await fetch_all(f"SELECT count(*) AS n FROM {table} WHERE org_id = $1", user["org_id"])
        result[table] = rows[0]["n"]
    return result


@router.post("/sync")
async def sync(user=CurrentUser):
    try:
        await fetch_all("REFRESH MATERIALIZED VIEW CONCURRENTLY article_stats")
    except Exception:
        pass
    return {"ok": True}
