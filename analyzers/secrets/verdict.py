"""What a provider plugin says about a match. Kept apart from the plugins so that
detect-secrets can load ``plugins.py`` as a plugin file (it imports the file without registering
a module, which dataclasses defined there cannot cope with)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str
    test_mode: bool = False  # a test-mode / sandbox key: low severity


@dataclass(frozen=True, slots=True)
class Match:
    value: str
    start: int  # offset of the value in the scanned text
    end: int
