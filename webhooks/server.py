"""`rescue serve`: the webhook intake under uvicorn."""

from __future__ import annotations

import sys

import uvicorn

from bot.logs import setup_logging
from bot.settings import Settings, SettingsError
from webhooks.app import create_app


def load_settings() -> Settings:
    """Settings from the environment, or a clear message and exit status 2."""
    try:
        return Settings.from_env()
    except SettingsError as exc:
        print(str(exc), file=sys.stderr)
        raise SystemExit(2) from None


def serve(host: str, port: int, *, log_level: str = "info") -> None:
    setup_logging(log_level)
    settings = load_settings()
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,  # each delivery is logged once by the handler, without its payload
        proxy_headers=True,
        server_header=False,
    )
