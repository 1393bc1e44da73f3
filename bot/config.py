"""Repository configuration: `.github/rescue.yml`, validated, merged over the defaults.

The file is optional; Rescue works with none. A bad file is rejected as a whole with every problem
listed (the key path, what was found, what is accepted), so a typo never silently weakens a review.
The parser refuses what a hostile file could use against us: anchors and aliases (billion-laughs
expansion), custom tags, and sizes beyond ``MAX_CONFIG_BYTES``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from analyzers.categories import CATEGORIES
from analyzers.findings import Finding, Severity
from analyzers.options import AnalyzerOptions
from bot.difffilter import FilterMode
from bot.globs import matches

CONFIG_PATH = ".github/rescue.yml"
MAX_CONFIG_BYTES = 64 * 1024
MAX_LIST_ITEMS = 500


class ConfigError(ValueError):
    """The configuration file is invalid; ``problems`` lists each reason."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source} is invalid:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True, slots=True)
class RuleOverride:
    enabled: bool = True
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class RepoConfig:
    fail_on: Severity | None = Severity.HIGH  # None: never fail ("fail_on: never")
    filter: FilterMode = FilterMode.ADDED
    disabled_categories: frozenset[str] = frozenset()
    ignore_paths: tuple[str, ...] = ()
    rules: Mapping[str, RuleOverride] = field(default_factory=dict)
    public_routes: tuple[str, ...] = ()
    sql_dialect: str = "postgres"
    sql_style: bool = True
    sql_style_generated: bool = False
    exposed_schemas: tuple[str, ...] = ("public",)
    max_review_comments: int = 30
    suggestions: bool = True

    def analyzer_options(self, base: AnalyzerOptions | None = None) -> AnalyzerOptions:
        opts = base or AnalyzerOptions()
        return replace(
            opts,
            disabled_rules=frozenset(k for k, v in self.rules.items() if not v.enabled),
            sql_dialect=self.sql_dialect,
            sql_style=self.sql_style and "sql-style" not in self.disabled_categories,
            sql_style_generated=self.sql_style_generated,
            public_routes=self.public_routes,
            exposed_schemas=self.exposed_schemas,
        )

    def apply(self, finding: Finding) -> Finding:
        """Per-rule severity overrides, and suppression by category, rule or ignored path."""
        override = self.rules.get(finding.rule_id)
        if override is not None and override.severity is not None:
            finding = finding.with_changes(severity=override.severity)
        if finding.suppressed is not None:
            return finding
        if override is not None and not override.enabled:
            return finding.with_changes(
                suppressed=f"rule {finding.rule_id} is off in {CONFIG_PATH}"
            )
        if finding.category in self.disabled_categories:
            return finding.with_changes(
                suppressed=f"category {finding.category} is disabled in {CONFIG_PATH}"
            )
        pattern = matches(finding.path, self.ignore_paths)
        if pattern is not None:
            return finding.with_changes(suppressed=f"path matches ignore pattern {pattern!r}")
        return finding

    def fails(self, finding: Finding) -> bool:
        return self.fail_on is not None and finding.reported and finding.severity >= self.fail_on


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without anchors/aliases (no expansion bombs) and without custom tags."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases are not allowed", event.start_mark
            )
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if getattr(event, "anchor", None):
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


_TOP_KEYS = {
    "fail_on",
    "filter",
    "categories",
    "paths",
    "rules",
    "public_routes",
    "sql",
    "supabase",
    "review",
}


