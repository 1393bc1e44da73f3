"""From a hit to a Finding: severity for the kind and the place, and a message that says what the
key can do and where to rotate it, with the value masked."""

from __future__ import annotations

import hashlib

from analyzers.findings import Finding, Severity, fingerprint_for
from analyzers.secrets.kinds import KINDS, Kind
from analyzers.secrets.scanner import Hit
from analyzers.secrets.values import mask

NAME = "secrets"
CATEGORY = "exposed-secret"
HELP_URL = "https://docs.github.com/en/code-security/secret-scanning/working-with-secret-scanning-and-push-protection/remediating-a-leaked-secret"

_UP = {
    Severity.INFO: Severity.LOW,
    Severity.LOW: Severity.MEDIUM,
    Severity.MEDIUM: Severity.HIGH,
    Severity.HIGH: Severity.CRITICAL,
    Severity.CRITICAL: Severity.CRITICAL,
}


def severity(hit: Hit) -> Severity:
    """The kind's severity, one step up in browser code, and low for a test-mode key."""
    if hit.test_mode:
        return Severity.LOW
    base = KINDS[hit.kind].severity
    return _UP[base] if hit.browser else base


def rule_id(hit: Hit) -> str:
    return f"secrets.{hit.kind}"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:16]


def _rotation(kind: Kind) -> str:
    return (
        "Deleting it from the code is not enough: it stays in the git history, in every clone "
        f"and fork, and in CI logs. Rotate it now: {kind.rotate}. Then load the new one from an "
        "environment variable or your host's secret store."
    )


def message(hit: Hit) -> str:
    kind = KINDS[hit.kind]
    text = (
        f"{kind.title} `{mask(hit.value)}` is written in this file. Anyone who can read the "
        f"repository can {kind.power}. {_rotation(kind)}"
    )
    if hit.test_mode:
        text += " It is a test-mode key, so it cannot touch live money or users, which is why it is low."
    elif hit.browser:
        text += (
            " This code is shipped to the browser (a client file or a public build variable), so "
            "every visitor gets the key: call the provider from server code instead."
        )
    return text


def history_message(hit: Hit, old_line: int) -> str:
    kind = KINDS[hit.kind]
    return (
        f"Still in history: rotate. This change removes a {kind.title} `{mask(hit.value)}` "
        f"(line {old_line} of the previous version), but the value stays in the git history and "
        f"in every clone, so anyone can still {kind.power}. Rotate it now: {kind.rotate}. "
        "Rewriting history does not help once it has been pushed."
    )


def finding(hit: Hit, path: str) -> Finding:
    rid = rule_id(hit)
    return Finding(
        rule_id=rid,
        category=CATEGORY,
        severity=severity(hit),
        path=path,
        line=hit.line,
        end_line=hit.end_line,
        message=message(hit),
        analyzer=NAME,
        fingerprint=fingerprint_for(rid, path, _digest(hit.value)),
        help_url=HELP_URL,
        confidence=hit.confidence,
    )


def history_finding(hit: Hit, path: str, line: int, old_line: int) -> Finding:
    rid = rule_id(hit) + ".history"
    return Finding(
        rule_id=rid,
        category=CATEGORY,
        severity=severity(hit),
        path=path,
        line=line,
        end_line=line,
        message=history_message(hit, old_line),
        analyzer=NAME,
        fingerprint=fingerprint_for(rid, path, _digest(hit.value)),
        help_url=HELP_URL,
        confidence=hit.confidence,
        caused_by_change=True,
    )
