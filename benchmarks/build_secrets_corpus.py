"""Build the labelled secrets corpus: ``tests/corpus/secrets/<case>/`` with ``expected.yaml``.

Each case is a small AI-built app (Next.js + Supabase, FastAPI, Express, a notebook, infra) whose
files are written from templates below. ``@@kind@@`` in a template becomes a fake but
format-valid secret and a label (its line, or the first line of a multi-line key);
``%%kind%%`` becomes a hard negative (a look-alike that is not a secret) and is listed under
``hard_negatives`` in expected.yaml (not scored, counted). Every value comes from a seeded random
generator, so nothing here is a real credential, and rebuilding gives the same bytes.

    python benchmarks/build_secrets_corpus.py [--out tests/corpus/secrets]
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import re
import shutil
import string
import sys
import textwrap
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzers.secrets.checksums import base62

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


class Fakes:
    """Format-valid fake values from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def s(self, n: int, alphabet: str = ALNUM) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def jwt(self, role: str, *, ref: str | None = None) -> str:
        header = {"alg": "HS256", "typ": "JWT"}
        payload = {
            "iss": "supabase",
            "ref": ref or self.s(20, string.ascii_lowercase),
            "role": role,
            "iat": 1718000000 + self.r.randint(0, 10**6),
            "exp": 2033000000 + self.r.randint(0, 10**6),
        }
        enc = [
            base64.urlsafe_b64encode(json.dumps(p, separators=(",", ":")).encode())
            .decode()
            .rstrip("=")
            for p in (header, payload)
        ]
        return f"{enc[0]}.{enc[1]}.{self.s(43, URLSAFE)}"

    def github(self, prefix: str = "ghp_", *, valid: bool = True) -> str:
        body = self.s(30)
        check = base62(zlib.crc32(body.encode()))
        if not valid:
            check = check[:-1] + ("A" if check[-1] != "A" else "B")
        return prefix + body + check

    def pem(self, label: str, lines: int = 25) -> str:
        body = "\n".join(self.s(64, B64) for _ in range(lines)) + "\n" + self.s(40, B64) + "=="
        return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"

    def password(self) -> str:
        words = ["Summer", "Falcon", "Maple", "Harbor", "Tiger", "Orchid", "Copper", "River"]
        return f"{self.r.choice(words)}{self.r.randint(1990, 2025)}{self.r.choice('!#$%&*')}"


