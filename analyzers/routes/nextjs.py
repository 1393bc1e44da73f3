"""Next.js endpoints: App Router route handlers, Pages API routes and server actions."""

from __future__ import annotations

import re

from analyzers.routes import jsast
from analyzers.routes.jsindex import JsIndex, Module
from analyzers.routes.jsjudge import JsJudge
from analyzers.routes.model import METHODS, JsHandler, Route

_APP_ROUTE = re.compile(r"^(?:.*/)?(?:src/)?app/(?P<route>(?:.*/)?)route\.(?:ts|js|tsx|jsx|mjs)$")
_PAGES_API = re.compile(r"^(?:.*/)?(?:src/)?pages/(?P<route>api/.*)\.(?:ts|js|tsx|jsx|mjs)$")
# Library wrappers that reject anonymous callers before the wrapped handler runs.
_AUTH_WRAPPERS = re.compile(r"^(?:withApiAuthRequired|withAuth|withPageAuthRequired|requireAuth)$")


def app_route_path(file: str) -> str | None:
    m = _APP_ROUTE.match(file)
    if m is None:
        return None
    segs = [s for s in m.group("route").split("/") if s]
    # Route groups "(marketing)" and parallel-route slots "@modal" are not part of the URL.
    kept = [s for s in segs if not (s.startswith("(") and s.endswith(")")) and not s.startswith("@")]
    return "/" + "/".join(kept)


def pages_api_path(file: str) -> str | None:
    m = _PAGES_API.match(file)
    if m is None:
        return None
    route = m.group("route")
    if route.endswith("/index") or route == "api/index":
        route = route[: -len("/index")]
    return "/" + route


def _export_line(mod: Module, name: str) -> int:
    for stmt in mod.root.named_children:
        if stmt.type == "export_statement" and re.search(rf"\b{name}\b", jsast.text(stmt)[:200]):
            return jsast.line(stmt)
    return 1


def _handler_and_wrapper(judge: JsJudge, mod: Module, node: jsast.Node) -> tuple[jsast.Node | None, str | None]:
    """The handler function behind an export, and the protection a wrapper around it adds."""
    node_u = jsast.unwrap(node)
    if node_u is None:
        return None, None
    if node_u.type in jsast.FUNCTION_TYPES:
        return node_u, None
    if node_u.type == "call_expression":
        inner = [a for a in jsast.args(node_u) if jsast.unwrap(a) is not None]
        fn = None
        for a in inner:
            a_u = jsast.unwrap(a)
            if a_u is not None and a_u.type in jsast.FUNCTION_TYPES:
                fn = a_u
                break
            if a_u is not None and a_u.type == "identifier":
                resolved = judge.index.function_of(judge.index.resolve_expr(mod.path, a_u))
                if resolved is not None:
                    fn = resolved.node
                    break
        wrapper = judge.resolve_call(mod, node_u)
        protection = None
        if wrapper is not None:
            facts = judge.facts(wrapper.module, wrapper.node, 1)
            if facts.protection and facts.rejects:
                protection = f"{jsast.callee_path(node_u)}() ({wrapper.module.path})"
            else:
                for nested in jsast.walk(wrapper.node):
                    if nested.type in jsast.FUNCTION_TYPES and nested is not wrapper.node:
                        sub = judge.facts(wrapper.module, nested, 1)
                        if sub.protection and sub.rejects:
                            protection = f"{jsast.callee_path(node_u)}() ({wrapper.module.path})"
                            break
        elif _AUTH_WRAPPERS.match(jsast.callee_name(node_u)):
            protection = f"{jsast.callee_path(node_u)}()"
        return fn, protection
    if node_u.type == "identifier":
        resolved = judge.index.function_of(judge.index.resolve_expr(mod.path, node_u))
        if resolved is not None:
            return resolved.node, None
        value = judge.index.resolve_expr(mod.path, node_u)
        if value is not None:
            return _handler_and_wrapper(judge, value.module, value.node)
    return None, None


def app_routes(index: JsIndex, judge: JsJudge, file: str) -> list[Route]:
    route = app_route_path(file)
    mod = index.module(file) if route is not None else None
    if route is None or mod is None:
        return []
    out = []
    for method in METHODS:
        exported = index.export(file, method)
        if exported is None:
            continue
        fn, wrapped = _handler_and_wrapper(judge, exported.module, exported.node)
        line = jsast.line(fn) if fn is not None and exported.module is mod else _export_line(mod, method)
        if fn is not None and fn.parent is not None and fn.parent.type == "export_statement":
            line = jsast.line(fn.parent)
        elif exported.module is mod and jsast.unwrap(exported.node) is not fn:
            line = _export_line(mod, method)
        handler = JsHandler(exported.module, fn) if fn is not None else None
        out.append(Route("nextjs-app", method, route, file, line, handler, protection=wrapped))
    return out


def pages_routes(index: JsIndex, judge: JsJudge, file: str) -> list[Route]:
    route = pages_api_path(file)
    mod = index.module(file) if route is not None else None
    if route is None or mod is None:
        return []
    exported = index.export(file, "default")
    if exported is None:
        return []
    fn, wrapped = _handler_and_wrapper(judge, exported.module, exported.node)
    line = _export_line(mod, "default")
    if fn is not None and exported.module is mod:
        line = jsast.line(fn.parent) if fn.parent is not None and fn.parent.type == "export_statement" else jsast.line(fn)
    handler = JsHandler(exported.module, fn) if fn is not None else None
    return [Route("nextjs-pages", "ANY", route, file, line, handler, protection=wrapped)]


def server_actions(index: JsIndex, file: str) -> list[Route]:
    """Every exported async function of a "use server" file is a POST endpoint anyone can call."""
    mod = index.module(file)
    if mod is None or not mod.directive("use server"):
        return []
    out = []
    for name, local in mod.exports.items():
        node = mod.values.get(local) if isinstance(local, str) else local
        fn = jsast.unwrap(node) if node is not None else None
        if fn is None or fn.type not in jsast.FUNCTION_TYPES:
            continue
        names = tuple(n for p in jsast.params(fn) for n in jsast.bound_names(p.child_by_field_name("pattern") or p))
        line = jsast.line(fn.parent) if fn.parent is not None and fn.parent.type == "export_statement" else jsast.line(fn)
        if fn.parent is not None and fn.parent.type == "variable_declarator":
            line = jsast.line(fn.parent)
        out.append(Route("nextjs-action", "POST", f"server action {name}", file, line,
                         JsHandler(mod, fn, client_params=names)))
    return out
