"""`--format markdown`: the ranked report as GitHub-flavoured Markdown (PR summary, check run)."""

from __future__ import annotations

from analyzers.categories import CATEGORIES
from analyzers.findings import Finding, Severity
from bot.pipeline import ScanResult
from bot.reporters.grouping import by_risk, headline, plural, verdict

_ICON = {
    Severity.CRITICAL: "🔴",
    Severity.HIGH: "🟠",
    Severity.MEDIUM: "🟡",
    Severity.LOW: "🔵",
    Severity.INFO: "⚪",
}


def escape(text: str) -> str:
    """Neutralise Markdown table and HTML syntax in text that came from the scanned code."""
    return (
        text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", " ")
    )


def _finding(f: Finding, link: str | None) -> str:
    where = f"`{f.path}:{f.line}`" if link is None else f"[`{f.path}:{f.line}`]({link})"
    title = CATEGORIES[f.category].title if f.category in CATEGORIES else f.category
    lines = [
        f"- {_ICON[f.severity]} **{f.severity.value.upper()}** · {title} · {where}",
        f"  {escape(f.message)}",
        f"  <sub>rule `{f.rule_id}`"
        + (f" · [why this matters]({f.help_url})" if f.help_url else "")
        + "</sub>",
    ]
    if f.fix:
        fence = "````" if "```" in f.fix else "```"
        lines += ["  <details><summary>Suggested fix</summary>", "", f"  {fence}"]
        lines += [f"  {line}" for line in f.fix.splitlines()]
        lines += [f"  {fence}", "", "  </details>"]
    return "\n".join(lines)


def render_endpoints(result: ScanResult) -> str:
    rows = result.endpoints_in_scope
    if not rows:
        return ""
    title = "New and changed endpoints" if result.diff_mode else "Endpoints"
    out = [
        f"### {title}",
        "",
        "| Method | Path | Handler | Protected by |",
        "|---|---|---|---|",
    ]
    for e in rows:
        guard = e.protection or (f"public ({e.public_reason})" if e.public_reason else "**public**")
        out.append(
            f"| {e.method} | `{escape(e.route)}` | `{escape(e.path)}:{e.line}` | {escape(guard)} |"
        )
    return "\n".join(out)


def render_markdown(
    result: ScanResult,
    *,
    link_for: dict[str, str] | None = None,
    max_findings: int | None = None,
) -> str:
    """The whole report. ``link_for`` maps a fingerprint to a URL (the GitHub job links findings to
    their lines); ``max_findings`` caps the list, with the rest counted."""
    reported = list(result.reported)
    parts = [f"## Rescue: {headline(result)}", "", verdict(result, result.config.fail_on)]
    shown = 0
    for risk, group in by_risk(reported):
        parts += ["", f"### {risk.title} ({len(group)})", ""]
        for f in group:
            if max_findings is not None and shown >= max_findings:
                break
            parts.append(_finding(f, (link_for or {}).get(f.fingerprint)))
            shown += 1
    if shown < len(reported):
        parts += ["", f"_…and {plural(len(reported) - shown, 'more finding')} not listed here._"]
    endpoints = render_endpoints(result)
    if endpoints:
        parts += ["", endpoints]
    suppressed = result.suppressed
    if suppressed:
        parts += [
            "",
            f"<details><summary>{plural(len(suppressed), 'ignored finding')}</summary>",
            "",
        ]
        parts += [
            f"- `{f.path}:{f.line}` `{f.rule_id}`: {escape(f.suppressed or '')}" for f in suppressed
        ]
        parts += ["", "</details>"]
    if result.errors:
        parts += ["", "### Could not check everything", ""]
        parts += [
            f"- **{e.analyzer}** {e.level}"
            + (f" `{e.path}`" if e.path else "")
            + f": {escape(e.message)}"
            for e in result.errors
        ]
    if result.skipped:
        parts += [
            "",
            f"<details><summary>{plural(len(result.skipped), 'file')} not scanned</summary>",
            "",
        ]
        parts += [f"- `{s.path}`: {escape(s.reason)}" for s in result.skipped]
        parts += ["", "</details>"]
    return "\n".join(parts) + "\n"


class MarkdownReporter:
    def render(self, result: ScanResult) -> str:
        return render_markdown(result)
