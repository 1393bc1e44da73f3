"""A project-wide index of Python modules (``ast``): top-level functions, assignments and
imports, so that ``Depends(get_current_user)`` or ``app.include_router(users.router)`` can be
followed into the file that defines them."""

from __future__ import annotations

import ast
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class PyModule:
    path: str
    tree: ast.Module
    source: str
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = field(default_factory=dict)
    assigns: dict[str, ast.expr] = field(default_factory=dict)
    # local name -> (module file or None for a package, attribute name or None for the module)
    imports: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def segment(self, node: ast.AST) -> str:
        return ast.get_source_segment(self.source, node) or ""


class PyIndex:
    def __init__(self, files: set[str], read: Callable[[str], str | None]) -> None:
        self.files = files
        self._read = read
        self._modules: dict[str, PyModule | None] = {}
        self._by_suffix: dict[str, list[str]] = {}
        for f in files:
            if f.endswith(".py"):
                dotted = f[:-3].removesuffix("/__init__").replace("/", ".")
                parts = dotted.split(".")
                for i in range(len(parts)):
                    self._by_suffix.setdefault(".".join(parts[i:]), []).append(f)

    def module(self, path: str) -> PyModule | None:
        if path not in self._modules:
            source = self._read(path) if path in self.files else None
            mod = None
            if source is not None:
                try:
                    mod = self._build(path, ast.parse(source), source)
                except (SyntaxError, ValueError):
                    mod = None
            self._modules[path] = mod
        return self._modules[path]

    def error(self, path: str) -> str | None:
        source = self._read(path)
        if source is None:
            return None
        try:
            ast.parse(source)
        except SyntaxError as exc:
            return f"cannot parse (line {exc.lineno}): {exc.msg}"
        return None

    def _resolve_dotted(self, from_path: str, module: str | None, level: int) -> str | None:
        if level:
            base = posixpath.dirname(from_path)
            for _ in range(level - 1):
                base = posixpath.dirname(base)
            rel = (module or "").replace(".", "/")
            stem = posixpath.join(base, rel) if rel else base
            for candidate in (stem + ".py", stem + "/__init__.py"):
                if candidate in self.files:
                    return candidate
            return None
        if not module:
            return None
        matches = self._by_suffix.get(module, [])
        if not matches:
            return None
        # the candidate that shares the most leading folders with the importer
        return max(matches, key=lambda m: len(posixpath.commonprefix([m, from_path])))

    def _build(self, path: str, tree: ast.Module, source: str) -> PyModule:
        mod = PyModule(path, tree, source)
        # imports inside functions (Flask's create_app) name project modules too
        nested = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n not in tree.body]
        for stmt in [*nested, *tree.body]:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                mod.functions[stmt.name] = stmt
            elif isinstance(stmt, ast.Assign):
                for target in stmt.targets:
                    if isinstance(target, ast.Name):
                        mod.assigns[target.id] = stmt.value
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
                mod.assigns[stmt.target.id] = stmt.value
            elif isinstance(stmt, ast.ImportFrom):
                source_file = self._resolve_dotted(path, stmt.module, stmt.level)
                for alias in stmt.names:
                    local = alias.asname or alias.name
                    sub = self._resolve_dotted(path, f"{stmt.module}.{alias.name}" if stmt.module else alias.name, stmt.level)
                    if sub is not None:
                        mod.imports[local] = (sub, None)
                    else:
                        mod.imports[local] = (source_file, alias.name)
            elif isinstance(stmt, ast.Import):
                for alias in stmt.names:
                    mod.imports[alias.asname or alias.name.split(".")[0]] = (
                        self._resolve_dotted(path, alias.name, 0), None
                    )
            elif hasattr(ast, "TypeAlias") and isinstance(stmt, ast.TypeAlias) and isinstance(stmt.name, ast.Name):
                mod.assigns[stmt.name.id] = stmt.value
        return mod

    def lookup(self, path: str, name: str, depth: int = 0) -> tuple[PyModule, ast.AST] | None:
        """The top-level function or assigned value ``name`` stands for in module ``path``."""
        mod = self.module(path)
        if mod is None or depth > 5:
            return None
        if name in mod.functions:
            return mod, mod.functions[name]
        if name in mod.assigns:
            return mod, mod.assigns[name]
        if name in mod.imports:
            target, attr = mod.imports[name]
            if target is None:
                return None
            if attr is None:
                tmod = self.module(target)
                return (tmod, tmod.tree) if tmod else None
            return self.lookup(target, attr, depth + 1)
        return None

    def resolve(self, path: str, expr: ast.expr) -> tuple[PyModule, ast.AST] | None:
        if isinstance(expr, ast.Name):
            return self.lookup(path, expr.id)
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            base = self.lookup(path, expr.value.id)
            if base is not None and isinstance(base[1], ast.Module):
                return self.lookup(base[0].path, expr.attr)
        if isinstance(expr, ast.Call):
            return self.resolve(path, expr.func)
        return None

    def is_package_name(self, path: str, name: str) -> bool:
        mod = self.module(path)
        return mod is not None and name in mod.imports and mod.imports[name][0] is None
