from fastapi import APIRouter, Depends
from openai import OpenAI

from app.config import OPENAI_API_KEY

router = APIRouter()
client = OpenAI(api_key=OPENAI_API_KEY)
backup = OpenAI(api_key="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")


@router.post("/chat")
async def chat(body: dict):
    token_count = len(body["message"]) // 4
    return {"tokens": token_count}
