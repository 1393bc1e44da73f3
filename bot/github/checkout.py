"""A review's workspace: the head versions of the changed files plus the context files the
analyzers read (migration history, middleware, Firebase rules), written to a temporary folder.

Nothing from the repository is run. Files are fetched by blob from the head commit's tree, so the
workspace is exactly that commit. A file whose patch GitHub omits (large diffs) gets its changed
lines from a diff Rescue computes against the base version.
"""

from __future__ import annotations

import difflib
import logging
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from githubkit_schemas.latest.models import DiffEntry

from analyzers.diff import ChangeStatus, Diff, FileDiff, file_diff_from_patch
from analyzers.workspace import MAX_FILE_BYTES, SkippedFile, Workspace, build_workspace, is_binary
from bot.github.api import RepoAPI, Tree
from bot.github.contextfiles import is_context_file
from bot.github.imports import aliases_for, import_specifiers, resolve

log = logging.getLogger(__name__)

# Context files beyond this many are left out (and said so); changed files are always fetched.
MAX_CONTEXT_FILES = 1500
# Imports are followed this many steps from a changed file (handler → helper → what the helper
# uses), and at most this many imported files are fetched.
IMPORT_DEPTH = 2
MAX_IMPORTED_FILES = 400

_STATUS = {
    "added": ChangeStatus.ADDED,
    "removed": ChangeStatus.DELETED,
    "modified": ChangeStatus.MODIFIED,
    "renamed": ChangeStatus.RENAMED,
    "copied": ChangeStatus.COPIED,
    "changed": ChangeStatus.MODIFIED,
    "unchanged": ChangeStatus.MODIFIED,
}


@dataclass(frozen=True)
class Checkout:
    workspace: Workspace
    notes: tuple[str, ...]  # what the review could not cover, said plainly in the report


def safe_relpath(path: str) -> str | None:
    """``path`` if it stays inside the workspace (no absolute path, no '..'), else None."""
    p = PurePosixPath(path)
    if p.is_absolute() or any(part in ("..", "") for part in p.parts) or not p.parts:
        return None
    return p.as_posix()


def file_diff(entry: DiffEntry, base_text: str | None = None, head_text: str | None = None) -> FileDiff:
    """The FileDiff of one listed file; when GitHub omitted the patch and both texts are given,
    the patch is computed from them."""
    status = _STATUS.get(entry.status, ChangeStatus.MODIFIED)
    old = entry.previous_filename if isinstance(entry.previous_filename, str) else None
    patch = entry.patch if isinstance(entry.patch, str) else None
    if patch is None and head_text is not None and status is not ChangeStatus.DELETED:
        patch = compute_patch(base_text or "", head_text)
    return file_diff_from_patch(entry.filename, patch, status=status, old_path=old)


def compute_patch(old: str, new: str) -> str:
    """Hunks (no file headers) between two texts, like GitHub's ``patch`` field."""
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), lineterm="", n=3
    )
    return "\n".join(line for line in lines if not line.startswith(("---", "+++")))


def _write(root: Path, rel: str, data: bytes) -> None:
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


