"""`rescue scan` without the argument parsing: from a path (and a ref) to a workspace."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analyzers.diff import ChangeStatus, Diff
from analyzers.workspace import Workspace, build_workspace
from bot.gitrepo import diff_against, export_index, is_git_repo, staged_diff, tracked_files


class ScanInputError(ValueError):
    """The user asked for something we cannot scan; the message says why."""


@dataclass(frozen=True)
class Target:
    root: Path  # the scanned root: findings' paths are relative to it
    only: str | None  # a single file under root, when PATH named a file


def resolve_target(path: Path) -> Target:
    if not path.exists():
        raise ScanInputError(f"{path}: no such file or directory")
    if path.is_file():
        return Target(path.resolve().parent, path.name)
    if not path.is_dir():
        raise ScanInputError(f"{path}: not a regular file or directory")
    return Target(path.resolve(), None)


def _diff_targets(diff: Diff) -> list[str]:
    return [f.path for f in diff.files if f.status is not ChangeStatus.DELETED]


def workspace_for(
    target: Target, *, diff_ref: str | None, staged: bool, scratch: Path
) -> Workspace:
    """The workspace to scan. ``scratch`` is an empty folder the caller cleans up (used for the
    index's version of the files with ``staged``)."""
    root = target.root
    diff: Diff | None = None
    candidates: list[str] | None
    if diff_ref is not None or staged:
        if not is_git_repo(root):
            flag = "--staged" if staged else "--diff"
            raise ScanInputError(f"{root}: {flag} needs a git repository, and this is not one")
        diff = staged_diff(root) if staged else diff_against(root, diff_ref or "HEAD")
        candidates = _diff_targets(diff)
        if staged:
            root = export_index(root, scratch)
    else:
        candidates = tracked_files(root) if is_git_repo(root) else None
    if target.only is not None:
        candidates = [target.only] if candidates is None or target.only in candidates else []
    workspace = build_workspace(root, candidates, diff=diff)
    if target.only is not None and workspace.skipped:
        skipped = workspace.skipped[0]
        raise ScanInputError(f"{skipped.path}: cannot scan this file: {skipped.reason}")
    return workspace
