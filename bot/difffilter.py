"""The diff filter: marks each finding with where it falls relative to the change, and whether it
is in scope under the chosen mode. It never drops a finding: reporters decide what to show."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from analyzers.diff import ChangeStatus, Diff, FileDiff
from analyzers.findings import Finding, Location


class FilterMode(StrEnum):
    ADDED = "added"  # only findings on lines the change adds (the default for reviews)
    DIFF_CONTEXT = "diff-context"  # also on unchanged lines shown inside the diff's hunks
    FILE = "file"  # anywhere in a file the change touches
    NOFILTER = "nofilter"  # everything, changed or not


_IN_SCOPE: dict[FilterMode, frozenset[Location]] = {
    FilterMode.ADDED: frozenset({Location.ADDED, Location.WHOLE_SCAN}),
    FilterMode.DIFF_CONTEXT: frozenset({Location.ADDED, Location.CONTEXT, Location.WHOLE_SCAN}),
    FilterMode.FILE: frozenset(
        {Location.ADDED, Location.CONTEXT, Location.CHANGED_FILE, Location.WHOLE_SCAN}
    ),
    FilterMode.NOFILTER: frozenset(Location),
}


def locate(finding: Finding, files: Mapping[str, FileDiff] | None) -> Location:
    """Where the finding's span [line, end_line] falls relative to the change (``files``: the
    diff's files by path, None for a whole-tree scan)."""
    if files is None:
        return Location.WHOLE_SCAN
    fd = files.get(finding.path)
    if fd is None or fd.status is ChangeStatus.DELETED:
        return Location.UNCHANGED
    span = range(finding.line, finding.end_line + 1)
    if fd.status is ChangeStatus.ADDED and not fd.hunks:
        return Location.ADDED  # an added file whose content the diff does not show (binary, huge)
    if any(n in fd.added for n in span):
        return Location.ADDED
    if any(n in fd.context for n in span):
        return Location.CONTEXT
    return Location.CHANGED_FILE


def mark(findings: list[Finding], diff: Diff | None, mode: FilterMode) -> list[Finding]:
    """Set ``location`` and ``in_scope`` on every finding. A finding the change causes away from
    its own lines (``caused_by_change``) stays in scope in every mode."""
    by_path = diff.by_path() if diff is not None else None
    scope = _IN_SCOPE[mode]
    out = []
    for f in findings:
        where = locate(f, by_path)
        out.append(f.with_changes(location=where, in_scope=where in scope or f.caused_by_change))
    return out
