"""The `rescue` command line: `rescue scan` (local, no GitHub or Redis needed)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from analyzers.categories import CATEGORIES, Family
from analyzers.findings import Finding, Severity
from analyzers.options import AnalyzerOptions
from bot.config import CONFIG_PATH, ConfigError, load_config_file
from bot.difffilter import FilterMode
from bot.gitrepo import GitError
from bot.localscan import ScanInputError, resolve_target, workspace_for
from bot.pipeline import ScanResult, run_scan
from bot.reporters import FORMATS, get_reporter

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
log = logging.getLogger("rescue")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _fail_on(text: str) -> Severity | None:
    if text.lower() in ("never", "none"):
        return None
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc}, or never") from None


def _category_names(values: Sequence[str]) -> set[str]:
    """Category names, family names (app-security, secrets, database, style), comma lists."""
    names: set[str] = set()
    families = {f.value: f for f in Family}
    for value in values:
        for item in filter(None, (v.strip() for v in value.split(","))):
            if item in CATEGORIES:
                names.add(item)
            elif item in families:
                names |= {n for n, c in CATEGORIES.items() if c.family is families[item]}
            else:
                raise UsageError(
                    f"unknown category {item!r}; use a category from docs/findings or one of "
                    + ", ".join(families)
                )
    return names


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rescue",
        description="Finds the risks AI-built apps ship with: exposed keys, open endpoints, "
        "tables without row-level security, unsafe migrations.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each step does")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    scan = sub.add_parser(
        "scan", help="scan a local checkout", description="Scan a local checkout."
    )
    scan.add_argument("path", nargs="?", default=".", type=Path, help="folder or file (default: .)")
    change = scan.add_mutually_exclusive_group()
    change.add_argument(
        "--diff", metavar="BASE", help="only report on what changed since git ref BASE"
    )
    change.add_argument(
        "--staged", action="store_true", help="only report on staged changes (pre-commit)"
    )
    scan.add_argument("--format", choices=FORMATS, default="text")
    scan.add_argument("--output", "-o", type=Path, metavar="FILE", help="write the report here")
    scan.add_argument(
        "--fail-on",
        type=_fail_on,
        metavar="SEVERITY",
        default=argparse.SUPPRESS,
        help="exit 1 when a finding at or above SEVERITY remains (default: the config's, high); never",
    )
    scan.add_argument(
        "--filter",
        choices=[m.value for m in FilterMode],
        help="with --diff/--staged: which findings count (default: added)",
    )
    scan.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="NAME",
        help="only these categories or families (repeatable, comma-separated)",
    )
    scan.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="NAME",
        help="leave out these categories or families (repeatable, comma-separated)",
    )
    scan.add_argument(
        "--config", type=Path, metavar="FILE", help=f"configuration (default: PATH/{CONFIG_PATH})"
    )
    scan.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    scan.add_argument(
        "--database-url",
        default=os.environ.get("RESCUE_DATABASE_URL") or None,
        metavar="URL",
        help="a disposable PostgreSQL to apply the migrations to, reporting the statement that "
        "fails (default: $RESCUE_DATABASE_URL; off when unset)",
    )
    serve = sub.add_parser(
        "serve", help="run the GitHub App's webhook receiver",
        description="Receive GitHub webhooks (POST /webhooks/github) and queue reviews. "
        "Settings come from the environment: see docs/github-app.md.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument(
        "--workers", type=int, default=1, help="processes sharing the port (default: 1)"
    )
    worker = sub.add_parser(
        "worker", help="run a worker that performs the GitHub App's reviews",
        description="Take review jobs from Redis and report to GitHub. Run as many as needed.",
    )
    worker.add_argument("--burst", action="store_true", help="stop when the queue is empty")
    return parser


class _Progress:
    """A one-line status on a terminal's stderr while analyzers run; silent otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.message = ""
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._tick, daemon=True)

    def __enter__(self) -> _Progress:
        if self.enabled:
            self._thread.start()
        return self

    def __call__(self, message: str) -> None:
        self.message = message

    def _tick(self) -> None:
        while not self._stop.wait(0.25):
            elapsed = time.monotonic() - self.started
            self.stream.write(f"\r\033[K{self.message} … {elapsed:.0f}s")
            self.stream.flush()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._stop.set()
            self._thread.join()
            self.stream.write("\r\033[K")
            self.stream.flush()


def _keep_categories(result: ScanResult, only: set[str], exclude: set[str]) -> ScanResult:
    def keep(f: Finding) -> bool:
        return (not only or f.category in only) and f.category not in exclude

    return replace(result, findings=tuple(f for f in result.findings if keep(f)))


def cmd_scan(args: argparse.Namespace) -> int:
    only, exclude = _category_names(args.category), _category_names(args.exclude)
    target = resolve_target(args.path)
    config_path = args.config or target.root / CONFIG_PATH
    if args.config is not None and not args.config.is_file():
        raise ScanInputError(f"{args.config}: no such configuration file")
    config = load_config_file(config_path)
    if "fail_on" in vars(args):
        config = replace(config, fail_on=args.fail_on)
    if only or exclude:
        # Categories nobody asked for need not run at all (sqlfluff is slow).
        off = (set(CATEGORIES) - only if only else set()) | exclude
        config = replace(config, disabled_categories=config.disabled_categories | off)
    mode = FilterMode(args.filter) if args.filter else None
    with tempfile.TemporaryDirectory(prefix="rescue-scan-") as scratch:
        workspace = workspace_for(
            target, diff_ref=args.diff, staged=args.staged, scratch=Path(scratch)
        )
        with _Progress(sys.stderr) as progress:
            result = run_scan(
                workspace,
                config,
                mode=mode,
                progress=progress,
                options=AnalyzerOptions(database_url=args.database_url),
            )
    result = _keep_categories(result, only, exclude)
    color = args.color == "always" or (
        args.color == "auto"
        and args.output is None
        and sys.stdout.isatty()
        and "NO_COLOR" not in os.environ
    )
    document = get_reporter(args.format, color=color).render(result)
    if args.output is not None:
        try:
            args.output.write_text(document, encoding="utf-8")
        except OSError as exc:
            raise ScanInputError(
                f"{args.output}: cannot write the report: {exc.strerror or exc}"
            ) from None
    else:
        sys.stdout.write(document)
    if any(e.level == "error" for e in result.errors):
        return EXIT_ERROR
    return EXIT_FINDINGS if result.failing(config.fail_on) else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        logging.basicConfig(
            level=logging.INFO if args.verbose else logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )
        if args.command == "scan":
            return cmd_scan(args)
        if args.command == "serve":
            from webhooks.server import serve

            return serve(args.host, args.port, workers=args.workers, verbose=args.verbose)
        if args.command == "worker":
            from bot.worker import work

            return work(burst=args.burst, verbose=args.verbose)
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    except UsageError as exc:
        print(f"rescue: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except ConfigError as exc:
        print(f"rescue: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (ScanInputError, GitError) as exc:
        print(f"rescue: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("rescue: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
