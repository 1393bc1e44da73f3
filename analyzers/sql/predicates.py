"""What a policy predicate lets through: does it tie rows to the caller, does it trust
user-editable metadata.

A predicate *restricts to the caller* when it compares the caller's identity (``auth.uid()``,
``auth.jwt() ->> 'sub'``, ``current_setting('request.jwt.claims')``, a tenant setting) with
something, checks the caller's role beyond "signed in" (``auth.jwt() -> 'app_metadata' ->>
'role' = 'admin'``), or calls an app-defined check (``is_org_member(org_id)``). ``true``,
``auth.uid() is not null``, ``auth.role() = 'authenticated'`` and comparisons of row columns with
constants (``bucket_id = 'avatars'``) do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from pglast import ast, parser

from analyzers.sql.nodes import children, func_name, string_value, walk


class Identity(IntEnum):
    NONE = 0
    SESSION = 1  # aal / is_anonymous: how the caller signed in, not who
    ROLE = 2  # the caller's database role or JWT role claim
    USER = 3  # who the caller is: id, email, claims, tenant


# Roles every caller of a kind has: comparing with them says "signed in", not "this user".
GENERIC_ROLES = frozenset({"authenticated", "anon", "public", "anonymous", "user"})
_USER_FUNCS = frozenset({"auth.uid", "auth.email", "requesting_user_id"})
_ROLE_FUNCS = frozenset({"auth.role"})
# Functions that only transform their arguments; anything else an app defines is a check.
_TRANSPARENT = frozenset(
    {
        "lower", "upper", "trim", "btrim", "ltrim", "rtrim", "length", "char_length", "now",
        "array_length", "cardinality", "concat", "concat_ws", "format", "nullif", "greatest",
        "least", "split_part", "substring", "substr", "left", "right", "replace", "position",
        "to_char", "date_trunc", "date_part", "extract", "age", "md5", "starts_with", "coalesce",
        "array_position", "unnest", "any", "array_to_string", "string_to_array", "regexp_replace",
        "gen_random_uuid", "uuid_generate_v4", "timezone", "to_jsonb", "to_json", "abs", "round",
        "storage.foldername", "storage.filename", "storage.extension", "current_setting",
        "auth.jwt", "auth.uid", "auth.email", "auth.role", "requesting_user_id",
    }
)
_METADATA = re.compile(r"^(raw_)?user_meta(data|_data)$", re.I)


def _is_transparent(name: str) -> bool:
    base = name.split(".")[-1]
    return (
        name in _TRANSPARENT
        or name.startswith("pg_catalog.")
        or base.startswith(("json", "jsonb", "array_", "regexp_"))
        or base in _TRANSPARENT
    )


def _claim_kind(claim: str) -> Identity:
    claim = claim.lower()
    if claim == "role":
        return Identity.ROLE
    if claim in ("aal", "is_anonymous", "amr"):
        return Identity.SESSION
    return Identity.USER


def identity(node: Any) -> Identity:
    """How strongly an expression names the caller (the strongest identity inside it)."""
    if node is None:
        return Identity.NONE
    if isinstance(node, ast.TypeCast):
        return identity(node.arg)
    if isinstance(node, ast.SQLValueFunction):
        op = getattr(node.op, "name", "")
        return Identity.ROLE if "USER" in op or "ROLE" in op else Identity.NONE
    if isinstance(node, ast.FuncCall):
        name = func_name(node)
        if name in _USER_FUNCS or name.endswith(".requesting_user_id"):
            return Identity.USER
        if name in _ROLE_FUNCS:
            return Identity.ROLE
        if name == "auth.jwt":
            return Identity.USER
        if name in ("current_setting", "pg_catalog.current_setting") and node.args:
            setting = (string_value(node.args[0]) or "").lower()
            if setting.endswith(".role") or setting == "role":
                return Identity.ROLE
            return Identity.USER if setting else Identity.NONE
        return max((identity(a) for a in node.args or ()), default=Identity.NONE)
    if isinstance(node, ast.A_Expr) and _op(node) in ("->", "->>", "#>", "#>>"):
        base = identity(node.lexpr)
        if base is Identity.USER and _is_jwt(node.lexpr):
            key = string_value(node.rexpr)
            return _claim_kind(key) if key else base
        return max(base, identity(node.rexpr))
    if isinstance(node, ast.SubLink) and _scalar_sublink(node) is not None:
        return identity(_scalar_sublink(node))
    if isinstance(node, ast.SubLink):
        return Identity.NONE
    best = Identity.NONE
    for child in _shallow_children(node):
        best = max(best, identity(child))
    return best


def _is_jwt(node: Any) -> bool:
    """The bare claims object: ``auth.jwt()`` or ``current_setting('request.jwt.claims')::json``."""
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.SubLink):
        node = _scalar_sublink(node)
    if not isinstance(node, ast.FuncCall):
        return False
    name = func_name(node)
    if name == "auth.jwt":
        return True
    setting = (string_value(node.args[0]) if node.args else None) or ""
    return name.endswith("current_setting") and "claims" in setting


def _scalar_sublink(node: Any) -> Any:
    """``(select auth.uid())``: a FROM-less one-column subquery, the value it selects."""
    sub = node.subselect
    kind = getattr(node.subLinkType, "name", "")
    if kind != "EXPR_SUBLINK" or not isinstance(sub, ast.SelectStmt) or sub.fromClause:
        return None
    if sub.targetList and len(sub.targetList) == 1:
        val: Any = sub.targetList[0].val
        return val
    return None


def _shallow_children(node: ast.Node) -> list[ast.Node]:
    """Children, not descending into subqueries (a subquery is judged on its own)."""
    return [c for c in children(node) if not isinstance(c, ast.SelectStmt)]


def _op(node: ast.A_Expr) -> str:
    return ".".join(str(n.sval) for n in node.name or () if isinstance(n, ast.String))


def restricts(node: Any) -> bool:
    """True when the predicate only lets through rows tied to the caller (or the caller's role)."""
    if node is None:
        return False
    if isinstance(node, ast.BoolExpr):
        kind = getattr(node.boolop, "name", "")
        results = [restricts(a) for a in node.args or ()]
        if kind == "AND_EXPR":
            return any(results)
        if kind == "OR_EXPR":
            return bool(results) and all(results)
        return any(results)  # NOT: negating a caller check still depends on the caller
    if isinstance(node, ast.A_Const):
        return isinstance(node.val, ast.Boolean) and not node.val.boolval  # `false` lets none in
    if isinstance(node, ast.TypeCast):
        return restricts(node.arg)
    if isinstance(node, (ast.NullTest, ast.BooleanTest, ast.ColumnRef)):
        return False
    if isinstance(node, ast.A_Expr):
        return _comparison(node)
    if isinstance(node, ast.SubLink):
        return _sublink(node)
    if isinstance(node, ast.FuncCall):
        name = func_name(node)
        if not _is_transparent(name):
            return True  # an app-defined check such as is_org_member(org_id)
        return any(restricts(a) for a in node.args or ())
    if isinstance(node, ast.CoalesceExpr):
        return all(restricts(a) for a in node.args or ())
    return False


def _side_restricts(mine: Any, other: Any) -> bool:
    kind = identity(mine)
    if kind is Identity.USER:
        return not _is_null(other)
    if kind is Identity.ROLE:
        values = _literals(other)
        return not values or any(v.lower() not in GENERIC_ROLES for v in values)
    return False


def _comparison(node: ast.A_Expr) -> bool:
    left, right = node.lexpr, node.rexpr
    if _has_custom_call(left) or _has_custom_call(right):
        return True
    if _side_restricts(left, right) or _side_restricts(right, left):
        return True
    return any(
        isinstance(n, ast.SubLink) and _sublink(n)
        for side in (left, right)
        for n in walk(side)
        if side is not None
    )


def _has_custom_call(node: Any) -> bool:
    if node is None:
        return False
    return any(isinstance(n, ast.FuncCall) and not _is_transparent(func_name(n)) for n in walk(node))


def _is_null(node: Any) -> bool:
    return isinstance(node, ast.A_Const) and bool(node.isnull)


def _literals(node: Any) -> list[str]:
    if isinstance(node, (tuple, list)):
        return [v for item in node for v in _literals(item)]
    value = string_value(node)
    return [value] if value is not None else []


def _sublink(node: ast.SubLink) -> bool:
    """A subquery check: membership tables, ownership through a parent row, admin lists."""
    scalar = _scalar_sublink(node)
    if scalar is not None:
        return restricts(scalar)
    sub = node.subselect
    inside = list(walk(sub)) if sub is not None else []
    names_caller = any(
        identity(n) is not Identity.NONE for n in inside if isinstance(n, (ast.FuncCall, ast.SQLValueFunction))
    ) or any(isinstance(n, ast.FuncCall) and not _is_transparent(func_name(n)) for n in inside)
    if not names_caller:
        return False
    # "the caller exists in auth.users" says only "signed in"
    return not (isinstance(sub, ast.SelectStmt) and _only_auth_users(sub) and not _other_conditions(sub))


def _only_auth_users(sub: ast.SelectStmt) -> bool:
    tables = [n for n in walk(sub.fromClause or ()) if isinstance(n, ast.RangeVar)]
    return bool(tables) and all((t.schemaname, t.relname) == ("auth", "users") for t in tables)


def _other_conditions(sub: ast.SelectStmt) -> bool:
    where: Any = sub.whereClause
    if where is None:
        return False
    conjunction = isinstance(where, ast.BoolExpr) and getattr(where.boolop, "name", "") == "AND_EXPR"
    return conjunction and len(where.args or ()) > 1


# --- user-editable metadata ------------------------------------------------------------------


def reads_user_metadata(node: Any, function_body: Callable[[str], str | None]) -> bool:
    """The predicate reads ``user_metadata`` / ``raw_user_meta_data`` directly or through a
    function defined in the history (``function_body`` returns a function's source by name)."""
    if node is None:
        return False
    for n in walk(node):
        if isinstance(n, ast.A_Const) and isinstance(n.val, ast.String) and _METADATA.match(str(n.val.sval)):
            return True
        if isinstance(n, ast.ColumnRef) and n.fields:
            last = n.fields[-1]
            if isinstance(last, ast.String) and _METADATA.match(str(last.sval)):
                return True
        if isinstance(n, ast.FuncCall) and not _is_transparent(func_name(n)):
            body = function_body(func_name(n))
            if body and text_reads_user_metadata(body):
                return True
    return False


def text_reads_user_metadata(sql: str) -> bool:
    """Token-level test on SQL source (comments ignored)."""
    try:
        tokens = parser.scan(sql)
    except parser.ParseError:
        return bool(re.search(r"raw_user_meta_data|'user_metadata'", sql))
    for tok in tokens:
        if tok.name in ("IDENT", "SCONST"):
            word = sql[tok.start : tok.end + 1].strip("'\"")
            if _METADATA.match(word):
                return True
    return False
