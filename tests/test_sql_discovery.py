"""Where migration histories live and in which order their files run."""

from __future__ import annotations

from analyzers.sql.discovery import Kind, discover


def test_tools_kinds_and_order() -> None:
    paths = [
        "supabase/migrations/20240110_b.sql",
        "supabase/migrations/20240105_a.sql",
        "supabase/seed.sql",
        "supabase/schemas/tables.sql",
        "prisma/migrations/20240301_two/migration.sql",
        "prisma/migrations/20240201_one/migration.sql",
        "db/migrate/10_later.sql",
        "db/migrate/2_earlier.sql",
        "db/migrate/2_earlier.down.sql",
        "migrations/2024-01-01-000000_init/up.sql",
        "migrations/2024-01-01-000000_init/down.sql",
        "db/schema.sql",
        "README.md",
    ]
    found = {h.folder: h for h in discover(paths)}
    assert found["supabase/migrations"].files == (
        "supabase/migrations/20240105_a.sql",
        "supabase/migrations/20240110_b.sql",
    )
    assert found["supabase/migrations"].kind is Kind.MIGRATIONS
    assert found["supabase/migrations"].transactional
    assert found["supabase/schemas"].kind is Kind.SCHEMA
    assert found["prisma/migrations"].tool == "prisma"
    assert found["prisma/migrations"].files[0].endswith("20240201_one/migration.sql")
    assert found["db/migrate"].files == ("db/migrate/2_earlier.sql", "db/migrate/10_later.sql")
    assert found["migrations"].files == ("migrations/2024-01-01-000000_init/up.sql",)
    assert found["db"].kind is Kind.SCHEMA
    assert all("seed" not in f for h in found.values() for f in h.files)


def test_numbered_files_outside_a_migrations_folder_are_a_history() -> None:
    (history,) = discover(["deploy/sql/0002_b.sql", "deploy/sql/0001_a.sql"])
    assert history.kind is Kind.MIGRATIONS
    assert history.files[0] == "deploy/sql/0001_a.sql"
    (schema,) = discover(["sql/tables.sql", "sql/policies.sql"])
    assert schema.kind is Kind.SCHEMA
