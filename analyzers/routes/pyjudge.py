"""What a Python function does, judged from its code: is it an authentication dependency or
decorator (establishes the caller and rejects strangers), is the handler public on purpose,
which stored data does it touch, and does it fetch records by a client id without scoping them."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from analyzers.routes.pyindex import PyIndex, PyModule

Func = ast.FunctionDef | ast.AsyncFunctionDef

_IDENTITY = re.compile(
    r"jwt\.decode|\bdecode_\w*token|\bverify_\w*token|verify_jwt|\.auth\.get_user|get_jwt_identity|"
    r"verify_jwt_in_request|current_user|session\.get\(\s*['\"]\w+|['\"]\w+['\"]\s+(?:not\s+)?in\s+session|"
    r"session\[\s*['\"]\w+|\bg\.user|request\.user|HTTPAuthorizationCredentials|"
    r"\.verify_id_token|\bauthenticate\(|get_current_\w+|request\.headers\.get\(\s*['\"](?:authorization|x-api-key)|"
    r"\b\w*(?:api_key|token|secret)\w*\s*(?:!=|==|not\s+in)\s*\S|compare_digest|"
    r"\bauthorization\s*(?:!=|==)|(?:!=|==)\s*f?['\"]Bearer ",
    re.IGNORECASE,
)
_REJECT = re.compile(
    r"HTTPException|HTTP_401|HTTP_403|status_code\s*=\s*40[13]|abort\(\s*40[13]|\b40[13]\b|"
    r"redirect\(|\braise\b|Unauthorized|Forbidden|PermissionDenied|login",
)
_SCHEMES = re.compile(r"^(?:OAuth2PasswordBearer|OAuth2AuthorizationCodeBearer|HTTPBearer|HTTPBasic|APIKeyHeader|APIKeyCookie|APIKeyQuery|OpenIdConnect)$")
_LIB_DEPS = re.compile(
    r"current_(?:active_)?user|get_current_\w+|require_\w*(?:user|auth|login|admin)|"
    r"verify_\w*token|authenticate\w*|auth_required|login_required|jwt_required|"
    r"token_required|requires_auth|roles_required|permission_required|fresh_jwt_required|"
    r"admin_required|check_auth|get_user_from_token|validate_token|api_key_auth",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"construct_event|compare_digest|verify_signature|verify_webhook|svix|Webhook\(|\.verify\(\s*payload")
_SIGN_IN = re.compile(
    r"verify_password|check_password_hash|checkpw|pwd_context\.verify|sign_in_with_password|"
    r"\.sign_up\(|reset_password_for_email|\.sign_in_with_otp|exchange_code_for_session|"
    r"authenticate_user|create_access_token\(|login_user\(|check_password\(|"
    r"\b(?:get_password_hash|hash_password|generate_password_hash|make_password|set_password)\(|"
    r"pwd_context\.hash|bcrypt\.hashpw|\bsession\[\s*['\"]\w+['\"]\s*\]\s*=|\bjwt\.encode\(|\b\w*(?:reset_?password|password_?reset|send_reset|forgot_?password)\w*\("
)
_PUBLIC_TABLES = re.compile(
    r"^(?:products?|plans?|pricing|prices|tiers?|posts?|articles?|blog\w*|categor(?:y|ies)|faqs?|"
    r"testimonials?|courses?|listings?|events?|menu\w*|features?|changelog\w*|pages?|"
    r"tags?|reviews?|authors?|collections?|catalog\w*|services?|announcements?|locations?)$",
    re.IGNORECASE,
)
_INTAKE_TABLES = re.compile(
    r"^(?:waitlist\w*|newsletter\w*|subscribers?|contacts?|contact_?\w+|leads?|inquir\w+|"
    r"enquir\w+|feedback\w*|signups?|demo_?requests?)$",
    re.IGNORECASE,
)
_PUBLIC_FLAG = re.compile(
    r"(?:published|is_published|is_public|public|visibility|is_active|active|listed|status)['\"]?\s*"
    r"(?:==|=|,)\s*(?:True|['\"](?:public|published|active|live)['\"])"
)
_READ_CALLS = frozenset(
    {"query", "get", "filter", "filter_by", "where", "scalars", "scalar", "execute", "first",
     "all", "one", "one_or_none", "get_or_404", "first_or_404", "select", "find", "find_one",
     "fetchone", "fetchall", "objects", "table", "from_", "scalar_one_or_none", "paginate"}
)
_WRITE_CALLS = frozenset(
    {"add", "add_all", "commit", "delete", "update", "insert", "upsert", "insert_one",
     "update_one", "delete_one", "delete_many", "update_many", "bulk_create", "merge", "save",
     "create", "refresh"}
)
_KEYED = re.compile(r"\.(?:get|get_or_404|filter|filter_by|where|eq|find_one|first_or_404|match|in_|delete|update|execute)\(|\bget\(")
_SQL_WRITE = re.compile(r"""['"]\s*(?:insert|update|delete)\b""", re.IGNORECASE)
_IDENTITY_TEXT = re.compile(r"current_user|\bg\.user|get_jwt_identity\(\)|\bsession\[\s*['\"]\w+|\bsession\.get\(\s*['\"]\w+|request\.user|request\.state\.user")
_SOURCE = re.compile(r"request\.(?:args|json|form|get_json|values|view_args|query_params|path_params|files)|\bpayload\b|\bbody\b")
# Names that hold the caller in code we cannot follow; they scope a query unless the client sent them.
_CALLER_NAMES = frozenset({"user", "current_user", "me", "user_id", "uid", "viewer", "caller", "account", "owner_id", "claims"})
_AUTHZ_CALL = re.compile(r"^(?:can|authori[sz]e|assert|check|ensure|verify|require|owns|has)_?\w*|\w*(?:access|permission|owner|ownership|member|membership)$", re.IGNORECASE)
_SERVICE = re.compile(r"service_role|SERVICE_ROLE|SERVICE_KEY|service_key", re.IGNORECASE)


def _calls(node: ast.AST) -> list[ast.Call]:
    return [n for n in _walk_own(node) if isinstance(n, ast.Call)]


def _walk_own(node: ast.AST) -> list[ast.AST]:
    """Every node below ``node`` except inside nested functions and classes."""
    out: list[ast.AST] = []
    stack = list(ast.iter_child_nodes(node))
    while stack:
        n = stack.pop()
        out.append(n)
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        stack.extend(ast.iter_child_nodes(n))
    return out


def dep_target(expr: ast.expr | None) -> ast.expr | None:
    """``Depends(get_user)`` / ``Security(get_user, scopes=[...])`` -> ``get_user``."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name | ast.Attribute):
        name = expr.func.id if isinstance(expr.func, ast.Name) else expr.func.attr
        if name in ("Depends", "Security"):
            if expr.args:
                return expr.args[0]
            for kw in expr.keywords:
                if kw.arg == "dependency":
                    return kw.value
    return None


def annotated_dep(annotation: ast.expr | None) -> ast.expr | None:
    """``Annotated[User, Depends(get_user)]`` -> ``get_user``."""
    if isinstance(annotation, ast.Subscript):
        base = annotation.value
        base_name = base.id if isinstance(base, ast.Name) else base.attr if isinstance(base, ast.Attribute) else ""
        if base_name == "Annotated" and isinstance(annotation.slice, ast.Tuple):
            for item in annotation.slice.elts[1:]:
                target = dep_target(item)
                if target is not None:
                    return target
    return None


@dataclass
class PyFacts:
    protection: str | None = None
    identity_names: set[str] = field(default_factory=set)
    reads: list[str] = field(default_factory=list)  # table/model names read
    writes: list[str] = field(default_factory=list)
    insert_only: bool = True
    public_flag: bool = False
    public_reason: str | None = None


class PyJudge:
    def __init__(self, index: PyIndex) -> None:
        self.index = index
        self._auth: dict[tuple[str, int], bool] = {}
        self._alias_home: dict[int, str] = {}

    # -- authentication dependencies and decorators ------------------------------------------
    def is_auth_callable(self, path: str, expr: ast.expr, depth: int = 0) -> str | None:
        """A name for the protection when ``expr`` (a dependency or decorator) authenticates."""
        label = ast.unparse(expr)
        path = self._alias_home.get(id(expr), path)
        resolved = self.index.resolve(path, expr)
        if resolved is not None and depth < 4:
            mod, node = resolved
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if self.is_auth_function(mod, node, depth + 1):
                    return f"{label} ({mod.path}){role_note(mod, node)}{secret_note(mod, node)}"
                return None
            if isinstance(node, ast.Call):
                callee = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(node.func, ast.Attribute) else ""
                if _SCHEMES.match(callee):
                    return f"{label} ({callee})"
                if _LIB_DEPS.search(callee) or callee in ("current_user",):
                    return f"{label} ({mod.path})"
                # an instance of a class whose __call__ checks the token
                inner = self.is_auth_callable(mod.path, node.func, depth + 1) if depth < 3 else None
                return f"{label} ({mod.path})" if inner else None
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and item.name == "__call__":
                        return f"{label} ({mod.path})" if self.is_auth_function(mod, item, depth + 1) else None
                bases = " ".join(ast.unparse(b) for b in node.bases)
                return f"{label} ({mod.path})" if re.search(r"HTTPBearer|OAuth2|APIKey", bases) else None
            return None
        if isinstance(expr, ast.Call):
            func = expr.func
            callee_label = ast.unparse(func)
            if _SCHEMES.match(callee_label.split(".")[-1]):
                return label
            if self.index.resolve(path, func) is not None:
                return self.is_auth_callable(path, func, depth + 1)
            return label if _LIB_DEPS.search(callee_label.split(".")[-1]) else None
        name = label.split(".")[-1]
        return label if _LIB_DEPS.search(name) else None

    def alias_dep(self, path: str, annotation: ast.expr | None) -> ast.expr | None:
        """``user: CurrentUser`` where ``CurrentUser = Annotated[User, Depends(get_user)]``, or
        ``user=CurrentUser`` where ``CurrentUser = Depends(get_user)``."""
        if isinstance(annotation, ast.Name):
            found = self.index.lookup(path, annotation.id)
            if found is not None and isinstance(found[1], ast.expr):
                target = annotated_dep(found[1]) or dep_target(found[1])
                if target is not None and isinstance(found[1], ast.Subscript):
                    # resolve the dependency in the alias' own module
                    self._alias_home[id(target)] = found[0].path
                return target
        return None

    def is_auth_function(self, mod: PyModule, fn: Func, depth: int = 0) -> bool:
        key = (mod.path, id(fn))
        if key in self._auth:
            return self._auth[key]
        self._auth[key] = False
        result = False
        all_args = fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs
        defaults = [None] * (len(fn.args.posonlyargs + fn.args.args) - len(fn.args.defaults)) + list(fn.args.defaults) + list(fn.args.kw_defaults)
        for arg, default in zip(all_args, defaults, strict=False):
            target = (dep_target(default) or annotated_dep(arg.annotation)
                      or self.alias_dep(mod.path, arg.annotation) or self.alias_dep(mod.path, default))
            if target is not None and self.is_auth_callable(mod.path, target, depth + 1):
                result = True
            if arg.annotation is not None and re.search(r"HTTPAuthorizationCredentials|HTTPBasicCredentials", ast.unparse(arg.annotation)):
                result = True
        src = mod.segment(fn)
        if not result and _IDENTITY.search(src) and _REJECT.search(src):
            result = True
        if not result:
            # @bp.before_request stacked on @login_required: the decorator does the check
            for dec in fn.decorator_list:
                target = dec.func if isinstance(dec, ast.Call) else dec
                if isinstance(target, ast.Attribute) and target.attr in ("before_request", "before_app_request", "middleware"):
                    continue
                if self.is_auth_callable(mod.path, target, depth + 1):
                    result = True
        if not result:
            # a decorator: its inner wrapper does the check
            for inner in fn.body:
                if isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef):
                    isrc = mod.segment(inner)
                    if _IDENTITY.search(isrc) and _REJECT.search(isrc):
                        result = True
        if not result:
            for call in _calls(fn):
                target_fn = self.index.resolve(mod.path, call.func) if depth < 3 else None
                if (target_fn is not None and target_fn[1] is not fn
                        and isinstance(target_fn[1], ast.FunctionDef | ast.AsyncFunctionDef) and self.is_auth_function(target_fn[0], target_fn[1], depth + 1) and _REJECT.search(src)):
                    result = True
        self._auth[key] = result
        return result

    # -- handler facts ---------------------------------------------------------------------
    def facts(self, mod: PyModule, fn: Func, depth: int = 0) -> PyFacts:
        facts = PyFacts()
        src = mod.segment(fn)
        body_src = "\n".join(mod.segment(s) for s in fn.body)
        # inline checks in the handler body; user_id = session.get("user_id"); if not user_id: ...
        held: set[str] = set()
        for node in _walk_own(fn):
            if isinstance(node, ast.Assign) and (
                _IDENTITY.search(mod.segment(node.value)) or self._identity_helper(mod, node.value, depth)
            ):
                held |= {n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)}
        for node in _walk_own(fn):
            if isinstance(node, ast.If):
                test = mod.segment(node.test)
                then = "\n".join(mod.segment(s) for s in node.body)
                names = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}
                if (_IDENTITY.search(test) or names & held) and re.search(r"abort\(|raise|redirect\(|return", then) and _REJECT.search(then):
                    shared = re.search(r"api_key|token|secret|authorization|Bearer", test, re.IGNORECASE) and not re.search(
                        r"current_user|session|g\.user|jwt|decode", test
                    )
                    facts.protection = facts.protection or ("shared-key check" if shared else "session check")
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func)
                if re.search(r"verify_jwt_in_request|\.verify_id_token|jwt\.decode", name):
                    facts.protection = facts.protection or f"{name}()"
                resolved = self.index.resolve(mod.path, node.func)
                rfn = resolved[1] if resolved is not None else None
                if resolved is not None and isinstance(rfn, ast.FunctionDef | ast.AsyncFunctionDef) and rfn is not fn and depth < 2:
                    rmod = resolved[0]
                    if self.is_auth_function(rmod, rfn, depth + 1) and _REJECT.search(rmod.segment(rfn)):
                        facts.protection = facts.protection or f"{name}() ({rmod.path})"
                    sub = self.facts(rmod, rfn, depth + 1)
                    facts.reads.extend(sub.reads)
                    facts.writes.extend(sub.writes)
                    if sub.writes and not sub.insert_only:
                        facts.insert_only = False
        self._data(mod, fn, facts)
        if _SIGNATURE.search(body_src):
            facts.public_reason = "webhook that verifies its signature"
        elif _SIGN_IN.search(body_src):
            facts.public_reason = "sign-in / sign-up"
        elif re.search(r"hashlib\.sha\d+\(\s*(?:token|request|payload|body)|URLSafe\w*Serializer|\.loads\(\s*token", body_src):
            facts.public_reason = "secret-token link (the token is the credential)"
        facts.public_flag = bool(_PUBLIC_FLAG.search(src))
        return facts

    def _identity_helper(self, mod: PyModule, value: ast.expr, depth: int) -> bool:
        """``user = get_logged_in_user()``: a project function that reads the session or token."""
        call = value.value if isinstance(value, ast.Await) else value
        if not isinstance(call, ast.Call) or depth > 2:
            return False
        found = self.index.resolve(mod.path, call.func)
        return found is not None and isinstance(found[1], ast.FunctionDef | ast.AsyncFunctionDef) and bool(
            _IDENTITY.search(found[0].segment(found[1]))
        )

    def _data(self, mod: PyModule, fn: Func, facts: PyFacts) -> None:
        local_sql: dict[str, str] = {}
        for node in _walk_own(fn):
            if isinstance(node, ast.Assign):
                text = _sql_in(mod, node.value, {})
                if text:
                    local_sql.update({t.id: text for t in node.targets if isinstance(t, ast.Name)})
        for call in _calls(fn):
            # SQL handed to any function (driver, asyncpg, a project helper such as fetch_all)
            sql_text = _sql_in(mod, call.args[0], local_sql) if call.args else ""
            if sql_text:
                m = re.search(r"\b(?:from|into|update|join)\s+[\"`]?(\w+)", sql_text, re.IGNORECASE)
                table = m.group(1) if m else ""
                verb = _SQL_VERB.match(sql_text)
                if verb and verb.group(1).lower() in ("select", "with"):
                    facts.reads.append(table)
                elif verb:
                    facts.writes.append(table)
                    if verb.group(1).lower() != "insert":
                        facts.insert_only = False
                continue
            func = call.func
            if not isinstance(func, ast.Attribute):
                continue
            base = mod.segment(func.value)
            name = func.attr
            if re.search(r"cache|redis|os\b|path|json|dict|headers|request|response|logger|logging|str\b", base, re.IGNORECASE) and name not in ("execute",):
                continue
            table = _table_of(mod, call)
            call_src = mod.segment(call)
            if name == "execute":
                if _SQL_WRITE.search(call_src) or re.search(r"\b(?:insert|update|delete)\(", call_src):
                    facts.writes.append(table)
                    if not re.search(r"""['"]\s*insert|\binsert\(""", call_src, re.IGNORECASE):
                        facts.insert_only = False
                elif re.search(r"""['"]\s*select|\bselect\(""", call_src, re.IGNORECASE):
                    facts.reads.append(table)
                continue
            if name in ("add", "add_all", "insert", "insert_one", "bulk_create") or (name == "create" and "objects" in base):
                facts.writes.append(table)
            elif name in ("delete", "update", "upsert", "update_one", "delete_one", "delete_many", "update_many", "merge") and (
                re.search(r"db|session|query|table|objects|collection|supabase|client|cursor|conn", base, re.IGNORECASE)
            ):
                facts.writes.append(table)
                facts.insert_only = False
            elif name in _READ_CALLS and re.search(r"db|session|query|table|objects|collection|supabase|client|cursor|conn|\b[A-Z]\w+", base):
                if name == "get" and not re.search(r"db|session|query|objects|collection", base, re.IGNORECASE):
                    continue
                facts.reads.append(table)
            elif name == "commit" and re.search(r"db|session|conn", base, re.IGNORECASE):
                facts.writes.append("")

    def public_by_data(self, facts: PyFacts) -> str | None:
        if not facts.reads and not facts.writes:
            return "touches no stored data"
        tables_w = [t for t in facts.writes if t]
        if facts.writes:
            if facts.insert_only and tables_w and all(_INTAKE_TABLES.match(_plural(t)) or _INTAKE_TABLES.match(t) for t in tables_w):
                return "public form submission"
            return None
        if all(_PUBLIC_TABLES.match(_plural(t)) or _PUBLIC_TABLES.match(t) for t in facts.reads if t) and any(facts.reads):
            return "reads public data only"
        if facts.public_flag:
            return "reads public data only"
        return None

    # -- IDOR --------------------------------------------------------------------------------
    def idor_lines(self, mod: PyModule, fn: Func, client: set[str], identity: set[str]) -> list[tuple[int, str]]:
        tainted = set(client)
        ident = set(identity) | {n for n in _CALLER_NAMES if n not in client}
        for node in _walk_own(fn):
            if isinstance(node, ast.Assign):
                value_src = mod.segment(node.value)
                names = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
                targets = {n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)}
                if names & ident or _IDENTITY_TEXT.search(value_src):
                    ident |= targets
                elif (_SOURCE.search(value_src) or names & tainted) and not _is_db_call(node.value):
                    tainted |= targets
        # an ownership (or role) comparison anywhere in the handler scopes what it fetched
        for node in _walk_own(fn):
            if isinstance(node, ast.If | ast.IfExp | ast.Assert):
                test = node.test
                names = {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
                test_src = mod.segment(test)
                if (names & ident or _IDENTITY_TEXT.search(test_src)) and (
                    _compares_caller(test, ident) or re.search(r"role|admin|owner|permission", test_src)
                ):
                    return []
            # if not can_edit(note_id): abort(403) -- a project check that looks the caller up
            if isinstance(node, ast.If) and any(isinstance(s, ast.Raise) or "abort" in mod.segment(s) for s in node.body):
                for call in (n for n in ast.walk(node.test) if isinstance(n, ast.Call)):
                    found = self.index.resolve(mod.path, call.func)
                    if found is not None and call.args and isinstance(found[1], ast.FunctionDef | ast.AsyncFunctionDef) and (
                        _IDENTITY.search(found[0].segment(found[1])) or _IDENTITY_TEXT.search(found[0].segment(found[1]))
                    ):
                        return []
            # ensure_owner(user, note), check_access(current_user, doc): a permission helper
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id if isinstance(node.func, ast.Name) else ""
                arg_names = {n.id for a in node.args for n in ast.walk(a) if isinstance(n, ast.Name)}
                if _AUTHZ_CALL.search(name) and arg_names & ident:
                    return []
        hits: list[tuple[int, str]] = []
        for call in _outer_calls(fn):
            src = mod.segment(call)
            if not _KEYED.search(src):
                continue
            names = {n.id for n in ast.walk(call) if isinstance(n, ast.Name)}
            if not (names & tainted or _SOURCE.search(src)):
                continue
            if not _is_db_call(call):
                continue
            if names & ident or _IDENTITY_TEXT.search(src):
                continue
            if not _keyed_by_client(call, tainted):
                continue
            if re.search(r"\.table\(|\.from_\(", src) and not self._service_client(mod, call):
                continue
            table = _table_of(mod, call)
            if table and (_PUBLIC_TABLES.match(_plural(table)) or _PUBLIC_TABLES.match(table)) and not re.search(r"\.(?:update|delete)\(", src):
                continue
            if re.search(r"\.(?:insert|add|insert_one)\(", src) and not re.search(r"\.(?:update|delete|eq|filter|where|get)\(", src):
                continue
            hits.append((call.lineno, _table_of(mod, call)))
        return hits

    def _service_client(self, mod: PyModule, call: ast.Call) -> bool:
        root: ast.expr = call
        while isinstance(root, ast.Call | ast.Attribute):
            root = root.func if isinstance(root, ast.Call) else root.value
        if isinstance(root, ast.Name):
            if _SERVICE.search(root.id):
                return True
            found = self.index.lookup(mod.path, root.id)
            if found is not None:
                return bool(_SERVICE.search(found[0].segment(found[1]) or found[0].source))
        return bool(_SERVICE.search(mod.source))


_ROLE = re.compile(r"\brole\b|\broles\b|is_admin|\badmin\b|is_staff|is_superuser|permission|scopes")


def role_note(mod: PyModule, fn: Func) -> str:
    """" [role check]" when a dependency or decorator checks a role, not just a signed-in user."""
    for node in ast.walk(fn):
        if isinstance(node, ast.If) and _ROLE.search(mod.segment(node.test)):
            return " [role check]"
    return ""


_SQL_VERB = re.compile(r"\s*(select|with|insert|update|delete|refresh|truncate|merge|upsert|alter|drop|create|replace)\b", re.IGNORECASE)


def _sql_in(mod: PyModule, node: ast.expr, local_sql: dict[str, str]) -> str:
    """The SQL text an argument carries: a string, an f-string, ``text("...")``,
    ``sql.SQL("...")``, or a local variable assigned one of those."""
    if isinstance(node, ast.Name):
        return local_sql.get(node.id, "")
    if isinstance(node, ast.Call) and node.args and isinstance(node.func, ast.Name | ast.Attribute):
        name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
        if name in ("text", "SQL", "format"):
            inner = node.func.value if name == "format" and isinstance(node.func, ast.Attribute) else node.args[0]
            return _sql_in(mod, inner, local_sql)
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = mod.segment(node)[2:]
    else:
        return ""
    return text if _SQL_VERB.match(text) and re.search(r"\b(?:from|into|set|table|view|values)\b", text, re.IGNORECASE) else ""


def secret_note(mod: PyModule, fn: Func) -> str:
    """" [shared key]" for a dependency that compares a key shared with another service
    (``x_api_key != settings.API_KEY``) and identifies no user."""
    src = mod.segment(fn)
    if re.search(r"\w*(?:api_key|token|secret)\w*\s*(?:!=|==)|compare_digest", src, re.IGNORECASE) and not re.search(
        r"jwt\.|decode|get_user|current_user|session|verify_id_token", src
    ):
        return " [shared key]"
    return ""


_ID_KEY = re.compile(r"(?:^|_)id$|Id$|uuid|slug|^key$|number|token|email|username", re.IGNORECASE)


def _keyed_by_client(call: ast.Call, tainted: set[str]) -> bool:
    """The client's value picks records by an id (``Note.id == note_id``, ``filter_by(id=...)``,
    ``get(note_id)``), not by a status or a search term. Unknown shapes count as ids."""

    def refs(node: ast.AST) -> bool:
        return any(isinstance(n, ast.Name) and n.id in tainted for n in ast.walk(node))

    keys: list[str] = []
    for node in ast.walk(call):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(refs(o) for o in operands):
                keys += [o.attr if isinstance(o, ast.Attribute) else o.id for o in operands
                         if isinstance(o, ast.Attribute | ast.Name) and not refs(o)]
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            keys += [kw.arg for kw in node.keywords if kw.arg and refs(kw.value)]
            if name in ("get", "get_or_404", "find_by_id") and node.args and refs(node.args[-1]):
                keys.append("id")
            if name in ("eq", "neq", "in_") and len(node.args) > 1 and refs(node.args[1]) and isinstance(node.args[0], ast.Constant):
                keys.append(str(node.args[0].value))
            if name == "find_one" and node.args and isinstance(node.args[0], ast.Dict):
                keys += [k.value for k, v in zip(node.args[0].keys, node.args[0].values, strict=False)
                         if isinstance(k, ast.Constant) and isinstance(k.value, str) and refs(v)]
    return not keys or any(_ID_KEY.search(k) for k in keys)


def _compares_caller(test: ast.expr, ident: set[str]) -> bool:
    """``note.owner_id != user.id`` compares the caller with something; ``user is None`` does not."""
    for node in ast.walk(test):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        if any(isinstance(o, ast.Constant) for o in operands):
            continue
        mentions = [bool({n.id for n in ast.walk(o) if isinstance(n, ast.Name)} & ident) or bool(_IDENTITY_TEXT.search(ast.unparse(o))) for o in operands]
        if any(mentions) and not all(mentions):
            return True
    return False


def _outer_calls(fn: Func) -> list[ast.Call]:
    inner: set[int] = set()
    calls = [n for n in _walk_own(fn) if isinstance(n, ast.Call)]
    for c in calls:
        f = c.func
        while isinstance(f, ast.Attribute | ast.Call):
            if isinstance(f, ast.Call):
                inner.add(id(f))
                f = f.func
            else:
                f = f.value
        for a in ast.walk(c):
            if isinstance(a, ast.Call) and a is not c:
                inner.add(id(a))
    return [c for c in calls if id(c) not in inner]


def _is_db_call(node: ast.AST) -> bool:
    src = ast.unparse(node)
    return bool(
        re.search(
            r"\b(?:db|session|Session|conn|cursor|cur|supabase|client|collection|engine)\b\.|"
            r"\.query\b|\.objects\.|get_or_404|first_or_404|\.table\(|\bselect\(|\bupdate\(|\bdelete\(|"
            r"find_one|\b[A-Z][a-z]\w*\.(?:get|find|filter)",
            src,
        )
    )


def _table_of(mod: PyModule, call: ast.Call) -> str:
    for node in ast.walk(call):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id if isinstance(node.func, ast.Name) else ""
            if name in ("query", "select", "get", "get_or_404", "update", "delete", "insert") and node.args and isinstance(node.args[0], ast.Name) and node.args[0].id[:1].isupper():
                return node.args[0].id
            if name in ("table", "from_", "collection") and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                return node.args[0].value
            if name == "add" and node.args and isinstance(node.args[0], ast.Call) and isinstance(node.args[0].func, ast.Name):
                return node.args[0].func.id
            if name == "add" and node.args and isinstance(node.args[0], ast.Name):
                return node.args[0].id
        if isinstance(node, ast.Attribute) and node.attr in ("query", "objects") and isinstance(node.value, ast.Name):
            return node.value.id
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            m = re.search(r"\b(?:from|into|update)\s+[\"`]?(\w+)", node.value, re.IGNORECASE)
            if m:
                return m.group(1)
    return ""


def _plural(name: str) -> str:
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return snake if snake.endswith("s") else snake + "s"
