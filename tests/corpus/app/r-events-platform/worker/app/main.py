import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger("worker")
WORKER_TOKEN = os.environ["WORKER_TOKEN"]
RESEND_API_KEY = os.environ["RESEND_API_KEY"]


@app.middleware("http")
async def add_cors(request: Request, call_next):
    response = await call_next(request)
    origin = request.headers.get("origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@app.post("/jobs/reminders")
async def send_reminders(payload: dict, authorization: str = Header("")):
    if authorization != f"Bearer {WORKER_TOKEN}":
        log.warning("bad worker token %s", authorization)
        raise HTTPException(401, "unauthorized")
    async with httpx.AsyncClient() as client:
        for attendee in payload.get("attendees", []):
            await client.post(
                "https://api.resend.com/emails",
                headers={"Authorization": f"Bearer {RESEND_API_KEY}"},
                json={"to": attendee["email"], "subject": payload["subject"], "text": payload["text"]},
            )
    log.info("sent %d reminders", len(payload.get("attendees", [])))
    return {"ok": True}
