from fastapi import APIRouter, HTTPException

from app.deps import DB, CurrentUser
from app.models import Note, Patient

router = APIRouter(tags=["patients"])


@router.get("/")
def my_patients(db: DB, user: CurrentUser) -> list[dict[str, object]]:
    rows = db.query(Patient).filter(Patient.owner_id == user.id).all()
    return [{"id": p.id, "full_name": p.full_name} for p in rows]


@router.get("/{patient_id}")
def get_patient(patient_id: int, db: DB, user: CurrentUser) -> dict[str, object]:
    patient = (
        db.query(Patient).filter(Patient.id == patient_id, Patient.owner_id == user.id).first()
    )
    if patient is None:
        raise HTTPException(status_code=404)
    return {"id": patient.id, "full_name": patient.full_name}


@router.get("/{patient_id}/notes")
def patient_notes(patient_id: int, db: DB) -> list[dict[str, object]]:
    notes = db.query(Note).filter(Note.patient_id == patient_id).order_by(Note.id.desc()).all()
    return [{"id": n.id, "body": n.body} for n in notes]
