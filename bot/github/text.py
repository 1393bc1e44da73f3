"""Text helpers for GitHub's limits: length as GitHub counts it, truncation with a note, batching."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar
from urllib.parse import urlsplit

T = TypeVar("T")


def gh_len(text: str) -> int:
    """Length in UTF-16 code units: never less than the characters GitHub counts (an emoji is
    one code point but two units), so text cut to this length always fits."""
    return len(text.encode("utf-16-le")) // 2


def truncate(text: str, limit: int, note: str) -> str:
    """``text`` if it fits in ``limit``; else cut at a line end with ``note`` appended."""
    if gh_len(text) <= limit:
        return text
    budget = limit - gh_len(note) - 2
    if budget <= 0:
        return note[: max(limit, 0)]
    head = text.encode("utf-16-le")[: budget * 2].decode("utf-16-le", errors="ignore")
    cut = head.rfind("\n")
    if cut > budget // 2:
        head = head[:cut]
    return head.rstrip() + "\n\n" + note


def batches(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def cell(text: str) -> str:
    """Text safe inside a markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def first_sentence(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    for end in (". ", "; "):
        i = line.find(end)
        if 0 < i < limit:
            return line[: i + 1]
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def web_url(api_url: str) -> str:
    """GitHub's web root for an API root: api.github.com → github.com, GHES /api/v3 → the host."""
    parts = urlsplit(api_url)
    host = parts.netloc
    if host == "api.github.com":
        return "https://github.com"
    if host.startswith("api."):
        return f"{parts.scheme}://{host[4:]}"
    return f"{parts.scheme}://{host}"
