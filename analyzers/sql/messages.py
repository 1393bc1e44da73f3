"""What each database finding says: what breaks in production, and the safe rewrite."""

from __future__ import annotations

from analyzers.findings import Severity
from analyzers.sql.model import TypeSpec

# category -> (rule id, severity). Published rule ids never change.
RULES: dict[str, tuple[str, Severity]] = {
    "rls-missing": ("sql.supabase.rls-missing", Severity.CRITICAL),
    "rls-no-policy": ("sql.supabase.rls-no-policy", Severity.MEDIUM),
    "rls-permissive-policy": ("sql.supabase.rls-permissive-policy", Severity.HIGH),
    "rls-user-metadata": ("sql.supabase.rls-user-metadata", Severity.HIGH),
    "security-definer": ("sql.security-definer", Severity.HIGH),
    "anon-grant": ("sql.supabase.anon-grant", Severity.HIGH),
    "fk-unindexed": ("sql.fk-unindexed", Severity.MEDIUM),
    "index-not-concurrent": ("sql.migration.index-not-concurrent", Severity.MEDIUM),
    "not-null-no-default": ("sql.migration.not-null-no-default", Severity.HIGH),
    "unsafe-alter-type": ("sql.migration.unsafe-alter-type", Severity.HIGH),
    "fk-not-valid": ("sql.migration.fk-not-valid", Severity.MEDIUM),
    "drop-column": ("sql.migration.drop-column", Severity.HIGH),
    "rename-column": ("sql.migration.rename-column", Severity.HIGH),
    "migration-error": ("sql.migration.concurrent-index-in-transaction", Severity.HIGH),
}


def index_not_concurrent(table: str, transactional: bool) -> str:
    text = (
        f"`create index` on the existing table `{table}` blocks every insert, update and delete on "
        "it until the index is built: on a busy table that is minutes of failed writes during the "
        "deploy. Build it with `create index concurrently` (it takes no write lock)."
    )
    if transactional:
        text += (
            " The Supabase CLI runs each migration file inside a transaction, where "
            "`concurrently` is refused, so run that statement on its own outside the migration "
            "transaction (or accept the lock only if the table is small)."
        )
    else:
        text += " `concurrently` cannot run inside a transaction block: put it in its own migration."
    return text


def concurrent_in_transaction(supabase: bool) -> str:
    runner = (
        "The Supabase CLI runs each migration file inside one transaction"
        if supabase else "This file wraps its statements in BEGIN ... COMMIT"
    )
    return (
        f"{runner}, and PostgreSQL refuses `create index concurrently` there (\"CREATE INDEX "
        "CONCURRENTLY cannot run inside a transaction block\"): the migration fails and the deploy "
        "stops. Run the concurrent build as a separate, non-transactional step."
    )


def not_null(table: str, column: str) -> str:
    return (
        f"Adding `{column}` as NOT NULL without a default fails on `{table}` as soon as it has "
        "rows (\"column contains null values\"), so the migration that passed on an empty "
        "development database breaks the production deploy. Add it with a default "
        f"(`add column {column} ... not null default ...`), or add it nullable, backfill, then "
        "`set not null`."
    )


def alter_type(table: str, column: str, old: TypeSpec | None, new: TypeSpec | None) -> str:
    change = f"from {old} to {new}" if old and new else f"to {new}" if new else ""
    return (
        f"Changing `{table}.{column}` {change} rewrites the whole table and its indexes under an "
        "ACCESS EXCLUSIVE lock: reads and writes wait for the rewrite, and code still sending "
        "the old type can fail. Add a new column, backfill it in batches, switch the code, then "
        "drop the old one (widening a varchar or numeric limit, or varchar to text, is free)."
    )


def fk_not_valid(table: str, columns: str) -> str:
    return (
        f"Adding a foreign key on `{table}` ({columns}) checks every existing row while holding "
        "a lock that blocks writes on both tables. Add it with `not valid` (instant, new rows are "
        "checked), then run `alter table ... validate constraint ...` in a later migration, which "
        "checks old rows without blocking writes."
    )


