"""FastAPI and Flask endpoints with what protects them.

FastAPI: ``Depends``/``Security`` on the route function (default or ``Annotated``), the route
decorator's ``dependencies=``, ``APIRouter(dependencies=...)``, ``include_router(...,
dependencies=...)`` and ``FastAPI(dependencies=...)``; prefixes from the router and the include.
Flask: ``@login_required``-style decorators (project decorators judged by their code),
``before_request`` hooks of the app or the blueprint, and ``register_blueprint`` prefixes."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from analyzers.routes.model import PyHandler, Route, join_paths
from analyzers.routes.pyindex import PyIndex, PyModule
from analyzers.routes.pyjudge import Func, PyJudge, annotated_dep, dep_target

_VERBS = {"get", "post", "put", "patch", "delete", "options", "head", "api_route", "route", "websocket"}
_NOT_CLIENT_TYPES = re.compile(r"Request|Response|Session|BackgroundTasks|AsyncSession|Connection|WebSocket|Cursor")


@dataclass
class RouterInfo:
    module: str
    name: str
    kind: str  # "fastapi-app", "fastapi-router", "flask-app", "flask-blueprint"
    prefix: str = ""
    guards: list[str] = field(default_factory=list)
    routes: list[tuple[Func, ast.Call, str]] = field(default_factory=list)  # (fn, decorator, verb)
    includes: list[tuple[RouterInfo | None, str, list[str], ast.expr]] = field(default_factory=list)


def _call_name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _kw(call: ast.Call, name: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def _str(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class PyRoutes:
    def __init__(self, index: PyIndex, judge: PyJudge) -> None:
        self.index = index
        self.judge = judge
        self.routers: dict[tuple[str, str], RouterInfo] = {}
        # guard label -> (URL paths, endpoint names) its own code lets through
        self.exempt: dict[str, tuple[set[str], set[str]]] = {}

    def collect(self, files: list[str]) -> None:
        for file in files:
            mod = self.index.module(file)
            if mod is None or not re.search(r"fastapi|flask|APIRouter|Blueprint", mod.source):
                continue
            # app = Flask(__name__) is often local to create_app(): every assignment counts
            assigned = [
                (t.id, n.value) for n in ast.walk(mod.tree) if isinstance(n, ast.Assign)
                for t in n.targets if isinstance(t, ast.Name)
            ]
            for name, value in assigned:
                if isinstance(value, ast.Call) and (file, name) not in self.routers:
                    kind = {"FastAPI": "fastapi-app", "APIRouter": "fastapi-router", "Flask": "flask-app",
                            "Blueprint": "flask-blueprint"}.get(_call_name(value))
                    if kind is None:
                        continue
                    info = RouterInfo(file, name, kind)
                    info.prefix = _str(_kw(value, "prefix") or _kw(value, "url_prefix")) or ""
                    deps = _kw(value, "dependencies")
                    info.guards = self._dep_guards(mod, deps)
                    self.routers[(file, name)] = info
        for file in files:
            mod = self.index.module(file)
            if mod is None or (not any(k[0] == file for k in self.routers) and "include_router" not in mod.source and "register_blueprint" not in mod.source):
                continue
            self._collect_module(mod)

    def _router_for(self, mod: PyModule, expr: ast.expr) -> RouterInfo | None:
        if isinstance(expr, ast.Name):
            if (mod.path, expr.id) in self.routers:
                return self.routers[(mod.path, expr.id)]
            found = self.index.lookup(mod.path, expr.id)
            if found is not None:
                tmod, node = found
                for (path, name), info in self.routers.items():
                    if path == tmod.path and tmod.assigns.get(name) is node:
                        return info
                if isinstance(node, ast.Module):
                    return next((i for (p, _), i in self.routers.items() if p == tmod.path and i.kind.endswith(("router", "blueprint"))), None)
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            found = self.index.lookup(mod.path, expr.value.id)
            if found is not None and isinstance(found[1], ast.Module):
                return self.routers.get((found[0].path, expr.attr))
        return None

    def _dep_guards(self, mod: PyModule, deps: ast.expr | None) -> list[str]:
        out = []
        if isinstance(deps, ast.List | ast.Tuple):
            for item in deps.elts:
                target = dep_target(item)
                if target is not None:
                    g = self.judge.is_auth_callable(mod.path, target)
                    if g:
                        out.append(f"Depends({g})")
        return out

    def _collect_module(self, mod: PyModule) -> None:
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for dec in node.decorator_list:
                    if isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute) and dec.func.attr in _VERBS:
                        info = self._router_for(mod, dec.func.value)
                        if info is not None:
                            info.routes.append((node, dec, dec.func.attr))
                    elif isinstance(dec, ast.Attribute) and dec.attr == "before_request":
                        info = self._router_for(mod, dec.value)
                        if info is not None and self.judge.is_auth_function(mod, node):
                            label = f"before_request {node.name} ({mod.path})"
                            info.guards.append(label)
                            self.exempt[label] = _exemptions(mod, node)
                    elif (isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute)
                          and dec.func.attr == "middleware"):
                        # @app.middleware("http") that answers 401 without a valid token
                        info = self._router_for(mod, dec.func.value)
                        if info is not None and self.judge.is_auth_function(mod, node):
                            label = f"middleware {node.name} ({mod.path})"
                            info.guards.append(label)
                            self.exempt[label] = _exemptions(mod, node)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                attr = node.func.attr
                owner = self._router_for(mod, node.func.value)
                if owner is None:
                    continue
                if attr in ("include_router", "register_blueprint") and node.args:
                    sub = self._router_for(mod, node.args[0])
                    prefix = _str(_kw(node, "prefix") or _kw(node, "url_prefix")) or ""
                    guards = self._dep_guards(mod, _kw(node, "dependencies"))
                    owner.includes.append((sub, prefix, guards, node))
                elif attr == "before_request" and node.args:
                    found = self.index.resolve(mod.path, node.args[0])
                    if found is not None and isinstance(found[1], ast.FunctionDef | ast.AsyncFunctionDef) and self.judge.is_auth_function(found[0], found[1]):
                        label = f"before_request {found[1].name} ({found[0].path})"
                        owner.guards.append(label)
                        self.exempt[label] = _exemptions(found[0], found[1])
                elif attr == "add_url_rule" and len(node.args) >= 1:
                    view = _kw(node, "view_func") or (node.args[2] if len(node.args) > 2 else None)
                    if view is not None:
                        found = self.index.resolve(mod.path, view)
                        if found is not None and isinstance(found[1], ast.FunctionDef | ast.AsyncFunctionDef):
                            owner.routes.append((found[1], node, "route"))

    # -- inventory -----------------------------------------------------------------------------
    def routes(self) -> list[Route]:
        included = {id(sub) for info in self.routers.values() for sub, *_ in info.includes if sub is not None}
        out: list[Route] = []
        for info in self.routers.values():
            if info.kind.endswith("app") or id(info) not in included:
                self._walk(info, "", [], out, set())
        return out

    def _exempted(self, guard: str, route: str, endpoint: str) -> bool:
        paths, names = self.exempt.get(guard, (set(), set()))
        if endpoint in names or any(n.endswith("." + endpoint) for n in names):
            return True
        return any(route == p.rstrip("/") or route.startswith(p.rstrip("/") + "/") for p in paths if p not in ("", "/"))

    def _walk(self, info: RouterInfo, prefix: str, guards: list[str], out: list[Route], seen: set[int]) -> None:
        if id(info) in seen:
            return
        seen = seen | {id(info)}
        base = join_paths(prefix, info.prefix) if info.prefix else prefix
        active = guards + info.guards
        for fn, dec, verb in info.routes:
            out.append(self._route(info, fn, dec, verb, base, active))
        for sub, sub_prefix, sub_guards, _call in info.includes:
            if sub is not None:
                self._walk(sub, join_paths(base, sub_prefix) if sub_prefix else base, active + sub_guards, out, seen)

    def _route(self, info: RouterInfo, fn: Func, dec: ast.Call, verb: str, base: str, guards: list[str]) -> Route:
        mod = self.index.module(info.module)
        assert mod is not None
        fn_mod = mod
        path_arg = _str(dec.args[0]) if dec.args else _str(_kw(dec, "path") or _kw(dec, "rule"))
        route = join_paths(base, path_arg or "")
        if path_arg and path_arg.endswith("/") and route != "/":
            route += "/"  # FastAPI and Flask keep the trailing slash: "/orders" + "/" is "/orders/"
        methods: list[str] = []
        if verb in ("route", "api_route"):
            m = _kw(dec, "methods")
            if isinstance(m, ast.List | ast.Tuple):
                methods = [str(_str(e)).upper() for e in m.elts if _str(e)]
            methods = methods or ["GET"]
        else:
            methods = [verb.upper()]
        flask = info.kind.startswith("flask")
        protection = next((g for g in guards if not self._exempted(g, route, fn.name)), None)
        identity: list[str] = []
        client: list[str] = []
        if not flask:
            protection = protection or next(iter(self._dep_guards(mod, _kw(dec, "dependencies"))), None)
            all_args = fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs
            defaults = [None] * (len(fn.args.posonlyargs + fn.args.args) - len(fn.args.defaults)) + list(fn.args.defaults) + list(fn.args.kw_defaults)
            for arg, default in zip(all_args, defaults, strict=False):
                target = dep_target(default) or annotated_dep(arg.annotation) or self.judge.alias_dep(mod.path, arg.annotation)
                if target is not None:
                    g = self.judge.is_auth_callable(mod.path, target)
                    if g:
                        protection = protection or f"Depends({g})"
                        identity.append(arg.arg)
                    continue
                ann = ast.unparse(arg.annotation) if arg.annotation is not None else ""
                if not _NOT_CLIENT_TYPES.search(ann):
                    client.append(arg.arg)
        else:
            for d in fn.decorator_list:
                if d is dec:
                    continue
                target = d.func if isinstance(d, ast.Call) else d
                if isinstance(target, ast.Attribute) and target.attr in _VERBS:
                    continue
                g = self.judge.is_auth_callable(mod.path, d if not isinstance(d, ast.Call) else d.func)
                if g:
                    label = f"@{ast.unparse(d)}" + (" [role check]" if "role check" in g else "")
                    protection = f"{protection} + {label}" if protection else label
            # the URL variables (<int:note_id>); other arguments come from decorators (current_user)
            url_vars = set(re.findall(r"<(?:\w+:)?(\w+)>", path_arg or ""))
            client = [a.arg for a in fn.args.args if a.arg in url_vars]
        line = dec.lineno
        handler = PyHandler(fn_mod.path, fn, fn_mod.tree, tuple(client), tuple(identity))
        framework = "flask" if flask else "fastapi"
        return Route(framework, ", ".join(methods), route, info.module, line, handler, protection=protection)


def _exemptions(mod: PyModule, fn: Func) -> tuple[set[str], set[str]]:
    """Paths and endpoint names an auth hook lets through, read from its conditions:
    ``if request.path.startswith("/auth")``, ``if request.endpoint in PUBLIC_ENDPOINTS``,
    ``if request.url.path in ("/health", "/login")`` (module-level collections are followed)."""
    paths: set[str] = set()
    names: set[str] = set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.If):
            continue
        then = " ".join(ast.unparse(s) for s in node.body)
        if not re.search(r"\breturn\b|call_next|pass", then) or re.search(r"abort\(|40[13]|redirect\(", then):
            continue  # only branches that let the request through
        for leaf in ast.walk(node.test):
            values: list[ast.AST] = [leaf]
            if isinstance(leaf, ast.Name) and leaf.id in mod.assigns:
                values = [mod.assigns[leaf.id]]
            for value in values:
                for const in ast.walk(value):
                    if isinstance(const, ast.Constant) and isinstance(const.value, str):
                        (paths if const.value.startswith("/") else names).add(const.value)
    return paths, names
