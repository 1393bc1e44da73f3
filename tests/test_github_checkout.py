"""Fetching a pull request into a workspace from the fake GitHub: every page of files, patches
GitHub leaves out, binary, huge, renamed, deleted and linked files, and the context files."""

from __future__ import annotations

import os
from pathlib import Path

from analyzers.diff import ChangeStatus
from bot.github.api import RepoAPI
from bot.github.checkout import checkout, compute_patch
from bot.github.client import installation_client, token_cache
from tests.fakegithub.world import INSTALLATION, REPO, world


def test_compute_patch_gives_github_style_hunks() -> None:
    patch = compute_patch("a\nb\nc\n", "a\nB\nc\nd\n")
    assert patch.splitlines() == ["@@ -1,3 +1,4 @@", " a", "-b", "+B", " c", "+d"]


def test_a_pull_request_of_many_kinds_of_files_is_checked_out(tmp_path: Path) -> None:
    big_before = "".join(f"line {i}\n" for i in range(400))
    big_after = big_before.replace("line 200\n", "line 200 changed\n")
    with world(tmp_path) as w:
        w.git.commit_files({
            "big.py": big_before, "old_name.py": "x = 1\n", "gone.py": "y = 2\n",
            "supabase/migrations/0001_init.sql": "create table a (id int);\n",
            "src/middleware.ts": "export const config = { matcher: ['/api/:path*'] };\n",
            "lib/unrelated.ts": "export const z = 1;\n",
        }, "initial")
        many = {f"pages/p{i:03}.ts": f"export const p{i} = {i};\n" for i in range(110)}
        (w.git.root / "link.py").symlink_to("big.py")
        w.git.raw("add", "link.py")
        head = w.git.commit_files({
            **many,
            "big.py": big_after,
            "old_name.py": None, "new_name.py": "x = 1\n",
            "gone.py": None,
            "logo.png": b"\x89PNG\r\n\x1a\n\0\0binary",
            "huge.js": "a" * 1_100_000,
            "supabase/migrations/0002_more.sql": "alter table a add column b int;\n",
        }, "feature", branch="feat")
        w.git.checkout("main")
        w.repo.omit_patch_over_lines = 1  # GitHub leaves out the patch of big.py (2 lines changed)
        pr = w.fake.open_pull(REPO, "feat")
        gh = installation_client(w.settings, INSTALLATION, token_cache(w.redis, w.settings))
        api = RepoAPI(gh, REPO)
        with gh:  # one connection for the whole fetch, as in a job
            files = api.pull_files(pr.number)
            co = checkout(api, files, head_sha=head, base_sha=w.git.sha("main"), root=tmp_path / "ws")

        pages = [r.query.get("page") for r in w.fake.requests("pulls/list-files")]
        assert pages == ["1", "2"] and len(files) == 110 + 7
        ws = co.workspace
        assert ws.diff is not None
        by_path = ws.diff.by_path()
        assert by_path["big.py"].added == frozenset({201}) and by_path["big.py"].removed == frozenset({201})
        assert by_path["gone.py"].status is ChangeStatus.DELETED
        assert by_path["new_name.py"].status is ChangeStatus.RENAMED and by_path["new_name.py"].old_path == "old_name.py"
        assert "big.py" in ws.targets and "pages/p109.ts" in ws.targets and "gone.py" not in ws.targets
        skipped = {s.path: s.reason for s in ws.skipped}
        assert skipped["huge.js"].startswith("too large") and skipped["link.py"] == "symbolic link"
        assert "logo.png" not in ws.targets
        # Context: the whole migration history and the middleware, not unrelated files.
        root = ws.root
        assert (root / "supabase/migrations/0001_init.sql").is_file()
        assert (root / "src/middleware.ts").is_file()
        assert not (root / "lib/unrelated.ts").exists()
        assert not any(os.path.islink(root / p) for p in ws.targets)
        assert co.notes == ()
        assert w.fake.violations == []
