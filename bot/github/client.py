"""The one way Rescue talks to GitHub: a githubkit client authenticated as an App installation.

The App's JWT is exchanged for an installation token that githubkit caches (in Redis, shared by all
workers) until a minute before it expires. Every call goes to ``GITHUB_API_URL`` and is retried by
:class:`RetryPolicy`: server errors with back-off, rate limits after the wait GitHub asks for, and
one fresh token after a 401.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import httpx
from githubkit import AppInstallationAuthStrategy, GitHub
from githubkit.auth.app import AppAuth
from githubkit.cache import BaseCacheStrategy, RedisCacheStrategy
from githubkit.exception import GitHubException, RateLimitExceeded, RequestError, RequestFailed
from githubkit.retry import RetryOption
from redis import Redis

from bot.settings import Settings

log = logging.getLogger(__name__)

Client = GitHub[AppInstallationAuthStrategy]

USER_AGENT = "rescue-github-app"
# Longest wait for a rate limit that Rescue sits out inside a job; a longer one (a spent primary
# limit resets up to an hour later) ends the job with a neutral check run that says so.
MAX_RATE_LIMIT_WAIT = timedelta(minutes=3)
SERVER_ERROR_RETRIES = 3
RATE_LIMIT_RETRIES = 3
TRANSPORT_RETRIES = 2
REQUEST_TIMEOUT_SECONDS = 30.0


class RetryPolicy:
    """githubkit's retry hook: what to do after a failed call, given how often it was retried."""

    def __init__(self, cache: BaseCacheStrategy, app_id: int, installation_id: int) -> None:
        self._cache = cache
        self._app_id = app_id
        self._installation_id = installation_id
        self._refreshed = False

    def __call__(self, exc: GitHubException, retry_count: int) -> RetryOption:
        if isinstance(exc, RateLimitExceeded):
            wait = exc.retry_after
            if retry_count < RATE_LIMIT_RETRIES and wait <= MAX_RATE_LIMIT_WAIT:
                log.warning(
                    "GitHub rate limit on %s %s; retrying in %.0f s",
                    exc.request.method, exc.request.url.path, wait.total_seconds(),
                )
                return RetryOption(True, wait)
            return RetryOption(False)
        if isinstance(exc, RequestFailed):
            status = exc.response.status_code
            if status == 401 and not self._refreshed:
                # The cached token was revoked or expired early (clock skew, app re-installed).
                self._refreshed = True
                self.forget_token()
                log.warning("GitHub answered 401; fetching a new installation token")
                # Not timedelta(0): githubkit reads a zero wait as "unknown" and sleeps 60 s.
                return RetryOption(True, timedelta(milliseconds=50))
            if status >= 500 and retry_count < SERVER_ERROR_RETRIES:
                wait = timedelta(seconds=(retry_count + 1) ** 2)
                log.warning(
                    "GitHub answered %d on %s %s; retry %d in %.0f s",
                    status, exc.request.method, exc.request.url.path, retry_count + 1,
                    wait.total_seconds(),
                )
                return RetryOption(True, wait)
            return RetryOption(False)
        # githubkit wraps whatever the transport raised; only network failures are worth a retry
        # (not, say, the job's own time limit firing during a request).
        if (
            isinstance(exc, RequestError)
            and isinstance(exc.exc, httpx.TransportError)
            and retry_count < TRANSPORT_RETRIES
        ):
            log.warning("GitHub request failed (%s); retrying", type(exc.exc).__name__)
            return RetryOption(True, timedelta(seconds=retry_count + 1))
        return RetryOption(False)

    def forget_token(self) -> None:
        """Drop the cached installation token and JWT, so the next call fetches new ones."""
        storage = self._cache.get_cache_storage()
        issuer = str(self._app_id)
        key = AppAuth.INSTALLATION_CACHE_KEY.format(
            issuer=issuer, installation_id=self._installation_id,
            permissions="", repositories="", repository_ids="",
        )
        # githubkit's cache has no delete; an empty value is treated as missing.
        storage.set(key, "", timedelta(seconds=1))
        storage.set(AppAuth.JWT_CACHE_KEY.format(issuer=issuer), "", timedelta(seconds=1))


def token_cache(redis: Redis, settings: Settings) -> BaseCacheStrategy:
    """Installation tokens cached in Redis under Rescue's prefix, shared by every worker process."""
    return RedisCacheStrategy(redis, prefix=f"{settings.key_prefix}:githubkit")


def installation_client(
    settings: Settings, installation_id: int, cache: BaseCacheStrategy
) -> Client:
    """A client acting as the App's installation ``installation_id``."""
    auth = AppInstallationAuthStrategy(settings.app_id, settings.private_key, installation_id)
    return GitHub(
        auth,
        base_url=settings.api_url + "/",
        user_agent=USER_AGENT,
        timeout=httpx.Timeout(REQUEST_TIMEOUT_SECONDS),
        cache_strategy=cache,
        http_cache=False,  # responses would be stored in Redis; nothing is fetched twice anyway
        auto_retry=RetryPolicy(cache, settings.app_id, installation_id),
    )


def split_repo(full_name: str) -> tuple[str, str]:
    owner, _, name = full_name.partition("/")
    if not owner or not name or "/" in name:
        raise ValueError(f"not an owner/name repository: {full_name!r}")
    return owner, name
