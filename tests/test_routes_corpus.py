"""Every case of the application corpus gives exactly its labelled auth-missing, idor and
swallowed-error findings from the routes analyzer (the accuracy benchmark scores the same cases
through the whole pipeline; this keeps them from drifting and runs in a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.options import AnalyzerOptions
from analyzers.routes import RoutesAnalyzer
from analyzers.workspace import Workspace, build_workspace
from benchmarks.accuracy import Label, read_labels, score
from bot.config import CONFIG_PATH, load_config_file

CORPUS = Path(__file__).resolve().parent / "corpus" / "app"
# The q-* cases were written for these categories; the others are scored by the benchmark.
CASES = sorted(p for p in CORPUS.glob("q-*") if (p / "expected.yaml").is_file())
ROUTES = {"auth-missing", "idor", "swallowed-error"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Path) -> None:
    files = [p for p in Workspace(case.resolve(), ()).all_files() if p != "expected.yaml"]
    options = load_config_file(case / CONFIG_PATH).analyzer_options(AnalyzerOptions())
    result = RoutesAnalyzer(options).analyze(build_workspace(case, files))
    got = [Label(f.path, f.line, f.category) for f in result.findings if f.category in ROUTES]
    expected = [lb for lb in read_labels(case) if lb.category in ROUTES]
    _, extra, missing = score(expected, got)
    assert (extra, missing) == ([], [])
