"""Every case of the application corpus gives exactly its labelled auth-missing, idor and
swallowed-error findings from the routes analyzer (the accuracy benchmark scores the same cases
through the whole pipeline; this keeps them from drifting and runs in a second)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzers.options import AnalyzerOptions
from analyzers.routes import RoutesAnalyzer
from analyzers.workspace import Workspace, build_workspace
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
    got = [(f.path, f.line, f.category) for f in result.findings if f.category in ROUTES]
    labels = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))["findings"] or []
    missing = [lb for lb in labels if lb["category"] in ROUTES]
    extra = []
    for path, line, category in got:
        match = next(
            (lb for lb in missing if (lb["path"], lb["category"]) == (path, category) and abs(lb["line"] - line) <= 2),
            None,
        )
        if match is None:
            extra.append((path, line, category))
        else:
            missing.remove(match)
    assert (extra, missing) == ([], [])
