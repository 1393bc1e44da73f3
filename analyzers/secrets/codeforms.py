"""Name/value pairs in code shapes other than ``name = value``: type-annotated assignments,
``getenv("NAME", "fallback")`` and ``process.env.NAME || "fallback"``, XML elements and
``<add key= value=>``, command-line flags (``--requirepass``, ``curl -u user:password``), and literal signing keys
(``jwt.sign(payload, "...")``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzers.secrets.assignments import NamedValue, judge_named, unquote
from analyzers.secrets.names import name_class
from analyzers.secrets.values import is_placeholder, looks_like_password, looks_random

# an environment variable, a snake/kebab-case setting or an HTTP header name; not a class name
_ENV_LIKE_NAME = re.compile(
    r"^[A-Z][A-Z0-9_]*$|^[a-z][a-z0-9_\-]*$|^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$"
)

# ``name: Type = "value"`` (Python / TypeScript annotations), ``SecretStr("value")`` wrappers.
# The pattern starts at the colon (a literal is found fast); the name before it is read back.
ANNOTATED = re.compile(
    r""":[^\S\n]*[A-Za-z_][\w\[\]|., ]*?[^\S\n]*=[^\S\n]*"""
    r"""(?:[A-Za-z_][\w.]*\()?(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
)
_NAME_BEFORE = re.compile(r"(?<![\w])([A-Za-z_]\w*)[^\S\n]*$")
# ``--requirepass x``, ``--password=x``, ``--api-key x`` on a command line.
CLI_FLAG = re.compile(
    r"""--(?P<key>[a-z][\w-]*)(?:=|[^\S\n]+)(?P<value>"[^"\n]*"|'[^'\n]*'|[^\s'"`]+)"""
)
# ``curl -u user:password``, ``--user user:password``
CLI_USER = re.compile(
    # Backticks end the value: `curl -u user:password` quoted in Markdown or a docstring.
    r"""(?<![\w-])(?:-u|--user)[^\S\n]+["'`]?(?P<user>[^\s:'"`]+):(?P<secret>[^\s'"@`]+)["'`]?"""
)
# ``os.getenv("JWT_SECRET", "...")``, ``setenv("API_KEY", "...")``, ``config.get("token", "...")``
# and ``process.env.JWT_SECRET || "..."``: a name and a literal value side by side.
PAIR = re.compile(
    r"""\([^\S\n]*(?P<q>["'])(?P<key>[A-Za-z_][\w.\-]*)(?P=q)[^\S\n]*,[^\S\n]*"""
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
)
ENV_FALLBACK = re.compile(
    r"""(?P<envkey>(?:process\.env|import\.meta\.env)\.\w+"""
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
        named = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if named is None:
            continue
        key = named.group(1)
        kind = judge_named(key, m.group("value"), literal_unquoted=False, in_tests=in_tests)
        if kind is not None:
            start, end = m.start("value") + 1, m.end("value") - 1
            yield NamedValue(kind, text[start:end], start, end, key)
    for m in PAIR.finditer(text):
        key = m.group("key")
        if not _ENV_LIKE_NAME.match(key):
            continue  # ``MovedAttribute("HTTPPasswordMgr", ...)``: a class name, not a setting
        kind = judge_named(key, m.group("value"), literal_unquoted=False, in_tests=in_tests)
        if kind is not None:
            start, end = m.start("value") + 1, m.end("value") - 1
            yield NamedValue(kind, text[start:end], start, end, key)
    fallbacks = "||" in text or "??" in text or " or " in text
    for m in ENV_FALLBACK.finditer(text) if fallbacks else ():
        key = m.group("envkey")
        kind = judge_named(key, m.group("envvalue"), literal_unquoted=False, in_tests=in_tests)
        if kind is not None:
            start, end = m.start("envvalue") + 1, m.end("envvalue") - 1
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
    for m in CLI_USER.finditer(text) if "-u " in text or "--user" in text else ():
        user, password = m.group("user"), m.group("secret")
        if password != user and not is_placeholder(password) and looks_like_password(password):
            yield NamedValue("password", password, m.start("secret"), m.end("secret"), "user")
    for m in CLI_FLAG.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        key = m.group("key").replace("require", "")
        if name_class(key) is None or m.group("value").isalpha():
            continue  # ``--password options``: prose about the flag
        kind = judge_named(key, m.group("value"), literal_unquoted=True, in_tests=in_tests)
        if kind is not None:
            value, quoted = unquote(m.group("value"))
            start = m.start("value") + (1 if quoted else 0)
            yield NamedValue(kind, value, start, start + len(value), key)
    signing = "jwt." in text or "createHmac" in text or "hmac.new" in text
    for m in SIGNING.finditer(text) if signing else ():
        value = m.group("secret")
        if (
            is_placeholder(value)
            or "${" in value
            or not (looks_random(value, min_len=12) or looks_like_password(value))
        ):
            continue
        yield NamedValue("generic-secret", value, m.start("secret"), m.end("secret"), "signing")
