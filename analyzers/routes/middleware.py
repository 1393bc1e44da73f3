"""Next.js ``middleware.ts``: which paths its ``config.matcher`` covers and whether it turns
anonymous callers away there (Clerk ``clerkMiddleware`` + ``createRouteMatcher``, next-auth,
or a hand-written / Supabase session check, with its own public-path exceptions)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzers.routes import jsast
from analyzers.routes.jsast import Node
from analyzers.routes.jsindex import JsIndex, Module
from analyzers.routes.jsjudge import JsJudge

_FILES = ("middleware", "src/middleware", "proxy", "src/proxy")
_ENDINGS = (".ts", ".js", ".mjs", ".tsx")


def path_pattern(pattern: str) -> re.Pattern[str]:
    """A Next.js / path-to-regexp matcher (``/dashboard/:path*``, ``/api(.*)``,
    ``/((?!_next|login).*)``) as a regular expression over a URL path."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "(":
            depth, j = 0, i
            while j < n:
                if pattern[j] == "\\":
                    j += 2
                    continue
                if pattern[j] == "(":
                    depth += 1
                elif pattern[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out.append(pattern[i : j + 1])
            i = j + 1
            if i < n and pattern[i] in "*+?":
                out.append(pattern[i])
                i += 1
        elif ch == "/" and i + 1 < n and pattern[i + 1] == ":":
            m = re.match(r":(\w+)([*+?]?)", pattern[i + 1 :])
            if m is None:
                out.append("/")
                i += 1
                continue
            mod = m.group(2)
            out.append({"*": "(?:/.*)?", "+": "/.+", "?": "(?:/[^/]+)?"}.get(mod, "/[^/]+"))
            i += 1 + m.end()
        elif ch == ":":
            m = re.match(r":(\w+)([*+?]?)", pattern[i:])
            if m is None:
                out.append(":")
                i += 1
                continue
            out.append(".*" if m.group(2) in ("*", "+") else "[^/]+")
            i += m.end()
        else:
            out.append(re.escape(ch))
            i += 1
    try:
        return re.compile("^" + "".join(out) + "/?$")
    except re.error:
        return re.compile(re.escape(pattern))


def sample_url(route: str) -> str:
    """A concrete URL for a route written with ``[id]`` / ``:id`` segments."""
    return re.sub(r"\[\[?\.\.\.\w+\]\]?|\[\w+\]|:\w+", "x", route) or "/"


@dataclass
class Coverage:
    file: str
    matchers: list[re.Pattern[str]] | None  # None: every path
    protected: list[re.Pattern[str]] | None  # None: every matched path
    public: list[re.Pattern[str]] = field(default_factory=list)
    public_prefixes: list[str] = field(default_factory=list)
    protected_prefixes: list[str] = field(default_factory=list)
    how: str = "middleware"

    def covers(self, route: str) -> str | None:
        url = sample_url(route)
        if self.matchers is not None and not any(m.match(url) for m in self.matchers):
            return None
        if any(p.match(url) for p in self.public):
            return None
        if any(_under(url, p) for p in self.public_prefixes):
            return None
        if self.protected is not None and not any(p.match(url) for p in self.protected):
            return None
        if self.protected_prefixes and not any(_under(url, p) for p in self.protected_prefixes):
            return None
        return f"{self.how} ({self.file})"


def _under(url: str, prefix: str) -> bool:
    prefix = prefix.rstrip("/") or "/"
    return url == prefix or url.startswith(prefix + "/") or (prefix == "/" and url == "/")


def _strings(node: Node | None) -> list[str]:
    node = jsast.unwrap(node)
    if node is None:
        return []
    single = jsast.string_value(node)
    if single is not None:
        return [single]
    out: list[str] = []
    if node.type == "array":
        for item in node.named_children:
            item_u = jsast.unwrap(item)
            if item_u is not None and item_u.type == "object":
                for pair in item_u.named_children:
                    if pair.type == "pair" and jsast.text(pair.child_by_field_name("key")).strip("'\"") == "source":
                        out.extend(_strings(pair.child_by_field_name("value")))
            else:
                out.extend(_strings(item))
    return out


def _matcher(mod: Module) -> list[re.Pattern[str]] | None:
    config = mod.values.get("config")
    config_u = jsast.unwrap(config)
    if config_u is None or config_u.type != "object":
        return None
    for pair in config_u.named_children:
        if pair.type == "pair" and jsast.text(pair.child_by_field_name("key")).strip("'\"") == "matcher":
            return [path_pattern(s) for s in _strings(pair.child_by_field_name("value"))]
    return None


def _route_matchers(mod: Module) -> dict[str, list[re.Pattern[str]]]:
    """``const isPublic = createRouteMatcher([...])`` declarations."""
    found: dict[str, list[re.Pattern[str]]] = {}
    for name, value in mod.values.items():
        v = jsast.unwrap(value)
        if v is not None and v.type == "call_expression" and jsast.callee_name(v) == "createRouteMatcher":
            a = jsast.args(v)
            found[name] = [path_pattern(s) for s in _strings(a[0])] if a else []
    return found


def _negated(call: Node) -> bool:
    parent = call.parent
    while parent is not None and parent.type in ("parenthesized_expression", "await_expression"):
        parent = parent.parent
    return parent is not None and parent.type == "unary_expression" and jsast.text(parent).startswith("!")


def _clerk(mod: Module, callback: Node | None, file: str) -> Coverage | None:
    if callback is None:
        return None  # clerkMiddleware() without a callback leaves every route public
    matchers = _route_matchers(mod)
    protects = [c for c in jsast.calls(callback) if jsast.callee_name(c) in ("protect", "redirectToSignIn")]
    if not protects:
        # auth().userId checked by hand, with a redirect
        src = jsast.comment_free(callback)
        if not re.search(r"userId|sessionId", src) or not re.search(r"redirect|401", src):
            return None
    cov = Coverage(file, None, None, how="clerkMiddleware")
    guarded_by: list[tuple[str, bool]] = []
    for node in jsast.walk(callback):
        if node.type == "if_statement":
            cond = node.child_by_field_name("condition")
            then = node.child_by_field_name("consequence")
            if cond is None or then is None:
                continue
            if not any(jsast.callee_name(c) in ("protect", "redirectToSignIn") or "redirect" in jsast.callee_name(c)
                       for c in jsast.calls(then)):
                continue
            for call in jsast.calls(cond):
                name = jsast.callee_name(call)
                if name in matchers:
                    guarded_by.append((name, _negated(call)))
    for name, negated in guarded_by:
        if negated:
            cov.public.extend(matchers[name])
        else:
            cov.protected = (cov.protected or []) + matchers[name]
    return cov


def _exceptions(fn: Node, cov: Coverage) -> None:
    """Public-path exceptions and protected prefixes written in the middleware's conditions:
    ``!pathname.startsWith("/login")`` is an exception, ``pathname.startsWith("/dashboard")``
    a protected prefix; ``publicRoutes.includes(pathname)`` with a literal array likewise."""
    arrays: dict[str, list[str]] = {}
    for node in jsast.walk(fn.parent if fn.parent is not None else fn):
        if node.type == "variable_declarator":
            value = jsast.unwrap(node.child_by_field_name("value"))
            if value is not None and value.type == "array":
                arrays[jsast.text(node.child_by_field_name("name"))] = [
                    s for s in _strings(value) if s.startswith("/")
                ]
    for node in jsast.walk(fn):
        if node.type != "if_statement":
            continue
        cond = node.child_by_field_name("condition")
        if cond is None:
            continue
        for call in jsast.calls(cond):
            name = jsast.callee_name(call)
            literals: list[str] = []
            if name in ("startsWith", "includes", "some", "match", "test") or name == "startsWith":
                for a in jsast.args(call):
                    s = jsast.string_value(a)
                    if s is not None and s.startswith("/"):
                        literals.append(s)
                    a_u = jsast.unwrap(a)
                    if a_u is not None and a_u.type == "arrow_function":
                        literals.extend(s for s in (jsast.string_value(x) for x in jsast.walk(a_u)) if s and s.startswith("/"))
                fn_node = jsast.callee(call)
                obj = fn_node.child_by_field_name("object") if fn_node is not None and fn_node.type == "member_expression" else None
                if obj is not None and jsast.text(obj) in arrays:
                    literals.extend(arrays[jsast.text(obj)])
            if not literals:
                continue
            if _negated(call):
                cov.public_prefixes.extend(literals)
            elif _in_redirect_branch(node):
                cov.protected_prefixes.extend(literals)
            else:
                cov.public_prefixes.extend(literals)


def _in_redirect_branch(if_node: Node) -> bool:
    then = if_node.child_by_field_name("consequence")
    return then is not None and bool(re.search(r"redirect|401|signIn|login", jsast.text(then)))


def _cookie_gate(fn: Node) -> bool:
    """``if (!request.cookies.get("session")) return NextResponse.redirect(login)``: the
    middleware sends callers without a session cookie or token away."""
    for node in jsast.walk(fn):
        if node.type != "if_statement":
            continue
        cond = jsast.text(node.child_by_field_name("condition"))
        then = jsast.text(node.child_by_field_name("consequence"))
        names = _declared_from_cookies(fn)
        if (re.search(r"cookies|[Tt]oken|[Ss]ession|[Aa]uthorization", cond) or any(re.search(rf"\b{re.escape(n)}\b", cond) for n in names)) and re.search(
            r"redirect|401|403|rewrite", then
        ):
            return True
    return False


def _declared_from_cookies(fn: Node) -> list[str]:
    out = []
    for node in jsast.walk(fn):
        if node.type == "variable_declarator" and re.search(r"cookies|headers\.get", jsast.text(node.child_by_field_name("value"))):
            out.extend(jsast.bound_names(node.child_by_field_name("name")))
    return out


def middleware_coverage(index: JsIndex, judge: JsJudge) -> Coverage | None:
    for stem in _FILES:
        for ending in _ENDINGS:
            file = stem + ending
            mod = index.module(file)
            if mod is not None:
                return _coverage(index, judge, mod)
    return None


def _coverage(index: JsIndex, judge: JsJudge, mod: Module) -> Coverage | None:
    matchers = _matcher(mod)
    exported = index.export(mod.path, "default") or index.export(mod.path, "middleware") or index.export(mod.path, "proxy")
    if exported is None:
        # export { default } from "next-auth/middleware"
        spec = mod.reexports.get("default") or mod.reexports.get("middleware")
        if spec is not None and "next-auth" in spec[0]:
            return Coverage(mod.path, matchers, None, how="next-auth middleware")
        return None
    node = jsast.unwrap(exported.node)
    if node is None:
        return None
    # export { auth as middleware } from "@/auth" (next-auth v5): the `authorized` callback decides.
    if exported.node.type == "program" or (node.type == "call_expression" and jsast.callee_name(node) == "NextAuth"):
        return Coverage(mod.path, matchers, None, how="next-auth middleware")
    if node.type == "call_expression":
        name = jsast.callee_name(node)
        a = jsast.args(node)
        callback = next((jsast.unwrap(x) for x in a if jsast.unwrap(x) is not None and jsast.unwrap(x).type in jsast.FUNCTION_TYPES), None)  # type: ignore[union-attr]
        if name == "authMiddleware":
            # Clerk v4: everything matched is protected except publicRoutes / ignoredRoutes
            clerk4 = Coverage(mod.path, matchers, None, how="Clerk authMiddleware")
            for opt in a:
                opt_u = jsast.unwrap(opt)
                if opt_u is None or opt_u.type != "object":
                    continue
                for pair in opt_u.named_children:
                    key = jsast.text(pair.child_by_field_name("key")) if pair.type == "pair" else ""
                    if key in ("publicRoutes", "ignoredRoutes"):
                        clerk4.public.extend(path_pattern(s) for s in _strings(pair.child_by_field_name("value")))
            return clerk4
        if name == "clerkMiddleware":
            cov = _clerk(mod, callback, mod.path)
            if cov is not None:
                cov.matchers = matchers
            return cov
        if name in ("withAuth", "auth") or re.fullmatch(r"with\w*Auth\w*", name):
            cov = Coverage(mod.path, matchers, None, how=f"{name} middleware")
            if callback is not None:
                _exceptions(callback, cov)
            return cov
        node = callback if callback is not None else node
    if node is None or node.type not in jsast.FUNCTION_TYPES:
        return None
    facts = judge.facts(exported.module, node)
    helper_fn: Node | None = None
    if not (facts.protection and facts.rejects):
        # updateSession(request) in lib/supabase/middleware.ts does the check
        for call in jsast.calls(node):
            target = judge.resolve_call(exported.module, call)
            if target is not None:
                sub = judge.facts(target.module, target.node, 1)
                if sub.identity and (sub.rejects or re.search(r"redirect", jsast.text(target.node))):
                    helper_fn = target.node
                    break
        if helper_fn is None and not _cookie_gate(node):
            return None
    cov = Coverage(mod.path, matchers, None, how="middleware session check")
    _exceptions(node, cov)
    # the public-path exceptions usually live in the helper (updateSession) with the check
    for call in jsast.calls(node):
        target = judge.resolve_call(exported.module, call)
        if target is not None and judge.facts(target.module, target.node, 1).identity:
            _exceptions(target.node, cov)
    return cov
