"""A problem found in a history, before it becomes a Finding: category, place, teaching text."""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.findings import Severity
from analyzers.sql.model import Ref


@dataclass(frozen=True, slots=True)
class Problem:
    category: str
    rule_id: str
    severity: Severity
    ref: Ref
    message: str
    key: tuple[str, ...]  # identity of the problem across histories (base vs head of a PR)
    fix: str | None = None
    confidence: str = "high"
