"""Settings the analyzers take, built by the caller from the repository's configuration."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


@dataclass(frozen=True, slots=True)
class AnalyzerOptions:
    rules_dir: Path = RULES_DIR  # our semgrep rules (shipped with the package)
    semgrep_timeout: int = 10  # seconds per file and rule before semgrep gives up on that file
    disabled_rules: frozenset[str] = frozenset()  # rule ids switched off in .github/rescue.yml
    sql_dialect: str = "postgres"  # sqlfluff dialect
    sql_style: bool = True  # run sqlfluff on changed .sql files
    sql_style_generated: bool = False  # also on generated migrations (prisma, drizzle, supabase)
    public_routes: tuple[str, ...] = ()  # route globs marked intentionally public
    exposed_schemas: tuple[str, ...] = ("public",)  # Supabase schemas served by the API
    database_url: str | None = None  # throwaway PostgreSQL to apply migrations to (optional)
    extra: dict[str, object] = field(default_factory=dict)
