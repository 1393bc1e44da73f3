"""The fake GitHub: an HTTP server on 127.0.0.1 answering the REST operations Rescue uses.

Pull-request data comes from real git repositories (GitRepo), so diffs, trees and contents are
real. Each request is checked against GitHub's OpenAPI description (method, path, query, JSON
body) and the limits the documentation states in prose: 50 annotations per request, 65,535
characters of check-run text, review comments only on diff lines, tokens that expire, rate
limits. Anything else lands in ``violations``, which every test asserts empty.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote, urlsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.fakegithub import spec
from tests.fakegithub.gitrepo import ChangedFile, HostedRepo

MAX_ANNOTATIONS = 50
MAX_OUTPUT_CHARS = 65_535
MAX_COMMENT_CHARS = 65_536
MAX_FILES_LISTED = 3000


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Fault:
    """Answer the next ``times`` requests matching ``method`` and ``path`` (a regex) with
    ``status``, ``headers`` and ``body`` instead of serving them; status 0 serves them normally
    after ``delay`` seconds (a slow GitHub)."""

    method: str
    path: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=lambda: {"message": "Server Error"})
    times: int = 1
    expire_tokens: bool = False  # also expire every token issued so far (a revocation)
    delay: float = 0.0
    on_hit: Callable[[], object] | None = None  # something else happening meanwhile (a push)
    hits: list[float] = field(default_factory=list)


@dataclass
class Pull:
    number: int
    head: str  # branch
    base: str  # branch
    state: str = "open"
    author: str = "octocat"


@dataclass
class Repository:
    full_name: str
    id: int
    git: HostedRepo
    pulls: dict[int, Pull] = field(default_factory=dict)
    permissions: dict[str, str] = field(default_factory=dict)  # login → admin/write/read/none
    omit_patch_over_lines: int | None = None  # GitHub leaves the patch out of large diffs


@dataclass
class Record:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int
    operation: str | None
    at: float  # when the answer was ready (time.monotonic)
    took: float = 0.0  # seconds the fake spent on it (validation, git)


class FakeGitHub:
    """Start with ``with FakeGitHub(app_id) as gh:``; ``gh.url`` is the API root."""

    def __init__(self, app_id: int = 4242, token_ttl: timedelta = timedelta(hours=1)) -> None:
        self.app_id = app_id
        self.token_ttl = token_ttl
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.private_key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ).decode()
        self._public_key = key.public_key()
        self.repos: dict[str, Repository] = {}
        self.installations: dict[int, set[str]] = {}
        self.tokens: dict[str, tuple[int, datetime]] = {}  # token → (installation, expiry)
        self.check_runs: dict[int, dict[str, Any]] = {}
        self.issue_comments: dict[int, dict[str, Any]] = {}
        self.review_comments: dict[int, dict[str, Any]] = {}
        self.reviews: dict[int, dict[str, Any]] = {}
        self.reactions: list[dict[str, Any]] = []
        self.log: list[Record] = []
        self.violations: list[str] = []
        self.faults: list[Fault] = []
        self._ids = itertools.count(1000)
        self._lock = threading.RLock()
        self.bot = {"login": "rescue-app[bot]", "id": 9_000_001, "type": "Bot"}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Scenario set-up --------------------------------------------------------------------------

    def add_repo(self, full_name: str, git: HostedRepo, installation_id: int) -> Repository:
        repo = Repository(full_name, next(self._ids), git)
        self.repos[full_name] = repo
        self.installations.setdefault(installation_id, set()).add(full_name)
        return repo

    def open_pull(self, full_name: str, head: str, base: str = "main", number: int | None = None) -> Pull:
        repo = self.repos[full_name]
        pr = Pull(number or len(repo.pulls) + 1, head, base)
        repo.pulls[pr.number] = pr
        return pr

    def add_fault(self, fault: Fault) -> Fault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def expire_tokens(self) -> None:
        """Every token issued so far expires now (as after an hour, or a revocation)."""
        with self._lock:
            past = datetime.now(UTC) - timedelta(seconds=1)
            self.tokens = {t: (inst, past) for t, (inst, _) in self.tokens.items()}

    def requests(self, operation: str) -> list[Record]:
        return [r for r in self.log if r.operation == operation]

    def runs_for(self, sha: str) -> list[dict[str, Any]]:
        return [r for r in self.check_runs.values() if r["head_sha"] == sha]

    # Server ----------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeGitHub:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body leave in two writes; with Nagle's algorithm the body would wait
            # for the client's delayed ACK (40 ms a request), which real GitHub does not add.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                fake._handle(self)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # Dispatch --------------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        began = time.monotonic()
        parts = urlsplit(h.path)
        path = parts.path
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        method = h.command
        route = self._route(method, path)
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                self._violation(f"{method} {path}: body is not JSON")
        status, headers, payload = 404, {}, {"message": "Not Found"}
        operation = route[0] if route else None
        try:
            if route is None:
                self._violation(f"{method} {path}: no such operation in the OpenAPI description")
            else:
                problems = spec.check_request(operation or "", method, path, query, raw or None)
                for p in problems:
                    self._violation(p)
                fault = self._fault(method, path)
                if fault is not None and fault.delay:
                    time.sleep(fault.delay)
                if fault is not None and fault.status:
                    status, headers, payload = fault.status, dict(fault.headers), fault.body
                elif problems:
                    status, payload = 422, {"message": "Validation Failed", "errors": problems}
                else:
                    status, headers, payload = self._dispatch(route, h, method, path, query, body)
        except _Answer as answer:
            status, headers, payload = answer.status, answer.headers, answer.payload
        encoded = b"" if status == 204 else json.dumps(payload).encode()
        if operation and 200 <= status < 300 and status != 204:
            for p in spec.check_response(operation, method, path, query, status, encoded):
                self._violation(p)
        with self._lock:
            now = time.monotonic()
            self.log.append(Record(method, path, query, body, status, operation, now, now - began))
        h.send_response(status)
        h.send_header("Content-Type", "application/json; charset=utf-8")
        h.send_header("Content-Length", str(len(encoded)))
        h.send_header("X-GitHub-Request-Id", secrets.token_hex(8))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(encoded)

    def _violation(self, text: str) -> None:
        with self._lock:
            self.violations.append(text)

    def _fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and fault.method == method and re.search(fault.path, path):
                    fault.times -= 1
                    fault.hits.append(time.monotonic())
                    if fault.expire_tokens:
                        self.expire_tokens()
                    if fault.on_hit is not None:
                        fault.on_hit()
                    return fault
        return None

    _ROUTES: ClassVar[list[tuple[str, str, str]]] = [
        ("POST", r"/app/installations/(?P<inst>\d+)/access_tokens", "apps/create-installation-access-token"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)", "repos/get"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/pulls/(?P<n>\d+)", "pulls/get"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/pulls/(?P<n>\d+)/files", "pulls/list-files"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/pulls/(?P<n>\d+)/comments", "pulls/list-review-comments"),
        ("POST", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/pulls/(?P<n>\d+)/reviews", "pulls/create-review"),
        ("PATCH", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/pulls/comments/(?P<id>\d+)", "pulls/update-review-comment"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/git/trees/(?P<sha>[^/]+)", "git/get-tree"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/git/blobs/(?P<sha>[^/]+)", "git/get-blob"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/contents/(?P<path>.+)", "repos/get-content"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/compare/(?P<basehead>.+)", "repos/compare-commits"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/commits/(?P<sha>[^/]+)/pulls", "repos/list-pull-requests-associated-with-commit"),
        ("POST", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/check-runs", "checks/create"),
        ("PATCH", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/check-runs/(?P<id>\d+)", "checks/update"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/collaborators/(?P<user>[^/]+)/permission", "repos/get-collaborator-permission-level"),
        ("POST", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/comments/(?P<id>\d+)/reactions", "reactions/create-for-issue-comment"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/comments/(?P<id>\d+)", "issues/get-comment"),
        ("PATCH", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/comments/(?P<id>\d+)", "issues/update-comment"),
        ("GET", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/(?P<n>\d+)/comments", "issues/list-comments"),
        ("POST", r"/repos/(?P<o>[^/]+)/(?P<r>[^/]+)/issues/(?P<n>\d+)/comments", "issues/create-comment"),
    ]

    def _route(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        for m, pattern, operation in self._ROUTES:
            if m == method:
                match = re.fullmatch(pattern, path)
                if match:
                    return operation, {k: unquote(v) for k, v in match.groupdict().items()}
        # Documented operations this fake does not serve are violations too: Rescue should not
        # call them, and a test must not pass by accident.
        return None

    def _dispatch(
        self,
        route: tuple[str, dict[str, str]],
        h: BaseHTTPRequestHandler,
        method: str,
        path: str,
        query: dict[str, str],
        body: Any,
    ) -> tuple[int, dict[str, str], Any]:
        operation, params = route
        if operation == "apps/create-installation-access-token":
            return self._access_token(h, int(params["inst"]))
        repo = self._authorize(h, params)
        handler: Callable[..., tuple[int, dict[str, str], Any]] = getattr(
            self, "_op_" + operation.replace("/", "_").replace("-", "_")
        )
        with self._lock:
            return handler(repo, params, query, body)

    # Auth ------------------------------------------------------------------------------------

    def _access_token(self, h: BaseHTTPRequestHandler, inst: int) -> tuple[int, dict[str, str], Any]:
        auth = h.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            raise _Answer(401, {"message": "A JSON web token could not be decoded"})
        try:
            claims = jwt.decode(auth[7:], self._public_key, algorithms=["RS256"], options={"require": ["iat", "exp", "iss"]})
        except jwt.PyJWTError as exc:
            raise _Answer(401, {"message": f"'Expiration time' claim ('exp') is invalid: {type(exc).__name__}"}) from None
        if str(claims["iss"]) != str(self.app_id):
            raise _Answer(401, {"message": "Integration not found"})
        if claims["exp"] - claims["iat"] > 660:
            raise _Answer(401, {"message": "'Expiration time' claim ('exp') is too far in the future"})
        if inst not in self.installations:
            raise _Answer(404, {"message": "Not Found"})
        token = "ghs_" + secrets.token_urlsafe(27).replace("-", "a").replace("_", "b")[:36]
        expires = datetime.now(UTC) + self.token_ttl
        with self._lock:
            self.tokens[token] = (inst, expires)
        body = spec.example("apps/create-installation-access-token", 201)
        body.update(token=token, expires_at=_iso(expires))
        return 201, {}, body

    def _authorize(self, h: BaseHTTPRequestHandler, params: dict[str, str]) -> Repository:
        auth = h.headers.get("Authorization", "")
        token = auth.removeprefix("token ").removeprefix("Bearer ")
        with self._lock:
            entry = self.tokens.get(token)
        if entry is None or entry[1] <= datetime.now(UTC):
            raise _Answer(401, {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"})
        full = f"{params['o']}/{params['r']}"
        repo = self.repos.get(full)
        if repo is None or full not in self.installations.get(entry[0], set()):
            raise _Answer(404, {"message": "Not Found"})
        return repo

    # Repository content ----------------------------------------------------------------------

    def _user(self, login: str) -> dict[str, Any]:
        user = spec.example("issues/get-comment")["user"]
        user.update(login=login, type="User", id=abs(hash(login)) % 10_000_000)
        return user

    def _bot_user(self) -> dict[str, Any]:
        user = spec.example("issues/get-comment")["user"]
        user.update(login=self.bot["login"], id=self.bot["id"], type="Bot")
        return user

    def _repo_json(self, repo: Repository, template: dict[str, Any]) -> dict[str, Any]:
        owner, name = repo.full_name.split("/")
        template.update(id=repo.id, name=name, full_name=repo.full_name, default_branch=repo.git.default_branch)
        template["owner"]["login"] = owner
        template["url"] = f"https://api.github.com/repos/{repo.full_name}"
        return template

    def _op_repos_get(self, repo: Repository, *_: Any) -> tuple[int, dict[str, str], Any]:
        body = self._repo_json(repo, spec.example("repos/get"))
        # GitHub's example predates `language` becoming a required (nullable) field.
        for key in ("source", "parent"):
            if isinstance(body.get(key), dict):
                body[key].setdefault("language", None)
        body.setdefault("language", None)
        return 200, {}, body

    def _pull_json(self, repo: Repository, pr: Pull) -> dict[str, Any]:
        body = spec.example("pulls/get")
        head_sha = repo.git.sha(pr.head)
        base_sha = repo.git.sha(pr.base)
        files = repo.git.changed_files(base_sha, head_sha)
        # GitHub's example predates fields its schema now requires of labels and teams.
        body.update(number=pr.number, state=pr.state, changed_files=len(files), draft=False,
                    labels=[], requested_teams=[])
        body["head"].update(ref=pr.head, sha=head_sha, label=f"x:{pr.head}")
        body["base"].update(ref=pr.base, sha=base_sha, label=f"x:{pr.base}")
        for side in ("head", "base"):
            self._repo_json(repo, body[side]["repo"])
        body["url"] = f"https://api.github.com/repos/{repo.full_name}/pulls/{pr.number}"
        return body

    def _pr(self, repo: Repository, params: dict[str, str]) -> Pull:
        pr = repo.pulls.get(int(params["n"]))
        if pr is None:
            raise _Answer(404, {"message": "Not Found"})
        return pr

    def _op_pulls_get(self, repo: Repository, params: dict[str, str], *_: Any) -> tuple[int, dict[str, str], Any]:
        return 200, {}, self._pull_json(repo, self._pr(repo, params))

    def _diff_entries(self, repo: Repository, files: list[ChangedFile]) -> list[dict[str, Any]]:
        out = []
        template = spec.example("pulls/list-files")[0]
        for f in files:
            entry = dict(template)
            entry.update(
                sha=f.blob_sha, filename=f.path, status=f.status, additions=f.additions,
                deletions=f.deletions, changes=f.additions + f.deletions,
            )
            entry.pop("previous_filename", None)
            entry.pop("patch", None)
            if f.previous_path:
                entry["previous_filename"] = f.previous_path
            large = repo.omit_patch_over_lines is not None and f.additions + f.deletions > repo.omit_patch_over_lines
            if f.patch is not None and not large:
                entry["patch"] = f.patch
            out.append(entry)
        return out

    def _page(self, items: list[Any], query: dict[str, str]) -> tuple[list[Any], dict[str, str]]:
        per_page = int(query.get("per_page", "30"))
        page = int(query.get("page", "1"))
        if per_page > 100:
            per_page = 100  # GitHub caps silently
        start = (page - 1) * per_page
        chunk = items[start : start + per_page]
        headers = {}
        if start + per_page < len(items):
            headers["Link"] = f'<https://api.github.com/next?page={page + 1}>; rel="next"'
        return chunk, headers

    def _op_pulls_list_files(self, repo: Repository, params: dict[str, str], query: dict[str, str], _: Any) -> tuple[int, dict[str, str], Any]:
        pr = self._pr(repo, params)
        files = repo.git.changed_files(repo.git.sha(pr.base), repo.git.sha(pr.head))[:MAX_FILES_LISTED]
        chunk, headers = self._page(self._diff_entries(repo, files), query)
        return 200, headers, chunk

    def _op_repos_compare_commits(self, repo: Repository, params: dict[str, str], query: dict[str, str], _: Any) -> tuple[int, dict[str, str], Any]:
        base, _sep, head = params["basehead"].partition("...")
        base_sha, head_sha = repo.git.resolve(base), repo.git.resolve(head)
        if base_sha is None or head_sha is None:
            raise _Answer(404, {"message": "Not Found"})
        body = spec.example("repos/compare-commits")
        files = self._diff_entries(repo, repo.git.changed_files(base_sha, head_sha))
        chunk, headers = self._page(files, query)
        body.update(files=chunk, status="ahead", total_commits=1)
        return 200, headers, body

    def _op_repos_list_pull_requests_associated_with_commit(self, repo: Repository, params: dict[str, str], *_: Any) -> tuple[int, dict[str, str], Any]:
        out = []
        template = spec.example("repos/list-pull-requests-associated-with-commit")[0]
        for pr in repo.pulls.values():
            if repo.git.sha(pr.head) == params["sha"]:
                item = json.loads(json.dumps(template))
                item.update(number=pr.number, state=pr.state, labels=[], requested_teams=[])
                item["head"].update(ref=pr.head, sha=params["sha"])
                item["base"].update(ref=pr.base, sha=repo.git.sha(pr.base))
                out.append(item)
        return 200, {}, out

    def _op_git_get_tree(self, repo: Repository, params: dict[str, str], query: dict[str, str], _: Any) -> tuple[int, dict[str, str], Any]:
        sha = params["sha"]
        if repo.git.object_type(sha) not in ("commit", "tree"):
            raise _Answer(404, {"message": "Not Found"})
        entries = repo.git.tree(sha) if query.get("recursive") else [e for e in repo.git.tree(sha) if "/" not in e[4]]
        body = spec.example("git/get-tree")
        body.update(sha=sha, truncated=False, tree=[
            {"path": p, "mode": mode, "type": kind, "sha": obj, **({"size": size} if kind == "blob" else {}),
             "url": f"https://api.github.com/repos/{repo.full_name}/git/blobs/{obj}"}
            for mode, kind, obj, size, p in entries
        ])
        return 200, {}, body

    def _op_git_get_blob(self, repo: Repository, params: dict[str, str], *_: Any) -> tuple[int, dict[str, str], Any]:
        if repo.git.object_type(params["sha"]) != "blob":
            raise _Answer(404, {"message": "Not Found"})
        data = repo.git.blob(params["sha"])
        body = spec.example("git/get-blob")
        body.update(sha=params["sha"], size=len(data), encoding="base64",
                    content=base64.encodebytes(data).decode())
        return 200, {}, body

    def _op_repos_get_content(self, repo: Repository, params: dict[str, str], query: dict[str, str], _: Any) -> tuple[int, dict[str, str], Any]:
        ref = query.get("ref") or repo.git.default_branch
        data = repo.git.file_at(ref, params["path"])
        if data is None:
            raise _Answer(404, {"message": "Not Found"})
        body = spec.example("repos/get-content")
        body.update(path=params["path"], name=params["path"].rsplit("/", 1)[-1], size=len(data),
                    encoding="base64", content=base64.encodebytes(data).decode(), type="file")
        return 200, {}, body

    # Permissions, comments, reactions --------------------------------------------------------

    def _op_repos_get_collaborator_permission_level(self, repo: Repository, params: dict[str, str], *_: Any) -> tuple[int, dict[str, str], Any]:
        permission = repo.permissions.get(params["user"])
        if permission is None:
            raise _Answer(404, {"message": "Not Found"})
        body = spec.example("repos/get-collaborator-permission-level")
        legacy = {"maintain": "write", "triage": "read"}.get(permission, permission)
        body.update(permission=legacy, role_name=permission)
        body["user"].update(login=params["user"], role_name=permission)
        return 200, {}, body

    def _comment_json(self, comment: dict[str, Any]) -> dict[str, Any]:
        body = spec.example("issues/get-comment")
        body.update(id=comment["id"], body=comment["body"], user=comment["user"])
        body["performed_via_github_app"] = None
        return body

    def add_user_comment(self, full_name: str, number: int, login: str, text: str) -> dict[str, Any]:
        """A comment a person wrote on the pull request (as the webhook will report it)."""
        comment = {"id": next(self._ids), "issue": number, "body": text, "user": self._user(login), "repo": full_name}
        self.issue_comments[comment["id"]] = comment
        return self._comment_json(comment)

    def _check_comment_length(self, text: str) -> None:
        if _utf16_len(text) > MAX_COMMENT_CHARS:
            self._violation(f"comment body of {_utf16_len(text)} characters (limit {MAX_COMMENT_CHARS})")
            raise _Answer(422, {"message": "Validation Failed", "errors": [{"code": "custom", "message": "body is too long (maximum is 65536 characters)"}]})

    def _op_issues_get_comment(self, repo: Repository, params: dict[str, str], *_: Any) -> tuple[int, dict[str, str], Any]:
        comment = self.issue_comments.get(int(params["id"]))
        if comment is None or comment["repo"] != repo.full_name:
            raise _Answer(404, {"message": "Not Found"})
        return 200, {}, self._comment_json(comment)

    def _op_issues_list_comments(self, repo: Repository, params: dict[str, str], query: dict[str, str], _: Any) -> tuple[int, dict[str, str], Any]:
        items = [self._comment_json(c) for c in self.issue_comments.values()
                 if c["repo"] == repo.full_name and c["issue"] == int(params["n"])]
        chunk, headers = self._page(items, query)
        return 200, headers, chunk

    def _op_issues_create_comment(self, repo: Repository, params: dict[str, str], _q: dict[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        self._check_comment_length(body["body"])
        comment = {"id": next(self._ids), "issue": int(params["n"]), "body": body["body"], "user": self._bot_user(), "repo": repo.full_name}
        self.issue_comments[comment["id"]] = comment
        return 201, {}, self._comment_json(comment)

    def _op_issues_update_comment(self, repo: Repository, params: dict[str, str], _q: dict[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        comment = self.issue_comments.get(int(params["id"]))
        if comment is None or comment["repo"] != repo.full_name:
            raise _Answer(404, {"message": "Not Found"})
        if comment["user"]["type"] != "Bot":
            self._violation(f"Rescue edited a comment by {comment['user']['login']}")
        self._check_comment_length(body["body"])
        comment["body"] = body["body"]
        return 200, {}, self._comment_json(comment)

    def _op_reactions_create_for_issue_comment(self, repo: Repository, params: dict[str, str], _q: dict[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        if int(params["id"]) not in self.issue_comments:
            raise _Answer(404, {"message": "Not Found"})
        self.reactions.append({"comment_id": int(params["id"]), "content": body["content"]})
        reaction = spec.example("reactions/create-for-issue-comment", 201)
        reaction.update(id=next(self._ids), content=body["content"], user=self._bot_user())
        return 201, {}, reaction

    # Check runs ------------------------------------------------------------------------------

    def _check_output(self, output: dict[str, Any] | None) -> None:
        if not output:
            return
        for key in ("summary", "text"):
            value = output.get(key)
            if isinstance(value, str) and _utf16_len(value) > MAX_OUTPUT_CHARS:
                self._violation(f"check run output.{key} of {_utf16_len(value)} characters")
                raise _Answer(422, {"message": "Invalid request.\n\nOnly 65535 characters are allowed; " f"{_utf16_len(value)} were supplied."})
        annotations = output.get("annotations") or []
        if len(annotations) > MAX_ANNOTATIONS:
            self._violation(f"{len(annotations)} annotations in one request (limit {MAX_ANNOTATIONS})")
            raise _Answer(422, {"message": "Invalid request.\n\nOnly 50 annotations are allowed per request."})

    def _run_json(self, repo: Repository, run: dict[str, Any]) -> dict[str, Any]:
        body = spec.example("checks/update")
        body.update(
            id=run["id"], name=run["name"], head_sha=run["head_sha"], status=run["status"],
            conclusion=run.get("conclusion"), external_id=run.get("external_id", ""),
            completed_at=run.get("completed_at"),
        )
        body["output"].update(title=run["output"].get("title"), summary=run["output"].get("summary"),
                              text=run["output"].get("text"), annotations_count=len(run["annotations"]))
        body["app"].update(id=self.app_id)
        return body

    def _op_checks_create(self, repo: Repository, _p: dict[str, str], _q: dict[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        self._check_output(body.get("output"))
        if repo.git.object_type(body["head_sha"]) != "commit":
            raise _Answer(422, {"message": "No commit found for SHA: " + body["head_sha"]})
        run = {
            "id": next(self._ids), "repo": repo.full_name, "name": body["name"], "head_sha": body["head_sha"],
            "status": body.get("status", "queued"), "conclusion": body.get("conclusion"),
            "external_id": body.get("external_id", ""), "output": dict(body.get("output") or {}),
            "annotations": list((body.get("output") or {}).get("annotations") or []),
            "actions": body.get("actions") or [], "history": [body],
        }
        self.check_runs[run["id"]] = run
        return 201, {}, self._run_json(repo, run)

    def _op_checks_update(self, repo: Repository, params: dict[str, str], _q: dict[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        run = self.check_runs.get(int(params["id"]))
        if run is None or run["repo"] != repo.full_name:
            raise _Answer(404, {"message": "Not Found"})
        self._check_output(body.get("output"))
        if run["status"] == "completed" and body.get("status") not in (None, "completed"):
            self._violation(f"check run {run['id']} moved back from completed to {body['status']}")
        run["history"].append(body)
        if "status" in body:
            run["status"] = body["status"]
        if "conclusion" in body:
            run["conclusion"] = body["conclusion"]
            run["status"] = "completed"
            run["completed_at"] = _iso(datetime.now(UTC))
        if "output" in body:
            output = dict(body["output"])
            run["annotations"].extend(output.pop("annotations", None) or [])
            run["output"].update(output)
        if "actions" in body:
            run["actions"] = body["actions"]
        return 200, {}, self._run_json(repo, run)

    # Reviews ---------------------------------------------------------------------------------

    def _diff_lines(self, repo: Repository, pr: Pull, commit: str) -> dict[str, tuple[set[int], set[int]]]:
        """Per file: (RIGHT lines, LEFT lines) that a review comment may target."""
        out: dict[str, tuple[set[int], set[int]]] = {}
        for f in repo.git.changed_files(repo.git.sha(pr.base), commit):
            right: set[int] = set()
            left: set[int] = set()
            old = new = 0
            for line in (f.patch or "").split("\n"):
                m = re.match(r"^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@", line)
                if m:
                    old, new = int(m.group(1)), int(m.group(2))
                elif line.startswith("+"):
                    right.add(new)
                    new += 1
                elif line.startswith("-"):
                    left.add(old)
                    old += 1
                elif line.startswith(" ") or line == "":
                    right.add(new)
                    left.add(old)
                    old += 1
                    new += 1
            out[f.path] = (right, left)
        return out

    def _op_pulls_create_review(self, repo: Repository, params: dict[str, str], _q: dict[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        pr = self._pr(repo, params)
        commit = body.get("commit_id") or repo.git.sha(pr.head)
        if repo.git.object_type(commit) != "commit":
            raise _Answer(422, {"message": "Unprocessable Entity", "errors": ["commit_id is not part of the pull request"]})
        lines = self._diff_lines(repo, pr, commit)
        self._check_comment_length(body.get("body") or "")
        for c in body.get("comments") or []:
            self._check_comment_length(c["body"])
            right, left = lines.get(c["path"], (set(), set()))
            allowed = right if c.get("side", "RIGHT") == "RIGHT" else left
            wanted = [c["line"]] + ([c["start_line"]] if "start_line" in c else [])
            if "line" not in c or any(n not in allowed for n in wanted):
                self._violation(f"review comment on {c['path']}:{c.get('line')} is not on the diff")
                raise _Answer(422, {"message": "Unprocessable Entity", "errors": ["Line could not be resolved"],
                                    "documentation_url": "pull_request_review_thread.line must be part of the diff"})
        review_id = next(self._ids)
        self.reviews[review_id] = {"id": review_id, "pull": pr.number, "repo": repo.full_name, **body}
        for c in body.get("comments") or []:
            cid = next(self._ids)
            self.review_comments[cid] = {
                "id": cid, "repo": repo.full_name, "pull": pr.number, "review": review_id,
                "path": c["path"], "line": c["line"], "start_line": c.get("start_line"),
                "side": c.get("side", "RIGHT"), "body": c["body"], "commit_id": commit, "user": self._bot_user(),
            }
        review = spec.example("pulls/create-review")
        review.update(id=review_id, body=body.get("body") or "", state="COMMENTED", commit_id=commit, user=self._bot_user())
        return 200, {}, review

    def _review_comment_json(self, c: dict[str, Any]) -> dict[str, Any]:
        body = spec.example("pulls/update-review-comment")
        body.update(id=c["id"], body=c["body"], path=c["path"], line=c["line"], side=c["side"],
                    commit_id=c["commit_id"], original_commit_id=c["commit_id"], user=c["user"],
                    pull_request_review_id=c["review"], start_line=c["start_line"])
        return body

    def _op_pulls_list_review_comments(self, repo: Repository, params: dict[str, str], query: dict[str, str], _: Any) -> tuple[int, dict[str, str], Any]:
        items = [self._review_comment_json(c) for c in self.review_comments.values()
                 if c["repo"] == repo.full_name and c["pull"] == int(params["n"])]
        chunk, headers = self._page(items, query)
        return 200, headers, chunk

    def _op_pulls_update_review_comment(self, repo: Repository, params: dict[str, str], _q: dict[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        c = self.review_comments.get(int(params["id"]))
        if c is None or c["repo"] != repo.full_name:
            raise _Answer(404, {"message": "Not Found"})
        self._check_comment_length(body["body"])
        c["body"] = body["body"]
        return 200, {}, self._review_comment_json(c)


class _Answer(Exception):
    def __init__(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.payload = payload
        self.headers = headers or {}
