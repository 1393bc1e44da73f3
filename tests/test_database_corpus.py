"""Every case of the database corpus gives exactly its labelled findings (the accuracy benchmark
scores the same cases through the whole pipeline; this keeps them from drifting)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzers.categories import CATEGORIES, Family
from analyzers.firebase import FirebaseAnalyzer
from analyzers.options import AnalyzerOptions
from analyzers.sql import SqlAnalyzer
from analyzers.workspace import Workspace, build_workspace
from benchmarks.accuracy import Label, read_labels, score

CORPUS = Path(__file__).resolve().parent / "corpus" / "database"
CASES = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []
DATABASE = {name for name, c in CATEGORIES.items() if c.family is Family.DATABASE}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Path) -> None:
    files = [p for p in Workspace(case.resolve(), ()).all_files() if p != "expected.yaml"]
    workspace = build_workspace(case, files)
    got: list[Label] = []
    for analyzer in (SqlAnalyzer(AnalyzerOptions()), FirebaseAnalyzer(AnalyzerOptions())):
        result = analyzer.analyze(workspace)
        assert result.errors == ()
        got += [Label(f.path, f.line, f.category) for f in result.findings if f.category in DATABASE]
    _, extra, missing = score(read_labels(case), got)
    assert (extra, missing) == ([], [])


def test_corpus_is_balanced() -> None:
    """Every database category is represented, by several labels."""
    counts: dict[str, int] = {}
    for case in CASES:
        for label in yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))["findings"] or []:
            counts[label["category"]] = counts.get(label["category"], 0) + 1
    assert set(counts) == DATABASE
    assert min(counts.values()) >= 3
