"""Precision, recall and F1 per category on Rescue's labelled corpus.

Each case is a small project under ``tests/corpus/<family>/<case>/`` with ``expected.yaml``
listing every finding that should be reported (path relative to the case, line, category). The real
pipeline scans each case as a whole tree; a reported finding matches an unmatched label when path
and category are equal and the lines differ by at most two. Findings in other families' categories
are not scored here.

    python benchmarks/accuracy.py --family app|secrets|database|all [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzers.categories import CATEGORIES, Family
from analyzers.workspace import Workspace, build_workspace
from bot.config import CONFIG_PATH, load_config_file
from bot.difffilter import FilterMode
from bot.pipeline import run_scan

LINE_TOLERANCE = 2
FAMILIES = {"app": Family.APP, "secrets": Family.SECRETS, "database": Family.DATABASE}


@dataclass(frozen=True)
class Label:
    path: str
    line: int
    category: str


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(
    expected: list[Label], predicted: list[Label]
) -> tuple[dict[str, Tally], list[Label], list[Label]]:
    """Match predictions to labels (same path and category, |line difference| ≤ 2, each label at
    most once, closest first). Returns tallies per category, false positives, false negatives."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    unmatched = list(expected)
    false_pos: list[Label] = []
    for p in sorted(predicted, key=lambda x: (x.path, x.line)):
        candidates = [
            e
            for e in unmatched
            if e.path == p.path
            and e.category == p.category
            and abs(e.line - p.line) <= LINE_TOLERANCE
        ]
        if candidates:
            best = min(candidates, key=lambda e: abs(e.line - p.line))
            unmatched.remove(best)
            tallies[p.category].tp += 1
        else:
            tallies[p.category].fp += 1
            false_pos.append(p)
    for e in unmatched:
        tallies[e.category].fn += 1
    return tallies, false_pos, unmatched


def read_labels(case: Path) -> list[Label]:
    doc = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8")) or {}
    labels = []
    for item in doc.get("findings") or []:
        if item["category"] not in CATEGORIES:
            raise SystemExit(f"{case}/expected.yaml: unknown category {item['category']!r}")
        labels.append(Label(str(item["path"]), int(item["line"]), str(item["category"])))
    return labels


def run_case(case: Path, categories: set[str]) -> tuple[list[Label], list[Label], list[str]]:
    config = load_config_file(case / CONFIG_PATH)
    files = [p for p in Workspace(case.resolve(), ()).all_files() if p != "expected.yaml"]
    workspace = build_workspace(case, files)
    result = run_scan(workspace, config, mode=FilterMode.NOFILTER)
    predicted = [
        Label(f.path, f.line, f.category)
        for f in result.findings
        if f.suppressed is None and f.category in categories
    ]
    expected = [lb for lb in read_labels(case) if lb.category in categories]
    errors = [f"{e.analyzer}: {e.path or ''} {e.message}" for e in result.errors]
    return expected, predicted, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--family", choices=[*FAMILIES, "all"], default="all")
    parser.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus"
    )
    parser.add_argument("--case", help="only cases whose folder name contains this text")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list false positives and negatives"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    families = list(FAMILIES) if args.family == "all" else [args.family]
    report: dict[str, dict[str, dict[str, float]]] = {}
    started = time.monotonic()
    for fam in families:
        categories = {n for n, c in CATEGORIES.items() if c.family is FAMILIES[fam]}
        folder = args.corpus / fam
        cases = (
            sorted(p for p in folder.iterdir() if (p / "expected.yaml").is_file())
            if folder.is_dir()
            else []
        )
        if args.case:
            cases = [c for c in cases if args.case in c.name]
        totals: dict[str, Tally] = defaultdict(Tally)
        for case in cases:
            expected, predicted, errors = run_case(case, categories)
            tallies, fps, fns = score(expected, predicted)
            for cat, t in tallies.items():
                totals[cat].add(t)
            if args.verbose:
                for e in errors:
                    print(f"  ! {case.name}: {e}", file=sys.stderr)
                for p in fps:
                    print(f"  FP {case.name}/{p.path}:{p.line} {p.category}", file=sys.stderr)
                for n in fns:
                    print(f"  FN {case.name}/{n.path}:{n.line} {n.category}", file=sys.stderr)
        overall = Tally()
        rows: dict[str, dict[str, float]] = {}
        for cat in sorted(totals):
            t = totals[cat]
            overall.add(t)
            rows[cat] = _row(t)
        rows["ALL"] = _row(overall)
        report[fam] = rows
        if not args.json:
            print(f"\n{fam}: {len(cases)} cases")
            print(
                f"  {'category':28} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7} {'F1':>6}"
            )
            for cat, r in rows.items():
                print(
                    f"  {cat:28} {int(r['tp']):4d} {int(r['fp']):4d} {int(r['fn']):4d} "
                    f"{r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f}"
                )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"\n{time.monotonic() - started:.1f} s")
    return 0


def _row(t: Tally) -> dict[str, float]:
    return {
        "tp": t.tp,
        "fp": t.fp,
        "fn": t.fn,
        "precision": t.precision,
        "recall": t.recall,
        "f1": t.f1,
    }


if __name__ == "__main__":
    raise SystemExit(main())
