"""The secrets analyzer on real files with real detect-secrets: each provider format found, its
look-alike left alone, and the context rules (JWT role, checksums, PEM lines, .env, browser)."""

from __future__ import annotations

import base64
import zlib
from pathlib import Path

import pytest

from analyzers.findings import Finding, Severity
from analyzers.options import AnalyzerOptions
from analyzers.secrets import SecretsAnalyzer, jwt
from analyzers.secrets.checksums import base62, valid_github_token
from analyzers.secrets.plugins import PLUGINS
from analyzers.workspace import build_workspace
from benchmarks.build_secrets_corpus import Fakes, negatives, positives

F = Fakes(4242)
POS = positives(F)
NEG = negatives(F)


def scan(tmp_path: Path, files: dict[str, str]) -> list[Finding]:
    for path, text in files.items():
        full = tmp_path / path
        full.parent.mkdir(parents=True, exist_ok=True)
        full.write_text(text, encoding="utf-8")
    workspace = build_workspace(tmp_path, list(files))
    result = SecretsAnalyzer(AnalyzerOptions()).analyze(workspace)
    assert result.errors == ()
    return sorted(result.findings, key=lambda f: (f.path, f.line))


# (name in the code, generator, expected rule id)
PROVIDERS = [
    ("OPENAI_API_KEY", "openai", "secrets.openai-key"),
    ("OPENAI_KEY", "openai-svc", "secrets.openai-key"),
    ("OPENAI_LEGACY", "openai-legacy", "secrets.openai-key"),
    ("ANTHROPIC_API_KEY", "anthropic", "secrets.anthropic-key"),
    ("GROQ_API_KEY", "groq", "secrets.groq-key"),
    ("OPENROUTER_API_KEY", "openrouter", "secrets.openrouter-key"),
    ("HF_TOKEN", "hf", "secrets.huggingface-token"),
    ("REPLICATE_API_TOKEN", "replicate", "secrets.replicate-token"),
    ("LANGSMITH_API_KEY", "langsmith", "secrets.langsmith-key"),
    ("PINECONE_API_KEY", "pinecone", "secrets.pinecone-key"),
    ("ELEVENLABS_API_KEY", "elevenlabs", "secrets.elevenlabs-key"),
    ("GEMINI_API_KEY", "gemini", "secrets.google-api-key"),
    ("STRIPE_SECRET_KEY", "stripe-live", "secrets.stripe-secret-key"),
    ("STRIPE_RESTRICTED", "stripe-restricted", "secrets.stripe-restricted-key"),
    ("STRIPE_WEBHOOK_SECRET", "stripe-whsec", "secrets.stripe-webhook-secret"),
    ("GH_TOKEN", "ghp", "secrets.github-token"),
    ("GH_OAUTH", "gho", "secrets.github-token"),
    ("GH_APP", "ghs", "secrets.github-token"),
    ("GH_FINE", "github-fine", "secrets.github-token"),
    ("GITLAB_TOKEN", "gitlab", "secrets.gitlab-token"),
    ("NPM_TOKEN", "npm", "secrets.npm-token"),
    ("PYPI_TOKEN", "pypi", "secrets.pypi-token"),
    ("SLACK_BOT_TOKEN", "slack-bot", "secrets.slack-token"),
    ("SLACK_WEBHOOK_URL", "slack-webhook", "secrets.slack-webhook"),
    ("DISCORD_BOT_TOKEN", "discord-bot", "secrets.discord-token"),
    ("DISCORD_WEBHOOK", "discord-webhook", "secrets.discord-webhook"),
    ("TELEGRAM_BOT_TOKEN", "telegram", "secrets.telegram-token"),
    ("TWILIO_AUTH_TOKEN", "twilio-token", "secrets.twilio-token"),
    ("SENDGRID_API_KEY", "sendgrid", "secrets.sendgrid-key"),
    ("MAILGUN_API_KEY", "mailgun", "secrets.mailgun-key"),
    ("RESEND_API_KEY", "resend", "secrets.resend-key"),
    ("AWS_ACCESS_KEY_ID", "aws-id", "secrets.aws-access-key"),
    ("AWS_SECRET_ACCESS_KEY", "aws-secret", "secrets.aws-secret-key"),
    ("AWS_SESSION_TOKEN", "aws-session", "secrets.aws-session-token"),
    ("AZURE_STORAGE_CONNECTION_STRING", "azure-conn", "secrets.azure-storage-key"),
    ("SUPABASE_SERVICE_ROLE_KEY", "service-role", "secrets.supabase-service-role"),
    ("SUPABASE_ACCESS_TOKEN", "sbp", "secrets.supabase-access-token"),
    ("SUPABASE_SECRET_KEY", "sb-secret", "secrets.supabase-secret-key"),
    ("VERCEL_TOKEN", "vercel", "secrets.vercel-token"),
    ("CLOUDFLARE_API_TOKEN", "cloudflare", "secrets.cloudflare-token"),
    ("DIGITALOCEAN_TOKEN", "digitalocean", "secrets.digitalocean-token"),
    ("UPSTASH_REDIS_REST_TOKEN", "upstash", "secrets.upstash-token"),
    ("SENTRY_AUTH_TOKEN", "sentry-token", "secrets.sentry-token"),
    ("CLERK_SECRET_KEY", "clerk", "secrets.clerk-secret-key"),
    ("DEPLOYER_PRIVATE_KEY", "eth", "secrets.ethereum-private-key"),
    ("SESSION_SECRET", "random-secret", "secrets.generic-secret"),
    ("ADMIN_PASSWORD", "password", "secrets.password"),
    ("SMTP_PASSWORD", "strong-password", "secrets.password"),
]


