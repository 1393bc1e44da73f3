"""Express apps and routers: routes, the middleware in front of them (per route, ``router.use``,
``app.use(path, auth, router)``), and routers imported from other files and mounted under a
prefix. Express runs middleware in registration order, so a ``use`` only guards what comes after."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzers.routes import jsast
from analyzers.routes.jsast import Node
from analyzers.routes.jsindex import JsIndex, Module
from analyzers.routes.jsjudge import JsJudge
from analyzers.routes.model import JsHandler, Route, join_paths

_VERBS = ("get", "post", "put", "patch", "delete", "all", "options", "head")
# Package middleware that rejects anonymous requests (judged by name only when not in the project).
_LIB_GUARDS = re.compile(
    r"authenticate|requireAuth|ClerkExpressRequireAuth|expressjwt|expressJwt|jwtCheck|"
    r"ensureLoggedIn|ensureAuthenticated|isAuthenticated|checkJwt|verifyToken|protect|"
    r"requireUser|requireLogin|loginRequired|authMiddleware|authorize|withAuth|^auth$|jwtAuth|"
    r"requireSession|verifyJWT|verifyJwt|isLoggedIn|mustBeLoggedIn",
)


_ROLE = re.compile(r"\brole\b|\broles\b|isAdmin|is_admin|\badmin\b|permission|isStaff|is_staff|superuser")


@dataclass
class Entry:
    kind: str  # "route" or "use"
    line: int
    method: str = ""
    path: str = ""
    middleware: list[Node] = field(default_factory=list)
    handler: Node | None = None
    mounts: list[RouterRef] = field(default_factory=list)


@dataclass(frozen=True)
class RouterRef:
    module: str
    name: str


@dataclass
class RouterObj:
    ref: RouterRef
    is_app: bool
    entries: list[Entry] = field(default_factory=list)


def _is_router_init(node: Node | None) -> str | None:
    node = jsast.unwrap(node)
    if node is None:
        return None
    if node.type == "new_expression":
        ctor = jsast.text(node.child_by_field_name("constructor"))
        return "router" if ctor.endswith("Router") else None
    if node.type != "call_expression":
        return None
    path = jsast.callee_path(node)
    if path in ("express", "polka", "createApp"):
        return "app"
    if path in ("Router", "router", "express.router") or path.endswith(".Router"):
        return "router"
    return None


class ExpressScan:
    def __init__(self, index: JsIndex, judge: JsJudge) -> None:
        self.index = index
        self.judge = judge
        self.objects: dict[RouterRef, RouterObj] = {}
        # functions that register routes on a parameter: module.exports = (app) => { app.get(...) }
        self.param_fns: dict[tuple[str, int], RouterRef] = {}
        self._done: set[str] = set()

    def collect(self, files: list[str]) -> None:
        for file in files:
            mod = self.index.module(file)
            if mod is None or not re.search(r"express|Router|\.(?:get|post|put|patch|delete)\(", mod.source):
                continue
            self._collect_module(mod)

    def _param_objects(self, mod: Module) -> dict[int, dict[str, RouterObj]]:
        found: dict[int, dict[str, RouterObj]] = {}
        for fn in jsast.walk(mod.root):
            if fn.type not in jsast.FUNCTION_TYPES:
                continue
            body = jsast.text(jsast.function_body(fn))
            for p in jsast.params(fn):
                if p.type not in ("identifier", "required_parameter"):
                    continue
                name = jsast.text(p.child_by_field_name("pattern") or p)
                if not re.fullmatch(r"\w+", name):
                    continue
                if re.search(rf"\b{name}\.(?:(?:get|post|put|patch|delete|all)\(\s*['\"`/]|use\(|route\()", body):
                    ref = RouterRef(mod.path, f"{name}@{jsast.line(fn)}")
                    self.objects[ref] = RouterObj(ref, False)
                    found.setdefault(fn.id, {})[name] = self.objects[ref]
                    self.param_fns[(mod.path, fn.id)] = ref
        return found

    def _owner(self, node: Node, names: dict[str, RouterObj], params: dict[int, dict[str, RouterObj]]) -> RouterObj | None:
        """The app or router an expression names: a parameter of an enclosing route-registering
        function first, then a module-level object."""
        name = jsast.text(node)
        scope = jsast.enclosing_function(node)
        while scope is not None:
            if scope.id in params and name in params[scope.id]:
                return params[scope.id][name]
            scope = jsast.enclosing_function(scope)
        return names.get(name)

    def _registrar(self, mod: Module, call: Node) -> RouterRef | None:
        """``registerRoutes(app)`` / ``require("./routes/users")(app)``: the route-registering
        function a call runs, when it is one."""
        fn = jsast.callee(call)
        if fn is None:
            return None
        target = None
        if fn.type == "call_expression" and jsast.callee_path(fn) == "require":
            a = jsast.args(fn)
            spec = jsast.string_value(a[0]) if a else None
            path = self.index.resolve_spec(mod.path, spec) if spec else None
            target = self.index.function_of(self.index.export(path, "default")) if path else None
        elif fn.type in ("identifier", "member_expression"):
            target = self.index.function_of(self.index.resolve_expr(mod.path, fn))
        if target is None:
            return None
        if target.module.path not in self._done:
            self._collect_module(target.module)
        return self.param_fns.get((target.module.path, target.node.id))

    def _collect_module(self, mod: Module) -> None:
        if mod.path in self._done:
            return
        self._done.add(mod.path)
        params = self._param_objects(mod)
        names: dict[str, RouterObj] = {}
        for node in jsast.walk(mod.root):
            if node.type == "variable_declarator":
                kind = _is_router_init(node.child_by_field_name("value"))
                target = node.child_by_field_name("name")
                if kind and target is not None and target.type == "identifier":
                    ref = RouterRef(mod.path, jsast.text(target))
                    obj = RouterObj(ref, kind == "app")
                    self.objects[ref] = obj
                    names[ref.name] = obj
        if not names and not params:
            return
        for call in (n for n in jsast.walk(mod.root) if n.type == "call_expression"):
            fn = jsast.callee(call)
            registrar = self._registrar(mod, call) if (fn is not None and fn.type != "member_expression") or (
                fn is not None and jsast.callee_name(call) not in (*_VERBS, "use", "route")) else None
            if registrar is not None:
                for arg in jsast.args(call):
                    holder = self._owner(arg, names, params)
                    if holder is not None:
                        holder.entries.append(Entry("use", jsast.line(call), mounts=[registrar]))
                continue
            if fn is None or fn.type != "member_expression":
                continue
            obj_node = fn.child_by_field_name("object")
            verb = jsast.text(fn.child_by_field_name("property"))
            route_path = ""
            # router.route("/x").get(h).post(h): step down the chain to the route() call
            while (obj_node is not None and obj_node.type == "call_expression" and verb in _VERBS
                   and jsast.callee_name(obj_node) in _VERBS):
                inner_fn = jsast.callee(obj_node)
                obj_node = inner_fn.child_by_field_name("object") if inner_fn is not None else None
            if obj_node is not None and obj_node.type == "call_expression" and jsast.callee_name(obj_node) == "route":
                inner = jsast.callee(obj_node)
                base = inner.child_by_field_name("object") if inner is not None else None
                while base is not None and base.type == "call_expression":
                    c = jsast.callee(base)
                    base = c.child_by_field_name("object") if c is not None else None
                a = jsast.args(obj_node)
                route_path = (jsast.string_value(a[0]) or jsast.text(a[0])) if a else ""
                owner = self._owner(base, names, params) if base is not None else None
                if owner is None or verb not in _VERBS:
                    continue
                handlers = jsast.args(call)
                if handlers:
                    owner.entries.append(Entry("route", jsast.line(call), verb.upper(), route_path,
                                                handlers[:-1], handlers[-1]))
                continue
            owner = self._owner(obj_node, names, params) if obj_node is not None else None
            if owner is None:
                continue
            a = jsast.args(call)
            if verb in _VERBS and a:
                first = jsast.string_value(a[0])
                first_node = jsast.unwrap(a[0])
                if first is None and first_node is not None and first_node.type not in ("regex", "template_string"):
                    continue  # app.get("setting") style or not a route
                if verb == "get" and len(a) == 1:
                    continue  # app.get("env"): a setting, not a route
                route_path = first if first is not None else jsast.text(a[0])
                owner.entries.append(Entry("route", jsast.line(call), verb.upper(), route_path,
                                            list(a[1:-1]), a[-1]))
            elif verb == "use":
                prefix = jsast.string_value(a[0]) if a else None
                rest = a[1:] if prefix is not None else a
                entry = Entry("use", jsast.line(call), path=prefix or "")
                for arg in rest:
                    mounted = self._router_ref(mod, arg)
                    if mounted is not None:
                        entry.mounts.append(mounted)
                    elif not entry.mounts:
                        entry.middleware.append(arg)
                owner.entries.append(entry)

    def _router_ref(self, mod: Module, node: Node) -> RouterRef | None:
        node_u = jsast.unwrap(node)
        if node_u is None:
            return None
        if node_u.type == "identifier":
            name = jsast.text(node_u)
            local = RouterRef(mod.path, name)
            if local in self.objects:
                return local
            if name in mod.imports:
                spec, there = mod.imports[name]
                found = self.index.resolve_spec(mod.path, spec)
                return self._exported_router(found, there) if found else None
            return None
        if node_u.type == "call_expression" and jsast.callee_path(node_u) == "require":
            a = jsast.args(node_u)
            required = jsast.string_value(a[0]) if a else None
            found = self.index.resolve_spec(mod.path, required) if required else None
            return self._exported_router(found, "default") if found else None
        if node_u.type == "member_expression":
            obj = jsast.unwrap(node_u.child_by_field_name("object"))
            if obj is not None and obj.type == "call_expression" and jsast.callee_path(obj) == "require":
                a = jsast.args(obj)
                required = jsast.string_value(a[0]) if a else None
                found = self.index.resolve_spec(mod.path, required) if required else None
                prop = jsast.text(node_u.child_by_field_name("property"))
                return self._exported_router(found, prop) if found else None
        return None

    def _exported_router(self, file: str, name: str) -> RouterRef | None:
        tmod = self.index.module(file)
        if tmod is None:
            return None
        if tmod.path not in self._done:
            self._collect_module(tmod)
        exported = tmod.exports.get(name)
        if isinstance(exported, str):
            ref = RouterRef(file, exported)
            if ref in self.objects:
                return ref
            if exported in tmod.imports:
                spec, there = tmod.imports[exported]
                target = self.index.resolve_spec(file, spec)
                return self._exported_router(target, there) if target else None
        if name == "default":
            routers = [r for r in self.objects if r.module == file and not self.objects[r].is_app]
            if len(routers) == 1:
                return routers[0]
        return None

    # -- building the inventory ---------------------------------------------------------------
    def routes(self) -> list[Route]:
        mounted = {m for obj in self.objects.values() for e in obj.entries for m in e.mounts}
        out: list[Route] = []
        roots = [o for o in self.objects.values() if o.is_app] + [
            o for o in self.objects.values() if not o.is_app and o.ref not in mounted
        ]
        for root in roots:
            self._walk(root, "", [], out, set())
        return out

    def _walk(self, obj: RouterObj, prefix: str, guards: list[tuple[str, str]], out: list[Route],
              seen: set[RouterRef]) -> None:
        """``guards``: (path scope, protection) pairs already in front of this router."""
        if obj.ref in seen:
            return
        seen = seen | {obj.ref}
        mod = self.index.module(obj.ref.module)
        if mod is None:
            return
        active = list(guards)
        for entry in obj.entries:
            if entry.kind == "use":
                scope = join_paths(prefix, entry.path)
                local = [p for p in (self.guard(mod, m) for m in entry.middleware) if p]
                if entry.mounts:
                    for ref in entry.mounts:
                        sub = self.objects.get(ref)
                        if sub is not None:
                            self._walk(sub, scope, active + [(scope, g) for g in local], out, seen)
                else:
                    active += [(scope, g) for g in local]
                continue
            full = join_paths(prefix, entry.path)
            found = [g for scope, g in active if _in_scope(full, scope)]
            found += [p for p in (self.guard(mod, m) for m in entry.middleware) if p]
            protection = " + ".join(dict.fromkeys(found)) or None
            handler = self._handler(mod, entry.handler)
            out.append(Route("express", entry.method if entry.method != "ALL" else "ANY", full,
                             mod.path, entry.line, handler, protection=protection))

    def _handler(self, mod: Module, node: Node | None) -> JsHandler | None:
        node_u = jsast.unwrap(node)
        if node_u is None:
            return None
        if node_u.type in jsast.FUNCTION_TYPES:
            return JsHandler(mod, node_u)
        if node_u.type == "call_expression":
            # asyncHandler(async (req, res) => ...), catchAsync(fn)
            for a in jsast.args(node_u):
                h = self._handler(mod, a)
                if h is not None:
                    return h
            return None
        resolved = self.index.function_of(self.index.resolve_expr(mod.path, node_u))
        if resolved is not None:
            return JsHandler(resolved.module, resolved.node)
        return None

    def guard(self, mod: Module, node: Node) -> str | None:
        """What a middleware expression protects with, or None when it is not an auth check."""
        node_u = jsast.unwrap(node)
        if node_u is None:
            return None
        if node_u.type == "array":
            for item in node_u.named_children:
                g = self.guard(mod, item)
                if g:
                    return g
            return None
        if node_u.type in jsast.FUNCTION_TYPES:
            facts = self.judge.facts(mod, node_u, 1)
            return "inline auth middleware" if facts.protection and facts.rejects else None
        label = jsast.text(jsast.callee(node_u) if node_u.type == "call_expression" else node_u)
        target_expr = jsast.callee(node_u) if node_u.type == "call_expression" else node_u
        if target_expr is None:
            return None
        resolved = self.index.function_of(self.index.resolve_expr(mod.path, target_expr))
        if resolved is not None:
            facts = self.judge.facts(resolved.module, resolved.node, 1)
            if facts.protection and facts.rejects:
                return f"{label} ({resolved.module.path}){role_note(resolved.node)}"
            if node_u.type == "call_expression":
                # a factory: requireRole("admin") returns the middleware
                for nested in jsast.walk(resolved.node):
                    if nested.type in jsast.FUNCTION_TYPES and nested is not resolved.node:
                        sub = self.judge.facts(resolved.module, nested, 1)
                        if sub.protection and sub.rejects:
                            return f"{label} ({resolved.module.path}){role_note(nested)}"
            return None
        if self.index.resolve_expr(mod.path, target_expr) is not None:
            return None  # a project value we cannot judge as a function
        if _LIB_GUARDS.search(label.split(".")[-1]) or label.startswith("passport.authenticate"):
            return label
        return None


def role_note(fn: Node) -> str:
    """" [role check]" when a guard checks a role or permission, not just a signed-in user:
    the routes behind it are for privileged users, who may open any record."""
    for node in jsast.walk(fn):
        if node.type == "if_statement":
            cond = jsast.text(node.child_by_field_name("condition"))
            if _ROLE.search(cond):
                return " [role check]"
    return ""


def _in_scope(route: str, scope: str) -> bool:
    scope = scope.rstrip("/") or "/"
    return scope == "/" or route == scope or route.startswith(scope + "/")
