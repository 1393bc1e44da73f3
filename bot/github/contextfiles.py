"""Which unchanged files a pull-request review also fetches, because analyzers judge the changed
files against them: the whole migration history (database end state), Next.js middleware (route
protection), Firebase rules, and the app entry points where routers are mounted with auth."""

from __future__ import annotations

from bot.globs import matches

CONTEXT_GLOBS: tuple[str, ...] = (
    # Database: every migration and schema file, so the end state of the history is known.
    "*.sql",
    "**/migrations/**",
    "supabase/config.toml",
    "prisma/schema.prisma",
    "*.prisma",
    "drizzle.config.*",
    # Next.js: middleware decides which routes need a session.
    "middleware.ts", "middleware.js", "src/middleware.ts", "src/middleware.js",
    "next.config.js", "next.config.mjs", "next.config.ts",
    # Firebase security rules and the file that names them.
    "firestore.rules", "storage.rules", "database.rules.json", "*.rules", "firebase.json",
    # Where Express / FastAPI / Flask apps mount routers behind auth.
    "/server.js", "/server.ts", "/app.js", "/app.ts", "/index.js", "/index.ts",
    "/src/server.*", "/src/app.*", "/src/index.*",
    "/main.py", "/app.py", "/app/main.py", "/app/__init__.py", "/wsgi.py", "/asgi.py",
    "/package.json", "/requirements.txt", "/pyproject.toml", "/vercel.json",
)


def is_context_file(path: str) -> bool:
    return matches(path, CONTEXT_GLOBS) is not None
