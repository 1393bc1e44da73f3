"""Inline ignores in the scanned code: a reviewer's word that a finding is acceptable here.

- ``rescue-ignore: <rule-id or category> <reason>`` on the flagged line or the line above it
  (``rescue-ignore: all <reason>`` silences every rule there). The reason is kept and shown.
- ``nosemgrep`` / ``nosemgrep: rule-id[, rule-id]`` (semgrep's own marker), same placement.
- ``pragma: allowlist secret`` on the secret's line, or ``pragma: allowlist nextline secret`` on the
  line above (detect-secrets' markers), for ``exposed-secret`` findings.

Ignored findings are marked ``suppressed``, counted and listed, never silently dropped.
"""

from __future__ import annotations

import re

from analyzers.findings import Finding
from analyzers.workspace import Workspace

_RESCUE = re.compile(r"rescue-ignore:\s*([\w.\-/]+)(?:\s+(.*?))?\s*(?:\*/|-->|#\}|$)")
_NOSEMGREP = re.compile(r"\bnosem(?:grep)?\b(?::\s*([\w.\-, ]+))?")
_ALLOW_SAME = re.compile(r"pragma:\s*allowlist[ -]secret")
_ALLOW_NEXT = re.compile(r"pragma:\s*allowlist[ -]nextline[ -]secret")


def _rescue_ignore(line: str, finding: Finding) -> str | None:
    m = _RESCUE.search(line)
    if not m:
        return None
    target = m.group(1)
    if target not in (finding.rule_id, finding.category, "all"):
        return None
    reason = (m.group(2) or "").strip() or "no reason given"
    return f"rescue-ignore: {reason}"


def _nosemgrep(line: str, finding: Finding) -> str | None:
    m = _NOSEMGREP.search(line)
    if not m:
        return None
    ids = [x.strip() for x in (m.group(1) or "").split(",") if x.strip()]
    if ids and not any(finding.rule_id == i or finding.rule_id.endswith("." + i) for i in ids):
        return None
    return "nosemgrep"


_COMMENT_ONLY = re.compile(r"^\s*(?://|#|--|/\*|\*|<!--|\{/\*|;)")


def suppression_for(finding: Finding, workspace: Workspace) -> str | None:
    """The inline marker that silences ``finding``, or None. A marker on the line above counts
    only when that line is a comment of its own (not the end of another statement)."""
    here = workspace.line(finding.path, finding.line)
    above = workspace.line(finding.path, finding.line - 1) if finding.line > 1 else ""
    if not _COMMENT_ONLY.match(above):
        above = ""
    for line in (here, above):
        reason = _rescue_ignore(line, finding) or _nosemgrep(line, finding)
        if reason:
            return reason
    if finding.category == "exposed-secret" and (
        _ALLOW_SAME.search(here) or _ALLOW_NEXT.search(above)
    ):
        return "pragma: allowlist secret"
    return None


def apply_inline_ignores(findings: list[Finding], workspace: Workspace) -> list[Finding]:
    out = []
    for f in findings:
        if f.suppressed is None:
            reason = suppression_for(f, workspace)
            if reason is not None:
                f = f.with_changes(suppressed=reason)
        out.append(f)
    return out
