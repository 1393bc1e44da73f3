"""Runs semgrep once per scan, with all of our rules and only the target files.

Semgrep's start-up costs ~1.4 s, so one call with every rule beats one call per rule by an order of
magnitude. It must never phone home: the version check and metrics are off, and only our local rule
files are loaded (the registry is unreachable from where Rescue runs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from analyzers.base import AnalysisResult, AnalyzerError
from analyzers.categories import CATEGORIES
from analyzers.findings import Finding, Severity, fingerprint_for
from analyzers.options import AnalyzerOptions
from analyzers.workspace import Workspace

NAME = "semgrep"

# File endings semgrep parses for each language our rules use.
_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "python": (".py", ".pyi"),
    "javascript": (".js", ".jsx", ".mjs", ".cjs"),
    "js": (".js", ".jsx", ".mjs", ".cjs"),
    "typescript": (".ts", ".tsx", ".mts", ".cts"),
    "ts": (".ts", ".tsx", ".mts", ".cts"),
    "json": (".json",),
    "yaml": (".yaml", ".yml"),
    "dockerfile": ("Dockerfile",),
    "generic": (),
}

_SEMGREP_SEVERITY = {
    "ERROR": Severity.HIGH,
    "WARNING": Severity.MEDIUM,
    "INFO": Severity.LOW,
    "CRITICAL": Severity.CRITICAL,
    "HIGH": Severity.HIGH,
    "MEDIUM": Severity.MEDIUM,
    "LOW": Severity.LOW,
}

CONFIDENCES = ("high", "medium", "low")

# The whole semgrep run may take this long before it is stopped and reported as an error.
RUN_TIMEOUT_SECONDS = 900


class RuleError(ValueError):
    """A rule file is malformed or lacks required metadata."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    severity: Severity
    confidence: str
    help_url: str | None
    languages: tuple[str, ...]
    source: Path
    body: dict[str, Any]


def semgrep_env() -> dict[str, str]:
    """The environment semgrep runs in: no version check, no metrics, no login prompts."""
    env = dict(os.environ)
    env.update(
        SEMGREP_ENABLE_VERSION_CHECK="0",
        SEMGREP_SEND_METRICS="off",
        SEMGREP_USER_AGENT_APPEND="rescue",
        SEMGREP_IN_DOCKER="0",
    )
    return env


def semgrep_command() -> list[str]:
    """``RESCUE_SEMGREP_BIN`` when set (operators pinning a build), else the semgrep installed
    beside this Python (the venv's), else the one on PATH."""
    chosen = os.environ.get("RESCUE_SEMGREP_BIN")
    if chosen:
        return [chosen]
    local = Path(sys.executable).parent / "semgrep"
    return [str(local)] if local.exists() else ["semgrep"]


def rule_files(rules_dir: Path) -> list[Path]:
    """Every rule file: ``*.yaml`` / ``*.yml`` except semgrep test targets (``*.test.yaml``)."""
    found = [
        p
        for p in sorted(rules_dir.rglob("*"))
        if p.suffix in (".yaml", ".yml") and not p.name.endswith((".test.yaml", ".test.yml"))
    ]
    return found


def load_rules(rules_dir: Path) -> list[Rule]:
    """Read and check every rule: one rule per file, id equal to the file name, known category."""
    rules: list[Rule] = []
    for path in rule_files(rules_dir):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise RuleError(f"{path}: cannot read rule: {exc}") from None
        items = doc.get("rules") if isinstance(doc, dict) else None
        if not isinstance(items, list) or len(items) != 1 or not isinstance(items[0], dict):
            raise RuleError(f"{path}: a rule file holds exactly one rule under 'rules:'")
        body = items[0]
        rule_id = str(body.get("id", ""))
        if rule_id != path.stem:
            raise RuleError(f"{path}: rule id {rule_id!r} must equal the file name {path.stem!r}")
        meta = body.get("metadata")
        if not isinstance(meta, dict):
            raise RuleError(f"{path}: metadata is missing")
        category = str(meta.get("category", ""))
        if category not in CATEGORIES:
            raise RuleError(f"{path}: metadata.category {category!r} is not a finding category")
        sev_text = str(meta.get("severity") or "")
        try:
            severity = Severity.parse(sev_text) if sev_text else _SEMGREP_SEVERITY[body["severity"]]
        except (ValueError, KeyError):
            raise RuleError(f"{path}: no usable severity (metadata.severity or severity)") from None
        confidence = str(meta.get("confidence", "")).lower()
        if confidence not in CONFIDENCES:
            raise RuleError(f"{path}: metadata.confidence must be one of {', '.join(CONFIDENCES)}")
        refs = meta.get("references")
        if (
            not isinstance(refs, list)
            or not refs
            or not all(isinstance(r, str) and r.startswith(("https://", "http://")) for r in refs)
        ):
            raise RuleError(f"{path}: metadata.references must be a non-empty list of URLs")
        if not str(body.get("message", "")).strip():
            raise RuleError(f"{path}: the rule has no message")
        help_url = str(meta.get("help_url") or refs[0])
        rules.append(
            Rule(
                id=rule_id,
                category=category,
                severity=severity,
                confidence=confidence,
                help_url=help_url or None,
                languages=tuple(str(x) for x in body.get("languages", ())),
                source=path,
                body=body,
            )
        )
    return rules


