"""The files an analyzer may read: a root folder, the targets to analyze, and the change (if any).

A workspace never runs code from the repository; analyzers only read files under ``root``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analyzers.diff import Diff

# Files larger than this are not analyzed (minified bundles, dumps); they are listed as skipped.
MAX_FILE_BYTES = 1_000_000

# Folders that hold dependencies or build output, never the app's own code.
SKIPPED_DIRS = frozenset(
    {
        ".git",
        "node_modules",
        ".next",
        ".nuxt",
        ".svelte-kit",
        ".vercel",
        ".turbo",
        "dist",
        "build",
        "out",
        "coverage",
        ".venv",
        "venv",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".tox",
        "vendor",
        "bower_components",
        ".terraform",
    }
)


@dataclass(frozen=True, slots=True)
class SkippedFile:
    path: str
    reason: str  # "binary", "too large (3.2 MB > 1 MB)", "unreadable: ..."


@dataclass(frozen=True)
class Workspace:
    """``targets`` are the text files to analyze (relative POSIX paths, already filtered);
    other files under ``root`` may be read for context (migration history, middleware.ts).
    ``diff`` is the change being reviewed, or None for a whole-tree scan."""

    root: Path
    targets: tuple[str, ...]
    diff: Diff | None = None
    skipped: tuple[SkippedFile, ...] = ()
    _cache: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _lines: dict[str, list[str]] = field(default_factory=dict, compare=False, repr=False)

    def abspath(self, path: str) -> Path:
        return self.root / path

    def read_text(self, path: str) -> str:
        """The file's text (UTF-8, undecodable bytes replaced). Raises OSError if unreadable."""
        cached = self._cache.get(path)
        if cached is None:
            cached = self.abspath(path).read_bytes().decode("utf-8", errors="replace")
            self._cache[path] = cached
        return cached

    def line(self, path: str, number: int) -> str:
        """One line of a file (1-based), or "" when out of range or unreadable."""
        lines = self._lines.get(path)
        if lines is None:
            try:
                lines = self.read_text(path).splitlines()
            except OSError:
                return ""
            self._lines[path] = lines
        return lines[number - 1] if 0 < number <= len(lines) else ""

    def exists(self, path: str) -> bool:
        return self.abspath(path).is_file()

    def all_files(self) -> Iterator[str]:
        """Every file under root (relative POSIX paths), dependency and build folders left out.
        For context discovery: analyzers decide which of them to read."""
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
            rel = Path(dirpath).relative_to(self.root)
            for name in sorted(filenames):
                yield (rel / name).as_posix() if rel != Path(".") else name


def is_binary(head: bytes) -> bool:
    """Git's own test: a NUL byte in the first 8000 bytes."""
    return b"\0" in head[:8000]


def classify(root: Path, path: str, max_bytes: int = MAX_FILE_BYTES) -> SkippedFile | None:
    """Why a file cannot be analyzed, or None when it is a readable text file of sane size."""
    full = root / path
    try:
        st = full.stat()
        size = st.st_size
        # Root reads anything, but the tools we run check the permission bits themselves.
        if not st.st_mode & 0o444 or not os.access(full, os.R_OK):
            return SkippedFile(path, "unreadable: no read permission")
        if size > max_bytes:
            return SkippedFile(path, f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB)")
        with full.open("rb") as fh:
            head = fh.read(8000)
    except OSError as exc:
        return SkippedFile(path, f"unreadable: {exc.strerror or exc}")
    if is_binary(head):
        return SkippedFile(path, "binary")
    return None


def build_workspace(
    root: Path,
    candidates: list[str] | None = None,
    *,
    diff: Diff | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Workspace:
    """A workspace over ``root``: ``candidates`` (relative paths) or every file under it, with
    binary, oversized and unreadable files moved to ``skipped`` (reported, never silently lost)."""
    root = root.resolve()
    paths = list(candidates) if candidates is not None else list(Workspace(root, ()).all_files())
    targets: list[str] = []
    skipped: list[SkippedFile] = []
    for path in paths:
        problem = classify(root, path, max_bytes)
        if problem is None:
            targets.append(path)
        elif problem.reason != "binary" or not _quietly_binary(path):
            skipped.append(problem)
    return Workspace(root, tuple(targets), diff=diff, skipped=tuple(skipped))


# Binary files of these kinds are expected in any app; listing them as skipped is only noise.
_BINARY_ENDINGS = (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".ico",
    ".svg",
    ".woff",
    ".woff2",
    ".ttf",
    ".otf",
    ".eot",
    ".pdf",
    ".zip",
    ".gz",
    ".tgz",
    ".mp4",
    ".mp3",
    ".wav",
    ".webm",
    ".avif",
    ".lockb",
    ".sqlite",
    ".db",
    ".pyc",
    ".so",
    ".dylib",
    ".wasm",
    ".jar",
)


def _quietly_binary(path: str) -> bool:
    return path.lower().endswith(_BINARY_ENDINGS)
