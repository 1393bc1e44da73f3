"""`.github/rescue.yml`: valid files, clear errors, hostile files."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.findings import Finding, Severity
from bot.config import ConfigError, RepoConfig, load_config_file, parse_config
from bot.difffilter import FilterMode

FULL = """
fail_on: medium
filter: diff-context
categories:
  disable: [sql-style, swallowed-error]
paths:
  ignore: ["legacy/**", "*.stories.tsx"]
rules:
  ts.nextjs.route-without-auth: off
  py.llm.output-eval: {severity: low}
public_routes: ["/api/health", "/api/public/**"]
sql: {dialect: postgres, style: false}
supabase: {exposed_schemas: [public, api]}
review: {max_comments: 10, suggestions: false}
"""


def _finding(rule: str = "py.llm.output-eval", category: str = "llm-output-exec", path: str = "a.py") -> Finding:
    return Finding(rule, category, Severity.CRITICAL, path, 1, 1, "m", "semgrep", "fp")


def test_full_config() -> None:
    cfg = parse_config(FULL)
    assert cfg.fail_on is Severity.MEDIUM
    assert cfg.filter is FilterMode.DIFF_CONTEXT
    assert cfg.disabled_categories == {"sql-style", "swallowed-error"}
    assert cfg.public_routes == ("/api/health", "/api/public/**")
    assert cfg.exposed_schemas == ("public", "api")
    assert (cfg.max_review_comments, cfg.suggestions, cfg.sql_style) == (10, False, False)
    opts = cfg.analyzer_options()
    assert opts.disabled_rules == {"ts.nextjs.route-without-auth"}
    assert opts.sql_style is False and opts.public_routes == cfg.public_routes
    assert cfg.apply(_finding()).severity is Severity.LOW
    assert "is off" in (cfg.apply(_finding("ts.nextjs.route-without-auth")).suppressed or "")
    assert "disabled" in (cfg.apply(_finding("x", "swallowed-error")).suppressed or "")
    assert "legacy/**" in (cfg.apply(_finding(path="legacy/old/a.py")).suppressed or "")
    assert "stories" in (cfg.apply(_finding(path="src/ui/Button.stories.tsx")).suppressed or "")
    assert cfg.apply(_finding(path="src/legacy.py")).suppressed is None


def test_empty_and_missing_files_give_defaults(tmp_path: Path) -> None:
    assert parse_config("") == RepoConfig()
    assert parse_config("# only a comment\n") == RepoConfig()
    assert load_config_file(tmp_path / "nope.yml") == RepoConfig()
    assert parse_config("fail_on: never").fail_on is None


def test_enable_list_disables_the_rest() -> None:
    cfg = parse_config("categories: {enable: [exposed-secret]}")
    assert "exposed-secret" not in cfg.disabled_categories
    assert "idor" in cfg.disabled_categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fail_on: hgh", "fail_on: unknown severity 'hgh'"),
        ("failon: high", "failon: unknown setting"),
        ("filter: lines", "filter: 'lines' is not a filter mode"),
        ("categories: {disable: [nope]}", "unknown category 'nope'"),
        ("categories: [idor]", "categories: expected a mapping"),
        ("paths: {ignore: 3}", "paths.ignore: expected a list of strings"),
        ("rules: {x: maybe}", "rules.x: expected off, on, or a mapping"),
        ("rules: {x: {severity: huge}}", "rules.x.severity: unknown severity"),
        ("review: {max_comments: 1000}", "review.max_comments: 1000 must be a whole number"),
        ("sql: {style: yes please}", "sql.style: expected true or false"),
        ("- a\n- b\n", "top level must be a mapping"),
        ("fail_on: [high\n", "not valid YAML"),
    ],
)
def test_errors_name_the_key(text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(text)
    assert expected in str(info.value)


def test_every_problem_is_listed_at_once() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config("fail_on: x\nfilter: y\nbogus: 1\n")
    assert len(info.value.problems) == 3


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a: &x [1, 2]\nb: *x\n", "anchors and aliases are not allowed"),
        ("a: !!python/object/apply:os.system ['true']\n", "not valid YAML"),
        ("x: " + "[" * 5000 + "]" * 5000, "nests too deeply"),
        (b"fail_on: \xff\xfe", "not UTF-8"),
        ("# " + "x" * 70000, "the limit is 65536"),
    ],
)
def test_hostile_files_are_refused(raw: str | bytes, expected: str) -> None:
    with pytest.raises(ConfigError, match=expected):
        parse_config(raw)


def test_billion_laughs_is_refused_before_expansion() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9)
    )
    with pytest.raises(ConfigError, match="anchors and aliases"):
        parse_config(bomb)
