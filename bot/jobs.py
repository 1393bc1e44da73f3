"""The jobs the webhook queues, run by `rescue worker`. Each reads top to bottom:
authenticate → check run in progress → fetch the change → config → analyze → filter → report.

Jobs take primitives only (installation id, repository, PR number, head sha, trigger) and
re-authenticate from the installation id; no payload and no token travels through the queue.
A job that fails or times out still completes its check run, saying why.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redis import Redis
from rq import get_current_job
from rq.timeouts import JobTimeoutException

from bot.commands import HELP_TEXT, CommandName, parse_command
from bot.config import CONFIG_PATH, ConfigError, RepoConfig, parse_config
from bot.github import checkrun
from bot.github.api import Pull, RepoAPI
from bot.github.checkout import checkout
from bot.github.client import installation_client, token_cache
from bot.github.limits import PR_FILES_MAX
from bot.github.publish import existing_review_comments, finish_check, post_review, upsert_summary
from bot.github.report import ReportContext
from bot.github.review import plan_review
from bot.github.text import web_url
from bot.pipeline import run_scan
from bot.queue import connect
from bot.settings import Settings

log = logging.getLogger(__name__)

# Permissions that may run /rescue commands ("maintain" is reported as permission "write").
# https://docs.github.com/en/rest/collaborators/collaborators#get-repository-permissions-for-a-user
COMMAND_PERMISSIONS = frozenset({"admin", "maintain", "write"})
REPLY_MARKER = "<!-- rescue:reply -->"

_settings: Settings | None = None


def configure(settings: Settings) -> None:
    """Settings for the jobs of this process (the worker sets them once at start-up)."""
    global _settings
    _settings = settings


def current_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings.from_env()
    return _settings


@dataclass
class Session:
    settings: Settings
    redis: Redis
    api: RepoAPI


@contextmanager
def session(installation_id: int, repo: str) -> Iterator[Session]:
    settings = current_settings()
    redis = connect(settings.redis_url)
    gh = installation_client(settings, installation_id, token_cache(redis, settings))
    try:
        with gh:
            yield Session(settings, redis, RepoAPI(gh, repo))
    finally:
        redis.close()


# Jobs -----------------------------------------------------------------------------------------


def review_pull_request(
    installation_id: int, repo: str, pr_number: int, head_sha: str, trigger: str
) -> str:
    """Review a pull request at ``head_sha`` (queued by pull_request, check_suite, check_run)."""
    with session(installation_id, repo) as s:
        pull = s.api.pull(pr_number)
        if pull.state != "open":
            return f"skipped: #{pr_number} is {pull.state}"
        if pull.head_sha != head_sha and not _is_rerun(trigger):
            # A newer push supersedes this job; its own job reviews the new head.
            return f"superseded: #{pr_number} is now at {pull.head_sha[:7]}"
        return _review_pull(s, pull, trigger)


def review_push(
    installation_id: int, repo: str, ref: str, before: str | None, after: str, trigger: str
) -> str:
    """Check a branch push that no open pull request covers (compared before..after)."""
    with session(installation_id, repo) as s:
        if not _is_rerun(trigger) and s.api.open_pulls_for_commit(after):
            return "skipped: an open pull request's review covers this commit"
        default = s.api.default_branch()
        base = before or default
        files = s.api.compare_files(base, after)
        check = s.api.start_check(checkrun.CHECK_NAME, after, external_id=trigger[:100])
        with _completes(s, check.id) as guard:
            config = _load_config(s.api, default)
            if config is None or isinstance(config, ConfigError):
                guard.finish(_config_outcome(config))
                return "neutral: invalid configuration"
            with tempfile.TemporaryDirectory(prefix="rescue-review-") as tmp:
                co = checkout(s.api, files, head_sha=after, base_sha=base, root=Path(tmp),
                              listed_all=len(files) < PR_FILES_MAX)
                result = run_scan(co.workspace, config, options=s.settings.analyzer_options())
            ctx = ReportContext(repo, after, web_url(s.settings.api_url), notes=co.notes)
            outcome = checkrun.outcome(result, ctx)
            guard.finish(outcome)
            log.info("push %s %s@%s: %s", repo, ref, after[:7], checkrun.describe(result))
            return outcome.conclusion


def run_command(
    installation_id: int, repo: str, pr_number: int, comment_id: int, author: str
) -> str:
    """Answer a `/rescue` comment: check the author's permission through the API, react, act."""
    with session(installation_id, repo) as s:
        comment = s.api.issue_comment(comment_id)
        if comment is None or comment.user is None:
            return "skipped: comment deleted"
        command = parse_command(comment.body if isinstance(comment.body, str) else None)
        if command is None:
            return "skipped: the command was edited away"
        login = comment.user.login  # the API's word, not the queued one
        permission, role = s.api.permission(login)
        if permission not in COMMAND_PERMISSIONS and role not in COMMAND_PERMISSIONS:
            s.api.react(comment_id, "confused")
            s.api.comment(
                pr_number,
                f"{REPLY_MARKER}\nThanks, @{login}. Rescue commands can only be run by people "
                "with write access to this repository, so I have not acted on this one. "
                "A maintainer can comment `/rescue rerun` for you.",
            )
            log.info("command refused: %s has %s on %s", login, permission, repo)
            return "refused"
        if command.name is CommandName.HELP:
            s.api.react(comment_id, "+1")
            unknown = f"I do not know `/rescue {command.unknown}`. " if command.unknown else ""
            s.api.comment(pr_number, f"{REPLY_MARKER}\n{unknown}{HELP_TEXT}")
            return "help"
        s.api.react(comment_id, "rocket")
        pull = s.api.pull(pr_number)
        if pull.state != "open":
            s.api.comment(pr_number, f"{REPLY_MARKER}\nThis pull request is {pull.state}; nothing to review.")
            return "skipped: closed"
        return _review_pull(s, pull, f"command:{comment_id}")


