from fastapi import Header, HTTPException

from api.supabase_client import supabase


async def get_user(authorization: str = Header(default="")):
    token = authorization.removeprefix("Bearer ").strip()
    if not token:
        raise HTTPException(status_code=401, detail="Missing bearer token")
    try:
        response = supabase.auth.get_user(token)
    except Exception:
        raise HTTPException(status_code=401, detail="Invalid token")
    if response.user is None:
        raise HTTPException(status_code=401, detail="Invalid token")
    return response.user


async def require_recruiter(authorization: str = Header(default="")):
    user = await get_user(authorization)
    role = (user.app_metadata or {}).get("role")
    if role != "recruiter":
        raise HTTPException(status_code=403, detail="Recruiters only")
    return user
