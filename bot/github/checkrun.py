"""The "Rescue" check run: conclusion, title, summary and annotations, shaped to GitHub's limits.

Pure: builds the request bodies; bot.jobs sends them (annotations 50 per request, the run completed
last so that branch protection sees the whole result at once).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from analyzers.categories import CATEGORIES
from analyzers.findings import Finding, Severity
from bot.github.api import Action, Annotation, Conclusion, Output
from bot.github.limits import (
    ACTION_DESCRIPTION_MAX,
    ACTION_IDENTIFIER_MAX,
    ACTION_LABEL_MAX,
    ANNOTATIONS_PER_REQUEST,
    CHECK_OUTPUT_MAX_CHARS,
)
from bot.github.report import ReportContext, render, title
from bot.github.text import batches, truncate
from bot.pipeline import ScanResult
from bot.reporters.grouping import severity_counts

CHECK_NAME = "Rescue"
# Past this many annotations the Files view stops being useful; the summary still counts them all.
MAX_ANNOTATIONS = 1000
RERUN_IDENTIFIER = "rerun"

RERUN_ACTION: Action = {
    "label": "Re-run",
    "description": "Review this commit again",
    "identifier": RERUN_IDENTIFIER,
}
assert len(RERUN_ACTION["label"]) <= ACTION_LABEL_MAX
assert len(RERUN_ACTION["description"]) <= ACTION_DESCRIPTION_MAX
assert len(RERUN_ACTION["identifier"]) <= ACTION_IDENTIFIER_MAX


@dataclass(frozen=True)
class CheckOutcome:
    conclusion: Conclusion
    title: str
    summary: str
    annotation_batches: tuple[tuple[Annotation, ...], ...]

    def output(self, batch: int = 0) -> Output:
        """The ``output`` of request ``batch`` (title and summary are required on every one)."""
        out: Output = {"title": self.title, "summary": self.summary}
        if batch < len(self.annotation_batches):
            out["annotations"] = list(self.annotation_batches[batch])
        return out


def conclusion_for(result: ScanResult) -> Conclusion:
    """failure: a finding at or above the threshold; neutral: nothing blocks but an analyzer
    failed, so silence would be a guess; success otherwise."""
    if result.failing(result.config.fail_on):
        return "failure"
    if any(e.level == "error" for e in result.errors):
        return "neutral"
    return "success"


def annotation_level(f: Finding, fail_on: Severity | None) -> Literal["notice", "warning", "failure"]:
    if fail_on is not None and f.severity >= fail_on:
        return "failure"
    return "warning" if f.severity >= Severity.MEDIUM else "notice"


def annotation(f: Finding, fail_on: Severity | None) -> Annotation:
    title = CATEGORIES[f.category].title if f.category in CATEGORIES else f.category
    ann: Annotation = {
        "path": f.path,
        "start_line": f.line,
        "end_line": max(f.end_line, f.line),
        "annotation_level": annotation_level(f, fail_on),
        "message": truncate(f.message, 60_000, "…"),
        "title": f"{f.severity.value}: {title} ({f.rule_id})"[:255],
    }
    if f.fix:
        ann["raw_details"] = truncate("Suggested change:\n" + f.fix, 60_000, "…")
    return ann


def outcome(result: ScanResult, ctx: ReportContext) -> CheckOutcome:
    fail_on = result.config.fail_on
    # A deleted file has no line in the head commit: GitHub would attach the annotation to the
    # wrong file. Those findings stay in the summary (and still decide the conclusion).
    annotatable = [f for f in result.reported if f.path not in result.deleted_paths]
    findings = annotatable[:MAX_ANNOTATIONS]
    anns = [annotation(f, fail_on) for f in findings]
    conclusion = conclusion_for(result)
    heading = title(result)
    if conclusion == "neutral":
        heading += " (incomplete: a check could not run)"
    return CheckOutcome(
        conclusion=conclusion,
        title=heading[:255],
        summary=render(result, ctx, limit=CHECK_OUTPUT_MAX_CHARS),
        annotation_batches=tuple(tuple(b) for b in batches(anns, ANNOTATIONS_PER_REQUEST)),
    )


def neutral(title: str, explanation: str) -> CheckOutcome:
    """A run that could not review the commit, with the reason (invalid config, crash, timeout)."""
    return CheckOutcome(
        conclusion="neutral",
        title=title[:255],
        summary=truncate(explanation, CHECK_OUTPUT_MAX_CHARS, "…"),
        annotation_batches=(),
    )


def describe(result: ScanResult) -> str:
    """Short log line of a result."""
    return f"{len(result.reported)} reported ({severity_counts(result.reported) or 'none'})"
