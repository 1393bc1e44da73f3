"""`rescue serve`: the webhook intake under uvicorn."""

from __future__ import annotations

import sys

import uvicorn
from litestar import Litestar

from bot.logs import setup_logging
from bot.settings import Settings, SettingsError
from webhooks.app import create_app


def app_from_env() -> Litestar:
    """The app for each uvicorn worker process (settings were checked before they start)."""
    setup_logging("INFO")
    return create_app(Settings.from_env())


def serve(host: str, port: int, *, workers: int = 1, verbose: bool = False) -> int:
    """Run the intake until stopped; 2 when the settings are invalid."""
    log_level = "debug" if verbose else "info"
    setup_logging(log_level)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"rescue serve: {exc}", file=sys.stderr)
        return 2
    options: dict[str, object] = {
        "host": host,
        "port": port,
        "log_level": log_level,
        "access_log": False,  # each delivery is logged once by the handler, without its payload
        "proxy_headers": True,
        "server_header": False,
    }
    if workers > 1:
        # Several processes share the port; each builds its app from the environment.
        uvicorn.run("webhooks.server:app_from_env", factory=True, workers=workers, **options)  # type: ignore[arg-type]
    else:
        uvicorn.run(create_app(settings), **options)  # type: ignore[arg-type]
    return 0
