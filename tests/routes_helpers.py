"""Small multi-file projects written to disk for the routes analyzer tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from analyzers.base import AnalysisResult, Endpoint
from analyzers.options import AnalyzerOptions
from analyzers.routes import RoutesAnalyzer
from analyzers.workspace import build_workspace


def write_project(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def analyze(root: Path, **options: object) -> AnalysisResult:
    return RoutesAnalyzer(AnalyzerOptions(**options)).analyze(build_workspace(root))  # type: ignore[arg-type]


def found(result: AnalysisResult, category: str) -> set[tuple[str, int]]:
    return {(f.path, f.line) for f in result.findings if f.category == category}


def endpoint(result: AnalysisResult, method: str, route: str) -> Endpoint:
    matches = [e for e in result.endpoints if e.method == method and e.route == route]
    assert len(matches) == 1, [(e.method, e.route) for e in result.endpoints]
    return matches[0]
