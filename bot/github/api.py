"""The GitHub calls a review makes, as small typed functions over githubkit (one repository).

Only this module and bot.github.client know githubkit; the job reads as a list of steps. Lists are
paged to the end with the largest page GitHub allows, serially (GitHub asks integrators not to
run concurrent requests for one installation).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal, TypeVar

from githubkit.exception import RequestFailed
from githubkit_schemas.latest.models import (
    CheckRun,
    DiffEntry,
    IssueComment,
    PullRequestReviewComment,
)
from githubkit_schemas.latest.types import (
    ReposOwnerRepoCheckRunsCheckRunIdPatchBodyPropActionsItemsType,
    ReposOwnerRepoCheckRunsCheckRunIdPatchBodyPropOutputPropAnnotationsItemsType,
    ReposOwnerRepoCheckRunsCheckRunIdPatchBodyPropOutputType,
    ReposOwnerRepoPullsPullNumberReviewsPostBodyPropCommentsItemsType,
)

from bot.github.client import Client, split_repo
from bot.github.limits import PER_PAGE_MAX, PR_FILES_MAX

T = TypeVar("T")

Annotation = ReposOwnerRepoCheckRunsCheckRunIdPatchBodyPropOutputPropAnnotationsItemsType
Output = ReposOwnerRepoCheckRunsCheckRunIdPatchBodyPropOutputType
Action = ReposOwnerRepoCheckRunsCheckRunIdPatchBodyPropActionsItemsType
ReviewComment = ReposOwnerRepoPullsPullNumberReviewsPostBodyPropCommentsItemsType
Conclusion = Literal["success", "failure", "neutral"]
Reaction = Literal["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"]


@dataclass(frozen=True, slots=True)
class Pull:
    number: int
    state: str
    head_sha: str
    head_ref: str
    base_sha: str
    base_ref: str
    changed_files: int


@dataclass(frozen=True, slots=True)
class TreeEntry:
    path: str
    sha: str
    size: int
    mode: str


@dataclass(frozen=True, slots=True)
class Tree:
    entries: dict[str, TreeEntry]  # blobs only (no folders, submodules)
    truncated: bool


def _pages(fetch: Callable[[int], list[T]], limit: int | None = None) -> Iterator[T]:
    page, seen = 1, 0
    while True:
        items = fetch(page)
        for item in items:
            yield item
            seen += 1
            if limit is not None and seen >= limit:
                return
        if len(items) < PER_PAGE_MAX:
            return
        page += 1


class RepoAPI:
    """GitHub calls scoped to one repository of one installation."""

    def __init__(self, gh: Client, full_name: str) -> None:
        self.gh = gh
        self.full_name = full_name
        self.owner, self.name = split_repo(full_name)

    # Reading the change -------------------------------------------------------------------

    def pull(self, number: int) -> Pull:
        pr = self.gh.rest.pulls.get(self.owner, self.name, number).parsed_data
        return Pull(
            number=pr.number, state=pr.state, head_sha=pr.head.sha, head_ref=pr.head.ref,
            base_sha=pr.base.sha, base_ref=pr.base.ref, changed_files=pr.changed_files,
        )

    def pull_files(self, number: int) -> list[DiffEntry]:
        """Every file of the pull request, as far as GitHub lists them (3,000 at most)."""
        def fetch(page: int) -> list[DiffEntry]:
            return self.gh.rest.pulls.list_files(
                self.owner, self.name, number, per_page=PER_PAGE_MAX, page=page
            ).parsed_data
        return list(_pages(fetch, PR_FILES_MAX))

    def compare_files(self, base: str, head: str) -> list[DiffEntry]:
        """The files changed between two commits (``base...head``), every page of them."""
        files: list[DiffEntry] = []
        page = 1
        while True:
            data = self.gh.rest.repos.compare_commits(
                self.owner, self.name, f"{base}...{head}", per_page=PER_PAGE_MAX, page=page
            ).parsed_data
            batch = list(data.files or [])
            files.extend(batch)
            if len(batch) < PER_PAGE_MAX or len(files) >= PR_FILES_MAX:
                return files[:PR_FILES_MAX]
            page += 1

    def open_pulls_for_commit(self, sha: str) -> list[int]:
        """Open pull requests of this repository whose head is ``sha``."""
        prs = self.gh.rest.repos.list_pull_requests_associated_with_commit(
            self.owner, self.name, sha, per_page=PER_PAGE_MAX
        ).parsed_data
        return [p.number for p in prs if p.state == "open" and p.head.sha == sha]

    def default_branch(self) -> str:
        return self.gh.rest.repos.get(self.owner, self.name).parsed_data.default_branch

    def tree(self, sha: str) -> Tree:
        data = self.gh.rest.git.get_tree(self.owner, self.name, sha, recursive="1").parsed_data
        entries = {
            e.path: TreeEntry(e.path, e.sha or "", e.size or 0, e.mode or "")
            for e in data.tree
            if e.type == "blob" and e.path and e.sha
        }
        return Tree(entries, bool(data.truncated))

    def blob(self, sha: str) -> bytes:
        data = self.gh.rest.git.get_blob(self.owner, self.name, sha).parsed_data
        if data.encoding == "base64":
            return _b64(data.content or "")
        return (data.content or "").encode("utf-8")

    def file_at(self, path: str, ref: str) -> bytes | None:
        """A file's bytes at ``ref`` through the contents API, or None when it does not exist."""
        try:
            resp = self.gh.rest.repos.get_content(self.owner, self.name, path, ref=ref)
        except RequestFailed as exc:
            if exc.response.status_code == 404:
                return None
            raise
        data = resp.json()
        if not isinstance(data, dict) or data.get("type") != "file":
            return None
        content = data.get("content")
        if not isinstance(content, str):
            return None
        return _b64(content) if data.get("encoding") == "base64" else content.encode("utf-8")

    # Permissions and comments ---------------------------------------------------------------

    def permission(self, username: str) -> tuple[str, str]:
        """(permission, role name) of a user on this repository; ("none", "") when unknown."""
        try:
            data = self.gh.rest.repos.get_collaborator_permission_level(
                self.owner, self.name, username
            ).parsed_data
        except RequestFailed as exc:
            if exc.response.status_code == 404:  # not a collaborator
                return "none", ""
            raise
        return data.permission, data.role_name

    def react(self, comment_id: int, content: Reaction) -> None:
        self.gh.rest.reactions.create_for_issue_comment(
            self.owner, self.name, comment_id, content=content
        )

    def issue_comment(self, comment_id: int) -> IssueComment | None:
        try:
            return self.gh.rest.issues.get_comment(self.owner, self.name, comment_id).parsed_data
        except RequestFailed as exc:
            if exc.response.status_code == 404:  # deleted since
                return None
            raise

    def issue_comments(self, number: int) -> list[IssueComment]:
        def fetch(page: int) -> list[IssueComment]:
            return self.gh.rest.issues.list_comments(
                self.owner, self.name, number, per_page=PER_PAGE_MAX, page=page
            ).parsed_data
        return list(_pages(fetch))

    def comment(self, number: int, body: str) -> int:
        return self.gh.rest.issues.create_comment(
            self.owner, self.name, number, body=body
        ).parsed_data.id

    def edit_comment(self, comment_id: int, body: str) -> None:
        self.gh.rest.issues.update_comment(self.owner, self.name, comment_id, body=body)

    def review_comments(self, number: int) -> list[PullRequestReviewComment]:
        def fetch(page: int) -> list[PullRequestReviewComment]:
            return self.gh.rest.pulls.list_review_comments(
                self.owner, self.name, number, per_page=PER_PAGE_MAX, page=page
            ).parsed_data
        return list(_pages(fetch))

    def edit_review_comment(self, comment_id: int, body: str) -> None:
        self.gh.rest.pulls.update_review_comment(self.owner, self.name, comment_id, body=body)

    def create_review(
        self, number: int, commit_sha: str, body: str, comments: list[ReviewComment]
    ) -> int:
        return self.gh.rest.pulls.create_review(
            self.owner, self.name, number,
            commit_id=commit_sha, body=body, event="COMMENT", comments=comments,
        ).parsed_data.id

    # Check runs ------------------------------------------------------------------------------

    def start_check(self, name: str, head_sha: str, external_id: str) -> CheckRun:
        return self.gh.rest.checks.create(
            self.owner, self.name,
            name=name, head_sha=head_sha, status="in_progress", external_id=external_id,
            output={"title": "Reviewing…", "summary": "Rescue is reviewing this commit."},
        ).parsed_data

    def update_check(self, check_id: int, output: Output) -> None:
        self.gh.rest.checks.update(self.owner, self.name, check_id, output=output)

    def complete_check(
        self,
        check_id: int,
        conclusion: Conclusion,
        output: Output,
        actions: list[Action] | None = None,
    ) -> None:
        self.gh.rest.checks.update(
            self.owner, self.name, check_id,
            status="completed", conclusion=conclusion, output=output, actions=actions or [],
        )


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=False)
    except (binascii.Error, ValueError):
        raise ValueError("GitHub sent content that is not base64") from None
