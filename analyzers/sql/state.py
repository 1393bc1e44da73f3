"""Judge the end state of a history: row-level security, policies, definer functions and
views, anonymous grants and unindexed foreign keys, each pinned to the statement that caused it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from analyzers.sql import messages as msg
from analyzers.sql.model import API_ROLES, Policy, Ref, Schema, Table
from analyzers.sql.predicates import reads_user_metadata, restricts
from analyzers.sql.problems import Problem

# Roles that bypass RLS or run the platform: a policy only for them exposes nothing.
_PRIVILEGED_ROLES = frozenset(
    {"service_role", "postgres", "supabase_admin", "supabase_auth_admin", "supabase_storage_admin",
     "dashboard_user", "pgbouncer"}
)
_WRITE_COMMANDS = ("insert", "update", "delete", "all")


@dataclass(frozen=True, slots=True)
class Context:
    supabase: bool  # the database is served by Supabase's API (anon / authenticated roles)
    exposed: frozenset[str]  # schemas the API serves


def judge(schema: Schema, ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    problems.extend(_tables(schema, ctx))
    problems.extend(_policies(schema))
    problems.extend(_definers(schema, ctx))
    problems.extend(_anon_grants(schema, ctx))
    problems.extend(_foreign_keys(schema))
    return problems


def _label(qname: tuple[str, str]) -> str:
    return qname[1] if qname[0] == "public" else f"{qname[0]}.{qname[1]}"


def _problem(category: str, ref: Ref, message: str, key: tuple[str, ...]) -> Problem:
    rule_id, severity = msg.RULES[category]
    return Problem(category, rule_id, severity, ref, message, key)


def _reachable(schema: Schema, kind: str, table: Table | None, qname: tuple[str, str]) -> bool:
    """An API role still holds some privilege on the relation."""
    if table is None:
        return True
    return any(
        schema.api_access(kind, qname, role, table.default_roles, table.revoked) for role in API_ROLES
    )


def _tables(schema: Schema, ctx: Context) -> Iterator[Problem]:
    if not ctx.supabase:
        return
    for qname, table in schema.tables.items():
        if qname[0] not in ctx.exposed or table.temporary or not _reachable(schema, "table", table, qname):
            continue
        label = _label(qname)
        if not table.rls:
            disabled = table.rls_ref is not None
            ref = table.rls_ref if table.rls_ref is not None else table.created
            text = msg.rls_disabled(label) if disabled else msg.rls_missing(label, qname[0])
            yield _problem("rls-missing", ref, text, ("rls-missing", label))
        elif not schema.policies_on(qname) and table.rls_ref is not None:
            yield _problem("rls-no-policy", table.rls_ref, msg.rls_no_policy(label), ("rls-no-policy", label))


def _unrestricted(policy: Policy) -> bool:
    """Some row the policy lets an API caller write is not tied to that caller. For UPDATE and
    ALL both the rows it opens (``using``) and the rows it accepts (``with check``, which falls
    back to ``using``) count: ``with check (true)`` lets a user hand a row to anyone."""
    if policy.command == "insert":
        return not restricts(policy.check)
    if policy.command == "delete":
        return not restricts(policy.using)
    opened = policy.using if policy.using is not None else policy.check
    accepted = policy.check if policy.check is not None else policy.using
    return not restricts(opened) or not restricts(accepted)


def _policies(schema: Schema) -> Iterator[Problem]:
    def body(name: str) -> str | None:
        parts = name.split(".")
        key = (parts[-2] if len(parts) > 1 else "public", parts[-1])
        fn = schema.functions.get(key)
        return fn.body if fn else None

    for policy in schema.policies.values():
        label = _label(policy.table)
        if set(policy.roles) <= _PRIVILEGED_ROLES:
            continue
        if reads_user_metadata(policy.using, body) or reads_user_metadata(policy.check, body):
            yield _problem("rls-user-metadata", policy.ref, msg.user_metadata(policy.name, label),
                           ("rls-user-metadata", label, policy.name))
            continue
        if not policy.permissive or policy.command not in _WRITE_COMMANDS:
            continue
        if _unrestricted(policy):
            roles = ", ".join(r for r in policy.roles) if policy.roles != ("public",) else "everyone"
            command = "write" if policy.command == "all" else policy.command
            yield _problem("rls-permissive-policy", policy.ref,
                           msg.permissive(policy.name, label, command, roles),
                           ("rls-permissive-policy", label, policy.name))


def _definers(schema: Schema, ctx: Context) -> Iterator[Problem]:
    for qname, fn in schema.functions.items():
        if fn.definer_ref is not None and not fn.search_path:
            label = _label(qname)
            yield _problem("security-definer", fn.definer_ref, msg.definer_function(label),
                           ("security-definer", "function", label))
    if not ctx.supabase:
        return
    for qname, view in schema.views.items():
        if view.materialized or view.security_invoker or qname[0] not in ctx.exposed:
            continue
        reachable = any(
            schema.api_access("table", qname, role, view.default_roles, view.revoked) for role in API_ROLES
        )
        if reachable:
            label = _label(qname)
            yield _problem("security-definer", view.ref, msg.definer_view(label),
                           ("security-definer", "view", label))


def _anon_grants(schema: Schema, ctx: Context) -> Iterator[Problem]:
    if not ctx.supabase:
        return
    for (kind, qname, role), grant in schema.grants.items():
        if role != "anon" or not grant.privileges or qname[0] not in ctx.exposed:
            continue
        what = ""
        if kind == "table" and qname in schema.tables and not schema.tables[qname].rls:
            what = "the table without row-level security"
        elif kind == "table" and qname in schema.views:
            view = schema.views[qname]
            if view.materialized:
                what = "the materialized view"
            elif not view.security_invoker:
                what = "the view that bypasses row-level security"
        elif kind == "function" and qname in schema.functions and schema.functions[qname].definer_ref:
            what = "the security definer function"
        if not what:
            continue
        by_ref: dict[Ref, list[str]] = {}
        for privilege, ref in grant.privileges.items():
            by_ref.setdefault(ref, []).append(privilege)
        for ref, privileges in by_ref.items():
            label = _label(qname)
            text = msg.anon_grant(what, label, ", ".join(sorted(privileges)).upper())
            yield _problem("anon-grant", ref, text, ("anon-grant", kind, label))


def _foreign_keys(schema: Schema) -> Iterator[Problem]:
    for qname, table in schema.tables.items():
        if table.temporary:
            continue
        indexes = schema.indexes_on(qname)
        for fk in table.foreign_keys:
            if not fk.columns:
                continue
            width = len(fk.columns)
            if any(set(i.columns[:width]) == set(fk.columns) for i in indexes if len(i.columns) >= width):
                continue
            label = _label(qname)
            cols = ", ".join(fk.columns)
            yield _problem("fk-unindexed", fk.ref, msg.fk_unindexed(label, cols),
                           ("fk-unindexed", label, cols))
