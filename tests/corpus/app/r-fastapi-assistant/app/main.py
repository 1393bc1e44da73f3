import logging
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.routers import assistant, health, notes, search

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("assistant")

app = FastAPI(title="Notes Assistant")

origins = os.environ.get("CORS_ORIGINS", "http://localhost:5173").split(",")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(health.router)
app.include_router(notes.router, prefix="/notes")
app.include_router(search.router, prefix="/search")
app.include_router(assistant.router, prefix="/assistant")


@app.on_event("startup")
def announce() -> None:
    log.info("OpenAI key configured: %s", bool(os.environ.get("OPENAI_API_KEY")))
    log.info("Database: %s", os.environ.get("DATABASE_HOST", "localhost"))
