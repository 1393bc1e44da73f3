"""Credentials written inline in other syntax: the password of ``scheme://user:password@host``,
an ``Authorization: Bearer`` / ``Basic`` header value, and ``PASSWORD '...'`` in SQL."""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
from collections.abc import Iterator

from analyzers.secrets.assignments import NamedValue, judge_named
from analyzers.secrets.values import DEV_DEFAULTS, is_placeholder, looks_like_password, looks_random

# scheme://user:password@host
CONNECTION_URL = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]{1,20})://(?P<user>[^\s:/@'\"`<>]*):"
    r"(?P<secret>[^\s@/'\"`<>,]+)@(?P<host>[^\s/'\"`:?#,;)]+)"
)

# ALTER/CREATE ROLE ... PASSWORD '...', IDENTIFIED BY '...'
SQL_PASSWORD = re.compile(r"(?i)\b(?:password|identified\s+by)\s+'(?P<secret>[^'\n]+)'")

# ``alter database postgres set "app.jwt_secret" to '...'``, ``set app.api_key = '...'``
SQL_SETTING = re.compile(
    r"""(?i)\bset[^\S\n]+"?(?P<key>[A-Za-z_][\w.]*)"?[^\S\n]+to[^\S\n]+'(?P<secret>[^'\n]+)'"""
)

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


def url_passwords(text: str) -> Iterator[NamedValue]:
    """Passwords in ``scheme://user:password@host``; local dev defaults are left out."""
    for m in CONNECTION_URL.finditer(text) if "@" in text and "://" in text else ():
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


AUTH_HEADER = re.compile(
    r"\b(?P<scheme>Bearer|Basic)[^\S\n]+(?P<secret>[A-Za-z0-9_\-.=+/~]{16,})(?![A-Za-z0-9_\-.=+/~])"
)


def auth_headers(text: str) -> Iterator[NamedValue]:
    """A hard-coded ``Authorization: Bearer <token>`` or ``Basic <base64 user:password>``."""
    for m in AUTH_HEADER.finditer(text) if "Bearer" in text or "Basic" in text else ():
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
    maybe_sql = any(w in text for w in ("assword '", "ASSWORD '", "dentified", "DENTIFIED"))
    for m in SQL_PASSWORD.finditer(text) if maybe_sql else ():
        value = m.group("secret")
        if is_placeholder(value) or not looks_like_password(value):
            continue
        yield NamedValue("database-password", value, m.start("secret"), m.end("secret"), "role")
    for m in SQL_SETTING.finditer(text) if " to '" in text or " TO '" in text else ():
        kind = judge_named(
            m.group("key"), f"'{m.group('secret')}'", literal_unquoted=False, in_tests=False
        )
        if kind is not None:
            yield NamedValue(
                kind, m.group("secret"), m.start("secret"), m.end("secret"), m.group("key")
            )
