"""Secrets without a recognizable format, found by the name they are given: ``DB_PASSWORD=...``,
``password: ...``, ``"client_secret": "..."``, ``jwtSecret = '...'``, connection URLs with a
password, ``PASSWORD '...'`` in SQL, and Ethereum keys under a private-key name.

The name decides what the value must look like: a password field accepts a human password (little
entropy, but not a placeholder); other secret names need a generated-looking value, so identifiers,
hashes and ids under names like ``token_url`` or ``commit_sha`` are never flagged.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass

from detect_secrets.filters.heuristic import is_potential_uuid

from analyzers.secrets.values import (
    DEV_DEFAULTS,
    is_placeholder,
    looks_like_password,
    looks_random,
)

# key (optionally quoted, optionally a ``["key"]`` subscript) then an assignment or comparison.
# ``[^\S\n]`` keeps a match on one line when the whole file is scanned at once.
ASSIGNMENT = re.compile(
    r"""(?P<kq>["'`]?)(?<![\w.\-$])(?P<key>[A-Za-z_$][\w.\-]*)(?P=kq)\]?[^\S\n]*"""
    r"""(?P<op>:=|=>|===|!==|==|!=|=|:|\bas\b)[^\S\n]*"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`|[^\s,;'"`]+)"""
)

# scheme://user:password@host
CONNECTION_URL = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]{1,20})://(?P<user>[^\s:/@'\"`<>]*):"
    r"(?P<secret>[^\s@/'\"`<>,]+)@(?P<host>[^\s/'\"`:?#,;)]+)"
)

# ALTER/CREATE ROLE ... PASSWORD '...', IDENTIFIED BY '...'
SQL_PASSWORD = re.compile(r"(?i)\b(?:password|identified\s+by)\s+'(?P<secret>[^'\n]+)'")

_EXAMPLE_HOST = re.compile(
    r"(?:^|\.)example\.(?:com|org|net)$|^(?:example|host|hostname|myhost|your[\w\-]*|server)$",
    re.IGNORECASE,
)
_DB_SCHEMES = re.compile(
    r"^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|mssql|sqlserver|cockroachdb"
    r"|amqps?|clickhouse|jdbc:\w+|neo4j(?:\+s)?|bolt)$",
    re.IGNORECASE,
)
_LOCAL_HOSTS = re.compile(
    r"^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|db|database|postgres|mysql"
    r"|redis|mongo|mongodb|rabbitmq|\[::1\])$",
    re.IGNORECASE,
)

_SPLIT = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "pw", "passcode"})
_SECRET_WORDS = frozenset(
    {"secret", "token", "apikey", "credential", "credentials", "privatekey", "authtoken"}
)
# Words that make "key" mean a credential (``api_key``, ``signing_key``), not a map key.
_KEY_QUALIFIERS = frozenset(
    {
        "api",
        "secret",
        "private",
        "access",
        "auth",
        "signing",
        "encryption",
        "master",
        "service",
        "account",
        "client",
        "app",
        "admin",
        "server",
        "webhook",
        "session",
        "jwt",
        "license",
        "hmac",
        "cipher",
        "crypto",
        "storage",
        "write",
        "read",
        "deploy",
        "bot",
        "x",
    }
)
# A trailing word that makes the name describe something else (``token_url``, ``password_field``).
_NOT_A_VALUE = frozenset(
    {
        "id",
        "ids",
        "url",
        "uri",
        "urls",
        "endpoint",
        "host",
        "hostname",
        "name",
        "path",
        "file",
        "type",
        "field",
        "header",
        "length",
        "len",
        "size",
        "count",
        "prefix",
        "suffix",
        "expiry",
        "expires",
        "expiration",
        "ttl",
        "timeout",
        "version",
        "label",
        "placeholder",
        "hint",
        "regex",
        "pattern",
        "policy",
        "env",
        "var",
        "ref",
        "hash",
        "hashed",
        "digest",
        "rounds",
        "message",
        "error",
        "required",
        "enabled",
        "mode",
        "format",
        "location",
        "index",
        "column",
        "input",
        "min",
        "max",
        "minlength",
        "maxlength",
        "reset",
        "confirm",
        "confirmation",
        "strength",
        "changed",
        "updated",
        "created",
        "at",
        "date",
        "time",
        "set",
        "valid",
        "visible",
        "show",
        "param",
        "params",
        "arn",
        "ssm",
        "region",
        "user",
        "username",
        "email",
        "method",
        "algorithm",
        "alg",
        "kind",
        "usage",
        "scope",
        "scopes",
        "status",
        "validator",
        "schema",
        "sha",
        "checksum",
        "integrity",
        "fingerprint",
        "salt",
    }
)
# Names of values that are public by design.
_PUBLIC_WORDS = frozenset(
    {
        "public",
        "publishable",
        "anon",
        "site",
        "sitekey",
        "measurement",
        "analytics",
        "dsn",
        "pubkey",
        "publickey",
        "tracking",
        "gtag",
        "posthog",
        "mixpanel",
        "segment",
        "amplitude",
        "csrf",
        "search",
        "searchonly",
        "nonce",
        "example",
        "sample",
        "dummy",
        "fake",
        "mock",
        "placeholder",
    }
)

