"""The scan pipeline, the same for `rescue scan` and the GitHub job:
workspace → analyzers → config and inline ignores → diff filter → ranked findings."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from analyzers.base import Analyzer, AnalyzerError, Endpoint
from analyzers.categories import risk_of
from analyzers.diff import ChangeStatus
from analyzers.findings import Finding, Severity, disambiguate, one_per_line
from analyzers.options import AnalyzerOptions
from analyzers.registry import build_analyzers
from analyzers.workspace import SkippedFile, Workspace
from bot.config import RepoConfig
from bot.difffilter import FilterMode, mark
from bot.ignores import apply_inline_ignores

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class ScanResult:
    findings: tuple[Finding, ...]  # every finding, marked; ranked by business risk
    errors: tuple[AnalyzerError, ...]
    endpoints: tuple[Endpoint, ...]
    skipped: tuple[SkippedFile, ...]
    files_scanned: int
    duration_s: float
    config: RepoConfig = field(default_factory=RepoConfig)
    changed_paths: frozenset[str] | None = None  # files the change touches; None: whole scan
    # Files the change deletes: a finding there ("still in history: rotate") has no line in the
    # head commit to annotate.
    deleted_paths: frozenset[str] = frozenset()

    @property
    def diff_mode(self) -> bool:
        return self.changed_paths is not None

    @property
    def endpoints_in_scope(self) -> tuple[Endpoint, ...]:
        """The route inventory to show: endpoints in changed files, or all of them."""
        if self.changed_paths is None:
            return self.endpoints
        return tuple(e for e in self.endpoints if e.path in self.changed_paths)

    @property
    def reported(self) -> tuple[Finding, ...]:
        """The findings that count: in the filter's scope and not suppressed."""
        return tuple(f for f in self.findings if f.reported)

    @property
    def suppressed(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.in_scope and f.suppressed is not None)

    def failing(self, threshold: Severity | None) -> tuple[Finding, ...]:
        if threshold is None:
            return ()
        return tuple(f for f in self.reported if f.severity >= threshold)


def rank_key(f: Finding) -> tuple[int, int, str, int, str]:
    """Business risk first (data exposure, permissions, slow queries, other), then severity."""
    return (int(risk_of(f.category)), -f.severity.weight, f.path, f.line, f.rule_id)


def run_scan(
    workspace: Workspace,
    config: RepoConfig,
    *,
    mode: FilterMode | None = None,
    analyzers: Sequence[Analyzer] | None = None,
    progress: Progress | None = None,
    options: AnalyzerOptions | None = None,
) -> ScanResult:
    """Run every analyzer over the workspace and mark the findings. One analyzer failing (even by
    raising) is reported as an error and never sinks the others. ``options`` carries what the
    operator sets (never the repository): the repository's configuration is layered on top."""
    started = time.monotonic()
    chosen = (
        list(analyzers) if analyzers is not None else build_analyzers(config.analyzer_options(options))
    )
    findings: list[Finding] = []
    errors: list[AnalyzerError] = []
    endpoints: list[Endpoint] = []
    for analyzer in chosen:
        if progress:
            progress(f"running {analyzer.name} on {len(workspace.targets)} files")
        t0 = time.monotonic()
        try:
            result = analyzer.analyze(workspace)
        except Exception as exc:  # an analyzer bug must not lose the other analyzers' findings
            log.exception("analyzer %s crashed", analyzer.name)
            errors.append(AnalyzerError(analyzer.name, f"crashed: {type(exc).__name__}: {exc}"))
            continue
        log.info(
            "analyzer %s: %d findings, %d errors in %.2fs",
            analyzer.name,
            len(result.findings),
            len(result.errors),
            time.monotonic() - t0,
        )
        findings.extend(result.findings)
        errors.extend(result.errors)
        endpoints.extend(result.endpoints)
    marked = [config.apply(f) for f in findings]
    marked = apply_inline_ignores(marked, workspace)
    marked = disambiguate(one_per_line(marked))
    marked = mark(marked, workspace.diff, mode or config.filter)
    marked.sort(key=rank_key)
    return ScanResult(
        findings=tuple(marked),
        errors=tuple(errors),
        endpoints=tuple(sorted(endpoints, key=lambda e: (e.route, e.method, e.path))),
        skipped=workspace.skipped,
        files_scanned=len(workspace.targets),
        duration_s=time.monotonic() - started,
        config=config,
        deleted_paths=frozenset(
            f.path for f in (workspace.diff.files if workspace.diff is not None else ())
            if f.status is ChangeStatus.DELETED
        ),
        changed_paths=(
            frozenset(workspace.diff.changed_paths()) if workspace.diff is not None else None
        ),
    )
