from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.deps import get_current_user
from app.routers import admin, appointments, auth, billing, patients, public

app = FastAPI(title="Clinic portal")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://portal.brightsmile.clinic"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(public.router)
app.include_router(auth.router, prefix="/auth", tags=["auth"])
app.include_router(patients.router, prefix="/patients", dependencies=[Depends(get_current_user)])
app.include_router(appointments.router)
app.include_router(billing.router, prefix="/billing")
app.include_router(admin.router)