# Provider hints in a name, for the message: most specific first.
_NAME_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), k)
    for p, k in (
        (r"aws.*session|session.*token.*aws", "aws-session-token"),
        (r"aws|secret_access_key", "aws-secret-key"),
        (r"twilio", "twilio-token"),
        (r"cloudflare|\bcf_", "cloudflare-token"),
        (r"vercel", "vercel-token"),
        (r"upstash|kv_rest_api_token", "upstash-token"),
        (r"sentry", "sentry-token"),
        (r"clerk", "clerk-secret-key"),
        (r"pinecone", "pinecone-key"),
        (r"elevenlabs|xi_api|xi-api", "elevenlabs-key"),
        (r"mailgun", "mailgun-key"),
        (r"sendgrid", "sendgrid-key"),
        (r"azure|storage_account|accountkey", "azure-storage-key"),
        (r"openai", "openai-key"),
        (r"anthropic", "anthropic-key"),
        (r"digitalocean|\bdo_token", "digitalocean-token"),
        (r"supabase.*(?:service|secret)", "supabase-service-role"),
        (r"npm|_authtoken", "npm-token"),
        (r"heroku", "generic-secret"),
        (r"github|\bgh_", "github-token"),
    )
)
_DB_NAME = re.compile(r"db|database|postgres|pg|mysql|mongo|redis|sql|rds|supabase", re.IGNORECASE)
_ETH_NAME = re.compile(
    r"private|priv|wallet|signer|deployer|mnemonic|(?:^|[_\-.])eth", re.IGNORECASE
)
_TWILIO_SID = re.compile(r"^(?:AC|SK|AP|PN|MG|CA|RE|SM|US|VA|IS)[0-9a-f]{32}$")
# Google / Gmail app passwords: four groups of four lower-case letters.
_APP_PASSWORD = re.compile(r"^[a-z]{4}( ?)[a-z]{4}\1[a-z]{4}\1[a-z]{4}$")
_PAT_NAME = re.compile(r"(?:gh|github|gitlab|git|ado|azure|hf|hub)[_\-]?pat\b", re.IGNORECASE)
# an environment variable, a snake/kebab-case setting or an HTTP header name; not a class name
_ENV_LIKE_NAME = re.compile(
    r"^[A-Z][A-Z0-9_]*$|^[a-z][a-z0-9_\-]*$|^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$"
)
_PUBLIC_BUILD_NAME = re.compile(
    r"^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_|PUBLIC_)"
)
_STRONG_WORDS = frozenset(
    {"secret", "password", "passwd", "pwd", "private", "service", "admin", "token", "role"}
)
_MNEMONIC_NAME = re.compile(r"mnemonic|seed_?phrase|recovery_?phrase", re.IGNORECASE)
_MNEMONIC = re.compile(r"^[a-z]{3,8}(?: [a-z]{3,8}){11}(?:(?: [a-z]{3,8}){12})?$")
_UUID_KEY_NAME = re.compile(r"pinecone|heroku|_authtoken", re.IGNORECASE)
_ETH_VALUE = re.compile(r"^(?:0x)?[a-fA-F0-9]{64}$")


@dataclass(frozen=True, slots=True)
class NamedValue:
    kind: str
    value: str
    start: int  # offset of the value in the scanned text
    end: int
    name: str  # the name it was assigned to (for severity: NEXT_PUBLIC_*, ...)


def words(name: str) -> list[str]:
    return [w.lower() for w in _SPLIT.findall(name)]


def name_class(name: str) -> str | None:
    """ "password", "secret" or None for a name that does not hold a credential."""
    # the build prefix says where the value goes, not what it is
    parts = words(_PUBLIC_BUILD_NAME.sub("", name))
    if not parts:
        return None
    joined = "".join(parts)
    if any(w in _PUBLIC_WORDS for w in parts) or parts[-1] in _NOT_A_VALUE:
        return None
    if any(w in _PASSWORD_WORDS for w in parts) or "password" in joined:
        return "password"
    if any(w in _SECRET_WORDS for w in parts) or "secret" in joined or "apikey" in joined:
        return "secret"
    if "privatekey" in joined or _MNEMONIC_NAME.search(name):
        return "secret"
    if "key" in parts or "keys" in parts:
        i = parts.index("key") if "key" in parts else parts.index("keys")
        if i > 0 and parts[i - 1] in _KEY_QUALIFIERS:
            return "secret"
        if len(parts) == 1:
            return None
    if _PAT_NAME.search(name):
        return "secret"  # a personal access token: ``GH_PAT``, ``GITLAB_PAT``
    if joined in ("authtoken", "bearer") or name in ("_auth", "_password", "auth"):
        return "secret"  # .npmrc ``_auth`` / ``_password``
    return None


