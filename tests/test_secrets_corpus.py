"""The committed secrets corpus is exactly what benchmarks/build_secrets_corpus.py generates: every
value in it comes from the seeded generator (none pasted by hand), and each case has at least as
many hard negatives as labelled secrets overall."""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.build_secrets_corpus import build

CORPUS = Path(__file__).resolve().parent / "corpus" / "secrets"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_committed_corpus_is_the_generated_one(tmp_path: Path) -> None:
    n_pos, n_neg = build(tmp_path / "secrets")
    assert _files(tmp_path / "secrets") == _files(CORPUS)
    assert n_neg >= n_pos > 0


def test_labels_point_at_existing_lines() -> None:
    for expected in CORPUS.glob("*/expected.yaml"):
        doc = yaml.safe_load(expected.read_text(encoding="utf-8"))
        for item in doc["findings"]:
            lines = (expected.parent / item["path"]).read_text(encoding="utf-8").split("\n")
            assert 1 <= item["line"] <= len(lines), (expected.parent.name, item)
            assert item["category"] == "exposed-secret"
