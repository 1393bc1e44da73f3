"""The litestar application: `POST /webhooks/github`, `GET /healthz`, `GET /readyz`.

The webhook verifies the signature over the raw body before parsing anything, dedupes by
X-GitHub-Delivery, routes by (event, action) and enqueues primitives. It makes no GitHub call and
holds no token, so it answers in about a millisecond and never loses a delivery silently: a
rejected request gets 4xx, an unavailable queue 503 (GitHub then shows the delivery as failed).
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

import msgspec
from litestar import Litestar, Request, Response, get, post
from litestar.datastructures import State
from litestar.exceptions import HTTPException
from litestar.status_codes import (
    HTTP_200_OK,
    HTTP_202_ACCEPTED,
    HTTP_400_BAD_REQUEST,
    HTTP_401_UNAUTHORIZED,
    HTTP_413_REQUEST_ENTITY_TOO_LARGE,
    HTTP_503_SERVICE_UNAVAILABLE,
)
from redis import Redis
from redis.exceptions import RedisError

from bot import queue as jobs_queue
from bot.github.limits import WEBHOOK_PAYLOAD_MAX_BYTES
from bot.settings import Settings
from webhooks import signature
from webhooks.routing import Delivery, Enqueue, Ignore, Log, PayloadError, route

log = logging.getLogger("rescue.webhooks")

# Delivery ids are GUIDs; anything else is refused before it becomes part of a Redis key.
_DELIVERY_ID = re.compile(r"^[A-Za-z0-9-]{1,100}$")
_EVENT = re.compile(r"^[a-z_]{1,64}$")


# msgspec parses GitHub's 20-30 kB payloads about three times faster than the json module.
_decode = msgspec.json.Decoder().decode


class Rejected(Exception):
    """A request refused with ``status`` and a short reason (never echoing the body)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _rejected(_: Request[Any, Any, Any], exc: Rejected) -> Response[dict[str, str]]:
    return Response({"error": exc.reason}, status_code=exc.status)


def _http_error(_: Request[Any, Any, Any], exc: HTTPException) -> Response[dict[str, str]]:
    # litestar raises 413 itself when the body passes request_max_body_size.
    reason = "payload too large" if exc.status_code == HTTP_413_REQUEST_ENTITY_TOO_LARGE else exc.detail
    return Response({"error": reason}, status_code=exc.status_code)


def _redis_down(_: Request[Any, Any, Any], exc: RedisError) -> Response[dict[str, str]]:
    log.error("queue unavailable: %s", type(exc).__name__)
    return Response({"error": "queue unavailable, retry later"}, status_code=HTTP_503_SERVICE_UNAVAILABLE)


@post(
    "/webhooks/github",
    status_code=HTTP_202_ACCEPTED,
    request_max_body_size=WEBHOOK_PAYLOAD_MAX_BYTES,
)
async def github_webhook(request: Request[Any, Any, State]) -> Response[dict[str, Any]]:
    settings: Settings = request.app.state.settings
    redis: Redis = request.app.state.redis
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > WEBHOOK_PAYLOAD_MAX_BYTES:
        raise Rejected(HTTP_413_REQUEST_ENTITY_TOO_LARGE, "payload too large")
    body = await request.body()
    if not signature.verify(settings.webhook_secret, body, request.headers.get(signature.HEADER)):
        raise Rejected(HTTP_401_UNAUTHORIZED, "bad or missing X-Hub-Signature-256")
    event = request.headers.get("x-github-event", "")
    delivery_id = request.headers.get("x-github-delivery", "")
    if not _EVENT.match(event) or not _DELIVERY_ID.match(delivery_id):
        raise Rejected(HTTP_400_BAD_REQUEST, "missing or malformed X-GitHub-Event / X-GitHub-Delivery")
    try:
        payload = _decode(body)
    except (msgspec.DecodeError, ValueError, UnicodeDecodeError):
        raise Rejected(HTTP_400_BAD_REQUEST, "body is not JSON (set the webhook content type to application/json)") from None
    if not isinstance(payload, dict):
        raise Rejected(HTTP_400_BAD_REQUEST, "body is not a JSON object")
    if event == "ping":
        return Response({"pong": True}, status_code=HTTP_200_OK)

    delivery = Delivery(event, delivery_id, payload, app_id=settings.app_id)
    try:
        decisions = route(delivery)
    except PayloadError as exc:
        raise Rejected(HTTP_400_BAD_REQUEST, str(exc)) from None
    jobs = [d for d in decisions if isinstance(d, Enqueue)]
    for d in decisions:
        if isinstance(d, Log):
            log.info("delivery %s: %s", delivery_id, d.message)
    if not jobs:
        reasons = [d.reason for d in decisions if isinstance(d, Ignore)]
        log.debug("delivery %s %s.%s ignored: %s", delivery_id, event, delivery.action, reasons)
        return Response({"ignored": "; ".join(reasons) or "logged"}, status_code=HTTP_202_ACCEPTED)

    if not jobs_queue.claim_delivery(redis, settings, delivery_id):
        log.info("delivery %s is a redelivery; already handled", delivery_id)
        return Response({"duplicate": delivery_id}, status_code=HTTP_200_OK)
    queued: list[str] = []
    try:
        q = jobs_queue.job_queue(redis, settings)
        for job in jobs:
            jid = jobs_queue.enqueue(
                q, settings, job.func, job.kwargs, job.key,
                description=f"{event}.{delivery.action or '-'} {job.key}",
            )
            if jid is not None:
                queued.append(jid)
    except RedisError:
        # Let GitHub's redelivery of this id through: nothing (or not everything) was queued.
        with suppress(RedisError):
            jobs_queue.release_delivery(redis, settings, delivery_id)
        raise
    log.info(
        "delivery %s %s.%s: queued %d job(s), %d already queued or done",
        delivery_id, event, delivery.action or "-", len(queued), len(jobs) - len(queued),
    )
    return Response({"queued": queued, "duplicates": len(jobs) - len(queued)}, status_code=HTTP_202_ACCEPTED)


@get("/healthz", sync_to_thread=False)
def healthz() -> dict[str, str]:
    """The process is up (liveness)."""
    return {"status": "ok"}


@get("/readyz")
async def readyz(request: Request[Any, Any, State]) -> Response[dict[str, str]]:
    """Redis answers (readiness): without it no delivery can be queued."""
    redis: Redis = request.app.state.redis
    try:
        redis.ping()
    except RedisError as exc:
        return Response(
            {"status": "redis unavailable", "error": type(exc).__name__},
            status_code=HTTP_503_SERVICE_UNAVAILABLE,
        )
    return Response({"status": "ready"}, status_code=HTTP_200_OK)


def create_app(settings: Settings, redis: Redis | None = None) -> Litestar:
    """The intake app. ``redis`` is opened from ``settings.redis_url`` unless given (tests)."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        client = redis or jobs_queue.connect(settings.redis_url)
        app.state.redis = client
        try:
            yield
        finally:
            if redis is None:
                client.close()

    return Litestar(
        route_handlers=[github_webhook, healthz, readyz],
        lifespan=[lifespan],
        state=State({"settings": settings}),
        exception_handlers={
            Rejected: _rejected,
            HTTPException: _http_error,
            RedisError: _redis_down,
        },
        request_max_body_size=WEBHOOK_PAYLOAD_MAX_BYTES,
        openapi_config=None,
        debug=False,
    )
