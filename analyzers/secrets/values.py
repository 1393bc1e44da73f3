"""Judging a candidate value on its own: placeholder or real, random or a word, and its masked form.

Pure functions of the string. They carry the noise filters users ask for (placeholders, masked
values, documentation examples, template references, identifiers and hashes) and reuse
detect-secrets' own heuristics where they fit.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter

from detect_secrets.filters.heuristic import is_potential_uuid, is_sequential_string

# Words that mark a value as an example or a slot to fill in, wherever they appear in it.
_PLACEHOLDER_WORDS = re.compile(
    r"your|example|placeholder|changeme|change[_\-. ]?me|change[_\-. ]?this|replace|redacted"
    r"|dummy|fake|mock|sample|insert|fixme|todo|xxxx|\*\*\*|•••|\.\.\.|…|<[^>]*>|\[[^\]]*\]|goes[_\-]?here"
    r"|[_\-]here\b|^here$|notreal|not[_\-]a[_\-]real|lorem|foobar|secret[_\-]?here|test[_\-]?key"
    r"|my[_\-]?(?:secret|password|api|key|token)|^hunter2$|^password\d*$|super[_\-]?secret|^secret$|^password$|^token$",
    re.IGNORECASE,
)

# References to a value kept elsewhere: environment, templates, secret stores, shell variables.
_REFERENCE = re.compile(
    r"^\$\{|^\$[A-Za-z_(]|\$\{\{|\{\{|\}\}|^%\(|^%[A-Z_]+%$|^!(?:Ref|Sub|GetAtt|secret|vault|env)"
    r"|process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|ENV\[|env\(|^var\.|^local\."
    r"|^secrets\.|^vault:|^arn:aws:secretsmanager|^projects/[^/]+/secrets/|^op://|^sm://",
)

# Values people leave in local-development configs; not a credential for anything reachable.
DEV_DEFAULTS = frozenset(
    {
        "postgres",
        "postgresql",
        "password",
        "pass",
        "passwd",
        "root",
        "admin",
        "secret",
        "example",
        "test",
        "testing",
        "dev",
        "development",
        "local",
        "docker",
        "mysql",
        "redis",
        "guest",
        "user",
        "default",
        "changeme",
        "pwd",
        "letmein",
        "none",
        "null",
        "true",
        "false",
        "mongo",
        "mongodb",
        "rabbitmq",
        "minio",
        "minioadmin",
        "sa",
        "demo",
        "app",
        "supabase",
    }
)

# Documentation example credentials published by the providers themselves.
_DOC_EXAMPLES = re.compile(
    r"EXAMPLE|wJalrXUtnFEMI/K7MDENG|Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq"
    r"|SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c|1234567890abcdef|abcdef1234567890"
    # Stripe's documentation test key; Hardhat's and Anvil's well-known dev account keys
    r"|4eC39HqLyjWDarjtT1zdp7dc|ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
    r"|59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
    # the sample secret in Supabase's self-hosting .env.example
    r"|UpNVntn3cDxHJpq99YMc1T1AQgQpc8kfYTuRgBiYa15BLrx8etQoXz3gZv1"
    # Slack's, Telegram's and Mailgun's documentation tokens
    r"|pdFZKVeTuE8sk7oOcBrzbqgy|AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw|3ax6xnjp29jd6fds4gc373sgvjxteol0",
)

_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


# Password hashes (bcrypt, argon2, scrypt, sha-crypt, Django's pbkdf2, LDAP): stored, not secret.
_PASSWORD_HASH = re.compile(
    r"^(?:\$2[abxy]?\$\d{2}\$|\$argon2(?:id|i|d)\$|\$scrypt\$|\$[156]\$|\$y\$|pbkdf2_sha\d+\$"
    r"|argon2\$|bcrypt\$|\{S?SHA\d*\})"
)


def is_placeholder(value: str) -> bool:
    """A slot to fill in, a masked value, a doc example, a reference or a password hash, not a
    credential."""
    v = value.strip()
    if not v or _PLACEHOLDER_WORDS.search(v) or _REFERENCE.search(v) or _DOC_EXAMPLES.search(v):
        return True
    if _PASSWORD_HASH.match(v):
        return True
    if longest_run(v) >= 5 and len(set(v)) <= len(v) // 2:
        return True  # "sk_live_0000000000", "xxxxxxxx", "********"
    return v.lower() in DEV_DEFAULTS


def longest_run(value: str) -> int:
    best = run = 0
    prev = ""
    for ch in value:
        run = run + 1 if ch == prev else 1
        prev = ch
        best = max(best, run)
    return best


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    if not value:
        return 0.0
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def is_sequential(value: str, share: float = 0.5) -> bool:
    """Mostly ascending runs ("abcdef123456"): a hand-typed look-alike, not a generated key."""
    if is_sequential_string(value):
        return True
    steps = sum(1 for a, b in itertools.pairwise(value) if ord(b) - ord(a) == 1)
    return len(value) > 7 and steps >= len(value) * share


def looks_generated(body: str, *, min_len: int = 16) -> bool:
    """The random part of a provider key: long, varied, not a run or a sequence."""
    if len(body) < min_len or is_sequential(body) or longest_run(body) >= 5:
        return False
    return len(set(body)) >= min(10, len(body) // 3) and entropy(body) >= 3.0


def looks_like_identifier(value: str) -> bool:
    """Words glued together (``password_reset_token_expired``, ``getApiKeyFromVault``), a path or
    a dotted name: code, not a credential."""
    pieces = [p for p in re.split(r"[^A-Za-z0-9]+", value) if p]
    if not pieces:
        return True
    words = [w for p in pieces for w in _WORDS.findall(p)]
    if all(w.isalpha() and (len(w) >= 3 or w.islower()) for w in words) and len(words) >= 2:
        return True
    if len(pieces) >= 2 and all(_WORD_PIECE.fullmatch(p) for p in pieces):
        return True  # "app.auth.token.v1", "user-profile-cache-2024"
    return bool(re.fullmatch(r"[\w.\-]*/[\w./\-]*", value) and "." in value.rsplit("/", 1)[-1])


_WORD_PIECE = re.compile(r"[A-Za-z][a-z]+|[A-Z]{2,}|[a-z]{2,}|v?\d{1,4}")
_HOSTLIKE = re.compile(r"^[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,12}(?:[:/].*)?$|^[^@\s]+@[\w\-.]+$")
_CODE_CHARS = re.compile(r"[{}()|\\\s]|\?:")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}")
_WORDY = re.compile(r"[A-Z]?[a-z]{3,}")


def _glued_words(value: str) -> bool:
    """Mostly letter runs, with the vowels of language ("mysupersecretkey2024",
    "WillAlsoBeIgnored"); random letters have about one vowel in five."""
    letters = [c for c in value.lower() if c.isalpha()]
    if not letters or sum(c in "aeiou" for c in letters) < 0.3 * len(letters):
        return False
    if _CONSONANTS.search(value.lower()):
        return False  # "xkqzv": no language strings five consonants together
    return sum(len(w) for w in _WORDY.findall(value)) >= 0.7 * len(value)


def looks_random(value: str, *, min_len: int = 16) -> bool:
    """A generated secret for a key that has no recognizable format (signing secrets, tokens)."""
    v = value.strip()
    if len(v) < min_len or is_potential_uuid(v) or looks_like_identifier(v):
        return False
    if _HOSTLIKE.match(v) or _glued_words(v):
        return False  # host names, e-mail addresses, sentences and glued words
    if _CODE_CHARS.search(v):
        return False  # templates, regular expressions, expressions: code, not a key
    if is_sequential(v) or longest_run(v) >= 5:
        return False
    classes = sum(
        (any(c.islower() for c in v), any(c.isupper() for c in v), any(c.isdigit() for c in v))
    )
    if classes < 2:
        return False
    # hex carries at most 4 bits a character, so a short hex key sits lower
    hexadecimal = all(c in "0123456789abcdefABCDEF" for c in v)
    return entropy(v) >= (3.0 if len(v) < 24 or hexadecimal else 3.3)


_DEV_WORD = re.compile(
    r"^[a-z]*(?:pass|passwd|password|pwd|secret|admin|user|root)$|^(?:wordpress|keycloak|grafana"
    r"|airflow|mongoadmin|sonar|gitea|nextcloud|superset|metabase|n8n)$"
)


def looks_like_password(value: str, *, bare_words: bool = False) -> bool:
    """A human password in a password field: short and wordy is fine, placeholders are not.

    ``bare_words``: a single word counts ("sunshine") where values are literals (``.env``,
    compose, CI); elsewhere a bare word is more often a label ("Passwort") and needs a digit or
    a symbol ("Summer2024!", "hunter2")."""
    v = value.strip()
    if len(v) < 6 or (" " in v.strip() and len(v.split()) > 3):
        return False  # sentences are prompts or labels
    if is_sequential(v, share=0.7):
        return False  # "12345678", "abcdef123"
    if any(not c.isalpha() for c in v):
        return not is_placeholder(v) and not (
            looks_like_identifier(v) and not any(c.isdigit() for c in v)
        )
    if not bare_words or is_placeholder(v) or looks_like_identifier(v):
        return False
    return not _DEV_WORD.match(v.lower())


def mask(value: str) -> str:
    """At most the first four characters, then an ellipsis; fewer for short values."""
    v = value.strip()
    keep = 4 if len(v) >= 20 else 2 if len(v) >= 10 else 0
    return f"{v[:keep]}…"
