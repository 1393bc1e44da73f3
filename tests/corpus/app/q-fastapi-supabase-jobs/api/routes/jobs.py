from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from api.auth import get_user, require_recruiter
from api.supabase_client import supabase

router = APIRouter(tags=["jobs"])


class JobIn(BaseModel):
    title: str
    description: str
    salary_min: int | None = None


@router.get("/")
def list_jobs(q: str | None = None):
    query = supabase.table("jobs").select("id, title, company, location").eq("status", "published")
    if q:
        query = query.ilike("title", f"%{q}%")
    return query.order("created_at", desc=True).limit(50).execute().data


@router.post("/")
def create_job(job: JobIn, user=Depends(require_recruiter)):
    row = {"title": job.title, "description": job.description, "salary_min": job.salary_min, "owner_id": user.id}
    return supabase.table("jobs").insert(row).execute().data[0]


@router.delete("/{job_id}")
def delete_job(job_id: str, user=Depends(get_user)):
    supabase.table("jobs").delete().eq("id", job_id).execute()
    return {"deleted": job_id}


@router.get("/{job_id}/applicants")
def applicants(job_id: str, user=Depends(get_user)):
    job = supabase.table("jobs").select("owner_id").eq("id", job_id).single().execute().data
    if not job or job["owner_id"] != user.id:
        raise HTTPException(status_code=404)
    return supabase.table("applications").select("*").eq("job_id", job_id).execute().data
