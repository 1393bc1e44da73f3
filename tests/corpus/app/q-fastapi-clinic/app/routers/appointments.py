from datetime import datetime

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import update

from app.deps import DB, CurrentUser, get_current_user
from app.models import Appointment

router = APIRouter(
    prefix="/appointments", tags=["appointments"], dependencies=[Depends(get_current_user)]
)


class Reschedule(BaseModel):
    starts_at: datetime


@router.post("/{appointment_id}/cancel")
def cancel(appointment_id: int, user: CurrentUser, db: DB) -> dict[str, str]:
    appt = db.get(Appointment, appointment_id)
    if appt is None or appt.patient.owner_id != user.id:
        raise HTTPException(status_code=404, detail="Not found")
    appt.status = "cancelled"
    db.commit()
    return {"status": appt.status}


@router.put("/{appointment_id}")
def reschedule(appointment_id: int, body: Reschedule, db: DB) -> dict[str, str]:
    db.execute(
        update(Appointment)
        .where(Appointment.id == appointment_id)
        .values(starts_at=body.starts_at)
    )
    db.commit()
    return {"status": "rescheduled"}
