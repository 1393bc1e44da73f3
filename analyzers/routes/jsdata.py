"""Which JavaScript calls touch stored data, and how: Supabase query builders, Prisma, drizzle,
knex, mongoose, SQL drivers, Firestore admin and Stripe.

A call chain (``supabase.from("invoices").select("*").eq("id", id).single()``) is read from its
outermost call back to its root, so that one record fetch is one operation with its filters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.routes import jsast
from analyzers.routes.jsast import Node

READ_OPS = frozenset(
    {"select", "find", "findOne", "findMany", "findUnique", "findFirst", "findById", "findAll",
     "findByPk", "findUniqueOrThrow", "findFirstOrThrow", "count", "aggregate", "rpc", "get",
     "first", "retrieve", "list", "lean", "populate", "exists", "findAndCountAll"}
)
WRITE_OPS = frozenset(
    {"insert", "update", "upsert", "delete", "create", "createMany", "updateMany", "deleteMany",
     "save", "destroy", "remove", "insertOne", "insertMany", "updateOne", "deleteOne",
     "findByIdAndUpdate", "findByIdAndDelete", "findByIdAndRemove", "findOneAndUpdate",
     "findOneAndDelete", "findOneAndReplace", "replaceOne", "increment", "decrement", "del",
     "cancel", "refund", "set", "bulkCreate", "bulkWrite", "truncate", "onConflictDoUpdate"}
)
# Operations that name one record (or a set) by a key the caller passes.
KEYED_OPS = frozenset(
    {"findUnique", "findFirst", "findById", "findByPk", "findOne", "findUniqueOrThrow",
     "findFirstOrThrow", "update", "delete", "upsert", "findByIdAndUpdate", "findByIdAndDelete",
     "findByIdAndRemove", "findOneAndUpdate", "findOneAndDelete", "updateOne", "deleteOne",
     "updateMany", "deleteMany", "destroy", "eq", "match", "in", "where", "doc", "get", "first",
     "select", "find", "retrieve", "del", "cancel", "replaceOne", "findMany", "findAll",
     "findAndCountAll"}
)
_NOT_DB_ROOTS = frozenset(
    {"Array", "Object", "Buffer", "Promise", "Uint8Array", "Date", "JSON", "Math", "Response",
     "NextResponse", "URL", "crypto", "console", "res", "response", "headers", "cookies", "map",
     "Set", "Map", "String", "Number", "window", "document", "localStorage", "sessionStorage",
     "router", "app", "fs", "path", "process", "z", "formData", "searchParams", "url"}
)
_SQL = re.compile(r"^\s*(with\b[\s\S]*?\b)?(select|insert|update|delete)\b", re.IGNORECASE)
_SQL_WRITE = re.compile(r"^\s*(with\b[\s\S]*?\b)?(insert|update|delete)\b", re.IGNORECASE)
_SQL_TABLE = re.compile(r"\b(?:from|into|update|join)\s+[\"`]?(\w+)", re.IGNORECASE)
_CACHE = re.compile(r"cache|redis|kv|storage|bucket|s3|fs\b", re.IGNORECASE)
FIRESTORE_FNS = frozenset(
    {"getDoc", "getDocs", "getCountFromServer", "addDoc", "setDoc", "updateDoc", "deleteDoc"}
)
_PAYMENT_ROOTS = ("stripe", "paddle", "lemonsqueezy", "razorpay", "paypal")


@dataclass(frozen=True)
class Step:
    name: str  # method or property name
    call: Node | None  # the call node when the step is called, None for a property access


@dataclass(frozen=True)
class Chain:
    root: Node  # the expression the chain starts from
    steps: tuple[Step, ...]
    outer: Node  # the outermost call


def chain_of(call: Node) -> Chain:
    """Flatten ``a.b("x").c(y).d()`` into root ``a`` and steps b, c, d."""
    steps: list[Step] = []
    node: Node | None = call
    while node is not None:
        node = jsast.unwrap(node)
        if node is None:
            break
        if node.type == "call_expression":
            fn = jsast.callee(node)
            if fn is not None and fn.type == "member_expression":
                steps.append(Step(jsast.text(fn.child_by_field_name("property")), node))
                node = fn.child_by_field_name("object")
                continue
            if fn is not None and fn.type == "identifier":
                steps.append(Step(jsast.text(fn), node))
                return Chain(fn, tuple(reversed(steps)), call)
            return Chain(node, tuple(reversed(steps)), call)
        if node.type == "member_expression":
            steps.append(Step(jsast.text(node.child_by_field_name("property")), None))
            node = node.child_by_field_name("object")
            continue
        return Chain(node, tuple(reversed(steps)), call)
    return Chain(call, tuple(reversed(steps)), call)


def outermost_calls(scope: Node) -> list[Node]:
    """Calls in ``scope`` (not inside nested functions) that are not themselves the object of a
    longer chain: each is one whole chain."""
    out = []
    for n in jsast.walk_own(scope):
        if n.type != "call_expression":
            continue
        parent = n.parent
        grand = parent.parent if parent is not None else None
        if (
            parent is not None
            and parent.type == "member_expression"
            and grand is not None
            and grand.type == "call_expression"
        ):
            continue
        out.append(n)
    return out


@dataclass(frozen=True)
class DbOp:
    chain: Chain
    kind: str  # "read" or "write"
    flavour: str  # "supabase", "prisma", "sql", "mongoose", "knex", "drizzle", "firestore", "payment"
    table: str
    ops: tuple[str, ...]
    sql: str = ""  # the statement, for SQL drivers

    @property
    def call(self) -> Node:
        return self.chain.outer


def _root_name(chain: Chain) -> str:
    root = jsast.unwrap(chain.root)
    if root is None:
        return ""
    if root.type == "identifier":
        return jsast.text(root)
    if root.type == "member_expression":
        return jsast.text(root.child_by_field_name("property"))
    if root.type == "call_expression":
        return jsast.callee_name(root)
    if root.type == "this":
        return "this"
    return ""


def sql_text(node: Node | None) -> str | None:
    node = jsast.unwrap(node)
    if node is None:
        return None
    if node.type == "binary_expression":
        # "SELECT ... WHERE slug = '" + req.query.slug + "'": the statement starts on the left
        return sql_text(node.child_by_field_name("left"))
    if node.type in ("string", "template_string"):
        raw = jsast.text(node)[1:-1]
        return raw if _SQL.match(raw) else None
    return None


def _declared_sql(ident: Node) -> str | None:
    """The SQL a variable was declared with in the same function (``let sql = `SELECT ...```)."""
    name = jsast.text(ident)
    scope = jsast.enclosing_function(ident)
    if scope is None:
        return None
    for node in jsast.walk(scope):
        if node.type == "variable_declarator" and jsast.text(node.child_by_field_name("name")) == name:
            return sql_text(node.child_by_field_name("value"))
    return None


def db_op(call: Node) -> DbOp | None:
    """The data operation a whole call chain performs, or None when it is not one."""
    chain = chain_of(call)
    names = tuple(s.name for s in chain.steps)
    if not names:
        return None
    root = _root_name(chain)
    if root in _NOT_DB_ROOTS:
        return None
    lower_root = root.lower()
    if _CACHE.search(lower_root) and not lower_root.startswith("supabase"):
        return None
    # Payment providers: every call changes or reads billing state.
    if any(lower_root.startswith(p) for p in _PAYMENT_ROOTS):
        if "webhooks" in names:
            return None
        kind = "write" if any(n in WRITE_OPS or n in ("capture", "pay", "confirm") for n in names) else "read"
        return DbOp(chain, kind, "payment", names[0] if names else "", names)
    # Tagged SQL templates: sql`select ...`, db.$queryRaw`...`
    if call.type == "call_expression":
        tmpl = call.child_by_field_name("arguments")
        if tmpl is not None and tmpl.type == "template_string":
            raw = jsast.text(tmpl)[1:-1]
            if _SQL.match(raw):
                m = _SQL_TABLE.search(raw)
                return DbOp(chain, "write" if _SQL_WRITE.match(raw) else "read", "sql",
                            m.group(1) if m else "", names, raw)
    # SQL drivers: pool.query("select ...", [..]), db.execute(...), client.query(...)
    for step in chain.steps:
        if step.name in ("query", "execute", "raw", "$queryRaw", "$executeRaw", "$queryRawUnsafe",
                         "$executeRawUnsafe", "unsafe", "all", "run", "prepare") and step.call is not None:
            a = jsast.args(step.call)
            query = sql_text(a[0]) if a else None
            if query is None and a and jsast.unwrap(a[0]) is not None and jsast.unwrap(a[0]).type == "identifier":  # type: ignore[union-attr]
                query = _declared_sql(a[0])
            if query is not None:
                m = _SQL_TABLE.search(query)
                return DbOp(chain, "write" if _SQL_WRITE.match(query) else "read", "sql",
                            m.group(1) if m else "", names, query)
    # Supabase admin API: x.auth.admin.deleteUser(id), updateUserById, listUsers, ...
    if "auth" in names and "admin" in names:
        i = names.index("admin")
        action = names[i + 1] if i + 1 < len(names) else ""
        kind = "read" if action.startswith(("list", "get")) else "write"
        return DbOp(chain, kind, "supabase-admin", "auth.users", names)
    # Supabase: x.from("t").select/insert/update/delete/upsert(...); x.rpc("fn")
    if "from" in names:
        i = names.index("from")
        step = chain.steps[i]
        a = jsast.args(step.call) if step.call is not None else []
        table = jsast.string_value(a[0]) if a else None
        rest = set(names[i + 1:])
        if table is not None and rest & {"select", "insert", "update", "delete", "upsert"}:
            if "storage" in names:
                return None
            kind = "write" if rest & {"insert", "update", "delete", "upsert"} else "read"
            return DbOp(chain, kind, "supabase", table, names)
        # drizzle: db.select().from(invoices)
        if a and names[0] == "select":
            return DbOp(chain, "read", "drizzle", jsast.text(a[0]), names)
    if names[0] in ("insert", "update", "delete") and len(chain.steps) >= 1 and root and root[0].islower():
        first = chain.steps[0]
        a = jsast.args(first.call) if first.call is not None else []
        target = jsast.unwrap(a[0]) if a else None
        if target is not None and target.type == "identifier" and (
            {"values", "set", "where", "returning"} & set(names)
        ):
            return DbOp(chain, "write", "drizzle", jsast.text(a[0]), names)
    if names == ("rpc",) or (len(names) > 1 and names[0] == "rpc"):
        return DbOp(chain, "read", "supabase", "", names)
    # Firestore admin: db.collection("x").doc(id).get()/set()/update()/delete()
    if "collection" in names or "doc" in names:
        kind = "write" if set(names) & {"set", "update", "delete", "add"} else "read"
        if set(names) & {"get", "set", "update", "delete", "add"}:
            tables = [jsast.string_value(jsast.args(s.call)[0]) for s in chain.steps
                      if s.name == "collection" and s.call is not None and jsast.args(s.call)]
            return DbOp(chain, kind, "firestore", (tables[0] or "") if tables else "", names)
    # knex: knex("t").where(...).first(); db("t").insert(...)
    root_node = jsast.unwrap(chain.root)
    if root_node is not None and chain.steps and chain.steps[0].call is not None and chain.steps[0].name == root:
        a = jsast.args(chain.steps[0].call)
        table = jsast.string_value(a[0]) if a else None
        later = set(names[1:])
        if table is not None and later & (READ_OPS | WRITE_OPS | {"where"}):
            kind = "write" if later & WRITE_OPS else "read"
            return DbOp(chain, kind, "knex", table, names)
    # Prisma: prisma.invoice.findUnique(...); ctx.db.invoice.update(...)
    for i in range(len(chain.steps) - 1):
        model, op = chain.steps[i], chain.steps[i + 1]
        if (model.call is None and op.call is not None and (op.name in READ_OPS or op.name in WRITE_OPS)
                and root and (root.lower() in ("prisma", "db", "client", "tx", "ctx", "database")
                              or "prisma" in root.lower())):
                kind = "write" if op.name in WRITE_OPS else "read"
                return DbOp(chain, kind, "prisma", model.name, names)
    # Firestore web/admin modular API: getDoc(doc(db, "orders", id)), updateDoc(ref, {...})
    if len(chain.steps) == 1 and names[0] in FIRESTORE_FNS:
        kind = "read" if names[0] in ("getDoc", "getDocs", "getCountFromServer") else "write"
        a = jsast.args(call)
        table = ""
        for n in jsast.walk(a[0]) if a else ():
            s = jsast.string_value(n) if n.type == "string" else None
            if s:
                table = s
                break
        return DbOp(chain, kind, "firestore", table, names)
    # a loaded record written back: doc.save(), post.deleteOne(), row.destroy()
    if len(names) == 1 and names[0] in ("save", "deleteOne", "destroy", "updateOne", "remove") and root and root[0].islower():
        return DbOp(chain, "write", "orm-instance", root, names)
    # mongoose / sequelize models: Invoice.findById(id), Invoice.find({...})
    if root and root[0].isupper() and names[0] in (READ_OPS | WRITE_OPS) and names[0] not in ("get", "list", "set"):
        kind = "write" if names[0] in WRITE_OPS else "read"
        return DbOp(chain, kind, "mongoose", root, names)
    return None


def payment_or_auth_call(call: Node) -> bool:
    """A call whose failure matters for money or identity: Stripe and friends, sign-up/in."""
    path = jsast.callee_path(call)
    lower = path.lower()
    if any(lower.startswith(p) for p in _PAYMENT_ROOTS) and "." in path:
        return True
    return bool(re.search(r"\.auth\.(signUp|signInWithPassword|updateUser|admin\.\w+)$", path))
