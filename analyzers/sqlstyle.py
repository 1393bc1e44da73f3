"""SQL style on the target ``.sql`` files with sqlfluff: low-severity ``sql-style`` findings.

One sqlfluff linter per scan, configured here and never from the repository (a repository's
``.sqlfluff`` could point the jinja templater at its own Python code). Generated migrations
(Prisma, drizzle, Supabase, Django ``sqlmigrate``) are left out unless
``AnalyzerOptions.sql_style_generated``. sqlfluff skips files over its
``large_file_skip_byte_limit`` silently, so the limit is lifted: the workspace already moves
files over 1 MB to ``skipped``, where the user sees them.
"""

from __future__ import annotations

import re
from typing import Any

from analyzers.base import AnalysisResult, AnalyzerError
from analyzers.findings import Finding, Severity, fingerprint_for
from analyzers.options import AnalyzerOptions
from analyzers.sql.discovery import discover
from analyzers.workspace import Workspace

NAME = "sqlfluff"
_GENERATED_MARK = re.compile(
    r"^\s*--\s*(generated|auto-?generated|this file (is|was) generated|create model|@generated)",
    re.I | re.M,
)
_HELP = "https://docs.sqlfluff.com/en/stable/reference/rules.html"


class SqlStyleAnalyzer:
    """sqlfluff's core rules on hand-written SQL files."""

    name = NAME

    def __init__(self, options: AnalyzerOptions) -> None:
        self._options = options

    def style_targets(self, workspace: Workspace) -> list[str]:
        """Target ``.sql`` files sqlfluff should read (generated migrations left out by default)."""
        sql = [t for t in workspace.targets if t.lower().endswith(".sql")]
        if self._options.sql_style_generated:
            return sql
        generated = {f for h in discover(sql) if h.generated for f in h.files}
        out = []
        for path in sql:
            if path in generated:
                continue
            try:
                head = workspace.read_text(path)[:2000]
            except OSError:
                head = ""
            if not _GENERATED_MARK.search(head):
                out.append(path)
        return out

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        if not self._options.sql_style:
            return AnalysisResult()
        targets = self.style_targets(workspace)
        if not targets:
            return AnalysisResult()  # sqlfluff is slow to import: only load it when needed
        try:
            from sqlfluff.core import FluffConfig, Linter
        except ImportError:
            return AnalysisResult(errors=(AnalyzerError(NAME, "sqlfluff is not installed"),))
        config = FluffConfig(
            overrides={
                "dialect": self._options.sql_dialect,
                "templater": "raw",
                "rules": "core",
                "large_file_skip_byte_limit": 0,
            }
        )
        linter = Linter(config=config)
        findings: list[Finding] = []
        errors: list[AnalyzerError] = []
        for path in targets:
            try:
                text = workspace.read_text(path)
            except OSError as exc:
                errors.append(AnalyzerError(NAME, f"cannot read: {exc.strerror or exc}", path))
                continue
            linted = linter.lint_string(text, fname=path)
            unparsable: list[int] = []
            for violation in linted.get_violations():
                code = str(violation.rule_code())
                if code in ("PRS", "LXR", "TMP"):
                    unparsable.append(int(violation.line_no))
                    continue
                findings.append(_finding(workspace, path, violation, code))
            if unparsable:
                errors.append(
                    AnalyzerError(
                        NAME,
                        f"sqlfluff ({self._options.sql_dialect}) could not parse line "
                        f"{min(unparsable)}; style was checked on the rest of the file",
                        path,
                    )
                )
        return AnalysisResult(findings=tuple(findings), errors=tuple(errors))


def _finding(workspace: Workspace, path: str, violation: Any, code: str) -> Finding:
    line = int(violation.line_no)
    rule_id = f"sqlfluff.{code}"
    return Finding(
        rule_id=rule_id,
        category="sql-style",
        severity=Severity.LOW,
        path=path,
        line=line,
        end_line=line,
        message=f"{violation.desc()} (sqlfluff {code})",
        analyzer=NAME,
        fingerprint=fingerprint_for(rule_id, path, f"{violation.line_pos} {workspace.line(path, line)}"),
        help_url=_HELP,
        confidence="high",
    )
