"""Which repository files a changed source file imports, so a review can fetch them as context.

A route handler is judged together with the helpers it calls: `requireUser()` from `@/lib/auth`
protects the route only if the analyzer can read `lib/auth.ts`. A pull request lists the handler,
not the helper, so the review follows the handler's imports inside the repository (never into
packages) and fetches what they resolve to. Pure: text in, paths out; no network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

_JS_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")
_PY_SUFFIXES = (".py",)

# `import x from "y"`, `import "y"`, `export ... from "y"`, `require("y")`, `import("y")`.
_JS_IMPORT = re.compile(
    r"""(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])([^"'\n]{1,300})\1"""
)
# `from .a.b import c`, `from pkg.mod import x, y`, `import pkg.mod`.
_PY_FROM = re.compile(r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]+)", re.MULTILINE)
_PY_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)", re.MULTILINE)

# A `tsconfig.json` may carry comments and trailing commas (it is JSONC).
_JSONC_COMMENT = re.compile(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


@dataclass(frozen=True)
class Aliases:
    """Path aliases of a JS/TS project (`compilerOptions.paths`): prefix → folders to try."""

    prefixes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @classmethod
    def from_tsconfig(cls, text: str, folder: str = "") -> Aliases:
        """Read `paths` (relative to `baseUrl`) from a tsconfig/jsconfig; empty when unreadable."""
        try:
            doc = json.loads(_TRAILING_COMMA.sub(r"\1", _JSONC_COMMENT.sub(_keep_strings, text)))
        except (ValueError, RecursionError):
            return cls()
        options = doc.get("compilerOptions") if isinstance(doc, dict) else None
        if not isinstance(options, dict):
            return cls()
        base = _join(folder, str(options.get("baseUrl") or "."))
        paths = options.get("paths")
        out: list[tuple[str, tuple[str, ...]]] = []
        if isinstance(paths, dict):
            for key, targets in paths.items():
                if not isinstance(key, str) or not isinstance(targets, list):
                    continue
                prefix = key.removesuffix("*")
                dirs = tuple(
                    _join(base, t.removesuffix("*")) for t in targets if isinstance(t, str)
                )
                if prefix and dirs:
                    out.append((prefix, dirs))
        # Longest prefix first, as TypeScript picks the most specific pattern.
        out.sort(key=lambda item: -len(item[0]))
        return cls(tuple(out))


# Used when a project declares no aliases: Next.js templates map `@/` to the root or `src/`.
DEFAULT_ALIASES = Aliases((("@/", ("src/", "")), ("~/", ("src/", ""))))


def _keep_strings(match: re.Match[str]) -> str:
    return match.group(1) or ""


def _join(folder: str, rel: str) -> str:
    parts: list[str] = []
    for part in PurePosixPath(folder, rel).parts if folder else PurePosixPath(rel).parts:
        if part == "..":
            if not parts:
                return ""
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    joined = "/".join(parts)
    return joined + "/" if rel.endswith("/") and joined else joined


def import_specifiers(path: str, text: str) -> list[str]:
    """The module specifiers a JS/TS or Python file imports, in order, without duplicates."""
    found: list[str] = []
    if path.endswith(_JS_SUFFIXES):
        found = [m.group(2) for m in _JS_IMPORT.finditer(text)]
    elif path.endswith(_PY_SUFFIXES):
        for m in _PY_FROM.finditer(text):
            dots, module, names = m.group(1), m.group(2), m.group(3)
            found.append(dots + module)
            # `from . import auth` / `from app import deps` may name submodules.
            if not names.startswith("("):
                names = names.split("#", 1)[0]  # a trailing comment is not a name
            for name in re.findall(r"\w+", names):
                if name == "as":
                    continue
                found.append(f"{dots}{module}.{name}" if module else f"{dots}{name}")
        for m in _PY_IMPORT.finditer(text):
            found.extend(s.strip() for s in m.group(1).split(","))
    return list(dict.fromkeys(found))


def resolve(
    spec: str, importer: str, files: frozenset[str], aliases: Aliases = DEFAULT_ALIASES
) -> str | None:
    """The repository file `spec` (imported by `importer`) refers to, or None (a package, or a
    file the tree does not hold)."""
    if importer.endswith(_PY_SUFFIXES):
        return _resolve_python(spec, importer, files)
    folder = str(PurePosixPath(importer).parent)
    folder = "" if folder == "." else folder
    if spec.startswith(("./", "../")):
        return _first_file([_join(folder, spec)], files)
    for prefix, dirs in aliases.prefixes:
        if spec.startswith(prefix):
            rest = spec[len(prefix):]
            return _first_file([_join(d, rest) for d in dirs], files)
    return None


def _first_file(bases: Iterable[str], files: frozenset[str]) -> str | None:
    for base in bases:
        if not base:
            continue
        stem = base.removesuffix("/")
        # TypeScript lets `./auth.js` name `auth.ts`; try the path as written first.
        candidates = [stem] if stem.endswith(_JS_SUFFIXES) else []
        root, dot, ext = stem.rpartition(".")
        if dot and "/" not in ext and f".{ext}" in _JS_SUFFIXES:
            candidates += [root + s for s in _JS_SUFFIXES]
        candidates += [stem + s for s in _JS_SUFFIXES]
        candidates += [f"{stem}/index{s}" for s in _JS_SUFFIXES]
        for candidate in candidates:
            if candidate in files:
                return candidate
    return None


def _resolve_python(spec: str, importer: str, files: frozenset[str]) -> str | None:
    level = len(spec) - len(spec.lstrip("."))
    dotted = spec[level:]
    parts = [p for p in dotted.split(".") if p]
    if level:
        base = PurePosixPath(importer).parent
        for _ in range(level - 1):
            base = base.parent
        roots = ["" if str(base) == "." else str(base)]
    else:
        # Absolute imports resolve from the repository root or a `src/` layout; also from the
        # importer's top folder (a service kept in `api/` run with `api/` on the path).
        top = PurePosixPath(importer).parts[0] if "/" in importer else ""
        roots = list(dict.fromkeys(["", "src", top]))
    if not parts:
        return None
    for root in roots:
        stem = "/".join([root, *parts]) if root else "/".join(parts)
        for candidate in (stem + ".py", stem + "/__init__.py"):
            if candidate in files:
                return candidate
    return None


def aliases_for(importer: str, configs: Mapping[str, str]) -> Aliases:
    """The aliases of the nearest tsconfig/jsconfig above `importer` (`configs`: path → text)."""
    folder = PurePosixPath(importer).parent
    while True:
        prefix = "" if str(folder) == "." else f"{folder}/"
        for name in ("tsconfig.json", "jsconfig.json"):
            text = configs.get(prefix + name)
            if text is not None:
                found = Aliases.from_tsconfig(text, prefix.removesuffix("/"))
                return found if found.prefixes else DEFAULT_ALIASES
        if str(folder) == ".":
            return DEFAULT_ALIASES
        folder = folder.parent
