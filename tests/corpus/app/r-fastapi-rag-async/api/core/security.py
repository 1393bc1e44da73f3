import logging

import jwt
from fastapi import Depends, HTTPException, Request

from api.core.config import settings

logger = logging.getLogger("kb.security")


async def current_user(request: Request) -> dict:
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        raise HTTPException(401, "Missing token")
    token = auth.removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, settings.jwt_secret, algorithms=["HS256"])
    except jwt.PyJWTError as exc:
        logger.info("invalid token: %s (%s)", exc, auth)
        raise HTTPException(401, "Invalid token") from exc
    return {"id": claims["sub"], "org_id": claims["org"]}


CurrentUser = Depends(current_user)
