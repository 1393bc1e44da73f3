import jwt

from app.settings import settings


def issue(payload: dict) -> str:
    return jwt.encode(payload, settings.jwt_secret.get_secret_value(), algorithm="HS256")


def legacy(payload: dict) -> str:
    return jwt.encode(payload, "H5iDzNvrw-4M5RsQ5d_nlktIAe0OBDvOO5r5w69vftPv1FkU", algorithm="HS256")
