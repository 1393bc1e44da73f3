"""Webhook acknowledgement latency under a sustained load of signed deliveries.

Starts a real `rescue serve` (uvicorn, 127.0.0.1 only) against a dedicated Redis database, then
for each rate sends signed `pull_request.synchronize` deliveries (each a new commit, so each is
verified, deduped, routed and enqueued) on a fixed schedule for a few seconds, and reports the
latency of the answers: p50, p99 and max, with the rate actually achieved. Bounded: at most
RATE x SECONDS deliveries per step, every request times out after 5 s. The load generator shares
the machine's cores with the server, so the figures are a floor for a dedicated host.

    python benchmarks/webhook_load.py [--rates 50,200,500,1000] [--seconds 5] [--workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from redis import Redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakegithub import payloads  # noqa: E402
from webhooks.signature import sign  # noqa: E402

REDIS_DB = 14
SECRET = "bench-secret"  # noqa: S105 - a throwaway secret for a local benchmark
MAX_DELIVERIES = 20_000


def private_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def deliveries(n: int) -> list[tuple[bytes, dict[str, str]]]:
    """Pre-signed bodies: signing is GitHub's cost, not ours."""
    template = payloads.pull_request(
        "synchronize", "acme/portal", 5, 77, number=3, head=("feat", "0" * 40), base=("main", "1" * 40)
    )
    out = []
    for _ in range(n):
        template["pull_request"]["head"]["sha"] = secrets.token_hex(20)
        body = json.dumps(template).encode()
        out.append((body, {
            "Content-Type": "application/json",
            "X-GitHub-Event": "pull_request",
            "X-GitHub-Delivery": secrets.token_hex(16),
            "X-Hub-Signature-256": sign(SECRET, body),
        }))
    return out


class Pool:
    """Keep-alive HTTP/1.1 connections writing pre-built requests: a load generator light
    enough that, on a shared 2-core machine, the server and not the client is what is measured."""

    def __init__(self, host: str, port: int, size: int) -> None:
        self.host, self.port, self.size = host, port, size
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.opened = 0

    async def request(self, raw: bytes) -> int:
        if self.idle:
            conn = self.idle.pop()
        else:
            self.opened += 1
            conn = await asyncio.open_connection(self.host, self.port)
        reader, writer = conn
        writer.write(raw)
        status_line = await reader.readline()
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length:
            await reader.readexactly(length)
        if len(self.idle) < self.size:
            self.idle.append(conn)
        else:
            writer.close()
        return int(status_line.split()[1])


def raw_request(path: str, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    method = "POST" if body else "GET"
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def step(port: int, rate: int, seconds: float, *, probe: bool = False) -> dict[str, float]:
    """Open loop: delivery i leaves at start + i/rate whatever happened to the others.
    ``probe``: GET /healthz on the same schedule, the floor set by the client and HTTP."""
    count = min(int(rate * seconds), MAX_DELIVERIES)
    if probe:
        prepared = [raw_request("/healthz")] * count
        expected = 200
    else:
        prepared = [raw_request("/webhooks/github", b, h) for b, h in deliveries(count)]
        expected = 202
    pool = Pool("127.0.0.1", port, size=512)
    latencies: list[float] = []
    errors = 0

    async def send(raw: bytes) -> None:
        nonlocal errors
        t0 = time.perf_counter()
        try:
            status = await asyncio.wait_for(pool.request(raw), timeout=5.0)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            errors += 1
            return
        latencies.append((time.perf_counter() - t0) * 1000)
        if status != expected:
            errors += 1

    tasks = []
    start = time.perf_counter()
    for i, raw in enumerate(prepared):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(send(raw)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "rate": rate,
        "sent": count,
        "achieved": count / elapsed,
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("nan"),
        "max": latencies[-1] if latencies else float("nan"),
        "errors": errors,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", default="50,200,500,1000")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=1, help="rescue serve --workers")
    args = parser.parse_args()
    rates = [int(r) for r in args.rates.split(",")]

    redis = Redis.from_url(f"redis://127.0.0.1:6379/{REDIS_DB}")
    redis.flushdb()
    env = {
        **os.environ,
        "GITHUB_APP_ID": "4242",
        "GITHUB_PRIVATE_KEY": private_key(),
        "GITHUB_WEBHOOK_SECRET": SECRET,
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "RESCUE_QUEUE": "bench",
        "RESCUE_REDIS_PREFIX": "bench",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port", str(args.port),
         "--workers", str(args.workers)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(url + "/healthz", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            print("rescue serve did not start", file=sys.stderr)
            return 1
        asyncio.run(step(args.port, 50, 1.0))  # warm-up
        print(f"{'rate/s':>7} {'request':>8} {'sent':>6} {'achieved/s':>10} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'errors':>6}")
        for rate in rates:
            for probe in (True, False):
                r = asyncio.run(step(args.port, rate, args.seconds, probe=probe))
                what = "healthz" if probe else "webhook"
                print(f"{r['rate']:>7} {what:>8} {r['sent']:>6} {r['achieved']:>10.0f} {r['p50']:>7.2f} "
                      f"{r['p99']:>7.2f} {r['max']:>7.1f} {r['errors']:>6}")
        jobs = redis.llen("rq:queue:bench")
        print(f"jobs queued: {jobs}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        redis.flushdb()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
