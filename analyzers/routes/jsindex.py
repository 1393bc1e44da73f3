"""A project-wide index of JavaScript/TypeScript modules: what each file declares, imports and
exports, so that a handler's helpers, an Express router mounted from another file and a
middleware imported from ``@/lib/auth`` can be followed to the code that defines them."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field

from analyzers.routes import jsast
from analyzers.routes.jsast import Node

_ALIAS_ROOTS = ("", "src/")  # "@/lib/x" is "lib/x" or "src/lib/x" in create-next-app layouts
_ENDINGS = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs")


@dataclass
class Module:
    path: str
    root: Node
    source: str
    # name -> the value a top-level declaration binds (function node, call, object, ...)
    values: dict[str, Node] = field(default_factory=dict)
    # local name -> (module specifier, imported name: "default", "*" or an export name)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)
    # export name ("default" for the default export) -> local name or the exported node itself
    exports: dict[str, str | Node] = field(default_factory=dict)
    # export name -> (module specifier, name there) for `export { x } from "./y"`
    reexports: dict[str, tuple[str, str]] = field(default_factory=dict)
    star_reexports: list[str] = field(default_factory=list)
    commonjs: bool = False  # assigns module.exports / exports.x

    def directive(self, word: str) -> bool:
        """True when the file starts with the directive ``word`` ("use server", "use client")."""
        for child in self.root.named_children:
            if child.type == "comment":
                continue
            if child.type == "expression_statement":
                return jsast.string_value(child.named_children[0]) == word if child.named_children else False
            return False
        return False


def _require_spec(node: Node | None) -> str | None:
    node = jsast.unwrap(node)
    if node is not None and node.type == "call_expression" and jsast.callee_path(node) == "require":
        a = jsast.args(node)
        return jsast.string_value(a[0]) if a else None
    return None


def _read_module(path: str, source: str) -> Module:
    root = jsast.parse(path, source)
    mod = Module(path, root, source)
    for stmt in root.named_children:
        _read_statement(mod, stmt, exported=False)
    return mod


def _declare(mod: Module, decl: Node, exported: bool) -> None:
    if decl.type in ("function_declaration", "generator_function_declaration", "class_declaration"):
        name = jsast.text(decl.child_by_field_name("name"))
        if name:
            mod.values[name] = decl
            if exported:
                mod.exports[name] = name
        return
    if decl.type in ("lexical_declaration", "variable_declaration"):
        for d in decl.named_children:
            if d.type != "variable_declarator":
                continue
            target = d.child_by_field_name("name")
            value = d.child_by_field_name("value")
            spec = _require_spec(value)
            if target is not None and target.type == "identifier":
                name = jsast.text(target)
                if spec is not None:
                    mod.imports[name] = (spec, "default")
                elif value is not None:
                    mod.values[name] = value
                if exported:
                    mod.exports[name] = name
            elif target is not None and target.type == "object_pattern" and spec is not None:
                for prop in target.named_children:
                    if prop.type == "shorthand_property_identifier_pattern":
                        mod.imports[jsast.text(prop)] = (spec, jsast.text(prop))
                    elif prop.type == "pair_pattern":
                        key = jsast.text(prop.child_by_field_name("key"))
                        for local in jsast.bound_names(prop.child_by_field_name("value")):
                            mod.imports[local] = (spec, key)


def _read_statement(mod: Module, stmt: Node, exported: bool) -> None:
    if stmt.type == "import_statement":
        src = jsast.string_value(stmt.child_by_field_name("source"))
        if src is None:
            return
        for clause in stmt.named_children:
            if clause.type != "import_clause":
                continue
            for part in clause.named_children:
                if part.type == "identifier":
                    mod.imports[jsast.text(part)] = (src, "default")
                elif part.type == "namespace_import":
                    for ident in part.named_children:
                        mod.imports[jsast.text(ident)] = (src, "*")
                elif part.type == "named_imports":
                    for spec in part.named_children:
                        if spec.type != "import_specifier":
                            continue
                        name = jsast.text(spec.child_by_field_name("name"))
                        alias = jsast.text(spec.child_by_field_name("alias")) or name
                        mod.imports[alias] = (src, name)
        return
    if stmt.type == "export_statement":
        src = jsast.string_value(stmt.child_by_field_name("source"))
        decl = stmt.child_by_field_name("declaration")
        value = stmt.child_by_field_name("value")
        is_default = any(c.type == "default" for c in stmt.children)
        if decl is not None:
            _declare(mod, decl, exported=True)
            if is_default:
                mod.exports["default"] = decl
            return
        if is_default and value is not None:
            inner = jsast.unwrap(value)
            mod.exports["default"] = jsast.text(inner) if inner is not None and inner.type == "identifier" else value
            return
        if is_default:
            for child in stmt.named_children:
                if child.type in jsast.FUNCTION_TYPES or child.type == "class_declaration":
                    name = jsast.text(child.child_by_field_name("name"))
                    if name:
                        mod.values[name] = child
                    mod.exports["default"] = child
            return
        for clause in stmt.named_children:
            if clause.type == "export_clause":
                for spec in clause.named_children:
                    name = jsast.text(spec.child_by_field_name("name"))
                    alias = jsast.text(spec.child_by_field_name("alias")) or name
                    if src is not None:
                        mod.reexports[alias] = (src, name)
                    else:
                        mod.exports[alias] = name
        if src is not None and not any(c.type == "export_clause" for c in stmt.named_children):
            mod.star_reexports.append(src)
        return
    if stmt.type in ("lexical_declaration", "variable_declaration", "function_declaration",
                     "generator_function_declaration", "class_declaration"):
        _declare(mod, stmt, exported=False)
        return
    if stmt.type == "expression_statement" and stmt.named_children:
        expr = stmt.named_children[0]
        if expr.type != "assignment_expression":
            return
        left = jsast.text(expr.child_by_field_name("left")).replace(" ", "")
        right = expr.child_by_field_name("right")
        if right is None:
            return
        if left == "module.exports" or left.startswith(("module.exports.", "exports.")):
            mod.commonjs = True
        if left == "module.exports":
            required = _require_spec(right)
            inner = jsast.unwrap(right)
            if required is not None:
                mod.star_reexports.append(required)
            elif inner is not None and inner.type == "identifier":
                mod.exports["default"] = jsast.text(inner)
            elif inner is not None and inner.type == "object":
                mod.exports["default"] = inner
                for prop in inner.named_children:
                    if prop.type == "shorthand_property_identifier":
                        mod.exports[jsast.text(prop)] = jsast.text(prop)
                    elif prop.type == "pair":
                        key = jsast.text(prop.child_by_field_name("key"))
                        val = jsast.unwrap(prop.child_by_field_name("value"))
                        if val is not None and val.type == "identifier":
                            mod.exports[key] = jsast.text(val)
                        elif val is not None:
                            mod.exports[key] = val
                    elif prop.type == "method_definition":
                        mod.exports[jsast.text(prop.child_by_field_name("name"))] = prop
            else:
                mod.exports["default"] = right
        elif left.startswith(("module.exports.", "exports.")):
            name = left.rsplit(".", 1)[1]
            inner = jsast.unwrap(right)
            if inner is not None and inner.type == "identifier":
                mod.exports[name] = jsast.text(inner)
            else:
                mod.exports[name] = right
                mod.values.setdefault(name, right)


@dataclass(frozen=True)
class Resolved:
    module: Module
    node: Node


class JsIndex:
    """Modules parsed on demand (each once) from the files a reader callback returns."""

    def __init__(self, files: set[str], read: Callable[[str], str | None]) -> None:
        self.files = files
        self._read = read
        self._modules: dict[str, Module | None] = {}

    def text(self, path: str) -> str:
        """The file's source without parsing it ("" when unreadable): for cheap pre-filters."""
        return (self._read(path) or "") if path in self.files else ""

    def module(self, path: str) -> Module | None:
        if path not in self._modules:
            source = self._read(path) if path in self.files else None
            self._modules[path] = _read_module(path, source) if source is not None else None
        return self._modules[path]

    def resolve_spec(self, from_path: str, spec: str) -> str | None:
        """The project file an import specifier names, or None for a package."""
        if spec.startswith("."):
            bases = [posixpath.normpath(posixpath.join(posixpath.dirname(from_path), spec))]
        elif spec.startswith(("@/", "~/")):
            bases = [r + spec[2:] for r in _ALIAS_ROOTS]
        elif spec.startswith("/"):
            bases = [spec.lstrip("/")]
        else:
            return None
        for base in bases:
            if base in self.files and base.endswith(_ENDINGS):
                return base
            stem = base.rsplit(".", 1)[0] if base.endswith((".js", ".mjs", ".cjs")) else base
            for ending in _ENDINGS:
                for candidate in (stem + ending, base + "/index" + ending):
                    if candidate in self.files:
                        return candidate
        return None

    def export(self, path: str, name: str, depth: int = 0) -> Resolved | None:
        """The node a module exports under ``name`` (following re-exports)."""
        mod = self.module(path)
        if mod is None or depth > 6:
            return None
        exported = mod.exports.get(name)
        if isinstance(exported, str):
            return self.lookup(path, exported, depth + 1)
        if exported is not None:
            return Resolved(mod, exported)
        if name in mod.reexports:
            spec, there = mod.reexports[name]
            target = self.resolve_spec(path, spec)
            return self.export(target, there, depth + 1) if target else None
        for spec in mod.star_reexports:
            target = self.resolve_spec(path, spec)
            if target:
                found = self.export(target, name, depth + 1)
                if found is not None:
                    return found
        if name == "default" and mod.commonjs and mod.exports:
            # CommonJS `exports.a = ...; exports.b = ...` required whole: the module namespace
            return Resolved(mod, mod.root)
        return None

    def lookup(self, path: str, name: str, depth: int = 0) -> Resolved | None:
        """What the top-level name ``name`` of module ``path`` stands for: its declaration, or
        the imported declaration in another project file."""
        mod = self.module(path)
        if mod is None or depth > 6:
            return None
        if name in mod.values:
            return Resolved(mod, mod.values[name])
        if name in mod.imports:
            spec, there = mod.imports[name]
            target = self.resolve_spec(path, spec)
            if target is None:
                return None
            if there == "*":
                tmod = self.module(target)
                return Resolved(tmod, tmod.root) if tmod else None
            return self.export(target, there, depth + 1)
        return None

    def resolve_expr(self, path: str, expr: Node, depth: int = 0) -> Resolved | None:
        """Follow an identifier or ``ns.member`` to its declaration in the project."""
        expr_u = jsast.unwrap(expr)
        if expr_u is None or depth > 6:
            return None
        if expr_u.type == "identifier":
            return self.lookup(path, jsast.text(expr_u), depth)
        if expr_u.type == "member_expression":
            obj = jsast.unwrap(expr_u.child_by_field_name("object"))
            prop = jsast.text(expr_u.child_by_field_name("property"))
            if obj is None or obj.type != "identifier":
                return None
            base = self.resolve_expr(path, obj, depth + 1)
            if base is None:
                return None
            if base.node.type == "program":
                return self.export(base.module.path, prop, depth + 1)
            value = jsast.unwrap(base.node)
            if value is not None and value.type == "new_expression":
                # const c = new TicketController(); c.update(...)
                ctor = value.child_by_field_name("constructor")
                cls = self.resolve_expr(base.module.path, ctor, depth + 1) if ctor is not None else None
                value = cls.node if cls is not None else None
                base = cls if cls is not None else base
            if value is not None and value.type == "class_declaration":
                body = value.child_by_field_name("body")
                for member in body.named_children if body is not None else []:
                    if member.type == "method_definition" and jsast.text(member.child_by_field_name("name")) == prop:
                        return Resolved(base.module, member)
                return None
            if base.node.type == "object":
                for p in base.node.named_children:
                    if p.type == "pair" and jsast.text(p.child_by_field_name("key")) == prop:
                        val = p.child_by_field_name("value")
                        if val is not None:
                            inner = jsast.unwrap(val)
                            if inner is not None and inner.type == "identifier":
                                return self.lookup(base.module.path, jsast.text(inner), depth + 1)
                            return Resolved(base.module, val)
                    if p.type == "shorthand_property_identifier" and jsast.text(p) == prop:
                        return self.lookup(base.module.path, prop, depth + 1)
                    if p.type == "method_definition" and jsast.text(p.child_by_field_name("name")) == prop:
                        return Resolved(base.module, p)
            return self.export(base.module.path, prop, depth + 1)
        return None

    def function_of(self, resolved: Resolved | None) -> Resolved | None:
        """The function a resolved value is (a declaration, or ``const f = async () => ...``)."""
        if resolved is None:
            return None
        node = jsast.unwrap(resolved.node)
        if node is not None and node.type in jsast.FUNCTION_TYPES:
            return Resolved(resolved.module, node)
        if node is not None and node.type == "call_expression":
            # const protect = asyncHandler(async (req, res, next) => ...); cache(async () => ...)
            for arg in jsast.args(node):
                inner = jsast.unwrap(arg)
                if inner is not None and inner.type in jsast.FUNCTION_TYPES:
                    return Resolved(resolved.module, inner)
        return None