def load_config_file(path: Path) -> RepoConfig:
    """Read a config file from disk; a missing file gives the defaults."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return RepoConfig()
    except OSError as exc:
        raise ConfigError(str(path), [f"cannot read the file: {exc.strerror or exc}"]) from None
    return parse_config(raw, source=str(path))


def parse_config(raw: bytes | str, *, source: str = CONFIG_PATH) -> RepoConfig:
    data = raw.encode() if isinstance(raw, str) else raw
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(
            source, [f"the file is {len(data)} bytes; the limit is {MAX_CONFIG_BYTES}"]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(source, ["the file is not UTF-8 text"]) from None
    try:
        doc = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - _StrictLoader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(source, [f"{where}not valid YAML: {problem}"]) from None
    except RecursionError:
        raise ConfigError(source, ["the file nests too deeply to be a configuration"]) from None
    if doc is None:
        return RepoConfig()
    if not isinstance(doc, dict):
        raise ConfigError(
            source, [f"the top level must be a mapping of settings, not {_kind(doc)}"]
        )
    return _Reader(source).read(doc)


def _kind(value: object) -> str:
    return {
        list: "a list",
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true/false",
    }.get(type(value), type(value).__name__)


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []

    def read(self, doc: dict[Any, Any]) -> RepoConfig:
        cfg = RepoConfig()
        for key in doc:
            if key not in _TOP_KEYS:
                self.problems.append(
                    f"{key}: unknown setting; known settings: {', '.join(sorted(_TOP_KEYS))}"
                )
        changes: dict[str, Any] = {}
        if "fail_on" in doc:
            value = doc["fail_on"]
            if value in ("never", "none", False):
                changes["fail_on"] = None
            else:
                sev = self._severity("fail_on", value)
                if sev is not None:
                    changes["fail_on"] = sev
        if "filter" in doc:
            try:
                changes["filter"] = FilterMode(str(doc["filter"]))
            except ValueError:
                modes = ", ".join(m.value for m in FilterMode)
                self.problems.append(
                    f"filter: {doc['filter']!r} is not a filter mode; use one of {modes}"
                )
        categories = self._mapping(doc, "categories", {"disable", "enable"})
        if categories:
            disable = set(self._names("categories.disable", categories.get("disable", [])))
            enable = self._names("categories.enable", categories.get("enable", []))
            if "enable" in categories:
                disable |= set(CATEGORIES) - set(enable)
            changes["disabled_categories"] = frozenset(disable)
        paths = self._mapping(doc, "paths", {"ignore"})
        if paths:
            changes["ignore_paths"] = tuple(self._strings("paths.ignore", paths.get("ignore", [])))
        if "rules" in doc:
            changes["rules"] = self._rules(doc["rules"])
        if "public_routes" in doc:
            changes["public_routes"] = tuple(self._strings("public_routes", doc["public_routes"]))
        sql = self._mapping(doc, "sql", {"dialect", "style", "style_generated"})
        if "dialect" in sql:
            changes["sql_dialect"] = self._string("sql.dialect", sql["dialect"])
        if "style" in sql:
            changes["sql_style"] = self._bool("sql.style", sql["style"])
        if "style_generated" in sql:
            changes["sql_style_generated"] = self._bool(
                "sql.style_generated", sql["style_generated"]
            )
        supabase = self._mapping(doc, "supabase", {"exposed_schemas"})
        if "exposed_schemas" in supabase:
            changes["exposed_schemas"] = tuple(
                self._strings("supabase.exposed_schemas", supabase["exposed_schemas"])
            )
        review = self._mapping(doc, "review", {"max_comments", "suggestions"})
        if "max_comments" in review:
            n = review["max_comments"]
            if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= 100:
                self.problems.append(
                    f"review.max_comments: {n!r} must be a whole number from 0 to 100"
                )
            else:
                changes["max_review_comments"] = n
        if "suggestions" in review:
            changes["suggestions"] = self._bool("review.suggestions", review["suggestions"])
        if self.problems:
            raise ConfigError(self.source, self.problems)
        return replace(cfg, **changes)

    def _mapping(self, doc: dict[Any, Any], key: str, allowed: set[str]) -> dict[Any, Any]:
        value = doc.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problems.append(f"{key}: expected a mapping, found {_kind(value)}")
            return {}
        for sub in value:
            if sub not in allowed:
                self.problems.append(
                    f"{key}.{sub}: unknown setting; known: {', '.join(sorted(allowed))}"
                )
        return value

    def _severity(self, where: str, value: object) -> Severity | None:
        try:
            return Severity.parse(str(value))
        except ValueError as exc:
            self.problems.append(f"{where}: {exc}")
            return None

    def _string(self, where: str, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            self.problems.append(f"{where}: expected a non-empty string, found {_kind(value)}")
            return ""
        return value.strip()

    def _bool(self, where: str, value: object) -> bool:
        if not isinstance(value, bool):
            self.problems.append(f"{where}: expected true or false, found {value!r}")
            return False
        return value

    def _strings(self, where: str, value: object) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.problems.append(f"{where}: expected a list of strings, found {_kind(value)}")
            return []
        if len(value) > MAX_LIST_ITEMS:
            self.problems.append(f"{where}: {len(value)} entries; the limit is {MAX_LIST_ITEMS}")
            return []
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.problems.append(
                    f"{where}[{i}]: expected a non-empty string, found {_kind(item)}"
                )
            else:
                out.append(item.strip())
        return out

    def _names(self, where: str, value: object) -> list[str]:
        names = self._strings(where, value)
        for name in names:
            if name not in CATEGORIES:
                self.problems.append(f"{where}: unknown category {name!r}")
        return [n for n in names if n in CATEGORIES]

    def _rules(self, value: object) -> dict[str, RuleOverride]:
        if not isinstance(value, dict):
            self.problems.append(
                f"rules: expected a mapping of rule id to settings, found {_kind(value)}"
            )
            return {}
        out: dict[str, RuleOverride] = {}
        for rule_id, setting in value.items():
            where = f"rules.{rule_id}"
            if setting in ("off", False):
                out[str(rule_id)] = RuleOverride(enabled=False)
            elif setting in ("on", True):
                out[str(rule_id)] = RuleOverride()
            elif isinstance(setting, dict):
                unknown = set(setting) - {"severity", "enabled"}
                for key in sorted(unknown, key=str):
                    self.problems.append(
                        f"{where}.{key}: unknown setting; known: enabled, severity"
                    )
                enabled = self._bool(f"{where}.enabled", setting.get("enabled", True))
                sev = (
                    self._severity(f"{where}.severity", setting["severity"])
                    if "severity" in setting
                    else None
                )
                out[str(rule_id)] = RuleOverride(enabled=enabled, severity=sev)
            else:
                self.problems.append(
                    f"{where}: expected off, on, or a mapping with severity/enabled, found {setting!r}"
                )
        return out
