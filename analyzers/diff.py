"""Unified diffs as data: which lines of each file a change added, removed or showed as context.

Pure functions over text. Reads ``git diff`` output (renames, copies, mode changes, binary files,
deletions, ``\\ No newline at end of file``, CRLF, quoted paths) and the per-file ``patch`` text of
GitHub's pull-request files API (hunks without headers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class ChangeStatus(StrEnum):
    ADDED = "added"
    MODIFIED = "modified"
    DELETED = "deleted"
    RENAMED = "renamed"
    COPIED = "copied"


class LineKind(StrEnum):
    CONTEXT = " "
    ADDED = "+"
    REMOVED = "-"


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: LineKind
    old_no: int | None  # line number in the old file (None for added lines)
    new_no: int | None  # line number in the new file (None for removed lines)
    text: str  # without the leading marker, the newline or a trailing CR


@dataclass(frozen=True, slots=True)
class Hunk:
    old_start: int
    old_count: int
    new_start: int
    new_count: int
    lines: tuple[DiffLine, ...]


@dataclass(frozen=True, slots=True)
class FileDiff:
    path: str  # the file's path after the change (before it, for a deletion)
    old_path: str | None  # the path before the change; None for an added file
    status: ChangeStatus
    binary: bool = False
    hunks: tuple[Hunk, ...] = ()
    added: frozenset[int] = field(default_factory=frozenset)  # new-file line numbers
    context: frozenset[int] = field(default_factory=frozenset)  # new-file line numbers
    removed: frozenset[int] = field(default_factory=frozenset)  # old-file line numbers

    def removed_lines(self) -> list[tuple[int, str]]:
        """(old line number, text) of every removed line, in order."""
        return [
            (ln.old_no, ln.text)
            for h in self.hunks
            for ln in h.lines
            if ln.kind is LineKind.REMOVED and ln.old_no is not None
        ]


@dataclass(frozen=True, slots=True)
class Diff:
    files: tuple[FileDiff, ...]

    def by_path(self) -> dict[str, FileDiff]:
        return {f.path: f for f in self.files}

    def changed_paths(self) -> list[str]:
        """Paths present after the change (added, modified, renamed, copied), not binary."""
        return [f.path for f in self.files if f.status is not ChangeStatus.DELETED and not f.binary]


class DiffParseError(ValueError):
    """The text is not a unified diff we can read; the message says where and why."""


_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r"}


def _unquote(path: str) -> str:
    """Undo git's C-style quoting of paths with unusual characters ("a/caf\\303\\251.txt")."""
    if not (len(path) >= 2 and path.startswith('"') and path.endswith('"')):
        return path
    body, out, i = path[1:-1], bytearray(), 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            octal = body[i + 1 : i + 4]
            if len(octal) == 3 and all(c in "01234567" for c in octal):
                out.append(int(octal, 8))
                i += 4
                continue
            out.extend(_ESCAPES.get(nxt, nxt).encode())
            i += 2
            continue
        out.extend(ch.encode())
        i += 1
    return out.decode("utf-8", errors="replace")


def _closing_quote(text: str) -> int:
    """Index of the quote that closes the quoted path at the start of ``text``."""
    i = 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    raise DiffParseError(f"unterminated quoted path: {text[:80]!r}")


def _strip_prefix(path: str) -> str | None:
    path = path.rstrip("\r")
    path = path[: _closing_quote(path) + 1] if path.startswith('"') else path.split("\t", 1)[0]
    path = _unquote(path)
    if path == "/dev/null":
        return None
    if path[:2] in ("a/", "b/"):
        return path[2:]
    return path


def _paths_from_git_line(rest: str) -> tuple[str, str]:
    """Split the ``a/old b/new`` part of a ``diff --git`` line, quoted or with spaces."""
    if rest.startswith('"'):
        end = _closing_quote(rest)
        old, new = rest[: end + 1], rest[end + 2 :]
    else:
        # Unquoted paths may contain spaces; when old == new the split point is the middle.
        half = (len(rest) - 1) // 2
        if rest[half] == " " and rest[:half][2:] == rest[half + 1 :][2:]:
            old, new = rest[:half], rest[half + 1 :]
        else:
            old, _, new = rest.partition(" b/")
            new = "b/" + new
    return _strip_prefix(old) or "", _strip_prefix(new) or ""


