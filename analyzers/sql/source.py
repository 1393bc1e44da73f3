"""SQL text to statements with file lines: pglast for the grammar, PL/pgSQL for ``DO`` blocks.

Every statement knows the string its node locations index into (``src``) and the file line of that
string's first character, so a finding can point at the exact line of a clause (a ``references``
column, a ``security definer`` keyword), also for statements found inside a ``DO $$ ... $$`` block.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pglast
from pglast import ast, parser


@dataclass(frozen=True, slots=True)
class ParseProblem:
    path: str
    line: int
    message: str


class LineIndex:
    """Char offset to line number for one string, built once (bisect over line starts)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        """1-based line holding ``offset`` (relative to the indexed string)."""
        return bisect.bisect_right(self._starts, max(offset, 0))


@dataclass(frozen=True, slots=True)
class Statement:
    """One SQL statement of a file. ``node`` locations index into ``src``; ``src_line`` is the file
    line of ``src[0]``; ``start``/``end`` bound the statement inside ``src``."""

    node: Any  # a pglast ast node (its optional-typed attributes are set by the grammar)
    path: str
    src: str
    src_line: int
    start: int
    end: int
    index: LineIndex = field(compare=False, repr=False)
    in_block: bool = False  # came from a DO block or an EXECUTE string

    @property
    def text(self) -> str:
        return self.src[self.start : self.end]

    @property
    def line(self) -> int:
        """File line of the statement's first token (comments and blank lines before it skipped)."""
        return self.line_at(self.start + _leading_trivia(self.text))

    @property
    def end_line(self) -> int:
        return self.line_at(max(self.end - 1, self.start))

    def line_at(self, location: int | None) -> int:
        """File line of a node location (offset into ``src``); the statement line when unknown."""
        if location is None or location < 0:
            return self.line_at(self.start + _leading_trivia(self.text))
        return self.src_line + self.index.line(location) - 1

    def first_line_text(self) -> str:
        body = self.text[_leading_trivia(self.text) :]
        return body.split("\n", 1)[0].strip()


_TRIVIA = re.compile(r"(?:\s+|--[^\n]*|/\*.*?\*/)*", re.S)


def _leading_trivia(text: str) -> int:
    m = _TRIVIA.match(text)
    return m.end() if m else 0


@dataclass
class ParsedFile:
    path: str
    text: str
    statements: list[Statement]
    problems: list[ParseProblem]
    explicit_transaction: bool = False  # BEGIN ... COMMIT around the statements (Django sqlmigrate)


# Migration tools that keep "up" and "down" in one file (dbmate, goose, sql-migrate): only the part
# before the down marker runs when migrating forward.
_DOWN_MARKER = re.compile(r"^[ \t]*--[ \t]*(?:migrate:down|\+goose[ \t]+down|\+migrate[ \t]+down)\b.*$", re.I | re.M)


def up_section(text: str) -> str:
    """The text that runs when migrating forward (line numbers unchanged)."""
    m = _DOWN_MARKER.search(text)
    return text[: m.start()] if m else text


def parse_file(path: str, text: str) -> ParsedFile:
    """Parse a whole file; on a syntax error, parse statement by statement and keep the rest."""
    text = up_section(text)
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # a byte-order mark is not SQL; a space keeps every offset
    index = LineIndex(text)
    problems: list[ParseProblem] = []
    try:
        raws = pglast.parse_sql(text)
        top = [
            Statement(raw.stmt, path, text, 1, int(raw.stmt_location or 0), _end(raw, text), index)
            for raw in raws
        ]
    except parser.ParseError:
        top = []
        for start, end in _chunks(text):
            chunk = text[start:end]
            try:
                raws = pglast.parse_sql(chunk)
            except parser.ParseError as exc:
                where = index.line(start + _leading_trivia(chunk))
                problems.append(ParseProblem(path, where, f"PostgreSQL cannot parse this statement: {exc.args[0]}"))
                continue
            sub = LineIndex(chunk)
            first = index.line(start)
            top.extend(
                Statement(raw.stmt, path, chunk, first, int(raw.stmt_location or 0), _end(raw, chunk), sub)
                for raw in raws
            )
    statements: list[Statement] = []
    for stmt in top:
        statements.append(stmt)
        if isinstance(stmt.node, ast.DoStmt):
            statements.extend(expand_do(stmt))
    explicit = any(isinstance(s.node, ast.TransactionStmt) for s in top)
    return ParsedFile(path, text, statements, problems, explicit)


def _end(raw: Any, src: str) -> int:
    return int(raw.stmt_location or 0) + int(raw.stmt_len) if raw.stmt_len else len(src)


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """Statement spans cut at top-level semicolons by PostgreSQL's own scanner."""
    try:
        tokens = parser.scan(text)
    except parser.ParseError:
        yield 0, len(text)
        return
    start = 0
    for tok in tokens:
        if tok.name == "ASCII_59":
            yield start, tok.start
            start = tok.end + 1
    if text[start:].strip() and _TRIVIA.fullmatch(text[start:]) is None:
        yield start, len(text)


# --- DO blocks -------------------------------------------------------------------------------


