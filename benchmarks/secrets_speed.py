"""Time to scan 1,000 changed files for secrets: Rescue's analyzer vs plain detect-secrets.

Generates realistic files (Next.js route handlers and components, Python services, CI YAML,
``.env`` files, docs, JSON config; 60-250 lines each, a fake secret in about one file in
twenty) into a temporary folder, then times, in this process:

- ours: ``SecretsAnalyzer.analyze`` over a workspace of those files (reading included);
- plain: detect-secrets 1.5.0 ``scan_file`` on each file with its default plugins and filters.

    python benchmarks/secrets_speed.py [--files 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import random
import string
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detect_secrets.core.scan import scan_file
from detect_secrets.settings import default_settings

from analyzers.options import AnalyzerOptions
from analyzers.secrets import SecretsAnalyzer
from analyzers.workspace import build_workspace

_R = random.Random(7)
_ALNUM = string.ascii_letters + string.digits


def _s(n: int) -> str:
    return "".join(_R.choice(_ALNUM) for _ in range(n))


def _route(i: int) -> str:
    body = [
        "import { NextResponse } from 'next/server'",
        "import { createClient } from '@/lib/supabase/server'",
        "",
        "export async function GET(req: Request, { params }: { params: { id: string } }) {",
        "  const supabase = createClient()",
        "  const { data: { user } } = await supabase.auth.getUser()",
        "  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })",
    ]
    for j in range(_R.randint(10, 40)):
        body += [
            f"  const {{ data: rows{j}, error: err{j} }} = await supabase",
            f"    .from('table_{j % 7}').select('id, name, created_at').eq('owner_id', user.id)",
            f"  if (err{j}) return NextResponse.json({{ error: err{j}.message }}, {{ status: 500 }})",
            f"  const token{j} = req.headers.get('x-request-token') ?? ''",
        ]
    body += ["  return NextResponse.json({ ok: true })", "}"]
    return "\n".join(body)


def _component(i: int) -> str:
    body = ["'use client'", "import { useState, useEffect } from 'react'", ""]
    body.append(f"export default function Panel{i}() {{")
    for j in range(_R.randint(15, 60)):
        body += [
            f"  const [value{j}, setValue{j}] = useState<string>('')",
            f"  useEffect(() => {{ fetch('/api/items/{j}').then(r => r.json()).then(setValue{j}) }}, [])",
        ]
    body += ['  return <div className="p-4 text-sm text-gray-700">{value0}</div>', "}"]
    return "\n".join(body)


def _python(i: int) -> str:
    body = ["import os", "from fastapi import APIRouter, Depends", "", "router = APIRouter()", ""]
    for j in range(_R.randint(10, 40)):
        body += [
            f'@router.get("/items/{{item_id}}/part{j}")',
            f"async def read_{j}(item_id: int, user=Depends(current_user)):",
            f'    api_key = os.environ["SERVICE_{j}_API_KEY"]',
            "    row = await db.fetch_one(query, {'id': item_id, 'owner': user.id})",
            "    return {'id': row['id'], 'name': row['name']}",
            "",
        ]
    return "\n".join(body)


def _yaml(i: int) -> str:
    body = [
        "name: ci",
        "on: [push, pull_request]",
        "jobs:",
        "  test:",
        "    runs-on: ubuntu-latest",
    ]
    body += [
        "    env:",
        "      NODE_ENV: test",
        "      API_TOKEN: ${{ secrets.API_TOKEN }}",
        "    steps:",
    ]
    for j in range(_R.randint(10, 40)):
        body += [f"      - name: step {j}", f"        run: npm run task-{j} -- --shard={j}/40"]
    return "\n".join(body)


def _env(i: int) -> str:
    lines = [f"NEXT_PUBLIC_SITE_URL=https://app{i}.example.com", "NODE_ENV=production"]
    for j in range(_R.randint(20, 60)):
        lines.append(f"FEATURE_{j}_ENABLED={'true' if j % 2 else 'false'}")
        lines.append(f"SERVICE_{j}_URL=https://svc{j}.internal:8080")
    return "\n".join(lines)


def _markdown(i: int) -> str:
    body = [f"# Service {i}", ""]
    for j in range(_R.randint(20, 80)):
        body.append(
            f"Step {j}: run `npm run build` and set `API_URL` to the staging URL, then deploy."
        )
    return "\n".join(body)


def _json(i: int) -> str:
    rows = [
        f'  "key{j}": {{"id": "{_s(24)}", "enabled": true, "weight": {j}}}'
        for j in range(_R.randint(20, 80))
    ]
    return "{\n" + ",\n".join(rows) + "\n}"


_KINDS = (
    ("app/api/r{i}/route.ts", _route),
    ("components/Panel{i}.tsx", _component),
    ("services/svc{i}.py", _python),
    (".github/workflows/ci{i}.yml", _yaml),
    ("config/app{i}.env", _env),
    ("docs/svc{i}.md", _markdown),
    ("config/flags{i}.json", _json),
)


def generate(root: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        pattern, make = _KINDS[i % len(_KINDS)]
        path = pattern.format(i=i)
        text = make(i)
        if i % 20 == 0:
            text += f"\nSTRIPE_SECRET_KEY=sk_live_51{_s(97)}\n"
        full = root / path
        full.parent.mkdir(parents=True, exist_ok=True)
        full.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def time_ours(root: Path, paths: list[str]) -> tuple[float, int]:
    workspace = build_workspace(root, paths)
    started = time.perf_counter()
    result = SecretsAnalyzer(AnalyzerOptions()).analyze(workspace)
    return time.perf_counter() - started, len(result.findings)


def time_plain(root: Path, paths: list[str]) -> tuple[float, int]:
    cwd = os.getcwd()
    os.chdir(root)
    try:
        started = time.perf_counter()
        found = 0
        with default_settings():
            for path in paths:
                found += sum(1 for _ in scan_file(path))
        return time.perf_counter() - started, found
    finally:
        os.chdir(cwd)


def time_worst_case() -> float:
    """One file of the largest size analyzed (1 MB), a single run of word characters: the shape
    that makes naive key/value patterns quadratic (minified bundles, embedded blobs)."""
    from analyzers.secrets.scanner import scan_text

    text = ("a" * 999_000) + "\n"
    started = time.perf_counter()
    scan_text("bundle.js", text)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = generate(root, args.files)
        lines = sum((root / p).read_text().count("\n") for p in paths)
        ours = min(time_ours(root, paths) for _ in range(args.repeat))
        plain = min(time_plain(root, paths) for _ in range(args.repeat))
    print(f"{args.files} files, {lines} lines (best of {args.repeat})")
    print(f"  rescue secrets analyzer : {ours[0]:6.2f} s  ({ours[1]} findings)")
    print(f"  plain detect-secrets    : {plain[0]:6.2f} s  ({plain[1]} secrets)")
    print(f"  ratio ours / plain      : {ours[0] / plain[0]:6.2f}")
    worst = time_worst_case()
    print(f"  worst case, ours        : {worst:6.2f} s for one 1 MB file without line breaks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
