"""Which values of a hand-written SQL statement pick records by key.

An IDOR is a record fetched *by its id*: `WHERE id = $1` with the client's id. The same client
value compared with a name, a date or a status is a search or a filter, not a way to name another
user's record, so it is not one. Pure: statement text in, positions out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Columns that name one record: `id`, `order_id`, `uuid`, `slug`, `invoiceId`, `public_key`.
_KEY_COLUMN = re.compile(r"(?:^|_)(?:id|uuid|guid|slug|pk)$|^(?:key)$|[a-z0-9](?:Id|ID|Uuid|Slug)$")
_PLACEHOLDER = r"(\$\d+|\?|:\w+|%s|%\(\w+\)s|\$\{)"
# `col = <placeholder>`, `col IN (<placeholder>`, `col = ANY(<placeholder>`; the column may be
# qualified (`o.id`) or quoted (`"orderId"`).
_COMPARE = re.compile(
    r"""([A-Za-z_"][\w"]*(?:\.[A-Za-z_"][\w"]*)?)\s*(?:=|\bin\s*\(|=\s*any\s*\()\s*""" + _PLACEHOLDER,
    re.IGNORECASE,
)
_ANY_PLACEHOLDER = re.compile(_PLACEHOLDER)
_WHERE = re.compile(r"\bwhere\b", re.IGNORECASE)


@dataclass(frozen=True)
class KeyUse:
    values: frozenset[int]  # 0-based positions in the parameter list compared with a key column
    interpolations: frozenset[int]  # 0-based `${...}` substitutions compared with a key column


def is_key_column(name: str) -> bool:
    bare = name.rsplit(".", 1)[-1].strip('"')
    return bool(_KEY_COLUMN.search(bare))


_OPEN_KEY_COMPARE = re.compile(
    r"""([A-Za-z_"][\w"]*(?:\.[A-Za-z_"][\w"]*)?)\s*(?:=|\bin\s*\()\s*'?\s*$""", re.IGNORECASE
)


def ends_with_key_compare(sql: str) -> bool:
    """`"... WHERE id = '" + req.params.id`: the text stops where a concatenated value picks the
    record by key."""
    m = _OPEN_KEY_COMPARE.search(sql)
    return m is not None and _WHERE.search(sql) is not None and is_key_column(m.group(1))


def key_uses(sql: str) -> KeyUse:
    """The parameters and template substitutions that select rows by a key column (after WHERE:
    a `SET user_id = $1` writes a key, it does not pick the row)."""
    where = _WHERE.search(sql)
    start = where.start() if where else len(sql)
    # Number every placeholder of the statement in order: `?` and `${` count by position.
    order: dict[int, tuple[str, int]] = {}
    question = template = 0
    for m in _ANY_PLACEHOLDER.finditer(sql):
        mark = m.group(1)
        if mark == "?":
            order[m.start(1)] = ("value", question)
            question += 1
        elif mark == "${":
            order[m.start(1)] = ("template", template)
            template += 1
        elif mark.startswith("$"):
            order[m.start(1)] = ("value", int(mark[1:]) - 1)
    values: set[int] = set()
    interpolations: set[int] = set()
    for m in _COMPARE.finditer(sql, start):
        if not is_key_column(m.group(1)):
            continue
        kind, index = order.get(m.start(2), ("", -1))
        if kind == "value":
            values.add(index)
        elif kind == "template":
            interpolations.add(index)
    return KeyUse(frozenset(values), frozenset(interpolations))
