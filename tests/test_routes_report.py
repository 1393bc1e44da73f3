"""The route inventory in `rescue scan` text and markdown output and in the check-run summary,
from a real scan of a small Next.js + Express project with a .github/rescue.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.workspace import build_workspace
from bot.config import CONFIG_PATH, load_config_file
from bot.github import checkrun
from bot.github.report import ReportContext
from bot.pipeline import ScanResult, run_scan
from bot.reporters.markdown import MarkdownReporter
from bot.reporters.text import TextReporter
from tests.routes_helpers import write_project

FILES = {
    ".github/rescue.yml": 'public_routes: ["/api/status"]\n',
    "web/app/api/orders/route.ts": """
        import { auth } from "@/auth";
        import { prisma } from "@/lib/prisma";

        export async function GET() {
          const session = await auth();
          if (!session) return Response.json({ error: "Unauthorized" }, { status: 401 });
          return Response.json(await prisma.order.findMany({ where: { userId: session.user.id } }));
        }

        export async function DELETE() {
          await prisma.order.deleteMany();
          return new Response(null, { status: 204 });
        }
    """,
    "web/app/api/status/route.ts": """
        import { prisma } from "@/lib/prisma";
        export async function GET() {
          return Response.json({ orders: await prisma.order.count() });
        }
    """,
    "api/server.js": """
        const express = require("express");
        const app = express();
        app.get("/health", (req, res) => res.json({ ok: true }));
        module.exports = app;
    """,
}


@pytest.fixture
def scanned(tmp_path: Path) -> ScanResult:
    root = write_project(tmp_path, FILES)
    return run_scan(build_workspace(root), load_config_file(root / CONFIG_PATH))


@pytest.mark.slow
def test_text_report_lists_method_path_and_protection(scanned: ScanResult) -> None:
    text = TextReporter().render(scanned)
    lines = [line for line in text.splitlines() if "/api/orders" in line or "/health" in line or "/api/status" in line]
    joined = "\n".join(lines)
    assert "== Endpoints (4) ==" in text
    assert "GET    /api/orders" in joined and "auth() check" in joined
    assert "DELETE /api/orders" in joined and "PUBLIC" in joined
    assert "public (public_routes: /api/status)" in joined
    assert "public (touches no stored data)" in joined
    assert any(f.category == "auth-missing" and f.line == 10 for f in scanned.reported)


@pytest.mark.slow
def test_markdown_and_check_run_summary_carry_the_inventory(scanned: ScanResult) -> None:
    markdown = MarkdownReporter().render(scanned)
    assert "| GET | `/api/orders` | `web/app/api/orders/route.ts:4` | auth() check |" in markdown
    assert "| DELETE | `/api/orders` | `web/app/api/orders/route.ts:10` | **public** |" in markdown
    ctx = ReportContext("acme/shop", "a" * 40, "https://github.com", 7)
    summary = checkrun.outcome(scanned, ctx).summary
    assert "### Endpoints" in summary
    assert "| GET | `/health` | `api/server.js:3` | public (touches no stored data) |" in summary