# Steps ----------------------------------------------------------------------------------------


def _review_pull(s: Session, pull: Pull, trigger: str) -> str:
    api = s.api
    check = api.start_check(checkrun.CHECK_NAME, pull.head_sha, external_id=trigger[:100])
    with _completes(s, check.id) as guard:
        # Read from the base branch: a pull request (from a fork, say) cannot weaken its own review.
        config = _load_config(api, pull.base_ref)
        if config is None or isinstance(config, ConfigError):
            guard.finish(_config_outcome(config))
            return "neutral: invalid configuration"
        files = api.pull_files(pull.number)
        complete = len(files) >= pull.changed_files or len(files) < PR_FILES_MAX
        with tempfile.TemporaryDirectory(prefix="rescue-review-") as tmp:
            co = checkout(api, files, head_sha=pull.head_sha, base_sha=pull.base_sha,
                          root=Path(tmp), listed_all=complete)
            result = run_scan(co.workspace, config, options=s.settings.analyzer_options())
            diff = co.workspace.diff

        latest = api.pull(pull.number)
        if latest.head_sha != pull.head_sha:
            guard.finish(checkrun.neutral(
                "Superseded by a newer commit",
                f"A newer commit ({latest.head_sha[:7]}) was pushed while this one was being "
                "reviewed; Rescue reviews the newest commit instead.",
            ))
            return "superseded"

        plan = plan_review(
            result, diff, existing_review_comments(api, pull.number),
            max_comments=config.max_review_comments, suggestions=config.suggestions,
            head_sha=pull.head_sha, complete=complete,
        )
        ctx = ReportContext(
            api.full_name, pull.head_sha, web_url(s.settings.api_url), pull.number,
            notes=co.notes, inline_comments=len(plan.comments), not_inline=plan.not_inline,
            max_comments=config.max_review_comments,
        )
        outcome = checkrun.outcome(result, ctx)
        guard.finish(outcome)
        post_review(api, pull.number, pull.head_sha, plan, result)
        upsert_summary(api, pull.number, result, ctx)
        log.info(
            "pull %s#%d@%s (%s): %s → %s",
            api.full_name, pull.number, pull.head_sha[:7], trigger, checkrun.describe(result),
            outcome.conclusion,
        )
        return outcome.conclusion


