"""The pipeline: analyzers run, one failing never sinks the others, findings ranked and unique."""

from __future__ import annotations

from pathlib import Path

from analyzers.base import AnalysisResult
from analyzers.findings import Finding, Severity, fingerprint_for
from analyzers.workspace import Workspace, build_workspace
from bot.config import RepoConfig
from bot.pipeline import run_scan


class _Fixed:
    """A real analyzer (it implements the interface) that reports what it is given."""

    name = "fixed"

    def __init__(self, *findings: Finding) -> None:
        self.findings = findings

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        return AnalysisResult(findings=self.findings)


class _Crashing:
    name = "crashing"

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        raise RuntimeError("boom")


def _f(category: str, severity: Severity, line: int, anchor: str = "same code") -> Finding:
    return Finding(
        "r." + category, category, severity, "a.py", line, line, "m", "fixed",
        fingerprint_for("r." + category, "a.py", anchor),
    )


def test_crash_is_reported_and_the_rest_survive(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    ws = build_workspace(tmp_path)
    result = run_scan(ws, RepoConfig(), analyzers=[_Crashing(), _Fixed(_f("idor", Severity.HIGH, 1))])
    assert [e.analyzer for e in result.errors] == ["crashing"]
    assert "RuntimeError: boom" in result.errors[0].message
    assert len(result.reported) == 1


def test_ranked_by_business_risk_then_severity(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n" * 10)
    ws = build_workspace(tmp_path)
    fixed = _Fixed(
        _f("swallowed-error", Severity.CRITICAL, 1, "a"),
        _f("fk-unindexed", Severity.HIGH, 2, "b"),
        _f("auth-missing", Severity.MEDIUM, 3, "c"),
        _f("exposed-secret", Severity.LOW, 4, "d"),
        _f("idor", Severity.HIGH, 5, "e"),
    )
    cats = [f.category for f in run_scan(ws, RepoConfig(), analyzers=[fixed]).findings]
    assert cats == ["idor", "exposed-secret", "auth-missing", "fk-unindexed", "swallowed-error"]


def test_fingerprints_stay_unique_and_ignore_line_numbers(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n" * 10)
    ws = build_workspace(tmp_path)
    twins = _Fixed(_f("idor", Severity.HIGH, 3), _f("idor", Severity.HIGH, 7))
    prints = [f.fingerprint for f in run_scan(ws, RepoConfig(), analyzers=[twins]).findings]
    assert len(set(prints)) == 2
    moved = _Fixed(_f("idor", Severity.HIGH, 9))
    assert run_scan(ws, RepoConfig(), analyzers=[moved]).findings[0].fingerprint == prints[0]
