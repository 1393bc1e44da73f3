"""Plain detect-secrets (its default plugins and filters) on the secrets corpus, scored exactly
like ``benchmarks/accuracy.py --family secrets``: same labels, same ±2-line matching.

Each reported line counts once (detect-secrets may name several plugins for one line).

    python benchmarks/secrets_baseline.py [--verbose]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detect_secrets.core.scan import scan_file
from detect_secrets.settings import default_settings

from analyzers.workspace import Workspace
from benchmarks.accuracy import Label, Tally, read_labels, score

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "secrets"


def scan_case(case: Path) -> list[Label]:
    """Lines detect-secrets reports in one case (paths relative to the case)."""
    found: set[tuple[str, int]] = set()
    cwd = os.getcwd()
    os.chdir(case)  # detect-secrets reads and names files relative to the working directory
    try:
        with default_settings():
            for path in Workspace(case.resolve(), ()).all_files():
                if path == "expected.yaml":
                    continue
                for secret in scan_file(path):
                    found.add((path, secret.line_number))
    finally:
        os.chdir(cwd)
    return [Label(p, n, "exposed-secret") for p, n in sorted(found)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    cases = sorted(p for p in args.corpus.iterdir() if (p / "expected.yaml").is_file())
    total = Tally()
    for case in cases:
        tallies, fps, fns = score(read_labels(case), scan_case(case))
        for t in tallies.values():
            total.add(t)
        if args.verbose:
            for p in fps:
                print(f"  FP {case.name}/{p.path}:{p.line}", file=sys.stderr)
            for n in fns:
                print(f"  FN {case.name}/{n.path}:{n.line}", file=sys.stderr)
    print(f"plain detect-secrets (default plugins) on {len(cases)} cases")
    print(f"  TP {total.tp}  FP {total.fp}  FN {total.fn}")
    print(f"  precision {total.precision:.3f}  recall {total.recall:.3f}  F1 {total.f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
