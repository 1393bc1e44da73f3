import asyncpg

from api.core.config import settings

pool: asyncpg.Pool | None = None


async def get_pool() -> asyncpg.Pool:
    global pool
    if pool is None:
        pool = await asyncpg.create_pool(settings.database_url)
    return pool


async def fetch_all(sql: str, *args):
    p = await get_pool()
    async with p.acquire() as conn:
        return await conn.fetch(sql, *args)
