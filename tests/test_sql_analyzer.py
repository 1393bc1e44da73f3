"""The SQL analyzer on real pglast: operations per migration, end-state checks, PR mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.diff import parse_diff
from analyzers.findings import Finding
from analyzers.options import AnalyzerOptions
from analyzers.sql import SqlAnalyzer
from analyzers.workspace import build_workspace
from tests.helpers import GitRepo

M = "supabase/migrations"


def scan(root: Path, files: dict[str, str], **options: object) -> list[Finding]:
    for path, text in files.items():
        full = root / path
        full.parent.mkdir(parents=True, exist_ok=True)
        full.write_text(text, encoding="utf-8")
    result = SqlAnalyzer(AnalyzerOptions(**options)).analyze(build_workspace(root))  # type: ignore[arg-type]
    assert result.errors == ()
    return sorted(result.findings, key=lambda f: (f.path, f.line))


def found(findings: list[Finding]) -> set[tuple[str, int, str]]:
    return {(f.path.rsplit("/", 1)[-1], f.line, f.category) for f in findings}


INIT = """create table public.orders (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id),
  note varchar(50),
  total integer not null
);
create index orders_user_id_idx on public.orders (user_id);
alter table public.orders enable row level security;
create policy "own orders" on public.orders for all to authenticated
  using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
"""


def test_operations_on_existing_tables_only(tmp_path: Path) -> None:
    later = """create table public.items (id bigint primary key, name text);
create index items_name_idx on public.items (name);
alter table public.items add column sku text not null;
alter table public.items drop column name;
create index orders_total_idx on public.orders (total);
alter table public.orders add column status text not null;
alter table public.orders add column region text not null default 'eu';
alter table public.orders alter column note type varchar(200);
alter table public.orders alter column note type text;
alter table public.orders alter column total type bigint;
alter table public.orders
  add column item_id bigint references public.items (id);
alter table public.orders rename column note to memo;
alter table public.orders drop column memo;
alter table public.items enable row level security;
create policy "read items" on public.items for select using (true);
"""
    findings = scan(tmp_path, {f"{M}/1_init.sql": INIT, f"{M}/2_later.sql": later})
    ops = {x for x in found(findings) if x[0] == "2_later.sql"}
    assert ops == {
        ("2_later.sql", 5, "index-not-concurrent"),
        ("2_later.sql", 6, "not-null-no-default"),
        ("2_later.sql", 10, "unsafe-alter-type"),
        ("2_later.sql", 12, "fk-not-valid"),
        ("2_later.sql", 12, "fk-unindexed"),
        ("2_later.sql", 13, "rename-column"),
        ("2_later.sql", 14, "drop-column"),
    }
    index = next(f for f in findings if f.category == "index-not-concurrent")
    assert "transaction" in index.message and index.fix is None  # Supabase runs files in a transaction


def test_fixes_in_later_migrations_clear_state_problems(tmp_path: Path) -> None:
    first = """create table public.notes (id uuid primary key, owner uuid references auth.users (id));
create policy "anyone edits" on public.notes for update using (true);
create function public.count_notes() returns bigint language sql security definer
  as $$ select count(*) from public.notes $$;
grant select on public.notes to anon;
create view public.note_list as select id from public.notes;
"""
    fix = """alter table public.notes enable row level security;
drop policy "anyone edits" on public.notes;
create policy "owner edits" on public.notes for update using (owner = auth.uid());
create index notes_owner_idx on public.notes (owner);
alter function public.count_notes() set search_path = '';
revoke select on public.notes from anon;
alter view public.note_list set (security_invoker = on);
"""
    assert {x[2] for x in found(scan(tmp_path / "a", {f"{M}/1.sql": first}))} == {
        "rls-missing", "rls-permissive-policy", "security-definer", "anon-grant", "fk-unindexed",
    }
    fixed = scan(tmp_path / "b", {f"{M}/1.sql": first, f"{M}/2.sql": fix})
    assert {x[2] for x in found(fixed)} == {"index-not-concurrent"}


def test_state_problems_point_at_the_statement_that_caused_them(tmp_path: Path) -> None:
    sql = """create table public.profiles (
  id uuid primary key references auth.users (id),
  team_id uuid
    references public.teams (id)
);
alter table public.profiles enable row level security;

create or replace function public.handle_new_user()
returns trigger
language plpgsql
security definer
as $$ begin return new; end $$;
create policy "meta" on public.profiles for select
  using ((auth.jwt() -> 'user_metadata' ->> 'team') = team_id::text);
