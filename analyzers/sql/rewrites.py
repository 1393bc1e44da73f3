"""Which column type changes make PostgreSQL rewrite the whole table under an exclusive lock.

PostgreSQL skips the rewrite only when the old type is binary-coercible to the new one and no
constraint gets tighter: widening or removing a ``varchar`` / ``numeric`` / time precision limit,
``varchar`` to ``text``, ``cidr`` to ``inet``. Everything else (``int`` to ``bigint``, ``text`` to
``uuid``, a narrower limit, a ``USING`` expression) rewrites the table and its indexes.
"""

from __future__ import annotations

from analyzers.sql.model import TypeSpec

_LIMITED = frozenset({"varchar", "varbit"})  # limit is a length: a larger (or no) limit is free
_PRECISION = frozenset({"timestamp", "timestamptz", "time", "timetz", "interval"})
_TEXTUAL = frozenset({"varchar", "text"})


def rewrites(old: TypeSpec | None, new: TypeSpec | None, *, using_trivial: bool = True) -> bool:
    """True when ``ALTER COLUMN ... TYPE new`` rewrites a table whose column is ``old``.
    An unknown old type counts as a rewrite: only known-free changes are let through."""
    if new is None:
        return False
    if old is None or not using_trivial:
        return True
    if old.array != new.array:
        return True
    if old.name == new.name:
        return not _free_limit_change(old, new)
    if old.name in _TEXTUAL and new.name == "text":
        return False
    if old.name == "text" and new.name == "varchar" and not new.mods:
        return False
    return not (old.name == "cidr" and new.name == "inet")


def _free_limit_change(old: TypeSpec, new: TypeSpec) -> bool:
    if old.mods == new.mods or not new.mods:
        return True  # same type, or the limit removed
    if not old.mods:
        return False  # a limit added: every row must be checked and coerced
    if old.name in _LIMITED or old.name in _PRECISION:
        return new.mods[0] >= old.mods[0]
    if old.name == "numeric":
        # numeric(p, s) -> numeric(p2, s) with p2 >= p keeps every value; a scale change does not.
        old_scale = old.mods[1] if len(old.mods) > 1 else 0
        new_scale = new.mods[1] if len(new.mods) > 1 else 0
        return new.mods[0] >= old.mods[0] and new_scale == old_scale
    return False
