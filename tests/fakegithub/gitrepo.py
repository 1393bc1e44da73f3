"""Real git repositories served by the fake GitHub: commits, trees, blobs and diffs come from git."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import GitRepo


@dataclass(frozen=True)
class ChangedFile:
    path: str
    status: str  # GitHub's words: added, removed, modified, renamed
    previous_path: str | None
    patch: str | None  # hunks only, like GitHub's `patch`; None for binary files
    additions: int
    deletions: int
    blob_sha: str


class HostedRepo(GitRepo):
    """A repository as GitHub hosts it: branches, trees, blobs, three-dot diffs."""

    def __init__(self, root: Path, default_branch: str = "main") -> None:
        super().__init__(root)
        self.default_branch = default_branch
        self._diffs: dict[tuple[str, str], list[ChangedFile]] = {}

    def raw(self, *args: str) -> bytes:
        env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
        proc = subprocess.run(["git", *args], cwd=self.root, capture_output=True, check=False, env=env)
        if proc.returncode != 0:
            raise RuntimeError(f"git {' '.join(args)}: {proc.stderr.decode(errors='replace')}")
        return proc.stdout

    def _ok(self, *args: str) -> str | None:
        env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
        proc = subprocess.run(["git", *args], cwd=self.root, capture_output=True, check=False, env=env)
        return proc.stdout.decode().strip() if proc.returncode == 0 else None

    def text(self, *args: str) -> str:
        return self.raw(*args).decode().strip()

    def commit_files(
        self, files: dict[str, str | bytes | None], message: str = "change", branch: str | None = None
    ) -> str:
        """Write (or with None delete) files on ``branch`` (created from the current head when
        new) and commit; the new commit's sha."""
        if branch is not None:
            exists = self._ok("rev-parse", "--verify", "-q", f"refs/heads/{branch}") is not None
            self.raw("checkout", "-q", *(() if exists else ("-b",)), branch)
        for path, content in files.items():
            target = self.root / path
            if content is None:
                self.raw("rm", "-q", "--", path)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode() if isinstance(content, str) else content)
            self.raw("add", "--", path)
        self.raw("commit", "-q", "--allow-empty", "-m", message)
        return self.sha("HEAD")

    def checkout(self, branch: str) -> None:
        self.raw("checkout", "-q", branch)

    def sha(self, ref: str) -> str:
        return self.text("rev-parse", f"{ref}^{{commit}}")

    def resolve(self, ref: str) -> str | None:
        return self._ok("rev-parse", "--verify", "-q", f"{ref}^{{commit}}")

    def merge_base(self, a: str, b: str) -> str:
        return self.text("merge-base", a, b)

    def tree(self, sha: str) -> list[tuple[str, str, str, int, str]]:
        """(mode, type, sha, size, path) of every entry under the commit or tree ``sha``."""
        out = []
        for line in self.text("ls-tree", "-r", "-t", "-l", "-z", sha).split("\0"):
            if not line:
                continue
            meta, path = line.split("\t", 1)
            mode, kind, obj, size = meta.split()
            out.append((mode, kind, obj, int(size) if size != "-" else 0, path))
        return out

    def object_type(self, sha: str) -> str | None:
        return self._ok("cat-file", "-t", sha)

    def blob(self, sha: str) -> bytes:
        return self.raw("cat-file", "blob", sha)

    def file_at(self, ref: str, path: str) -> bytes | None:
        commit = self.resolve(ref)
        if commit is None:
            return None
        for _mode, kind, obj, _size, p in self.tree(commit):
            if p == path and kind == "blob":
                return self.blob(obj)
        return None

    def changed_files(self, base: str, head: str) -> list[ChangedFile]:
        """The files of ``base...head`` (from the merge base), with per-file patches."""
        start = self.merge_base(base, head)
        key = (start, self.sha(head))
        if key not in self._diffs:  # commits never change, so neither does their diff
            self._diffs[key] = self._changed_files(start, key[1])
        return list(self._diffs[key])

    def _changed_files(self, start: str, head: str) -> list[ChangedFile]:
        # --raw -z records: ":oldmode newmode oldsha newsha status\0path\0" (+ "newpath\0" for R/C)
        parts = self.raw("diff", "--no-color", "-M", "--no-abbrev", "--raw", "-z", start, head).decode().split("\0")
        words = {"A": "added", "D": "removed", "M": "modified", "R": "renamed", "C": "copied", "T": "changed"}
        out = []
        i = 0
        while i < len(parts) and parts[i].startswith(":"):
            meta = parts[i].split()
            status, new_sha = meta[4][0], meta[3]
            if status in ("R", "C"):
                old, path = parts[i + 1], parts[i + 2]
                i += 3
            else:
                old, path = None, parts[i + 1]
                i += 2
            paths = [p for p in (old, path) if p]
            text = self.raw("diff", "--no-color", "-M", start, head, "--", *paths).decode(errors="replace")
            binary = "\nBinary files " in "\n" + text and "\n@@" not in text
            hunks = text[text.find("\n@@") + 1 :].rstrip("\n") if "\n@@" in text else ""
            lines = hunks.split("\n") if hunks else []
            out.append(
                ChangedFile(
                    path=path,
                    status=words.get(status, "modified"),
                    previous_path=old,
                    patch=None if binary else hunks,
                    additions=sum(1 for ln in lines if ln.startswith("+")),
                    deletions=sum(1 for ln in lines if ln.startswith("-")),
                    blob_sha=new_sha,
                )
            )
        return out
