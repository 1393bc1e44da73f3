"""Hidden HTML markers that let Rescue find its own comments again and edit them in place.

GitHub renders ``<!-- ... -->`` as nothing, so a marker costs the reader nothing and survives edits.
Pure functions; the fingerprint is the finding's stable identity (no line number), so a comment
keeps pointing at its finding from push to push.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUMMARY_MARKER = "<!-- rescue:summary -->"
_FINDING = re.compile(r"<!-- rescue:finding fingerprint=([0-9a-f]{8,64}(?:-\d+)?) state=(open|fixed) -->")
# Any of our markers: comments carrying one were written by Rescue and never trigger commands.
_ANY = re.compile(r"<!-- rescue:[a-z]+")


@dataclass(frozen=True, slots=True)
class FindingMarker:
    fingerprint: str
    fixed: bool


def finding_marker(fingerprint: str, *, fixed: bool = False) -> str:
    return f"<!-- rescue:finding fingerprint={fingerprint} state={'fixed' if fixed else 'open'} -->"


def read_finding_marker(body: str | None) -> FindingMarker | None:
    """The finding marker in a review comment body, or None for comments that are not ours."""
    m = _FINDING.search(body or "")
    return FindingMarker(m.group(1), m.group(2) == "fixed") if m else None


def is_summary(body: str | None) -> bool:
    return SUMMARY_MARKER in (body or "")


def written_by_rescue(body: str | None) -> bool:
    return bool(_ANY.search(body or ""))


def mark_fixed(body: str, head_sha: str) -> str:
    """The body of a finding comment whose finding is gone: struck through under a 'fixed' line."""
    m = _FINDING.search(body)
    if m is None or m.group(2) == "fixed":
        return body
    rest = (body[: m.start()] + body[m.end() :]).strip()
    quoted = "\n".join(f"> {line}" if line else ">" for line in rest.splitlines())
    return (
        f"{finding_marker(m.group(1), fixed=True)}\n"
        f"✅ **Resolved** in {head_sha[:7]}: Rescue no longer reports this problem.\n\n"
        f"<details><summary>Original comment</summary>\n\n{quoted}\n\n</details>"
    )