def parse_hunks(patch: str, *, where: str = "patch") -> tuple[Hunk, ...]:
    """Parse hunks only (GitHub's per-file ``patch`` field)."""
    hunks, _ = _read_hunks(patch.split("\n"), 0, where)
    return hunks


def _read_hunks(lines: list[str], i: int, where: str) -> tuple[tuple[Hunk, ...], int]:
    hunks: list[Hunk] = []
    while i < len(lines):
        m = _HUNK.match(lines[i])
        if not m:
            if lines[i].startswith("diff --git ") or lines[i].startswith("--- "):
                break
            if lines[i].strip() == "" or lines[i].startswith("\\"):
                i += 1
                continue
            raise DiffParseError(
                f"{where}: line {i + 1}: expected a hunk header, got {lines[i][:80]!r}"
            )
        old_start, new_start = int(m.group(1)), int(m.group(3))
        old_count = int(m.group(2)) if m.group(2) is not None else 1
        new_count = int(m.group(4)) if m.group(4) is not None else 1
        i += 1
        old_no, new_no = old_start, new_start
        old_left, new_left = old_count, new_count
        body: list[DiffLine] = []
        while i < len(lines) and (old_left > 0 or new_left > 0):
            raw = lines[i]
            text = raw[1:].removesuffix("\r")
            marker = raw[:1]
            if marker == "+":
                body.append(DiffLine(LineKind.ADDED, None, new_no, text))
                new_no += 1
                new_left -= 1
            elif marker == "-":
                body.append(DiffLine(LineKind.REMOVED, old_no, None, text))
                old_no += 1
                old_left -= 1
            elif marker == " " or raw == "":
                # Some tools drop the space of an empty context line.
                body.append(DiffLine(LineKind.CONTEXT, old_no, new_no, text))
                old_no += 1
                new_no += 1
                old_left -= 1
                new_left -= 1
            elif marker == "\\":
                pass  # "\ No newline at end of file"
            else:
                raise DiffParseError(
                    f"{where}: line {i + 1}: unexpected line inside a hunk: {raw[:80]!r}"
                )
            i += 1
        while i < len(lines) and lines[i].startswith("\\"):
            i += 1
        if old_left > 0 or new_left > 0:
            raise DiffParseError(f"{where}: hunk at line {old_start} is cut short")
        hunks.append(Hunk(old_start, old_count, new_start, new_count, tuple(body)))
    return tuple(hunks), i


def _line_sets(hunks: tuple[Hunk, ...]) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    added = {ln.new_no for h in hunks for ln in h.lines if ln.kind is LineKind.ADDED}
    context = {ln.new_no for h in hunks for ln in h.lines if ln.kind is LineKind.CONTEXT}
    removed = {ln.old_no for h in hunks for ln in h.lines if ln.kind is LineKind.REMOVED}
    return (
        frozenset(n for n in added if n is not None),
        frozenset(n for n in context if n is not None),
        frozenset(n for n in removed if n is not None),
    )


def file_diff_from_patch(
    path: str, patch: str | None, *, status: ChangeStatus, old_path: str | None = None
) -> FileDiff:
    """A FileDiff from one entry of GitHub's PR files list. ``patch`` None means GitHub omitted it
    (binary or too large); the caller decides how to treat such a file."""
    hunks = parse_hunks(patch, where=path) if patch else ()
    added, context, removed = _line_sets(hunks)
    return FileDiff(
        path=path,
        old_path=old_path
        if old_path is not None
        else (None if status is ChangeStatus.ADDED else path),
        status=status,
        binary=patch is None and status is not ChangeStatus.DELETED,
        hunks=hunks,
        added=added,
        context=context,
        removed=removed,
    )


