import os

import psycopg
from psycopg.rows import dict_row

DSN = os.environ.get("REPORTING_DSN", "postgresql://localhost/crm")


def _connect() -> psycopg.Connection:
    return psycopg.connect(DSN, row_factory=dict_row)


def find_contacts(owner_id: int, term: str) -> list[dict]:
    with _connect() as conn:
        cur = conn.execute(
            "SELECT id, name, email, company FROM contact WHERE owner_id = %s AND name ILIKE %s ORDER BY name",
            (owner_id, f"%{term}%"),
        )
        return cur.fetchall()


def contacts_by_stage(owner_id: int, stage: str) -> list[dict]:
    with _connect() as conn:
        cur = conn.execute(
            "SELECT id, name FROM contact WHERE owner_id = %d AND stage = '%s'" % (owner_id, stage)
        )
        return cur.fetchall()


def pipeline_total(owner_id: int, status: str) -> int:
    query = "SELECT COALESCE(SUM(amount_cents), 0) AS total FROM deal WHERE owner_id = {} AND status = '{}'".format(
        owner_id, status
    )
    with _connect() as conn:
        row = conn.execute(query).fetchone()
        return int(row["total"]) if row else 0
