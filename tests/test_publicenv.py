"""Server secrets under public env prefixes in dotenv files, on real files through the pipeline."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from analyzers.publicenv import PublicEnvAnalyzer, exposures, is_env_file
from analyzers.workspace import build_workspace


def _jwt(role: str) -> str:
    def part(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part({'iss': 'supabase', 'role': role})}.c2lnbmF0dXJl"


SERVICE_JWT = _jwt("service_role")
ANON_JWT = _jwt("anon")
LIVE_KEY = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"  # pragma: allowlist secret

ENV = f"""# Supabase
NEXT_PUBLIC_SUPABASE_URL=https://abcd.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY={ANON_JWT}
NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY={SERVICE_JWT}
SUPABASE_SERVICE_ROLE_KEY={SERVICE_JWT}
NEXT_PUBLIC_SUPABASE_KEY="{SERVICE_JWT}"
export VITE_OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz012345
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51Habcdefghijklmnop
NEXT_PUBLIC_PAYMENTS_KEY={LIVE_KEY}
VITE_FIREBASE_API_KEY=AIzaSyA-abcdefghijklmnopqrstuvwxyz12345
NEXT_PUBLIC_ANTHROPIC_API_KEY=your-anthropic-key
REACT_APP_RESEND_API_KEY=re_123456789_abcdefghijklmnop
"""


def test_finds_names_and_values_that_are_server_secrets() -> None:
    found = {(e.line, e.name) for e in exposures(ENV)}
    assert found == {
        (4, "NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY"),
        (6, "NEXT_PUBLIC_SUPABASE_KEY"),  # the name looks harmless; the JWT's role is service_role
        (7, "VITE_OPENAI_API_KEY"),
        (9, "NEXT_PUBLIC_PAYMENTS_KEY"),  # a live payment key whatever it is called
        (12, "REACT_APP_RESEND_API_KEY"),
    }


def test_env_file_names() -> None:
    assert all(is_env_file(p) for p in (".env", ".env.local", "web/.env.production.local"))
    assert not any(is_env_file(p) for p in ("env.ts", ".envrc.md", "src/dotenv.js", "a/.environment"))


def test_findings_never_carry_the_value(tmp_path: Path) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / ".env.local").write_text(ENV)
    (tmp_path / "notes.txt").write_text(ENV)  # not a dotenv file
    result = PublicEnvAnalyzer().analyze(build_workspace(tmp_path))
    assert result.errors == ()
    assert {f.path for f in result.findings} == {"web/.env.local"}
    assert {f.category for f in result.findings} == {"client-secret-exposure"}
    for f in result.findings:
        for secret in (SERVICE_JWT, LIVE_KEY, "sk-proj-abcdefghijklmnopqrstuvwxyz012345"):
            assert secret not in f.message and secret[:12] not in f.message
            assert secret not in f.fingerprint
    lines = sorted(f.line for f in result.findings)
    assert lines == [4, 6, 7, 9, 12]
