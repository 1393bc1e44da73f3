"""Sending a review to GitHub: the check run's batches, the review, the summary comment."""

from __future__ import annotations

import logging

from bot.github.api import RepoAPI
from bot.github.checkrun import RERUN_ACTION, CheckOutcome
from bot.github.limits import COMMENT_MAX_CHARS
from bot.github.markers import SUMMARY_MARKER, is_summary
from bot.github.report import ReportContext, render
from bot.github.review import ExistingComment, ReviewPlan, review_body
from bot.pipeline import ScanResult

log = logging.getLogger(__name__)


def finish_check(api: RepoAPI, check_id: int, outcome: CheckOutcome) -> None:
    """Annotations 50 per request while the run is in progress, then the completing update with
    the last batch, the conclusion and the Re-run button."""
    last = max(len(outcome.annotation_batches) - 1, 0)
    for i in range(last):
        api.update_check(check_id, outcome.output(i))
    api.complete_check(check_id, outcome.conclusion, outcome.output(last), [RERUN_ACTION])


def existing_review_comments(api: RepoAPI, number: int) -> list[ExistingComment]:
    return [
        ExistingComment(c.id, c.body, c.user is not None and c.user.type == "Bot")
        for c in api.review_comments(number)
    ]


def post_review(
    api: RepoAPI, number: int, head_sha: str, plan: ReviewPlan, result: ScanResult
) -> None:
    for comment_id, body in plan.resolved:
        api.edit_review_comment(comment_id, body)
    if plan.comments:
        api.create_review(
            number, head_sha, review_body(plan, result), [i.comment for i in plan.comments]
        )
    log.info(
        "review %s#%d: %d inline, %d already commented, %d resolved, %d not inline",
        api.full_name, number, len(plan.comments), plan.already_commented,
        len(plan.resolved), plan.not_inline,
    )


def summary_body(result: ScanResult, ctx: ReportContext) -> str:
    head = f"{SUMMARY_MARKER}\n"
    return head + render(result, ctx, limit=COMMENT_MAX_CHARS - len(head) - 16)


def upsert_summary(api: RepoAPI, number: int, result: ScanResult, ctx: ReportContext) -> None:
    """Edit Rescue's summary comment in place; create it only when there is something to say."""
    mine = [
        c for c in api.issue_comments(number)
        if isinstance(c.body, str) and is_summary(c.body) and c.user is not None and c.user.type == "Bot"
    ]
    body = summary_body(result, ctx)
    if mine:
        api.edit_comment(mine[0].id, body)
    elif result.reported or result.errors:
        api.comment(number, body)
