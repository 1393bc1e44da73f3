from fastapi import APIRouter

from app.deps import DB
from app.models import Service

router = APIRouter()


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/services")
def list_services(db: DB) -> list[dict[str, object]]:
    services = db.query(Service).filter(Service.active == True).order_by(Service.name).all()  # noqa: E712
    return [{"id": s.id, "name": s.name, "price_cents": s.price_cents} for s in services]
