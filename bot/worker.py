"""`rescue worker`: an RQ worker draining Rescue's queue.

Each job runs in a forked work horse (RQ's default), so a job that leaks memory or hangs cannot
take the worker down; when a horse dies anyway, the worker completes that job's check run.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from redis.exceptions import RedisError
from rq import Worker
from rq.job import Job
from rq.serializers import JSONSerializer

from bot import jobs
from bot.logs import setup_logging
from bot.queue import connect, job_queue
from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)


def _horse_killed(job: Job, retpid: int, ret_val: int, rusage: Any) -> None:
    """Called in the worker when a job's process died without finishing (OOM kill, SIGKILL,
    the hard time limit): complete the check run the job had opened."""
    try:
        job.refresh()  # type: ignore[no-untyped-call]
        done = jobs.complete_abandoned(dict(job.kwargs), dict(job.meta), "the review process was killed")
        if done:
            log.warning("job %s died (status %s); its check run was completed", job.id, ret_val)
    except Exception:
        log.exception("could not complete the check run of dead job %s", job.id)


def build_worker(settings: Settings, *, name: str | None = None) -> Worker:
    jobs.configure(settings)
    redis = connect(settings.redis_url)
    return Worker(
        [job_queue(redis, settings)],
        connection=redis,
        serializer=JSONSerializer,
        name=name,
        work_horse_killed_handler=_horse_killed,
    )


def run_worker(settings: Settings, *, burst: bool = False) -> bool:
    """Work until stopped (or, with ``burst``, until the queue is empty). True if any job ran."""
    worker = build_worker(settings)
    log.info("rescue worker %s on queue %r (burst=%s)", worker.name, settings.queue_name, burst)
    return bool(worker.work(burst=burst, logging_level="INFO", with_scheduler=False))


def work(*, burst: bool = False, verbose: bool = False) -> int:
    """`rescue worker`: check the settings and Redis, then work; 2 when either is unusable."""
    setup_logging("DEBUG" if verbose else "INFO")
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"rescue worker: {exc}", file=sys.stderr)
        return 2
    try:
        connect(settings.redis_url).ping()
    except RedisError as exc:
        print(f"rescue worker: cannot reach Redis at REDIS_URL ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 2
    run_worker(settings, burst=burst)
    return 0