def kind_for_name(name: str, klass: str) -> str:
    for pattern, kind in _NAME_KINDS:
        if pattern.search(name):
            return kind
    if klass == "password":
        return "database-password" if _DB_NAME.search(name) else "password"
    return "generic-secret"


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
    if _PUBLIC_BUILD_NAME.match(name) and not _STRONG_WORDS & set(words(name)):
        # ``NEXT_PUBLIC_*_API_KEY`` without a format: a browser key exposed on purpose (maps,
        # search, widgets). Provider formats under such names are still reported.
        return None
    if value.startswith("eyJ"):
        # a JWT the Supabase plugin did not claim: another provider's API key
        return kind_for_name(name, klass) if klass == "secret" and value.count(".") == 2 else None
    if _UUID_KEY_NAME.search(name) and is_potential_uuid(value):
        return kind_for_name(name, klass)  # Pinecone / Heroku / npm legacy keys are UUIDs
    if _ETH_NAME.search(name) and _ETH_VALUE.match(value):
        return "ethereum-private-key"
    if _MNEMONIC_NAME.search(name) and _MNEMONIC.match(value) and len(set(value.split())) >= 6:
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


# ``name: Type = "value"`` (Python / TypeScript annotations), ``SecretStr("value")`` wrappers.
ANNOTATED = re.compile(
    r"""(?<![\w])(?P<key>[A-Za-z_][\w]*)[^\S\n]*:[^\S\n]*[A-Za-z_][\w\[\]|., ]*?[^\S\n]*=[^\S\n]*"""
    r"""(?:[A-Za-z_][\w.]*\()?(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
)
# ``--requirepass x``, ``--password=x``, ``--api-key x`` on a command line.
CLI_FLAG = re.compile(
    r"""(?<![\w-])--(?P<key>[a-z][\w-]*)(?:=|[^\S\n]+)(?P<value>"[^"\n]*"|'[^'\n]*'|[^\s'"`]+)"""
)
# ``os.getenv("JWT_SECRET", "...")``, ``setenv("API_KEY", "...")``, ``config.get("token", "...")``
# and ``process.env.JWT_SECRET || "..."``: a name and a literal value side by side.
PAIR = re.compile(
    r"""\([^\S\n]*(?P<q>["'])(?P<key>[A-Za-z_][\w.\-]*)(?P=q)[^\S\n]*,[^\S\n]*"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
    r"""|(?P<envkey>(?:process\.env|import\.meta\.env)\.\w+"""
    r"""|(?:Deno\.env\.get|os\.environ\.get|os\.getenv|getenv)\([^\S\n]*["']\w+["'][^\S\n]*\))"""
    r"""[^\S\n]*(?:\|\||\?\?|\bor\b)[^\S\n]*"""
    r"""(?P<envvalue>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
)
# XML: ``<password>...</password>`` and ``<add key="ApiKey" value="..." />``.
XML_VALUE = re.compile(
    r"""<(?P<tag>[A-Za-z_][\w.\-]*)>(?P<text>[^<\n]{4,200})</(?P=tag)>"""
    r"""|\bkey[^\S\n]*=[^\S\n]*"(?P<key>[^"\n]+)"[^\S\n]+value[^\S\n]*=[^\S\n]*(?P<value>"[^"\n]*")"""
)
# A literal signing key: ``jwt.sign(p, "...")``, ``jwt.encode(p, "...")``, ``createHmac(alg, "...")``.
SIGNING = re.compile(
    r"""(?:\bjwt\.(?:sign|verify|encode|decode)|\bcreateHmac|\bhmac\.new)\([^,()\n]+,[^\S\n]*"""
    r"""(?:b)?(?P<q>["'`])(?P<secret>[^"'`\n]{8,})(?P=q)"""
)


def other_named_values(text: str, *, in_tests: bool) -> Iterator[NamedValue]:
    """Annotated assignments, command-line flags and literal signing keys."""
    for m in ANNOTATED.finditer(text):
        kind = judge_named(
            m.group("key"), m.group("value"), literal_unquoted=False, in_tests=in_tests
        )
        if kind is not None:
            start, end = m.start("value") + 1, m.end("value") - 1
            yield NamedValue(kind, text[start:end], start, end, m.group("key"))
    for m in PAIR.finditer(text):
        key, raw = (
            (m.group("key"), m.group("value"))
            if m.group("key")
            else (m.group("envkey"), m.group("envvalue"))
        )
        if m.group("key") and not _ENV_LIKE_NAME.match(key):
            continue  # ``MovedAttribute("HTTPPasswordMgr", ...)``: a class name, not a setting
        group = "value" if m.group("key") else "envvalue"
        kind = judge_named(key, raw, literal_unquoted=False, in_tests=in_tests)
        if kind is not None:
            start, end = m.start(group) + 1, m.end(group) - 1
            yield NamedValue(kind, text[start:end], start, end, key)
    for m in XML_VALUE.finditer(text) if "</" in text or "value=" in text else ():
        if m.group("tag"):
            key, raw, group = m.group("tag"), '"' + m.group("text") + '"', "text"
        else:
            key, raw, group = m.group("key"), m.group("value"), "value"
        kind = judge_named(key, raw, literal_unquoted=True, in_tests=in_tests)
        if kind is not None:
            value, _ = unquote(raw)
            start = m.start(group) + (1 if group == "value" else 0)
            yield NamedValue(kind, value, start, start + len(value), key)
    for m in CLI_FLAG.finditer(text):
        key = m.group("key").replace("require", "")
        if name_class(key) is None or m.group("value").isalpha():
            continue  # ``--password options``: prose about the flag
        kind = judge_named(key, m.group("value"), literal_unquoted=True, in_tests=in_tests)
        if kind is not None:
            value, quoted = unquote(m.group("value"))
            start = m.start("value") + (1 if quoted else 0)
            yield NamedValue(kind, value, start, start + len(value), key)
    for m in SIGNING.finditer(text):
        value = m.group("secret")
        if (
            is_placeholder(value)
            or "${" in value
            or not (looks_random(value, min_len=12) or looks_like_password(value))
        ):
            continue
        yield NamedValue("generic-secret", value, m.start("secret"), m.end("secret"), "signing")


def url_passwords(text: str) -> Iterator[NamedValue]:
    """Passwords in ``scheme://user:password@host``; local dev defaults are left out."""
    for m in CONNECTION_URL.finditer(text):
        password, user, host = m.group("secret"), m.group("user"), m.group("host")
        if is_placeholder(password) or password.startswith(("$", "%", "{", "<", ":")):
            continue
        if _EXAMPLE_HOST.search(host) or " " in unquote_url(password):
            continue  # documentation URLs
        if password == user or len(password) < 4:
            continue
        if _LOCAL_HOSTS.match(host) and (password.lower() in DEV_DEFAULTS or len(password) < 10):
            continue
        scheme = m.group("scheme")
        kind = "database-password" if _DB_SCHEMES.match(scheme) else "password"
        if "upstash" in host:
            kind = "upstash-token"
        yield NamedValue(kind, password, m.start("secret"), m.end("secret"), scheme)


_QUERY_KEYS = frozenset({"key", "appid", "apikey", "api_key", "token", "access_token", "secret"})

AUTH_HEADER = re.compile(
    r"\b(?P<scheme>Bearer|Basic)[^\S\n]+(?P<secret>[A-Za-z0-9_\-.=+/~]{16,})(?![A-Za-z0-9_\-.=+/~])"
)


def auth_headers(text: str) -> Iterator[NamedValue]:
    """A hard-coded ``Authorization: Bearer <token>`` or ``Basic <base64 user:password>``."""
    for m in AUTH_HEADER.finditer(text):
        value = m.group("secret")
        if value.startswith("eyJ") or is_placeholder(value):
            continue
        if m.group("scheme") == "Basic":
            try:
                decoded = base64.b64decode(value + "=" * (-len(value) % 4)).decode()
            except (binascii.Error, UnicodeDecodeError, ValueError):
                continue
            user, sep, password = decoded.partition(":")
            if sep and not is_placeholder(password) and password != user and len(password) >= 6:
                yield NamedValue("password", value, m.start("secret"), m.end("secret"), "basic")
        elif looks_random(value, min_len=20):
            yield NamedValue("generic-secret", value, m.start("secret"), m.end("secret"), "bearer")


def unquote_url(text: str) -> str:
    return urllib.parse.unquote(text)


def sql_passwords(text: str) -> Iterator[NamedValue]:
    for m in SQL_PASSWORD.finditer(text):
        value = m.group("secret")
        if is_placeholder(value) or not looks_like_password(value):
            continue
        yield NamedValue("database-password", value, m.start("secret"), m.end("secret"), "role")