def parse_diff(text: str) -> Diff:
    """Parse the output of ``git diff`` (or any git-style unified diff) into a Diff."""
    # CR of CRLF files is kept on hunk lines here and removed from their text by _read_hunks.
    lines = text.split("\n")
    files: list[FileDiff] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith("diff --git ") and not line.startswith("--- "):
            i += 1
            continue
        old_path: str | None
        new_path: str | None
        status = ChangeStatus.MODIFIED
        binary = False
        if line.startswith("diff --git "):
            old_path, new_path = _paths_from_git_line(line[len("diff --git ") :])
            i += 1
            while i < len(lines) and not lines[i].startswith(("diff --git ", "@@ ")):
                header = lines[i].removesuffix("\r")
                if header.startswith("new file mode"):
                    status = ChangeStatus.ADDED
                elif header.startswith("deleted file mode"):
                    status = ChangeStatus.DELETED
                elif header.startswith("rename from "):
                    old_path, status = _unquote(header[12:]), ChangeStatus.RENAMED
                elif header.startswith("rename to "):
                    new_path = _unquote(header[10:])
                elif header.startswith("copy from "):
                    old_path, status = _unquote(header[10:]), ChangeStatus.COPIED
                elif header.startswith("copy to "):
                    new_path = _unquote(header[8:])
                elif header.startswith("Binary files ") or header.startswith("GIT binary patch"):
                    binary = True
                elif header.startswith("--- "):
                    stripped = _strip_prefix(header[4:])
                    if stripped is None:
                        status = ChangeStatus.ADDED
                elif header.startswith("+++ "):
                    stripped = _strip_prefix(header[4:])
                    if stripped is None:
                        status = ChangeStatus.DELETED
                    else:
                        new_path = stripped
                i += 1
        else:
            old_path = _strip_prefix(line[4:])
            i += 1
            if i >= len(lines) or not lines[i].startswith("+++ "):
                raise DiffParseError(f"line {i + 1}: '--- ' header without a '+++ ' line")
            new_path = _strip_prefix(lines[i][4:])
            i += 1
            if old_path is None:
                status = ChangeStatus.ADDED
            elif new_path is None:
                status = ChangeStatus.DELETED
        path = new_path if status is not ChangeStatus.DELETED else old_path
        if not path:
            raise DiffParseError(f"line {i}: cannot tell which file this diff is for")
        hunks, i = _read_hunks(lines, i, path) if not binary else ((), _skip_binary(lines, i))
        added, context, removed = _line_sets(hunks)
        files.append(
            FileDiff(
                path=path,
                old_path=None if status is ChangeStatus.ADDED else old_path,
                status=status,
                binary=binary,
                hunks=hunks,
                added=added,
                context=context,
                removed=removed,
            )
        )
    return Diff(tuple(files))


def _skip_binary(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].startswith("diff --git "):
        i += 1
    return i


def reconstruct_old(new_text: str | None, fd: FileDiff) -> str | None:
    """The file's text before the change, from its text after it and the diff's hunks.

    Exact for any git diff (hunks carry every removed line and the lines between hunks are
    unchanged). None for an added file or a binary one.
    """
    if fd.status is ChangeStatus.ADDED or fd.binary:
        return None
    if fd.status is ChangeStatus.DELETED or new_text is None:
        return "".join(text + "\n" for _, text in fd.removed_lines())
    new_lines = new_text.split("\n")
    trailing_newline = new_text.endswith("\n")
    if trailing_newline:
        new_lines = new_lines[:-1]
    old: list[str] = []
    cursor = 1  # next new-file line not yet copied
    for h in fd.hunks:
        first_new = h.new_start if h.new_count else h.new_start + 1
        old.extend(new_lines[cursor - 1 : first_new - 1])
        cursor = first_new
        for ln in h.lines:
            if ln.kind is not LineKind.ADDED:
                old.append(ln.text)
            if ln.kind is not LineKind.REMOVED:
                cursor += 1
    old.extend(new_lines[cursor - 1 :])
    return "\n".join(old) + ("\n" if trailing_newline or old else "")
