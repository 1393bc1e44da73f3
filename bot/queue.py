"""The Redis queue between the webhook and the workers: RQ with its JSON serializer (no pickle,
only primitives travel), idempotent job ids, and the delivery-id dedupe."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from redis import Redis
from rq import Queue
from rq.exceptions import DuplicateJobError
from rq.serializers import JSONSerializer

from bot.settings import Settings

# GitHub keeps a delivery's id when it is redelivered (by hand or by the API) for up to 3 days.
# https://docs.github.com/en/webhooks/testing-and-troubleshooting-webhooks/redelivering-webhooks
DELIVERY_TTL_SECONDS = 7 * 24 * 3600
# A finished job's record is the idempotency record of its (repo, head sha, trigger).
RESULT_TTL_SECONDS = 24 * 3600
FAILURE_TTL_SECONDS = 7 * 24 * 3600
# Redis answers in microseconds; waiting longer only delays the 503 that lets GitHub show the failure.
SOCKET_TIMEOUT_SECONDS = 2.0


def connect(url: str) -> Redis:
    return Redis.from_url(
        url, socket_connect_timeout=SOCKET_TIMEOUT_SECONDS, socket_timeout=SOCKET_TIMEOUT_SECONDS
    )


def job_queue(redis: Redis, settings: Settings) -> Queue:
    return Queue(settings.queue_name, connection=redis, serializer=JSONSerializer)


def job_id(key: str) -> str:
    """RQ job ids allow only letters, digits, '-' and '_': the key's digest."""
    return "rescue-" + hashlib.sha256(key.encode()).hexdigest()[:40]


def claim_delivery(redis: Redis, settings: Settings, delivery_id: str) -> bool:
    """True the first time a delivery id is seen, False for a redelivery of it."""
    key = f"{settings.key_prefix}:delivery:{delivery_id}"
    return bool(redis.set(key, "1", nx=True, ex=DELIVERY_TTL_SECONDS))


def release_delivery(redis: Redis, settings: Settings, delivery_id: str) -> None:
    """Forget a delivery that could not be queued, so GitHub's redelivery is accepted."""
    redis.delete(f"{settings.key_prefix}:delivery:{delivery_id}")


def enqueue(
    queue: Queue,
    settings: Settings,
    func: str,
    kwargs: Mapping[str, object],
    key: str,
    description: str,
) -> str | None:
    """Queue ``func(**kwargs)`` once per ``key``; the job id, or None when it is already queued,
    running or done."""
    # RQ keeps job ids in its own namespace, not under our prefix: two deployments sharing one
    # Redis (RESCUE_REDIS_PREFIX) must not take each other's job for the same commit as done.
    jid = job_id(f"{settings.key_prefix}:{key}")
    try:
        queue.enqueue_call(
            func,
            kwargs=dict(kwargs),
            job_id=jid,
            unique=True,
            timeout=settings.job_timeout,
            result_ttl=RESULT_TTL_SECONDS,
            failure_ttl=FAILURE_TTL_SECONDS,
            description=description,
        )
    except DuplicateJobError:
        return None
    return jid
