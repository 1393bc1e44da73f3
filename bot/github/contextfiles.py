"""Which unchanged files a pull-request review also fetches, because analyzers judge the changed
files against them: the whole migration history (database end state), Next.js middleware (route
protection), Firebase rules, and the app entry points where routers are mounted with auth."""

from __future__ import annotations

from analyzers.workspace import SKIPPED_DIRS
from bot.globs import matches

CONTEXT_GLOBS: tuple[str, ...] = (
    # Database: every migration and schema file, so the end state of the history is known.
    "*.sql",
    "**/migrations/**",
    "supabase/config.toml",
    "prisma/schema.prisma",
    "*.prisma",
    "drizzle.config.*",
    # Next.js: middleware decides which routes need a session (also in monorepo packages).
    "middleware.ts", "middleware.js",
    "next.config.js", "next.config.mjs", "next.config.ts",
    # Path aliases (`@/lib/auth`), so imports of changed files resolve to repository files.
    "tsconfig.json", "jsconfig.json",
    # Firebase security rules and the file that names them.
    "firestore.rules", "storage.rules", "database.rules.json", "*.rules", "firebase.json",
    # Where Express / FastAPI / Flask apps mount routers behind auth, at any depth (`server/`,
    # `api/`, `apps/web/`): a changed router is protected or not by the file that mounts it.
    "server.js", "server.ts", "server.mjs", "app.js", "app.ts", "app.mjs", "index.js", "index.ts",
    "index.mjs", "main.ts", "main.js", "main.py", "app.py", "__init__.py", "wsgi.py", "asgi.py",
    "deps.py", "dependencies.py",
    "package.json", "/requirements.txt", "/pyproject.toml", "/vercel.json",
)


def is_context_file(path: str) -> bool:
    # A committed `node_modules/` or build folder is full of `index.js`; none of it is the app's.
    if any(part in SKIPPED_DIRS for part in path.split("/")[:-1]):
        return False
    return matches(path, CONTEXT_GLOBS) is not None
