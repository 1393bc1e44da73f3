"""Provider-format detectors: detect-secrets plugins (``RegexBasedDetector`` subclasses), one per
provider, each with the context rules that decide whether a match is a secret.

Every plugin works inside detect-secrets itself (``analyze_string`` yields the values, so
``detect-secrets scan --plugin analyzers/secrets/plugins.py`` uses them). The analyzer runs their
``denylist`` over whole files at once, which is much faster than detect-secrets' per-line loop,
and asks :meth:`ProviderPlugin.judge` about each match.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from re import Pattern
from typing import ClassVar

from detect_secrets.plugins.base import RegexBasedDetector

from analyzers.secrets import jwt
from analyzers.secrets.checksums import valid_github_token
from analyzers.secrets.places import public_name_on
from analyzers.secrets.values import is_placeholder, looks_generated
from analyzers.secrets.verdict import Match, Verdict

# A key starts where no other key character precedes it (checked in Python: a pattern that starts
# with a look-behind is tried at every position, one that starts with a literal is not), and ends
# where none follows.
_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_E = r"(?![A-Za-z0-9_\-])"


class ProviderPlugin(RegexBasedDetector):
    """A provider's key format. ``denylist`` patterns capture the value in group ``secret``;
    ``body`` strips the fixed prefix before the randomness check."""

    secret_type: ClassVar[str] = ""
    kind: ClassVar[str] = ""
    denylist: ClassVar[tuple[Pattern[str], ...]] = ()
    prefix: ClassVar[Pattern[str]] = re.compile(r"^[A-Za-z0-9]+[_\-]")
    min_body: ClassVar[int] = 16
    # The plugin runs only on text holding one of these (a cheap C-level scan); empty: always.
    hints: ClassVar[tuple[str, ...]] = ()
    # Whether a match must start at a key boundary (not in the middle of a longer token).
    bounded: ClassVar[bool] = True

    def analyze_string(self, string: str) -> Generator[str, None, None]:
        for m in self.matches(string):
            if self.judge(m.value, string, string) is not None:
                yield m.value

    def matches(self, text: str) -> Iterator[Match]:
        if self.hints and not any(h in text for h in self.hints):
            return
        for regex in self.denylist:
            for m in regex.finditer(text):
                start = m.start("secret")
                if self.bounded and start > 0 and text[start - 1] in _KEY_CHARS:
                    continue
                yield Match(m.group("secret"), start, m.end("secret"))

    def owns(self, value: str) -> bool:
        """Whether this plugin has the last word on ``value`` (so name-based rules must not
        judge it again), even when it decides the value is not a secret."""
        return True

    def body(self, value: str) -> str:
        return self.prefix.sub("", value, count=1)

    def judge(self, value: str, line: str, text: str) -> Verdict | None:
        """A verdict when ``value`` (found on ``line`` of ``text``) is a secret, else None."""
        if is_placeholder(value) or not looks_generated(self.body(value), min_len=self.min_body):
            return None
        return Verdict(self.kind)


def _p(pattern: str, flags: int = 0) -> Pattern[str]:
    return re.compile("(?P<secret>" + pattern + ")" + _E, flags)


class OpenAIPlugin(ProviderPlugin):
    secret_type = "OpenAI API key"
    hints = ("sk-",)
    kind = "openai-key"
    denylist = (
        _p(r"sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{40,}"),
        _p(r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"),
        _p(r"sk-[A-Za-z0-9]{48}"),
    )
    prefix = re.compile(r"^sk-(?:proj-|svcacct-|admin-|None-)?")


class AnthropicPlugin(ProviderPlugin):
    secret_type = "Anthropic API key"
    hints = ("sk-ant-",)
    kind = "anthropic-key"
    denylist = (_p(r"sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_\-]{60,}"),)
    prefix = re.compile(r"^sk-ant-[a-z]+\d{2}-")


class OpenRouterPlugin(ProviderPlugin):
    secret_type = "OpenRouter API key"
    hints = ("sk-or-v1-",)
    kind = "openrouter-key"
    denylist = (_p(r"sk-or-v1-[a-f0-9]{64}"),)
    prefix = re.compile(r"^sk-or-v1-")


class GroqPlugin(ProviderPlugin):
    secret_type = "Groq API key"
    hints = ("gsk_",)
    kind = "groq-key"
    denylist = (_p(r"gsk_[A-Za-z0-9]{48,56}"),)


class HuggingFacePlugin(ProviderPlugin):
    secret_type = "Hugging Face token"
    hints = ("hf_", "api_org_")
    kind = "huggingface-token"
    denylist = (_p(r"(?:hf|api_org)_[A-Za-z0-9]{34,40}"),)
    prefix = re.compile(r"^(?:hf|api_org)_")


class ReplicatePlugin(ProviderPlugin):
    secret_type = "Replicate API token"
    hints = ("r8_",)
    kind = "replicate-token"
    denylist = (_p(r"r8_[A-Za-z0-9]{37}"),)


class LangSmithPlugin(ProviderPlugin):
    secret_type = "LangSmith API key"
    hints = ("lsv2_", "ls__")
    kind = "langsmith-key"
    denylist = (_p(r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"), _p(r"ls__[a-f0-9]{32}"))
    prefix = re.compile(r"^(?:lsv2_(?:pt|sk)_|ls__)")


class PineconePlugin(ProviderPlugin):
    secret_type = "Pinecone API key"
    hints = ("pcsk_",)
    kind = "pinecone-key"
    denylist = (_p(r"pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,}"),)
    prefix = re.compile(r"^pcsk_[A-Za-z0-9]+_")


class ElevenLabsPlugin(ProviderPlugin):
    secret_type = "ElevenLabs API key"
    hints = ("sk_",)
    kind = "elevenlabs-key"
    denylist = (_p(r"sk_[a-f0-9]{48}"),)


class GoogleApiKeyPlugin(ProviderPlugin):
    """``AIza`` keys. A Firebase web config's ``apiKey`` and a Maps browser key are public by
    design (restricted by referrer and rules); a Gemini or server key is not."""

    secret_type = "Google API key"
    hints = ("AIza",)
    kind = "google-api-key"
    denylist = (_p(r"AIza[0-9A-Za-z_\-]{35}"),)
    prefix = re.compile(r"^AIza")
    _PUBLIC = re.compile(r"firebase|measurement|recaptcha", re.IGNORECASE)
    _MAPS = re.compile(r"maps|places", re.IGNORECASE)
    _SERVER = re.compile(r"gemini|genai|generative|google_ai|vertex", re.IGNORECASE)

    def judge(self, value: str, line: str, text: str) -> Verdict | None:
        if not self._SERVER.search(line):
            if self._PUBLIC.search(line) or "firebase" in text.lower():
                return None  # a Firebase config (web, google-services.json): public by design
            if self._MAPS.search(line) and (public_name_on(line) or "maps/api/js" in line):
                return None  # a browser Maps key, restricted by referrer
        return super().judge(value, line, text)


class StripePlugin(ProviderPlugin):
    """Stripe and Clerk share ``sk_live_`` / ``sk_test_``; the surrounding name tells them apart.
    Publishable ``pk_`` keys are public by design and never matched."""

    secret_type = "Stripe secret key"
    hints = ("k_live_", "k_test_", "whsec_")
    kind = "stripe-secret-key"
    denylist = (
        _p(r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}"),
        _p(r"whsec_[A-Za-z0-9+/=]{24,}"),
    )
    prefix = re.compile(r"^(?:[sr]k_(?:live|test)_|whsec_)")
    _CLERK = re.compile(r"clerk", re.IGNORECASE)

    def judge(self, value: str, line: str, text: str) -> Verdict | None:
        if super().judge(value, line, text) is None:
            return None
        test = "_test_" in value
        if value.startswith("whsec_"):
            return Verdict("stripe-webhook-secret")
        if self._CLERK.search(line):
            return Verdict("clerk-secret-key", test_mode=test)
        if value.startswith("rk_"):
            return Verdict("stripe-restricted-key", test_mode=test)
        return Verdict("stripe-secret-key", test_mode=test)


class GitHubPlugin(ProviderPlugin):
    """Classic-format tokens carry a CRC32 checksum; only a matching one is reported."""

    secret_type = "GitHub token"
    hints = ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")
    kind = "github-token"
    denylist = (
        _p(r"gh[pousr]_[A-Za-z0-9]{36}"),
        _p(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    )
    prefix = re.compile(r"^(?:gh[pousr]_|github_pat_)")

    def judge(self, value: str, line: str, text: str) -> Verdict | None:
        classic = value.startswith("gh") and not value.startswith("github_pat_")
        if classic and not valid_github_token(value):
            return None
        return super().judge(value, line, text)


class GitLabPlugin(ProviderPlugin):
    secret_type = "GitLab token"
    hints = (
        "glpat-",
        "glptt-",
        "gldt-",
        "glrt-",
        "glcbt-",
        "gloas-",
        "glft-",
        "glimt-",
        "glsoat-",
        "GR1348941",
    )
    kind = "gitlab-token"
    denylist = (
        _p(
            r"gl(?:pat|ptt|dt|rt|cbt|oas|ft|imt|soat)-[A-Za-z0-9_\-]{20,}(?:\.[0-9a-z]{2}\.[a-z0-9]{9})?"
        ),
        _p(r"GR1348941[A-Za-z0-9_\-]{20}"),
    )
    prefix = re.compile(r"^(?:gl[a-z]+-|GR1348941)")


class NpmPlugin(ProviderPlugin):
    secret_type = "npm token"
    hints = ("npm_",)
    kind = "npm-token"
    denylist = (_p(r"npm_[A-Za-z0-9]{36}"),)


class PyPIPlugin(ProviderPlugin):
    secret_type = "PyPI token"
    hints = ("pypi-AgE",)
    kind = "pypi-token"
    denylist = (_p(r"pypi-AgE[A-Za-z0-9_\-]{50,}"),)
    prefix = re.compile(r"^pypi-AgE[A-Za-z0-9]{20}")


class SlackPlugin(ProviderPlugin):
    secret_type = "Slack token"
    hints = ("xox", "xapp-")
    kind = "slack-token"
    denylist = (
        _p(r"xox[abposre]-(?:\d{6,14}-)+[A-Za-z0-9]{16,}"),
        _p(r"xapp-\d-[A-Z0-9]{8,12}-\d{8,14}-[a-f0-9]{32,}"),
    )
    prefix = re.compile(r"^x(?:ox[a-z]|app)-[\d\-A-Z]*-(?=[A-Za-z0-9]{16})")


class SlackWebhookPlugin(ProviderPlugin):
    secret_type = "Slack webhook"
    bounded = False
    hints = ("hooks.slack.com",)
    kind = "slack-webhook"
    denylist = (
        re.compile(
            r"(?P<secret>https://hooks\.slack\.com/(?:services|workflows|triggers)/"
            r"T[A-Z0-9]{6,12}/[A-Z0-9]{6,14}/[A-Za-z0-9]{20,})"
        ),
    )
    prefix = re.compile(r"^.*/")


class DiscordPlugin(ProviderPlugin):
    secret_type = "Discord bot token"
    kind = "discord-token"
    denylist = (_p(r"[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}"),)
    prefix = re.compile(r"^[^.]*\.[^.]*\.")
    min_body = 20


class DiscordWebhookPlugin(ProviderPlugin):
    secret_type = "Discord webhook"
    bounded = False
    hints = ("/api/webhooks/",)
    kind = "discord-webhook"
    denylist = (
        re.compile(
            r"(?P<secret>https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/webhooks/"
            r"\d{17,20}/[A-Za-z0-9_\-]{60,70})"
        ),
    )
    prefix = re.compile(r"^.*/")


class TelegramPlugin(ProviderPlugin):
    secret_type = "Telegram bot token"
    bounded = False
    hints = (":AA",)
    kind = "telegram-token"
    denylist = (re.compile(r"(?<![0-9])(?P<secret>\d{8,10}:AA[A-Za-z0-9_\-]{33})" + _E),)
    prefix = re.compile(r"^\d+:AA")


class SendGridPlugin(ProviderPlugin):
    secret_type = "SendGrid API key"
    hints = ("SG.",)
    kind = "sendgrid-key"
    denylist = (_p(r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}"),)
    prefix = re.compile(r"^SG\.[^.]*\.")


class MailgunPlugin(ProviderPlugin):
    secret_type = "Mailgun API key"
    kind = "mailgun-key"
    denylist = (_p(r"key-[a-f0-9]{32}"), _p(r"[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}"))
    prefix = re.compile(r"^key-")


class ResendPlugin(ProviderPlugin):
    secret_type = "Resend API key"
    hints = ("re_",)
    kind = "resend-key"
    denylist = (_p(r"re_[A-Za-z0-9]{6,12}_[A-Za-z0-9]{16,32}"), _p(r"re_[A-Za-z0-9]{24,40}"))
    prefix = re.compile(r"^re_")

    def judge(self, value: str, line: str, text: str) -> Verdict | None:
        body = self.body(value)
        # ``re_`` also starts Python names (``re_compile_pattern``): a key mixes digits and cases
        if not (any(c.isdigit() for c in body) and any(c.isupper() for c in body)):
            return None
        return super().judge(value, line, text)


class AwsKeyIdPlugin(ProviderPlugin):
    secret_type = "AWS access key"
    hints = ("AKIA", "ASIA", "ABIA", "ACCA")
    kind = "aws-access-key"
    denylist = (_p(r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}"),)
    prefix = re.compile(r"^A[A-Z]{3}")
    min_body = 16

    def judge(self, value: str, line: str, text: str) -> Verdict | None:
        body = self.body(value)
        if is_placeholder(value) or len(set(body)) < 8:
            return None
        return Verdict(self.kind)


class AzureStoragePlugin(ProviderPlugin):
    secret_type = "Azure storage account key"
    bounded = False
    hints = ("AccountKey=",)
    kind = "azure-storage-key"
    denylist = (re.compile(r"AccountKey=(?P<secret>[A-Za-z0-9+/]{86}==)"),)
    prefix = re.compile(r"^")


_MASTER_ROLES = ("service_role", "supabase_admin")


class SupabasePlugin(ProviderPlugin):
    """Supabase keys: a JWT is public when its role is ``anon`` and a master key when it is
    ``service_role``; the newer ``sb_secret_`` keys and ``sbp_`` access tokens are secrets."""

    secret_type = "Supabase key"
    hints = ("eyJ", "sb_secret_", "sbp_")
    kind = "supabase-service-role"
    denylist = (
        _p(r"eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{16,}"),
        _p(r"sb_secret_[A-Za-z0-9_\-]{20,}"),
        _p(r"sbp_(?:v0_)?[a-f0-9]{40}"),
    )
    prefix = re.compile(r"^(?:sb_secret_|sbp_(?:v0_)?)")

    def owns(self, value: str) -> bool:
        """A JWT that is not a Supabase key (another provider's JWT-shaped API key) is left to
        the name-based rules."""
        if not value.startswith("eyJ"):
            return True
        claims = jwt.claims(value) or {}
        return claims.get("iss") in ("supabase", "supabase-demo") or claims.get("role") in (
            *_MASTER_ROLES,
            "anon",
            "authenticated",
        )

    def judge(self, value: str, line: str, text: str) -> Verdict | None:
        if value.startswith("eyJ"):
            claims = jwt.claims(value) or {}
            if claims.get("iss") == "supabase-demo":
                return None  # the local-development key every `supabase start` prints
            return Verdict(self.kind) if claims.get("role") in _MASTER_ROLES else None
        verdict = super().judge(value, line, text)
        if verdict is None:
            return None
        return Verdict(
            "supabase-access-token" if value.startswith("sbp_") else "supabase-secret-key"
        )


class DigitalOceanPlugin(ProviderPlugin):
    secret_type = "DigitalOcean token"
    hints = ("_v1_",)
    kind = "digitalocean-token"
    denylist = (_p(r"do[opr]_v1_[a-f0-9]{64}"),)
    prefix = re.compile(r"^do[opr]_v1_")


class SentryPlugin(ProviderPlugin):
    """Sentry auth tokens. A DSN (``https://<key>@o1.ingest.sentry.io/1``) is public and never
    matched."""

    secret_type = "Sentry auth token"
    hints = ("sntry",)
    kind = "sentry-token"
    denylist = (_p(r"sntrys_eyJ[A-Za-z0-9+/=_\-]{50,}"), _p(r"sntryu_[a-f0-9]{64}"))
    prefix = re.compile(r"^sntry[su]_")


class VercelPlugin(ProviderPlugin):
    secret_type = "Vercel token"
    hints = ("vcp_", "vci_", "vca_", "vcr_", "vck_")
    kind = "vercel-token"
    denylist = (_p(r"vc[pikar]_[A-Za-z0-9]{24,}"),)


class AIProvidersPlugin(ProviderPlugin):
    """Other model, search and scraping APIs AI-built apps call."""

    secret_type = "AI provider API key"
    hints = ("xai-", "pplx-", "tvly-", "fc-", "fw_")
    kind = "ai-api-key"
    denylist = (
        _p(r"xai-[A-Za-z0-9]{60,90}"),
        _p(r"pplx-[A-Za-z0-9]{40,56}"),
        _p(r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{28,40}"),
        _p(r"fc-[a-f0-9]{32}"),
        _p(r"fw_[A-Za-z0-9]{20,40}"),
    )
    prefix = re.compile(r"^(?:xai-|pplx-|tvly-(?:dev-|prod-)?|fc-|fw_)")


class GoogleOAuthPlugin(ProviderPlugin):
    secret_type = "Google OAuth client secret"
    hints = ("GOCSPX-",)
    kind = "google-oauth-secret"
    denylist = (_p(r"GOCSPX-[A-Za-z0-9_\-]{28}"),)
    prefix = re.compile(r"^GOCSPX-")


class SaaSTokensPlugin(ProviderPlugin):
    """Tokens with a distinctive prefix from services AI-built apps wire in."""

    secret_type = "SaaS API token"
    hints = (
        "shpat_",
        "shpss_",
        "shpca_",
        "shppa_",
        "ntn_",
        "secret_",
        "lin_api_",
        "figd_",
        "pscale_",
        "PMAK-",
        "xkeysib-",
        "-us",
        "dp.",
        "sq0csp-",
        "EAAA",
    )
    kind = "saas-token"
    denylist = (
        _p(r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}"),
        _p(r"ntn_[A-Za-z0-9]{40,50}"),
        _p(r"secret_[A-Za-z0-9]{43}"),
        _p(r"lin_api_[A-Za-z0-9]{40}"),
        _p(r"figd_[A-Za-z0-9_\-]{40,}"),
        _p(r"pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_\-.=]{32,64}"),
        _p(r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
        _p(r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}"),
        _p(r"[a-f0-9]{32}-us[0-9]{1,2}"),
        _p(r"dp\.(?:st|ct|sa|scim|audit)\.[A-Za-z0-9_\-.]{40,}"),
        _p(r"sq0csp-[A-Za-z0-9_\-]{43}"),
        _p(r"EAAA[A-Za-z0-9_\-]{60}"),
    )
    prefix = re.compile(
        r"^(?:shp[a-z]{2}_|ntn_|secret_|lin_api_|figd_|pscale_[a-z]+_|PMAK-|xkeysib-|dp\.[a-z]+\."
        r"|sq0csp-|EAAA)"
    )

    def body(self, value: str) -> str:
        body = super().body(value)
        return body.rsplit("-us", 1)[0] if re.fullmatch(r"[a-f0-9]{32}-us\d{1,2}", value) else body


PLUGINS: tuple[ProviderPlugin, ...] = tuple(
    cls()
    for cls in (
        AnthropicPlugin,
        OpenRouterPlugin,
        AIProvidersPlugin,
        GoogleOAuthPlugin,
        SaaSTokensPlugin,
        OpenAIPlugin,
        GroqPlugin,
        HuggingFacePlugin,
        ReplicatePlugin,
        LangSmithPlugin,
        PineconePlugin,
        ElevenLabsPlugin,
        GoogleApiKeyPlugin,
        StripePlugin,
        GitHubPlugin,
        GitLabPlugin,
        NpmPlugin,
        PyPIPlugin,
        SlackPlugin,
        SlackWebhookPlugin,
        DiscordPlugin,
        DiscordWebhookPlugin,
        TelegramPlugin,
        SendGridPlugin,
        MailgunPlugin,
        ResendPlugin,
        AwsKeyIdPlugin,
        AzureStoragePlugin,
        SupabasePlugin,
        DigitalOceanPlugin,
        SentryPlugin,
        VercelPlugin,
    )
)
