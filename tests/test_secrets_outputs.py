"""A secret value never appears in any output: findings, the four report formats, the logs;
and secrets a change deletes are reported as still in history."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from analyzers.findings import Finding
from analyzers.workspace import build_workspace
from benchmarks.build_secrets_corpus import Fakes, positives
from bot.config import RepoConfig
from bot.difffilter import FilterMode
from bot.localscan import Target, workspace_for
from bot.pipeline import run_scan
from bot.reporters import FORMATS, get_reporter
from tests.helpers import GitRepo

F = Fakes(777)
P = positives(F)


def _fixture(root: Path) -> list[str]:
    """A small app full of secrets; returns every value written."""
    values = {
        k: P[k]()
        for k in (
            "openai",
            "anthropic",
            "stripe-live",
            "service-role",
            "ghp",
            "aws-id",
            "aws-secret",
            "slack-webhook",
            "password",
            "strong-password",
            "rsa",
            "eth",
            "sendgrid",
        )
    }
    files = {
        ".env": (
            f"OPENAI_API_KEY={values['openai']}\nANTHROPIC_API_KEY={values['anthropic']}\n"
            f"STRIPE_SECRET_KEY={values['stripe-live']}\nSUPABASE_SERVICE_ROLE_KEY={values['service-role']}\n"
            f"ADMIN_PASSWORD={values['password']}\n"
        ),
        "components/Chat.tsx": f"'use client'\nconst gh = '{values['ghp']}'\nconst hook = '{values['slack-webhook']}'\n",
        "deploy/creds": f"aws_access_key_id = {values['aws-id']}\naws_secret_access_key = {values['aws-secret']}\n",
        "db.py": f'URL = "postgresql://app:{values["strong-password"]}@db.acme.io/app"\nSG = "{values["sendgrid"]}"\n',
        "deploy/key.pem": values["rsa"] + "\n",
        "hardhat.config.js": f"const PRIVATE_KEY = '{values['eth']}'\n",
    }
    for path, text in files.items():
        full = root / path
        full.parent.mkdir(parents=True, exist_ok=True)
        full.write_text(text, encoding="utf-8")
    return list(values.values())


def _leaks(text: str, values: list[str]) -> list[str]:
    """Values (or any 12-character slice of one past its first four characters) in ``text``."""
    leaked = []
    for v in values:
        body = v.replace("\n", "")
        slices = {body[i : i + 12] for i in range(4, max(5, len(body) - 12), 6)}
        if v in text or any(s in text for s in slices if len(s) == 12):
            leaked.append(v[:4])
    return leaked


def test_no_secret_value_in_any_output_or_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    values = _fixture(tmp_path)
    assert _leaks(f"x {values[0][3:40]} y", values) != []  # the check itself can fail
    caplog.set_level(logging.DEBUG)
    workspace = build_workspace(tmp_path)
    result = run_scan(workspace, RepoConfig(), mode=FilterMode.NOFILTER)
    secrets = [f for f in result.findings if f.category == "exposed-secret"]
    assert len(secrets) == 13  # every planted value was found, one finding per line
    for f in secrets:
        assert _leaks(repr(f), values) == []
        assert "…" in f.message and "Rotate it" in f.message
    for fmt in FORMATS:
        output = get_reporter(fmt).render(result)
        assert "…" in output, fmt
        assert _leaks(output, values) == [], fmt
    assert _leaks(caplog.text, values) == []


def _history_repo(tmp_path: Path) -> tuple[GitRepo, str, str]:
    repo = GitRepo(tmp_path / "repo")
    key, token = P["stripe-live"](), P["openai"]()
    repo.write(
        "lib/stripe.ts",
        "import Stripe from 'stripe'\n\n"
        f"export const stripe = new Stripe('{key}')\n"
        "export const currency = 'eur'\n",
    )
    repo.write("scripts/old.py", f'OPENAI_API_KEY = "{token}"\nprint("hi")\n')
    repo.commit("base")
    repo.write(
        "lib/stripe.ts",
        "import Stripe from 'stripe'\n\n"
        "export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!)\n"
        "export const currency = 'eur'\n",
    )
    repo.git("rm", "-q", "scripts/old.py")
    return repo, key, token


def test_removed_secret_is_still_in_history(tmp_path: Path) -> None:
    repo, key, token = _history_repo(tmp_path)
    workspace = workspace_for(
        Target(repo.root, None), diff_ref="HEAD", staged=False, scratch=tmp_path
    )
    result = run_scan(workspace, RepoConfig())  # default mode: only what the change adds
    history = sorted(
        (f for f in result.reported if f.rule_id.endswith(".history")), key=lambda f: f.path
    )
    assert [(f.path, f.line, f.rule_id) for f in history] == [
        ("lib/stripe.ts", 3, "secrets.stripe-secret-key.history"),  # the replacement line
        ("scripts/old.py", 1, "secrets.openai-key.history"),  # line in the deleted file
    ]
    for f in history:
        assert f.message.startswith("Still in history: rotate.")
        assert "dashboard.stripe.com" in f.message or "platform.openai.com" in f.message
        assert _leaks(repr(f), [key, token]) == []
    assert [f for f in result.reported if not f.rule_id.endswith(".history")] == []


def test_a_moved_secret_is_not_history(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    key = P["stripe-live"]()
    repo.write("a.ts", f"const k = '{key}'\n")
    repo.commit("base")
    repo.write("a.ts", f"// payments\nconst k = '{key}'\n")
    workspace = workspace_for(
        Target(repo.root, None), diff_ref="HEAD", staged=False, scratch=tmp_path
    )
    result = run_scan(workspace, RepoConfig(), mode=FilterMode.NOFILTER)
    found: list[Finding] = [f for f in result.findings if f.category == "exposed-secret"]
    assert [(f.rule_id, f.line) for f in found] == [("secrets.stripe-secret-key", 2)]


def test_pragma_allowlist_secret_silences_and_keeps_the_finding(tmp_path: Path) -> None:
    key = P["stripe-live"]()
    other = P["openai"]()
    (tmp_path / "config.py").write_text(
        f'DEMO_KEY = "{key}"  # pragma: allowlist secret\n'
        "# pragma: allowlist nextline secret\n"
        f'OPENAI_API_KEY = "{other}"\n'
        f'LIVE_KEY = "{key}"\n',
        encoding="utf-8",
    )
    result = run_scan(build_workspace(tmp_path), RepoConfig(), mode=FilterMode.NOFILTER)
    found = {f.line: f.suppressed for f in result.findings if f.category == "exposed-secret"}
    assert found == {
        1: "pragma: allowlist secret",
        3: "pragma: allowlist secret",
        4: None,
    }


def test_a_secret_moved_to_another_file_is_reported_there_not_as_history(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    key = P["stripe-live"]()
    repo.write("lib/old.ts", f"export const k = '{key}'\n")
    repo.commit("base")
    repo.git("rm", "-q", "lib/old.ts")
    repo.write("lib/new.ts", f"export const k = '{key}'\n")
    workspace = workspace_for(
        Target(repo.root, None), diff_ref="HEAD", staged=False, scratch=tmp_path
    )
    result = run_scan(workspace, RepoConfig(), mode=FilterMode.NOFILTER)
    found = [(f.path, f.rule_id) for f in result.findings if f.category == "exposed-secret"]
    assert found == [("lib/new.ts", "secrets.stripe-secret-key")]
