"""`rescue serve`: the webhook intake under uvicorn."""

from __future__ import annotations

import sys

import uvicorn

from bot.logs import setup_logging
from bot.settings import Settings, SettingsError
from webhooks.app import create_app


def serve(host: str, port: int, *, verbose: bool = False) -> int:
    """Run the intake until stopped; 2 when the settings are invalid."""
    log_level = "debug" if verbose else "info"
    setup_logging(log_level)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"rescue serve: {exc}", file=sys.stderr)
        return 2
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,  # each delivery is logged once by the handler, without its payload
        proxy_headers=True,
        server_header=False,
    )
    return 0
