"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.

Validated in tests against the official OASIS schema (../shared/sarif). GitHub reads
``partialFingerprints`` to track results across runs and ``security-severity`` (0-10) on rules to
rank them: https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
"""

from __future__ import annotations

import json
from typing import Any

from analyzers.categories import CATEGORIES
from analyzers.findings import Finding, Severity
from bot import __version__
from bot.pipeline import ScanResult

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/apps/rescue"

_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
_SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "1.0",
}


def _rule(f: Finding) -> dict[str, Any]:
    cat = CATEGORIES.get(f.category)
    rule: dict[str, Any] = {
        "id": f.rule_id,
        "name": f.rule_id,
        "shortDescription": {"text": cat.title if cat else f.category},
        "defaultConfiguration": {"level": _LEVEL[f.severity]},
        "properties": {
            "category": f.category,
            "tags": ["security", f.category]
            if cat and cat.family.value != "style"
            else [f.category],
            "precision": {"high": "high", "medium": "medium", "low": "low"}.get(
                f.confidence, "medium"
            ),
            "security-severity": _SECURITY_SEVERITY[f.severity],
        },
    }
    if f.help_url:
        rule["helpUri"] = f.help_url
    return rule


def _result(f: Finding, index: int) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ruleId": f.rule_id,
        "ruleIndex": index,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message or f.rule_id},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": f.line, "endLine": max(f.end_line, f.line)},
                }
            }
        ],
        "partialFingerprints": {"rescue/v1": f.fingerprint},
        "properties": {"category": f.category, "severity": f.severity.value},
    }
    if f.suppressed is not None:
        res["suppressions"] = [{"kind": "inSource", "justification": f.suppressed}]
    return res


class SarifReporter:
    def render(self, result: ScanResult) -> str:
        # Suppressed findings in scope are included with a suppression, as SARIF intends.
        shown = [f for f in result.findings if f.in_scope]
        rules: list[dict[str, Any]] = []
        index: dict[str, int] = {}
        for f in shown:
            if f.rule_id not in index:
                index[f.rule_id] = len(rules)
                rules.append(_rule(f))
        notifications = [
            {
                "level": "error",
                "message": {"text": f"{e.analyzer}: {e.message}"},
                **(
                    {"locations": [{"physicalLocation": {"artifactLocation": {"uri": e.path}}}]}
                    if e.path
                    else {}
                ),
            }
            for e in result.errors
        ]
        doc = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "Rescue",
                            "version": __version__,
                            "informationUri": INFORMATION_URI,
                            "rules": rules,
                        }
                    },
                    "originalUriBaseIds": {"%SRCROOT%": {"uri": "./"}},
                    "invocations": [
                        {
                            "executionSuccessful": not result.errors,
                            "toolExecutionNotifications": notifications,
                        }
                    ],
                    "results": [_result(f, index[f.rule_id]) for f in shown],
                }
            ],
        }
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