def _wanted(path: str, extensions: set[str]) -> bool:
    name = path.rsplit("/", 1)[-1]
    return any(name.endswith(ext) or name == ext for ext in extensions)


class SemgrepAnalyzer:
    """Application-code rules from ``rules/`` (see docs/rules.md)."""

    name = NAME

    def __init__(self, options: AnalyzerOptions) -> None:
        self._options = options

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        try:
            rules = [
                r
                for r in load_rules(self._options.rules_dir)
                if r.id not in self._options.disabled_rules
            ]
        except RuleError as exc:
            return AnalysisResult(errors=(AnalyzerError(NAME, str(exc)),))
        extensions = {
            ext for r in rules for lang in r.languages for ext in _EXTENSIONS.get(lang, ())
        }
        targets = [t for t in workspace.targets if _wanted(t, extensions)]
        if not rules or not targets:
            return AnalysisResult()
        with tempfile.TemporaryDirectory(prefix="rescue-semgrep-") as tmp:
            config = Path(tmp) / "rules.yaml"
            config.write_text(yaml.safe_dump({"rules": [r.body for r in rules]}), encoding="utf-8")
            return self._run(workspace, config, targets, {r.id: r for r in rules})

    def _run(
        self, workspace: Workspace, config: Path, targets: list[str], rules: dict[str, Rule]
    ) -> AnalysisResult:
        cmd = [
            *semgrep_command(),
            "scan",
            "--metrics=off",
            "--disable-version-check",
            "--config",
            str(config),
            "--json",
            "--quiet",
            "--jobs",
            "1",  # faster than the default on 2 cores (measured)
            "--no-git-ignore",
            "--disable-nosem",  # Rescue applies nosemgrep itself, so ignores are counted, not lost
            "--timeout",
            str(self._options.semgrep_timeout),
            "--timeout-threshold",
            "3",
            "--max-target-bytes",
            "1000000",
            "--",
            *targets,
        ]
        try:
            proc = subprocess.run(
                cmd,
                cwd=workspace.root,
                env=semgrep_env(),
                capture_output=True,
                text=True,
                timeout=RUN_TIMEOUT_SECONDS,
                check=False,
            )
        except FileNotFoundError:
            return _fail("semgrep is not installed (pip install semgrep)")
        except subprocess.TimeoutExpired:
            return _fail(f"semgrep did not finish within {RUN_TIMEOUT_SECONDS} s")
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError:
            tail = (proc.stderr or proc.stdout).strip()[-800:]
            return _fail(f"semgrep failed (exit {proc.returncode}): {tail or 'no output'}")
        if not isinstance(report, dict):
            return _fail(f"semgrep printed unexpected JSON (exit {proc.returncode})")
        errors = [_error(e) for e in report.get("errors", []) if isinstance(e, dict)]
        if proc.returncode not in (0, 1) and not errors:
            errors.append(AnalyzerError(NAME, f"semgrep exited with status {proc.returncode}"))
        findings = [
            f
            for raw in report.get("results", [])
            if isinstance(raw, dict) and (f := _finding(raw, rules, workspace)) is not None
        ]
        return AnalysisResult(findings=tuple(findings), errors=tuple(errors))


def _fail(message: str) -> AnalysisResult:
    return AnalysisResult(errors=(AnalyzerError(NAME, message),))


def _error(raw: dict[str, Any]) -> AnalyzerError:
    level = str(raw.get("level", "error"))
    kind = str(raw.get("type", "error"))
    if isinstance(raw.get("type"), list):
        kind = str(raw["type"][0])
    message = str(raw.get("message", "")).strip().splitlines()
    path = raw.get("path")
    return AnalyzerError(
        NAME,
        f"{kind}: {message[0] if message else 'no message'}"[:500],
        str(path) if path else None,
        level="warning" if level.lower().startswith("warn") else "error",
    )


def _rule_for(check_id: str, rules: dict[str, Rule]) -> Rule | None:
    if check_id in rules:
        return rules[check_id]
    # semgrep may prefix ids with a namespace derived from the config path.
    for rule_id, rule in rules.items():
        if check_id.endswith("." + rule_id):
            return rule
    return None


def _finding(raw: dict[str, Any], rules: dict[str, Rule], workspace: Workspace) -> Finding | None:
    rule = _rule_for(str(raw.get("check_id", "")), rules)
    if rule is None:
        return None
    path = Path(str(raw["path"])).as_posix()
    start, end = raw.get("start", {}), raw.get("end", {})
    line, end_line = int(start.get("line", 1)), int(end.get("line", start.get("line", 1)))
    extra = raw.get("extra", {})
    text_lines = [workspace.line(path, n) for n in range(line, end_line + 1)]
    fix = extra.get("fix")
    suggestion = None
    if isinstance(fix, str) and text_lines:
        # semgrep's fix replaces the matched span; a review suggestion replaces whole lines.
        head = text_lines[0][: max(int(start.get("col", 1)) - 1, 0)]
        tail = text_lines[-1][max(int(end.get("col", 1)) - 1, 0) :]
        suggestion = head + fix + tail
    return Finding(
        rule_id=rule.id,
        category=rule.category,
        severity=rule.severity,
        path=path,
        line=line,
        end_line=max(end_line, line),
        message=str(extra.get("message", "")).strip(),
        analyzer=NAME,
        fingerprint=fingerprint_for(rule.id, path, "\n".join(text_lines)),
        fix=suggestion,
        help_url=rule.help_url,
        confidence=rule.confidence,
    )
