"""Time from a webhook to the completed check run, for pull requests of 1, 10 and 50 files.

Everything is real except GitHub: the signed delivery goes through the litestar app into Redis, a
real RQ worker (burst mode, forked work horse) runs the job, which authenticates, fetches the
files from the fake GitHub (real git repositories, every request validated against GitHub's
OpenAPI description), runs the analyzers and reports. The clock stops when the request that
completes the check run reaches the fake GitHub. Each size runs --repeat times; the median is
reported, with where the time went: until the first GitHub call (queue, fork, token), the
analysis (no GitHub call is made while the analyzers run), and inside the fake GitHub itself
(its OpenAPI validation and git work, which real GitHub does not charge to Rescue). The changed
files are small Python and TypeScript modules, a few with findings.

    python benchmarks/webhook_to_check.py [--sizes 1,10,50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakegithub.world import REPO, world  # noqa: E402

PY = '''import json

from openai import OpenAI

client = OpenAI()


def task_{n}(prompt: str) -> object:
    reply = client.chat.completions.create(model="gpt-4o", messages=[{{"role": "user", "content": prompt}}])
    text = reply.choices[0].message.content
    return {sink}(text)
'''
TS = '''import {{ NextResponse }} from "next/server";

export async function GET(request: Request) {{
  const url = new URL(request.url);
  const page = Number(url.searchParams.get("page") ?? "1");
  return NextResponse.json({{ page, items: [], n: {n} }});
}}
'''


def files_for(count: int) -> dict[str, str | bytes | None]:
    out: dict[str, str | bytes | None] = {}
    for n in range(count):
        if n % 2 == 0:
            sink = "eval" if n % 10 == 0 else "json.loads"
            out[f"app/tasks/task_{n}.py"] = PY.format(n=n, sink=sink)
        else:
            out[f"web/app/api/items{n}/route.ts"] = TS.format(n=n)
    return out


def one_run(count: int) -> tuple[float, float, float, float, int, str]:
    """(webhook → completed, webhook → first GitHub call, analysis, time spent inside the fake
    GitHub, GitHub calls, conclusion)."""
    with tempfile.TemporaryDirectory() as tmp, world(Path(tmp)) as w:
        w.git.commit_files({"README.md": "# portal\n", "supabase/migrations/0001.sql": "create table t (id int);\n"}, "initial")
        w.git.commit_files(files_for(count), "feature", branch="feat")
        w.git.checkout("main")
        pr = w.fake.open_pull(REPO, "feat")
        event = w.pr_event("opened", pr)
        start = time.monotonic()
        w.deliver("pull_request", event)
        w.work()
        done = [r for r in w.fake.log if r.operation == "checks/update" and (r.body or {}).get("status") == "completed"]
        assert done and not w.fake.violations, w.fake.violations
        log = w.fake.log
        last_fetch = max(i for i, r in enumerate(log) if r.operation in ("git/get-blob", "git/get-tree"))
        analysis = log[last_fetch + 1].at - log[last_fetch].at  # no GitHub call while analyzing
        index = log.index(done[0])
        in_fake = sum(r.took for r in log[: index + 1])
        return (done[0].at - start, log[0].at - start, analysis, in_fake, len(log),
                str(done[0].body["conclusion"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,50")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.INFO)
    one_run(1)  # warm-up: imports, semgrep's first start
    print(f"{'files':>5} {'median s':>9} {'min s':>6} {'max s':>6} {'to 1st call s':>13} "
          f"{'analysis s':>10} {'in fake s':>9} {'GitHub calls':>12} conclusion")
    for size in (int(s) for s in args.sizes.split(",")):
        runs = [one_run(size) for _ in range(args.repeat)]
        times = [r[0] for r in runs]
        first = statistics.median(r[1] for r in runs)
        analysis = statistics.median(r[2] for r in runs)
        in_fake = statistics.median(r[3] for r in runs)
        print(f"{size:>5} {statistics.median(times):>9.2f} {min(times):>6.2f} {max(times):>6.2f} "
              f"{first:>13.2f} {analysis:>10.2f} {in_fake:>9.2f} {runs[0][4]:>12} {runs[0][5]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
