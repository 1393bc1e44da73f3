"""How long a whole-tree scan of a mid-size app takes, split per analyzer.

Assembles an app of a few hundred files from the application corpus (``tests/corpus/app``):
every case is copied several times into ``services/<copy>/<case>/`` with its identifiers left as
they are, so the tree holds Next.js route handlers and middleware, Express routers, FastAPI and
Flask apps, edge functions and their helpers, as a monorepo would. Then it times each analyzer of
the registry on the same workspace (semgrep runs once with every rule), the median of ``--runs``.

    python benchmarks/scan_speed.py [--files 400] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzers.registry import build_analyzers
from analyzers.workspace import build_workspace
from bot.config import RepoConfig

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "app"


def assemble(root: Path, files: int) -> int:
    cases = sorted(p for p in CORPUS.iterdir() if (p / "expected.yaml").is_file())
    if not cases:
        raise SystemExit(f"no cases under {CORPUS}")
    count, copy = 0, 0
    while count < files:
        for case in cases:
            target = root / "services" / f"{copy:02d}" / case.name
            shutil.copytree(case, target, ignore=shutil.ignore_patterns("expected.yaml", ".github"))
            count += sum(1 for p in target.rglob("*") if p.is_file())
            if count >= files:
                break
        copy += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rescue-speed-") as tmp:
        root = Path(tmp)
        count = assemble(root, args.files)
        lines = sum(p.read_text(encoding="utf-8").count("\n") for p in root.rglob("*") if p.is_file())
        workspace = build_workspace(root)
        options = RepoConfig().analyzer_options()
        timings: dict[str, list[float]] = {}
        findings: dict[str, int] = {}
        endpoints = 0
        for _ in range(args.runs):
            # A fresh workspace each run: no file contents cached from the run before.
            workspace = build_workspace(root)
            for analyzer in build_analyzers(options):
                t0 = time.perf_counter()
                result = analyzer.analyze(workspace)
                timings.setdefault(analyzer.name, []).append(time.perf_counter() - t0)
                findings[analyzer.name] = len(result.findings)
                if analyzer.name == "routes":
                    endpoints = len(result.endpoints)
        print(f"{count} files, {lines} lines, {len(workspace.targets)} targets; median of {args.runs} runs")
        print(f"  {'analyzer':12} {'seconds':>8} {'findings':>9}")
        total = 0.0
        for name, values in timings.items():
            median = statistics.median(values)
            total += median
            print(f"  {name:12} {median:8.2f} {findings[name]:9d}")
        print(f"  {'all':12} {total:8.2f}")
        print(f"  routes inventory: {endpoints} endpoints")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
