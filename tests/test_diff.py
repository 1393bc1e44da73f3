"""The diff model against real `git diff` output."""

from __future__ import annotations

import pytest

from analyzers.diff import (
    ChangeStatus,
    DiffParseError,
    LineKind,
    file_diff_from_patch,
    parse_diff,
    parse_hunks,
    reconstruct_old,
)
from tests.helpers import GitRepo

BASE_APP = "".join(f"line {i}\n" for i in range(1, 21))


def _diff(repo: GitRepo, *args: str) -> str:
    return repo.git("diff", "--no-color", "--find-renames", *args)


def test_modified_file_line_sets_and_reconstruction(repo: GitRepo) -> None:
    repo.write("app.ts", BASE_APP)
    base = repo.commit()
    lines = BASE_APP.splitlines(keepends=True)
    lines[4] = "changed 5\n"
    lines.insert(10, "inserted after 10\n")
    del lines[17]  # the original line 17 (one line was inserted above it)
    new_text = "".join(lines)
    repo.write("app.ts", new_text)
    diff = parse_diff(_diff(repo, base))
    (fd,) = diff.files
    assert fd.status is ChangeStatus.MODIFIED and fd.path == "app.ts" and fd.old_path == "app.ts"
    assert fd.added == {5, 11}
    assert fd.removed == {5, 17}
    assert {2, 3, 4, 6, 7, 8, 10, 12, 13} <= fd.context
    assert not fd.added & fd.context
    assert reconstruct_old(new_text, fd) == BASE_APP


def test_added_deleted_and_renamed_files(repo: GitRepo) -> None:
    repo.write("old/name.py", "".join(f"x = {i}\n" for i in range(30)))
    repo.write("gone.sql", "create table t (id int);\n")
    base = repo.commit()
    (repo.root / "new").mkdir()
    repo.git("mv", "old/name.py", "new/name.py")
    text = (repo.root / "new/name.py").read_text().replace("x = 3\n", "x = 33\n")
    repo.write("new/name.py", text)
    repo.git("rm", "-q", "gone.sql")
    repo.write("fresh.ts", "export const a = 1;\nexport const b = 2;\n")
    repo.git("add", "-A")
    diff = parse_diff(_diff(repo, "--cached", base))
    by = diff.by_path()
    assert by["new/name.py"].status is ChangeStatus.RENAMED
    assert by["new/name.py"].old_path == "old/name.py"
    assert by["new/name.py"].added == {4}
    assert by["gone.sql"].status is ChangeStatus.DELETED
    assert by["gone.sql"].removed_lines() == [(1, "create table t (id int);")]
    assert reconstruct_old(None, by["gone.sql"]) == "create table t (id int);\n"
    assert by["fresh.ts"].status is ChangeStatus.ADDED and by["fresh.ts"].old_path is None
    assert by["fresh.ts"].added == {1, 2}
    assert reconstruct_old("whatever", by["fresh.ts"]) is None
    assert sorted(diff.changed_paths()) == ["fresh.ts", "new/name.py"]


def test_pure_rename_has_no_hunks(repo: GitRepo) -> None:
    repo.write("a.txt", "same\n")
    base = repo.commit()
    repo.git("mv", "a.txt", "b.txt")
    (fd,) = parse_diff(_diff(repo, "--cached", base)).files
    assert (fd.status, fd.path, fd.old_path, fd.hunks) == (ChangeStatus.RENAMED, "b.txt", "a.txt", ())


def test_binary_files(repo: GitRepo) -> None:
    repo.write("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0binary")
    base = repo.commit()
    repo.write("logo.png", b"\x89PNG\r\n\x1a\n\0\0\0changed")
    repo.write("new.bin", b"\0\1\2")
    repo.git("add", "-A")
    by = parse_diff(_diff(repo, "--cached", base)).by_path()
    assert by["logo.png"].binary and by["logo.png"].status is ChangeStatus.MODIFIED
    assert by["new.bin"].binary and by["new.bin"].status is ChangeStatus.ADDED
    assert parse_diff(_diff(repo, "--cached", base)).changed_paths() == []


def test_binary_patch_is_skipped(repo: GitRepo) -> None:
    repo.write("data.bin", b"\0" * 10)
    base = repo.commit()
    repo.write("data.bin", b"\0" * 20)
    repo.write("after.txt", "hello\n")
    repo.git("add", "-A")
    by = parse_diff(_diff(repo, "--cached", "--binary", base)).by_path()
    assert by["data.bin"].binary
    assert by["after.txt"].added == {1}


def test_no_newline_at_end_of_file(repo: GitRepo) -> None:
    repo.write("x.env", "A=1\nB=2")
    base = repo.commit()
    repo.write("x.env", "A=1\nB=3")
    text = _diff(repo, base)
    assert "\\ No newline at end of file" in text
    (fd,) = parse_diff(text).files
    assert fd.added == {2} and fd.removed == {2}
    assert reconstruct_old("A=1\nB=3", fd) == "A=1\nB=2\n"


def test_crlf_lines_lose_their_carriage_return(repo: GitRepo) -> None:
    repo.write("win.ts", "const a = 1;\r\nconst b = 2;\r\n")
    base = repo.commit()
    repo.write("win.ts", "const a = 1;\r\nconst b = 3;\r\n")
    (fd,) = parse_diff(_diff(repo, base)).files
    added = [ln.text for h in fd.hunks for ln in h.lines if ln.kind is LineKind.ADDED]
    assert added == ["const b = 3;"]


def test_paths_with_spaces_and_unicode(repo: GitRepo) -> None:
    repo.write("app/my page/café.ts", "a\n")
    repo.write("plain dir/x y.ts", "a\n")
    base = repo.commit()
    repo.write("app/my page/café.ts", "b\n")
    repo.write("plain dir/x y.ts", "b\n")
    paths = sorted(f.path for f in parse_diff(_diff(repo, base)).files)
    assert paths == ["app/my page/café.ts", "plain dir/x y.ts"]


def test_github_patch_field() -> None:
    patch = "@@ -1,3 +1,4 @@\n import x\n-old()\n+new()\n+more()\n keep\n\\ No newline at end of file"
    fd = file_diff_from_patch("src/a.py", patch, status=ChangeStatus.MODIFIED)
    assert fd.added == {2, 3} and fd.removed == {2} and fd.context == {1, 4}
    omitted = file_diff_from_patch("big.json", None, status=ChangeStatus.MODIFIED)
    assert omitted.binary and omitted.hunks == ()


def test_malformed_diff_is_a_clear_error() -> None:
    with pytest.raises(DiffParseError, match="cut short"):
        parse_hunks("@@ -1,3 +1,3 @@\n a\n")
    with pytest.raises(DiffParseError, match="expected a hunk header"):
        parse_hunks("garbage\n")
