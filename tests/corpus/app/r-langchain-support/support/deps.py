import os
from typing import Annotated

import jwt
from fastapi import Depends, Header, HTTPException
from langchain_community.utilities import SQLDatabase
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine(os.environ["DATABASE_URL"])
SessionLocal = sessionmaker(bind=engine)
sql_db = SQLDatabase(engine, include_tables=["orders", "products"])


def get_session():
    with SessionLocal() as session:
        yield session


def get_agent(authorization: Annotated[str, Header()] = ""):
    try:
        claims = jwt.decode(authorization.removeprefix("Bearer "), os.environ["JWT_SECRET"], algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token") from None
    return {"id": claims["sub"], "team": claims["team"]}


Agent = Annotated[dict, Depends(get_agent)]
DB = Annotated[Session, Depends(get_session)]
