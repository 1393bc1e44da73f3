"""IDOR in JavaScript handlers: a record read, changed or deleted by an id the client sent,
with no filter on the signed-in caller and no ownership comparison after the fetch.

Supabase clients built from the anon key (the user's session, row-level security applies) are
scoped by the database; only service-role clients bypass it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.routes import jsast, jsdata, sqlkeys
from analyzers.routes.jsast import Node
from analyzers.routes.jsindex import Module
from analyzers.routes.jsjudge import JsJudge, public_filter, public_table
from analyzers.routes.model import JsHandler

_SOURCE = re.compile(
    r"\b(?:req|request|ctx|c|event)\.(?:params|query|body|param|valid)\b|\bparams\b|searchParams|"
    r"\.json\(\s*\)|formData|\bquery\s*\.\s*\w+|\.req\.(?:param|query|json)"
)
_REQ_IDENTITY = re.compile(r"\b(?:req|request|ctx|c|res\.locals)\.(?:user|auth|session|userId|locals)\b")
# Names that hold the caller in code we cannot follow (a wrapper that injects `{ user }`): they
# scope a query when the client did not send them.
_CALLER_NAMES = frozenset(
    {"user", "session", "currentUser", "me", "authUser", "viewer", "userId", "uid", "sessionUser",
     "authedUser", "claims", "caller", "actor", "account"}
)
_SERVICE_ROLE = re.compile(r"service_role|SERVICE_ROLE|serviceRole|service-role|SERVICE_KEY|serviceKey|SECRET_KEY|supabaseAdmin")
_PRIVILEGE = re.compile(r"\brole\b|isAdmin|is_admin|admin|isOwner|permissions?\b|can\(|authorize")
_AUTHZ_CALL = re.compile(r"^(?:can|authori[sz]e|assert|check|ensure|verify|require|guard|owns|has)\w*|\w*(?:Access|Permission|Owner|Ownership|Member|Membership)$")
_ID_KEY = re.compile(r"(?:^|_)id$|Id$|^_id$|uuid|slug|^key$|number|token|email|handle|username", re.IGNORECASE)
_COMPARE = re.compile(r"!==|===|!=|==|\.includes\(|\.some\(|\.equals\(")


@dataclass(frozen=True)
class IdorHit:
    path: str
    line: int
    op: str  # what the query does, for the message
    table: str


def _names_in(node: Node) -> set[str]:
    return {jsast.text(n) for n in jsast.walk(node) if n.type in ("identifier", "shorthand_property_identifier")}


def _filter_nodes(op: jsdata.DbOp) -> list[Node]:
    """The parts of a query that pick records (where / eq / id arguments), not the values written."""
    out: list[Node] = []
    for i, step in enumerate(op.chain.steps):
        if step.call is None:
            continue
        a = jsast.args(step.call)
        if op.flavour == "supabase":
            if step.name in ("eq", "match", "in", "filter", "or", "neq", "is", "contains"):
                out.extend(a)
        elif op.flavour == "prisma":
            for arg in a:
                arg_u = jsast.unwrap(arg)
                if arg_u is not None and arg_u.type == "object":
                    for pair in arg_u.named_children:
                        if pair.type == "pair" and jsast.text(pair.child_by_field_name("key")) == "where":
                            value = pair.child_by_field_name("value")
                            if value is not None:
                                out.append(value)
        elif op.flavour == "sql":
            out.extend(_sql_key_filters(op.sql, step.call, a))
        elif op.flavour == "mongoose":
            if i == 0 and a:
                out.append(a[0])
            elif step.name in ("where", "equals"):
                out.extend(a)
        elif op.flavour == "knex":
            if step.name.startswith(("where", "andWhere")) or (step.name in ("first",) and a):
                out.extend(a)
        elif op.flavour == "drizzle":
            if step.name == "where":
                out.extend(a)
        elif op.flavour == "firestore":
            if step.name in ("doc", "where") or step.name in jsdata.FIRESTORE_FNS:
                out.extend(a)
        elif op.flavour == "payment" and step.name in jsdata.READ_OPS | jsdata.WRITE_OPS and a:
            out.append(a[0])
    return out


def _params_binding(param: Node) -> set[str]:
    pattern = param.child_by_field_name("pattern") or param
    if pattern.type == "identifier":
        return {jsast.text(pattern)}
    out: set[str] = set()
    for child in pattern.named_children:
        if child.type == "shorthand_property_identifier_pattern" and jsast.text(child) in ("params", "searchParams"):
            out.add(jsast.text(child))
        elif child.type == "pair_pattern" and jsast.text(child.child_by_field_name("key")) in ("params", "searchParams"):
            out.update(jsast.bound_names(child.child_by_field_name("value")))
    return out


def _sql_key_filters(sql: str, call: Node, a: list[Node]) -> list[Node]:
    """The values of a hand-written statement that pick rows by a key column (`WHERE id = $1`,
    `id = ${id}`, `"... id = " + id`). A client value compared with a name, a date or a status
    is a search, not another user's record by id."""
    uses = sqlkeys.key_uses(sql)
    out: list[Node] = []
    values = jsast.unwrap(a[1]) if len(a) > 1 else None
    if values is not None and values.type == "array":
        items = [c for c in values.named_children if c.type != "comment"]
        out.extend(item for i, item in enumerate(items) if i in uses.values)
    elif values is not None and uses.values:
        out.append(values)  # a parameter list built elsewhere: keep it whole
    first = jsast.unwrap(a[0]) if a else None
    tagged = call.child_by_field_name("arguments")
    for template in (first, tagged):
        if template is not None and template.type == "template_string":
            subs = [c for c in template.named_children if c.type == "template_substitution"]
            out.extend(sub for i, sub in enumerate(subs) if i in uses.interpolations)
    if first is not None and first.type == "binary_expression" and sqlkeys.ends_with_key_compare(sql):
        out.append(first)
    return out


