"""File path globs as in .gitignore, for `paths.ignore` and the review's context files: `*` stays
within one path segment, `**` spans segments, a pattern without a slash matches a name at any
depth, and a pattern naming a folder covers everything below it. URL globs (`public_routes`) are
matched by `analyzers.routes.markers` instead: there `/api/status` must not cover
`/api/status/secret`, since that would make routes public nobody named."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=512)
def compile_glob(pattern: str) -> re.Pattern[str]:
    pat = pattern.strip()
    anchored = "/" in pat.rstrip("/")
    pat = pat.lstrip("/")
    if pat.endswith("/"):
        pat += "**"
    out: list[str] = []
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    body = "".join(out)
    prefix = "" if anchored else "(?:.*/)?"
    # A match may stop at a folder: "legacy" covers "legacy/app.ts".
    return re.compile(f"^{prefix}{body}(?:/.*)?$")


def matches(path: str, patterns: tuple[str, ...]) -> str | None:
    """The first pattern that matches ``path`` (relative, POSIX), or None."""
    for pattern in patterns:
        if compile_glob(pattern).match(path):
            return pattern
    return None
