"""Firebase rules: the parser, the access evaluation and the analyzer on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.firebase import FirebaseAnalyzer
from analyzers.firebase import ast as fa
from analyzers.firebase.jsonlines import Entry, JsonSyntaxError, loads
from analyzers.firebase.lexer import RulesSyntaxError
from analyzers.firebase.parser import parse_expression, parse_rules
from analyzers.options import AnalyzerOptions
from analyzers.workspace import build_workspace

RULES = """rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    function isOwner(uid) { return request.auth != null && request.auth.uid == uid; }
    match /users/{userId}/{rest=**} {
      allow read, write: if isOwner(userId);
    }
    match /posts/{postId} {
      allow read: if resource.data.published == true;
      allow update: if request.auth != null;
    }
  }
}
"""


def test_parser_builds_matches_allows_and_functions() -> None:
    tree = parse_rules(RULES)
    (service,) = tree.services
    assert service.name == "cloud.firestore"
    (root,) = service.matches
    assert [s.text for s in root.path] == ["databases", "database", "documents"]
    users, posts = root.matches
    assert users.path[-1] == fa.Segment("rest", variable=True, wildcard=True)
    assert users.allows[0].methods == ("read", "write") and users.allows[0].line == 6
    assert root.functions[0].params == ("uid",)
    assert isinstance(posts.allows[1].condition, fa.Binary)


def test_paths_in_expressions_and_division() -> None:
    expr = parse_expression("get(/databases/$(database)/documents/users/$(request.auth.uid)).data.n / 2 > 1")
    assert isinstance(expr, fa.Binary) and expr.op == ">"
    division = expr.left
    assert isinstance(division, fa.Binary) and division.op == "/"
    call = division.left.obj.obj  # type: ignore[union-attr]
    assert isinstance(call, fa.Call)
    path = call.args[0]
    assert isinstance(path, fa.PathLit)
    assert path.segments[-2] == "users" and isinstance(path.segments[-1], fa.Member)


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("service cloud.firestore {\n  match /a/{b} {\n    allow read: if (true;\n  }\n}\n", 3),
        ("service cloud.firestore {\n  match /a/{b} {\n    allow read: if 'open\n  }\n}\n", 3),
        ("service cloud.firestore {\n  match /a/{b} {\n    allow read: if true;\n", 2),
    ],
)
def test_syntax_errors_carry_the_line(source: str, line: int) -> None:
    with pytest.raises(RulesSyntaxError) as info:
        parse_rules(source)
    assert info.value.line == line


def test_json_reader_keeps_lines_and_accepts_comments() -> None:
    tree = loads('{\n  // comment\n  "rules": {\n    ".read": "auth != null",\n  }\n}\n')
    assert isinstance(tree, dict)
    rules = tree["rules"]
    assert isinstance(rules, Entry) and rules.line == 3
    assert isinstance(rules.value, dict) and rules.value[".read"].line == 4
    with pytest.raises(JsonSyntaxError):
        loads('{"rules": {".read": true')


def scan(root: Path, files: dict[str, str]) -> set[tuple[str, int, str]]:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    result = FirebaseAnalyzer(AnalyzerOptions()).analyze(build_workspace(root))
    assert result.errors == ()
    return {(f.path, f.line, f.category) for f in result.findings}


def firestore(body: str) -> str:
    return "service cloud.firestore {\n  match /databases/{database}/documents {\n" + body + "\n  }\n}\n"


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("match /{document=**} { allow read, write: if true; }", "firebase-open-rules"),
        ("match /orders/{id} { allow read; }", "firebase-open-rules"),
        ("match /notes/{id} { allow write: if request.resource.data.text is string; }", "firebase-open-rules"),
        ("match /x/{id} { allow read, write: if request.time < timestamp.date(2030, 1, 1); }", "firebase-open-rules"),
        ("match /orders/{id} { allow read, write: if request.auth != null; }", "firebase-auth-only-rules"),
        ("match /profiles/{userId} { allow read: if request.auth.uid != null; }", "firebase-auth-only-rules"),
        ("match /teams/{t} { allow update: if request.auth != null && request.auth.token.email_verified; }",
         "firebase-auth-only-rules"),
        ("match /users/{userId} { allow read, write: if request.auth.uid == userId; }", None),
        ("match /products/{id} { allow read: if true; allow write: if request.auth.token.admin == true; }", None),
        ("match /posts/{id} { allow read: if resource.data.visibility == 'public'; }", None),
        ("match /docs/{id} { allow read: if request.auth.uid in resource.data.members; }", None),
        ("match /rooms/{r} { allow read: if exists(/databases/$(database)/documents/rooms/$(r)/members/$(request.auth.uid)); }", None),
        ("match /x/{id} { allow read, write: if false; }", None),
        ("match /{path=**}/comments/{id} { allow read: if true; allow write: if request.auth.uid == resource.data.uid; }",
         None),
        ("match /{document=**} { allow read: if request.auth != null; }", "firebase-auth-only-rules"),
        ("match /notes/{id} { allow read: if request.auth.uid == resource.data.uid || resource.data.shared == true; }",
         None),
        ("match /orders/{id} { allow read: if request.auth != null || resource.data.public == true; }",
         "firebase-auth-only-rules"),
        ("match /notes/{id} { allow update: if request.auth.uid == resource.data.uid || true; }",
         "firebase-open-rules"),
        ("match /reports/{id} { allow create: if request.auth != null; }", None),
        ("match /users/{userId} { allow create: if request.auth != null; }", "firebase-auth-only-rules"),
        ("match /catalog/{id} { allow read: if request.auth != null; }", None),
    ],
)
def test_verdicts(tmp_path: Path, body: str, category: str | None) -> None:
    found = scan(tmp_path, {"firestore.rules": firestore("    " + body)})
    assert {c for _, _, c in found} == ({category} if category else set())


def test_realtime_database_rules(tmp_path: Path) -> None:
    rules = """{
  "rules": {
    ".read": "auth != null",
    "users": {
      "$uid": { ".read": "auth.uid === $uid", ".write": "auth.uid === $uid" }
    },
    "public": { ".read": true },
    "chat": { ".read": true, ".write": true },
    "orders": {
      "$id": { ".write": "auth != null && (!data.exists() || data.child('uid').val() === auth.uid)" }
    }
  }
}
"""
    assert scan(tmp_path, {"database.rules.json": rules}) == {
        ("database.rules.json", 3, "firebase-auth-only-rules"),
        ("database.rules.json", 8, "firebase-open-rules"),
    }


def test_bad_rules_are_reported(tmp_path: Path) -> None:
    (tmp_path / "firestore.rules").write_text("service cloud.firestore {\n  match /a/{b} {\n    allow read: if ;\n")
    result = FirebaseAnalyzer(AnalyzerOptions()).analyze(build_workspace(tmp_path))
    (error,) = result.errors
    assert error.path == "firestore.rules" and "line 3" in error.message
