"""Webhook deliveries for the tests: GitHub's real example payloads (octokit/webhooks, in
../shared/github/webhooks) with their ids rewritten to the scenario, each checked against the
event's JSON schema so that no test runs on an invented shape."""

from __future__ import annotations

import copy
import json
import uuid
from functools import cache
from typing import Any

from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from tests.helpers import SHARED
from webhooks.signature import sign

WEBHOOKS = SHARED / "github" / "webhooks"


def example(event: str, name: str) -> dict[str, Any]:
    path = WEBHOOKS / "payload-examples" / event / name
    return copy.deepcopy(json.loads(path.read_text(encoding="utf-8")))


@cache
def _registry() -> Registry:
    registry: Registry = Registry()
    for path in sorted((WEBHOOKS / "payload-schemas").rglob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(schema, default_specification=DRAFT7)
        registry = registry.with_resource(schema["$id"], resource)
    return registry


def validate(event: str, payload: dict[str, Any]) -> None:
    """Raise when ``payload`` does not match the schema of its event and action."""
    folder = WEBHOOKS / "payload-schemas" / event
    name = f"{payload['action']}.schema.json" if "action" in payload else "event.schema.json"
    schema = json.loads((folder / name).read_text(encoding="utf-8"))
    Draft7Validator(schema, registry=_registry()).validate(payload)


def _repository(payload: dict[str, Any], full_name: str, repo_id: int, key: str = "repository") -> None:
    owner, name = full_name.split("/")
    repo = payload[key]
    repo.update(id=repo_id, name=name, full_name=full_name, url=f"https://api.github.com/repos/{full_name}")
    repo["owner"]["login"] = owner


def _installation(payload: dict[str, Any], installation_id: int) -> None:
    payload.setdefault("installation", {"id": 0, "node_id": "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ=="})
    payload["installation"]["id"] = installation_id


def _pr_ref(item: dict[str, Any], full_name: str, repo_id: int, number: int, head: tuple[str, str], base: tuple[str, str]) -> None:
    """Rewrite one entry of a check run's or check suite's ``pull_requests``."""
    item.update(number=number, url=f"https://api.github.com/repos/{full_name}/pulls/{number}")
    for side, (ref, sha) in (("head", head), ("base", base)):
        item[side].update(ref=ref, sha=sha)
        item[side]["repo"].update(id=repo_id, name=full_name.split("/")[1], url=f"https://api.github.com/repos/{full_name}")


def pull_request(action: str, full_name: str, repo_id: int, installation_id: int, *, number: int,
                 head: tuple[str, str], base: tuple[str, str]) -> dict[str, Any]:
    name = {"synchronize": "synchronize.payload.json", "opened": "opened.payload.json",
            "reopened": "reopened.payload.json", "ready_for_review": "ready_for_review.with-installation.payload.json"}[action]
    p = example("pull_request", name)
    _repository(p, full_name, repo_id)
    _installation(p, installation_id)
    p["number"] = number
    pr = p["pull_request"]
    pr.update(number=number, state="open", draft=False)
    for side, (ref, sha) in (("head", head), ("base", base)):
        pr[side].update(ref=ref, sha=sha)
        _repository(pr[side], full_name, repo_id, key="repo")
    validate("pull_request", p)
    return p


def issue_comment(full_name: str, repo_id: int, installation_id: int, *, number: int,
                  comment: dict[str, Any], sender_type: str = "User") -> dict[str, Any]:
    """``comment`` is the fake's JSON of the comment (id, body, user)."""
    p = example("issue_comment", "created.with-installation.payload.json")
    _repository(p, full_name, repo_id)
    _installation(p, installation_id)
    issue = p["issue"]
    issue["number"] = number
    base = f"https://github.com/{full_name}/pull/{number}"
    # The schema's shape of an issue that is a pull request (common/issue.schema.json).
    issue["pull_request"] = {
        "url": f"https://api.github.com/repos/{full_name}/pulls/{number}",
        "html_url": base, "diff_url": base + ".diff", "patch_url": base + ".patch", "merged_at": None,
    }
    p["comment"].update(id=comment["id"], body=comment["body"])
    p["comment"]["user"].update(login=comment["user"]["login"], type=sender_type)
    p["sender"].update(login=comment["user"]["login"], type=sender_type)
    validate("issue_comment", p)
    return p


def check_run(action: str, full_name: str, repo_id: int, installation_id: int, *, app_id: int,
              head_sha: str, number: int, head: tuple[str, str], base: tuple[str, str]) -> dict[str, Any]:
    p = example("check_run", "requested_action.payload.json")
    pr_shape = copy.deepcopy(p["check_run"]["pull_requests"][0])
    if action == "rerequested":
        p = example("check_run", "rerequested.payload.json")
    _repository(p, full_name, repo_id)
    _installation(p, installation_id)
    run = p["check_run"]
    run.update(head_sha=head_sha, name="Rescue")
    run["app"]["id"] = app_id
    run["check_suite"].update(head_sha=head_sha, head_branch=head[0], after=head_sha)
    _pr_ref(pr_shape, full_name, repo_id, number, head, base)
    run["pull_requests"] = [pr_shape]
    run["check_suite"]["pull_requests"] = [copy.deepcopy(pr_shape)]
    if action == "requested_action":
        p["requested_action"] = {"identifier": "rerun"}
    validate("check_run", p)
    return p


def push(full_name: str, repo_id: int, installation_id: int, *, ref: str, before: str, after: str) -> dict[str, Any]:
    p = example("push", "with-installation.payload.json")
    _repository(p, full_name, repo_id)
    _installation(p, installation_id)
    p.update(ref=ref, before=before, after=after, deleted=False, created=False)
    validate("push", p)
    return p


def signed(secret: str, event: str, payload: dict[str, Any] | bytes, delivery: str | None = None) -> tuple[bytes, dict[str, str]]:
    """Body and headers of a delivery as GitHub sends it."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return body, {
        "Content-Type": "application/json",
        "X-GitHub-Event": event,
        "X-GitHub-Delivery": delivery or str(uuid.uuid4()),
        "X-Hub-Signature-256": sign(secret, body),
        "User-Agent": "GitHub-Hookshot/test",
    }


