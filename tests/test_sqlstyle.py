"""sqlfluff style findings: real sqlfluff, generated migrations left out, no silent skips."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.base import AnalysisResult
from analyzers.options import AnalyzerOptions
from analyzers.sqlstyle import SqlStyleAnalyzer
from analyzers.workspace import build_workspace

# sqlfluff's default large_file_skip_byte_limit is 20,000 bytes.
LOG_LINE = "insert into audit_log (id, note) values (1, 'an entry with enough padding text');\n"
BIG_QUERY = "select a,b from t where x=1;\n" + LOG_LINE * 300


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("style")
    files = {
        "sql/report.sql": "select a,b from t where x=1\n",
        "sql/big.sql": BIG_QUERY,
        "prisma/migrations/20240101_init/migration.sql": "CREATE TABLE \"A\" (\"id\" TEXT NOT NULL);\n",
        "deploy/0001_initial.sql": "--\n-- Create model Patient\n--\ncreate table p (id int);\n",
    }
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def result(project: Path) -> AnalysisResult:
    return SqlStyleAnalyzer(AnalyzerOptions()).analyze(build_workspace(project))


def test_style_findings_are_low_and_on_hand_written_files(result: AnalysisResult) -> None:
    paths = {f.path for f in result.findings}
    assert paths == {"sql/report.sql", "sql/big.sql"}
    report = [f for f in result.findings if f.path == "sql/report.sql"]
    assert {f.rule_id for f in report} >= {"sqlfluff.LT01"}
    assert all(f.category == "sql-style" and f.severity.value == "low" for f in result.findings)
    assert result.errors == ()


def test_files_over_sqlfluffs_size_limit_are_linted(project: Path, result: AnalysisResult) -> None:
    assert (project / "sql/big.sql").stat().st_size > 20_000
    assert any(f.path == "sql/big.sql" and f.line == 1 for f in result.findings)


def test_generated_migrations_on_request(project: Path) -> None:
    options = AnalyzerOptions(sql_style_generated=True)
    targets = SqlStyleAnalyzer(options).style_targets(build_workspace(project))
    assert "prisma/migrations/20240101_init/migration.sql" in targets
    assert "deploy/0001_initial.sql" in targets


def test_switched_off(project: Path) -> None:
    result = SqlStyleAnalyzer(AnalyzerOptions(sql_style=False)).analyze(build_workspace(project))
    assert result.findings == () and result.errors == ()


def test_unparsable_sql_is_reported(tmp_path: Path) -> None:
    (tmp_path / "q.sql").write_text("select 1;\ncreate tabel x;\n")
    result = SqlStyleAnalyzer(AnalyzerOptions()).analyze(build_workspace(tmp_path))
    (error,) = result.errors
    assert error.path == "q.sql" and "line 2" in error.message