def positives(f: Fakes) -> dict[str, Callable[[], str]]:
    return {
        "openai": lambda: f"sk-proj-{f.s(74, URLSAFE)}T3BlbkFJ{f.s(74, URLSAFE)}",
        "openai-svc": lambda: f"sk-svcacct-{f.s(74, URLSAFE)}T3BlbkFJ{f.s(74, URLSAFE)}",
        "openai-legacy": lambda: f"sk-{f.s(20)}T3BlbkFJ{f.s(20)}",
        "anthropic": lambda: f"sk-ant-api03-{f.s(93, URLSAFE)}AA",
        "groq": lambda: f"gsk_{f.s(52)}",
        "openrouter": lambda: f"sk-or-v1-{f.s(64, HEX)}",
        "hf": lambda: f"hf_{f.s(34, string.ascii_letters)}",
        "replicate": lambda: f"r8_{f.s(37)}",
        "langsmith": lambda: f"lsv2_pt_{f.s(32, HEX)}_{f.s(10, HEX)}",
        "pinecone": lambda: f"pcsk_{f.s(5)}_{f.s(60)}",
        "elevenlabs": lambda: f"sk_{f.s(48, HEX)}",
        "gemini": lambda: f"AIza{f.s(35, URLSAFE)}",
        "stripe-live": lambda: f"sk_live_51{f.s(97)}",
        "stripe-restricted": lambda: f"rk_live_51{f.s(97)}",
        "stripe-test": lambda: f"sk_test_51{f.s(97)}",
        "stripe-whsec": lambda: f"whsec_{f.s(32)}",
        "ghp": lambda: f.github("ghp_"),
        "gho": lambda: f.github("gho_"),
        "ghs": lambda: f.github("ghs_"),
        "github-fine": lambda: f"github_pat_11{f.s(20)}_{f.s(59)}",
        "gitlab": lambda: f"glpat-{f.s(20, URLSAFE)}",
        "npm": lambda: f"npm_{f.s(36)}",
        "pypi": lambda: f"pypi-AgEIcHlwaS5vcmc{f.s(120, URLSAFE)}",
        "slack-bot": lambda: f"xoxb-{f.s(11, string.digits)}-{f.s(13, string.digits)}-{f.s(24)}",
        "slack-webhook": lambda: (
            "https://hooks.slack.com/services/"
            f"T{f.s(10, string.ascii_uppercase + string.digits)}/"
            f"B{f.s(10, string.ascii_uppercase + string.digits)}/{f.s(24)}"
        ),
        "discord-bot": lambda: f"MT{f.s(24, URLSAFE)}.{f.s(6, URLSAFE)}.{f.s(38, URLSAFE)}",
        "discord-webhook": lambda: (
            f"https://discord.com/api/webhooks/{f.s(19, string.digits)}/{f.s(68, URLSAFE)}"
        ),
        "telegram": lambda: f"{f.r.randint(10**9, 7 * 10**9)}:AA{f.s(33, URLSAFE)}",
        "twilio-token": lambda: f.s(32, HEX),
        "sendgrid": lambda: f"SG.{f.s(22, URLSAFE)}.{f.s(43, URLSAFE)}",
        "mailgun": lambda: f"key-{f.s(32, HEX)}",
        "resend": lambda: f"re_{f.s(8)}_{f.s(24)}",
        "aws-id": lambda: f"AKIA{f.s(16, string.ascii_uppercase + '234567')}",
        "aws-secret": lambda: f.s(40, B64),
        "aws-session": lambda: f"IQoJb3JpZ2luX2VjE{f.s(300, B64)}",
        "azure-conn": lambda: (
            "DefaultEndpointsProtocol=https;AccountName=acmeportal"
            f"{f.s(4, string.digits)};AccountKey={f.s(86, B64)}==;EndpointSuffix=core.windows.net"
        ),
        "service-role": lambda: f.jwt("service_role"),
        "sbp": lambda: f"sbp_{f.s(40, HEX)}",
        "sb-secret": lambda: f"sb_secret_{f.s(32, URLSAFE)}",
        "vercel": lambda: f.s(24),
        "cloudflare": lambda: f.s(40, URLSAFE),
        "digitalocean": lambda: f"dop_v1_{f.s(64, HEX)}",
        "upstash": lambda: f"AX{f.s(4)}ASQgN{f.s(60)}",
        "sentry-token": lambda: f"sntryu_{f.s(64, HEX)}",
        "clerk": lambda: f"sk_live_{f.s(46)}",
        "random-secret": lambda: f.s(48, URLSAFE),
        "hex-secret": lambda: f.s(64, HEX),
        "eth": lambda: f"0x{f.s(64, HEX)}",
        "password": f.password,
        "basic": lambda: f"backup-bot:{f.s(18)}",
        "xai": lambda: f"xai-{f.s(80)}",
        "pplx": lambda: f"pplx-{f.s(48)}",
        "tavily": lambda: f"tvly-dev-{f.s(32)}",
        "firecrawl": lambda: f"fc-{f.s(32, HEX)}",
        "gocspx": lambda: f"GOCSPX-{f.s(28, URLSAFE)}",
        "shopify": lambda: f"shpat_{f.s(32, HEX)}",
        "notion": lambda: f"ntn_{f.s(46)}",
        "linear": lambda: f"lin_api_{f.s(40)}",
        "mailchimp": lambda: f"{f.s(32, HEX)}-us21",
        "dockerconfig": lambda: base64.b64encode(
            json.dumps(
                {
                    "auths": {
                        "ghcr.io": {
                            "auth": base64.b64encode(f"ci-bot:{f.github('ghp_')}".encode()).decode()
                        }
                    }
                }
            ).encode()
        ).decode(),
        "gmail-app": lambda: " ".join(f.s(4, string.ascii_lowercase) for _ in range(4)),
        "mnemonic": lambda: " ".join(f.r.sample(WORDS, 12)),
        "jwt-apikey": lambda: (
            "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9."
            + base64.urlsafe_b64encode(
                json.dumps({"aud": f.s(8, HEX), "jti": f.s(40, HEX), "sub": "71244"}).encode()
            )
            .decode()
            .rstrip("=")
            + "."
            + f.s(342, URLSAFE)
        ),
        "strong-password": lambda: f.s(20, ALNUM + "!#%^*"),
        "rsa": lambda: f.pem("RSA PRIVATE KEY"),
        "pkcs8": lambda: f.pem("PRIVATE KEY", 16),
        "openssh": lambda: f.pem("OPENSSH PRIVATE KEY", 6),
        "gcp-key": lambda: f.pem("PRIVATE KEY", 16).replace("\n", "\\n"),
    }


