from fastapi import FastAPI

from api.routes import applications, jobs, webhooks

app = FastAPI(title="Jobs board API")
app.include_router(jobs.router, prefix="/jobs")
app.include_router(applications.router, prefix="/applications")
app.include_router(webhooks.router, prefix="/webhooks")


@app.get("/healthz")
def healthz():
    return {"ok": True}
