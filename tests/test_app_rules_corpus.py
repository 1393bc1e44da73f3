"""The semgrep rules and the dotenv check give exactly the labelled findings of their categories on
every ``r-*`` case of the application corpus (the accuracy benchmark scores the same cases through
the whole pipeline; this keeps rules and labels from drifting apart). One semgrep run covers all
cases, as in a real scan."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from analyzers.findings import one_per_line
from analyzers.options import AnalyzerOptions
from analyzers.publicenv import PublicEnvAnalyzer
from analyzers.semgrep import SemgrepAnalyzer, load_rules
from analyzers.workspace import Workspace, build_workspace
from benchmarks.accuracy import Label, read_labels, score

CORPUS = Path(__file__).resolve().parent / "corpus" / "app"
CASES = sorted(p.name for p in CORPUS.glob("r-*") if (p / "expected.yaml").is_file())
RULE_CATEGORIES = {r.category for r in load_rules(AnalyzerOptions().rules_dir)} | {
    "client-secret-exposure"
}

# Labelled problems the rules are known not to find, with the reason (docs/accuracy.md).
KNOWN_MISSES = {
    ("r-express-ts-sequelize", "src/app.ts", "cors"): "the '*' fallback is set in another module",
    ("r-expo-vite-mix", "web/src/pages/Billing.tsx", "client-secret-exposure"): (
        "a Vite page without hooks or a 'use client' marker is not known to be browser code"
    ),
}


@pytest.fixture(scope="module")
def found() -> dict[str, list[Label]]:
    files = [
        f"{case}/{p}"
        for case in CASES
        for p in Workspace((CORPUS / case).resolve(), ()).all_files()
        if p != "expected.yaml"
    ]
    workspace = build_workspace(CORPUS, files)
    by_case: dict[str, list[Label]] = defaultdict(list)
    for analyzer in (SemgrepAnalyzer(AnalyzerOptions()), PublicEnvAnalyzer()):
        result = analyzer.analyze(workspace)
        assert [e for e in result.errors if e.level == "error"] == []
        # As the pipeline reports them: one finding per line and category.
        for f in one_per_line(list(result.findings)):
            case, path = f.path.split("/", 1)
            by_case[case].append(Label(path, f.line, f.category))
    return by_case


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_case(case: str, found: dict[str, list[Label]]) -> None:
    expected = [
        lb
        for lb in read_labels(CORPUS / case)
        if lb.category in RULE_CATEGORIES and (case, lb.path, lb.category) not in KNOWN_MISSES
    ]
    _, extra, missing = score(expected, found.get(case, []))
    assert (extra, missing) == ([], [])


def test_every_rule_category_is_labelled_several_times() -> None:
    counts: dict[str, int] = defaultdict(int)
    for case in CASES:
        doc = yaml.safe_load((CORPUS / case / "expected.yaml").read_text(encoding="utf-8"))
        for label in doc["findings"] or []:
            counts[label["category"]] += 1
    assert {c for c in RULE_CATEGORIES if counts[c] < 5} == set()
