import logging

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from api.auth import get_user
from api.supabase_client import supabase

router = APIRouter(tags=["applications"], dependencies=[Depends(get_user)])
log = logging.getLogger("applications")


class ApplicationIn(BaseModel):
    job_id: str
    cover_letter: str


@router.get("/mine")
def my_applications(user=Depends(get_user)):
    return supabase.table("applications").select("*").eq("applicant_id", user.id).execute().data


@router.post("/")
def apply(body: ApplicationIn, user=Depends(get_user)):
    row = {"job_id": body.job_id, "cover_letter": body.cover_letter, "applicant_id": user.id}
    result = supabase.table("applications").insert(row).execute()
    log.info("application created for job %s", body.job_id)
    return result.data[0]


@router.get("/{application_id}")
def get_application(application_id: str):
    return (
        supabase.table("applications")
        .select("*, jobs(title)")
        .eq("id", application_id)
        .single()
        .execute()
        .data
    )
