"""What every human-readable report shares: findings grouped by business risk, counts, verdict."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from analyzers.categories import Risk, risk_of
from analyzers.findings import Finding, Severity
from bot.pipeline import ScanResult


def by_risk(findings: Iterable[Finding]) -> list[tuple[Risk, list[Finding]]]:
    """Groups in business-risk order (data exposure first); findings keep the pipeline's rank."""
    groups: dict[Risk, list[Finding]] = {}
    for f in findings:
        groups.setdefault(risk_of(f.category), []).append(f)
    return [(risk, groups[risk]) for risk in sorted(groups)]


def severity_counts(findings: Iterable[Finding]) -> str:
    """ "2 critical, 1 high" in severity order; "" when there are none."""
    counts = Counter(f.severity for f in findings)
    return ", ".join(f"{counts[s]} {s.value}" for s in sorted(counts, reverse=True))


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def verdict(result: ScanResult, threshold: Severity | None) -> str:
    failing = result.failing(threshold)
    if threshold is None:
        return "No failure threshold set."
    if failing:
        return f"{plural(len(failing), 'finding')} at or above {threshold.value}: this blocks the merge."
    return f"Nothing at or above {threshold.value}."


def headline(result: ScanResult) -> str:
    reported = result.reported
    scope = "changed lines" if result.diff_mode else "the whole tree"
    counts = severity_counts(reported)
    return (
        f"{plural(len(reported), 'finding')} on {scope}"
        + (f" ({counts})" if counts else "")
        + f" in {plural(result.files_scanned, 'file')}"
    )
