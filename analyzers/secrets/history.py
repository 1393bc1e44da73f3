"""Secrets a change deletes: gone from the code, still in the git history, so still to rotate.

The base version of each changed file is rebuilt from the new text and the diff
(:func:`analyzers.diff.reconstruct_old`) and scanned; a secret on a removed line whose value is
no longer in the file is reported as "still in history".

Which line: a removed line has no line in the new file, so the finding points at the new-file
line where the removal happened: the first line after it inside the hunk (usually the line that
replaced the secret, such as ``process.env.STRIPE_SECRET_KEY``), which is on the diff so a review
comment can sit there. For a deleted file it is the line the secret had in that file.
"""

from __future__ import annotations

from collections.abc import Iterator

from analyzers.diff import ChangeStatus, FileDiff, LineKind, reconstruct_old
from analyzers.secrets.scanner import Hit, scan_text
from analyzers.workspace import Workspace


def new_line_for(fd: FileDiff, old_line: int) -> int:
    """The new-file line where ``old_line`` (a removed line) used to be."""
    if fd.status is ChangeStatus.DELETED:
        return old_line
    for hunk in fd.hunks:
        seen = False
        last_new = max(hunk.new_start - 1, 0)
        for ln in hunk.lines:
            if ln.kind is LineKind.REMOVED and ln.old_no == old_line:
                seen = True
            elif seen and ln.new_no is not None:
                return ln.new_no
            if ln.new_no is not None:
                last_new = ln.new_no
        if seen:
            return max(last_new, 1)
    return 1


def removed_secrets(workspace: Workspace) -> Iterator[tuple[FileDiff, Hit, str | None]]:
    """(file diff, hit in the base version, new text or None) for secrets the change removes."""
    if workspace.diff is None:
        return
    for fd in workspace.diff.files:
        if fd.binary or not fd.removed:
            continue
        new_text: str | None = None
        if fd.status is not ChangeStatus.DELETED and workspace.exists(fd.path):
            try:
                new_text = workspace.read_text(fd.path)
            except OSError:
                new_text = None
        old_text = reconstruct_old(new_text, fd)
        if old_text is None:
            continue
        for hit in scan_text(fd.old_path or fd.path, old_text):
            if not any(n in fd.removed for n in range(hit.line, hit.end_line + 1)):
                continue
            if new_text is not None and hit.value in new_text:
                continue  # moved, not removed: the scan of the new file reports it
            yield fd, hit, new_text
