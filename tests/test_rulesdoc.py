"""docs/rules.md is generated from the rules' metadata and must be current."""

from __future__ import annotations

import shutil
from pathlib import Path

from analyzers.options import RULES_DIR
from analyzers.rulesdoc import DOC_PATH, collect, render
from analyzers.semgrep import load_rules


def test_docs_rules_md_is_up_to_date() -> None:
    expected = render(collect())
    assert DOC_PATH.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is stale: run `python -m analyzers.rulesdoc`"
    )


def test_every_rule_has_a_rationale_and_references() -> None:
    docs = {d.id: d for d in collect()}
    assert {r.id for r in load_rules(RULES_DIR)} <= set(docs)
    for d in docs.values():
        assert len(d.rationale) > 80 and d.references
        assert "$" not in d.rationale.replace("$1", "").replace("$queryRaw", "")


def test_a_new_rule_changes_the_document(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    before = render(collect(rules))
    folder = rules / "python" / "py.demo.rule"
    folder.mkdir()
    (folder / "py.demo.rule.yaml").write_text(
        "rules:\n  - id: py.demo.rule\n    languages: [python]\n    severity: ERROR\n"
        "    message: danger() runs untrusted text; call safe() instead.\n    pattern: danger(...)\n"
        "    metadata: {category: llm-output-exec, severity: high, confidence: high,"
        " references: [https://example.com/demo]}\n"
    )
    after = render(collect(rules))
    assert before != after and "### py.demo.rule" in after and "<https://example.com/demo>" in after
