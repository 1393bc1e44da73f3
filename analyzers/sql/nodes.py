"""Small readers over pglast's syntax tree: qualified names, types, roles and a generic walk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pglast import ast

from analyzers.sql.model import QName, TypeSpec

DEFAULT_SCHEMA = "public"

# PostgreSQL's internal type names for the spellings people write.
_TYPE_ALIASES = {
    "integer": "int4", "int": "int4", "serial": "int4", "serial4": "int4",
    "bigint": "int8", "bigserial": "int8", "serial8": "int8",
    "smallint": "int2", "smallserial": "int2", "serial2": "int2",
    "character varying": "varchar", "character": "bpchar", "char": "bpchar",
    "decimal": "numeric", "boolean": "bool", "real": "float4", "double precision": "float8",
    "timestamp with time zone": "timestamptz", "timestamp without time zone": "timestamp",
    "time with time zone": "timetz", "time without time zone": "time",
}


def qname(rv: Any, default_schema: str = DEFAULT_SCHEMA) -> QName:
    return (str(rv.schemaname or default_schema), str(rv.relname))


def qname_of(names: Any, default_schema: str = DEFAULT_SCHEMA) -> QName:
    """A (schema, name) from a list of String nodes (``public.f`` or ``f``)."""
    parts = [str(n.sval) for n in (names or ()) if isinstance(n, ast.String)]
    if not parts:
        return (default_schema, "")
    return (parts[-2] if len(parts) > 1 else default_schema, parts[-1])


def type_spec(tn: ast.TypeName | None) -> TypeSpec | None:
    if tn is None or not tn.names:
        return None
    name = str(tn.names[-1].sval).lower()
    name = _TYPE_ALIASES.get(name, name)
    mods: list[int] = []
    for mod in tn.typmods or ():
        if isinstance(mod, ast.A_Const) and isinstance(mod.val, ast.Integer):
            mods.append(int(mod.val.ival or 0))
    return TypeSpec(name, tuple(mods), bool(tn.arrayBounds))


def is_serial(tn: ast.TypeName | None) -> bool:
    return bool(tn and tn.names and str(tn.names[-1].sval).lower().endswith("serial"))


def role_name(spec: Any) -> str:
    """A role of a GRANT / policy: ``public``, ``current_user`` or the lower-case name."""
    if isinstance(spec, ast.RoleSpec):
        if spec.rolename:
            return str(spec.rolename).lower()
        kind = getattr(spec.roletype, "name", str(spec.roletype))
        return "public" if kind.endswith("PUBLIC") else kind.removeprefix("ROLESPEC_").lower()
    return str(spec).lower()


def children(node: Any) -> Iterator[ast.Node]:
    """Direct child nodes of a node (attributes that hold nodes or tuples of nodes)."""
    if isinstance(node, (tuple, list)):
        for item in node:
            if isinstance(item, ast.Node):
                yield item
            elif isinstance(item, (tuple, list)):
                yield from children(item)
        return
    if not isinstance(node, ast.Node):
        return
    for attr in getattr(node, "__slots__", ()):
        value = getattr(node, attr, None)
        if isinstance(value, ast.Node):
            yield value
        elif isinstance(value, (tuple, list)):
            yield from children(value)


def walk(node: Any) -> Iterator[ast.Node]:
    """Every node under ``node`` (itself included), depth first."""
    stack = list(children(node)) if isinstance(node, (tuple, list)) else [node]
    while stack:
        current = stack.pop()
        if not isinstance(current, ast.Node):
            continue
        yield current
        stack.extend(reversed(list(children(current))))


def func_name(call: ast.FuncCall) -> str:
    """Dotted lower-case name of a function call (``auth.uid``, ``coalesce``)."""
    return ".".join(str(n.sval).lower() for n in call.funcname or () if isinstance(n, ast.String))


def string_value(node: Any) -> str | None:
    if isinstance(node, ast.A_Const) and isinstance(node.val, ast.String):
        return str(node.val.sval)
    if isinstance(node, ast.TypeCast):
        return string_value(node.arg)
    return None


def def_value(elem: ast.DefElem) -> str:
    """A DefElem's argument as lower-case text (``security_invoker = true`` -> ``true``)."""
    arg = elem.arg
    if arg is None:
        return "true"
    if isinstance(arg, ast.Boolean):
        return "true" if arg.boolval else "false"
    if isinstance(arg, ast.String):
        return str(arg.sval).lower()
    if isinstance(arg, ast.Integer):
        return str(arg.ival)
    return str(arg).lower()


def truthy(text: str) -> bool:
    return text in ("true", "on", "1", "yes", "t", "y")
