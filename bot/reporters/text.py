"""`--format text`: the terminal report, grouped by business risk, with colors on a terminal."""

from __future__ import annotations

import textwrap

from analyzers.categories import CATEGORIES
from analyzers.findings import Severity
from bot.pipeline import ScanResult
from bot.reporters.grouping import by_risk, headline, plural, verdict

_COLORS = {
    Severity.CRITICAL: "\033[1;97;41m",
    Severity.HIGH: "\033[1;31m",
    Severity.MEDIUM: "\033[33m",
    Severity.LOW: "\033[36m",
    Severity.INFO: "\033[37m",
}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
WIDTH = 100


class TextReporter:
    def __init__(self, *, color: bool = False) -> None:
        self.color = color

    def _c(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.color else text

    def render(self, result: ScanResult) -> str:
        out: list[str] = [self._c(_BOLD, f"Rescue: {headline(result)}"), ""]
        for risk, group in by_risk(result.reported):
            out.append(self._c(_BOLD, f"== {int(risk)}. {risk.title} ({len(group)}) =="))
            for f in group:
                sev = self._c(_COLORS[f.severity], f" {f.severity.value.upper():8} ")
                title = CATEGORIES[f.category].title if f.category in CATEGORIES else f.category
                out.append(f"{sev} {f.path}:{f.line}  {title}")
                for para in f.message.splitlines() or [""]:
                    out += textwrap.wrap(
                        para, WIDTH, initial_indent="    ", subsequent_indent="    "
                    ) or [""]
                if f.fix:
                    out.append("    suggested fix:")
                    out += [f"      {line}" for line in f.fix.splitlines()]
                meta = f"rule {f.rule_id}" + (f" · {f.help_url}" if f.help_url else "")
                out.append(self._c(_DIM, f"    {meta}"))
            out.append("")
        endpoints = result.endpoints_in_scope
        if endpoints:
            title = "New and changed endpoints" if result.diff_mode else "Endpoints"
            out.append(self._c(_BOLD, f"== {title} ({len(endpoints)}) =="))
            width = max(len(e.route) for e in endpoints)
            for e in endpoints:
                guard = e.protection or (
                    f"public ({e.public_reason})" if e.public_reason else "PUBLIC"
                )
                out.append(f"  {e.method:6} {e.route:{width}}  {guard}  ({e.path}:{e.line})")
            out.append("")
        if result.suppressed:
            out.append(f"{plural(len(result.suppressed), 'finding')} ignored:")
            out += [f"  {f.path}:{f.line} {f.rule_id}: {f.suppressed}" for f in result.suppressed]
            out.append("")
        if result.skipped:
            out.append(f"{plural(len(result.skipped), 'file')} not scanned:")
            out += [f"  {s.path}: {s.reason}" for s in result.skipped]
            out.append("")
        if result.errors:
            out.append(self._c(_COLORS[Severity.HIGH], "Errors (some checks did not run fully):"))
            out += [
                f"  {e.analyzer} {e.level}: " + (f"{e.path}: " if e.path else "") + e.message
                for e in result.errors
            ]
            out.append("")
        out.append(verdict(result, result.config.fail_on))
        return "\n".join(out) + "\n"
