import sqlite3

import psycopg
from fastapi import Depends, FastAPI
from flask import Flask, request
from psycopg import sql
from sqlalchemy import text
from sqlalchemy.orm import Session

from .auth import get_current_user
from .db import get_db

app = FastAPI()
flask_app = Flask(__name__)
SORTABLE = {"created_at", "total", "status"}


@app.get("/orders")
def list_orders(status: str, sort: str = "created_at", db: Session = Depends(get_db), user=Depends(get_current_user)):
    if sort not in SORTABLE:
        sort = "created_at"
    # ok: py.sql.injection
    rows = db.execute(text(f"SELECT * FROM orders WHERE owner_id = :owner AND status = :status ORDER BY {sort}"), {"owner": user.id, "status": status})
    # ruleid: py.sql.injection
    more = db.execute(text(f"SELECT * FROM orders WHERE status = '{status}'"))
    return {"rows": rows.all(), "more": more.all()}


@flask_app.route("/search")
def search():
    term = request.args.get("q", "")
    conn = sqlite3.connect("app.db")
    # ruleid: py.sql.injection
    cur = conn.execute("SELECT id, title FROM posts WHERE title LIKE '%" + term + "%'")
    # ok: py.sql.injection
    safe = conn.execute("SELECT id, title FROM posts WHERE title LIKE ?", (f"%{term}%",))
    return {"rows": cur.fetchall(), "safe": safe.fetchall()}


def find_customer(conn: psycopg.Connection, email: str):
    with conn.cursor() as cur:
        # ruleid: py.sql.injection
        cur.execute("SELECT * FROM customers WHERE email = '%s'" % email)
        return cur.fetchone()


def find_customer_safe(conn: psycopg.Connection, email: str, column: str):
    with conn.cursor() as cur:
        # ok: py.sql.injection
        cur.execute(sql.SQL("SELECT {} FROM customers WHERE email = %s").format(sql.Identifier(column)), (email,))
        return cur.fetchone()


def page(conn: psycopg.Connection, limit: str):
    with conn.cursor() as cur:
        # ok: py.sql.injection
        cur.execute(f"SELECT * FROM events ORDER BY id DESC LIMIT {int(limit)}")
        return cur.fetchall()


def run(conn: psycopg.Connection, query: str, params: tuple = ()):
    # A helper that runs the SQL it is given: the caller that builds the string is the finding.
    with conn.cursor() as cur:
        # ok: py.sql.injection
        cur.execute(query, params)
        return cur.fetchall()


def reschedule(db: Session, appointment_id: int, starts_at: str):
    # ok: py.sql.injection
    db.execute(update(Appointment).where(Appointment.id == appointment_id).values(starts_at=starts_at))
    stmt = select(Appointment).where(Appointment.starts_at > starts_at)
    # ok: py.sql.injection
    return db.execute(stmt).all()


def filter_products(conn: sqlite3.Connection, category: str, max_price: str):
    query = "SELECT * FROM products WHERE 1=1"
    if category:
        query += f" AND category = '{category}'"
    # ruleid: py.sql.injection
    return conn.execute(query).fetchall()


async def fetch_all(sql: str, *args):
    return sql, args


async def search_articles(org_id: str, q: str):
    # ruleid: py.sql.injection
    rows = await fetch_all(f"SELECT id FROM articles WHERE org_id = $1 AND title ILIKE '%{q}%'", org_id)
    # ok: py.sql.injection
    same = await fetch_all("SELECT id FROM articles WHERE org_id = $1 AND title ILIKE $2", org_id, f"%{q}%")
    return rows, same


@flask_app.put("/profile")
def update_profile():
    data = request.get_json()
    assignments = ", ".join(f"{key} = ?" for key in data)
    conn = sqlite3.connect("app.db")
    # ruleid: py.sql.injection
    conn.execute(f"UPDATE users SET {assignments} WHERE id = ?", (*data.values(), 1))


def render(node) -> str:
    # ok: py.sql.injection
    return node.text(f"{node}")


@flask_app.get("/products/search")
def search_products():
    q = request.args.get("q", "")
    # ruleid: py.sql.injection
    rows = Product.query.filter(text(f"name ILIKE '%{q}%'")).limit(20).all()
    # ok: py.sql.injection
    same = Product.query.filter(Product.name.ilike(f"%{q}%")).limit(20).all()
    return {"rows": rows, "same": same}


def search_orders(conn: sqlite3.Connection, status: str, city: str):
    clauses = ["1=1"]
    if status:
        clauses.append(f"status = '{status}'")
    # ruleid: py.sql.injection
    rows = conn.execute(f"SELECT * FROM orders WHERE {' AND '.join(clauses)}").fetchall()
    params = []
    conds = ["1=1"]
    if city:
        conds.append("city = ?")
        params.append(city)
    # ok: py.sql.injection
    safe = conn.execute(f"SELECT * FROM orders WHERE {' AND '.join(conds)}", params).fetchall()
    return rows, safe