def do_body(stmt: Statement) -> tuple[str, int] | None:
    """The PL/pgSQL source of a DO statement and its offset in ``stmt.src``."""
    node = stmt.node
    assert isinstance(node, ast.DoStmt)
    lang = "plpgsql"
    body: str | None = None
    for arg in node.args or ():
        if arg.defname == "language":
            lang = str(arg.arg.sval).lower()
        elif arg.defname == "as":
            body = str(arg.arg.sval)
    if body is None or lang != "plpgsql":
        return None
    found = stmt.src.find(body, stmt.start, stmt.end)
    return body, (found if found >= 0 else stmt.start)


def expand_do(stmt: Statement) -> list[Statement]:
    """The SQL statements a DO block runs: static ones, and EXECUTE of literal strings."""
    found = do_body(stmt)
    if found is None:
        return []
    body, offset = found
    try:
        tree = json.loads(parser.parse_plpgsql_json(f"DO $rescue$ {body} $rescue$"))
    except (parser.ParseError, ValueError):
        return []
    body_line = stmt.line_at(offset)
    out: list[Statement] = []
    for kind, lineno, query, loop in _plpgsql_statements(tree):
        line = body_line + max(lineno, 1) - 1
        if kind == "sql":
            out.extend(_inner(query, stmt.path, line))
        elif kind == "dynamic" and loop is None:
            literal = _string_literal(query)
            if literal is not None:
                out.extend(_inner(literal, stmt.path, line))
        elif kind == "dynamic" and loop is not None:
            out.extend(_loop_statement(query, loop, stmt.path, line))
    return out


def _inner(sql: str, path: str, line: int) -> list[Statement]:
    try:
        raws = pglast.parse_sql(sql)
    except parser.ParseError:
        return []  # a fragment PL/pgSQL accepts but that is not a whole statement (INTO, variables)
    index = LineIndex(sql)
    return [
        Statement(
            raw.stmt, path, sql, line, int(raw.stmt_location or 0), _end(raw, sql), index, in_block=True
        )
        for raw in raws
    ]


def _plpgsql_statements(tree: Any, loop: str | None = None) -> Iterator[tuple[str, int, str, str | None]]:
    """(kind, lineno, query, loop query) for every SQL or EXECUTE statement, in order."""
    if isinstance(tree, list):
        for item in tree:
            yield from _plpgsql_statements(item, loop)
        return
    if not isinstance(tree, dict):
        return
    for key, value in tree.items():
        if key == "PLpgSQL_stmt_execsql":
            yield "sql", int(value.get("lineno", 1)), _query(value.get("sqlstmt")), loop
        elif key == "PLpgSQL_stmt_dynexecute":
            yield "dynamic", int(value.get("lineno", 1)), _query(value.get("query")), loop
        elif key in ("PLpgSQL_stmt_fors", "PLpgSQL_stmt_forc"):
            inner_loop = _query(value.get("query"))
            yield from _plpgsql_statements(value.get("body", []), inner_loop)
        else:
            yield from _plpgsql_statements(value, loop)


def _query(expr: Any) -> str:
    if isinstance(expr, dict):
        inner = expr.get("PLpgSQL_expr", expr)
        if isinstance(inner, dict):
            return str(inner.get("query", ""))
    return ""


def _string_literal(expr: str) -> str | None:
    """The value of a SQL string literal expression (``'grant ...'``), or None."""
    try:
        raws = pglast.parse_sql(f"SELECT {expr}")
    except parser.ParseError:
        return None
    stmt: Any = raws[0].stmt if raws else None
    target = stmt.targetList[0].val if stmt is not None else None
    if isinstance(target, ast.A_Const) and isinstance(target.val, ast.String):
        return str(target.val.sval)
    return None


_SCHEMA_FILTER = re.compile(r"(?:schemaname|table_schema|nspname)\s*=\s*'([^']+)'", re.I)


def _loop_statement(query: str, loop: str, path: str, line: int) -> list[Statement]:
    """``EXECUTE format('alter table %I ...', t)`` in a loop over a schema's tables: kept as a
    template statement on the placeholder table ``__each_table__`` of that schema."""
    if not re.search(r"\b(pg_tables|information_schema\.tables|pg_class)\b", loop, re.I):
        return []
    try:
        raws = pglast.parse_sql(f"SELECT {query}")
    except parser.ParseError:
        return []
    select: Any = raws[0].stmt if raws else None
    call = select.targetList[0].val if select is not None else None
    if not (isinstance(call, ast.FuncCall) and call.funcname and call.args):
        return []
    if getattr(call.funcname[-1], "sval", None) != "format":
        return []
    first = call.args[0]
    if not (isinstance(first, ast.A_Const) and isinstance(first.val, ast.String)):
        return []
    m = _SCHEMA_FILTER.search(loop)
    schema = m.group(1) if m else "public"
    template = str(first.val.sval)
    sql = re.sub(r'(?:"?\w+"?\.)?%[IsL]', f'"{schema}"."{EACH_TABLE}"', template, count=1)
    return _inner(sql, path, line)


EACH_TABLE = "__each_table__"
