"""The SQL analyzer: find the migration histories under the root, replay them, report problems.

For a pull request (``workspace.diff``) the base history is rebuilt from the diff too, so a state
problem the change introduces is reported even when it points at an older, untouched file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass

from analyzers.base import AnalysisResult, AnalyzerError
from analyzers.diff import ChangeStatus, Diff, reconstruct_old
from analyzers.findings import Finding, fingerprint_for
from analyzers.options import AnalyzerOptions
from analyzers.sql.discovery import History, Kind, discover
from analyzers.sql.problems import Problem
from analyzers.sql.replay import Replayer
from analyzers.sql.source import ParsedFile, parse_file
from analyzers.sql.state import Context, judge
from analyzers.workspace import MAX_FILE_BYTES, Workspace

NAME = "sql"

# Supabase's own names: its auth schema and helpers, its API roles, its storage schema.
_SUPABASE_SQL = re.compile(
    r"\bauth\.(uid|jwt|users|role|email)\b|\bto\s+\"?(anon|authenticated)\b|\bservice_role\b"
    r"|\bstorage\.(objects|buckets)\b|\"auth\"\.\"(uid|users|jwt)\"",
    re.I,
)
_MANIFESTS = ("package.json", "requirements.txt", "pyproject.toml", ".env.example",
              ".env.local.example", "Pipfile")

_HELP = {
    "rls-missing": "https://supabase.com/docs/guides/database/postgres/row-level-security",
    "rls-no-policy": "https://supabase.com/docs/guides/database/postgres/row-level-security",
    "rls-permissive-policy": "https://supabase.com/docs/guides/database/postgres/row-level-security",
    "rls-user-metadata": "https://supabase.com/docs/guides/database/postgres/row-level-security#authjwt",
    "security-definer": "https://supabase.com/docs/guides/database/database-linter?lint=0011_function_search_path_mutable",
    "anon-grant": "https://supabase.com/docs/guides/database/postgres/roles",
    "fk-unindexed": "https://supabase.com/docs/guides/database/database-linter?lint=0001_unindexed_foreign_keys",
    "index-not-concurrent": "https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY",
    "not-null-no-default": "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES",
    "unsafe-alter-type": "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES",
    "fk-not-valid": "https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-VALIDATE-CONSTRAINT",
    "drop-column": "https://www.postgresql.org/docs/current/sql-altertable.html",
    "rename-column": "https://www.postgresql.org/docs/current/sql-altertable.html",
    "migration-error": "https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY",
}


@dataclass(frozen=True, slots=True)
class HistoryResult:
    history: History
    problems: list[Problem]
    parsed: list[ParsedFile]


class SqlAnalyzer:
    """Supabase row-level security, unsafe migrations and missing indexes (docs/database.md)."""

    name = NAME

    def __init__(self, options: AnalyzerOptions) -> None:
        self._options = options

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        paths = list(workspace.all_files())
        histories = discover(paths)
        if not histories:
            return AnalysisResult()
        errors: list[AnalyzerError] = []
        texts = _read_all(workspace, [f for h in histories for f in h.files], errors)
        histories = [h for h in without_dumps(histories, texts) if _is_postgres(workspace, h)]
        ctx = Context(supabase=_is_supabase(workspace, paths, texts), exposed=_exposed(workspace, self._options))
        head = [run_history(h, texts, ctx, errors) for h in histories]
        new_keys: set[tuple[str, ...]] | None = None
        if workspace.diff is not None:
            touches_sql = any(
                p.endswith(".sql") for fd in workspace.diff.files for p in (fd.path, fd.old_path or "")
            )
            # A change without SQL cannot alter the schema: nothing in it is new.
            new_keys = _new_state_keys(workspace.diff, paths, texts, head, ctx) if touches_sql else set()
        findings: list[Finding] = []
        for result in head:
            findings.extend(
                _finding(p, result.history.folder, new_keys, workspace.diff) for p in result.problems
            )
        if self._options.database_url:
            from analyzers.sql.apply import apply_histories

            applied = apply_histories(self._options.database_url, head, texts)
            static = {(f.path, f.line) for f in findings if f.category == "migration-error"}
            findings.extend(f for f in applied.findings if (f.path, f.line) not in static)
            errors.extend(applied.errors)
        return AnalysisResult(findings=tuple(findings), errors=tuple(errors))


# A schema file written by a migration tool from the migrated database (dbmate's db/schema.sql,
# Rails' structure.sql, pg_dump): it repeats what the migrations already say.
_DUMP_MARK = re.compile(r"\bschema_migrations\b|^-- Dumped (from|by) ", re.M)


def without_dumps(histories: list[History], texts: Mapping[str, str]) -> list[History]:
    """Leave out schema dumps when the migrations they were dumped from are in the tree, so each
    problem is reported once, at the migration that introduced it."""
    if not any(h.kind is Kind.MIGRATIONS for h in histories):
        return histories
    kept = []
    for history in histories:
        dump = history.kind is Kind.SCHEMA and all(
            _DUMP_MARK.search(texts.get(f, "")) for f in history.files
        )
        if not dump:
            kept.append(history)
    return kept


_OTHER_DIALECT = re.compile(r"""(provider|dialect)"?\s*[=:]\s*["'](mysql|sqlite|sqlserver|mongodb|turso)["']""", re.I)


def _is_postgres(workspace: Workspace, history: History) -> bool:
    """Prisma and drizzle say which database their migrations are for; skip the others."""
    for marker in ("migration_lock.toml", "meta/_journal.json"):
        path = f"{history.folder}/{marker}" if history.folder != "." else marker
        try:
            text = workspace.read_text(path)
        except OSError:
            continue
        if _OTHER_DIALECT.search(text):
            return False
    return True


def run_history(
    history: History, texts: Mapping[str, str], ctx: Context, errors: list[AnalyzerError] | None = None
) -> HistoryResult:
    """Replay one history and judge it: operation problems per statement, state problems at the end."""
    replayer = Replayer(history)
    parsed_files: list[ParsedFile] = []
    for step, path in enumerate(history.files):
        text = texts.get(path)
        if text is None:
            continue
        parsed = parse_file(path, text)
        parsed_files.append(parsed)
        if errors is not None:
            errors.extend(
                AnalyzerError(NAME, f"line {p.line}: {p.message}", p.path) for p in parsed.problems
            )
        replayer.run(step, parsed)
    problems = replayer.problems + judge(replayer.schema, ctx)
    return HistoryResult(history, problems, parsed_files)


def _read_all(workspace: Workspace, paths: list[str], errors: list[AnalyzerError]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in paths:
        try:
            if workspace.abspath(path).stat().st_size > MAX_FILE_BYTES:
                errors.append(AnalyzerError(NAME, "migration file too large to analyze (> 1 MB)", path))
                continue
            texts[path] = workspace.read_text(path)
        except OSError as exc:
            errors.append(AnalyzerError(NAME, f"cannot read: {exc.strerror or exc}", path))
    return texts


def _is_supabase(workspace: Workspace, paths: list[str], texts: Mapping[str, str]) -> bool:
    """Evidence that the database is served by Supabase (RLS and the anon role matter)."""
    if any(p.startswith("supabase/") or "/supabase/" in p for p in paths):
        return True
    if any(_SUPABASE_SQL.search(text) for text in texts.values()):
        return True
    for path in paths:
        if path.rsplit("/", 1)[-1] in _MANIFESTS:
            try:
                if "supabase" in workspace.read_text(path).lower():
                    return True
            except OSError:
                continue
    return False


def _exposed(workspace: Workspace, options: AnalyzerOptions) -> frozenset[str]:
    """Schemas the API serves: the configured ones and ``[api] schemas`` of supabase/config.toml."""
    schemas = set(options.exposed_schemas)
    try:
        config = tomllib.loads(workspace.read_text("supabase/config.toml"))
    except (OSError, tomllib.TOMLDecodeError):
        return frozenset(schemas)
    api = config.get("api")
    listed = api.get("schemas") if isinstance(api, dict) else None
    if isinstance(listed, list):
        schemas.update(str(s) for s in listed if str(s) != "graphql_public")
    return frozenset(schemas)


def _base_texts(diff: Diff, paths: list[str], texts: Mapping[str, str]) -> tuple[list[str], dict[str, str]]:
    """The tree's SQL files before the change: added files absent, changed ones reconstructed."""
    base_paths = set(paths)
    base_texts = dict(texts)
    for fd in diff.files:
        if fd.status is ChangeStatus.ADDED:
            base_paths.discard(fd.path)
            base_texts.pop(fd.path, None)
            continue
        old_path = fd.old_path or fd.path
        head_text = None if fd.status is ChangeStatus.DELETED else texts.get(fd.path)
        if fd.status is not ChangeStatus.DELETED and head_text is None:
            continue  # not a history file
        old = reconstruct_old(head_text, fd)
        if fd.status is ChangeStatus.RENAMED:
            base_paths.discard(fd.path)
            base_texts.pop(fd.path, None)
        if old is not None:
            base_paths.add(old_path)
            base_texts[old_path] = old
    return sorted(base_paths), base_texts


