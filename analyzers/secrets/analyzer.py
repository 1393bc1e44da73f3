"""The secrets analyzer: provider keys, passwords and private keys in the scanned files, and
secrets the change deletes that are still in the history."""

from __future__ import annotations

import logging

from analyzers.base import AnalysisResult, AnalyzerError
from analyzers.findings import Finding
from analyzers.options import AnalyzerOptions
from analyzers.secrets.history import new_line_for, removed_secrets
from analyzers.secrets.report import NAME, finding, history_finding
from analyzers.secrets.scanner import scan_text
from analyzers.workspace import Workspace

log = logging.getLogger(__name__)


class SecretsAnalyzer:
    """Credentials in code, config, docs and notebooks, judged in context (category
    ``exposed-secret``). Values are never logged or reported; only a masked form."""

    name = NAME

    def __init__(self, options: AnalyzerOptions) -> None:
        self._options = options

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        findings: list[Finding] = []
        errors: list[AnalyzerError] = []
        for path in workspace.targets:
            try:
                text = workspace.read_text(path)
            except OSError as exc:
                errors.append(AnalyzerError(NAME, f"cannot read: {exc.strerror or exc}", path))
                continue
            findings.extend(finding(hit, path) for hit in scan_text(path, text))
        for fd, hit, _ in removed_secrets(workspace):
            line = new_line_for(fd, hit.line)
            findings.append(history_finding(hit, fd.path, line, hit.line))
        log.debug("secrets: %d findings in %d files", len(findings), len(workspace.targets))
        return AnalysisResult(findings=tuple(findings), errors=tuple(errors))