def negatives(f: Fakes) -> dict[str, Callable[[], str]]:
    return {
        "anon-jwt": lambda: f.jwt("anon"),
        "pk-live": lambda: f"pk_live_51{f.s(97)}",
        "pk-test": lambda: f"pk_test_51{f.s(97)}",
        "clerk-pk": lambda: f"pk_live_{f.s(40)}",
        "firebase-key": lambda: f"AIza{f.s(35, URLSAFE)}",
        "sentry-dsn": lambda: (
            f"https://{f.s(32, HEX)}@o{f.s(6, string.digits)}.ingest.sentry.io/{f.s(7, string.digits)}"
        ),
        "ga-id": lambda: f"G-{f.s(10, string.ascii_uppercase + string.digits)}",
        "posthog": lambda: f"phc_{f.s(43)}",
        "ghp-bad": lambda: f.github("ghp_", valid=False),
        "uuid": lambda: "-".join(f.s(n, HEX) for n in (8, 4, 4, 4, 12)),
        "sha": lambda: f.s(40, HEX),
        "sha256": lambda: f.s(64, HEX),
        "integrity": lambda: "sha512-" + f.s(86, B64) + "==",
        "twilio-sid": lambda: f"AC{f.s(32, HEX)}",
        "bcrypt": lambda: "$2b$10$" + f.s(53, ALNUM + "./"),
        "pbkdf2": lambda: f"pbkdf2_sha256$600000${f.s(22)}${f.s(43, B64)}=",
        "hex32": lambda: f.s(32, HEX),
        "b64-24": lambda: f.s(24, ALNUM),
    }


WORDS = [
    "orbit",
    "river",
    "stone",
    "cabin",
    "lemon",
    "frost",
    "pilot",
    "amber",
    "vivid",
    "eagle",
    "noble",
    "harbor",
    "maple",
    "tiger",
    "copper",
    "canyon",
    "velvet",
    "glide",
    "summit",
    "lunar",
    "prism",
    "quartz",
    "timber",
    "willow",
]

TOKEN = re.compile(r"@@([\w\-]+)@@|%%([\w\-]+)%%")


def render(template: str, f: Fakes) -> tuple[str, list[int], list[tuple[int, str]]]:
    """(text, positive label lines, (negative line, what))."""
    pos, neg = positives(f), negatives(f)
    out: list[str] = []
    labels: list[int] = []
    hard: list[tuple[int, str]] = []
    cursor = 0
    text = textwrap.dedent(template).lstrip("\n")
    for m in TOKEN.finditer(text):
        out.append(text[cursor : m.start()])
        line = "".join(out).count("\n") + 1
        if m.group(1):
            name = m.group(1)
            value = pos[name.removeprefix("b64-")]()
            if name.startswith("b64-"):
                value = base64.b64encode(value.encode()).decode()
            out.append(value)
            labels.append(line)
        else:
            out.append(neg[m.group(2)]())
            hard.append((line, m.group(2)))
        cursor = m.end()
    out.append(text[cursor:])
    return "".join(out), labels, hard


def mark_negatives(template: str) -> list[tuple[int, str]]:
    """Lines tagged ``# neg: what`` style are hand-written hard negatives (placeholders, refs)."""
    text = textwrap.dedent(template).lstrip("\n")
    return [
        (i, m.group(1))
        for i, line in enumerate(text.split("\n"), start=1)
        for m in [re.search(r"«neg:([\w\- ]+)»", line)]
        if m
    ]


def build(out: Path) -> tuple[int, int]:
    from benchmarks.secrets_cases import CASES

    if out.exists():
        shutil.rmtree(out)
    n_pos = n_neg = 0
    for index, (case, files) in enumerate(sorted(CASES.items())):
        f = Fakes(1000 + index)
        findings = []
        hard = []
        for path, template in files.items():
            text, labels, negs = render(template, f)
            negs += mark_negatives(template)
            text = re.sub(r"[ \t]*«neg:[\w\- ]+»", "", text)
            target = out / case / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            findings += [{"path": path, "line": n, "category": "exposed-secret"} for n in labels]
            lines = {n: w for n, w in sorted(negs, reverse=True)}
            hard += [{"path": path, "line": n, "what": w} for n, w in sorted(lines.items())]
        n_pos += len(findings)
        n_neg += len(hard)
        doc = {"findings": findings, "hard_negatives": hard}
        (out / case / "expected.yaml").write_text(
            "# Generated by benchmarks/build_secrets_corpus.py: fake values, do not edit.\n"
            + json_to_yaml(doc),
            encoding="utf-8",
        )
    return n_pos, n_neg


def json_to_yaml(doc: dict[str, list[dict[str, object]]]) -> str:
    lines = []
    for key, items in doc.items():
        lines.append(f"{key}:" + (" []" if not items else ""))
        for item in items:
            inner = ", ".join(f"{k}: {json.dumps(v)}" for k, v in item.items())
            lines.append(f"  - {{{inner}}}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--out", type=Path, default=root / "tests" / "corpus" / "secrets")
    args = parser.parse_args(argv)
    n_pos, n_neg = build(args.out)
    print(f"{args.out}: {n_pos} labelled secrets, {n_neg} hard negatives")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