class JsIdor:
    def __init__(self, judge: JsJudge) -> None:
        self.judge = judge

    def hits(self, handler: JsHandler, framework: str) -> list[IdorHit]:
        mod, fn = handler.module, handler.node
        facts = self.judge.facts(mod, fn)
        identity = set(facts.identity_names)
        tainted = set(handler.client_params)
        ps = jsast.params(fn)
        if framework == "nextjs-app" and len(ps) > 1:
            # (req, { params }) / (req, context): the route parameters, not a wrapper's { user }
            tainted.update(_params_binding(ps[1]))
        if framework in ("nextjs-app", "nextjs-pages", "express", "supabase-edge") and ps:
            req_names = jsast.bound_names(ps[0].child_by_field_name("pattern") or ps[0])
            req_re = "|".join(re.escape(n) for n in req_names if n)
        else:
            req_re = ""
        body = jsast.function_body(fn) or fn
        for p in ps[1:]:
            identity.update(n for n in jsast.bound_names(p.child_by_field_name("pattern") or p) if n in _CALLER_NAMES and n not in tainted)
        self._taint(body, tainted, identity, req_re)
        identity |= {n for n in _CALLER_NAMES if n not in tainted}
        if self._checks_ownership(body, identity, mod):
            return []
        return self._scan(mod, body, tainted, identity, req_re, depth=0)

    def _is_source(self, node: Node, tainted: set[str], req_re: str) -> bool:
        src = jsast.text(node)
        if _SOURCE.search(src):
            return True
        if req_re and re.search(rf"\b(?:{req_re})\.(?:params|query|body)\b", src):
            return True
        return bool(_names_in(node) & tainted)

    def _taint(self, body: Node, tainted: set[str], identity: set[str], req_re: str) -> None:
        for node in jsast.walk_own(body):
            if node.type != "variable_declarator":
                continue
            value = node.child_by_field_name("value")
            target = node.child_by_field_name("name")
            if value is None or target is None:
                continue
            if _names_in(value) & identity or self.judge.req_identity().search(jsast.text(value)):
                identity.update(jsast.bound_names(target))
                continue
            if self._is_source(value, tainted, req_re) and not jsdata.db_op(jsast.unwrap(value) or value):
                tainted.update(jsast.bound_names(target))

    def _compares_caller(self, cond: Node, identity: set[str]) -> bool:
        """``doc.ownerId !== user.id`` / ``members.includes(user.id)`` compare the caller with
        something; ``user === null`` does not."""
        for node in jsast.walk(cond):
            if node.type == "binary_expression":
                op = node.child_by_field_name("operator")
                if op is None or jsast.text(op) not in ("===", "!==", "==", "!="):
                    continue
                sides = [node.child_by_field_name("left"), node.child_by_field_name("right")]
                if any(s is None or s.type in ("null", "undefined", "string", "number", "true", "false") for s in sides):
                    continue
                mentions = [bool(_names_in(s) & identity) or bool(self.judge.req_identity().search(jsast.text(s))) for s in sides if s is not None]
                if any(mentions) and not all(mentions):
                    return True
            elif (
                node.type == "call_expression"
                and jsast.callee_name(node) in ("includes", "some", "equals", "every")
                and (_names_in(node) & identity or self.judge.req_identity().search(jsast.text(node)))
            ):
                return True
        return False

    def _checks_ownership(self, body: Node, identity: set[str], mod: Module | None = None) -> bool:
        for node in jsast.walk_own(body):
            if node.type not in ("if_statement", "ternary_expression"):
                continue
            cond = node.child_by_field_name("condition")
            if cond is None:
                continue
            text = jsast.text(cond)
            about_caller = bool(_names_in(cond) & identity) or bool(self.judge.req_identity().search(text))
            if about_caller and (self._compares_caller(cond, identity) or _PRIVILEGE.search(text)):
                return True
            # if (!(await userCanAccessPost(params.postId))) return 403: a project check that
            # looks the caller up itself
            then = node.child_by_field_name("consequence")
            if mod is not None and then is not None and node.type == "if_statement":
                for call in jsast.calls(cond):
                    target = self.judge.resolve_call(mod, call)
                    if target is not None and jsast.args(call) and self.judge.facts(target.module, target.node, 1).identity:
                        return True
        # assertCanEdit(user, doc), authorize(session, "invoice:read", invoice): a permission helper
        for node in jsast.walk_own(body):
            if (
                node.type == "call_expression"
                and _AUTHZ_CALL.search(jsast.callee_name(node))
                and any(_names_in(a) & identity or self.judge.req_identity().search(jsast.text(a)) for a in jsast.args(node))
            ):
                return True
        return False

    def _scan(self, mod: Module, body: Node, tainted: set[str], identity: set[str], req_re: str,
              depth: int) -> list[IdorHit]:
        out: list[IdorHit] = []
        # Ids already checked against the caller by an earlier scoped query (the project the
        # caller owns, then its members by the same project id) are not the client's any more.
        verified: set[str] = set()
        for call in jsdata.outermost_calls(body):
            op = jsdata.db_op(call)
            if op is None:
                continue
            filters = _filter_nodes(op)
            if any(_names_in(f) & identity or self.judge.req_identity().search(jsast.text(f)) for f in filters):
                for f in filters:
                    verified |= _names_in(f) & tainted
        for call in jsdata.outermost_calls(body):
            op = jsdata.db_op(call)
            if op is None or (op.flavour == "orm-instance" and self.judge.resolve_call(mod, call) is not None):
                # a project function (controller.remove(req, res)), not a loaded record's method
                if depth == 0:
                    out.extend(self._helper(mod, call, tainted, identity, req_re))
                continue
            if op.flavour == "sql":
                if re.match(r"\s*insert\b", op.sql, re.IGNORECASE):
                    continue
            elif not set(op.ops) & jsdata.KEYED_OPS:
                continue
            if set(op.ops) & {"insert", "create", "createMany", "insertOne", "add"} and not set(op.ops) & {"update", "delete"}:
                continue
            filters = _filter_nodes(op)
            if not filters or not any(self._is_source(f, tainted, req_re) for f in filters):
                continue
            if not self._keyed_by_client(op, filters, tainted, req_re):
                continue
            if any(_names_in(f) & identity or self.judge.req_identity().search(jsast.text(f)) for f in filters):
                continue
            used = set().union(*(_names_in(f) & tainted for f in filters))
            if used and used <= verified and not any(_SOURCE.search(jsast.text(f)) for f in filters):
                continue
            if op.flavour == "supabase" and not self._service_role(mod, op):
                continue
            if op.flavour == "payment" or public_filter(op) or public_table(op):
                continue
            out.append(IdorHit(mod.path, jsast.line(op.call), ".".join(op.ops[:4]), op.table))
        return out

    def _helper(self, mod: Module, call: Node, tainted: set[str], identity: set[str], req_re: str) -> list[IdorHit]:
        """A project function called with the client's id: look inside it, once."""
        a = jsast.args(call)
        if not a or any(_names_in(x) & identity or self.judge.req_identity().search(jsast.text(x)) for x in a):
            return []
        # the request object passed whole: controller.update(req, res)
        whole = [i for i, x in enumerate(a) if req_re and re.fullmatch(req_re, jsast.text(x))]
        positions = [i for i, x in enumerate(a) if i not in whole and self._is_source(x, tainted, req_re)]
        if not positions and not whole:
            return []
        target = self.judge.resolve_call(mod, call)
        if target is None:
            return []
        ps = jsast.params(target.node)
        inner: set[str] = set()
        for i in positions:
            if i < len(ps):
                inner.update(jsast.bound_names(ps[i].child_by_field_name("pattern") or ps[i]))
        inner_req = "|".join(
            re.escape(n) for i in whole if i < len(ps) for n in jsast.bound_names(ps[i].child_by_field_name("pattern") or ps[i])
        )
        if not inner and not inner_req:
            return []
        body = jsast.function_body(target.node) or target.node
        inner_identity: set[str] = set()
        self._taint(body, inner, inner_identity, inner_req)
        inner_identity |= {n for n in _CALLER_NAMES if n not in inner}
        if self._checks_ownership(body, inner_identity, target.module):
            return []
        return self._scan(target.module, body, inner, inner_identity, inner_req, depth=1)

    def _keyed_by_client(self, op: jsdata.DbOp, filters: list[Node], tainted: set[str], req_re: str) -> bool:
        """The client's value picks records by an id (``{ id }``, ``eq("project_id", x)``), not
        by an attribute such as a status or a search term. Unknown shapes count as ids."""
        keys: list[str] = []
        if op.flavour == "supabase":
            for step in op.chain.steps:
                if step.name in ("eq", "in", "neq") and step.call is not None:
                    a = jsast.args(step.call)
                    if len(a) > 1 and self._is_source(a[1], tainted, req_re):
                        keys.append(jsast.string_value(a[0]) or "id")
                elif step.name in ("match", "filter", "or") and step.call is not None:
                    return True
            return not keys or any(_ID_KEY.search(k) for k in keys)
        for f in filters:
            f_u = jsast.unwrap(f)
            if f_u is not None and f_u.type == "object":
                for pair in f_u.named_children:
                    if pair.type == "shorthand_property_identifier" and jsast.text(pair) in tainted:
                        keys.append(jsast.text(pair))
                    elif pair.type == "pair":
                        value = pair.child_by_field_name("value")
                        if value is not None and self._is_source(value, tainted, req_re):
                            inner = jsast.unwrap(value)
                            if inner is not None and inner.type == "object":
                                return True  # nested where: judge conservatively
                            keys.append(jsast.text(pair.child_by_field_name("key")).strip("'\""))
            elif f_u is not None and self._is_source(f_u, tainted, req_re):
                return True
        return not keys or any(_ID_KEY.search(k) for k in keys)

    def _service_role(self, mod: Module, op: jsdata.DbOp) -> bool:
        root = jsast.unwrap(op.chain.root)
        if root is None:
            return False
        if root.type == "call_expression":
            return self._service_text(mod, root)
        name = jsast.text(root)
        if _SERVICE_ROLE.search(name):
            return True
        # the client's declaration: in the handler, the module, or an imported module
        fn = jsast.enclosing_function(op.call)
        scopes = [fn] if fn is not None else []
        for scope in scopes:
            for node in jsast.walk(scope):
                if node.type == "variable_declarator" and name in jsast.bound_names(node.child_by_field_name("name")):
                    value = node.child_by_field_name("value")
                    return value is not None and self._service_text(mod, value)
        resolved = self.judge.index.lookup(mod.path, name)
        if resolved is not None:
            return self._service_text(resolved.module, resolved.node)
        return False

    def _service_text(self, mod: Module, node: Node) -> bool:
        if _SERVICE_ROLE.search(jsast.text(node)):
            return True
        for call in jsast.calls(node):
            target = self.judge.resolve_call(mod, call)
            if target is not None and _SERVICE_ROLE.search(jsast.text(target.node)):
                return True
        return False