def drop_column(table: str, column: str) -> str:
    return (
        f"Dropping `{table}.{column}` breaks the running version of the app during the deploy: "
        "every query that still selects or writes the column fails until the new code is live. "
        "Stop using the column in the code first, deploy, and drop it in a later migration."
    )


def rename_column(table: str, old: str, new: str) -> str:
    return (
        f"Renaming `{table}.{old}` to `{new}` breaks the code that is running while the "
        "migration deploys (and any client still sending the old name). Add the new column, "
        "write to both, backfill, move the reads, and drop the old column later; or expose the "
        "new name through a view."
    )


def rls_missing(table: str, schema: str) -> str:
    return (
        f"Row-level security is off on `{table}` in the `{schema}` schema, which Supabase serves "
        "over its API: anyone holding the public anon key can read and change every row. Run "
        f"`alter table {table} enable row level security;` and add policies such as "
        f"`create policy \"own rows\" on {table} for select to authenticated using "
        "((select auth.uid()) = user_id);`."
    )


def rls_disabled(table: str) -> str:
    return (
        f"This disables row-level security on `{table}`: from now on the public anon key reads "
        "and writes every row through the Supabase API. Keep RLS on and fix the policy that "
        "was in the way instead."
    )


def rls_no_policy(table: str) -> str:
    return (
        f"Row-level security is on for `{table}` but no policy exists, so every API request "
        "sees zero rows and every write fails: the feature works only through the service role. "
        f"Add the policies the app needs, e.g. `create policy \"own rows\" on {table} for select "
        "to authenticated using ((select auth.uid()) = user_id);`."
    )


def permissive(policy: str, table: str, command: str, roles: str) -> str:
    return (
        f"Policy `{policy}` lets {roles} {command} any row of `{table}`: its predicate does not tie "
        "rows to the caller, so one user can change or delete everyone else's data. Compare the "
        "owner column with the caller, e.g. `using ((select auth.uid()) = user_id) with check "
        "((select auth.uid()) = user_id)`."
    )


def user_metadata(policy: str, table: str) -> str:
    return (
        f"Policy `{policy}` on `{table}` trusts `user_metadata` (raw_user_meta_data), which any "
        "signed-in user can change with `supabase.auth.updateUser({ data: ... })`: a user can "
        "give themselves the role or tenant the policy checks. Keep authorization data in "
        "`app_metadata` (only the service role can write it) or in a table the user cannot edit."
    )


def definer_function(name: str) -> str:
    return (
        f"`{name}` runs with its owner's rights (security definer, bypassing row-level security) "
        "but does not pin `search_path`, so a caller who can create objects in a schema on the "
        "path can make it run their own functions or tables with those rights. Add "
        "`set search_path = ''` and schema-qualify the names inside."
    )


def definer_view(name: str) -> str:
    return (
        f"View `{name}` runs with its owner's rights, so it ignores the row-level security of the "
        "tables it reads and the API serves every row to anyone. Create it `with "
        "(security_invoker = on)` (PostgreSQL 15+) or revoke it from `anon` and `authenticated`."
    )


def anon_grant(what: str, obj: str, privileges: str) -> str:
    return (
        f"This grants {privileges} on {what} `{obj}` to `anon`, the role of every visitor who has "
        "the public key: with no row-level security in the way they reach all of it through the "
        "API. Revoke it (`revoke all on ... from anon`), or enable RLS with policies first."
    )


def fk_unindexed(table: str, columns: str) -> str:
    return (
        f"The foreign key `{table}({columns})` has no index that starts with its columns: joins and "
        "filters on it scan the whole table as it grows, and every delete or key update on the "
        "referenced table scans it too (under lock). Add "
        f"`create index on {table} ({columns});` (concurrently if the table already has data)."
    )
