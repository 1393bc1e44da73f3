"""The schema a migration history builds: tables, columns, indexes, RLS, policies, grants,
functions and views, each remembering the statement that last shaped it."""

from __future__ import annotations

from dataclasses import dataclass, field

from pglast import ast

QName = tuple[str, str]  # (schema, name)

# Supabase's API roles: what PostgREST switches to for a request.
API_ROLES = frozenset({"anon", "authenticated"})
TABLE_PRIVILEGES = frozenset(
    {"select", "insert", "update", "delete", "truncate", "references", "trigger"}
)


@dataclass(frozen=True, slots=True)
class Ref:
    """Where a statement (or one clause of it) is: file, line, and text to fingerprint."""

    path: str
    line: int
    end_line: int
    anchor: str
    step: int  # position of the file in the history


@dataclass(frozen=True, slots=True)
class TypeSpec:
    name: str  # canonical base name ("varchar", "int4", "numeric", "text")
    mods: tuple[int, ...] = ()
    array: bool = False

    def __str__(self) -> str:
        mods = f"({', '.join(map(str, self.mods))})" if self.mods else ""
        return f"{self.name}{mods}{'[]' if self.array else ''}"


@dataclass
class Column:
    name: str
    type: TypeSpec | None


@dataclass
class ForeignKey:
    name: str | None
    columns: tuple[str, ...]
    target: QName | None
    ref: Ref


@dataclass
class Index:
    name: str | None
    table: QName
    columns: tuple[str | None, ...]  # None for an expression


@dataclass
class Table:
    qname: QName
    created: Ref
    columns: dict[str, Column] = field(default_factory=dict)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    rls: bool = False
    rls_ref: Ref | None = None  # the statement that last switched RLS on or off
    temporary: bool = False
    # API roles that received the schema's default table privileges when the table was created
    default_roles: frozenset[str] = API_ROLES
    # privileges explicitly revoked from API roles
    revoked: dict[str, set[str]] = field(default_factory=dict)
    placeholder: bool = False  # known only from a mention (RLS switched before its create table)


@dataclass
class Policy:
    name: str
    table: QName
    command: str  # all, select, insert, update, delete
    roles: tuple[str, ...]  # lower-case role names; ("public",) when none given
    permissive: bool
    using: ast.Node | None
    check: ast.Node | None
    ref: Ref


@dataclass
class Function:
    qname: QName
    ref: Ref
    definer_ref: Ref | None  # the `security definer` clause; None for security invoker
    search_path: bool  # `set search_path` pinned in its definition
    body: str
    language: str


@dataclass
class View:
    qname: QName
    ref: Ref
    security_invoker: bool
    materialized: bool
    default_roles: frozenset[str] = API_ROLES
    revoked: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class Grant:
    """Privileges a role holds on an object, with the statement that granted each."""

    privileges: dict[str, Ref] = field(default_factory=dict)


@dataclass
class Schema:
    """The database at one point of a history."""

    tables: dict[QName, Table] = field(default_factory=dict)
    views: dict[QName, View] = field(default_factory=dict)
    functions: dict[QName, Function] = field(default_factory=dict)
    indexes: dict[QName, Index] = field(default_factory=dict)  # keyed by (schema, index name)
    policies: dict[tuple[QName, str], Policy] = field(default_factory=dict)
    # (object kind, object, role) -> granted privileges; kinds: table, function, schema
    grants: dict[tuple[str, QName, str], Grant] = field(default_factory=dict)
    # schemas whose default privileges no longer give new tables to these roles
    default_revoked: dict[str, set[str]] = field(default_factory=dict)

    def api_access(self, kind: str, qname: QName, role: str, default_roles: frozenset[str],
                   revoked: dict[str, set[str]]) -> bool:
        """Whether an API role can reach the object: an explicit grant, or Supabase's default
        privileges not revoked since."""
        if self.role_privileges(kind, qname, role):
            return True
        return role in default_roles and not revoked.get(role, set()) >= TABLE_PRIVILEGES

    def relation_exists(self, qname: QName) -> bool:
        return qname in self.tables or qname in self.views

    def policies_on(self, table: QName) -> list[Policy]:
        return [p for (t, _), p in self.policies.items() if t == table]

    def indexes_on(self, table: QName) -> list[Index]:
        return [i for i in self.indexes.values() if i.table == table]

    def role_privileges(self, kind: str, qname: QName, role: str) -> dict[str, Ref]:
        grant = self.grants.get((kind, qname, role))
        return grant.privileges if grant else {}
