"""The one small interface every analyzer implements, and what it returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from analyzers.findings import Finding
from analyzers.workspace import Workspace


@dataclass(frozen=True, slots=True)
class AnalyzerError:
    """A failure the user must see: the analyzer, what went wrong, and where when known.
    Never carries a secret value."""

    analyzer: str
    message: str
    path: str | None = None
    # "error": a check did not run (the scan is incomplete); "warning": it ran, but part of a file
    # could not be read (a syntax error, a per-file timeout).
    level: str = "error"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One HTTP endpoint of the route inventory ("open endpoint review")."""

    framework: (
        str  # "nextjs-app", "nextjs-pages", "express", "fastapi", "flask", "supabase-edge", ...
    )
    method: str  # "GET", "POST", ... or "ANY"
    route: str  # the URL path, "/api/invoices/[id]"
    path: str  # the file that defines the handler
    line: int
    protection: (
        str | None
    )  # what protects it ("middleware.ts matcher", "Depends(get_user)"), None: public
    public_reason: str | None = None  # why it is public on purpose ("health check", "rescue.yml")


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    findings: tuple[Finding, ...] = ()
    errors: tuple[AnalyzerError, ...] = ()
    endpoints: tuple[Endpoint, ...] = ()


class Analyzer(Protocol):
    """Files in, findings out. No GitHub, no network, no code from the repository is run.

    An analyzer reports its own failures as ``AnalysisResult.errors`` instead of raising, so one
    analyzer failing never sinks the others (the pipeline still guards against a raise).
    """

    @property
    def name(self) -> str: ...

    def analyze(self, workspace: Workspace) -> AnalysisResult: ...
