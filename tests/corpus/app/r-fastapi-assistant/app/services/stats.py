from sqlalchemy import text
from sqlalchemy.orm import Session

TABLES = ("notes", "attachments")


def word_counts(db: Session, owner_id: int, since: str) -> dict[str, int]:
    total = db.execute(
        text(
            "SELECT COALESCE(SUM(array_length(regexp_split_to_array(body, '\\s+'), 1)), 0) "
            f"FROM notes WHERE owner_id = :owner AND created_at >= '{since}'"
        ),
        {"owner": owner_id},
    ).scalar_one()
    counts = {"words": int(total)}
    for table in TABLES:
        counts[table] = db.execute(text(f"SELECT count(*) FROM {table} WHERE owner_id = :owner"), {"owner": owner_id}).scalar_one()
    return counts
