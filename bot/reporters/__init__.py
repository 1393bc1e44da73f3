"""Reporters: a ScanResult in, a document out. One small interface, one module per format."""

from __future__ import annotations

from typing import Protocol

from bot.pipeline import ScanResult


class Reporter(Protocol):
    def render(self, result: ScanResult) -> str: ...


def get_reporter(fmt: str, *, color: bool = False) -> Reporter:
    """The reporter for an output format name (text, json, sarif, markdown)."""
    from bot.reporters.jsonout import JsonReporter
    from bot.reporters.markdown import MarkdownReporter
    from bot.reporters.sarif import SarifReporter
    from bot.reporters.text import TextReporter

    reporters: dict[str, Reporter] = {
        "text": TextReporter(color=color),
        "json": JsonReporter(),
        "sarif": SarifReporter(),
        "markdown": MarkdownReporter(),
    }
    try:
        return reporters[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(reporters)}") from None


FORMATS = ("text", "json", "sarif", "markdown")
