"""Walk parsed rules (Firestore / Storage files, Realtime Database JSON) and collect verdicts."""

from __future__ import annotations

from dataclasses import dataclass

from analyzers.firebase import ast as fa
from analyzers.firebase.access import Demands, condition_demands
from analyzers.firebase.jsonlines import Entry
from analyzers.firebase.judge import Place, Verdict, guards_caller, judge_allow, place, ties_owner
from analyzers.firebase.lexer import RulesSyntaxError
from analyzers.firebase.parser import parse_expression

# Path segments that only route to the data (Firestore's database root, Storage's bucket root).
_ROUTING = frozenset({"databases", "documents", "b", "o"})


@dataclass(frozen=True, slots=True)
class Hit:
    verdict: Verdict
    line: int
    path: str  # the rule's full match path, for the message
    methods: tuple[str, ...]


def _guarded_write(found: Demands) -> bool:
    return guards_caller(found)


def check_rules_file(rules: fa.RulesFile) -> list[Hit]:
    hits: list[Hit] = []
    for service in rules.services:
        functions = {f.name: f for f in service.functions}
        for match in service.matches:
            _match(match, [], functions, frozenset(), hits)
    return hits


def _match(
    match: fa.Match, outer: list[fa.Segment], functions: dict[str, fa.Function],
    path_vars: frozenset[str], hits: list[Hit],
) -> None:
    segments = [*outer, *match.path]
    functions = {**functions, **{f.name: f for f in match.functions}}
    variables = [s.text for s in segments if s.variable and s.text not in ("database", "bucket")]
    path_vars = path_vars | {s.text for s in match.path if s.variable}
    literals = [s.text for s in segments if not s.variable and s.text not in _ROUTING]
    meaningful = [s for s in segments if s.text not in _ROUTING and s.text not in ("database", "bucket")]
    # `/{document=**}` alone covers every document; `/{path=**}/comments/{id}` is a collection group.
    everything = len(meaningful) == 1 and meaningful[0].wildcard
    where = place(literals, variables, everything)
    results = [(allow, condition_demands(allow.condition, functions, path_vars)) for allow in match.allows]
    shown = _display(segments)
    for allow, found in results:
        others = [(a, d) for a, d in results if a is not allow]
        guarded = any(_guarded_write(d) for a, d in others if set(a.methods) & {"write", "create", "update", "delete"})
        owner = any(ties_owner(d) for _, d in others)
        verdict = judge_allow(set(allow.methods), found, where, guarded, owner)
        if verdict is not None:
            hits.append(Hit(verdict, allow.line, shown, allow.methods))
    for inner in match.matches:
        _match(inner, segments, functions, path_vars, hits)


def _display(segments: list[fa.Segment]) -> str:
    """The path as written, without Firestore's ``/databases/{database}/documents`` root."""
    parts = ["{" + s.text + ("=**" if s.wildcard else "") + "}" if s.variable else s.text for s in segments]
    if parts[:3] == ["databases", "{database}", "documents"]:
        parts = parts[3:]
    return "/" + "/".join(parts)


# --- Realtime Database -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RtdbProblem:
    line: int
    message: str


def check_database_rules(tree: object) -> tuple[list[Hit], list[RtdbProblem]]:
    """Verdicts for every ``.read`` / ``.write`` of a ``database.rules.json`` tree."""
    hits: list[Hit] = []
    problems: list[RtdbProblem] = []
    if not isinstance(tree, dict) or "rules" not in tree:
        return hits, [RtdbProblem(1, "no top-level \"rules\" object")]
    root = tree["rules"]
    if isinstance(root, Entry):
        _node(root.value, [], hits, problems)
    return hits, problems


def _condition(entry: Entry, path_vars: frozenset[str], problems: list[RtdbProblem]) -> Demands | None:
    value = entry.value
    if isinstance(value, bool):
        return condition_demands(fa.Literal(value, entry.line), {}, path_vars)
    if isinstance(value, str):
        try:
            return condition_demands(parse_expression(value, entry.line), {}, path_vars)
        except RulesSyntaxError as exc:
            problems.append(RtdbProblem(entry.line, f"cannot parse rule {entry.key}: {exc}"))
    return None


def _node(value: object, keys: list[str], hits: list[Hit], problems: list[RtdbProblem]) -> None:
    if not isinstance(value, dict):
        return
    path_vars = frozenset(k for k in keys if k.startswith("$"))
    rules = {k: e for k, e in value.items() if k in (".read", ".write")}
    found = {k: _condition(e, path_vars, problems) for k, e in rules.items()}
    literals = [k for k in keys if not k.startswith("$")]
    where: Place = place(literals, [k.lstrip("$") for k in keys if k.startswith("$")], not keys)
    shown = "/" + "/".join(keys)
    for key, entry in rules.items():
        demand = found[key]
        if demand is None:
            continue
        other_key = ".write" if key == ".read" else ".read"
        other = found.get(other_key)
        guarded = key == ".read" and other is not None and _guarded_write(other)
        owner = other is not None and ties_owner(other)
        method = "read" if key == ".read" else "write"
        verdict = judge_allow({method}, demand, where, guarded, owner)
        if verdict is not None:
            hits.append(Hit(verdict, entry.line, shown, (method,)))
    for key, entry in value.items():
        if not key.startswith("."):
            _node(entry.value, [*keys, key], hits, problems)
