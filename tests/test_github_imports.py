"""Following a changed file's imports to the repository files it uses (auth helpers, routers)."""

from __future__ import annotations

from pathlib import Path

from bot.github.api import RepoAPI
from bot.github.checkout import checkout
from bot.github.client import installation_client, token_cache
from bot.github.imports import DEFAULT_ALIASES, Aliases, aliases_for, import_specifiers, resolve
from tests.fakegithub.world import INSTALLATION, REPO, world

FILES = frozenset({
    "lib/auth.ts", "lib/db/index.ts", "src/utils/session.tsx", "server/routes/invoices.js",
    "server/middleware/requireAuth.js", "app/api/invoices/route.ts", "api/app/deps.py",
    "api/app/__init__.py", "api/app/routers/items.py", "pkg/helpers.py",
})


def test_js_import_forms_are_all_found() -> None:
    text = (
        'import { auth } from "@/lib/auth";\nimport "./side-effect";\n'
        "export { x } from '../x';\nconst r = require('./routes/invoices');\n"
        "const m = await import('./lazy');\nimport React from 'react';\n"
    )
    assert import_specifiers("app/page.tsx", text) == [
        "@/lib/auth", "./side-effect", "../x", "./routes/invoices", "./lazy", "react",
    ]


def test_python_import_forms_name_modules_and_submodules() -> None:
    text = "from .deps import get_user\nfrom . import routers\nimport pkg.helpers, os\n"
    specs = import_specifiers("api/app/main.py", text)
    assert {".deps", ".deps.get_user", ".routers", "pkg.helpers", "os"} <= set(specs)


def test_relative_alias_and_index_resolution() -> None:
    assert resolve("../lib/auth", "app/page.ts", FILES) == "lib/auth.ts"
    assert resolve("@/lib/db", "app/api/invoices/route.ts", FILES) == "lib/db/index.ts"
    assert resolve("@/utils/session", "src/app/page.tsx", FILES) == "src/utils/session.tsx"
    assert resolve("../middleware/requireAuth.js", "server/routes/invoices.js", FILES) == (
        "server/middleware/requireAuth.js"
    )
    # Packages and files the tree does not hold resolve to nothing.
    assert resolve("next/server", "app/api/invoices/route.ts", FILES) is None
    assert resolve("./missing", "app/api/invoices/route.ts", FILES) is None


def test_python_relative_and_absolute_imports() -> None:
    assert resolve(".deps", "api/app/main.py", FILES) == "api/app/deps.py"
    assert resolve("..deps", "api/app/routers/items.py", FILES) == "api/app/deps.py"
    assert resolve("app.deps", "api/main.py", FILES) == "api/app/deps.py"
    assert resolve("pkg.helpers", "svc/main.py", FILES) == "pkg/helpers.py"
    assert resolve("os", "pkg/helpers.py", FILES) is None


def test_tsconfig_paths_with_comments_and_base_url() -> None:
    cfg = """{
      // Next.js template
      "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["lib/*"], "@/*": ["./src/*"], }, },
    }"""
    aliases = Aliases.from_tsconfig(cfg, "")
    assert resolve("@lib/auth", "x.ts", FILES, aliases) == "lib/auth.ts"
    assert resolve("@/utils/session", "x.ts", FILES, aliases) == "src/utils/session.tsx"
    # The nearest config above the importer wins; none found → the Next.js defaults.
    assert aliases_for("web/app/page.ts", {"web/tsconfig.json": cfg}).prefixes[0][0] == "@lib/"
    assert aliases_for("other/page.ts", {"web/tsconfig.json": cfg}) == DEFAULT_ALIASES
    assert Aliases.from_tsconfig("{ not json", "") == Aliases()


def test_a_review_fetches_the_helpers_a_changed_handler_imports(tmp_path: Path) -> None:
    with world(tmp_path) as w:
        w.git.commit_files({
            "tsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["./*"]}}}\n',
            "lib/auth.ts": 'import { db } from "./db";\nexport async function requireUser() {}\n',
            "lib/db.ts": 'import { deep } from "./deep";\nexport const db = 1;\n',
            "lib/deep.ts": "export const deep = 1;\n",
            "lib/unrelated.ts": "export const z = 1;\n",
            "node_modules/pkg/index.js": "module.exports = 1;\n",
        }, "initial")
        head = w.git.commit_files({
            "app/api/invoices/route.ts": (
                'import { requireUser } from "@/lib/auth";\n'
                "export async function GET() { await requireUser(); }\n"
            ),
        }, "feature", branch="feat")
        w.git.checkout("main")
        pr = w.fake.open_pull(REPO, "feat")
        gh = installation_client(w.settings, INSTALLATION, token_cache(w.redis, w.settings))
        api = RepoAPI(gh, REPO)
        with gh:
            files = api.pull_files(pr.number)
            co = checkout(api, files, head_sha=head, base_sha=w.git.sha("main"), root=tmp_path / "ws")
        root = co.workspace.root
        assert co.workspace.targets == ("app/api/invoices/route.ts",)
        # Two steps: the helper and what the helper uses; not three, not unrelated files.
        assert (root / "lib/auth.ts").is_file() and (root / "lib/db.ts").is_file()
        assert not (root / "lib/deep.ts").exists()
        assert not (root / "lib/unrelated.ts").exists()
        assert not (root / "node_modules/pkg/index.js").exists()
        assert w.fake.violations == []
