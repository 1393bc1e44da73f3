"""The pure core: one file's text in, the secrets in it out (kind, lines, value kept in memory
only to mask it and fingerprint it).

Speed: detect-secrets runs every plugin on every line in Python. Here each plugin's ``denylist``
runs over the whole file in one regex call, and offsets become line numbers with a bisect, so a
file without secrets costs a few C-level scans.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from analyzers.findings import Severity
from analyzers.secrets import places
from analyzers.secrets.assignments import judge_named, named_values
from analyzers.secrets.blocks import kubernetes_secret_data, private_keys, terraform_names
from analyzers.secrets.codeforms import other_named_values
from analyzers.secrets.inline import auth_headers, sql_passwords, url_passwords
from analyzers.secrets.kinds import KINDS
from analyzers.secrets.names import name_class
from analyzers.secrets.plugins import PLUGINS
from analyzers.secrets.values import is_placeholder, looks_like_password, looks_random


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    value: str  # never leaves the analyzer: masked and hashed only
    line: int
    end_line: int
    browser: bool = False  # shipped to the browser (client file or NEXT_PUBLIC_* name)
    test_mode: bool = False
    confidence: str = "high"


class _Lines:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def number(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def line(self, number: int) -> str:
        start = self.starts[number - 1]
        end = self.starts[number] - 1 if number < len(self.starts) else len(self.text)
        return self.text[start:end]


_API_SPEC = re.compile(r"""^\s*["']?(?:openapi|swagger)["']?\s*:\s*["']?[23]\.""", re.MULTILINE)
_TF_DEFAULT = re.compile(r"^(\s*)default(\s*=)")
_ENV_NAME = re.compile(r"^\s*-\s*name:\s*[\"']?([A-Za-z_][\w.\-]*)[\"']?\s*$")
_ENV_VALUE = re.compile(r"^(\s*)value(\s*:)")
_BARE_KEY = re.compile(r"^(\s+)key(\s*:\s*\S)")
_MAPPING = re.compile(r"^\s*([A-Za-z_][\w\-]*)\s*:\s*(?:#.*)?$")


def _prepare(path: str, text: str) -> str:
    """Undo layouts that hide values from the patterns, keeping every line where it was."""
    if places.is_notebook(path):
        text = text.replace('\\"', '"')
    if path.endswith((".yaml", ".yml")):
        text = _yaml_names(text)
    if path.endswith(".tf"):
        names = terraform_names(text)
        if names:
            lines = text.split("\n")
            for number, name in names.items():
                lines[number - 1] = _TF_DEFAULT.sub(rf"\g<1>{name}\g<2>", lines[number - 1])
            text = "\n".join(lines)
    return text


def _yaml_names(text: str) -> str:
    """Give bare YAML names their context, keeping every line where it was:
    ``- name: API_TOKEN`` + ``value: ...`` (Kubernetes, compose) becomes ``API_TOKEN: ...``, and
    ``key: ...`` under ``openai:`` becomes ``openai_api_key: ...``."""
    if "value" not in text and "key:" not in text:
        return text
    lines = text.split("\n")
    parents: list[tuple[int, str]] = []  # (indent, name) of the open mappings above
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        while parents and parents[-1][0] >= indent:
            parents.pop()
        named = _ENV_NAME.match(lines[i - 1]) if i else None
        if named and _ENV_VALUE.match(line):
            lines[i] = _ENV_VALUE.sub(rf"\g<1>{named.group(1)}\g<2>", line, count=1)
        elif parents and _BARE_KEY.match(line):
            lines[i] = _BARE_KEY.sub(rf"\g<1>{parents[-1][1]}_api_key\g<2>", line, count=1)
        opened = _MAPPING.match(line)
        if opened:
            parents.append((indent, opened.group(1)))
    return "\n".join(lines)


def scan_text(path: str, text: str) -> list[Hit]:
    """Every secret in one file, at most one per line (the most severe)."""
    if places.skipped(path):
        return []
    text = _prepare(path, text)
    lines = _Lines(text)
    browser_file = places.browser_file(path, text)
    hits: list[Hit] = []
    claimed: list[tuple[int, int]] = []  # spans a provider format owns, secret or not

    def add(
        kind: str,
        value: str,
        start: int,
        end: int,
        *,
        test_mode: bool = False,
        confidence: str = "high",
    ) -> None:
        first, last = lines.number(start), lines.number(max(start, end - 1))
        line_text = lines.line(first)
        browser = browser_file or places.public_name_on(line_text)
        hits.append(Hit(kind, value, first, last, browser, test_mode, confidence))

    for plugin in PLUGINS:
        for m in plugin.matches(text):
            if plugin.owns(m.value):
                claimed.append((m.start, m.end))
            verdict = plugin.judge(m.value, lines.line(lines.number(m.start)), text)
            if verdict is not None:
                add(verdict.kind, m.value, m.start, m.end, test_mode=verdict.test_mode)

    for block in private_keys(text):
        claimed.append((block.start, block.end))
        add(
            block.kind,
            block.body,
            block.start,
            block.end,
            confidence="medium" if block.encrypted else "high",
        )

    k8s_lines: set[int] = set()
    if path.endswith((".yaml", ".yml")):
        for entry in kubernetes_secret_data(text):
            k8s_lines.add(entry.line)
            kind = _k8s_kind(entry.name, entry.decoded)
            if kind is not None:
                start = lines.starts[entry.line - 1] + lines.line(entry.line).find(entry.encoded)
                add(kind, entry.encoded, start, start + len(entry.encoded))

    claimed.sort()
    claimed_starts = [s for s, _ in claimed]
    reach = list(itertools.accumulate((e for _, e in claimed), max))  # furthest end so far

    def free(start: int, end: int) -> bool:
        """No claimed span overlaps [start, end): none of those starting before ``end`` reaches
        past ``start``."""
        i = bisect.bisect_left(claimed_starts, end) - 1
        return i < 0 or reach[i] <= start

    literal = places.unquoted_is_literal(path)
    in_tests = places.is_test(path)
    # Sealed secrets hold ciphertext only the cluster can decrypt: not a leak by name.
    # API descriptions (OpenAPI / Swagger) carry example values under secret-sounding names.
    by_name = "kind: SealedSecret" not in text and not _API_SPEC.search(text[:2000])
    for named in (
        *(named_values(text, literal_unquoted=literal, in_tests=in_tests) if by_name else ()),
        *(other_named_values(text, in_tests=in_tests) if by_name else ()),
        *url_passwords(text),
        *sql_passwords(text),
        *auth_headers(text),
    ):
        if free(named.start, named.end) and lines.number(named.start) not in k8s_lines:
            confidence = "high" if looks_random(named.value) else "medium"
            add(named.kind, named.value, named.start, named.end, confidence=confidence)
    return _one_per_line(hits)


def _k8s_kind(name: str, decoded: str) -> str | None:
    """A ``Secret`` data entry is a secret when its decoded value is one by format, or its name
    says credential and the value is not a placeholder."""
    for plugin in PLUGINS:
        for m in plugin.matches(decoded):
            verdict = plugin.judge(m.value, decoded, decoded)
            if verdict is not None:
                return verdict.kind
    for found in url_passwords(decoded):
        return found.kind
    for block in private_keys(decoded):
        return block.kind
    if "\n" in decoded or decoded.startswith("{"):
        # a whole file in one entry (``.dockerconfigjson``, an ``.env``): judge what it holds
        for _ in named_values(decoded, literal_unquoted=True, in_tests=False):
            return "k8s-secret"
        return None
    if is_placeholder(decoded):
        return None
    klass = name_class(name)
    if klass == "password" and looks_like_password(decoded):
        return "k8s-secret"
    if klass is not None and looks_random(decoded, min_len=12):
        return "k8s-secret"
    named = judge_named(name, f'"{decoded}"', literal_unquoted=True, in_tests=False)
    return "k8s-secret" if named is not None else None


def _one_per_line(hits: list[Hit]) -> list[Hit]:
    """One finding per line; nothing inside a multi-line key block but the block itself."""
    blocks = [(h.line, h.end_line) for h in hits if h.end_line > h.line]
    best: dict[int, Hit] = {}
    for hit in hits:
        if any(
            a < hit.line <= b or (a <= hit.line < b and hit.end_line == hit.line) for a, b in blocks
        ):
            continue
        current = best.get(hit.line)
        if current is None or _weight(hit) > _weight(current):
            best[hit.line] = hit
    return sorted(best.values(), key=lambda h: h.line)


def _weight(hit: Hit) -> tuple[int, int]:
    severity = Severity.LOW if hit.test_mode else KINDS[hit.kind].severity
    return (severity.weight, hit.end_line - hit.line)
