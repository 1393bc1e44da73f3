"""The Firebase analyzer: Firestore / Storage rules files and Realtime Database rules JSON."""

from __future__ import annotations

import json

from analyzers.base import AnalysisResult, AnalyzerError
from analyzers.findings import Finding, Severity, fingerprint_for
from analyzers.firebase.jsonlines import JsonSyntaxError, loads
from analyzers.firebase.judge import Verdict
from analyzers.firebase.lexer import RulesSyntaxError
from analyzers.firebase.parser import parse_rules
from analyzers.firebase.rules import Hit, check_database_rules, check_rules_file
from analyzers.options import AnalyzerOptions
from analyzers.workspace import Workspace

NAME = "firebase"
_HELP = "https://firebase.google.com/docs/rules/insecure-rules"
_RULE_IDS = {
    "firebase-open-rules": ("firebase.rules.open", Severity.CRITICAL),
    "firebase-auth-only-rules": ("firebase.rules.auth-only", Severity.HIGH),
}


def rules_files(workspace: Workspace) -> tuple[list[str], list[str]]:
    """(Firestore/Storage rules files, Realtime Database rules files) among the targets, by name
    and by what ``firebase.json`` points at."""
    named_rules: set[str] = set()
    named_db: set[str] = set()
    if workspace.exists("firebase.json"):
        try:
            config = json.loads(workspace.read_text("firebase.json"))
        except (OSError, ValueError):
            config = {}
        for section, bucket in (("firestore", named_rules), ("storage", named_rules), ("database", named_db)):
            entries = config.get(section) if isinstance(config, dict) else None
            for entry in entries if isinstance(entries, list) else [entries]:
                if isinstance(entry, dict) and isinstance(entry.get("rules"), str):
                    bucket.add(entry["rules"].removeprefix("./"))
    rules, db = [], []
    for path in workspace.targets:
        name = path.rsplit("/", 1)[-1]
        if path in named_db or (name.endswith("rules.json") and "database" in name):
            db.append(path)
        elif path in named_rules or name.endswith(".rules"):
            rules.append(path)
    return rules, db


class FirebaseAnalyzer:
    """Firestore, Storage and Realtime Database rules open to everyone or to any signed-in user."""

    name = NAME

    def __init__(self, options: AnalyzerOptions) -> None:
        self._options = options

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        rules, db = rules_files(workspace)
        findings: list[Finding] = []
        errors: list[AnalyzerError] = []
        for path in rules:
            try:
                text = workspace.read_text(path)
            except OSError as exc:
                errors.append(AnalyzerError(NAME, f"cannot read: {exc.strerror or exc}", path))
                continue
            if "service" not in text:
                continue  # another tool's .rules file
            try:
                hits = check_rules_file(parse_rules(text))
            except RulesSyntaxError as exc:
                errors.append(AnalyzerError(NAME, f"cannot parse the rules: {exc}", path))
                continue
            findings.extend(_finding(workspace, path, hit, realtime=False) for hit in hits)
        for path in db:
            try:
                tree = loads(workspace.read_text(path))
            except OSError as exc:
                errors.append(AnalyzerError(NAME, f"cannot read: {exc.strerror or exc}", path))
                continue
            except JsonSyntaxError as exc:
                errors.append(AnalyzerError(NAME, f"cannot parse the rules JSON: {exc}", path))
                continue
            db_hits, problems = check_database_rules(tree)
            db_hits = _merge_same_line(db_hits)
            findings.extend(_finding(workspace, path, hit, realtime=True) for hit in db_hits)
            errors.extend(AnalyzerError(NAME, f"line {p.line}: {p.message}", path) for p in problems)
        return AnalysisResult(findings=tuple(findings), errors=tuple(errors))


def _merge_same_line(hits: list[Hit]) -> list[Hit]:
    """``".read"`` and ``".write"`` written on one line are one finding ("read and write")."""
    merged: dict[tuple[int, str], Hit] = {}
    for hit in hits:
        key = (hit.line, hit.verdict.category)
        if key in merged:
            first = merged[key]
            methods = tuple(dict.fromkeys((*first.methods, *hit.methods)))
            verdict = Verdict(hit.verdict.category, "read and write")
            merged[key] = Hit(verdict, hit.line, first.path, methods)
        else:
            merged[key] = hit
    return list(merged.values())


def _message(hit: Hit, realtime: bool) -> str:
    what, path = hit.verdict.what, hit.path
    if hit.verdict.category == "firebase-open-rules":
        fix = (
            '`".read": "auth != null && auth.uid === $uid"`' if realtime
            else "`allow read, write: if request.auth != null && request.auth.uid == userId;`"
        )
        return (
            f"Anyone on the internet, signed in or not, can {what} `{path}`: the rule does not "
            "check who is asking, and the Firebase config in the web app is all an attacker "
            f"needs. Require the owner, e.g. {fix}, and keep public reads to data meant for "
            "everyone."
        )
    owner = (
        "`auth.uid === $uid` or `data.child('owner').val() === auth.uid`" if realtime
        else "`request.auth.uid == userId` or `resource.data.ownerId == request.auth.uid`"
    )
    return (
        f"Any signed-in user can {what} `{path}`, including other people's records: anyone can "
        "create an account from the app and then use the API directly. Check ownership, e.g. "
        f"{owner}."
    )


def _finding(workspace: Workspace, path: str, hit: Hit, realtime: bool) -> Finding:
    rule_id, severity = _RULE_IDS[hit.verdict.category]
    if realtime:
        rule_id = rule_id.replace("firebase.rules", "firebase.rtdb")
    line_text = workspace.line(path, hit.line)
    return Finding(
        rule_id=rule_id,
        category=hit.verdict.category,
        severity=severity,
        path=path,
        line=hit.line,
        end_line=hit.line,
        message=_message(hit, realtime),
        analyzer=NAME,
        fingerprint=fingerprint_for(rule_id, path, f"{hit.path} {line_text}"),
        help_url=_HELP,
        confidence="high" if hit.verdict.category == "firebase-open-rules" else "medium",
    )
