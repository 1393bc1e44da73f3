"""The pure parts of reporting to GitHub: sizes, batches, review planning, markers, commands,
settings and log redaction. Literal inputs, exact expectations."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from analyzers.base import AnalyzerError
from analyzers.diff import ChangeStatus, Diff, file_diff_from_patch
from analyzers.findings import Finding, Location, Severity
from analyzers.workspace import build_workspace
from bot.commands import CommandName, parse_command
from bot.config import RepoConfig
from bot.github import checkrun
from bot.github.api import RepoAPI
from bot.github.client import installation_client, token_cache
from bot.github.limits import ANNOTATIONS_PER_REQUEST, CHECK_OUTPUT_MAX_CHARS, COMMENT_MAX_CHARS
from bot.github.markers import finding_marker, mark_fixed, read_finding_marker, written_by_rescue
from bot.github.publish import finish_check, summary_body
from bot.github.report import ReportContext, render
from bot.github.review import ExistingComment, comment_body, plan_review, span_on_diff
from bot.github.text import gh_len, truncate, web_url
from bot.logs import RedactingFilter, redact
from bot.pipeline import ScanResult, run_scan
from bot.settings import Settings, SettingsError
from tests.fakegithub.world import INSTALLATION, REPO, world

PATCH = "@@ -1,4 +1,6 @@\n import os\n-x = 1\n+x = 2\n+y = eval(s)\n+z = 3\n def f():\n     pass"
DIFF = Diff((file_diff_from_patch("app.py", PATCH, status=ChangeStatus.MODIFIED),))
CTX = ReportContext(REPO, "c" * 40, "https://github.com", 3)


def finding(line: int = 3, *, end: int | None = None, fp: str = "f" * 32, sev: Severity = Severity.HIGH,
            fix: str | None = None, message: str = "Model output is executed. Parse it instead.") -> Finding:
    return Finding(
        rule_id="py.llm.output-eval", category="llm-output-exec", severity=sev, path="app.py",
        line=line, end_line=end or line, message=message, analyzer="semgrep", fingerprint=fp,
        fix=fix, location=Location.ADDED, in_scope=True,
    )


def result(*findings: Finding, errors: tuple[AnalyzerError, ...] = ()) -> ScanResult:
    return ScanResult(
        findings=findings, errors=errors, endpoints=(), skipped=(), files_scanned=1,
        duration_s=0.5, config=RepoConfig(), changed_paths=frozenset({"app.py"}),
    )


# Sizes and batches ---------------------------------------------------------------------------


def test_length_is_counted_as_github_does_and_truncation_leaves_a_note() -> None:
    assert gh_len("🔴") == 2 and gh_len("abc") == 3
    text = "line\n" * 30_000
    cut = truncate(text, 1000, "(cut)")
    assert gh_len(cut) <= 1000 and cut.endswith("(cut)")
    assert truncate("short", 1000, "(cut)") == "short"


def test_a_huge_report_fits_the_check_run_and_counts_what_it_leaves_out() -> None:
    many = [finding(line=i, fp=f"{i:032x}", message="Model output is executed. " + "x" * 400) for i in range(1, 3001)]
    summary = render(result(*many), CTX, limit=CHECK_OUTPUT_MAX_CHARS)
    assert gh_len(summary) <= CHECK_OUTPUT_MAX_CHARS
    assert "more findings not listed here" in summary
    assert "Comment `/rescue rerun`" in summary  # the tail survives the cut
    body = summary_body(result(*many), CTX)
    assert gh_len(body) <= COMMENT_MAX_CHARS and body.startswith("<!-- rescue:summary -->")


def test_annotations_come_in_batches_of_50_and_the_conclusion_follows_the_threshold() -> None:
    many = [finding(line=i, fp=f"{i:032x}", sev=Severity.MEDIUM) for i in range(1, 121)]
    out = checkrun.outcome(result(*many), CTX)
    assert [len(b) for b in out.annotation_batches] == [50, 50, 20]
    assert out.conclusion == "success"  # medium is below the default threshold (high)
    assert {a["annotation_level"] for b in out.annotation_batches for a in b} == {"warning"}
    assert checkrun.outcome(result(finding()), CTX).conclusion == "failure"
    broken = result(errors=(AnalyzerError("semgrep", "semgrep failed"),))
    assert checkrun.outcome(broken, CTX).conclusion == "neutral"
    warned = result(errors=(AnalyzerError("semgrep", "syntax error", "a.py", level="warning"),))
    assert checkrun.outcome(warned, CTX).conclusion == "success"


def test_the_check_run_is_sent_in_batches_that_github_accepts(tmp_path: Path) -> None:
    with world(tmp_path) as w:
        sha = w.git.commit_files({"app.py": "x = 1\n"}, "initial")
        api = RepoAPI(installation_client(w.settings, INSTALLATION, token_cache(w.redis, w.settings)), REPO)
        run = api.start_check("Rescue", sha, "test")
        many = [finding(line=i, fp=f"{i:032x}") for i in range(1, 121)]
        finish_check(api, run.id, checkrun.outcome(result(*many), CTX))
        stored = w.fake.check_runs[run.id]
        assert len(stored["annotations"]) == 120 and stored["conclusion"] == "failure"
        sizes = [len((h.get("output") or {}).get("annotations") or []) for h in stored["history"]]
        assert sizes == [0, 50, 50, 20] and all(n <= ANNOTATIONS_PER_REQUEST for n in sizes)
        assert "status" not in stored["history"][1] and stored["history"][-1]["status"] == "completed"
        assert w.fake.violations == []


# Review planning ------------------------------------------------------------------------------


def test_comments_target_only_lines_on_the_diff() -> None:
    fd = DIFF.files[0]
    assert span_on_diff(finding(line=3), fd) == (None, 3)  # added line
    assert span_on_diff(finding(line=1), fd) == (None, 1)  # context line inside the hunk
    assert span_on_diff(finding(line=3, end=5), fd) == (3, 5)  # a range inside one hunk
    assert span_on_diff(finding(line=40), fd) is None  # not in the diff: 422 on GitHub


def test_suggestions_replace_exactly_the_commented_lines() -> None:
    plan = plan_review(result(finding(line=4, fix="y = json.loads(s)")), DIFF, [], max_comments=10,
                       suggestions=True, head_sha="c" * 40)
    [inline] = plan.comments
    assert inline.comment["line"] == 4 and "start_line" not in inline.comment
    assert "```suggestion\ny = json.loads(s)\n```" in inline.comment["body"]
    off = plan_review(result(finding(line=4, fix="y = 1")), DIFF, [], max_comments=10,
                      suggestions=False, head_sha="c" * 40)
    assert "```suggestion" not in off.comments[0].comment["body"]
    fenced = comment_body(finding(fix="a = '```'"), suggestion=True)
    assert "````suggestion" in fenced


def test_the_cap_counts_the_overflow_and_known_findings_are_not_commented_twice() -> None:
    fs = [finding(line=n, fp=f"{n:032x}") for n in (1, 3, 4, 5)]
    existing = [ExistingComment(7, finding_marker(f"{1:032x}") + "\nold", by_bot=True)]
    plan = plan_review(result(*fs, finding(line=40, fp="e" * 32)), DIFF, existing, max_comments=2,
                       suggestions=True, head_sha="c" * 40)
    assert [i.finding.line for i in plan.comments] == [3, 4]
    assert (plan.already_commented, plan.overflow, plan.off_diff, plan.not_inline) == (1, 1, 1, 2)
    assert plan.resolved == ()


def test_a_finding_that_disappeared_gets_its_comment_marked_resolved() -> None:
    existing = [
        ExistingComment(7, finding_marker("a" * 32) + "\nEval of model output.", by_bot=True),
        ExistingComment(8, finding_marker("b" * 32) + "\nStill here.", by_bot=True),
        ExistingComment(9, finding_marker("c" * 32) + "\nA person quoting us.", by_bot=False),
    ]
    plan = plan_review(result(finding(fp="b" * 32)), DIFF, existing, max_comments=5,
                       suggestions=True, head_sha="d" * 40)
    [(cid, body)] = plan.resolved
    assert cid == 7 and "Resolved** in ddddddd" in body
    marker = read_finding_marker(body)
    assert marker is not None and marker.fixed
    assert mark_fixed(body, "e" * 40) == body  # once resolved, left alone
    partial = plan_review(result(), DIFF, existing, max_comments=5, suggestions=True,
                          head_sha="d" * 40, complete=False)
    assert partial.resolved == ()


# Commands, settings, logs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/rescue rerun", CommandName.RERUN),
        ("Thanks!\n  /Rescue RERUN  \n", CommandName.RERUN),
        ("/rescue", CommandName.HELP),
        ("/rescue help", CommandName.HELP),
        ("/rescue dance", CommandName.HELP),
        ("> /rescue rerun", None),
        ("please /rescue rerun", None),
        ("", None),
    ],
)
def test_commands_are_read_from_their_own_line(text: str, expected: CommandName | None) -> None:
    command = parse_command(text)
    assert (command.name if command else None) == expected
    if text == "/rescue dance":
        assert command is not None and command.unknown == "dance"


def test_markers_identify_rescues_own_comments() -> None:
    assert written_by_rescue(finding_marker("a" * 32)) and written_by_rescue("<!-- rescue:summary -->")
    assert not written_by_rescue("<!-- something else -->")


def test_web_links_follow_the_api_host() -> None:
    assert web_url("https://api.github.com") == "https://github.com"
    assert web_url("https://ghe.example.com/api/v3") == "https://ghe.example.com"


def test_settings_list_every_problem_and_never_echo_the_key(tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"GITHUB_APP_ID": "abc", "GITHUB_PRIVATE_KEY": "-----BEGIN PRIVATE KEY-----\nsecretstuff",
                           "GITHUB_API_URL": "ftp://x", "REDIS_URL": "http://x", "RESCUE_JOB_TIMEOUT": "5"})
    text = str(caught.value)
    assert len(caught.value.problems) == 6 and "secretstuff" not in text
    for name in ("GITHUB_APP_ID", "GITHUB_PRIVATE_KEY", "GITHUB_WEBHOOK_SECRET", "GITHUB_API_URL", "REDIS_URL", "RESCUE_JOB_TIMEOUT"):
        assert name in text


def test_settings_read_the_key_from_a_file_or_flattened_text(tmp_path: Path) -> None:
    from tests.fakegithub import FakeGitHub

    pem = FakeGitHub().private_key_pem
    key = tmp_path / "app.pem"
    key.write_text(pem)
    s = Settings.from_env({"GITHUB_APP_ID": "12", "GITHUB_PRIVATE_KEY_PATH": str(key), "GITHUB_WEBHOOK_SECRET": "w"})
    assert (s.app_id, s.api_url, s.redis_url) == (12, "https://api.github.com", "redis://127.0.0.1:6379/0")
    assert "PRIVATE" not in repr(s) and "w'" not in repr(s)
    flat = Settings.from_env({"GITHUB_APP_ID": "12", "GITHUB_PRIVATE_KEY": pem.replace("\n", "\\n"), "GITHUB_WEBHOOK_SECRET": "w"})
    assert flat.private_key == pem
    assert flat.analyzer_options().database_url is None  # the apply check is opt-in
    env = {"GITHUB_APP_ID": "12", "GITHUB_PRIVATE_KEY": pem, "GITHUB_WEBHOOK_SECRET": "w"}
    db = Settings.from_env({**env, "RESCUE_DATABASE_URL": "postgresql://ci:pw@db/scratch"})
    assert db.analyzer_options().database_url == "postgresql://ci:pw@db/scratch" and "pw@" not in repr(db)
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({**env, "RESCUE_DATABASE_URL": "mysql://ci:hunter2@db/x"})
    assert "RESCUE_DATABASE_URL" in str(caught.value) and "hunter2" not in str(caught.value)


def test_log_lines_never_carry_tokens_or_keys(caplog: pytest.LogCaptureFixture) -> None:
    token = "ghs_" + "A1b2" * 9
    assert token not in redact(f"calling with token {token}")
    assert "Bearer [redacted]" in redact("Authorization: Bearer eyJhbGciOi.eyJpc3MiOiIx.c2lnbmF0dXJl")
    assert "MIIE" not in redact("-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----")
    log = logging.getLogger("test.redaction")
    handler = logging.Handler()
    seen: list[str] = []
    handler.emit = lambda record: seen.append(record.getMessage())  # type: ignore[method-assign]
    handler.addFilter(RedactingFilter())
    log.addHandler(handler)
    try:
        log.warning("retrying with %s", token)
    finally:
        log.removeHandler(handler)
    assert seen == ["retrying with [redacted]"]


def test_a_secret_in_a_deleted_file_fails_the_check_without_an_annotation(tmp_path: Path) -> None:
    key = "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"
    (tmp_path / "app.py").write_text("import os\n")
    gone = file_diff_from_patch(".env.production", f"@@ -1 +0,0 @@\n-STRIPE_SECRET_KEY={key}", status=ChangeStatus.DELETED)
    ws = build_workspace(tmp_path, ["app.py"], diff=Diff((gone,)))
    scan = run_scan(ws, RepoConfig())
    [f] = scan.reported
    assert (f.path, f.category) == (".env.production", "exposed-secret") and "history" in f.message.lower()
    out = checkrun.outcome(scan, CTX)
    assert out.conclusion == "failure" and out.annotation_batches == ()
    assert ".env.production" in out.summary and key not in out.summary
