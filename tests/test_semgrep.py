"""The semgrep runner on real files, with our rules and with broken ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyzers.options import RULES_DIR, AnalyzerOptions
from analyzers.semgrep import RuleError, SemgrepAnalyzer, load_rules
from analyzers.workspace import build_workspace
from bot.config import RepoConfig
from bot.pipeline import run_scan
from tests.helpers import REPO_ROOT

RULE = """rules:
  - id: {id}
    languages: [python]
    severity: ERROR
    message: do not call danger()
    pattern: danger(...)
    fix: safe()
    metadata: {{category: llm-output-exec, severity: high, confidence: high, references: [https://example.com/r]}}
"""


def _rules(tmp: Path, body: str, name: str = "t.danger") -> Path:
    folder = tmp / "rules"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(body)
    return folder


def test_findings_from_a_real_run(tmp_path: Path) -> None:
    rules = _rules(tmp_path, RULE.format(id="t.danger"))
    app = tmp_path / "app"
    app.mkdir()
    (app / "a.py").write_text("import os\n\nx = danger(1)\n")
    (app / "b.ts").write_text("danger(1)\n")  # not a target language of the rule
    result = SemgrepAnalyzer(AnalyzerOptions(rules_dir=rules)).analyze(build_workspace(app))
    assert result.errors == ()
    (f,) = result.findings
    assert (f.rule_id, f.path, f.line, f.category) == ("t.danger", "a.py", 3, "llm-output-exec")
    assert f.fix == "x = safe()"
    assert f.help_url == "https://example.com/r"


def test_disabled_rule_does_not_run(tmp_path: Path) -> None:
    rules = _rules(tmp_path, RULE.format(id="t.danger"))
    (tmp_path / "a.py").write_text("danger()\n")
    opts = AnalyzerOptions(rules_dir=rules, disabled_rules=frozenset({"t.danger"}))
    assert SemgrepAnalyzer(opts).analyze(build_workspace(tmp_path, ["a.py"])).findings == ()


def test_semgrep_errors_are_surfaced(tmp_path: Path) -> None:
    broken = RULE.format(id="t.danger").replace("pattern: danger(...)", "pattern: danger(((")
    rules = _rules(tmp_path, broken)
    (tmp_path / "a.py").write_text("danger()\n")
    result = SemgrepAnalyzer(AnalyzerOptions(rules_dir=rules)).analyze(build_workspace(tmp_path, ["a.py"]))
    assert result.findings == ()
    assert result.errors and result.errors[0].analyzer == "semgrep"


@pytest.mark.parametrize(
    ("body", "name", "message"),
    [
        (RULE.format(id="other"), "t.danger", "must equal the file name"),
        (RULE.format(id="t.danger").replace("llm-output-exec", "nonsense"), "t.danger", "not a finding category"),
        ("rules: []\n", "t.danger", "exactly one rule"),
        ("rules: [\n", "t.danger", "cannot read rule"),
    ],
)
def test_rule_convention_is_enforced(tmp_path: Path, body: str, name: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        load_rules(_rules(tmp_path, body, name))


def test_shipped_rules_load() -> None:
    rules = load_rules(RULES_DIR)
    assert rules and len({r.id for r in rules}) == len(rules)


def test_rules_ship_in_the_wheel(tmp_path: Path) -> None:
    """A plain `pip install .` must carry the rules: build the wheel and look inside."""
    import subprocess
    import sys
    import zipfile

    if shutil.which("git") is None:
        pytest.skip("git missing")
    src = tmp_path / "src"
    shutil.copytree(REPO_ROOT, src, ignore=shutil.ignore_patterns(".venv", ".git", "*cache*", "tests"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path / "dist"), str(src)],
        check=True, capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("rescue-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n for n in names if n.startswith("rules/") and n.endswith(".yaml")}
    expected = {p.relative_to(REPO_ROOT).as_posix() for p in RULES_DIR.rglob("*.yaml")}
    assert expected and expected <= shipped
    assert "bot/cli.py" in names and "analyzers/semgrep.py" in names


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("confidence: high", "confidence: sure", "metadata.confidence"),
        ("references: [https://example.com/r]", "references: []", "metadata.references"),
        ("references: [https://example.com/r]", "references: [see the wiki]", "metadata.references"),
        ("message: do not call danger()", "message: ''", "no message"),
    ],
)
def test_rule_metadata_is_checked(tmp_path: Path, old: str, new: str, message: str) -> None:
    body = RULE.format(id="t.danger").replace(old, new)
    with pytest.raises(RuleError, match=message):
        load_rules(_rules(tmp_path, body))


def test_one_finding_per_line_and_category(tmp_path: Path) -> None:
    """Two rules of one category on one line give one comment, the more severe."""
    rules = _rules(tmp_path, RULE.format(id="t.danger"))
    (rules / "t.danger2.yaml").write_text(
        RULE.format(id="t.danger2").replace("pattern: danger(...)", "pattern: danger(1)").replace(
            "severity: high", "severity: critical"
        )
    )
    app = tmp_path / "app"
    app.mkdir()
    (app / "a.py").write_text("danger(1)\ndanger(2)\n")
    analyzer = SemgrepAnalyzer(AnalyzerOptions(rules_dir=rules))
    result = run_scan(build_workspace(app), RepoConfig(), analyzers=[analyzer])
    assert [(f.line, f.rule_id) for f in result.findings] == [(1, "t.danger2"), (2, "t.danger")]
    # Ignoring the winning rule on that line lets the other one through instead of hiding both.
    (app / "a.py").write_text("danger(1)  # rescue-ignore: t.danger2 reviewed\n")
    result = run_scan(build_workspace(app), RepoConfig(), analyzers=[analyzer])
    assert [(f.rule_id, f.suppressed is None) for f in result.findings] == [("t.danger", True)]
