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
