"""Where a repository keeps its database history, and in which order the files run.

Pure over a list of paths: Supabase (``supabase/migrations``, declarative ``supabase/schemas``),
Prisma (``prisma/migrations/<stamp>/migration.sql``), drizzle, Django ``sqlmigrate`` output,
golang-migrate / Flyway / diesel folders, ``db/migrate`` and plain ``schema.sql`` files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    MIGRATIONS = "migrations"  # files run one after another against a live database
    SCHEMA = "schema"  # files that describe a fresh database (no operation findings)


@dataclass(frozen=True, slots=True)
class History:
    folder: str  # the folder that holds the files ("supabase/migrations", "." for the root)
    kind: Kind
    tool: str  # "supabase", "prisma", "drizzle", "diesel", "sql"
    files: tuple[str, ...]  # in the order they run

    @property
    def transactional(self) -> bool:
        """Each file runs inside one transaction (the Supabase CLI applies a migration file so)."""
        return self.tool == "supabase" and self.kind is Kind.MIGRATIONS

    @property
    def generated(self) -> bool:
        """Files written by a tool rather than by hand (style findings are noise there)."""
        return self.tool in ("prisma", "drizzle", "supabase") and self.kind is Kind.MIGRATIONS


# Files that never describe the schema: rollbacks, seed data, database tests.
_NOT_HISTORY = re.compile(
    r"(^|/)(down\.sql|[^/]*\.down\.sql|seeds?([._-][^/]*)?\.sql)$"
    r"|(^|/)(seeds?|tests?|__tests__|fixtures|\.temp|\.branches|snippets|queries)/",
    re.I,
)
_PER_FOLDER_FILE = re.compile(r"^(?P<folder>(?:.*/)?migrations)/(?P<step>[^/]+)/(?P<file>migration|up)\.sql$", re.I)
_ORDERED_NAME = re.compile(r"^(?:V?\d+|\d{4}-\d{2}-\d{2})", re.I)
_MIGRATION_FOLDER = re.compile(r"(^|/)(migrations?|migrate|drizzle|changelog|flyway|sql/versions)(/|$)", re.I)
_SCHEMA_NAME = re.compile(r"(^|/)(schema|structure|init|setup|database|db)\.sql$", re.I)


def natural_key(path: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts ``2_x`` before ``10_x`` and keeps timestamps in order."""
    parts = re.split(r"(\d+)", path.lower())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


def discover(paths: Iterable[str]) -> list[History]:
    """Group every SQL file of the tree into histories, each in run order."""
    groups: dict[str, list[str]] = {}
    per_folder: set[str] = set()
    for path in paths:
        if not path.lower().endswith(".sql") or _NOT_HISTORY.search(path):
            continue
        m = _PER_FOLDER_FILE.match(path)
        if m:
            folder = m.group("folder")
            per_folder.add(folder)
        else:
            folder = path.rsplit("/", 1)[0] if "/" in path else "."
        groups.setdefault(folder, []).append(path)
    histories = []
    for folder, files in sorted(groups.items()):
        ordered = tuple(sorted(files, key=natural_key))
        tool = _tool(folder, ordered, folder in per_folder)
        histories.append(History(folder, _kind(folder, ordered, folder in per_folder), tool, ordered))
    return histories


def _tool(folder: str, files: tuple[str, ...], per_folder: bool) -> str:
    lowered = folder.lower()
    if lowered.startswith("supabase/") or "/supabase/" in lowered:
        return "supabase"
    if per_folder and any(f.endswith("/migration.sql") for f in files) and "prisma" in lowered:
        return "prisma"
    if per_folder and any(f.endswith("/migration.sql") for f in files):
        return "prisma"
    if per_folder:
        return "diesel"
    if "drizzle" in lowered:
        return "drizzle"
    return "sql"


def _kind(folder: str, files: tuple[str, ...], per_folder: bool) -> Kind:
    lowered = folder.lower()
    if re.search(r"(^|/)schemas?(/|$)", lowered) and not _MIGRATION_FOLDER.search(lowered):
        return Kind.SCHEMA
    if per_folder or _MIGRATION_FOLDER.search(lowered):
        return Kind.MIGRATIONS
    names = [f.rsplit("/", 1)[-1] for f in files]
    if all(_SCHEMA_NAME.search("/" + n) for n in names):
        return Kind.SCHEMA
    if len(names) > 1 and all(_ORDERED_NAME.match(n) for n in names):
        return Kind.MIGRATIONS
    return Kind.SCHEMA
