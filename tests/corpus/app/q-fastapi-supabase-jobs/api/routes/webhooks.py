import hashlib
import hmac
import os

from fastapi import APIRouter, HTTPException, Request

from api.supabase_client import supabase

router = APIRouter(tags=["webhooks"])


@router.post("/calendly")
async def calendly(request: Request):
    body = await request.body()
    expected = hmac.new(os.environ["CALENDLY_SIGNING_KEY"].encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("calendly-webhook-signature", "")):
        raise HTTPException(status_code=401)
    event = await request.json()
    try:
        supabase.table("interviews").insert({"payload": event}).execute()
    except Exception:
        pass
    return {"ok": True}


@router.post("/typeform")
async def typeform(request: Request):
    event = await request.json()
    supabase.table("applications").update({"status": event["status"]}).eq("id", event["application_id"]).execute()
    return {"ok": True}
