import json
import logging
import os

import jwt
import psycopg
from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import OAuth2PasswordBearer
from openai import OpenAI
from psycopg import sql
from pydantic import BaseModel

log = logging.getLogger("svc")
app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_methods=["GET"],
    allow_headers=["Authorization"],
)
client = OpenAI()
COLUMNS = {"name", "created_at", "price"}


def get_conn():
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        yield conn


oauth2 = OAuth2PasswordBearer(tokenUrl="/token")


def current_user(token: str = Depends(oauth2)):
    try:
        claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(401, "invalid token") from None
    return {"id": int(claims["sub"])}


class Plan(BaseModel):
    action: str
    product_id: int


class ProductIn(BaseModel):
    name: str
    price: int


@app.get("/products")
def products(sort: str = "created_at", q: str = "", conn=Depends(get_conn)):
    if sort not in COLUMNS:
        raise HTTPException(400, "bad sort")
    stmt = sql.SQL("SELECT id, name, price FROM products WHERE name ILIKE %s ORDER BY {}").format(sql.Identifier(sort))
    return conn.execute(stmt, (f"%{q}%",)).fetchall()


@app.post("/products")
def create_product(product: ProductIn, user=Depends(current_user), conn=Depends(get_conn)):
    conn.execute(
        "INSERT INTO products (name, price, owner_id) VALUES (%s, %s, %s)",
        (product.name, product.price, user["id"]),
    )
    log.info("product created by %s", user["id"])
    return {"ok": True}


@app.post("/assistant/plan")
def plan(question: str, user=Depends(current_user), conn=Depends(get_conn)):
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Reply with JSON {\"action\": \"archive\"|\"restore\", \"product_id\": int}."},
            {"role": "user", "content": question},
        ],
    )
    parsed = Plan.model_validate_json(reply.choices[0].message.content or "{}")
    if parsed.action not in {"archive", "restore"}:
        raise HTTPException(422, "unknown action")
    conn.execute(
        "UPDATE products SET archived = %s WHERE id = %s AND owner_id = %s",
        (parsed.action == "archive", parsed.product_id, user["id"]),
    )
    log.info("assistant action %s on %s", parsed.action, parsed.product_id)
    return {"done": parsed.action}


@app.on_event("startup")
def startup():
    log.info("openai configured: %s", bool(os.environ.get("OPENAI_API_KEY")))
    log.info("db host: %s", os.environ.get("DB_HOST", "localhost"))
    log.info("token ttl: %s minutes", os.environ.get("TOKEN_TTL_MINUTES", "60"))
    log.info("loaded prompt config %s", json.dumps({"model": "gpt-4o-mini", "max_tokens": 800}))
