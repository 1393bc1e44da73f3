"""The git edge of `rescue scan`: which files to scan, and the change against a ref or the index.

Only read-only git commands run here; the user's index and working tree are never modified.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from analyzers.diff import ChangeStatus, Diff, DiffParseError, FileDiff, parse_diff
from analyzers.workspace import classify

GIT_TIMEOUT_SECONDS = 120


class GitError(RuntimeError):
    """A git operation failed; the message is meant for the user."""


def _git(cwd: Path, *args: str) -> str:
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotepath=false", *args],
            cwd=cwd,
            capture_output=True,
            timeout=GIT_TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {args[0]} took longer than {GIT_TIMEOUT_SECONDS} s") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return proc.stdout.decode("utf-8", "replace")


def is_git_repo(path: Path) -> bool:
    try:
        return _git(path, "rev-parse", "--is-inside-work-tree").strip() == "true"
    except GitError:
        return False


def tracked_files(path: Path) -> list[str]:
    """Files git knows under ``path`` (tracked plus untracked-not-ignored), relative to it."""
    out = _git(path, "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ".")
    seen: dict[str, None] = {}
    for name in out.split("\0"):
        if name and (path / name).is_file():
            seen[name] = None
    return list(seen)


def _verify_ref(path: Path, ref: str) -> None:
    if ref.startswith("-"):
        raise GitError(f"{ref!r} is not a git ref")
    try:
        _git(path, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    except GitError:
        raise GitError(
            f"unknown git ref {ref!r} (try a branch, tag or commit, e.g. origin/main)"
        ) from None


def _untracked_as_added(path: Path) -> list[FileDiff]:
    out = _git(path, "ls-files", "-z", "--others", "--exclude-standard", "--", ".")
    files = []
    for name in filter(None, out.split("\0")):
        full = path / name
        if not full.is_file():
            continue
        binary = classify(path, name) is not None
        count = 0
        if not binary:
            with full.open("rb") as fh:
                count = sum(1 for _ in fh)
        files.append(
            FileDiff(
                path=name,
                old_path=None,
                status=ChangeStatus.ADDED,
                binary=binary,
                added=frozenset(range(1, count + 1)),
            )
        )
    return files


def _parse(text: str) -> Diff:
    try:
        return parse_diff(text)
    except DiffParseError as exc:
        raise GitError(f"could not read git's diff: {exc}") from None


_DIFF_ARGS = ("diff", "--no-color", "--no-ext-diff", "--find-renames", "--relative", "-U3")


def diff_against(path: Path, ref: str) -> Diff:
    """The change from ``ref`` to the working tree (untracked files count as added)."""
    _verify_ref(path, ref)
    diff = _parse(_git(path, *_DIFF_ARGS, "--end-of-options", ref, "--"))
    return Diff(diff.files + tuple(_untracked_as_added(path)))


def staged_diff(path: Path) -> Diff:
    """The change staged in the index (what `git commit` would record)."""
    return _parse(_git(path, *_DIFF_ARGS, "--cached", "--"))


def export_index(path: Path, dest: Path) -> Path:
    """Write the index's version of every file into ``dest`` and return the folder in it that
    corresponds to ``path``, so a pre-commit scan sees exactly what will be committed."""
    top = Path(_git(path, "rev-parse", "--show-toplevel").strip())
    prefix = _git(path, "rev-parse", "--show-prefix").strip()
    _git(top, "checkout-index", "--all", "--force", f"--prefix={dest.as_posix().rstrip('/')}/")
    return dest / prefix if prefix else dest