def _is_rerun(trigger: str) -> bool:
    return trigger.startswith(("check_run.", "check_suite.rerequested", "command:"))


def _load_config(api: RepoAPI, ref: str) -> RepoConfig | ConfigError | None:
    raw = api.file_at(CONFIG_PATH, ref)
    if raw is None:
        return RepoConfig()
    try:
        return parse_config(raw, source=f"{CONFIG_PATH} on {ref}")
    except ConfigError as exc:
        return exc


def _config_outcome(error: ConfigError | None) -> checkrun.CheckOutcome:
    problems = error.problems if error is not None else ["the file could not be read"]
    source = error.source if error is not None else CONFIG_PATH
    lines = "\n".join(f"- {p}" for p in problems)
    return checkrun.neutral(
        f"Invalid {CONFIG_PATH}: nothing was reviewed",
        f"Rescue did not review this commit because `{source}` is invalid:\n\n{lines}\n\n"
        "Fix the file on the base branch, then comment `/rescue rerun`.",
    )


class _Guard:
    """Completes the check run exactly once: with the outcome, or with the reason it failed."""

    def __init__(self, s: Session, check_id: int) -> None:
        self.s = s
        self.check_id = check_id
        self.done = False

    def finish(self, outcome: checkrun.CheckOutcome) -> None:
        finish_check(self.s.api, self.check_id, outcome)
        self.done = True
        _remember(check_done=True)


@contextmanager
def _completes(s: Session, check_id: int) -> Iterator[_Guard]:
    _remember(check_run_id=check_id, check_done=False)
    guard = _Guard(s, check_id)
    try:
        yield guard
    except Exception as exc:
        if _timed_out(exc):
            log.warning("review of %s timed out", s.api.full_name)
            if not guard.done:
                _abandon(s.api, check_id, timed_out(s.settings.job_timeout))
        else:
            log.exception("review of %s failed", s.api.full_name)
            if not guard.done:
                _abandon(s.api, check_id, crashed(type(exc).__name__))
        raise


def _timed_out(exc: BaseException) -> bool:
    """The job's time limit fired, possibly inside an HTTP call that githubkit wrapped."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, JobTimeoutException):
            return True
        seen = getattr(seen, "exc", None) or seen.__cause__
    return False


def timed_out(seconds: int) -> checkrun.CheckOutcome:
    return checkrun.neutral(
        "Review timed out",
        f"Rescue stopped after {seconds} s without finishing this review, so nothing was "
        "concluded. Very large changes can take longer than the limit (`RESCUE_JOB_TIMEOUT`); "
        "comment `/rescue rerun` to try again.",
    )


def crashed(kind: str) -> checkrun.CheckOutcome:
    return checkrun.neutral(
        "Review could not finish",
        f"Rescue hit an internal error ({kind}) and could not finish this review, so nothing "
        "was concluded. The error is in the worker's log; comment `/rescue rerun` to try again.",
    )


def _abandon(api: RepoAPI, check_id: int, outcome: checkrun.CheckOutcome) -> None:
    try:
        finish_check(api, check_id, outcome)
        _remember(check_done=True)
    except Exception:  # GitHub itself may be what failed; the original error is re-raised
        log.exception("could not complete check run %d of %s", check_id, api.full_name)


def _remember(**meta: Any) -> None:
    """Note the job's check run in its RQ metadata, for the worker to complete it if the
    process running the job dies (killed for memory, or past the time limit)."""
    job = get_current_job()
    if job is not None:
        job.meta.update(meta)
        job.save_meta()  # type: ignore[no-untyped-call]


def complete_abandoned(job_kwargs: dict[str, Any], meta: dict[str, Any], reason: str) -> bool:
    """Complete the check run of a job whose process died; True when one was completed."""
    check_id = meta.get("check_run_id")
    if not isinstance(check_id, int) or meta.get("check_done"):
        return False
    with session(int(job_kwargs["installation_id"]), str(job_kwargs["repo"])) as s:
        _abandon(s.api, check_id, crashed(reason))
    return True


