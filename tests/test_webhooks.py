"""The webhook intake: signature before parsing, 400/401/413/503, dedupe, health, routing table."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient
from redis import Redis

from tests.fakegithub import payloads
from tests.fakegithub.world import INSTALLATION, REDIS_DB, REPO, SECRET, World, world
from webhooks.app import create_app
from webhooks.routing import (
    REVIEW_PR,
    REVIEW_PUSH,
    ROUTES,
    RUN_COMMAND,
    Delivery,
    Enqueue,
    Ignore,
    Log,
    PayloadError,
    route,
)
from webhooks.signature import sign, verify

HEAD, BASE = "a" * 40, "b" * 40


@pytest.fixture
def w(tmp_path: Path) -> Iterator[World]:
    with world(tmp_path) as w:
        yield w


def pr_payload(action: str = "opened") -> dict[str, Any]:
    return payloads.pull_request(action, REPO, 5, INSTALLATION, number=3, head=("feat", HEAD), base=("main", BASE))


def test_signature_is_checked_over_the_exact_bytes() -> None:
    body = b'{"a": 1}'
    assert verify("s3cret", body, sign("s3cret", body))
    assert not verify("s3cret", body + b" ", sign("s3cret", body))
    assert not verify("other", body, sign("s3cret", body))
    assert not verify("s3cret", body, None)
    assert not verify("s3cret", body, "sha1=" + sign("s3cret", body)[7:])


def test_a_signed_pull_request_is_queued_with_primitives_only(w: World) -> None:
    answer = w.deliver("pull_request", pr_payload())
    assert answer.status_code == 202
    [job_id] = answer.json()["queued"]
    raw = zlib.decompress(w.redis.hget(f"rq:job:{job_id}", "data") or b"")
    func, _instance, args, kwargs = json.loads(raw)  # RQ's JSON serializer: no pickle
    assert func == REVIEW_PR and args == []
    assert kwargs == {"installation_id": INSTALLATION, "repo": REPO, "pr_number": 3,
                      "head_sha": HEAD, "trigger": "pull_request.opened"}


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        (b"{not json", {}, 400),
        (b"[1, 2]", {}, 400),
        (b"{}", {"X-GitHub-Delivery": ""}, 400),
        (b"{}", {"X-GitHub-Event": "../../etc"}, 400),
        (b"{}", {"X-Hub-Signature-256": "sha256=00"}, 401),
    ],
)
def test_bad_requests_are_refused_and_nothing_is_queued(w: World, body: bytes, headers: dict[str, str], status: int) -> None:
    answer = w.deliver("pull_request", body, headers=headers)
    assert answer.status_code == status
    assert "error" in answer.json()
    assert w.queued() == 0


def test_a_routed_payload_missing_its_fields_is_a_400(w: World) -> None:
    payload = pr_payload()
    del payload["pull_request"]["head"]
    assert w.deliver("pull_request", payload).status_code == 400
    assert w.queued() == 0


def test_bodies_over_githubs_25_mb_cap_are_413(w: World) -> None:
    body = b'{"pad": "' + b"x" * (25 * 1024 * 1024) + b'"}'
    answer = w.deliver("pull_request", body)
    assert answer.status_code == 413
    assert w.queued() == 0


def test_ignored_events_are_accepted_without_work(w: World) -> None:
    closed = payloads.example("pull_request", "closed.payload.json")
    answer = w.deliver("pull_request", closed)
    assert answer.status_code == 202 and "not handled" in answer.json()["ignored"]
    assert w.deliver("ping", payloads.example("ping", "with-app_id.payload.json")).json() == {"pong": True}
    assert w.queued() == 0


def test_redis_down_answers_503_so_github_shows_the_failed_delivery(tmp_path: Path) -> None:
    with world(tmp_path) as w:
        dead = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
        with TestClient(app=create_app(w.settings, dead)) as client:
            body, headers = payloads.signed(SECRET, "pull_request", pr_payload())
            answer = client.post("/webhooks/github", content=body, headers=headers)
            assert answer.status_code == 503
            assert client.get("/readyz").status_code == 503
            assert client.get("/healthz").status_code == 200
        # The same delivery is accepted once Redis is back (nothing was remembered).
        again = w.client.post("/webhooks/github", content=body, headers=headers)
        assert again.status_code == 202 and len(again.json()["queued"]) == 1


def test_health_and_readiness(w: World) -> None:
    assert w.client.get("/healthz").json() == {"status": "ok"}
    assert w.client.get("/readyz").json() == {"status": "ready"}


# The routing table --------------------------------------------------------------------------


def decide(event: str, payload: dict[str, Any], app_id: int = 42) -> list[Enqueue | Ignore | Log]:
    return route(Delivery(event, "d-1", payload, app_id=app_id))


def test_the_routing_table_lists_exactly_the_events_rescue_acts_on() -> None:
    assert set(ROUTES) >= {
        ("pull_request", "opened"), ("pull_request", "synchronize"), ("pull_request", "reopened"),
        ("pull_request", "ready_for_review"), ("push", None), ("check_suite", "requested"),
        ("check_suite", "rerequested"), ("check_run", "rerequested"),
        ("check_run", "requested_action"), ("issue_comment", "created"),
        ("installation", "created"), ("installation_repositories", "added"),
    }
    assert ("pull_request", "closed") not in ROUTES and ("issue_comment", "edited") not in ROUTES


def test_every_trigger_of_one_commit_shares_one_idempotency_key() -> None:
    [opened] = decide("pull_request", pr_payload("opened"))
    [sync] = decide("pull_request", pr_payload("synchronize"))
    suite = payloads.example("check_suite", "requested.payload.json")
    suite["installation"]["id"] = INSTALLATION
    suite["repository"]["full_name"] = REPO
    suite["check_suite"].update(head_sha=HEAD)
    suite["check_suite"]["pull_requests"] = [{"number": 3, "url": "", "id": 1, "head": {}, "base": {"repo": {"url": f"https://api.github.com/repos/{REPO}"}}}]
    [requested] = decide("check_suite", suite)
    assert isinstance(opened, Enqueue) and isinstance(sync, Enqueue) and isinstance(requested, Enqueue)
    assert opened.key == sync.key == requested.key


def test_reruns_are_keyed_by_delivery_so_every_click_counts() -> None:
    p = payloads.check_run("rerequested", REPO, 5, INSTALLATION, app_id=42, head_sha=HEAD, number=3,
                           head=("feat", HEAD), base=("main", BASE))
    [a] = route(Delivery("check_run", "d-1", p, app_id=42))
    [b] = route(Delivery("check_run", "d-2", p, app_id=42))
    assert isinstance(a, Enqueue) and isinstance(b, Enqueue) and a.key != b.key
    assert a.func == REVIEW_PR and a.kwargs["trigger"] == "check_run.rerequested"
    [other_app] = decide("check_run", p, app_id=7)
    assert isinstance(other_app, Ignore)


def test_push_to_a_branch_is_compared_before_after_and_tags_are_ignored() -> None:
    p = payloads.push(REPO, 5, INSTALLATION, ref="refs/heads/feature", before=BASE, after=HEAD)
    [job] = decide("push", p)
    assert isinstance(job, Enqueue) and job.func == REVIEW_PUSH
    assert (job.kwargs["before"], job.kwargs["after"]) == (BASE, HEAD)
    p.update(ref="refs/tags/v1")
    assert isinstance(decide("push", p)[0], Ignore)
    p.update(ref="refs/heads/gone", deleted=True, after="0" * 40)
    assert isinstance(decide("push", p)[0], Ignore)


def test_only_rescue_commands_from_people_are_queued() -> None:
    comment = {"id": 9, "body": "/rescue rerun", "user": {"login": "maria"}}
    p = payloads.issue_comment(REPO, 5, INSTALLATION, number=3, comment=comment)
    [job] = decide("issue_comment", p)
    assert isinstance(job, Enqueue) and job.func == RUN_COMMAND and job.kwargs["comment_id"] == 9
    chat = payloads.issue_comment(REPO, 5, INSTALLATION, number=3, comment={**comment, "body": "looks good"})
    assert isinstance(decide("issue_comment", chat)[0], Ignore)
    bot = payloads.issue_comment(REPO, 5, INSTALLATION, number=3, comment=comment, sender_type="Bot")
    assert isinstance(decide("issue_comment", bot)[0], Ignore)
    own = payloads.issue_comment(REPO, 5, INSTALLATION, number=3,
                                 comment={**comment, "body": "<!-- rescue:reply -->\n/rescue rerun"})
    assert isinstance(decide("issue_comment", own)[0], Ignore)
    on_issue = payloads.example("issue_comment", "created.with-installation.payload.json")
    assert isinstance(decide("issue_comment", on_issue)[0], Ignore)


def test_installations_are_logged() -> None:
    [entry] = decide("installation", payloads.example("installation", "created.payload.json"))
    assert isinstance(entry, Log) and "created" in entry.message


def test_a_payload_without_an_installation_is_refused() -> None:
    p = pr_payload()
    del p["installation"]
    with pytest.raises(PayloadError, match="installation"):
        decide("pull_request", p)


def test_redis_connection_for_tests_is_isolated() -> None:
    assert 8 <= REDIS_DB <= 15
