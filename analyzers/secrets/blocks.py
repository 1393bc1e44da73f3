"""Secrets that span lines or need the file's structure: PEM / OpenSSH / PKCS#8 private key
blocks, Terraform variable defaults, and Kubernetes ``Secret`` data (base64-decoded)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass

from analyzers.secrets.values import is_placeholder

_BEGIN = re.compile(r"-----BEGIN (?P<label>[A-Z0-9 ]*?)PRIVATE KEY(?: BLOCK)?-----")
_END = re.compile(r"-----END [A-Z0-9 ]*?PRIVATE KEY(?: BLOCK)?-----")
# What may sit between the armour lines of a real key once quotes, escapes and indentation go.
_BODY_NOISE = re.compile(r"\\n|\\r|[\s\"'`+,;]|^[A-Za-z\-]+:.*$", re.MULTILINE)
_BASE64 = re.compile(r"^[A-Za-z0-9+/=]+$")
_GCP = re.compile(r"\"type\"\s*:\s*\"service_account\"|gserviceaccount\.com|\"client_email\"")


@dataclass(frozen=True, slots=True)
class KeyBlock:
    kind: str
    body: str  # the key material without armour or layout (never shown)
    start: int  # offset of the BEGIN line's marker
    end: int  # offset just after the END marker
    encrypted: bool


def private_keys(text: str) -> Iterator[KeyBlock]:
    """Private key blocks with a real body; ``...`` or ``<your key>`` bodies are examples."""
    pos = 0
    while True:
        m = _BEGIN.search(text, pos)
        if m is None:
            return
        end = _END.search(text, m.end())
        stop = end.start() if end else min(len(text), m.end() + 8000)
        raw = text[m.end() : stop]
        pos = end.end() if end else m.end()
        encrypted = "ENCRYPTED" in m.group("label") or "Proc-Type: 4,ENCRYPTED" in raw
        body = _BODY_NOISE.sub("", raw)
        if len(body) < 64 or not _BASE64.match(body) or is_placeholder(raw):
            continue
        if len(set(body)) < 20:
            continue  # "AAAA...": a stand-in
        line_start = text.rfind("\n", 0, m.start()) + 1
        gcp = bool(_GCP.search(text)) and "private_key" in text[line_start : m.start()]
        yield KeyBlock(
            "gcp-service-account" if gcp else "private-key",
            body,
            m.start(),
            end.end() if end else m.end(),
            encrypted,
        )


_TF_VARIABLE = re.compile(r'^\s*variable\s+"(?P<name>[^"]+)"\s*\{', re.MULTILINE)


def terraform_names(text: str) -> dict[int, str]:
    """Line number (1-based) → the variable whose block holds that line, so that
    ``default = "..."`` inside ``variable "db_password" {`` is judged by ``db_password``."""
    names: dict[int, str] = {}
    lines = text.split("\n")
    for m in _TF_VARIABLE.finditer(text):
        first = text.count("\n", 0, m.start()) + 1
        depth = 0
        for number in range(first, len(lines) + 1):
            line = lines[number - 1]
            depth += line.count("{") - line.count("}")
            names[number] = m.group("name")
            if (depth <= 0 and number > first) or (depth <= 0 and "}" in line):
                break
    return names


@dataclass(frozen=True, slots=True)
class SecretEntry:
    line: int  # 1-based
    name: str
    encoded: str  # the base64 text in the file (masked in the message, never shown)
    decoded: str


_KIND_SECRET = re.compile(r"^kind:\s*[\"']?Secret[\"']?\s*$", re.MULTILINE)
_ENTRY = re.compile(
    r"^(?P<indent>\s+)(?P<name>[\w.\-]+):\s*[\"']?(?P<value>[A-Za-z0-9+/=]+)[\"']?\s*$"
)


def kubernetes_secret_data(text: str) -> Iterator[SecretEntry]:
    """Entries under ``data:`` of every ``kind: Secret`` document in a YAML file."""
    if not _KIND_SECRET.search(text):
        return
    lines = text.split("\n")
    docs: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.rstrip() == "---":
            docs.append([])
        else:
            docs[-1].append(i)
    for doc in docs:
        if not any(_KIND_SECRET.match(lines[i]) for i in doc):
            continue
        in_data = False
        data_indent = -1
        for i in doc:
            line = lines[i]
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            indent = len(line) - len(line.lstrip())
            if in_data and indent <= data_indent:
                in_data = False
            if re.match(r"^\s*(?:data|binaryData):\s*$", line):
                in_data, data_indent = True, indent
                continue
            m = _ENTRY.match(line) if in_data else None
            if m is None:
                continue
            decoded = _b64(m.group("value"))
            if decoded is not None:
                yield SecretEntry(i + 1, m.group("name"), m.group("value"), decoded)


def _b64(value: str) -> str | None:
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    text = text.strip()
    return text if "".join(text.split()).isprintable() else None
