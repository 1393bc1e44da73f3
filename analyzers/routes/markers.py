"""Routes the user marked public: a ``rescue: public (<reason>)`` comment on or above the handler,
or a ``public_routes`` glob in ``.github/rescue.yml`` (``/api/health``, ``/api/public/**``)."""

from __future__ import annotations

import re
from functools import lru_cache

_MARKER = re.compile(r"(?://|#|/\*|\*)\s*rescue:\s*public\b(?:\s*\(([^)]*)\))?", re.IGNORECASE)
# How far above the route definition a marker may sit (decorators, a doc comment, a blank line).
_LOOKBACK = 4


def marker_reason(lines: list[str], line: int) -> str | None:
    """The reason of a public marker on ``line`` (1-based) or just above it, or None."""
    for number in range(line, max(0, line - 1 - _LOOKBACK), -1):
        if 0 < number <= len(lines):
            m = _MARKER.search(lines[number - 1])
            if m:
                return (m.group(1) or "").strip() or "marked public"
            if number < line and lines[number - 1].strip() and not _decoration(lines[number - 1]):
                break
    return None


def _decoration(text: str) -> bool:
    """Lines that may stand between a marker and the route: decorators and comments."""
    s = text.strip()
    return s.startswith(("@", "//", "#", "/*", "*"))


@lru_cache(maxsize=256)
def _route_glob(pattern: str) -> re.Pattern[str]:
    pat = "/" + pattern.strip().strip("/")
    out: list[str] = []
    i = 0
    while i < len(pat):
        if pat.startswith("/**", i):
            out.append("(?:/.*)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("^" + "".join(out) + "/?$")


def glob_match(route: str, patterns: tuple[str, ...]) -> str | None:
    """The first ``public_routes`` pattern that matches the URL path, or None."""
    for pattern in patterns:
        if _route_glob(pattern).match(route):
            return pattern
    return None
