"""The README's demo: `rescue scan examples/client-portal` finds every planted problem, in every
family, at its line, and nothing on the safe look-alikes beside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from analyzers.categories import CATEGORIES, Family
from bot.cli import main
from tests.helpers import REPO_ROOT

EXAMPLE = REPO_ROOT / "examples" / "client-portal"
EXPECTED = Path(__file__).parent / "examples" / "client-portal.expected.yaml"
pytestmark = pytest.mark.slow


def _scan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["scan", str(EXAMPLE), "--color", "never", *args])
    return code, capsys.readouterr().out


def test_every_planted_problem_and_nothing_else(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _scan(capsys, "--format", "json")
    doc = json.loads(out)
    assert code == 1 and doc["errors"] == []
    found = sorted((f["path"], f["line"], f["category"]) for f in doc["findings"])
    labels = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))["findings"]
    expected = sorted((x["path"], x["line"], x["category"]) for x in labels)
    assert found == expected
    families = {CATEGORIES[c].family for _, _, c in found}
    assert {Family.APP, Family.SECRETS, Family.DATABASE} <= families
    # Fake, but format-valid: the values themselves never reach the report.
    env = (EXAMPLE / ".env").read_text(encoding="utf-8")
    for line in env.splitlines():
        value = line.partition("=")[2]
        if len(value) > 20 and not value.startswith("${"):
            assert value not in out


def test_the_text_report_is_ranked_and_lists_the_endpoints(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _scan(capsys, "--fail-on", "never")
    assert code == 0
    groups = [line for line in out.splitlines() if line.startswith("== ")]
    assert [g.split(" (")[0] for g in groups] == [
        "== 1. Data exposure", "== 2. Broken permissions", "== 3. Slow queries and risky migrations",
        "== 4. Other risks", "== Endpoints",
    ]
    inventory = out.split("== Endpoints", 1)[1]
    assert "/api/invoices/[id]" in inventory and "PUBLIC" in inventory
    assert "requireStaff" in inventory  # the Express router is protected where it is mounted
    assert "webhook that verifies its signature" in inventory