"""
    assert found(scan(tmp_path, {f"{M}/1.sql": sql})) == {
        ("1.sql", 4, "fk-unindexed"),
        ("1.sql", 11, "security-definer"),
        ("1.sql", 13, "rls-user-metadata"),
    }


@pytest.mark.parametrize(
    ("predicate", "permissive"),
    [
        ("true", True),
        ("auth.uid() is not null", True),
        ("auth.role() = 'authenticated'", True),
        ("(auth.jwt() ->> 'role') = 'authenticated'", True),
        ("bucket_id = 'avatars'", True),
        ("user_id = auth.uid() or is_public", True),
        ("exists (select 1 from auth.users where id = auth.uid())", True),
        ("auth.uid() = user_id", False),
        ("(select auth.uid()) = user_id", False),
        ("user_id = auth.uid() and status = 'draft'", False),
        ("(auth.jwt() -> 'app_metadata' ->> 'role') = 'admin'", False),
        ("private.is_member(org_id)", False),
        ("org_id in (select org_id from members where user_id = auth.uid())", False),
        ("(storage.foldername(name))[1] = auth.uid()::text", False),
        ("current_setting('app.tenant_id')::uuid = tenant_id", False),
        ("false", False),
        ("(select auth.uid()) is not null", True),
        ("status in ('draft', 'pending')", True),
        ("auth.uid() = user_id or auth.role() = 'service_role'", False),
        ("(select auth.jwt() ->> 'org_id')::uuid = org_id", False),
        ("org_id = any (select org_id from members where user_id = auth.uid())", False),
        ("user_id::text = current_setting('request.jwt.claim.sub', true)", False),
    ],
)
def test_write_policy_predicates(tmp_path: Path, predicate: str, permissive: bool) -> None:
    sql = f"""create table public.t (id int primary key, user_id uuid, org_id uuid, tenant_id uuid,
  status text, is_public boolean, bucket_id text, name text);
alter table public.t enable row level security;
create policy "p" on public.t for update to authenticated using ({predicate});
"""
    categories = {x[2] for x in found(scan(tmp_path, {f"{M}/1.sql": sql}))}
    assert ("rls-permissive-policy" in categories) is permissive


def test_read_only_public_policies_and_service_role_policies_are_fine(tmp_path: Path) -> None:
    sql = """create table public.posts (id int primary key, body text);
alter table public.posts enable row level security;
create policy "read" on public.posts for select using (true);
create policy "server" on public.posts for all to service_role using (true) with check (true);
create policy "gate" on public.posts as restrictive for all using (true);
"""
    assert found(scan(tmp_path, {f"{M}/1.sql": sql})) == set()


def test_without_supabase_rls_is_not_expected(tmp_path: Path) -> None:
    sql = """create table users (id serial primary key, email text not null);
create table posts (id serial primary key, user_id int not null references users (id));
"""
    assert found(scan(tmp_path, {"db/migrations/001_init.sql": sql})) == {
        ("001_init.sql", 2, "fk-unindexed"),
    }


def test_schema_files_have_no_operation_findings(tmp_path: Path) -> None:
    sql = """create table a (id int primary key, name text);
