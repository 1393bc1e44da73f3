"""SQL text to statements: lines, DO blocks, EXECUTE strings and files that do not parse."""

from __future__ import annotations

from pglast import ast

from analyzers.sql.source import EACH_TABLE, parse_file

DRIZZLE = """CREATE TABLE "a" ("id" uuid PRIMARY KEY);
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "b" ADD CONSTRAINT "b_a_fk" FOREIGN KEY ("a_id") REFERENCES "public"."a"("id");
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
"""


def test_statement_lines_skip_comments_and_blank_lines() -> None:
    parsed = parse_file("m.sql", "-- héllo\n\n/* note */\ncreate table t (id int);\n\n\nalter table t add column x int;\n")
    assert [type(s.node).__name__ for s in parsed.statements] == ["CreateStmt", "AlterTableStmt"]
    assert [s.line for s in parsed.statements] == [4, 7]
    assert parsed.problems == []


def test_do_block_statements_get_their_own_lines() -> None:
    parsed = parse_file("0000.sql", DRIZZLE)
    inner = [s for s in parsed.statements if s.in_block]
    assert len(inner) == 1
    assert isinstance(inner[0].node, ast.AlterTableStmt)
    assert inner[0].line == 4
    constraint = inner[0].node.cmds[0].def_
    assert inner[0].line_at(constraint.location) == 4


def test_execute_of_a_literal_and_a_loop_over_a_schema() -> None:
    sql = """do $$
declare r record;
begin
  execute 'create policy "p" on public.t for select using (true)';
  for r in select tablename from pg_tables where schemaname = 'api' loop
    execute format('alter table %I enable row level security', r.tablename);
  end loop;
end $$;
"""
    parsed = parse_file("x.sql", sql)
    inner = [s for s in parsed.statements if s.in_block]
    assert [type(s.node).__name__ for s in inner] == ["CreatePolicyStmt", "AlterTableStmt"]
    assert [s.line for s in inner] == [4, 6]
    loop_target = inner[1].node.relation
    assert (loop_target.schemaname, loop_target.relname) == ("api", EACH_TABLE)


def test_a_statement_that_does_not_parse_is_reported_and_the_rest_kept() -> None:
    sql = "create table a (id int);\ncreate tabel b (id int);\ncreate table c (id int);\n"
    parsed = parse_file("bad.sql", sql)
    assert [s.node.relation.relname for s in parsed.statements] == ["a", "c"]
    assert [s.line for s in parsed.statements] == [1, 3]
    assert len(parsed.problems) == 1
    assert parsed.problems[0].line == 2
    assert "syntax error" in parsed.problems[0].message


def test_explicit_transaction_is_noticed() -> None:
    assert parse_file("d.sql", "BEGIN;\ncreate table a (id int);\nCOMMIT;\n").explicit_transaction
    assert not parse_file("d.sql", "create table a (id int);\n").explicit_transaction
