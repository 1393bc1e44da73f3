from fastapi import APIRouter, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from fastapi import Depends
from pydantic import BaseModel, EmailStr

from app.deps import DB
from app.models import User
from app.security import create_access_token, get_password_hash, verify_password

router = APIRouter()


class Register(BaseModel):
    email: EmailStr
    password: str


@router.post("/token")
def login(db: DB, form: OAuth2PasswordRequestForm = Depends()) -> dict[str, str]:
    user = db.query(User).filter(User.email == form.username.lower()).first()
    if user is None or not verify_password(form.password, user.hashed_password):
        raise HTTPException(status_code=401, detail="Wrong email or password")
    return {"access_token": create_access_token(str(user.id)), "token_type": "bearer"}


@router.post("/register", status_code=201)
def register(body: Register, db: DB) -> dict[str, int]:
    if db.query(User).filter(User.email == body.email.lower()).first():
        raise HTTPException(status_code=409, detail="Email already registered")
    user = User(email=body.email.lower(), hashed_password=get_password_hash(body.password))
    db.add(user)
    db.commit()
    return {"id": user.id}
