"""The review as markdown for GitHub: the markdown reporter's ranked report (findings by business
risk, route inventory, ignored findings, errors) linked to the commit's lines, followed by what
the run left out, and fitted to GitHub's size limits. Used for the check run's summary and the
pull request's summary comment."""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.findings import Finding
from bot.github.text import gh_len, truncate
from bot.pipeline import ScanResult
from bot.reporters.grouping import plural, severity_counts
from bot.reporters.markdown import render_markdown


@dataclass(frozen=True)
class ReportContext:
    repo: str
    head_sha: str
    web_url: str  # https://github.com or a GitHub Enterprise host
    pr_number: int | None = None
    notes: tuple[str, ...] = ()  # what the review could not cover
    inline_comments: int = 0  # inline comments posted by this run
    not_inline: int = 0  # findings not commented inline (cap, or off the diff lines)
    max_comments: int = 0


def title(result: ScanResult) -> str:
    """The check run's title: how many problems, how many block the merge."""
    reported = result.reported
    if not reported:
        return "No problems found on the changed lines"
    line = f"{plural(len(reported), 'problem')} ({severity_counts(reported)})"
    failing = result.failing(result.config.fail_on)
    if failing:
        line += f": {len(failing)} blocking the merge"
    return line


def line_url(ctx: ReportContext, f: Finding) -> str:
    span = f"L{f.line}" + (f"-L{f.end_line}" if f.end_line > f.line else "")
    return f"{ctx.web_url}/{ctx.repo}/blob/{ctx.head_sha}/{f.path}#{span}"


def render(result: ScanResult, ctx: ReportContext, *, limit: int) -> str:
    """The report in at most ``limit`` characters; when the full list does not fit, the longest
    prefix of the ranked findings that does is shown and the rest are counted."""
    links = {f.fingerprint: line_url(ctx, f) for f in result.reported}
    tail = _tail(result, ctx)

    def build(max_findings: int | None) -> str:
        return render_markdown(result, link_for=links, max_findings=max_findings) + "\n" + tail

    text = build(None)
    if gh_len(text) <= limit:
        return text
    low, high = 0, len(result.reported)  # invariant: build(low) is the best that fits so far
    while low < high:
        mid = (low + high + 1) // 2
        if gh_len(build(mid)) <= limit:
            low = mid
        else:
            high = mid - 1
    return truncate(build(low), limit, "… (cut to fit GitHub's 65,535-character limit)")


def _tail(result: ScanResult, ctx: ReportContext) -> str:
    out: list[str] = [f"Reviewed commit {ctx.head_sha[:7]} in {result.duration_s:.1f} s."]
    if ctx.not_inline:
        out.append(
            f"{plural(ctx.not_inline, 'finding')} not commented inline (on lines outside the "
            f"diff, or past the limit of {ctx.max_comments} comments per review); "
            "all are listed above and annotated in the check run."
        )
    out.extend(f"ℹ️ {note}" for note in ctx.notes)
    out.append(
        "<sub>Comment `/rescue rerun` to review again or `/rescue help` for help. "
        "Configure Rescue in `.github/rescue.yml` on the default branch.</sub>"
    )
    return "\n\n".join(out)
