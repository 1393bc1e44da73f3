"""Inline ignores: rescue-ignore, nosemgrep, pragma: allowlist secret."""

from __future__ import annotations

from pathlib import Path

from analyzers.findings import Finding, Severity
from analyzers.workspace import build_workspace
from bot.ignores import apply_inline_ignores

SOURCE = """\
const a = eval(x); // rescue-ignore: js.eval sandboxed in a worker, reviewed by Ana
// rescue-ignore: idor the id is the caller's own, taken from the session
const b = db.get(id);
const c = eval(y); // rescue-ignore: some.other.rule wrong rule, does not apply
const d = eval(z); // nosemgrep
const e = eval(w); // nosemgrep: other-rule
const f = eval(v); // nosemgrep: js.eval
const key = "sk_live_fake"; // pragma: allowlist secret
// pragma: allowlist nextline secret
const key2 = "sk_live_fake2";
const key3 = "sk_live_fake3";
const g = eval(u); /* rescue-ignore: all */
"""


def _f(line: int, rule: str = "js.eval", category: str = "llm-output-exec") -> Finding:
    return Finding(rule, category, Severity.HIGH, "a.js", line, line, "m", "t", f"fp{line}")


def test_inline_markers(tmp_path: Path) -> None:
    (tmp_path / "a.js").write_text(SOURCE)
    ws = build_workspace(tmp_path)
    findings = [
        _f(1), _f(3, "x.idor", "idor"), _f(4), _f(5), _f(6), _f(7),
        _f(8, "secrets.stripe", "exposed-secret"), _f(10, "secrets.stripe", "exposed-secret"),
        _f(11, "secrets.stripe", "exposed-secret"), _f(12), _f(8),
    ]
    got = [f.suppressed for f in apply_inline_ignores(findings, ws)]
    assert got == [
        "rescue-ignore: sandboxed in a worker, reviewed by Ana",
        "rescue-ignore: the id is the caller's own, taken from the session",
        None,
        "nosemgrep",
        None,
        "nosemgrep",
        "pragma: allowlist secret",
        "pragma: allowlist secret",
        None,
        "rescue-ignore: no reason given",
        None,  # the secret pragma silences secrets only
    ]
