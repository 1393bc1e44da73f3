"""The diff filter's named modes mark findings instead of dropping them."""

from __future__ import annotations

from analyzers.diff import parse_diff
from analyzers.findings import Finding, Location, Severity
from bot.difffilter import FilterMode, mark

DIFF = """diff --git a/app.ts b/app.ts
index 1111111..2222222 100644
--- a/app.ts
+++ b/app.ts
@@ -3,4 +3,5 @@ export function a() {
 context3
 context4
+added5
 context6
 context7
diff --git a/new.ts b/new.ts
new file mode 100644
index 0000000..3333333
--- /dev/null
+++ b/new.ts
@@ -0,0 +1 @@
+x
"""


def _f(path: str, line: int, end: int | None = None, caused: bool = False) -> Finding:
    return Finding(
        rule_id="r", category="idor", severity=Severity.HIGH, path=path, line=line,
        end_line=end or line, message="m", analyzer="t", fingerprint=f"{path}{line}",
        caused_by_change=caused,
    )


FINDINGS = [
    _f("app.ts", 5),  # added
    _f("app.ts", 4),  # context
    _f("app.ts", 40),  # elsewhere in a changed file
    _f("other.ts", 1),  # untouched file
    _f("app.ts", 4, 6),  # a span that reaches an added line
    _f("old.sql", 7, caused=True),  # caused by the change, away from it
    _f("new.ts", 1),
]


def _scope(mode: FilterMode) -> list[bool]:
    return [f.in_scope for f in mark(FINDINGS, parse_diff(DIFF), mode)]


def test_locations() -> None:
    marked = mark(FINDINGS, parse_diff(DIFF), FilterMode.ADDED)
    assert [f.location for f in marked] == [
        Location.ADDED, Location.CONTEXT, Location.CHANGED_FILE, Location.UNCHANGED,
        Location.ADDED, Location.UNCHANGED, Location.ADDED,
    ]
    assert len(marked) == len(FINDINGS)  # marked, never dropped


def test_modes() -> None:
    assert _scope(FilterMode.ADDED) == [True, False, False, False, True, True, True]
    assert _scope(FilterMode.DIFF_CONTEXT) == [True, True, False, False, True, True, True]
    assert _scope(FilterMode.FILE) == [True, True, True, False, True, True, True]
    assert _scope(FilterMode.NOFILTER) == [True] * 7


def test_whole_scan_keeps_everything() -> None:
    marked = mark(FINDINGS, None, FilterMode.ADDED)
    assert all(f.in_scope and f.location is Location.WHOLE_SCAN for f in marked)
