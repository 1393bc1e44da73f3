"""Which webhook deliveries Rescue acts on: one table from (event, action) to a pure handler.

A handler reads the payload and returns the job to enqueue (a dotted function path and primitive
arguments: installation id, repository, PR number, head sha, trigger) or the reason it is ignored.
No I/O here: the intake enqueues, the job re-authenticates and fetches what it needs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.commands import parse_command
from bot.github.markers import written_by_rescue

ZERO_SHA = "0" * 40
RERUN_ACTION = "rerun"  # identifier of the check run's "Re-run" button


@dataclass(frozen=True, slots=True)
class Enqueue:
    """Run ``func`` with ``kwargs`` (JSON primitives only) once per ``key``."""

    func: str
    kwargs: Mapping[str, str | int | list[int] | None]
    key: str  # idempotency: (repository, head sha, trigger)


@dataclass(frozen=True, slots=True)
class Ignore:
    reason: str


@dataclass(frozen=True, slots=True)
class Log:
    """Nothing to run; the intake logs ``message`` (installations come and go)."""

    message: str


Decision = Enqueue | Ignore | Log


@dataclass(frozen=True, slots=True)
class Delivery:
    event: str
    delivery_id: str
    payload: Mapping[str, Any]
    app_id: int = 0  # Rescue's own app id: check runs of other apps are not ours to re-run

    @property
    def action(self) -> str | None:
        action = self.payload.get("action")
        return action if isinstance(action, str) else None


Handler = Callable[[Delivery], list[Decision]]

REVIEW_PR = "bot.jobs.review_pull_request"
REVIEW_PUSH = "bot.jobs.review_push"
RUN_COMMAND = "bot.jobs.run_command"


def _installation(d: Delivery) -> int:
    inst = d.payload.get("installation")
    if not isinstance(inst, dict) or not isinstance(inst.get("id"), int):
        raise PayloadError("the payload names no installation (is this a GitHub App webhook?)")
    return int(inst["id"])


def _repo(d: Delivery) -> str:
    repo = d.payload.get("repository")
    name = repo.get("full_name") if isinstance(repo, dict) else None
    if not isinstance(name, str) or "/" not in name:
        raise PayloadError("the payload names no repository")
    return name


class PayloadError(ValueError):
    """The payload lacks a field its event always carries; answered with 400."""


def _pr_job(d: Delivery, number: int, head_sha: str, trigger: str, key_trigger: str) -> Enqueue:
    repo = _repo(d)
    return Enqueue(
        REVIEW_PR,
        {
            "installation_id": _installation(d),
            "repo": repo,
            "pr_number": number,
            "head_sha": head_sha,
            "trigger": trigger,
        },
        key=f"{repo}@{head_sha}:{key_trigger}",
    )


def _push_job(
    d: Delivery, ref: str, before: str | None, after: str, trigger: str, key_trigger: str
) -> Enqueue:
    repo = _repo(d)
    return Enqueue(
        REVIEW_PUSH,
        {
            "installation_id": _installation(d),
            "repo": repo,
            "ref": ref,
            "before": before if before and before != ZERO_SHA else None,
            "after": after,
            "trigger": trigger,
        },
        key=f"{repo}@{after}:{key_trigger}",
    )


def on_pull_request(d: Delivery) -> list[Decision]:
    pr = d.payload["pull_request"]
    if pr.get("state") != "open":
        return [Ignore("pull request is not open")]
    number, sha = int(pr["number"]), str(pr["head"]["sha"])
    # opened / synchronize / reopened / ready_for_review of one commit share a key: one review.
    return [_pr_job(d, number, sha, f"pull_request.{d.action}", f"pr#{number}")]


def on_push(d: Delivery) -> list[Decision]:
    ref, after = str(d.payload.get("ref", "")), str(d.payload.get("after", ""))
    if not ref.startswith("refs/heads/"):
        return [Ignore("not a branch push (tags are not reviewed)")]
    if d.payload.get("deleted") or after == ZERO_SHA:
        return [Ignore("branch deleted")]
    return [_push_job(d, ref, str(d.payload.get("before") or ""), after, "push", "push")]


def _pull_numbers(items: object, repo: str) -> list[int]:
    """PR numbers from a check suite's or check run's ``pull_requests`` in this repository
    (GitHub lists PRs of forks too, whose base is another repository)."""
    out = []
    for pr in items if isinstance(items, list) else []:
        base_repo = ((pr.get("base") or {}).get("repo") or {}).get("url", "")
        if not base_repo or base_repo.endswith("/repos/" + repo):
            out.append(int(pr["number"]))
    return out


def on_check_suite_requested(d: Delivery) -> list[Decision]:
    suite = d.payload["check_suite"]
    sha, repo = str(suite["head_sha"]), _repo(d)
    numbers = _pull_numbers(suite.get("pull_requests"), repo)
    if numbers:
        # Same key as pull_request.synchronize for this commit: whichever arrives first runs.
        return [_pr_job(d, n, sha, "check_suite.requested", f"pr#{n}") for n in numbers]
    branch = suite.get("head_branch")
    if not branch:
        return [Ignore("check suite without a branch")]
    return [_push_job(d, f"refs/heads/{branch}", suite.get("before"), sha, "check_suite.requested", "push")]


def on_check_suite_rerequested(d: Delivery) -> list[Decision]:
    suite = d.payload["check_suite"]
    return _rerun(d, suite, str(suite["head_sha"]), "check_suite.rerequested")


def on_check_run(d: Delivery) -> list[Decision]:
    run = d.payload["check_run"]
    app = run.get("app") or {}
    if d.app_id and app.get("id") != d.app_id:
        return [Ignore("check run of another app")]
    if d.action == "requested_action":
        ident = str((d.payload.get("requested_action") or {}).get("identifier", ""))
        if ident != RERUN_ACTION:
            return [Ignore(f"unknown requested action {ident!r}")]
    suite = run.get("check_suite") or {}
    return _rerun(d, suite, str(run["head_sha"]), f"check_run.{d.action}")


def _rerun(d: Delivery, suite: Mapping[str, Any], sha: str, trigger: str) -> list[Decision]:
    """A person asked for a new review: every click is its own request (keyed by delivery)."""
    repo = _repo(d)
    numbers = _pull_numbers(suite.get("pull_requests"), repo)
    key = f"rerun:{d.delivery_id}"
    if numbers:
        return [_pr_job(d, n, sha, trigger, f"pr#{n}:{key}") for n in numbers]
    branch = suite.get("head_branch")
    if not branch:
        return [Ignore("check run without a pull request or branch")]
    return [_push_job(d, f"refs/heads/{branch}", suite.get("before"), sha, trigger, key)]


def on_issue_comment(d: Delivery) -> list[Decision]:
    issue, comment = d.payload["issue"], d.payload["comment"]
    if not issue.get("pull_request"):
        return [Ignore("comment on an issue, not a pull request")]
    sender = d.payload.get("sender") or {}
    user = comment.get("user") or sender
    if sender.get("type") == "Bot" or user.get("type") == "Bot":
        return [Ignore("comment by a bot")]
    via = comment.get("performed_via_github_app") or {}
    if (d.app_id and via.get("id") == d.app_id) or written_by_rescue(comment.get("body")):
        return [Ignore("Rescue's own comment")]
    command = parse_command(comment.get("body"))
    if command is None:
        return [Ignore("no /rescue command")]
    repo = _repo(d)
    return [
        Enqueue(
            RUN_COMMAND,
            {
                "installation_id": _installation(d),
                "repo": repo,
                "pr_number": int(issue["number"]),
                "comment_id": int(comment["id"]),
                "author": str(user.get("login", "")),
            },
            key=f"{repo}:comment:{comment['id']}",
        )
    ]


def on_installation(d: Delivery) -> list[Decision]:
    inst = d.payload.get("installation") or {}
    account = (inst.get("account") or {}).get("login", "?")
    repos = d.payload.get("repositories") or []
    return [Log(f"installation {inst.get('id')} {d.action} by {account} ({len(repos)} repositories)")]


def on_installation_repositories(d: Delivery) -> list[Decision]:
    inst = d.payload.get("installation") or {}
    added = len(d.payload.get("repositories_added") or [])
    removed = len(d.payload.get("repositories_removed") or [])
    return [Log(f"installation {inst.get('id')} {d.action}: {added} added, {removed} removed")]


# The routing table: (X-GitHub-Event, action) → handler. Anything else is answered 202 and ignored.
ROUTES: dict[tuple[str, str | None], Handler] = {
    ("pull_request", "opened"): on_pull_request,
    ("pull_request", "synchronize"): on_pull_request,
    ("pull_request", "reopened"): on_pull_request,
    ("pull_request", "ready_for_review"): on_pull_request,
    ("push", None): on_push,
    ("check_suite", "requested"): on_check_suite_requested,
    ("check_suite", "rerequested"): on_check_suite_rerequested,
    ("check_run", "rerequested"): on_check_run,
    ("check_run", "requested_action"): on_check_run,
    ("issue_comment", "created"): on_issue_comment,
    ("installation", "created"): on_installation,
    ("installation", "deleted"): on_installation,
    ("installation", "suspend"): on_installation,
    ("installation", "unsuspend"): on_installation,
    ("installation_repositories", "added"): on_installation_repositories,
    ("installation_repositories", "removed"): on_installation_repositories,
}


def route(delivery: Delivery) -> list[Decision]:
    """What to do with one delivery. Raises PayloadError when a routed payload is malformed."""
    handler = ROUTES.get((delivery.event, delivery.action))
    if handler is None:
        return [Ignore(f"{delivery.event}.{delivery.action or '-'} is not handled")]
    try:
        return handler(delivery)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, PayloadError):
            raise
        raise PayloadError(f"{delivery.event}.{delivery.action}: unexpected payload ({exc!r:.100})") from None
