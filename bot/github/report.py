"""The review as markdown: headline, findings ranked by business risk, route inventory, what was
left out. One renderer for the check run's summary and the pull request's summary comment."""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.categories import CATEGORIES, Risk, risk_of
from analyzers.findings import Finding, Severity
from bot.github.text import cell, first_sentence, gh_len, truncate
from bot.pipeline import ScanResult

ICON = {
    Severity.CRITICAL: "🔴",
    Severity.HIGH: "🟠",
    Severity.MEDIUM: "🟡",
    Severity.LOW: "🔵",
    Severity.INFO: "⚪",
}


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


def counts(findings: tuple[Finding, ...] | list[Finding]) -> str:
    """'1 critical, 2 high' in severity order."""
    parts = []
    for sev in Severity:
        n = sum(1 for f in findings if f.severity is sev)
        if n:
            parts.append(f"{n} {sev.value}")
    return ", ".join(parts)


def headline(result: ScanResult) -> str:
    """One line: how many problems, how many block the merge."""
    reported = result.reported
    failing = result.failing(result.config.fail_on)
    if not reported:
        return "No problems found on the changed lines"
    noun = "problem" if len(reported) == 1 else "problems"
    line = f"{len(reported)} {noun} ({counts(reported)})"
    if failing:
        line += f": {len(failing)} blocking the merge"
    return line


def link(ctx: ReportContext, f: Finding) -> str:
    span = f"L{f.line}" + (f"-L{f.end_line}" if f.end_line > f.line else "")
    url = f"{ctx.web_url}/{ctx.repo}/blob/{ctx.head_sha}/{f.path}#{span}"
    return f"[`{f.path}:{f.line}`]({url})"


def finding_line(ctx: ReportContext, f: Finding) -> str:
    title = CATEGORIES[f.category].title if f.category in CATEGORIES else f.category
    more = f" ([why]({f.help_url}))" if f.help_url else ""
    return (
        f"- {ICON[f.severity]} **{f.severity.value}** · {title} · {link(ctx, f)}\n"
        f"  {first_sentence(f.message)}{more}"
    )


def render(result: ScanResult, ctx: ReportContext, *, limit: int) -> str:
    """The report in at most ``limit`` characters; findings past the budget are counted."""
    fail_on = result.config.fail_on
    head = [
        f"**{headline(result)}** at {ctx.head_sha[:7]}"
        + (f" (the merge is blocked at `{fail_on.value}` and above)" if fail_on else ""),
        "",
        f"Rescue reviewed {result.files_scanned} changed file"
        f"{'' if result.files_scanned == 1 else 's'} in {result.duration_s:.1f} s.",
    ]
    tail = _tail(result, ctx)
    body: list[str] = []
    shown = 0
    budget = limit - gh_len("\n".join(head)) - gh_len(tail) - 200
    used = 0
    current: Risk | None = None
    for f in result.reported:
        risk = risk_of(f.category)
        piece = ("\n### " + risk.title + "\n" if risk is not current else "") + finding_line(ctx, f)
        if used + gh_len(piece) + 1 > budget:
            break
        if risk is not current:
            current = risk
        body.append(piece)
        used += gh_len(piece) + 1
        shown += 1
    hidden = len(result.reported) - shown
    if hidden:
        body.append(
            f"\n… and {hidden} more finding{'s' if hidden != 1 else ''} not shown here (GitHub "
            "limits this text to 65,535 characters); each one is annotated on its line in the "
            "Files changed tab."
        )
    text = "\n".join(head) + "\n" + "\n".join(body) + "\n" + tail
    return truncate(text, limit, "… (cut to fit GitHub's 65,535-character limit)")


def _tail(result: ScanResult, ctx: ReportContext) -> str:
    out: list[str] = []
    if ctx.not_inline:
        out.append(
            f"{ctx.not_inline} finding{'s are' if ctx.not_inline != 1 else ' is'} listed above but "
            f"not commented inline (on unchanged lines, or past the limit of {ctx.max_comments} "
            "comments per review)."
        )
    if result.suppressed:
        out.append(f"{len(result.suppressed)} finding(s) silenced by `rescue-ignore` or the configuration.")
    if result.endpoints:
        out.append(_endpoints(result))
    if result.skipped:
        names = ", ".join(f"`{s.path}` ({s.reason})" for s in result.skipped[:10])
        more = f" and {len(result.skipped) - 10} more" if len(result.skipped) > 10 else ""
        out.append(f"Not analyzed: {names}{more}.")
    for err in result.errors[:10]:
        where = f" ({err.path})" if err.path else ""
        out.append(f"⚠️ {err.analyzer} could not finish{where}: {cell(err.message)[:300]}")
    out.extend(f"ℹ️ {note}" for note in ctx.notes)
    out.append(
        "<sub>Comment `/rescue rerun` to review again, `/rescue help` for help. "
        "Configure Rescue in `.github/rescue.yml`.</sub>"
    )
    return "\n\n".join(out)


def _endpoints(result: ScanResult) -> str:
    rows = [
        "<details><summary>Endpoints in the changed files "
        f"({len(result.endpoints)})</summary>\n",
        "| Method | Route | File | Protection |",
        "|---|---|---|---|",
    ]
    for e in result.endpoints[:200]:
        protection = e.protection or (f"public: {e.public_reason}" if e.public_reason else "⚠️ none")
        rows.append(
            f"| {cell(e.method)} | `{cell(e.route)}` | `{cell(e.path)}:{e.line}` | {cell(protection)} |"
        )
    if len(result.endpoints) > 200:
        rows.append(f"\n… and {len(result.endpoints) - 200} more.")
    rows.append("\n</details>")
    return "\n".join(rows)
