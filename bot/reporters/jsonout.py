"""`--format json`: the document of ../shared/docs/findings.md, reported findings only."""

from __future__ import annotations

import json
from typing import Any

from analyzers.base import AnalyzerError
from analyzers.findings import Finding
from bot.pipeline import ScanResult

JSON_VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule_id": f.rule_id,
        "category": f.category,
        "severity": f.severity.value,
        "path": f.path,
        "line": f.line,
        "end_line": f.end_line,
        "message": f.message,
        "analyzer": f.analyzer,
        "fingerprint": f.fingerprint,
    }
    if f.fix is not None:
        out["fix"] = f.fix
    if f.help_url is not None:
        out["help_url"] = f.help_url
    return out


def error_dict(e: AnalyzerError) -> dict[str, Any]:
    out: dict[str, Any] = {"analyzer": e.analyzer, "message": e.message}
    if e.path is not None:
        out["path"] = e.path
    return out


class JsonReporter:
    def render(self, result: ScanResult) -> str:
        doc = {
            "version": JSON_VERSION,
            "findings": [finding_dict(f) for f in result.reported],
            "errors": [error_dict(e) for e in result.errors],
        }
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
