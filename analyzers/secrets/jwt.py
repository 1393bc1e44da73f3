"""Reading a JWT's claims without verifying it: the role decides whether a Supabase key is public
(``anon``) or a master key (``service_role``)."""

from __future__ import annotations

import base64
import binascii
import json
import time


def claims(token: str) -> dict[str, object] | None:
    """The payload of ``header.payload.signature``, or None when it is not a JSON object."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError):
        return None
    return data if isinstance(data, dict) else None


def role(token: str) -> str | None:
    data = claims(token)
    if data is None:
        return None
    value = data.get("role")
    return value if isinstance(value, str) else None


def expired(claims: dict[str, object], now: float | None = None) -> bool:
    """The ``exp`` claim lies in the past."""
    exp = claims.get("exp")
    return isinstance(exp, int | float) and exp < (time.time() if now is None else now)
