"""Which parameters of hand-written SQL select a record by key (the IDOR shape)."""

from __future__ import annotations

import pytest

from analyzers.routes.sqlkeys import KeyUse, ends_with_key_compare, is_key_column, key_uses


@pytest.mark.parametrize(
    ("sql", "values", "interpolations"),
    [
        ("SELECT * FROM orders WHERE id = $1", {0}, set()),
        ("SELECT * FROM orders o WHERE o.user_id = $1 AND o.id = $2", {0, 1}, set()),
        ('SELECT * FROM "Order" WHERE "orderId" = $1', {0}, set()),
        ("DELETE FROM notes WHERE slug = ? AND archived = ?", {0}, set()),
        ("UPDATE orders SET owner_id = $1, status = $2 WHERE id = $3", {2}, set()),
        ("SELECT * FROM docs WHERE id IN (${ids}) AND title = ${t}", set(), {0}),
        ("SELECT * FROM docs WHERE id = ANY($1)", {0}, set()),
        # Searches, dates and statuses are not a record's key.
        ("SELECT * FROM products WHERE name ILIKE $1", set(), set()),
        ("SELECT sum(total) FROM orders WHERE created_at > $1", set(), set()),
        ("SELECT * FROM clients WHERE email = $1", set(), set()),
        ("SELECT * FROM clients WHERE name ILIKE '%${q}%'", set(), set()),
        ("INSERT INTO orders (id, user_id) VALUES ($1, $2)", set(), set()),
    ],
)
def test_key_uses(sql: str, values: set[int], interpolations: set[int]) -> None:
    assert key_uses(sql) == KeyUse(frozenset(values), frozenset(interpolations))


def test_key_columns() -> None:
    assert all(map(is_key_column, ["id", "order_id", "orderId", "o.id", '"invoiceId"', "uuid", "slug"]))
    assert not any(map(is_key_column, ["valid", "paid", "name", "email", "created_at", "status", "avoid"]))


def test_concatenated_statements_end_at_the_compared_column() -> None:
    assert ends_with_key_compare("SELECT * FROM notes WHERE slug = '")
    assert ends_with_key_compare("DELETE FROM notes WHERE user_id = 1 AND id = ")
    assert not ends_with_key_compare("SELECT * FROM notes WHERE title = '")
    assert not ends_with_key_compare("SELECT * FROM notes ORDER BY ")
