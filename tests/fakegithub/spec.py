"""GitHub's OpenAPI description (../shared/github/openapi) as a request and response checker."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from tests.helpers import SHARED

SPEC_PATH = SHARED / "github" / "openapi" / "github-rest-subset.json"
BASE = "https://api.github.com"


def _strip_discriminators(node: Any) -> None:
    # GitHub's description puts a `discriminator` without a mapping on checks/create whose values
    # ("completed") are not schema names; openapi-core would look those up and fail. The oneOf
    # beside it states the same rule (a completed run needs a conclusion), so only it is kept.
    if isinstance(node, dict):
        node.pop("discriminator", None)
        for value in node.values():
            _strip_discriminators(value)
    elif isinstance(node, list):
        for value in node:
            _strip_discriminators(value)


@dataclass(frozen=True)
class Operation:
    id: str
    method: str
    template: str
    query: frozenset[str]


@cache
def document() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    _strip_discriminators(doc)
    return doc


@cache
def openapi() -> OpenAPI:
    return OpenAPI.from_dict(copy.deepcopy(document()), config=Config(spec_validator_cls=None))


@cache
def operations() -> dict[str, Operation]:
    doc = document()
    params = doc["components"]["parameters"]
    out = {}
    for template, item in doc["paths"].items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method not in ("get", "post", "patch", "put", "delete"):
                continue
            query = set()
            for p in [*shared, *op.get("parameters", [])]:
                if "$ref" in p:
                    p = params[p["$ref"].rsplit("/", 1)[-1]]
                if p.get("in") == "query":
                    query.add(p["name"])
            out[op["operationId"]] = Operation(op["operationId"], method.upper(), template, frozenset(query))
    return out


def example(operation_id: str, status: int = 200, index: int = 0) -> Any:
    """A deep copy of GitHub's own example response of an operation."""
    op = operations()[operation_id]
    doc = document()
    response = doc["paths"][op.template][op.method.lower()]["responses"][str(status)]
    examples = list(response["content"]["application/json"]["examples"].values())
    ref = examples[index]["$ref"].rsplit("/", 1)[-1]
    return copy.deepcopy(doc["components"]["examples"][ref]["value"])


def _spec_path(path: str) -> str:
    # openapi-core matches a path parameter within one segment; GitHub's {path} of the contents
    # API spans segments, so it is checked percent-encoded, as one segment.
    marker = "/contents/"
    if path.startswith("/repos/") and marker in path:
        head, _, rest = path.partition(marker)
        return head + marker + quote(rest, safe="")
    return path


def _describe(exc: BaseException) -> str:
    """The schema errors of an openapi-core failure, each with the JSON path where it occurred."""
    seen: list[str] = []
    node: BaseException | None = exc
    while node is not None:
        for err in getattr(node, "schema_errors", None) or ():
            where = "/".join(str(p) for p in err.absolute_path) or "(root)"
            message = err.message if len(err.message) < 300 else err.message[:150] + " … " + err.message[-150:]
            seen.append(f"at {where}: {message}")
        node = node.__cause__
    return "; ".join(seen) if seen else str(exc.__cause__ or exc)[:1000]


def check_request(
    operation_id: str, method: str, path: str, query: dict[str, str], body: bytes | None
) -> list[str]:
    """Every way the request breaks the description (empty when it is valid)."""
    problems = []
    op = operations()[operation_id]
    unknown = set(query) - op.query
    if unknown:
        problems.append(f"{operation_id}: undocumented query parameters {sorted(unknown)}")
    request = MockRequest(
        BASE, method.lower(), _spec_path(path), args=query,
        data=body if body else None, content_type="application/json",
    )
    try:
        openapi().validate_request(request)
    except Exception as exc:  # openapi-core reports each kind of violation as its own class
        problems.append(f"{operation_id}: {type(exc).__name__}: {_describe(exc)}")
    return problems


def check_response(
    operation_id: str, method: str, path: str, query: dict[str, str], status: int, body: bytes
) -> list[str]:
    """Whether the fake's own answer matches the documented response (keeps the fake honest)."""
    request = MockRequest(BASE, method.lower(), _spec_path(path), args=query)
    response = MockResponse(body, status_code=status, content_type="application/json")
    try:
        openapi().validate_response(request, response)
    except Exception as exc:
        text = _describe(exc)
        # GitHub's description marks enums such as check-run `conclusion` nullable without listing
        # null among their values; GitHub really sends null there, so that one error is not ours.
        errors = [e for e in text.split("; ") if not e.split(": ", 1)[-1].startswith("None is not one of")]
        return [f"{operation_id} response {status}: {type(exc).__name__}: {'; '.join(errors)}"] if errors else []
    return []
