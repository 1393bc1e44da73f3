"""`rescue scan` end to end: real git, real semgrep, exit codes, and clear errors (never a traceback)."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers import REPO_ROOT, GitRepo

EVAL_APP = '''\
from openai import OpenAI

client = OpenAI()


def run(task: str) -> object:
    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": task}])
    return eval(reply.choices[0].message.content)
'''


def _scan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["scan", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def app_repo(repo: GitRepo) -> GitRepo:
    repo.write("README.md", "# app\n")
    repo.write("api/ok.py", "def ok() -> int:\n    return 1\n")
    repo.commit("base")
    repo.write("api/agent.py", EVAL_APP)
    return repo


def test_whole_tree_json_and_fail_on(app_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _scan(capsys, str(app_repo.root), "--format", "json")
    doc = json.loads(out)
    assert code == 1
    assert [(f["path"], f["line"], f["category"]) for f in doc["findings"]] == [
        ("api/agent.py", 8, "llm-output-exec")
    ]
    assert _scan(capsys, str(app_repo.root), "--fail-on", "never")[0] == 0
    assert _scan(capsys, str(app_repo.root), "--exclude", "app-security")[0] == 0
    assert _scan(capsys, str(app_repo.root), "--category", "secrets")[0] == 0


def test_diff_mode_reports_only_changed_lines(app_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    app_repo.commit("agent")
    # An unrelated change: the old finding is outside the diff.
    app_repo.write("api/agent.py", EVAL_APP + "\n\ndef other() -> None:\n    pass\n")
    code, out, _ = _scan(capsys, str(app_repo.root), "--diff", "HEAD", "--format", "json")
    assert (code, json.loads(out)["findings"]) == (0, [])
    code, out, _ = _scan(capsys, str(app_repo.root), "--diff", "HEAD~1", "--format", "json")
    assert code == 1 and len(json.loads(out)["findings"]) == 1
    code, out, _ = _scan(capsys, str(app_repo.root), "--diff", "HEAD", "--filter", "file", "--format", "json")
    assert code == 1


def test_staged_scans_the_index_version(app_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    app_repo.git("add", "api/agent.py")
    # The working tree fixes it, but the commit would not: --staged must still see the problem.
    app_repo.write("api/agent.py", EVAL_APP.replace("eval(", "str("))
    code, out, _ = _scan(capsys, str(app_repo.root), "--staged", "--format", "json")
    assert code == 1 and json.loads(out)["findings"][0]["path"] == "api/agent.py"


def test_inline_ignore_and_config(app_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    app_repo.write(".github/rescue.yml", "rules:\n  py.llm.output-eval: {severity: low}\n")
    code, out, _ = _scan(capsys, str(app_repo.root), "--format", "json")
    assert code == 0 and json.loads(out)["findings"][0]["severity"] == "low"
    app_repo.write(
        "api/agent.py",
        EVAL_APP.replace("    return eval", "    # rescue-ignore: py.llm.output-eval sandboxed\n    return eval"),
    )
    code, out, _ = _scan(capsys, str(app_repo.root))
    assert code == 0 and "1 finding ignored" in out and "sandboxed" in out


def test_output_file_and_formats(app_repo: GitRepo, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.sarif"
    code, out, _ = _scan(capsys, str(app_repo.root), "--format", "sarif", "-o", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text())["version"] == "2.1.0"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/nonexistent/path"], "no such file or directory"),
        (["--format", "xml"], "invalid choice"),
        (["--fail-on", "urgent"], "unknown severity"),
        (["--category", "nope"], "unknown category"),
        (["--diff", "main", "--staged"], "not allowed with"),
    ],
)
def test_usage_errors(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _scan(capsys, *args)
    assert code == 2 and message in err and "Traceback" not in err


def test_non_git_directory_with_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _scan(capsys, str(tmp_path), "--diff", "main")
    assert code == 2 and "needs a git repository" in err


def test_unknown_ref(app_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _scan(capsys, str(app_repo.root), "--diff", "no-such-branch")
    assert code == 2 and "unknown git ref 'no-such-branch'" in err
    code, _, err = _scan(capsys, str(app_repo.root), "--diff=--output=/etc/x")
    assert code == 2 and "is not a git ref" in err


def test_invalid_config(app_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    app_repo.write(".github/rescue.yml", "fail_on: everything\n")
    code, out, err = _scan(capsys, str(app_repo.root))
    assert code == 2 and out == ""
    assert ".github/rescue.yml is invalid" in err and "fail_on: unknown severity" in err


def test_binary_huge_and_unreadable_files(app_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    app_repo.write("assets/blob.dat", b"\0\1\2" * 100)
    app_repo.write("data/dump.js", "x".join(["a"] * 3_000_000))
    secret = app_repo.write("api/locked.py", "x = 1\n")
    secret.chmod(0)
    try:
        code, out, _ = _scan(capsys, str(app_repo.root))
    finally:
        secret.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert code == 1  # the rest of the tree was still scanned
    assert "assets/blob.dat: binary" in out and "data/dump.js: too large" in out
    assert "api/locked.py: unreadable" in out
    code, _, err = _scan(capsys, str(app_repo.root / "assets/blob.dat"))
    assert code == 2 and "cannot scan this file: binary" in err


def test_semgrep_crash_is_an_error_not_a_traceback(
    app_repo: GitRepo, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "semgrep"
    fake.write_text("#!/bin/sh\necho 'Fatal error: segmentation fault' >&2\nexit 139\n")
    fake.chmod(0o755)
    monkeypatch.setenv("RESCUE_SEMGREP_BIN", str(fake))
    code, out, err = _scan(capsys, str(app_repo.root))
    assert code == 2
    assert "semgrep failed (exit 139): Fatal error: segmentation fault" in out
    assert "Traceback" not in out + err


def test_console_script_runs_as_a_module(app_repo: GitRepo) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli", "scan", str(app_repo.root), "--format", "json"],
        capture_output=True, text=True, cwd=REPO_ROOT, check=False,
    )
    assert proc.returncode == 1 and json.loads(proc.stdout)["findings"]
