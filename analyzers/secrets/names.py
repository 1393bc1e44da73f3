"""What a name says about the value assigned to it: a password, another secret, or nothing
(``token_url``, ``password_field``, ``NEXT_PUBLIC_ALGOLIA_SEARCH_KEY``), and which provider it
names, for the message."""

from __future__ import annotations

import re

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
_PAT_NAME = re.compile(r"(?:gh|github|gitlab|git|ado|azure|hf|hub)[_\-]?pat\b", re.IGNORECASE)
_PUBLIC_BUILD_NAME = re.compile(
    r"^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_|PUBLIC_)"
)
_STRONG_WORDS = frozenset(
    {"secret", "password", "passwd", "pwd", "private", "service", "admin", "token", "role"}
)
_MNEMONIC_NAME = re.compile(r"mnemonic|seed_?phrase|recovery_?phrase", re.IGNORECASE)


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


def public_build_name(name: str) -> bool:
    """``NEXT_PUBLIC_*``, ``VITE_*``, ...: inlined into the browser bundle by the build."""
    return bool(_PUBLIC_BUILD_NAME.match(name))


def strong_name(name: str) -> bool:
    """The name says secret outright (not merely ``api_key``)."""
    return bool(_STRONG_WORDS & set(words(name)))


def mnemonic_name(name: str) -> bool:
    return bool(_MNEMONIC_NAME.search(name))
