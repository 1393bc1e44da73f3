"""What a JavaScript function does, judged from its code: does it establish who is calling and
turn strangers away, is it public on purpose (a signature-checked webhook, sign-in), which stored
data does it touch. Project helpers are followed by what they do, never by their names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analyzers.routes import jsast, jsdata
from analyzers.routes.jsast import Node
from analyzers.routes.jsindex import JsIndex, Module, Resolved

# Calls that establish the caller's identity (their result is the user, session or claims).
_IDENTITY = re.compile(
    r"^(?:auth|getServerSession|getSession|currentUser|getAuth|getToken|getUser|getClaims|"
    r"getKindeServerSession|validateRequest|getIronSession|getServerAuthSession|"
    r"unstable_getServerSession|verifyIdToken|verifySessionCookie|jwtVerify|verifyToken|"
    r"authenticate|getUserFromToken|decodeSession|isAuthenticated|getCurrentUser)$"
)
# Only these identity calls are trusted as bare names when they come from a package; project
# functions of any name are judged by their bodies instead.
_IDENTITY_PATHS = re.compile(
    r"(?:^|\.)auth\.(?:getUser|getSession|getClaims)$|^jwt\.verify$|^(?:jsonwebtoken|jose)\.\w+$|"
    r"\.verifyIdToken$|\.verifySessionCookie$|^(?:req|request)\.isAuthenticated$"
)
# Calls that throw or redirect when the caller is not signed in.
_GUARDS = re.compile(
    r"(?:^|\.)protect$|^auth\(\)\.protect$|^(?:jwt\.verify|jwtVerify|verifyIdToken|"
    r"verifySessionCookie|redirectToSignIn)$|\.verifyIdToken$|\.verifySessionCookie$"
)
# Rejections: what code does to turn a stranger away.
_REJECT = re.compile(
    r"\b(?:401|403|[Uu]nauthori[sz]ed|[Ff]orbidden|redirect|notFound|throw|signIn|login|"
    r"next\(\s*(?:new\s+\w+|err|error|createError|\{)|UNAUTHORIZED|FORBIDDEN)"
)
_REQ_IDENTITY = re.compile(r"\b(?:req|request|ctx|c)\.(?:user|auth|session|isAuthenticated)\b")
_SIGNATURE = re.compile(
    r"\b(?:constructEvent(?:Async)?|timingSafeEqual|verifySignature|verifyWebhook|"
    r"validateRequest|verifyHeader|unwrap)\s*\(|new\s+Webhook\s*\(|\bwebhook\w*\.verify\s*\(|"
    r"\bwh\.verify\s*\(|\bsvix\b"
)
_SIGN_IN = re.compile(
    r"\.(?:signInWithPassword|signUp|signInWithOtp|signInWithOAuth|resetPasswordForEmail|"
    r"verifyOtp|exchangeCodeForSession|signInWithIdToken)\s*\(|\b(?:bcrypt|bcryptjs|argon2)\."
    r"(?:compare|verify)\s*\(|\bsignIn\s*\(|\bcreateUserWithEmailAndPassword\s*\(|"
    r"\bhandleAuth\s*\(|\b(?:bcrypt|bcryptjs|argon2)\.hash\s*\(|"
    r"\b\w*(?:[Rr]esetPassword|[Pp]asswordReset|sendReset|[Ff]orgotPassword)\w*\s*\(|"
    r"\bjwt\.sign\s*\(|\bnew\s+SignJWT\b"
)
# A secret from an e-mailed link hashed and looked up: invitations, magic links, unsubscribe.
_TOKEN_LINK = re.compile(r"createHash\(\s*['\"]sha\d+['\"]\s*\)\s*\.update\(\s*(?:req|request|params|token|body)")
_PUBLIC_FLAG = re.compile(
    r"""(?:['"]?(?:published|is_published|isPublished|is_public|isPublic|public|visibility|"""
    r"""status|active|is_active|isActive|listed|is_listed)['"]?\s*[:,]\s*(?:true|['"](?:public|"""
    r"""published|active|live)['"]))"""
)
_PUBLIC_TABLES = re.compile(
    r"^(?:products?|plans?|pricing|prices|tiers|posts?|articles?|blog\w*|categor(?:y|ies)|faqs?|"
    r"testimonials?|courses?|listings?|events?|menu\w*|features?|changelog\w*|pages?|"
    r"tags?|reviews?|authors?|collections?|catalog\w*|services?|announcements?|locations?)$",
    re.IGNORECASE,
)
_INTAKE_TABLES = re.compile(
    r"^(?:waitlist\w*|newsletter\w*|subscribers?|contacts?|contact_\w+|leads?|inquir\w+|"
    r"enquir\w+|feedback\w*|signups?|messages_public|demo_requests?|bookings_requests?)$",
    re.IGNORECASE,
)


_ROLE = re.compile(r"\brole\b|\broles\b|isAdmin|is_admin|\badmin\b|permission|isStaff|is_staff|superuser")


def role_note(fn: Node) -> str:
    """" [role check]" when a guard checks a role or permission, not just a signed-in user:
    the routes behind it are for privileged users, who may open any record."""
    for node in jsast.walk(fn):
        if node.type == "if_statement":
            cond = jsast.text(node.child_by_field_name("condition"))
            if _ROLE.search(cond):
                return " [role check]"
    return ""


SERVICE_KEY_CHECK = "shared-key check"
_METHOD_TEST = re.compile(r"\.method\s*===?\s*['\"](\w+)['\"]")
_METHOD_SWITCH = re.compile(r"switch\s*\(\s*\w+\.method\s*\)")


def _ident_in(node: Node, names: set[str]) -> bool:
    if not names:
        return False
    for n in jsast.walk(node):
        if n.type in ("identifier", "shorthand_property_identifier") and jsast.text(n) in names:
            return True
    return False


@dataclass
class Facts:
    """What one function does, as far as auth and data go."""

    protection: str | None = None  # how it turns strangers away
    identity_names: set[str] = field(default_factory=set)  # names holding the caller's identity
    identity: bool = False  # calls something that yields the caller's identity
    rejects: bool = False  # rejects (401/403/redirect/throw) when the identity is missing
    reads: list[jsdata.DbOp] = field(default_factory=list)
    writes: list[jsdata.DbOp] = field(default_factory=list)
    public_reason: str | None = None


class JsJudge:
    def __init__(self, index: JsIndex) -> None:
        self.index = index
        self._facts: dict[tuple[str, int], Facts] = {}
        # request properties auth middleware sets (req.user, req.agent, req.auth): they hold
        # the caller in the handlers behind it
        self.identity_props: set[str] = {"user", "auth", "session", "userId", "locals"}

    # -- helpers ---------------------------------------------------------------------------
    def resolve_call(self, mod: Module, call: Node) -> Resolved | None:
        fn = jsast.callee(call)
        if fn is None:
            return None
        return self.index.function_of(self.index.resolve_expr(mod.path, fn))

    def is_identity_call(self, mod: Module, call: Node, depth: int) -> bool:
        path = jsast.callee_path(call)
        name = jsast.callee_name(call)
        target = self.resolve_call(mod, call)
        if target is not None:
            if depth > 3:
                return False
            return self.facts(target.module, target.node, depth + 1).identity
        if _IDENTITY_PATHS.search(path):
            return True
        # A package function (not found in the project): trust the well-known names.
        fn = jsast.callee(call)
        if fn is not None and fn.type == "identifier" and mod.imports.get(name):
            spec = mod.imports[name][0]
            if self.index.resolve_spec(mod.path, spec) is None and _IDENTITY.match(name):
                return True
        return bool(fn is not None and fn.type == "identifier" and name in ("auth", "getServerSession", "currentUser", "getAuth"))

    def is_guard_call(self, mod: Module, call: Node, depth: int) -> str | None:
        path = jsast.callee_path(call)
        target = self.resolve_call(mod, call)
        if target is not None:
            if depth > 3:
                return None
            facts = self.facts(target.module, target.node, depth + 1)
            if facts.protection and facts.rejects:
                return f"{path}() ({target.module.path}){role_note(target.node)}"
            return None
        if _GUARDS.search(path):
            return f"{path}()"
        return None

    # -- the judgement -----------------------------------------------------------------------
    def facts(self, mod: Module, fn: Node, depth: int = 0) -> Facts:
        key = (mod.path, fn.id)
        cached = self._facts.get(key)
        if cached is not None:
            return cached
        facts = Facts()
        self._facts[key] = facts  # recursion guard: a cycle sees the empty facts
        body = jsast.function_body(fn) or fn
        self._judge(mod, fn, body, facts, depth)
        return facts

    def _judge(self, mod: Module, fn: Node, body: Node, facts: Facts, depth: int) -> None:
        identity_calls: list[Node] = []
        for call in (n for n in jsast.walk_own(body) if n.type == "call_expression"):
            guard = self.is_guard_call(mod, call, depth)
            if guard and facts.protection is None and not _swallowed(call):
                facts.protection = guard
                facts.rejects = True
            if self.is_identity_call(mod, call, depth):
                identity_calls.append(call)
                facts.identity = True
        # Names bound to the identity: const session = await auth(); const { userId } = auth()
        names = facts.identity_names
        for node in jsast.walk_own(body):
            if node.type == "variable_declarator":
                value = node.child_by_field_name("value")
                target = node.child_by_field_name("name")
                if value is None:
                    continue
                if any(c in identity_calls for c in jsast.walk(value) if c.type == "call_expression") or (
                    _ident_in(value, names) or _REQ_IDENTITY.search(jsast.text(value))
                ):
                    names.update(jsast.bound_names(target))
            elif node.type == "assignment_expression":
                value = node.child_by_field_name("right")
                left = node.child_by_field_name("left")
                if value is not None and left is not None and left.type == "identifier" and any(
                    c in identity_calls for c in jsast.walk(value) if c.type == "call_expression"
                ):
                    names.add(jsast.text(left))
        # A check: if (!session) return ...; if (!req.user) return res.status(401)...
        for node in jsast.walk_own(body):
            if node.type != "if_statement":
                continue
            cond = node.child_by_field_name("condition")
            then = node.child_by_field_name("consequence")
            if cond is None or then is None:
                continue
            shared_secret = _mentions_auth_header(cond, body)
            about_identity = (
                _ident_in(cond, names)
                or any(c in identity_calls for c in jsast.walk(cond) if c.type == "call_expression")
                or bool(_REQ_IDENTITY.search(jsast.text(cond)))
                or shared_secret
            )
            if not about_identity:
                continue
            if _exits(then):
                # a key shared with another service (cron, internal jobs): no user behind it
                fallback = SERVICE_KEY_CHECK if shared_secret and not identity_calls else "session check"
                facts.protection = facts.protection or _describe(identity_calls) or fallback
                if _REJECT.search(jsast.comment_free(then)) or _REJECT.search(jsast.comment_free(body)):
                    facts.rejects = True
        # Express style: token read from a header and verified (jwt.verify throws).
        if facts.protection is None and identity_calls and _in_try_rejecting(identity_calls):
            facts.protection = _describe(identity_calls)
            facts.rejects = True
        if facts.protection is not None and not facts.identity and not facts.rejects:
            facts.protection = None
        if facts.protection is not None and facts.rejects:
            self._learn_identity_props(fn)
        # Data.
        helper_reasons: list[str | None] = []
        for call in jsdata.outermost_calls(body):
            op = jsdata.db_op(call)
            helper = self.resolve_call(mod, call) if op is None or op.flavour == "orm-instance" else None
            if op is not None and helper is None:
                (facts.writes if op.kind == "write" else facts.reads).append(op)
                continue
            if helper is not None and depth < 3 and helper.node is not fn:
                sub = self.facts(helper.module, helper.node, depth + 1)
                facts.reads.extend(sub.reads)
                facts.writes.extend(sub.writes)
                # verifyStripeSignature(req) in lib/: the helper's reason is the handler's
                helper_reasons.append(sub.public_reason)
        src = jsast.comment_free(body)
        if _SIGNATURE.search(src) or ("createHmac" in src and re.search(r"[!=]==?|timingSafeEqual", src)):
            facts.public_reason = "webhook that verifies its signature"
        elif _SIGN_IN.search(src):
            facts.public_reason = "sign-in / sign-up"
        elif _TOKEN_LINK.search(src):
            facts.public_reason = "secret-token link (the token is the credential)"
        else:
            facts.public_reason = next((r for r in helper_reasons if r), None)

    def unchecked_method_branch(self, mod: Module, fn: Node) -> str | None:
        """In a handler that branches on ``req.method`` (Pages API routes, catch-all handlers),
        the method of a branch that touches private data while only other branches check the
        session; None when there is no such branch."""
        body = jsast.function_body(fn)
        if body is None:
            return None
        branches: list[tuple[str, Node]] = []
        for node in jsast.walk_own(body):
            if node.type == "if_statement":
                m = _METHOD_TEST.search(jsast.text(node.child_by_field_name("condition")))
                then = node.child_by_field_name("consequence")
                if m and then is not None:
                    branches.append((m.group(1).upper(), then))
            elif node.type == "switch_case":
                value = jsast.string_value(node.child_by_field_name("value"))
                if value and value.upper() in ("GET", "POST", "PUT", "PATCH", "DELETE") and node.parent is not None and (
                    _METHOD_SWITCH.search(jsast.text(node.parent.parent) if node.parent.parent is not None else "")
                ):
                    branches.append((value.upper(), node))
        if len(branches) < 2:
            return None
        judged = []
        for method, block in branches:
            facts = Facts()
            self._judge(mod, fn, block, facts, 1)
            judged.append((method, facts))
        if not any(f.protection for _, f in judged):
            return None  # the check sits outside the branches and covers them all
        for method, facts in judged:
            if facts.protection is None and facts.public_reason is None and self.public_by_data(facts) is None:
                return method
        return None

    def _learn_identity_props(self, fn: Node) -> None:
        ps = jsast.params(fn)
        if not ps:
            return
        req = jsast.text(ps[0].child_by_field_name("pattern") or ps[0])
        for node in jsast.walk(fn):
            if node.type == "assignment_expression":
                left = jsast.unwrap(node.child_by_field_name("left"))
                if left is not None and left.type == "member_expression":
                    obj = jsast.unwrap(left.child_by_field_name("object"))
                    if obj is not None and jsast.text(obj) == req:
                        prop = jsast.text(left.child_by_field_name("property"))
                        if prop.isidentifier():
                            self.identity_props.add(prop)

    def req_identity(self) -> re.Pattern[str]:
        props = "|".join(sorted(self.identity_props))
        return re.compile(rf"\b(?:req|request|ctx|c|res\.locals)\.(?:{props})\b")

    def public_by_data(self, facts: Facts) -> str | None:
        """Why an unauthenticated handler is fine from the data it touches, or None."""
        if not facts.reads and not facts.writes:
            return "touches no stored data"
        if facts.writes and all(_starts_checkout(w) for w in facts.writes) and all(
            _public_read(r) or r.flavour == "payment" for r in facts.reads
        ):
            return "starts a checkout"
        if facts.writes:
            if all(w.kind == "write" and w.flavour != "payment" and _INTAKE_TABLES.match(_table(w))
                   and _only_inserts(w) for w in facts.writes) and all(_public_read(r) for r in facts.reads):
                return "public form submission"
            return None
        if all(_public_read(r) for r in facts.reads):
            return "reads public data only"
        return None


def _starts_checkout(op: jsdata.DbOp) -> bool:
    """stripe.checkout.sessions.create(...): a guest can start a purchase on a pricing page."""
    return op.flavour == "payment" and "checkout" in op.ops and "create" in op.ops


def public_filter(op: jsdata.DbOp) -> bool:
    """A read limited to records everyone may see (``status: "active"``, ``published: true``)."""
    return op.kind == "read" and bool(_PUBLIC_FLAG.search(jsast.text(op.call)))


def public_table(op: jsdata.DbOp) -> bool:
    """A read of a table everyone may see (products, plans, posts)."""
    return op.kind == "read" and bool(_PUBLIC_TABLES.match(_table(op)) or _PUBLIC_TABLES.match(_table(op) + "s"))


def _table(op: jsdata.DbOp) -> str:
    return op.table.strip("\"'`").split(".")[-1]


def _only_inserts(op: jsdata.DbOp) -> bool:
    return (bool(set(op.ops) & {"insert", "create", "insertOne", "add", "save"}) and not (
        set(op.ops) & {"update", "delete", "upsert", "deleteMany", "updateMany", "remove"}
    )) or (op.flavour == "sql" and "insert" in jsast.text(op.call).lower()[:400])


def _public_read(op: jsdata.DbOp) -> bool:
    if op.flavour == "payment":
        return bool(set(op.ops) & {"prices", "products"})
    if _PUBLIC_TABLES.match(_table(op)):
        return True
    return bool(_PUBLIC_FLAG.search(jsast.text(op.call)))


def _swallowed(call: Node) -> bool:
    """A guard call inside a try whose catch carries on (so a failure does not stop the caller)."""
    node = call.parent
    while node is not None and node.type not in jsast.FUNCTION_TYPES:
        if node.type == "statement_block" and node.parent is not None and node.parent.type == "try_statement":
            handler = node.parent.child_by_field_name("handler")
            if handler is not None:
                return not _exits(handler)
        node = node.parent
    return False


def _in_try_rejecting(calls: list[Node]) -> bool:
    """``try { jwt.verify(...) } catch { return res.status(401) }``: a throwing verifier."""
    for call in calls:
        path = jsast.callee_path(call)
        if not re.search(r"verify|Verify|getUser|getClaims", path):
            continue
        node = call.parent
        while node is not None and node.type not in jsast.FUNCTION_TYPES:
            if node.type == "try_statement":
                handler = node.child_by_field_name("handler")
                if handler is not None and _exits(handler) and _REJECT.search(jsast.comment_free(handler)):
                    return True
                break
            node = node.parent
        else:
            if re.search(r"^jwt\.verify$|jwtVerify|verifyIdToken|verifySessionCookie", path):
                return True
        if node is not None and node.type in jsast.FUNCTION_TYPES and re.search(
            r"^jwt\.verify$|jwtVerify|verifyIdToken|verifySessionCookie", path
        ):
            return True
    return False


def _mentions_auth_header(cond: Node, body: Node) -> bool:
    """A shared-secret check: ``if (req.headers["x-api-key"] !== process.env.API_KEY)``."""
    src = jsast.text(cond)
    return (
        bool(re.search(r"[Aa]uthorization|[Tt]oken|api[_-]?[Kk]ey|[Ss]ecret|SECRET|KEY", src))
        and bool(re.search(r"[!=]==?|timingSafeEqual|compare", src))
        and bool(re.search(r"process\.env|Deno\.env|SECRET|KEY|[Ss]ecret", src))
    )


def _exits(node: Node) -> bool:
    for n in jsast.walk_own(node):
        if n.type in ("return_statement", "throw_statement"):
            return True
        if n.type == "call_expression" and jsast.callee_name(n) in (
            "redirect", "notFound", "unauthorized", "forbidden", "permanentRedirect", "abort",
            "redirectToSignIn", "next", "sendStatus",
        ):
            return True
        if n.type == "call_expression" and jsast.callee_name(n) == "status":
            return True
    return False


def _describe(calls: list[Node]) -> str | None:
    for call in calls:
        return f"{jsast.callee_path(call)}() check"
    return None
