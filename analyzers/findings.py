"""The one `Finding` type that flows from the analyzers through the filter to every reporter.

Field by field (see ../shared/docs/findings.md for the contract):

- ``rule_id``: the most specific name of the check (``ts.nextjs.route-without-auth``); published ids
  never change.
- ``category``: one of :data:`analyzers.categories.CATEGORIES`.
- ``severity``: :class:`Severity`.
- ``path``: relative to the scanned root, POSIX separators.
- ``line`` / ``end_line``: 1-based, inclusive; the line a reviewer would comment on.
- ``message``: plain words: what is wrong, why it matters, what to do instead. Never a secret value.
- ``analyzer``: the analyzer that produced it (``semgrep``, ``secrets``, ...).
- ``fingerprint``: stable across unrelated edits (no line number in it), see :func:`fingerprint_for`.
- ``fix``: optional replacement text for lines ``line..end_line`` when the fix is mechanical.
- ``help_url``: optional link that explains the rule.
- ``confidence``: ``high`` / ``medium`` / ``low``, from the rule's metadata.
- ``caused_by_change``: the problem is new because of the change even though its line is not on the
  diff (a PR that drops the only policy of a table created long ago). The diff filter keeps it.
- ``location`` / ``in_scope``: set by the diff filter (bot.difffilter), which marks, never drops.
- ``suppressed``: why it was silenced (inline ``rescue-ignore``, ``nosemgrep``, config), or None.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import total_ordering


@total_ordering
class Severity(Enum):
    """Ordered severities: CRITICAL > HIGH > MEDIUM > LOW > INFO."""

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def weight(self) -> int:
        return _SEVERITY_WEIGHT[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.weight < other.weight

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read a severity name; raise ValueError naming the accepted values otherwise."""
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {text!r}; use one of {names}") from None


_SEVERITY_WEIGHT = {
    Severity.INFO: 0,
    Severity.LOW: 1,
    Severity.MEDIUM: 2,
    Severity.HIGH: 3,
    Severity.CRITICAL: 4,
}


class Location(StrEnum):
    """Where a finding falls relative to the change (set by the diff filter)."""

    ADDED = "added"  # on a line the change adds or modifies
    CONTEXT = "context"  # inside a diff hunk, on an unchanged context line
    CHANGED_FILE = "changed-file"  # elsewhere in a file the change touches
    UNCHANGED = "unchanged"  # in a file the change does not touch
    WHOLE_SCAN = "whole-scan"  # no diff: the whole tree was scanned


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    category: str
    severity: Severity
    path: str
    line: int
    end_line: int
    message: str
    analyzer: str
    fingerprint: str
    fix: str | None = None
    help_url: str | None = None
    confidence: str = "medium"
    caused_by_change: bool = False
    location: Location | None = None
    in_scope: bool = True
    suppressed: str | None = None

    @property
    def reported(self) -> bool:
        """True when the finding counts: inside the diff filter's scope and not suppressed."""
        return self.in_scope and self.suppressed is None

    def with_changes(self, **changes: object) -> Finding:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


_SPACE = re.compile(r"\s+")


def fingerprint_for(rule_id: str, path: str, anchor: str) -> str:
    """A finding's identity: rule, file and the flagged code with white space folded.

    The line number is left out on purpose, so that a finding keeps its identity when unrelated
    lines above it move. ``anchor`` is the flagged source text, or for secrets a digest of the
    value (never the value itself). Two identical anchors in one file are told apart by
    :func:`disambiguate` in the pipeline.
    """
    folded = _SPACE.sub(" ", anchor).strip()
    digest = hashlib.sha256(f"{rule_id}\0{path}\0{folded}".encode()).hexdigest()
    return digest[:32]


def disambiguate(findings: list[Finding]) -> list[Finding]:
    """Give repeated fingerprints an ordinal suffix, in line order, so each stays unique."""
    seen: dict[str, int] = {}
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.path, f.line, f.rule_id)):
        n = seen.get(f.fingerprint, 0) + 1
        seen[f.fingerprint] = n
        out.append(f if n == 1 else f.with_changes(fingerprint=f"{f.fingerprint}-{n}"))
    return out


def one_per_line(findings: list[Finding]) -> list[Finding]:
    """One finding per file, line and category: when two rules (or two analyzers) flag the same
    line for the same risk, a reviewer needs one comment. An unsuppressed finding wins over an
    ignored one (ignoring one rule must not hide another), then the more severe."""
    best: dict[tuple[str, int, str], Finding] = {}
    for f in findings:
        key = (f.path, f.line, f.category)
        kept = best.get(key)
        if kept is None or _precedence(f) > _precedence(kept):
            best[key] = f
    return list(best.values())


def _precedence(f: Finding) -> tuple[bool, Severity, str]:
    return (f.suppressed is None, f.severity, f.rule_id)
