import logging
import os

import stripe
from fastapi import APIRouter, Depends, HTTPException, Request

from app.deps import DB, get_current_user
from app.models import Invoice

router = APIRouter(tags=["billing"])
log = logging.getLogger(__name__)


@router.get("/invoices")
def all_invoices(db: DB) -> list[dict[str, object]]:
    return [
        {"id": i.id, "patient_id": i.patient_id, "amount_cents": i.amount_cents, "status": i.status}
        for i in db.query(Invoice).all()
    ]


@router.get("/invoices/{invoice_id}", dependencies=[Depends(get_current_user)])
def get_invoice(invoice_id: int, db: DB) -> dict[str, object]:
    invoice = db.query(Invoice).get(invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404)
    return {"id": invoice.id, "amount_cents": invoice.amount_cents, "status": invoice.status}


@router.post("/webhook")
async def stripe_webhook(request: Request, db: DB) -> dict[str, bool]:
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(
            payload, request.headers.get("stripe-signature"), os.environ["STRIPE_WEBHOOK_SECRET"]
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400, detail="Bad signature")

    if event["type"] == "invoice.paid":
        invoice = db.query(Invoice).filter(Invoice.id == int(event["data"]["object"]["metadata"]["invoice_id"])).first()
        if invoice is not None:
            invoice.status = "paid"
            try:
                db.commit()
            except Exception:
                pass
    elif event["type"] == "invoice.voided":
        try:
            db.query(Invoice).filter(Invoice.id == int(event["data"]["object"]["metadata"]["invoice_id"])).update({"status": "void"})
            db.commit()
        except Exception:
            db.rollback()
            log.exception("could not void invoice")
            raise HTTPException(status_code=500, detail="retry later")
    return {"received": True}
