"""Replay a history statement by statement into a Schema, judging each migration operation.

Operation checks (index-not-concurrent, not-null-no-default, unsafe-alter-type, fk-not-valid,
drop-column, rename-column) apply to tables that existed before the file ran; a table created in
the same file is empty and safe to change, and schema files (a fresh database) have none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pglast import ast, parser

from analyzers.sql import messages as msg
from analyzers.sql.discovery import History, Kind
from analyzers.sql.model import (
    API_ROLES,
    TABLE_PRIVILEGES,
    Column,
    ForeignKey,
    Function,
    Grant,
    Index,
    Policy,
    QName,
    Ref,
    Schema,
    Table,
    View,
)
from analyzers.sql.nodes import (
    DEFAULT_SCHEMA,
    def_value,
    is_serial,
    qname,
    qname_of,
    role_name,
    truthy,
    type_spec,
)
from analyzers.sql.problems import Problem
from analyzers.sql.rewrites import rewrites
from analyzers.sql.source import EACH_TABLE, ParsedFile, Statement


@dataclass
class _FileState:
    step: int
    parsed: ParsedFile
    migration: bool  # runs against a live database (operation checks apply)
    transactional: bool
    created: set[QName] = field(default_factory=set)
    search_path: str = DEFAULT_SCHEMA
    lines: list[str] = field(default_factory=list)  # the file's lines, for fingerprint anchors


class Replayer:
    """Feeds files of one history, in order, into ``schema``; ``problems`` collects operation
    findings as they happen."""

    def __init__(self, history: History) -> None:
        self.history = history
        self.schema = Schema()
        self.problems: list[Problem] = []
        self._file: _FileState | None = None

    # -- driving -----------------------------------------------------------------------------

    def run(self, step: int, parsed: ParsedFile) -> None:
        migration = self.history.kind is Kind.MIGRATIONS
        transactional = self.history.transactional or parsed.explicit_transaction
        self._file = _FileState(step, parsed, migration, transactional, lines=parsed.text.splitlines())
        for stmt in parsed.statements:
            self._apply(stmt)
        self._file = None

    def _ref(self, stmt: Statement, location: int | None = None) -> Ref:
        assert self._file is not None
        line = stmt.line if location is None else stmt.line_at(location)
        lines = self._file.lines
        anchor = lines[line - 1].strip() if 0 < line <= len(lines) else stmt.first_line_text()
        end = stmt.end_line if location is None else line
        return Ref(stmt.path, line, max(end, line), anchor, self._file.step)

    def _q(self, rv: Any) -> QName:
        assert self._file is not None
        return qname(rv, self._file.search_path)

    def _existing(self, table: QName) -> bool:
        """Operation checks apply: a live migration on a table this file did not create."""
        f = self._file
        assert f is not None
        if not f.migration or table in f.created:
            return False
        known = self.schema.tables.get(table)
        return not (known is not None and known.temporary)

    def _problem(self, category: str, stmt: Statement, message: str, key: tuple[str, ...],
                 fix: str | None = None, location: int | None = None) -> None:
        rule_id, severity = msg.RULES[category]
        self.problems.append(
            Problem(category, rule_id, severity, self._ref(stmt, location), message, key, fix)
        )

    def _targets(self, table: QName) -> list[QName]:
        """The table, or every table of the schema for a ``FOR t IN pg_tables`` loop statement."""
        if table[1] == EACH_TABLE:
            return [t for t in self.schema.tables if t[0] == table[0]]
        return [table]

    # -- dispatch ------------------------------------------------------------------------------

    def _apply(self, stmt: Statement) -> None:
        node = stmt.node
        handler = _HANDLERS.get(type(node))
        if handler is not None:
            handler(self, stmt, node)

    def _set(self, stmt: Statement, node: Any) -> None:  # ast.VariableSetStmt
        if node.name == "search_path" and node.args and self._file is not None:
            first = node.args[0]
            value = first.val.sval if isinstance(first, ast.A_Const) and isinstance(first.val, ast.String) else None
            if value:
                self._file.search_path = str(value).split(",")[0].strip().strip('"') or DEFAULT_SCHEMA

    # -- tables --------------------------------------------------------------------------------

    def _create_table(self, stmt: Statement, node: Any) -> None:  # ast.CreateStmt
        qn = self._q(node.relation)
        if node.if_not_exists and qn in self.schema.tables:
            return
        assert self._file is not None
        self._file.created.add(qn)
        table = Table(
            qn,
            self._ref(stmt),
            temporary=node.relation.relpersistence == "t",
            default_roles=API_ROLES - self.schema.default_revoked.get(qn[0], set()),
        )
        earlier = self.schema.tables.get(qn)
        if earlier is not None and earlier.placeholder:
            # Declarative schema files may switch RLS on in a file that sorts before the table's.
            table.rls, table.rls_ref = earlier.rls, earlier.rls_ref
        self.schema.tables[qn] = table
        for elt in node.tableElts or ():
            if isinstance(elt, ast.ColumnDef):
                self._column(stmt, table, elt)
            elif isinstance(elt, ast.Constraint):
                self._constraint(stmt, table, elt, None)

    def _column(self, stmt: Statement, table: Table, col: Any) -> None:
        name = str(col.colname)
        table.columns[name] = Column(name, type_spec(col.typeName))
        for con in col.constraints or ():
            self._constraint(stmt, table, con, name)

    def _constraint(self, stmt: Statement, table: Table, con: Any, column: str | None) -> None:
        kind = getattr(con.contype, "name", "")
        if kind == "CONSTR_FOREIGN":
            cols = tuple(str(a.sval) for a in con.fk_attrs or ()) or ((column,) if column else ())
            target = self._q(con.pktable) if con.pktable is not None else None
            table.foreign_keys.append(ForeignKey(con.conname, cols, target, self._ref(stmt, con.location)))
        elif kind in ("CONSTR_PRIMARY", "CONSTR_UNIQUE", "CONSTR_EXCLUSION"):
            cols = tuple(str(k.sval) for k in con.keys or ()) or ((column,) if column else ())
            if con.indexname and not cols:
                return  # `add constraint ... using index`: the index is already modelled
            suffix = "pkey" if kind == "CONSTR_PRIMARY" else "key"
            name = con.conname or f"{table.qname[1]}_{'_'.join(cols)}_{suffix}"
            self.schema.indexes[(table.qname[0], name)] = Index(name, table.qname, tuple(cols))

    def _alter_table(self, stmt: Statement, node: Any) -> None:  # ast.AlterTableStmt
        qn = self._q(node.relation)
        objtype = getattr(node.objtype, "name", "")
        if objtype in ("OBJECT_VIEW", "OBJECT_MATVIEW") or qn in self.schema.views:
            self._alter_view(stmt, qn, node)
            return
        cmds = list(node.cmds or ())
        starts = _command_starts(stmt)
        locations: list[int | None] = list(starts) if len(starts) == len(cmds) else [None] * len(cmds)
        for target in self._targets(qn):
            table = self.schema.tables.get(target)
            for cmd, location in zip(cmds, locations, strict=True):
                self._alter_cmd(stmt, target, table, cmd, location)

    def _alter_cmd(self, stmt: Statement, qn: QName, table: Table | None, cmd: Any,
                   at: int | None = None) -> None:
        sub = getattr(cmd.subtype, "name", "")
        existing = self._existing(qn)
        label = _label(qn)
        if sub in ("AT_EnableRowSecurity", "AT_DisableRowSecurity"):
            if table is None:
                table = self._placeholder(stmt, qn)
            table.rls = sub == "AT_EnableRowSecurity"
            table.rls_ref = self._ref(stmt)
        elif sub == "AT_AddColumn" and isinstance(cmd.def_, ast.ColumnDef):
            col = cmd.def_
            if existing:
                self._check_add_column(stmt, qn, col, at)
            if table is not None:
                self._column(stmt, table, col)
        elif sub == "AT_DropColumn":
            if existing:
                self._problem("drop-column", stmt, msg.drop_column(label, str(cmd.name)),
                              ("drop-column", label, str(cmd.name)), location=at)
            if table is not None:
                self._forget_column(table, str(cmd.name))
        elif sub == "AT_AlterColumnType" and isinstance(cmd.def_, ast.ColumnDef):
            new = type_spec(cmd.def_.typeName)
            old_col = table.columns.get(str(cmd.name)) if table else None
            old = old_col.type if old_col else None
            trivial = cmd.def_.raw_default is None or _trivial_using(cmd.def_.raw_default, str(cmd.name))
            if existing and rewrites(old, new, using_trivial=trivial):
                self._problem("unsafe-alter-type", stmt,
                              msg.alter_type(label, str(cmd.name), old, new),
                              ("unsafe-alter-type", label, str(cmd.name)), location=at)
            if old_col is not None:
                old_col.type = new
        elif sub == "AT_AddConstraint" and isinstance(cmd.def_, ast.Constraint):
            con = cmd.def_
            if existing and getattr(con.contype, "name", "") == "CONSTR_FOREIGN" and not con.skip_validation:
                cols = ", ".join(str(a.sval) for a in con.fk_attrs or ())
                self._problem("fk-not-valid", stmt, msg.fk_not_valid(label, cols),
                              ("fk-not-valid", label, cols), fix=_add_not_valid(stmt), location=at)
            if table is not None:
                self._constraint(stmt, table, con, None)
        elif sub == "AT_DropConstraint" and table is not None:
            name = str(cmd.name)
            table.foreign_keys = [fk for fk in table.foreign_keys if fk.name != name]
            self.schema.indexes.pop((qn[0], name), None)

    def _check_add_column(self, stmt: Statement, qn: QName, col: Any, at: int | None) -> None:
        kinds = {getattr(c.contype, "name", "") for c in col.constraints or ()}
        not_null = col.is_not_null or "CONSTR_NOTNULL" in kinds or "CONSTR_PRIMARY" in kinds
        filled = (
            "CONSTR_DEFAULT" in kinds or "CONSTR_IDENTITY" in kinds or "CONSTR_GENERATED" in kinds
            or is_serial(col.typeName) or col.raw_default is not None
        )
        label = _label(qn)
        if not_null and not filled:
            self._problem("not-null-no-default", stmt, msg.not_null(label, str(col.colname)),
                          ("not-null-no-default", label, str(col.colname)), location=at)
        for con in col.constraints or ():
            if getattr(con.contype, "name", "") == "CONSTR_FOREIGN":
                self._problem("fk-not-valid", stmt, msg.fk_not_valid(label, str(col.colname)),
                              ("fk-not-valid", label, str(col.colname)), location=con.location)

    def _forget_column(self, table: Table, column: str) -> None:
        table.columns.pop(column, None)
        table.foreign_keys = [fk for fk in table.foreign_keys if column not in fk.columns]
        for key, index in list(self.schema.indexes.items()):
            if index.table == table.qname and column in index.columns:
                del self.schema.indexes[key]

    def _placeholder(self, stmt: Statement, qn: QName) -> Table:
        """A table the history uses but never creates (made by the platform or a schema file
        replayed out of order): modelled from its first mention."""
        table = Table(qn, self._ref(stmt), placeholder=True)
        self.schema.tables[qn] = table
        return table

    def _rename(self, stmt: Statement, node: Any) -> None:  # ast.RenameStmt
        kind = getattr(node.renameType, "name", "")
        if kind == "OBJECT_COLUMN" and node.relation is not None:
            qn = self._q(node.relation)
            old, new = str(node.subname), str(node.newname)
            if self._existing(qn) and getattr(node.relationType, "name", "") == "OBJECT_TABLE":
                label = _label(qn)
                self._problem("rename-column", stmt, msg.rename_column(label, old, new),
                              ("rename-column", label, old))
            table = self.schema.tables.get(qn)
            if table is not None:
                if old in table.columns:
                    table.columns[new] = table.columns.pop(old)
                    table.columns[new].name = new
                for fk in table.foreign_keys:
                    fk.columns = tuple(new if c == old else c for c in fk.columns)
                for index in self.schema.indexes_on(qn):
                    index.columns = tuple(new if c == old else c for c in index.columns)
        elif kind in ("OBJECT_TABLE", "OBJECT_VIEW") and node.relation is not None:
            self._rename_relation(self._q(node.relation), str(node.newname))
        elif kind == "OBJECT_POLICY" and node.relation is not None:
            qn = self._q(node.relation)
            policy = self.schema.policies.pop((qn, str(node.subname)), None)
            if policy is not None:
                policy.name = str(node.newname)
                self.schema.policies[(qn, policy.name)] = policy

    def _rename_relation(self, old: QName, new_name: str) -> None:
        new = (old[0], new_name)
        if old in self.schema.tables:
            table = self.schema.tables.pop(old)
            table.qname = new
            self.schema.tables[new] = table
        if old in self.schema.views:
            view = self.schema.views.pop(old)
            view.qname = new
            self.schema.views[new] = view
        for (table_name, policy_name), policy in list(self.schema.policies.items()):
            if table_name == old:
                del self.schema.policies[(table_name, policy_name)]
                policy.table = new
                self.schema.policies[(new, policy_name)] = policy
        for index in self.schema.indexes.values():
            if index.table == old:
                index.table = new
        for (kind, obj, role), granted in list(self.schema.grants.items()):
            if obj == old:
                del self.schema.grants[(kind, obj, role)]
                self.schema.grants[(kind, new, role)] = granted

    # -- indexes -------------------------------------------------------------------------------

    def _create_index(self, stmt: Statement, node: Any) -> None:  # ast.IndexStmt
        qn = self._q(node.relation)
        assert self._file is not None
        cols: list[str | None] = []
        for elem in node.indexParams or ():
            cols.append(str(elem.name) if isinstance(elem, ast.IndexElem) and elem.name else None)
        name = node.idxname or f"{qn[1]}_{'_'.join(c or 'expr' for c in cols)}_idx"
        key = (qn[0], str(name))
        if node.if_not_exists and key in self.schema.indexes:
            return
        label = _label(qn)
        if node.concurrent and self._file.transactional:
            self._problem("migration-error", stmt, msg.concurrent_in_transaction(self.history.tool == "supabase"),
                          ("concurrent-in-transaction", label, str(name)))
        elif not node.concurrent and self._existing(qn):
            fix = None if self._file.transactional else _add_concurrently(stmt)
            self._problem("index-not-concurrent", stmt,
                          msg.index_not_concurrent(label, self._file.transactional),
                          ("index-not-concurrent", label, str(name)), fix=fix)
        self.schema.indexes[key] = Index(str(name), qn, tuple(cols))

    # -- drops ---------------------------------------------------------------------------------

    def _drop(self, stmt: Statement, node: Any) -> None:  # ast.DropStmt
        kind = getattr(node.removeType, "name", "")
        assert self._file is not None
        default = self._file.search_path
        for obj in node.objects or ():
            if kind in ("OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_FOREIGN_TABLE"):
                qn = qname_of(obj, default)
                self.schema.tables.pop(qn, None)
                self.schema.views.pop(qn, None)
                for policy_key in [k for k in self.schema.policies if k[0] == qn]:
                    del self.schema.policies[policy_key]
                for index_key in [k for k, i in self.schema.indexes.items() if i.table == qn]:
                    del self.schema.indexes[index_key]
                for grant_key in [k for k in self.schema.grants if k[1] == qn and k[0] == "table"]:
                    del self.schema.grants[grant_key]
            elif kind == "OBJECT_INDEX":
                self.schema.indexes.pop(qname_of(obj, default), None)
            elif kind == "OBJECT_POLICY":
                parts = [str(p.sval) for p in obj if isinstance(p, ast.String)]
                if len(parts) >= 2:
                    table = qname_of(tuple(ast.String(sval=p) for p in parts[:-1]), default)
                    self.schema.policies.pop((table, parts[-1]), None)
            elif kind in ("OBJECT_FUNCTION", "OBJECT_PROCEDURE", "OBJECT_ROUTINE"):
                names = obj.objname if isinstance(obj, ast.ObjectWithArgs) else obj
                self.schema.functions.pop(qname_of(names, default), None)

    # -- policies ------------------------------------------------------------------------------

    def _create_policy(self, stmt: Statement, node: Any) -> None:  # ast.CreatePolicyStmt
        qn = self._q(node.table)
        roles = tuple(role_name(r) for r in node.roles or ()) or ("public",)
        for target in self._targets(qn):
            self.schema.policies[(target, str(node.policy_name))] = Policy(
                str(node.policy_name), target, str(node.cmd_name or "all").lower(), roles,
                bool(node.permissive), node.qual, node.with_check, self._ref(stmt),
            )

    def _alter_policy(self, stmt: Statement, node: Any) -> None:  # ast.AlterPolicyStmt
        policy = self.schema.policies.get((self._q(node.table), str(node.policy_name)))
        if policy is None:
            return
        if node.roles:
            policy.roles = tuple(role_name(r) for r in node.roles)
        if node.qual is not None or node.with_check is not None:
            policy.using = node.qual if node.qual is not None else policy.using
            policy.check = node.with_check if node.with_check is not None else policy.check
            policy.ref = self._ref(stmt)

    # -- functions and views -------------------------------------------------------------------

    def _create_function(self, stmt: Statement, node: Any) -> None:  # ast.CreateFunctionStmt
        assert self._file is not None
        qn = qname_of(node.funcname, self._file.search_path)
        definer, pinned, body, language = False, False, "", "sql"
        for opt in node.options or ():
            if opt.defname == "security":
                definer = truthy(def_value(opt))
            elif opt.defname == "set" and _sets_search_path(opt.arg):
                pinned = True
            elif opt.defname == "as" and opt.arg:
                body = " ".join(str(a.sval) for a in opt.arg if isinstance(a, ast.String))
            elif opt.defname == "language":
                language = def_value(opt)
        if node.sql_body is not None:
            body = stmt.text
        self.schema.functions[qn] = Function(
            qn, self._ref(stmt), self._definer_ref(stmt) if definer else None, pinned, body, language
        )

    def _definer_ref(self, stmt: Statement) -> Ref:
        """The line of the ``security definer`` keywords (the clause a reviewer comments on)."""
        try:
            tokens = parser.scan(stmt.text)
        except parser.ParseError:
            return self._ref(stmt)
        for first, second in itertools.pairwise(tokens):
            if first.name == "SECURITY" and second.name == "DEFINER":
                return self._ref(stmt, stmt.start + first.start)
        return self._ref(stmt)

    def _alter_function(self, stmt: Statement, node: Any) -> None:  # ast.AlterFunctionStmt
        assert self._file is not None
        fn = self.schema.functions.get(qname_of(node.func.objname, self._file.search_path))
        if fn is None:
            return
        for action in node.actions or ():
            if action.defname == "security":
                fn.definer_ref = self._ref(stmt) if truthy(def_value(action)) else None
            elif action.defname in ("set", "reset") and _sets_search_path(action.arg):
                kind = getattr(action.arg.kind, "name", "")
                fn.search_path = kind not in ("VAR_RESET", "VAR_RESET_ALL")

    def _create_view(self, stmt: Statement, node: Any) -> None:  # ast.ViewStmt
        qn = self._q(node.view)
        invoker = any(o.defname == "security_invoker" and truthy(def_value(o)) for o in node.options or ())
        self.schema.views[qn] = View(
            qn, self._ref(stmt), invoker, materialized=False,
            default_roles=API_ROLES - self.schema.default_revoked.get(qn[0], set()),
        )

    def _create_table_as(self, stmt: Statement, node: Any) -> None:  # ast.CreateTableAsStmt
        qn = self._q(node.into.rel)
        if getattr(node.objtype, "name", "") == "OBJECT_MATVIEW":
            self.schema.views[qn] = View(qn, self._ref(stmt), False, materialized=True)
            return
        if node.if_not_exists and qn in self.schema.tables:
            return
        assert self._file is not None
        self._file.created.add(qn)
        self.schema.tables[qn] = Table(
            qn, self._ref(stmt), temporary=node.into.rel.relpersistence == "t",
            default_roles=API_ROLES - self.schema.default_revoked.get(qn[0], set()),
        )

    def _alter_view(self, stmt: Statement, qn: QName, node: Any) -> None:  # ast.AlterTableStmt
        view = self.schema.views.get(qn)
        if view is None:
            return
        for cmd in node.cmds or ():
            for opt in cmd.def_ or () if isinstance(cmd.def_, tuple) else ():
                if isinstance(opt, ast.DefElem) and opt.defname == "security_invoker":
                    sub = getattr(cmd.subtype, "name", "")
                    view.security_invoker = sub == "AT_SetRelOptions" and truthy(def_value(opt))
                    view.ref = view.ref if view.security_invoker else self._ref(stmt)

    # -- privileges ----------------------------------------------------------------------------

    def _grant(self, stmt: Statement, node: Any) -> None:  # ast.GrantStmt
        objtype = getattr(node.objtype, "name", "")
        kind = {"OBJECT_TABLE": "table", "OBJECT_FUNCTION": "function", "OBJECT_ROUTINE": "function",
                "OBJECT_PROCEDURE": "function", "OBJECT_SCHEMA": "schema"}.get(objtype)
        if kind is None:
            return
        assert self._file is not None
        objects = self._grant_objects(kind, node)
        roles = [role_name(g) for g in node.grantees or ()]
        privileges = (
            {str(p.priv_name).lower() for p in node.privileges if p.priv_name}
            if node.privileges else {"all"}
        )
        if "all" in privileges:
            privileges = set(_ALL_PRIVILEGES[kind])
        ref = self._ref(stmt)
        for obj in objects:
            for role in roles:
                key = (kind, obj, role)
                if node.is_grant:
                    grant = self.schema.grants.setdefault(key, Grant())
                    for priv in privileges:
                        grant.privileges[priv] = ref
                else:
                    held = self.schema.grants.get(key)
                    if held is not None:
                        for priv in list(held.privileges):
                            if priv in privileges:
                                del held.privileges[priv]
                    relation = self.schema.tables.get(obj) or self.schema.views.get(obj)
                    if kind == "table" and relation is not None:
                        relation.revoked.setdefault(role, set()).update(privileges)

    def _grant_objects(self, kind: str, node: Any) -> list[QName]:
        assert self._file is not None
        default = self._file.search_path
        target = getattr(node.targtype, "name", "")
        if target == "ACL_TARGET_ALL_IN_SCHEMA":
            schemas = {str(s.sval) for s in node.objects or () if isinstance(s, ast.String)}
            if kind == "table":
                return [q for q in [*self.schema.tables, *self.schema.views] if q[0] in schemas]
            if kind == "function":
                return [q for q in self.schema.functions if q[0] in schemas]
            return []
        out: list[QName] = []
        for obj in node.objects or ():
            if isinstance(obj, ast.RangeVar):
                out.extend(self._targets(qname(obj, default)))
            elif isinstance(obj, ast.ObjectWithArgs):
                out.append(qname_of(obj.objname, default))
            elif isinstance(obj, ast.String):
                out.append((str(obj.sval), ""))
        return out

    def _default_privileges(self, stmt: Statement, node: Any) -> None:  # ast.AlterDefaultPrivilegesStmt
        action = node.action
        if getattr(action.objtype, "name", "") != "OBJECT_TABLE":
            return
        schemas: list[str] = []
        for opt in node.options or ():
            if opt.defname == "schemas":
                schemas.extend(str(s.sval) for s in opt.arg or () if isinstance(s, ast.String))
        roles = {role_name(g) for g in action.grantees or ()} & API_ROLES
        for schema in schemas or [DEFAULT_SCHEMA]:
            current = self.schema.default_revoked.setdefault(schema, set())
            if action.is_grant:
                current.difference_update(roles)
            elif not action.privileges or {str(p.priv_name).lower() for p in action.privileges} >= {"select"}:
                current.update(roles)


# What `all [privileges]` means for each kind of object.
_ALL_PRIVILEGES = {
    "table": TABLE_PRIVILEGES,
    "function": frozenset({"execute"}),
    "schema": frozenset({"usage", "create"}),
}


def _label(qn: QName) -> str:
    return qn[1] if qn[0] == DEFAULT_SCHEMA else f"{qn[0]}.{qn[1]}"


def _sets_search_path(arg: object) -> bool:
    return isinstance(arg, ast.VariableSetStmt) and arg.name == "search_path"


def _trivial_using(expr: Any, column: str) -> bool:
    """``USING col`` or ``USING col::newtype``: no value changes beyond the cast itself."""
    while isinstance(expr, ast.TypeCast):
        expr = expr.arg
    fields: Any = expr.fields if isinstance(expr, ast.ColumnRef) else None
    return bool(fields) and getattr(fields[-1], "sval", None) == column


# First keywords of an ALTER TABLE sub-command (scanner token names).
_COMMAND_KEYWORDS = frozenset(
    {"ADD_P", "DROP", "ALTER", "RENAME", "ENABLE_P", "DISABLE_P", "VALIDATE", "SET", "OWNER",
     "FORCE", "NO", "RESET", "INHERIT", "CLUSTER", "REPLICA", "ATTACH", "DETACH", "OF", "NOT"}
)


def _command_starts(stmt: Statement) -> list[int]:
    """Offsets (into ``stmt.src``) where each sub-command of an ALTER TABLE starts, so a finding
    on the third ``add column`` of one statement points at that line."""
    try:
        tokens = parser.scan(stmt.text)
    except parser.ParseError:
        return []
    starts: list[int] = []
    depth = 0
    for i, tok in enumerate(tokens):
        if tok.name == "ASCII_40":
            depth += 1
        elif tok.name == "ASCII_41":
            depth -= 1
        elif not starts and i >= 3 and tok.name in _COMMAND_KEYWORDS:
            starts.append(stmt.start + tok.start)
        elif starts and depth == 0 and tok.name == "ASCII_44" and i + 1 < len(tokens):
            starts.append(stmt.start + tokens[i + 1].start)
    return starts


_CREATE_INDEX = re.compile(r"^(\s*create\s+(?:unique\s+)?index)(\s+)(?!concurrently\b)", re.I)
_STATEMENT_END = re.compile(r"^(?P<body>.*?)\s*;(?P<rest>\s*(?:--.*)?)$")


def _whole_line(stmt: Statement) -> str | None:
    """The file line holding a one-line statement (a suggestion replaces whole lines), or None
    when the statement spans lines, shares its line, or sits inside a DO block."""
    if stmt.in_block or stmt.line != stmt.end_line:
        return None
    lines = stmt.src.splitlines()
    offset = stmt.line - stmt.src_line
    line = lines[offset] if 0 <= offset < len(lines) else ""
    if line.strip().rstrip(";").strip() != stmt.first_line_text().rstrip(";").strip():
        return None
    return line


def _add_concurrently(stmt: Statement) -> str | None:
    """The line rewritten with ``concurrently`` (a review suggestion)."""
    line = _whole_line(stmt)
    if line is None:
        return None
    fixed, count = _CREATE_INDEX.subn(r"\1 concurrently\2", line, count=1)
    return fixed if count else None


def _add_not_valid(stmt: Statement) -> str | None:
    """``... not valid;`` plus the validate step to run in a later migration."""
    line = _whole_line(stmt)
    m = _STATEMENT_END.match(line or "")
    if m is None or not m.group("body").strip().lower().startswith("alter table"):
        return None
    body = m.group("body")
    indent = body[: len(body) - len(body.lstrip())]
    return f"{body} not valid;{m.group('rest')}\n{indent}{_validate_hint(body.strip())}"


def _validate_hint(body: str) -> str:
    m = re.match(r"alter\s+table\s+(?:only\s+)?(?:if\s+exists\s+)?(\S+)\s+add\s+constraint\s+(\S+)", body, re.I)
    if not m:
        return "-- then, in a later migration: alter table ... validate constraint ...;"
    return f"-- then, in a later migration: alter table {m.group(1)} validate constraint {m.group(2)};"


_HANDLERS: dict[type, Callable[[Replayer, Statement, Any], None]] = {
    ast.CreateStmt: Replayer._create_table,
    ast.AlterTableStmt: Replayer._alter_table,
    ast.RenameStmt: Replayer._rename,
    ast.IndexStmt: Replayer._create_index,
    ast.DropStmt: Replayer._drop,
    ast.CreatePolicyStmt: Replayer._create_policy,
    ast.AlterPolicyStmt: Replayer._alter_policy,
    ast.CreateFunctionStmt: Replayer._create_function,
    ast.AlterFunctionStmt: Replayer._alter_function,
    ast.ViewStmt: Replayer._create_view,
    ast.CreateTableAsStmt: Replayer._create_table_as,
    ast.GrantStmt: Replayer._grant,
    ast.AlterDefaultPrivilegesStmt: Replayer._default_privileges,
    ast.VariableSetStmt: Replayer._set,
}
