"""Server secrets in ``.env*`` files under a name the bundler ships to the browser.

Next.js copies every ``NEXT_PUBLIC_*`` variable into the JavaScript it serves, Vite every
``VITE_*``, Create React App every ``REACT_APP_*``, Expo every ``EXPO_PUBLIC_*``. A service-role
key, a payment secret key or an LLM API key under such a name is readable by every visitor.
semgrep cannot parse dotenv files, and their names (``.env.local``) have no extension to select
them by, so this small analyzer reads them itself. The value is never put in a finding: the
message names the variable and says why, nothing more.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass

from analyzers.base import AnalysisResult, AnalyzerError
from analyzers.findings import Finding, Severity, fingerprint_for
from analyzers.workspace import Workspace

NAME = "public-env"
RULE_ID = "env.public-prefix-secret"
CATEGORY = "client-secret-exposure"
HELP_URL = (
    "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables"
    "#bundling-environment-variables-for-the-browser"
)

# Prefixes that bundlers inline into browser code.
PUBLIC_PREFIX = re.compile(r"^(NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_)")

# Names of server secrets (after the prefix). Publishable and anon keys are public by design.
_PUBLIC_BY_DESIGN = re.compile(r"PUBLISHABLE|ANON|_PUBLIC_KEY|SITE_KEY|CLIENT_ID", re.I)
_SECRET_NAME = re.compile(
    r"SERVICE_?ROLE|SUPABASE_SERVICE|SECRET|PRIVATE_?KEY|PASSWORD|ADMIN_?(KEY|TOKEN)|MASTER_?KEY"
    r"|DATABASE_URL|DB_URL|JWT_?(KEY|SECRET)"
    r"|(OPENAI|ANTHROPIC|CLAUDE|GEMINI|GOOGLE_GENERATIVE_AI|GROQ|MISTRAL|COHERE|REPLICATE"
    r"|HUGGING_?FACE|HF|PERPLEXITY|DEEPSEEK|OPENROUTER|TOGETHER|FIREWORKS|XAI|ELEVEN_?LABS"
    r"|RESEND|SENDGRID|MAILGUN|POSTMARK|PINECONE|AWS|GITHUB|SLACK|TWILIO|PAYPAL|LEMON_?SQUEEZY"
    r"|PLAID|STRIPE_SECRET|STRIPE_RESTRICTED)\w*(KEY|TOKEN)",
    re.I,
)
# Values that are server secrets whatever the variable is called.
_SECRET_VALUE = re.compile(
    r"^(sk_live_|rk_live_|sk_test_|rk_test_|sk-ant-|sk-proj-|sk-svcacct-|sb_secret_)"
    r"|^sk-[A-Za-z0-9]{32,}$"
)
_ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")
# Example values in templates: empty, <...>, your-..., xxx, changeme.
_PLACEHOLDER = re.compile(
    r"^$|^<.*>$|^\$\{.*\}$|^(your|my|replace|insert|enter|change)[-_ ]?|^x{3,}|^\.\.\.$|^changeme$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Exposure:
    line: int
    name: str
    reason: str


def is_env_file(path: str) -> bool:
    """``.env``, ``.env.local``, ``.env.production``, ``app/.env.development.local``."""
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or base.startswith(".env.")


def _unquote(raw: str) -> str:
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"`":
        return value[1:-1]
    return value.split(" #", 1)[0].strip()


def _jwt_role(value: str) -> str | None:
    """The ``role`` claim of a JWT (Supabase keys are JWTs), without checking the signature."""
    parts = value.split(".")
    if len(parts) != 3 or not parts[1]:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError):
        return None
    role = claims.get("role") if isinstance(claims, dict) else None
    return role if isinstance(role, str) else None


def exposures(text: str) -> list[Exposure]:
    """Public-prefixed variables of a dotenv file that hold server secrets."""
    found: list[Exposure] = []
    for number, line in enumerate(text.splitlines(), start=1):
        m = _ASSIGNMENT.match(line)
        if not m or not PUBLIC_PREFIX.match(m.group(1)):
            continue
        name, value = m.group(1), _unquote(m.group(2))
        if _PLACEHOLDER.search(value):
            continue
        if _jwt_role(value) == "service_role":
            found.append(Exposure(number, name, "its value is a Supabase service_role key"))
        elif _SECRET_VALUE.search(value):
            found.append(Exposure(number, name, "its value is a secret API key"))
        elif _SECRET_NAME.search(name) and not _PUBLIC_BY_DESIGN.search(name):
            found.append(Exposure(number, name, "its name says it is a server secret"))
    return found


def _message(exposure: Exposure) -> str:
    prefix = PUBLIC_PREFIX.match(exposure.name)
    shown = prefix.group(1) if prefix else ""
    return (
        f"{exposure.name} is a server secret ({exposure.reason}), but the {shown} prefix makes "
        "the bundler copy it into the JavaScript every visitor downloads. Rename it without the "
        "prefix, read it only in server code (route handlers, server actions, edge functions), "
        "rotate the key, and give the browser a publishable or anon key instead."
    )


class PublicEnvAnalyzer:
    """``client-secret-exposure`` in dotenv files (values never leave the file)."""

    name = NAME

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        findings: list[Finding] = []
        errors: list[AnalyzerError] = []
        for path in workspace.targets:
            if not is_env_file(path):
                continue
            try:
                text = workspace.read_text(path)
            except OSError as exc:
                errors.append(AnalyzerError(NAME, f"cannot read: {exc.strerror or exc}", path))
                continue
            for exposure in exposures(text):
                findings.append(
                    Finding(
                        rule_id=RULE_ID,
                        category=CATEGORY,
                        severity=Severity.CRITICAL,
                        path=path,
                        line=exposure.line,
                        end_line=exposure.line,
                        message=_message(exposure),
                        analyzer=NAME,
                        # the name, never the value: rotating the key keeps the finding's identity
                        fingerprint=fingerprint_for(RULE_ID, path, exposure.name),
                        help_url=HELP_URL,
                        confidence="high",
                    )
                )
        return AnalysisResult(findings=tuple(findings), errors=tuple(errors))
