import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.core.config import settings
from api.routes import admin, articles, ask

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("kb")

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.allowed_origins,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)
app.include_router(articles.router, prefix="/articles")
app.include_router(ask.router, prefix="/ask")
app.include_router(admin.router, prefix="/admin")


@app.get("/healthz")
async def healthz():
    return {"ok": True}


@app.on_event("startup")
async def startup():
    logger.info("starting with database %s", settings.database_url)
    logger.info("openai key loaded: %s", "yes" if settings.openai_api_key else "no")
