from fastapi import APIRouter, Depends, HTTPException

from app.deps import DB, require_staff
from app.models import Patient

router = APIRouter(prefix="/admin", dependencies=[Depends(require_staff)])


@router.delete("/patients/{patient_id}", status_code=204)
def delete_patient(patient_id: int, db: DB) -> None:
    patient = db.get(Patient, patient_id)
    if patient is None:
        raise HTTPException(status_code=404)
    db.delete(patient)
    db.commit()