create index a_name on a (name);
alter table a add column b int not null;
alter table a rename column name to title;
"""
    assert found(scan(tmp_path, {"db/schema.sql": sql})) == set()


def test_concurrent_index_inside_a_supabase_migration_fails(tmp_path: Path) -> None:
    files = {f"{M}/1.sql": INIT, f"{M}/2.sql": "create index concurrently o_total on public.orders (total);\n"}
    (finding,) = [f for f in scan(tmp_path, files) if f.path.endswith("2.sql")]
    assert finding.category == "migration-error"
    assert "transaction" in finding.message


def test_mechanical_fixes_outside_a_transaction(tmp_path: Path) -> None:
    files = {
        "migrations/001.sql": "create table a (id int primary key, b_id int);\ncreate table b (id int primary key);\n",
        "migrations/002.sql": (
            "create index a_b on a (b_id);\n"
            "alter table a add constraint a_b_fk foreign key (b_id) references b (id);\n"
        ),
    }
    by_category = {f.category: f for f in scan(tmp_path, files) if f.path.endswith("002.sql")}
    assert by_category["index-not-concurrent"].fix == "create index concurrently a_b on a (b_id);"
    fk_fix = by_category["fk-not-valid"].fix or ""
    assert fk_fix.startswith("alter table a add constraint a_b_fk foreign key (b_id) references b (id) not valid;")
    assert "validate constraint a_b_fk" in fk_fix


def test_a_pull_request_that_drops_the_only_policy(repo: GitRepo) -> None:
    repo.write(f"{M}/20240101_init.sql", INIT)
    base = repo.commit("init")
    repo.write(f"{M}/20240301_cleanup.sql", 'drop policy "own orders" on public.orders;\n')
    repo.commit("cleanup")
    diff = parse_diff(repo.git("diff", base, "HEAD"))
    result = SqlAnalyzer(AnalyzerOptions()).analyze(build_workspace(repo.root, diff=diff))
    (finding,) = result.findings
    assert finding.category == "rls-no-policy"
    assert finding.path == f"{M}/20240101_init.sql" and finding.line == 8
    assert finding.caused_by_change


def test_a_pull_request_that_edits_an_old_migration(repo: GitRepo) -> None:
    repo.write(f"{M}/20240101_init.sql", INIT)
    base = repo.commit("init")
    repo.write(f"{M}/20240101_init.sql", INIT.replace("alter table public.orders enable row level security;\n", ""))
    repo.commit("edit")
    diff = parse_diff(repo.git("diff", base, "HEAD"))
    result = SqlAnalyzer(AnalyzerOptions()).analyze(build_workspace(repo.root, diff=diff))
    (finding,) = result.findings
    assert (finding.category, finding.line, finding.caused_by_change) == ("rls-missing", 1, True)


def test_old_problems_are_not_marked_as_caused_by_the_change(repo: GitRepo) -> None:
    repo.write(f"{M}/20240101_init.sql", "create table public.t (id int primary key);\n")
    base = repo.commit("init")
    repo.write(f"{M}/20240201_more.sql", "create table public.u (id int primary key);\n")
    repo.commit("more")
    diff = parse_diff(repo.git("diff", base, "HEAD"))
    findings = SqlAnalyzer(AnalyzerOptions()).analyze(build_workspace(repo.root, diff=diff)).findings
    assert {(f.path.rsplit("/", 1)[-1], f.caused_by_change) for f in findings} == {
        ("20240101_init.sql", False),
        ("20240201_more.sql", False),
    }


def test_parse_errors_are_reported_not_swallowed(tmp_path: Path) -> None:
    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations/001.sql").write_text("create table a (id int);\ncreate tabel b;\n")
    result = SqlAnalyzer(AnalyzerOptions()).analyze(build_workspace(tmp_path))
    (error,) = result.errors
    assert error.path == "migrations/001.sql" and "line 2" in error.message


def test_declarative_files_in_any_order(tmp_path: Path) -> None:
    files = {
        "supabase/schemas/a_security.sql": (
            "alter table public.notes enable row level security;\n"
            "create policy own on public.notes for all to authenticated using (owner = auth.uid());\n"
            "create index notes_owner on public.notes (owner);\n"
        ),
        "supabase/schemas/b_tables.sql": "create table public.notes (id int primary key, owner uuid references auth.users (id));\n",
    }
    assert found(scan(tmp_path, files)) == set()


def test_down_sections_and_schema_dumps_are_not_replayed(tmp_path: Path) -> None:
    files = {
        "db/migrations/001_init.sql": (
            "-- migrate:up\ncreate table a (id int primary key, name text);\n"
            "-- migrate:down\ndrop table a;\n"
        ),
        "db/migrations/002_more.sql": (
            "-- +goose Up\nalter table a add column b int;\n"
            "-- +goose Down\nalter table a drop column b;\n"
        ),
        "db/schema.sql": (
            "create table public.a (id int primary key, c int references public.a (id));\n"
            "insert into public.schema_migrations (version) values ('001'), ('002');\n"
        ),
    }
    assert found(scan(tmp_path, files)) == set()


def test_with_check_true_lets_rows_be_handed_to_anyone(tmp_path: Path) -> None:
    sql = """create table public.t (id int primary key, user_id uuid);
alter table public.t enable row level security;
create policy "a" on public.t for update to authenticated using (auth.uid() = user_id) with check (true);
create policy "b" on public.t for update to authenticated using (auth.uid() = user_id);
"""
    assert found(scan(tmp_path, {f"{M}/1.sql": sql})) == {("1.sql", 3, "rls-permissive-policy")}


def test_other_databases_and_byte_order_marks(tmp_path: Path) -> None:
    files = {
        "prisma/migrations/migration_lock.toml": 'provider = "mysql"\n',
        "prisma/migrations/20240101_init/migration.sql": "CREATE TABLE `A` (`id` INT NOT NULL AUTO_INCREMENT, PRIMARY KEY (`id`));\n",
        "db/migrations/001.sql": "\ufeffcreate table a (id int primary key);\n",
        "db/migrations/002.sql": "\ufeffcreate index a_id on a (id);\n",
    }
    assert found(scan(tmp_path, files)) == {("002.sql", 1, "index-not-concurrent")}


def test_each_sub_command_of_an_alter_table_has_its_line(tmp_path: Path) -> None:
    files = {
        "prisma/migrations/1_init/migration.sql": 'CREATE TABLE "User" ("id" TEXT NOT NULL, "name" TEXT, "age" INTEGER);\n',
        "prisma/migrations/2_change/migration.sql": (
            '-- AlterTable\n'
            'ALTER TABLE "User" ADD COLUMN "email" TEXT,\n'
            'DROP COLUMN "name",\n'
            'ALTER COLUMN "age" SET DATA TYPE BIGINT,\n'
            'ADD COLUMN "plan" TEXT NOT NULL;\n'
        ),
    }
    assert {x for x in found(scan(tmp_path, files)) if x[0] == "migration.sql"} == {
        ("migration.sql", 3, "drop-column"),
        ("migration.sql", 4, "unsafe-alter-type"),
        ("migration.sql", 5, "not-null-no-default"),
    }
