"""Every output format against its golden file; SARIF against the official schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from analyzers.base import AnalyzerError, Endpoint
from analyzers.findings import Finding, Location, Severity
from analyzers.workspace import SkippedFile
from bot.config import RepoConfig
from bot.pipeline import ScanResult, rank_key
from bot.reporters import get_reporter
from tests.helpers import SHARED, check_golden


def _f(rule: str, category: str, severity: Severity, path: str, line: int, **kw: object) -> Finding:
    base = Finding(
        rule_id=rule, category=category, severity=severity, path=path, line=line, end_line=line,
        message=f"{category} problem at {path}. Do the safe thing instead.", analyzer="semgrep",
        fingerprint=f"fp-{rule}-{line}", location=Location.ADDED,
    )
    return base.with_changes(**kw)


FINDINGS = sorted(
    [
        _f("sql.missing-index", "fk-unindexed", Severity.MEDIUM, "supabase/migrations/002.sql", 4),
        _f("secrets.stripe-live", "exposed-secret", Severity.CRITICAL, ".env", 3,
           message="Stripe live secret key (sk_live_…). Rotate it in the Stripe dashboard.",
           analyzer="secrets"),
        _f("ts.nextjs.route-without-auth", "auth-missing", Severity.HIGH, "app/api/invoices/route.ts", 12,
           help_url="https://owasp.org/Top10/A01_2021-Broken_Access_Control/"),
        _f("js.swallowed", "swallowed-error", Severity.LOW, "lib/pay.ts", 20,
           fix="} catch (err) { logger.error(err); throw err; }"),
        _f("py.idor", "idor", Severity.HIGH, "api/routes.py", 40, suppressed="rescue-ignore: admin only"),
        _f("py.cors", "cors", Severity.HIGH, "api/main.py", 8, in_scope=False, location=Location.CHANGED_FILE),
        _f("ts.table|pipe", "input-validation", Severity.MEDIUM, "app/a|b.ts", 2,
           message="Body <script> | pipes\nsecond line"),
    ],
    key=rank_key,
)

RESULT = ScanResult(
    findings=tuple(FINDINGS),
    errors=(AnalyzerError("sqlfluff", "could not parse", "db/x.sql", level="warning"),),
    endpoints=(
        Endpoint("nextjs-app", "GET", "/api/invoices", "app/api/invoices/route.ts", 12, None),
        Endpoint("fastapi", "POST", "/items", "api/routes.py", 30, "Depends(current_user)"),
        Endpoint("nextjs-app", "GET", "/api/health", "app/api/health/route.ts", 1, None, "health check"),
        Endpoint("express", "GET", "/old", "server/old.js", 5, None),
    ),
    skipped=(SkippedFile("public/bundle.min.js", "too large (3.2 MB > 1 MB)"),),
    files_scanned=12,
    duration_s=1.5,
    config=RepoConfig(),
    changed_paths=frozenset(
        {"app/api/invoices/route.ts", "api/routes.py", "app/api/health/route.ts", ".env"}
    ),
)


@pytest.mark.parametrize(
    ("fmt", "color", "golden"),
    [
        ("text", False, "report.txt"),
        ("text", True, "report.color.txt"),
        ("markdown", False, "report.md"),
        ("json", False, "report.json"),
        ("sarif", False, "report.sarif"),
    ],
)
def test_golden(fmt: str, color: bool, golden: str) -> None:
    check_golden(golden, get_reporter(fmt, color=color).render(RESULT))


def test_json_follows_the_contract() -> None:
    doc = json.loads(get_reporter("json").render(RESULT))
    assert doc["version"] == 1 and set(doc) == {"version", "findings", "errors"}
    required = {"rule_id", "category", "severity", "path", "line", "end_line", "message", "analyzer", "fingerprint"}
    for item in doc["findings"]:
        assert required <= set(item) <= required | {"fix", "help_url"}
    # suppressed and out-of-scope findings are not reported
    assert {f["rule_id"] for f in doc["findings"]} == {f.rule_id for f in RESULT.reported}
    assert doc["findings"][0]["category"] == "exposed-secret"  # data exposure ranks first


def test_sarif_validates_against_the_official_schema() -> None:
    schema = json.loads((SHARED / "sarif" / "sarif-schema-2.1.0.json").read_text())
    doc = json.loads(get_reporter("sarif").render(RESULT))
    jsonschema.Draft4Validator(schema).validate(doc)
    results = doc["runs"][0]["results"]
    assert any("suppressions" in r for r in results)
    assert all(r["partialFingerprints"]["rescue/v1"] for r in results)


def test_text_ranks_by_business_risk() -> None:
    text = get_reporter("text").render(RESULT)
    order = [text.index(h) for h in ("1. Data exposure", "2. Broken permissions", "3. Slow queries", "4. Other")]
    assert order == sorted(order)
    assert "PUBLIC" in text and "/old" not in text  # only endpoints of changed files in a diff scan
