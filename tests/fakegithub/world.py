"""A whole GitHub App installation for end-to-end tests and benchmarks: the fake GitHub with a
real repository, Redis (a dedicated database, emptied before and after), the litestar app under
its test client, and RQ workers run in burst mode."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from litestar.testing import TestClient
from redis import Redis

from bot.settings import Settings
from bot.worker import run_worker
from tests.fakegithub import payloads
from tests.fakegithub.gitrepo import HostedRepo
from tests.fakegithub.server import FakeGitHub, Pull, Repository
from webhooks.app import create_app

INSTALLATION = 77
REPO = "acme/portal"
SECRET = "webhook-secret-for-tests"
# A Redis database of its own, so tests never touch other data (one per xdist worker).
REDIS_DB = 15 - int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0) % 8


@dataclass
class World:
    fake: FakeGitHub
    git: HostedRepo
    repo: Repository
    settings: Settings
    redis: Redis
    client: TestClient[Any]

    def deliver(self, event: str, payload: dict[str, Any] | bytes, delivery: str | None = None,
                headers: dict[str, str] | None = None) -> httpx.Response:
        body, sent = payloads.signed(self.settings.webhook_secret, event, payload, delivery)
        sent.update(headers or {})
        return self.client.post("/webhooks/github", content=body, headers=sent)

    def work(self) -> bool:
        """Run every queued job to the end (a real RQ worker in burst mode)."""
        return run_worker(self.settings, burst=True)

    def queued(self) -> int:
        return int(self.redis.llen(f"rq:queue:{self.settings.queue_name}"))

    # Scenario helpers ------------------------------------------------------------------------

    def pr_event(self, action: str, pr: Pull) -> dict[str, Any]:
        return payloads.pull_request(
            action, REPO, self.repo.id, INSTALLATION, number=pr.number,
            head=(pr.head, self.git.sha(pr.head)), base=(pr.base, self.git.sha(pr.base)),
        )

    def comment_event(self, pr: Pull, login: str, text: str, sender_type: str = "User") -> dict[str, Any]:
        comment = self.fake.add_user_comment(REPO, pr.number, login, text)
        return payloads.issue_comment(REPO, self.repo.id, INSTALLATION, number=pr.number,
                                      comment=comment, sender_type=sender_type)

    def check_run_event(self, action: str, pr: Pull) -> dict[str, Any]:
        sha = self.git.sha(pr.head)
        return payloads.check_run(action, REPO, self.repo.id, INSTALLATION, app_id=self.fake.app_id,
                                  head_sha=sha, number=pr.number, head=(pr.head, sha),
                                  base=(pr.base, self.git.sha(pr.base)))


def test_settings(fake: FakeGitHub, **changes: Any) -> Settings:
    tag = uuid.uuid4().hex[:8]
    values: dict[str, Any] = {
        "app_id": fake.app_id,
        "private_key": fake.private_key_pem,
        "webhook_secret": SECRET,
        "api_url": fake.url,
        "redis_url": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "job_timeout": 120,
        "queue_name": f"rescue-test-{tag}",
        "key_prefix": f"rescue-test-{tag}",
    }
    values.update(changes)
    return Settings(**values)


@contextmanager
def world(root: Path, **settings_changes: Any) -> Iterator[World]:
    redis = Redis.from_url(f"redis://127.0.0.1:6379/{REDIS_DB}")
    with FakeGitHub() as fake:
        git = HostedRepo(root / "repo")
        repo = fake.add_repo(REPO, git, INSTALLATION)
        settings = test_settings(fake, **settings_changes)
        with TestClient(app=create_app(settings, redis)) as client:
            try:
                yield World(fake, git, repo, settings, redis, client)
            finally:
                _forget(redis, settings)
                redis.close()


def _forget(redis: Redis, settings: Settings) -> None:
    """Delete this world's keys only (its prefix, its queue's RQ keys, jobs and results): other
    test runs may share the database, so it is never flushed. RQ's worker keys expire by
    themselves within a minute."""
    tag = settings.key_prefix
    doomed: list[bytes | str] = list(redis.scan_iter(match=f"*{tag}*", count=500))
    for key in redis.scan_iter(match="rq:job:*", count=500):
        if redis.type(key) == b"hash" and redis.hget(key, "origin") == settings.queue_name.encode():
            job = key.decode().removeprefix("rq:job:")
            doomed += [key, f"rq:results:{job}", f"rq:job:{job}:dependents"]
    if doomed:
        redis.delete(*doomed)
