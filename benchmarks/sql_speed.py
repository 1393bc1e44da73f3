"""How long the SQL analyzer takes to parse and judge 1,000 lines of migrations, and what
sqlfluff costs on the same text.

Builds a Supabase history of about 1,000 lines from the database corpus' migrations (renaming
objects per copy so every statement is new), then times parse + replay + end-state judgement in
process (median of several runs), and separately one sqlfluff lint of the same files.

    python benchmarks/sql_speed.py [--lines 1000] [--runs 7] [--no-sqlfluff]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzers.sql.analyzer import run_history
from analyzers.sql.discovery import History, Kind
from analyzers.sql.state import Context

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "database"


def build_history(lines: int) -> tuple[History, dict[str, str]]:
    sources = sorted(CORPUS.glob("supabase-*/supabase/migrations/*.sql"))
    texts: dict[str, str] = {}
    total, copy = 0, 0
    while total < lines:
        for source in sources:
            # A fresh suffix per copy keeps every table and policy distinct.
            text = re.sub(r"\b(public\.)(\w+)", rf"\1\2_{copy}", source.read_text(encoding="utf-8"))
            path = f"supabase/migrations/{copy:04d}_{source.name}"
            texts[path] = text
            total += text.count("\n")
            if total >= lines:
                break
        copy += 1
    history = History("supabase/migrations", Kind.MIGRATIONS, "supabase", tuple(texts))
    return history, texts


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--lines", type=int, default=1000)
    args.add_argument("--runs", type=int, default=7)
    args.add_argument("--no-sqlfluff", action="store_true")
    opts = args.parse_args()
    history, texts = build_history(opts.lines)
    n_lines = sum(t.count("\n") for t in texts.values())
    ctx = Context(supabase=True, exposed=frozenset({"public"}))
    run_history(history, texts, ctx)  # warm up imports and caches
    times = []
    for _ in range(opts.runs):
        start = time.perf_counter()
        result = run_history(history, texts, ctx)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"{n_lines} lines in {len(texts)} files, {len(result.problems)} problems")
    print(f"pglast parse + replay + judge: median {median * 1000:.1f} ms over {opts.runs} runs "
          f"({median * 1000 / n_lines * 1000:.1f} ms per 1,000 lines)")
    if opts.no_sqlfluff:
        return
    from sqlfluff.core import FluffConfig, Linter

    linter = Linter(config=FluffConfig(overrides={
        "dialect": "postgres", "templater": "raw", "rules": "core", "large_file_skip_byte_limit": 0,
    }))
    start = time.perf_counter()
    violations = sum(len(linter.lint_string(t, fname=p).get_violations()) for p, t in texts.items())
    elapsed = time.perf_counter() - start
    print(f"sqlfluff (core rules, postgres): {elapsed:.2f} s for the same {n_lines} lines "
          f"({elapsed / n_lines * 1000:.2f} s per 1,000 lines), {violations} style findings")


if __name__ == "__main__":
    main()
