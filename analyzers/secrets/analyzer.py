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
        current: set[str] = set()  # values found in the files as they are now
        for path in workspace.targets:
            try:
                text = workspace.read_text(path)
            except OSError as exc:
                errors.append(AnalyzerError(NAME, f"cannot read: {exc.strerror or exc}", path))
                continue
            try:
                hits = scan_text(path, text)
            except Exception as exc:  # a bug on one file must not sink the scan
                # Only the exception's type: its text could quote part of the file (a value).
                errors.append(AnalyzerError(NAME, f"check failed ({type(exc).__name__})", path))
                continue
            findings.extend(finding(hit, path) for hit in hits)
            current.update(hit.value for hit in hits)
        try:
            for fd, hit, _ in removed_secrets(workspace):
                if hit.value in current:
                    continue  # moved to another file: the finding there says to rotate it
                line = new_line_for(fd, hit.line)
                findings.append(history_finding(hit, fd.path, line, hit.line))
        except Exception as exc:  # same reasoning as above: the type only, never the text
            errors.append(AnalyzerError(NAME, f"history check failed ({type(exc).__name__})"))
        log.debug("secrets: %d findings in %d files", len(findings), len(workspace.targets))
        return AnalysisResult(findings=tuple(findings), errors=tuple(errors))
