"""The optional apply check against the machine's PostgreSQL (127.0.0.1:5432, trust auth)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzers.options import AnalyzerOptions
from analyzers.sql import SqlAnalyzer
from analyzers.workspace import build_workspace
from bot.cli import main

psycopg = pytest.importorskip("psycopg")
URL = "postgresql://postgres@127.0.0.1:5432/test"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def database_url() -> str:
    try:
        with psycopg.connect(URL, connect_timeout=3):
            pass
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL is not running at {URL}: {exc}")
    return URL


def scratch_databases() -> set[str]:
    with psycopg.connect(URL) as conn:
        rows = conn.execute("select datname from pg_database where datname like 'rescue_apply_%'").fetchall()
    return {r[0] for r in rows}


def write(root: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")


def test_a_failing_migration_is_reported_at_its_line(tmp_path: Path, database_url: str) -> None:
    before = scratch_databases()
    write(tmp_path, {
        "supabase/migrations/1_init.sql": (
            "create table public.notes (id uuid primary key, owner uuid references auth.users (id));\n"
            "create index notes_owner on public.notes (owner);\n"
            "alter table public.notes enable row level security;\n"
            "create policy own on public.notes for all using (auth.uid() = owner);\n"
            "insert into storage.buckets (id, name) values ('files', 'files');\n"
        ),
        "supabase/migrations/2_more.sql": "alter table public.notes\n  add column title text;\n\nselect titel\n  from public.notes;\n",
    })
    result = SqlAnalyzer(AnalyzerOptions(database_url=database_url)).analyze(build_workspace(tmp_path))
    (failure,) = [f for f in result.findings if f.category == "migration-error"]
    assert (failure.path, failure.line) == ("supabase/migrations/2_more.sql", 4)
    assert 'column "titel" does not exist' in failure.message
    assert result.errors == ()
    assert scratch_databases() == before  # the scratch database is dropped


def test_a_clean_history_applies(tmp_path: Path, database_url: str) -> None:
    write(tmp_path, {"db/migrations/001.sql": "create table a (id int primary key);\n",
                     "db/migrations/002.sql": "alter table a add column b text;\n"})
    result = SqlAnalyzer(AnalyzerOptions(database_url=database_url)).analyze(build_workspace(tmp_path))
    assert [f for f in result.findings if f.category == "migration-error"] == []
    assert result.errors == ()


def test_programs_on_the_server_are_refused(tmp_path: Path, database_url: str) -> None:
    write(tmp_path, {"db/migrations/001.sql": "copy (select 1) to program 'touch /tmp/pwned';\n",
                     "db/migrations/002.sql": "create table a (id int);\n"})
    result = SqlAnalyzer(AnalyzerOptions(database_url=database_url)).analyze(build_workspace(tmp_path))
    (error,) = result.errors
    assert "COPY ... PROGRAM" in error.message
    assert not Path("/tmp/pwned").exists()


def test_rescue_scan_applies_migrations_when_given_a_database(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, {"db/migrations/001.sql": "create table a (id int primary key);\n",
                     "db/migrations/002.sql": "alter table a add column b text;\nselect c from a;\n"})
    args = ["scan", str(tmp_path), "--format", "json", "--fail-on", "never", "--category", "database"]
    assert main(args) == 0
    assert "migration-error" not in capsys.readouterr().out  # off unless the operator opts in
    assert main([*args, "--database-url", database_url]) == 0
    failures = [(f["path"], f["line"]) for f in json.loads(capsys.readouterr().out)["findings"]
                if f["category"] == "migration-error"]
    assert failures == [("db/migrations/002.sql", 2)]
