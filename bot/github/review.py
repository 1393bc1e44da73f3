"""One pull-request review per run: inline comments on diff lines only, suggestions for mechanical
fixes, a cap per review, no comment twice for the same finding, and resolved comments marked.

Pure planning over the findings, the diff and the comments already on the pull request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from analyzers.categories import CATEGORIES
from analyzers.diff import ChangeStatus, Diff, FileDiff
from analyzers.findings import Finding, Severity
from bot.github.api import ReviewComment
from bot.github.limits import COMMENT_MAX_CHARS
from bot.github.markers import finding_marker, mark_fixed, read_finding_marker
from bot.github.text import truncate
from bot.pipeline import ScanResult
from bot.reporters.markdown import escape

_ICON = {
    Severity.CRITICAL: "🔴",
    Severity.HIGH: "🟠",
    Severity.MEDIUM: "🟡",
    Severity.LOW: "🔵",
    Severity.INFO: "⚪",
}


@dataclass(frozen=True, slots=True)
class ExistingComment:
    """A review comment already on the pull request (only Rescue's carry a marker)."""

    id: int
    body: str
    by_bot: bool


@dataclass(frozen=True, slots=True)
class Inline:
    finding: Finding
    comment: ReviewComment


@dataclass(frozen=True)
class ReviewPlan:
    comments: tuple[Inline, ...]  # to post, in rank order
    already_commented: int  # findings whose comment from an earlier run still stands
    off_diff: int  # reported findings on lines a review comment cannot target
    overflow: int  # commentable findings past the per-review cap
    resolved: tuple[tuple[int, str], ...]  # (comment id, new body) for findings that are gone

    @property
    def not_inline(self) -> int:
        return self.off_diff + self.overflow


def span_on_diff(f: Finding, fd: FileDiff | None) -> tuple[int | None, int] | None:
    """(start_line or None, line) that a RIGHT-side review comment on ``f`` may use, or None when
    the finding's line is not part of the diff (GitHub answers 422 for such comments)."""
    if fd is None or fd.status is ChangeStatus.DELETED or fd.binary:
        return None
    visible = fd.added | fd.context
    if f.line not in visible:
        return None
    end = max(f.end_line, f.line)
    if end == f.line:
        return None, f.line
    for h in fd.hunks:
        first, last = h.new_start, h.new_start + h.new_count - 1
        if first <= f.line and end <= last and all(n in visible for n in range(f.line, end + 1)):
            return f.line, end
    return None, f.line


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def comment_body(f: Finding, *, suggestion: bool) -> str:
    title = CATEGORIES[f.category].title if f.category in CATEGORIES else f.category
    parts = [
        finding_marker(f.fingerprint),
        f"{_ICON[f.severity]} **{f.severity.value.capitalize()}: {title}** (`{f.rule_id}`)",
        "",
        escape(f.message.strip()),
    ]
    if f.fix is not None and suggestion:
        fence = _fence(f.fix)
        parts += ["", f"{fence}suggestion", f.fix.rstrip("\n"), fence]
    elif f.fix is not None:
        fence = _fence(f.fix)
        parts += ["", "Suggested change:", f"{fence}", f.fix.rstrip("\n"), fence]
    if f.help_url:
        parts += ["", f"[Why this matters]({f.help_url})"]
    return truncate("\n".join(parts), COMMENT_MAX_CHARS, "…")


def plan_review(
    result: ScanResult,
    diff: Diff | None,
    existing: Iterable[ExistingComment],
    *,
    max_comments: int,
    suggestions: bool,
    head_sha: str,
    complete: bool = True,
) -> ReviewPlan:
    """What this run posts and edits. ``complete`` is False when the review saw only part of the
    change (GitHub listed a capped number of files): then nothing is marked resolved."""
    by_path: Mapping[str, FileDiff] = diff.by_path() if diff is not None else {}
    open_markers: dict[str, int] = {}
    bodies: dict[int, str] = {}
    for c in existing:
        marker = read_finding_marker(c.body)
        if marker is None or not c.by_bot:
            continue
        bodies[c.id] = c.body
        if not marker.fixed:
            open_markers.setdefault(marker.fingerprint, c.id)

    comments: list[Inline] = []
    already = off_diff = overflow = 0
    for f in result.reported:
        if f.fingerprint in open_markers:
            already += 1
            continue
        span = span_on_diff(f, by_path.get(f.path))
        if span is None:
            off_diff += 1
            continue
        if len(comments) >= max_comments:
            overflow += 1
            continue
        start, line = span
        # A suggestion replaces exactly the commented lines, so it needs the finding's whole span.
        whole_span = line == max(f.end_line, f.line)
        rc: ReviewComment = {
            "path": f.path,
            "line": line,
            "side": "RIGHT",
            "body": comment_body(f, suggestion=suggestions and whole_span),
        }
        if start is not None:
            rc["start_line"] = start
            rc["start_side"] = "RIGHT"
        comments.append(Inline(f, rc))

    present = {f.fingerprint for f in result.findings if f.suppressed is None}
    resolved: list[tuple[int, str]] = []
    if complete:
        for fingerprint, cid in sorted(open_markers.items(), key=lambda kv: kv[1]):
            if fingerprint not in present:
                resolved.append((cid, mark_fixed(bodies[cid], head_sha)))
    return ReviewPlan(tuple(comments), already, off_diff, overflow, tuple(resolved))


def review_body(plan: ReviewPlan, result: ScanResult) -> str:
    n = len(plan.comments)
    text = f"Rescue found {n} new problem{'s' if n != 1 else ''} on the changed lines"
    failing = [i for i in plan.comments if i.finding in result.failing(result.config.fail_on)]
    if failing:
        text += f"; {len(failing)} block{'s' if len(failing) == 1 else ''} the merge"
    text += ". The summary comment lists every finding, ranked by business risk."
    if plan.overflow:
        text += f" {plan.overflow} more are not commented inline (limit per review)."
    return text
