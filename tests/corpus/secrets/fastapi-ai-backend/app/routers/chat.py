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
