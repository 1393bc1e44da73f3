"""End to end: a signed webhook POST → Redis → a real RQ worker → real analyzers → the fake
GitHub, until the check run is completed. Every request Rescue makes is checked against GitHub's
OpenAPI description; each test ends by asserting none broke it."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.github.markers import SUMMARY_MARKER, read_finding_marker
from tests.fakegithub import Fault, payloads
from tests.fakegithub.world import INSTALLATION, REPO, World, world

pytestmark = pytest.mark.slow

SAFE = '''import json

from openai import OpenAI

client = OpenAI()


def run_task(task: str) -> object:
    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": task}])
    code = reply.choices[0].message.content
    return json.loads(code)
'''
UNSAFE = SAFE.replace("return json.loads(code)", "return eval(code)")
EVAL_LINE = UNSAFE.splitlines().index("    return eval(code)") + 1
MIGRATION = "create table public.notes (id bigint primary key, body text);\n"


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with world(tmp_path) as w:
        w.git.commit_files({
            "app/__init__.py": "",
            "app/tasks.py": SAFE,
            "supabase/migrations/0001_init.sql": MIGRATION,
            "README.md": "# portal\n",
        }, "initial")
        yield w
        assert w.fake.violations == []


def open_unsafe_pr(w: World) -> tuple[int, str]:
    sha = w.git.commit_files({"app/tasks.py": UNSAFE}, "run the model's code", branch="feat")
    w.git.checkout("main")
    pr = w.fake.open_pull(REPO, "feat")
    return pr.number, sha


def completed(w: World, sha: str) -> list[dict[str, object]]:
    return [r for r in w.fake.runs_for(sha) if r["status"] == "completed"]


def test_opened_pull_request_gets_failing_check_review_and_summary(w: World, capfd: pytest.CaptureFixture[str]) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    answer = w.deliver("pull_request", w.pr_event("opened", pr))
    assert answer.status_code == 202 and len(answer.json()["queued"]) == 1
    assert w.work()

    [run] = completed(w, sha)
    assert run["name"] == "Rescue" and run["conclusion"] == "failure"
    assert "blocking the merge" in run["output"]["title"]
    assert [(a["path"], a["start_line"], a["annotation_level"]) for a in run["annotations"]] == [
        ("app/tasks.py", EVAL_LINE, "failure")
    ]
    assert [a["identifier"] for a in run["actions"]] == ["rerun"]
    assert run["history"][0]["status"] == "in_progress"  # created in progress, completed last
    # One review with one inline comment on the changed line, carrying the finding's marker.
    [review] = w.fake.reviews.values()
    assert review["event"] == "COMMENT" and len(review["comments"]) == 1
    [comment] = w.fake.review_comments.values()
    assert (comment["path"], comment["line"], comment["side"]) == ("app/tasks.py", EVAL_LINE, "RIGHT")
    assert read_finding_marker(comment["body"]) is not None and "eval" in comment["body"]
    # One summary comment, found again later by its marker.
    summaries = [c for c in w.fake.issue_comments.values() if SUMMARY_MARKER in c["body"]]
    assert len(summaries) == 1 and "app/tasks.py:" in summaries[0]["body"]
    # The context files were fetched (the migration history), the config read from the base.
    fetched = {r.path.rsplit("/", 1)[-1] for r in w.fake.requests("git/get-blob")}
    migration_blob = next(e[2] for e in w.git.tree(sha) if e[4] == "supabase/migrations/0001_init.sql")
    assert migration_blob in fetched
    [config_read] = w.fake.requests("repos/get-content")
    assert config_read.path.endswith("/contents/.github/rescue.yml") and config_read.query == {"ref": "main"}
    # No token or key ever reaches a log line.
    out = capfd.readouterr()
    logs = out.out + out.err
    assert w.fake.tokens and not any(token in logs for token in w.fake.tokens)
    assert "PRIVATE KEY" not in logs


def test_synchronize_that_fixes_the_finding_passes_and_marks_the_comment_fixed(w: World) -> None:
    number, _ = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    w.deliver("pull_request", w.pr_event("opened", pr))
    w.work()
    fixed_sha = w.git.commit_files({"app/tasks.py": SAFE.replace("json.loads(code)", "json.loads(code or '{}')")}, "parse instead", branch="feat")
    w.git.checkout("main")

    assert w.deliver("pull_request", w.pr_event("synchronize", pr)).status_code == 202
    w.work()

    [run] = completed(w, fixed_sha)
    assert run["conclusion"] == "success" and run["annotations"] == []
    [comment] = w.fake.review_comments.values()  # no new inline comment
    marker = read_finding_marker(comment["body"])
    assert marker is not None and marker.fixed and "Resolved" in comment["body"]
    assert len(w.fake.reviews) == 1
    # The summary comment was edited in place, not posted again.
    summaries = [c for c in w.fake.issue_comments.values() if SUMMARY_MARKER in c["body"]]
    assert len(summaries) == 1 and "0 findings" in summaries[0]["body"]


def test_rerun_by_a_writer_reviews_again_without_duplicate_comments(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    w.deliver("pull_request", w.pr_event("opened", pr))
    w.work()
    w.repo.permissions["maria"] = "maintain"

    event = w.comment_event(pr, "maria", "Fixed the prompt.\n/rescue rerun\n")
    assert w.deliver("issue_comment", event).status_code == 202
    w.work()

    assert len(completed(w, sha)) == 2
    assert [r["content"] for r in w.fake.reactions] == ["rocket"]
    assert len(w.fake.review_comments) == 1  # the finding was already commented: not again
    assert len(w.fake.requests("repos/get-collaborator-permission-level")) == 1


def test_rerun_by_a_reader_is_refused_politely(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    w.repo.permissions["sam"] = "read"

    w.deliver("issue_comment", w.comment_event(pr, "sam", "/rescue rerun"))
    w.work()

    assert w.fake.runs_for(sha) == []
    assert [r["content"] for r in w.fake.reactions] == ["confused"]
    replies = [c for c in w.fake.issue_comments.values() if c["user"]["type"] == "Bot"]
    assert len(replies) == 1 and "write access" in replies[0]["body"] and "@sam" in replies[0]["body"]


def test_comments_by_bots_and_rescue_itself_are_ignored(w: World) -> None:
    number, _ = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    answer = w.deliver("issue_comment", w.comment_event(pr, "ci-bot[bot]", "/rescue rerun", sender_type="Bot"))
    assert answer.status_code == 202 and "bot" in answer.json()["ignored"]
    assert w.queued() == 0


def test_rerequested_check_run_reviews_again(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]

    for action in ("rerequested", "requested_action"):
        assert w.deliver("check_run", w.check_run_event(action, pr)).status_code == 202
    w.work()

    runs = completed(w, sha)
    assert [r["conclusion"] for r in runs] == ["failure", "failure"]
    assert len(w.fake.review_comments) == 1  # the second run found the comment already there


def test_replayed_delivery_is_handled_once(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    event = w.pr_event("opened", pr)

    first = w.deliver("pull_request", event, delivery="72d3162e-cc78-11e3-81ab-4c9367dc0958")
    again = w.deliver("pull_request", event, delivery="72d3162e-cc78-11e3-81ab-4c9367dc0958")
    # A different delivery for the same commit (GitHub sends ready_for_review, check_suite…).
    same_commit = w.deliver("pull_request", w.pr_event("reopened", pr))
    assert (first.status_code, again.status_code) == (202, 200)
    assert same_commit.json()["duplicates"] == 1
    w.work()

    assert len(w.fake.runs_for(sha)) == 1


def test_bad_signature_is_refused_and_nothing_is_queued(w: World) -> None:
    number, _ = open_unsafe_pr(w)
    event = w.pr_event("opened", w.fake.repos[REPO].pulls[number])

    forged = w.deliver("pull_request", event, headers={"X-Hub-Signature-256": "sha256=" + "0" * 64})
    unsigned = w.deliver("pull_request", event, headers={"X-Hub-Signature-256": ""})

    assert (forged.status_code, unsigned.status_code) == (401, 401)
    assert w.queued() == 0 and not w.work()
    assert w.fake.log == []


def test_github_502_rate_limit_and_expired_token_mid_job_are_survived(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    bad_gateway = w.fake.add_fault(Fault("GET", r"/pulls/\d+/files$", 502, body={"message": "Server Error"}))
    expired = w.fake.add_fault(Fault("GET", r"/git/trees/", 401, body={"message": "Bad credentials"}, expire_tokens=True))
    limited = w.fake.add_fault(Fault(
        "POST", r"/pulls/\d+/reviews$", 403, headers={"Retry-After": "1"},
        body={"message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."},
    ))

    w.deliver("pull_request", w.pr_event("opened", pr))
    w.work()

    [run] = completed(w, sha)
    assert run["conclusion"] == "failure" and len(run["annotations"]) == 1
    assert len(bad_gateway.hits) == len(expired.hits) == len(limited.hits) == 1
    files = w.fake.requests("pulls/list-files")
    assert [r.status for r in files] == [502, 200]
    assert len(w.fake.requests("apps/create-installation-access-token")) == 2  # refreshed after 401
    trees = w.fake.requests("git/get-tree")
    assert [r.status for r in trees] == [401, 200] and trees[1].at - trees[0].at < 5  # at once
    reviews = w.fake.requests("pulls/create-review")
    assert [r.status for r in reviews] == [403, 200]
    assert reviews[1].at - reviews[0].at >= 1.0  # Retry-After honoured
    assert len(w.fake.reviews) == 1


def test_a_job_that_fails_still_completes_its_check_run(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    w.fake.add_fault(Fault("GET", r"/pulls/\d+/files$", 404, body={"message": "Not Found"}))

    w.deliver("pull_request", w.pr_event("opened", pr))
    w.work()

    [run] = completed(w, sha)
    assert run["conclusion"] == "neutral"
    assert "could not finish" in run["output"]["title"].lower()
    assert "internal error" in run["output"]["summary"]


def test_invalid_config_on_the_base_branch_gives_a_neutral_check(w: World) -> None:
    w.git.commit_files({".github/rescue.yml": "fail_on: severe\nbogus: 1\n"}, "config")
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]

    w.deliver("pull_request", w.pr_event("opened", pr))
    w.work()

    [run] = completed(w, sha)
    assert run["conclusion"] == "neutral"
    assert "fail_on" in run["output"]["summary"] and "bogus" in run["output"]["summary"]
    assert w.fake.reviews == {}


def test_a_job_past_its_time_limit_still_completes_its_check_run(tmp_path: Path) -> None:
    with world(tmp_path, job_timeout=2) as w:
        w.git.commit_files({"app/tasks.py": SAFE}, "initial")
        number, sha = open_unsafe_pr(w)
        pr = w.fake.repos[REPO].pulls[number]
        w.fake.add_fault(Fault("GET", r"/git/trees/", 0, delay=4))

        w.deliver("pull_request", w.pr_event("opened", pr))
        w.work()

        [run] = completed(w, sha)
        assert run["conclusion"] == "neutral" and run["output"]["title"] == "Review timed out"
        assert "RESCUE_JOB_TIMEOUT" in run["output"]["summary"]
        assert w.fake.violations == []


def test_a_push_without_a_pull_request_is_checked_and_one_with_is_left_to_the_review(w: World) -> None:
    before = w.git.sha("main")
    lone = w.git.commit_files({"app/tasks.py": UNSAFE}, "straight to a branch", branch="hotfix")
    w.git.checkout("main")
    event = payloads.push(REPO, w.repo.id, INSTALLATION, ref="refs/heads/hotfix", before=before, after=lone)
    assert w.deliver("push", event).status_code == 202
    _number, covered = open_unsafe_pr(w)
    event = payloads.push(REPO, w.repo.id, INSTALLATION, ref="refs/heads/feat", before=before, after=covered)
    assert w.deliver("push", event).status_code == 202
    w.work()

    [run] = completed(w, lone)
    assert run["conclusion"] == "failure" and run["annotations"][0]["start_line"] == EVAL_LINE
    assert w.fake.runs_for(covered) == []  # the pull request's own review covers that commit
    [compare] = w.fake.requests("repos/compare-commits")
    assert compare.path.endswith(f"/compare/{before}...{lone}")
    assert w.fake.reviews == {} and w.fake.issue_comments == {}


def test_a_newer_push_supersedes_the_review_in_progress_and_the_queued_one(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    first = w.pr_event("opened", pr)

    def push_again() -> None:
        w.git.commit_files({"README.md": "# portal v2\n"}, "docs", branch="feat")
        w.git.checkout("main")

    # While the first commit is being fetched, a second one is pushed.
    w.fake.add_fault(Fault("GET", r"/git/trees/", 0, on_hit=push_again))
    w.deliver("pull_request", first)
    w.work()
    newer = w.git.sha("feat")
    [run] = completed(w, sha)
    assert run["conclusion"] == "neutral" and run["output"]["title"] == "Superseded by a newer commit"
    assert w.fake.reviews == {} and w.fake.issue_comments == {}
    # The newer commit's own delivery waits in the queue while a third commit is pushed: that
    # job finds the pull request moved on and does nothing; the third commit is reviewed.
    stale = w.pr_event("synchronize", pr)
    w.git.commit_files({"README.md": "# portal v3\n"}, "docs", branch="feat")
    w.git.checkout("main")
    w.deliver("pull_request", stale)
    w.deliver("pull_request", w.pr_event("synchronize", pr))
    w.work()
    assert w.fake.runs_for(newer) == []
    [latest] = completed(w, w.git.sha("feat"))
    assert latest["conclusion"] == "failure"


def test_help_is_answered_for_writers(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    w.repo.permissions["maria"] = "admin"

    w.deliver("issue_comment", w.comment_event(pr, "maria", "/rescue help"))
    w.work()

    assert [r["content"] for r in w.fake.reactions] == ["+1"]
    [reply] = [c for c in w.fake.issue_comments.values() if c["user"]["type"] == "Bot"]
    assert "/rescue rerun" in reply["body"] and w.fake.runs_for(sha) == []


def _kill_work_horse() -> None:
    """SIGKILL the RQ work horse (the child this test process forked), as the OOM killer would."""
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == me:
                os.kill(int(entry), signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_job_whose_process_dies_gets_its_check_run_completed_by_the_worker(w: World) -> None:
    number, sha = open_unsafe_pr(w)
    pr = w.fake.repos[REPO].pulls[number]
    w.fake.add_fault(Fault("GET", r"/git/trees/", 0, on_hit=_kill_work_horse))

    w.deliver("pull_request", w.pr_event("opened", pr))
    w.work()

    [run] = completed(w, sha)
    assert run["conclusion"] == "neutral" and "killed" in run["output"]["summary"]