def _new_state_keys(
    diff: Diff, paths: list[str], texts: Mapping[str, str], head: list[HistoryResult], ctx: Context
) -> set[tuple[str, ...]]:
    """Keys of state problems present after the change but not before it."""
    base_paths, base_texts = _base_texts(diff, paths, texts)
    before: set[tuple[str, ...]] = set()
    for history in without_dumps(discover(base_paths), base_texts):
        result = run_history(history, base_texts, ctx)
        before.update((history.folder, *p.key) for p in result.problems)
    return {(r.history.folder, *p.key) for r in head for p in r.problems} - before


def _finding(
    problem: Problem, folder: str, new_keys: set[tuple[str, ...]] | None, diff: Diff | None
) -> Finding:
    ref = problem.ref
    caused = False
    if new_keys is not None and diff is not None:
        is_new = (folder, *problem.key) in new_keys
        fd = diff.by_path().get(ref.path)
        on_added_line = fd is not None and ref.line in fd.added
        caused = is_new and not on_added_line
    return Finding(
        rule_id=problem.rule_id,
        category=problem.category,
        severity=problem.severity,
        path=ref.path,
        line=ref.line,
        end_line=max(ref.end_line, ref.line),
        message=problem.message,
        analyzer=NAME,
        fingerprint=fingerprint_for(problem.rule_id, ref.path, " ".join((*problem.key, ref.anchor))),
        fix=problem.fix,
        help_url=_HELP.get(problem.category),
        confidence=problem.confidence,
        caused_by_change=caused,
    )