@pytest.mark.parametrize(("name", "gen", "rule"), PROVIDERS, ids=[p[1] for p in PROVIDERS])
def test_provider_found_in_env_file_unquoted(
    tmp_path: Path, name: str, gen: str, rule: str
) -> None:
    value = POS[gen]()
    findings = scan(tmp_path, {".env": f"# production\n{name}={value}\n"})
    assert [(f.rule_id, f.line, f.category) for f in findings] == [(rule, 2, "exposed-secret")]
    assert value not in findings[0].message


# Look-alikes that are not secrets, each in the place it usually sits.
LOOKALIKES = [
    ("anon JWT", ".env", f"NEXT_PUBLIC_SUPABASE_ANON_KEY={NEG['anon-jwt']()}\n"),
    ("anon JWT in code", "lib/db.ts", f"const anonKey = '{NEG['anon-jwt']()}'\n"),
    ("publishable key", ".env", f"NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY={NEG['pk-live']()}\n"),
    ("clerk publishable", ".env", f"NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY={NEG['clerk-pk']()}\n"),
    (
        "firebase apiKey",
        "src/firebase.ts",
        f"const firebaseConfig = {{\n  apiKey: '{NEG['firebase-key']()}',\n"
        "  authDomain: 'shop-1.firebaseapp.com',\n}\n",
    ),
    ("sentry dsn", "sentry.client.config.ts", f"Sentry.init({{ dsn: '{NEG['sentry-dsn']()}' }})\n"),
    ("analytics id", ".env", f"NEXT_PUBLIC_GA_ID={NEG['ga-id']()}\n"),
    ("posthog key", ".env", f"NEXT_PUBLIC_POSTHOG_KEY={NEG['posthog']()}\n"),
    ("bad github checksum", "tests/fixtures.py", f"TOKEN = '{NEG['ghp-bad']()}'\n"),
    ("uuid", "config.py", f"PROJECT_API_KEY_ID = '{NEG['uuid']()}'\n"),
    ("commit sha", "ci.yml", f"      - uses: actions/checkout@{NEG['sha']()}\n"),
    ("lockfile integrity", "package-lock.json", f'"integrity": "{NEG["integrity"]()}"\n'),
    ("twilio account sid", "sms.js", f"const accountSid = '{NEG['twilio-sid']()}'\n"),
    ("bcrypt hash", "seed.sql", f"insert into admins values ('a@b.co', '{NEG['bcrypt']()}');\n"),  # noqa: S608
    ("aws doc example", "creds", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"),
    (
        "aws doc secret",
        "creds",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    ),
    ("placeholder", ".env", "OPENAI_API_KEY=sk-proj-your-key-here\n"),
    ("xxxx placeholder", ".env", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n"),
    (
        "masked",
        "README.md",
        "Use `STRIPE_SECRET_KEY=sk_live_****************` from the dashboard\n",
    ),
    ("angle placeholder", ".env", "ANTHROPIC_API_KEY=<your-anthropic-key>\n"),
    ("template", "compose.yml", "      - API_TOKEN=${API_TOKEN}\n"),
    ("actions secret", "ci.yml", "      STRIPE_KEY: ${{ secrets.STRIPE_KEY }}\n"),
    ("process.env", "route.ts", "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)\n"),
    ("os.environ", "app.py", 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n'),
    ("variable in code", "app.py", "client = OpenAI(api_key=settings.openai_api_key)\n"),
    ("changeme", ".env", "JWT_SECRET=change-me-in-production\n"),
    ("dev db url", ".env", "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app\n"),
    ("compose default", "docker-compose.yml", "      POSTGRES_PASSWORD: postgres\n"),
    ("identifier", "auth.ts", "const tokenStorageKey = 'supabase_auth_token_storage_key'\n"),
    ("header name", "api.py", 'API_KEY_HEADER = "x-api-key"\n'),
    ("password field name", "form.tsx", "const passwordField = 'password_confirmation'\n"),
    ("test fixture password", "tests/test_login.py", 'login(password="hunter2hunter2")\n'),
    ("tx hash", "scripts/verify.js", f"const TX_HASH = '0x{NEG['sha256']()}'\n"),
    (
        "docs PEM",
        "docs/keys.md",
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n",
    ),
    (
        "azurite key",
        "local.env",
        "AZURE=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==\n",
    ),
    (
        "supabase local demo key",
        "supabase/.env",
        "SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU\n",
    ),
    ("bearer template", "api.ts", "headers: { Authorization: `Bearer ${session.access_token}` }\n"),
    ("k8s secret placeholder", "secret.yaml", "kind: Secret\ndata:\n  TOKEN: Y2hhbmdlbWU=\n"),
]


@pytest.mark.parametrize(("what", "path", "text"), LOOKALIKES, ids=[x[0] for x in LOOKALIKES])
def test_lookalike_is_not_a_finding(tmp_path: Path, what: str, path: str, text: str) -> None:
    assert scan(tmp_path, {path: text}) == []


def test_supabase_jwt_role_decides(tmp_path: Path) -> None:
    anon, service = F.jwt("anon"), F.jwt("service_role")
    assert (jwt.role(anon), jwt.role(service), jwt.role("eyJx.eyJ.y")) == (
        "anon",
        "service_role",
        None,
    )
    findings = scan(
        tmp_path,
        {
            ".env": f"NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}\nSUPABASE_KEY={service}\n",
            # the classic mistake: a service_role key under a public (browser) name
            "app.env": f"NEXT_PUBLIC_SUPABASE_ANON_KEY={service}\n",
        },
    )
    assert [(f.path, f.line, f.rule_id, f.severity) for f in findings] == [
        (".env", 2, "secrets.supabase-service-role", Severity.CRITICAL),
        ("app.env", 1, "secrets.supabase-service-role", Severity.CRITICAL),
    ]
    assert "browser" in findings[1].message


def test_github_checksum_is_validated() -> None:
    body = "A" * 10 + "b7Kq9ZxW3mP2vL8nR4tY6uE1"[:20]
    good = "ghp_" + body + base62(zlib.crc32(body.encode()))
    assert valid_github_token(good)
    assert not valid_github_token(good[:-1] + ("x" if good[-1] != "x" else "y"))
    assert not valid_github_token("ghp_" + body + "000000")


def test_pem_block_points_at_first_line_and_ends_at_last(tmp_path: Path) -> None:
    key = F.pem("RSA PRIVATE KEY", 10)
    findings = scan(tmp_path, {"deploy/server.key": f"# deploy key\n{key}\n"})
    assert [(f.rule_id, f.line, f.end_line) for f in findings] == [("secrets.private-key", 2, 14)]
    openssh = F.pem("OPENSSH PRIVATE KEY", 5)
    pkcs8 = F.pem("PRIVATE KEY", 5)
    findings = scan(tmp_path, {"a/id": openssh, "b/key.pem": pkcs8})
    assert [(f.path, f.line, f.end_line) for f in findings] == [("a/id", 1, 8), ("b/key.pem", 1, 8)]


def test_gcp_service_account_json(tmp_path: Path) -> None:
    key = F.pem("PRIVATE KEY", 16).replace("\n", "\\n")
    text = (
        '{\n  "type": "service_account",\n  "project_id": "acme",\n'
        f'  "private_key": "{key}\\n",\n'
        '  "client_email": "svc@acme.iam.gserviceaccount.com"\n}\n'
    )
    findings = scan(tmp_path, {"sa.json": text})
    assert [(f.rule_id, f.line) for f in findings] == [("secrets.gcp-service-account", 4)]


def test_env_unquoted_and_quoted_values(tmp_path: Path) -> None:
    a, b = POS["stripe-live"](), POS["random-secret"]()
    findings = scan(
        tmp_path, {".env.production": f'STRIPE_SECRET_KEY={a}\nexport JWT_SECRET="{b}"\n'}
    )
    assert [f.line for f in findings] == [1, 2]


def test_browser_code_is_more_severe_and_test_mode_is_low(tmp_path: Path) -> None:
    key, test_key = POS["openai"](), POS["stripe-test"]()
    findings = scan(
        tmp_path,
        {
            "app/api/chat/route.ts": f"const openai = new OpenAI({{ apiKey: '{key}' }})\n",
            "components/Chat.tsx": f"'use client'\nconst openai = new OpenAI({{ apiKey: '{key}' }})\n",
            "lib/pay.ts": f"const stripe = new Stripe('{test_key}')\n",
        },
    )
    by_path = {f.path: f.severity for f in findings}
    assert by_path == {
        "app/api/chat/route.ts": Severity.HIGH,
        "components/Chat.tsx": Severity.CRITICAL,
        "lib/pay.ts": Severity.LOW,
    }


def test_passwords_in_urls_compose_terraform_k8s_and_sql(tmp_path: Path) -> None:
    pw = POS["strong-password"]()
    human = F.password()
    secret_yaml = (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n"
        "  username: YXBw\n"
        f"  password: {base64.b64encode(pw.encode()).decode()}\n"
    )
    findings = scan(
        tmp_path,
        {
            "db.py": f'DATABASE_URL = "postgresql://app:{pw}@db.prod.acme.io:5432/app"\n',
            "docker-compose.yml": f"services:\n  mail:\n    environment:\n      - SMTP_PASSWORD={human}\n",
            "variables.tf": f'variable "db_password" {{\n  type = string\n  default = "{pw}"\n}}\n',
            "k8s/secret.yaml": secret_yaml,
            "migrations/001.sql": f"create role reporting with login password '{pw}';\n",
            "admin.js": f"if (password === '{human}') grantAdmin()\n",
        },
    )
    assert [(f.path, f.line) for f in findings] == [
        ("admin.js", 1),
        ("db.py", 1),
        ("docker-compose.yml", 4),
        ("k8s/secret.yaml", 7),
        ("migrations/001.sql", 1),
        ("variables.tf", 3),
    ]


def test_notebook_and_markdown_count_like_code(tmp_path: Path) -> None:
    key, hf = POS["openai"](), POS["hf"]()
    notebook = (
        '{"cells": [{"cell_type": "code", "source": [\n'
        f'    "os.environ[\\"OPENAI_API_KEY\\"] = \\"{key}\\"\\n",\n'
        '    "x = 1\\n"\n]}]}\n'
    )
    findings = scan(tmp_path, {"nb.ipynb": notebook, "README.md": f"Token: `HF_TOKEN={hf}`\n"})
    assert [(f.path, f.line) for f in findings] == [("README.md", 1), ("nb.ipynb", 2)]


def test_bearer_basic_and_query_string_keys(tmp_path: Path) -> None:
    token, key = POS["random-secret"](), POS["hex-secret"]()
    basic = base64.b64encode(f"bot:{POS['strong-password']()}".encode()).decode()
    findings = scan(
        tmp_path,
        {
            "api.ts": (
                f"fetch(u, {{ headers: {{ Authorization: 'Bearer {token}' }} }})\n"
                f"fetch(`https://api.example.org/w?q=${{city}}&appid={key}`)\n"
                f'const auth = "Basic {basic}"\n'
            )
        },
    )
    assert [f.line for f in findings] == [1, 2, 3]


def test_one_finding_per_line(tmp_path: Path) -> None:
    line = f"aws_access_key_id={POS['aws-id']()} aws_secret_access_key={POS['aws-secret']()}\n"
    assert len(scan(tmp_path, {"creds.sh": line})) == 1


def test_plugins_work_inside_detect_secrets() -> None:
    """Our plugins are detect-secrets plugins: ``analyze_line`` (its own entry point) yields
    the secret and nothing for the look-alike."""
    by_type = {p.secret_type: p for p in PLUGINS}
    token, bad = F.github("ghp_"), NEG["ghp-bad"]()
    found = by_type["GitHub token"].analyze_line(
        filename="x.py", line=f"t = '{token}'", line_number=1
    )
    assert [s.secret_value for s in found] == [token]
    assert (
        by_type["GitHub token"].analyze_line(filename="x.py", line=f"t = '{bad}'", line_number=1)
        == set()
    )


def test_plugin_file_runs_in_detect_secrets_own_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``detect-secrets scan --plugin analyzers/secrets/plugins.py``: detect-secrets loads our
    plugin file itself and its scan reports the service_role key, not the anon key."""
    from detect_secrets.core.secrets_collection import SecretsCollection
    from detect_secrets.settings import transient_settings

    plugin_file = Path(__file__).resolve().parent.parent / "analyzers" / "secrets" / "plugins.py"
    (tmp_path / "app.env").write_text(
        f"SUPABASE_ANON_KEY={F.jwt('anon')}\nSUPABASE_SERVICE_ROLE_KEY={F.jwt('service_role')}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    plugins = [{"name": "SupabasePlugin", "path": f"file://{plugin_file}"}]
    with transient_settings({"plugins_used": plugins, "filters_used": []}):
        found = SecretsCollection()
        found.scan_file("app.env")
    assert [(s.type, s.line_number) for s in found["app.env"]] == [("Supabase key", 2)]
