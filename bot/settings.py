"""The GitHub App's settings: read once from the environment at start-up, checked, typed.

Every problem is reported at once, naming the variable and what is accepted, so an operator fixes a
deployment in one go instead of meeting a missing key at the first webhook.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.serialization import load_pem_private_key

from analyzers.options import AnalyzerOptions

DEFAULT_API_URL = "https://api.github.com"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
DEFAULT_JOB_TIMEOUT = 600


class SettingsError(ValueError):
    """The environment does not describe a runnable app; ``problems`` lists each reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            "Rescue cannot start; fix these settings:\n" + "\n".join(f"  - {p}" for p in problems)
        )


@dataclass(frozen=True)
class Settings:
    app_id: int  # GITHUB_APP_ID: the App's numeric id (App settings page, "About")
    private_key: str = field(repr=False)  # GITHUB_PRIVATE_KEY (PEM text) or GITHUB_PRIVATE_KEY_PATH
    webhook_secret: str = field(repr=False)  # GITHUB_WEBHOOK_SECRET: signs every delivery
    api_url: str = DEFAULT_API_URL  # GITHUB_API_URL: REST root (GitHub Enterprise: https://HOST/api/v3)
    redis_url: str = DEFAULT_REDIS_URL  # REDIS_URL: queue, delivery dedupe and token cache
    job_timeout: int = DEFAULT_JOB_TIMEOUT  # RESCUE_JOB_TIMEOUT: seconds a review may run
    queue_name: str = "rescue"  # RESCUE_QUEUE: the RQ queue the webhook fills and workers drain
    key_prefix: str = "rescue"  # RESCUE_REDIS_PREFIX: prefix of Rescue's own Redis keys
    # RESCUE_DATABASE_URL: a disposable PostgreSQL where each review applies the repository's
    # migrations to catch the statement that fails. Off when unset. Never from the repository's
    # own configuration: its SQL runs there.
    database_url: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read and check every setting; raise SettingsError listing all problems."""
        env = os.environ if env is None else env
        problems: list[str] = []

        app_id = 0
        raw_id = env.get("GITHUB_APP_ID", "").strip()
        if not raw_id:
            problems.append("GITHUB_APP_ID is not set (the App's numeric id, from its settings page)")
        elif not raw_id.isdigit() or int(raw_id) <= 0:
            problems.append(f"GITHUB_APP_ID must be a positive whole number, got {raw_id!r}")
        else:
            app_id = int(raw_id)

        private_key = _private_key(env, problems)

        secret = env.get("GITHUB_WEBHOOK_SECRET", "")
        if not secret:
            problems.append("GITHUB_WEBHOOK_SECRET is not set (the secret entered in the App's webhook settings)")

        api_url = env.get("GITHUB_API_URL", "").strip() or DEFAULT_API_URL
        parts = urlsplit(api_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            problems.append(f"GITHUB_API_URL must be an http(s) URL, got {api_url!r}")

        redis_url = env.get("REDIS_URL", "").strip() or DEFAULT_REDIS_URL
        if urlsplit(redis_url).scheme not in ("redis", "rediss", "unix"):
            problems.append(f"REDIS_URL must start with redis://, rediss:// or unix://, got {redis_url!r}")

        job_timeout = DEFAULT_JOB_TIMEOUT
        raw_timeout = env.get("RESCUE_JOB_TIMEOUT", "").strip()
        if raw_timeout:
            if raw_timeout.isdigit() and 30 <= int(raw_timeout) <= 3600:
                job_timeout = int(raw_timeout)
            else:
                problems.append(f"RESCUE_JOB_TIMEOUT must be seconds from 30 to 3600, got {raw_timeout!r}")

        database_url = env.get("RESCUE_DATABASE_URL", "").strip() or None
        if database_url and urlsplit(database_url).scheme not in ("postgres", "postgresql"):
            # The URL may carry a password: name the variable, not the value.
            problems.append("RESCUE_DATABASE_URL must be a postgresql:// URL")

        if problems:
            raise SettingsError(problems)
        return cls(
            app_id=app_id,
            private_key=private_key,
            webhook_secret=secret,
            api_url=api_url.rstrip("/"),
            redis_url=redis_url,
            job_timeout=job_timeout,
            queue_name=env.get("RESCUE_QUEUE", "").strip() or "rescue",
            key_prefix=env.get("RESCUE_REDIS_PREFIX", "").strip() or "rescue",
            database_url=database_url,
        )

    def analyzer_options(self) -> AnalyzerOptions:
        """What the operator decides for every review (the repository's config comes on top)."""
        return AnalyzerOptions(database_url=self.database_url)


def _private_key(env: Mapping[str, str], problems: list[str]) -> str:
    """The App's PEM key, from GITHUB_PRIVATE_KEY or the file GITHUB_PRIVATE_KEY_PATH names."""
    text = env.get("GITHUB_PRIVATE_KEY", "")
    path = env.get("GITHUB_PRIVATE_KEY_PATH", "").strip()
    source = "GITHUB_PRIVATE_KEY"
    if not text and path:
        source = f"GITHUB_PRIVATE_KEY_PATH ({path})"
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{source}: cannot read the key file: {getattr(exc, 'strerror', None) or exc}")
            return ""
    if not text:
        problems.append(
            "set GITHUB_PRIVATE_KEY (the App's PEM private key) or GITHUB_PRIVATE_KEY_PATH (its file)"
        )
        return ""
    # Process managers often flatten new lines of multi-line variables into literal "\n".
    text = text.replace("\\n", "\n").strip() + "\n"
    try:
        load_pem_private_key(text.encode(), password=None)
    except (ValueError, TypeError):
        # Never echo the text: it may be a real key with a typo in it.
        problems.append(f"{source} is not a PEM private key without a passphrase")
        return ""
    except Exception as exc:  # cryptography raises UnsupportedAlgorithm for exotic keys
        problems.append(f"{source} holds an unsupported key ({type(exc).__name__})")
        return ""
    return text
