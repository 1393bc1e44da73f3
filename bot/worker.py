"""`rescue worker`: an RQ worker draining Rescue's queue.

Each job runs in a forked work horse (RQ's default), so a job that leaks memory or hangs cannot
take the worker down; when a horse dies anyway, the worker completes that job's check run.
"""

from __future__ import annotations

import logging
from typing import Any

from rq import Worker
from rq.job import Job
from rq.serializers import JSONSerializer

from bot import jobs
from bot.queue import connect, job_queue
from bot.settings import Settings

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
