"""Apply each migration history to a throwaway PostgreSQL and report the statement that fails.

Opt-in (``AnalyzerOptions.database_url``): the URL must point at a disposable server, because the
repository's SQL runs there. Each history gets its own temporary database, dropped afterwards,
with a small stub of what Supabase provides (the ``anon`` / ``authenticated`` / ``service_role``
roles, ``auth.users`` and ``auth.uid()``, ``storage.objects``) so that ordinary Supabase migrations
apply. Failures caused by the stub itself (an extension or platform schema the server lacks) are
reported as analyzer errors, not as findings. Histories that would run programs on the server
(``COPY ... PROGRAM``, untrusted procedural languages) are not applied.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from pglast import ast

from analyzers.base import AnalysisResult, AnalyzerError
from analyzers.findings import Finding, Severity, fingerprint_for
from analyzers.sql.source import LineIndex, ParsedFile

if TYPE_CHECKING:
    from analyzers.sql.analyzer import HistoryResult

NAME = "sql"
RULE_ID = "sql.migration.apply-failed"
STATEMENT_TIMEOUT_MS = 30_000

# Objects Supabase provides that a plain PostgreSQL lacks; an error naming them is about the stub.
_PLATFORM_OBJECTS = re.compile(
    r'\b(extension|schema|function|publication|relation|type)\s+"?'
    r"(net|vault|cron|graphql|graphql_public|realtime|supabase_functions|pgsodium|pgbouncer|"
    r"supabase_migrations|pg_net|pg_cron|pgjwt|pg_graphql|vector|postgis|http|pg_stat_statements|"
    r"wrappers|supautils|pgmq|timescaledb)\b",
    re.I,
)

SUPABASE_STUB = """
do $stub$
begin
  if not exists (select from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
  if not exists (select from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
  if not exists (select from pg_roles where rolname = 'authenticator') then create role authenticator nologin noinherit; end if;
  if not exists (select from pg_roles where rolname = 'supabase_admin') then create role supabase_admin nologin; end if;
  if not exists (select from pg_roles where rolname = 'supabase_auth_admin') then create role supabase_auth_admin nologin; end if;
  if not exists (select from pg_roles where rolname = 'supabase_storage_admin') then create role supabase_storage_admin nologin; end if;
  if not exists (select from pg_roles where rolname = 'dashboard_user') then create role dashboard_user nologin; end if;
end
$stub$;
create schema if not exists extensions;
create schema if not exists auth;
create schema if not exists storage;
create table if not exists auth.users (
  id uuid primary key,
  email text,
  phone text,
  role text,
  raw_user_meta_data jsonb default '{}'::jsonb,
  raw_app_meta_data jsonb default '{}'::jsonb,
  created_at timestamptz default now(),
  updated_at timestamptz,
  last_sign_in_at timestamptz,
  email_confirmed_at timestamptz,
  deleted_at timestamptz,
  is_anonymous boolean default false
);
create or replace function auth.jwt() returns jsonb language sql stable as
  $f$ select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $f$;
create or replace function auth.uid() returns uuid language sql stable as
  $f$ select nullif(auth.jwt() ->> 'sub', '')::uuid $f$;
create or replace function auth.role() returns text language sql stable as
  $f$ select auth.jwt() ->> 'role' $f$;
create or replace function auth.email() returns text language sql stable as
  $f$ select auth.jwt() ->> 'email' $f$;
create table if not exists storage.buckets (
  id text primary key,
  name text not null unique,
  owner uuid,
  owner_id text,
  public boolean default false,
  avif_autodetection boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create table if not exists storage.objects (
  id uuid primary key default gen_random_uuid(),
  bucket_id text references storage.buckets (id),
  name text,
  owner uuid,
  owner_id text,
  metadata jsonb,
  path_tokens text[],
  version text,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now()
);
alter table storage.objects enable row level security;
alter table storage.buckets enable row level security;
create or replace function storage.foldername(name text) returns text[] language sql immutable as
  $f$ select (string_to_array(name, '/'))[1:greatest(array_length(string_to_array(name, '/'), 1) - 1, 0)] $f$;
create or replace function storage.filename(name text) returns text language sql immutable as
  $f$ select (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)] $f$;
create or replace function storage.extension(name text) returns text language sql immutable as
  $f$ select reverse(split_part(reverse(name), '.', 1)) $f$;
do $stub$
begin
  if not exists (select from pg_publication where pubname = 'supabase_realtime') then
    create publication supabase_realtime;
  end if;
end
$stub$;
grant usage on schema public, auth, storage, extensions to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
"""


class ApplyRefused(Exception):
    """The history cannot be applied safely or meaningfully; the message says why."""


def apply_histories(
    url: str, results: list[HistoryResult], texts: Mapping[str, str]
) -> AnalysisResult:
    """Apply every history (each to its own temporary database) and report the first failure."""
    try:
        import psycopg
    except ImportError:
        return AnalysisResult(errors=(AnalyzerError(NAME, "psycopg is not installed: cannot apply migrations"),))
    findings: list[Finding] = []
    errors: list[AnalyzerError] = []
    for result in results:
        try:
            _refuse_unsafe(result.parsed)
            with _scratch_database(psycopg, url) as conn:
                failure = _apply(conn, result, psycopg)
        except ApplyRefused as exc:
            errors.append(AnalyzerError(NAME, f"{result.history.folder}: not applied: {exc}"))
            continue
        except psycopg.Error as exc:
            errors.append(AnalyzerError(NAME, f"cannot use the apply database: {_first_line(exc)}"))
            break
        if failure is None:
            continue
        path, line, message = failure
        if _PLATFORM_OBJECTS.search(message):
            errors.append(AnalyzerError(
                NAME, f"line {line}: not checked past this point, the apply database lacks a "
                f"Supabase platform object: {message}", path,
            ))
            continue
        findings.append(_finding(path, line, message, texts.get(path, "")))
    return AnalysisResult(findings=tuple(findings), errors=tuple(errors))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or ["unknown error"])[0][:300]


def _refuse_unsafe(parsed: list[ParsedFile]) -> None:
    for pf in parsed:
        for stmt in pf.statements:
            node = stmt.node
            if isinstance(node, ast.CopyStmt) and node.is_program:
                raise ApplyRefused(f"{pf.path} line {stmt.line} runs a program on the server (COPY ... PROGRAM)")
            if isinstance(node, ast.CreateFunctionStmt):
                for opt in node.options or ():
                    lang = getattr(opt.arg, "sval", "") if opt.defname == "language" else ""
                    if str(lang).lower().endswith("u"):
                        raise ApplyRefused(f"{pf.path} line {stmt.line} uses the untrusted language {lang}")


@contextmanager
def _scratch_database(psycopg: Any, url: str) -> Iterator[Any]:
    """A new empty database on the server of ``url``, dropped on exit."""
    name = f"rescue_apply_{secrets.token_hex(6)}"
    with psycopg.connect(url, autocommit=True, connect_timeout=10) as admin:
        admin.execute(f'create database "{name}"')
        try:
            params = psycopg.conninfo.conninfo_to_dict(url)
            params["dbname"] = name
            with psycopg.connect(psycopg.conninfo.make_conninfo(**params), autocommit=True) as conn:
                conn.execute(f"set statement_timeout = {STATEMENT_TIMEOUT_MS}")
                yield conn
        finally:
            admin.execute(f'drop database if exists "{name}" with (force)')


def _apply(conn: Any, result: HistoryResult, psycopg: Any) -> tuple[str, int, str] | None:
    """Run the history file by file; the first failure as (path, line, Postgres' message)."""
    try:
        conn.execute(SUPABASE_STUB)
    except psycopg.Error as exc:
        raise ApplyRefused(f"cannot create the Supabase stub: {_first_line(exc)}") from None
    for pf in result.parsed:
        missing = _missing_extensions(conn, pf)
        if missing:
            raise ApplyRefused(f"{pf.path} needs extension {missing}, which the apply server lacks")
        failure = _apply_file(conn, pf, result.history.transactional, psycopg)
        if failure is not None:
            return failure
    return None


def _missing_extensions(conn: Any, pf: ParsedFile) -> str | None:
    for stmt in pf.statements:
        if isinstance(stmt.node, ast.CreateExtensionStmt):
            row = conn.execute(
                "select 1 from pg_available_extensions where name = %s", (stmt.node.extname,)
            ).fetchone()
            if row is None:
                return str(stmt.node.extname)
    return None


def _apply_file(conn: Any, pf: ParsedFile, transactional: bool, psycopg: Any) -> tuple[str, int, str] | None:
    """Top-level statements one by one (inside one transaction when the tool wraps the file),
    so the failing statement and its line are known; the whole text when it did not parse."""
    index = LineIndex(pf.text)
    pieces = (
        [(s.text, s.start, s.line) for s in pf.statements if not s.in_block and s.src is pf.text]
        if not pf.problems else [(pf.text, 0, 1)]
    )
    try:
        if transactional:
            conn.execute("begin")
        for sql, offset, line in pieces:
            if not sql.strip():
                continue
            try:
                # rescue-ignore: sql-injection the point: the repository's own migrations, on a disposable server
                conn.execute(sql, prepare=False)
            except psycopg.Error as exc:
                position = getattr(exc.diag, "statement_position", None)
                where = index.line(offset + int(position) - 1) if position else line
                return pf.path, where, _first_line(exc)
        if transactional:
            conn.execute("commit")
    finally:
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            conn.execute("rollback")
    return None


def _finding(path: str, line: int, message: str, text: str) -> Finding:
    lines = text.splitlines()
    anchor = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return Finding(
        rule_id=RULE_ID,
        category="migration-error",
        severity=Severity.HIGH,
        path=path,
        line=line,
        end_line=line,
        message=(
            f"This migration fails on PostgreSQL: {message}. The deploy stops here and every "
            "later migration is held back. Fix the statement and re-run the history on a fresh "
            "database."
        ),
        analyzer=NAME,
        fingerprint=fingerprint_for(RULE_ID, path, f"{anchor} {message}"),
        help_url="https://www.postgresql.org/docs/current/errcodes-appendix.html",
        confidence="high",
    )
