"""Secrets without a recognizable format, found by the name they are given: ``DB_PASSWORD=...``,
``password: ...``, ``"client_secret": "..."``, ``jwtSecret = '...'``, ``?appid=...``, and
Ethereum keys or seed phrases under a wallet name.

The name decides what the value must look like: a password field accepts a human password (little
entropy, but not a placeholder); other secret names need a generated-looking value, so identifiers,
hashes and ids under names like ``token_url`` or ``commit_sha`` are never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from detect_secrets.filters.heuristic import is_potential_uuid

from analyzers.secrets import jwt
from analyzers.secrets.names import (
    kind_for_name,
    mnemonic_name,
    name_class,
    public_build_name,
    strong_name,
)
from analyzers.secrets.values import is_placeholder, looks_like_password, looks_random

# key (optionally quoted, optionally a ``["key"]`` subscript) then an assignment or comparison.
# ``[^\S\n]`` keeps a match on one line when the whole file is scanned at once.
ASSIGNMENT = re.compile(
    r"""(?P<kq>["'`]?)(?<![\w.\-$])(?P<key>[A-Za-z_$][\w.\-]*)(?P=kq)\]?[^\S\n]*"""
    r"""(?P<op>:=|=>|===|!==|==|!=|=|:|\bas\b)[^\S\n]*"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`|[^\s,;'"`]+)"""
)

_ETH_NAME = re.compile(
    r"private|priv|wallet|signer|deployer|mnemonic|(?:^|[_\-.])eth", re.IGNORECASE
)
_TWILIO_SID = re.compile(r"^(?:AC|SK|AP|PN|MG|CA|RE|SM|US|VA|IS)[0-9a-f]{32}$")
# Google / Gmail app passwords: four groups of four lower-case letters.
_APP_PASSWORD = re.compile(r"^[a-z]{4}( ?)[a-z]{4}\1[a-z]{4}\1[a-z]{4}$")
_MNEMONIC = re.compile(r"^[a-z]{3,8}(?: [a-z]{3,8}){11}(?:(?: [a-z]{3,8}){12})?$")
_UUID_KEY_NAME = re.compile(r"pinecone|heroku|_authtoken", re.IGNORECASE)
_ETH_VALUE = re.compile(r"^(?:0x)?[a-fA-F0-9]{64}$")
_QUERY_KEYS = frozenset({"key", "appid", "apikey", "api_key", "token", "access_token", "secret"})


@dataclass(frozen=True, slots=True)
class NamedValue:
    kind: str
    value: str
    start: int  # offset of the value in the scanned text
    end: int
    name: str  # the name it was assigned to (for severity: NEXT_PUBLIC_*, ...)


def unquote(raw: str) -> tuple[str, bool]:
    """(value, was quoted)."""
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'`":
        return raw[1:-1], True
    return raw, False


def judge_named(name: str, raw: str, *, literal_unquoted: bool, in_tests: bool) -> str | None:
    """The kind of secret ``raw`` is when assigned to ``name``, or None.

    ``literal_unquoted``: in this file an unquoted value is a literal (``.env``, YAML), not a
    variable (code). ``in_tests``: a test file, where human passwords are fixtures."""
    value, quoted = unquote(raw)
    if not quoted and not literal_unquoted:
        return None
    if raw.startswith("`") and "${" in value:
        return None
    if "://" in value or value.startswith(("pk_", "pk.")) or _TWILIO_SID.match(value):
        return None  # URLs have their own detector; ``pk`` keys are publishable; SIDs are ids
    klass = name_class(name)
    if klass is None or is_placeholder(value):
        return None
    if public_build_name(name) and not strong_name(name):
        # ``NEXT_PUBLIC_*_API_KEY`` without a format: a browser key exposed on purpose (maps,
        # search, widgets). Provider formats under such names are still reported.
        return None
    if value.startswith("eyJ"):
        # a JWT the Supabase plugin did not claim: another provider's API key, unless it has
        # expired (a captured session token in a fixture is no longer a credential)
        claims = jwt.claims(value)
        if klass != "secret" or claims is None or jwt.expired(claims):
            return None
        return kind_for_name(name, klass)
    if _UUID_KEY_NAME.search(name) and is_potential_uuid(value):
        return kind_for_name(name, klass)  # Pinecone / Heroku / npm legacy keys are UUIDs
    if _ETH_NAME.search(name) and _ETH_VALUE.match(value):
        return "ethereum-private-key"
    if mnemonic_name(name) and _MNEMONIC.match(value) and len(set(value.split())) >= 6:
        return "ethereum-private-key"  # a wallet's seed phrase is its private key
    if klass == "password":
        if looks_random(value, min_len=12) or _APP_PASSWORD.match(value):
            return kind_for_name(name, klass)
        if in_tests or not looks_like_password(value, bare_words=literal_unquoted):
            return None
        return kind_for_name(name, klass)
    if looks_random(value):
        return kind_for_name(name, klass)
    return None


def named_values(
    text: str, *, literal_unquoted: bool, in_tests: bool, offset: int = 0
) -> Iterator[NamedValue]:
    for m in ASSIGNMENT.finditer(text):
        name, raw = m.group("key"), m.group("value")
        inner, quoted = unquote(raw)
        if not quoted:
            raw = inner = raw.rstrip(")]}>")  # ``f(password=pw)``, ``[&password=x]``
        if (quoted and "=" in inner) or (not quoted and "&" in inner and inner.count("=") >= 1):
            # a quoted connection string or query holds its own ``Password=...`` pairs
            yield from named_values(
                inner,
                literal_unquoted=False,
                in_tests=in_tests,
                offset=offset + m.start("value") + 1,
            )
        # ``?apikey=...`` in a URL: the value is text, even in code
        # and ``...;Password=...;`` in a connection string
        in_query = m.start() > 0 and text[m.start() - 1] in "?&;" and m.group("op") == "="
        literal = literal_unquoted or in_query
        if in_query and not quoted:
            raw = inner = raw.split("&", 1)[0]  # one query parameter
        if in_query and name.lower() in _QUERY_KEYS:
            name = "api_key"  # ``?key=`` / ``&appid=``: the provider's name for its API key
        kind = judge_named(name, raw, literal_unquoted=literal, in_tests=in_tests)
        if kind is None:
            continue
        value = inner
        start = offset + m.start("value") + (1 if quoted else 0)
        yield NamedValue(kind, value, start, start + len(value), name)
