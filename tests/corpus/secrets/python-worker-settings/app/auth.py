import jwt

from app.settings import settings


def issue(payload: dict) -> str:
    return jwt.encode(payload, settings.jwt_secret.get_secret_value(), algorithm="HS256")


def legacy(payload: dict) -> str:
    return jwt.encode(payload, "2q3jwQNjLBFVMoIfAC37uO1eoJAmHZLyjeCZ6gCuefXVaIf8", algorithm="HS256")