def checkout(
    api: RepoAPI,
    files: list[DiffEntry],
    *,
    head_sha: str,
    base_sha: str | None,
    root: Path,
    listed_all: bool = True,
) -> Checkout:
    """Fetch what a review of ``files`` at ``head_sha`` needs into ``root``."""
    notes: list[str] = []
    tree = api.tree(head_sha)
    if tree.truncated:
        notes.append(
            "The repository's file tree is larger than GitHub lists in one response, so some "
            "context files (migrations, middleware) may be missing from this review."
        )
    if not listed_all:
        notes.append(
            f"GitHub lists only the first {len(files)} files of a pull request; the other files "
            "were not reviewed. Run `rescue scan` locally to review everything."
        )
    fetched: set[str] = set()
    skipped: list[SkippedFile] = []
    diffs: list[FileDiff] = []
    targets: list[str] = []

    for entry in files:
        rel = safe_relpath(entry.filename)
        if rel is None:
            skipped.append(SkippedFile(entry.filename, "unsafe path"))
            continue
        status = _STATUS.get(entry.status, ChangeStatus.MODIFIED)
        if status is ChangeStatus.DELETED:
            diffs.append(file_diff(entry))
            continue
        data = _fetch(api, tree, rel, skipped)
        if data is None:
            diffs.append(file_diff(entry))
            continue
        _write(root, rel, data)
        fetched.add(rel)
        targets.append(rel)
        has_patch = isinstance(entry.patch, str)
        if has_patch or is_binary(data):
            diffs.append(file_diff(entry))
        else:
            # GitHub leaves the patch out of large diffs; compute it from the base version.
            old_path = entry.previous_filename if isinstance(entry.previous_filename, str) else rel
            base = api.file_at(old_path, base_sha) if base_sha and status is not ChangeStatus.ADDED else None
            diffs.append(
                file_diff(
                    entry,
                    base.decode("utf-8", errors="replace") if base is not None else "",
                    data.decode("utf-8", errors="replace"),
                )
            )

    context = [p for p in tree.entries if p not in fetched and is_context_file(p)]
    if len(context) > MAX_CONTEXT_FILES:
        notes.append(
            f"{len(context)} context files (migrations, rules, middleware) exist; the first "
            f"{MAX_CONTEXT_FILES} were read."
        )
        context = sorted(context)[:MAX_CONTEXT_FILES]
    fetched_context: list[str] = []
    for path in context:
        rel = safe_relpath(path)
        if rel is None:
            continue
        data = _fetch(api, tree, rel, [])
        if data is not None:
            _write(root, rel, data)
            fetched_context.append(rel)

    imported = _fetch_imports(api, tree, root, seeds=[*targets, *fetched_context], notes=notes)

    ws = build_workspace(root, targets, diff=Diff(tuple(diffs)))
    if skipped:
        ws = replace(ws, skipped=ws.skipped + tuple(skipped))
    log.info(
        "checkout %s@%s: %d changed files, %d context files, %d imported files, %d skipped",
        api.full_name, head_sha[:7], len(targets), len(context), imported, len(ws.skipped),
    )
    return Checkout(ws, tuple(notes))


def _fetch(api: RepoAPI, tree: Tree, rel: str, skipped: list[SkippedFile]) -> bytes | None:
    entry = tree.entries.get(rel)
    if entry is None:
        skipped.append(SkippedFile(rel, "not in the head commit's file tree"))
        return None
    if entry.mode == "120000":
        skipped.append(SkippedFile(rel, "symbolic link"))
        return None
    if entry.size > MAX_FILE_BYTES:
        skipped.append(
            SkippedFile(rel, f"too large ({entry.size / 1e6:.1f} MB > {MAX_FILE_BYTES / 1e6:.0f} MB)")
        )
        return None
    return api.blob(entry.sha)


def _fetch_imports(
    api: RepoAPI, tree: Tree, root: Path, *, seeds: list[str], notes: list[str]
) -> int:
    """Fetch the repository files the seeds import (breadth first, IMPORT_DEPTH steps), so the
    analyzers see the auth helpers and routers a changed handler uses. Returns how many."""
    files = frozenset(p for p in tree.entries if safe_relpath(p) is not None)
    configs: dict[str, str] = {}
    for path in files:
        if path.rsplit("/", 1)[-1] in ("tsconfig.json", "jsconfig.json") and (root / path).is_file():
            configs[path] = (root / path).read_text(encoding="utf-8", errors="replace")
    present = set(seeds)
    frontier = list(seeds)
    count = 0
    for _ in range(IMPORT_DEPTH):
        wanted: list[str] = []
        for importer in frontier:
            target = root / importer
            if not target.is_file():
                continue
            text = target.read_text(encoding="utf-8", errors="replace")
            aliases = aliases_for(importer, configs)
            for spec in import_specifiers(importer, text):
                found = resolve(spec, importer, files, aliases)
                if found is not None and found not in present:
                    present.add(found)
                    wanted.append(found)
        frontier = []
        for rel in wanted:
            if count >= MAX_IMPORTED_FILES:
                notes.append(
                    f"Changed files import more than {MAX_IMPORTED_FILES} other files; the rest "
                    "were not read, so helpers they define are unknown to this review."
                )
                return count
            data = _fetch(api, tree, rel, [])
            if data is not None:
                _write(root, rel, data)
                frontier.append(rel)
                count += 1
    return count
