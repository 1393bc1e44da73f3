"""Swallowed errors: a failure made silent around a write or a payment/auth call.

Flagged: an empty ``catch`` / ``except: pass``, ``.catch(() => {})``, and a catch that only logs
when the code then carries on to answer with success. Not flagged: catches that respond with an
error, rethrow, roll back, or ignore a failed read or clean-up."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass

from analyzers.routes import jsast, jsdata
from analyzers.routes.jsast import Node
from analyzers.routes.pyindex import source_segment

_LOG = re.compile(r"^(?:console\.\w+|logger\.\w+|log\.\w+|logging\.\w+|Sentry\.\w+|captureException|print|debug)$")
_SUCCESS = re.compile(
    r"(?:success|ok)\s*:\s*true|status\(\s*20[01]\s*\)|\.json\(\s*\{|NextResponse\.json\(|"
    r"Response\.json\(|new Response\(|\.send\(|sendStatus\(\s*20|return\s*\{",
)
_SAYS_OK = re.compile(
    r"(?:success|ok)\s*:\s*true|status\s*[:(]\s*20[01]|sendStatus\(\s*20|"
    r"message\s*:\s*['\"`](?:saved|created|updated|success|ok|done)",
    re.IGNORECASE,
)
_ERROR_RESPONSE = re.compile(r"status\s*[:(]\s*[45]\d\d|sendStatus\(\s*[45]|error\s*:")
_CLEANUP = re.compile(r"unlink|rm\b|rmdir|remove|cleanup|close|release|disconnect|revalidate", re.IGNORECASE)


@dataclass(frozen=True)
class SwallowHit:
    path: str
    line: int
    what: str  # "write", "payment or auth call"


def _js_risky(node: Node) -> str | None:
    for call in jsdata.outermost_calls(node):
        op = jsdata.db_op(call)
        if op is not None and op.flavour == "payment":
            return "payment call"
        if op is not None and op.kind == "write":
            if _CLEANUP.search(".".join(op.ops)) and op.flavour not in ("supabase", "prisma", "sql", "mongoose", "knex", "drizzle"):
                continue
            return "database write"
    for call in jsast.calls(node):
        if jsdata.payment_or_auth_call(call):
            return "payment or auth call"
        op = jsdata.db_op(call)
        if op is not None and op.kind == "write":
            return "database write"
    return None


def _statements(block: Node) -> list[Node]:
    return [c for c in block.named_children if c.type != "comment"]


def _only_logs(stmts: list[Node]) -> bool:
    for s in stmts:
        if s.type != "expression_statement" or not s.named_children:
            return False
        expr = jsast.unwrap(s.named_children[0])
        if expr is None or expr.type != "call_expression" or not _LOG.match(jsast.callee_path(expr)):
            return False
    return True


def _carries_on_to_success(try_stmt: Node) -> bool:
    """After the try statement (in its block or the blocks around it), the function answers
    with success."""
    current: Node | None = try_stmt
    while current is not None and current.type not in jsast.FUNCTION_TYPES:
        node = current.next_named_sibling
        while node is not None:
            src = jsast.comment_free(node)
            if node.type == "return_statement" or (node.type == "expression_statement" and re.search(r"\bres\.|\bresponse\.", src)):
                return bool(_SUCCESS.search(src)) and not _ERROR_RESPONSE.search(src)
            node = node.next_named_sibling
        current = current.parent
    return False


def js_hits(path: str, root: Node, writes: Callable[[Node], bool] | None = None) -> list[SwallowHit]:
    """``writes`` tells whether a call runs a project helper that writes (``await saveOrder()``)."""
    out: list[SwallowHit] = []

    def risky_in(node: Node) -> str | None:
        found = _js_risky(node)
        if found is None and writes is not None and any(writes(c) for c in jsast.calls(node)):
            return "database write"
        return found

    for node in jsast.walk(root):
        if node.type == "catch_clause":
            try_stmt = node.parent
            body = node.child_by_field_name("body")
            block = try_stmt.child_by_field_name("body") if try_stmt is not None else None
            if body is None or block is None or try_stmt is None:
                continue
            stmts = _statements(body)
            risky = risky_in(block)
            if risky is None:
                continue
            if not stmts or (_only_logs(stmts) and _carries_on_to_success(try_stmt)) or _returns_success(stmts):
                out.append(SwallowHit(path, jsast.line(node), risky))
        elif node.type == "call_expression" and jsast.callee_name(node) == "catch":
            fn = jsast.callee(node)
            a = jsast.args(node)
            if fn is None or not a or fn.type != "member_expression":
                continue
            if not _silent_callback(a[0]) and not (_log_callback(a[0]) and _statement_then_success(node)):
                continue
            obj = fn.child_by_field_name("object")
            risky = risky_in(obj) if obj is not None else None
            if risky is not None:
                prop = fn.child_by_field_name("property")
                out.append(SwallowHit(path, jsast.line(prop or node), risky))
    return out


def _log_callback(node: Node) -> bool:
    """``.catch(console.error)`` / ``.catch((e) => logger.warn(e))``: logs and carries on."""
    node_u = jsast.unwrap(node)
    if node_u is None:
        return False
    if node_u.type == "member_expression":
        return bool(_LOG.match(jsast.text(node_u)))
    if node_u.type == "arrow_function":
        body = node_u.child_by_field_name("body")
        if body is not None and body.type == "call_expression":
            return bool(_LOG.match(jsast.callee_path(body)))
        if body is not None and body.type == "statement_block":
            return bool(_statements(body)) and _only_logs(_statements(body))
    return False


def _statement_then_success(node: Node) -> bool:
    current: Node | None = node
    while current is not None and current.type not in ("expression_statement", "lexical_declaration", "variable_declaration"):
        if current.type in jsast.FUNCTION_TYPES:
            return False
        current = current.parent
    return current is not None and _carries_on_to_success(current)


def _returns_success(stmts: list[Node]) -> bool:
    """The catch (after logging, if at all) answers that all went well."""
    last = stmts[-1]
    src = jsast.comment_free(last)
    answers = last.type == "return_statement" or (
        last.type == "expression_statement" and re.search(r"\b(?:res|response)\.", src)
    )
    return (
        bool(answers)
        and bool(_SAYS_OK.search(src))
        and not _ERROR_RESPONSE.search(src)
        and (len(stmts) == 1 or _only_logs(stmts[:-1]))
    )


def _silent_callback(node: Node) -> bool:
    """``() => {}``, ``() => null``, ``() => undefined``, ``(_e) => {}``, ``noop``."""
    node_u = jsast.unwrap(node)
    if node_u is None:
        return False
    if node_u.type == "identifier":
        return jsast.text(node_u) in ("noop", "ignore", "_noop")
    if node_u.type not in ("arrow_function", "function_expression", "function"):
        return False
    body = node_u.child_by_field_name("body")
    if body is None:
        return False
    if body.type == "statement_block":
        return not _statements(body)
    return jsast.text(body) in ("null", "undefined", "void 0", "false", "{}", "[]")


# -- Python -------------------------------------------------------------------------------------
_PY_WRITE = re.compile(
    r"\b(?:commit|add|add_all|delete|insert|update|upsert|save|create|execute|executemany|"
    r"bulk_create|merge|flush|set|put|remove|destroy)\b"
)
_PY_PAYMENT = re.compile(r"\bstripe\.|\bpaddle\.|\.auth\.(?:sign_up|sign_in\w*|admin)|charge|refund|payout|subscription", re.IGNORECASE)
_PY_SQL_WRITE = re.compile(r"""['"]\s*(?:insert|update|delete)\b""", re.IGNORECASE)
_PY_SQL_VERB = re.compile(r"\s*(?:insert|update|delete|refresh|truncate|merge|upsert)\b", re.IGNORECASE)
_PY_OK = re.compile(r"success|\bok\b|['\"]ok['\"]|\bTrue\b|\b20[01]\b|created|saved", re.IGNORECASE)
_PY_NOT_OK = re.compile(r"error|fail|\bFalse\b|\b[45]\d\d\b|detail", re.IGNORECASE)
_BROAD = ("Exception", "BaseException")


def _py_call_name(node: ast.Call) -> str:
    fn = node.func
    if isinstance(fn, ast.Attribute):
        return fn.attr
    if isinstance(fn, ast.Name):
        return fn.id
    return ""


def _py_risky(stmts: list[ast.stmt], seg_of: Callable[[ast.AST], str]) -> str | None:
    for stmt in stmts:
        seg = seg_of(stmt) or ""
        if _PY_PAYMENT.search(seg):
            return "payment or auth call"
        for node in ast.walk(stmt):
            if not isinstance(node, ast.Call):
                continue
            name = _py_call_name(node)
            call_src = seg_of(node) or ""
            if any(isinstance(a, ast.Constant) and isinstance(a.value, str) and _PY_SQL_VERB.match(a.value) for a in node.args):
                return "database write"  # fetch_all("REFRESH MATERIALIZED VIEW ..."), run("DELETE ...")
            if name in ("execute", "executemany"):
                if _PY_SQL_WRITE.search(call_src) or re.search(r"\b(?:insert|update|delete)\(", call_src):
                    return "database write"
                continue
            if name in ("commit", "add", "add_all", "bulk_create", "flush", "merge", "upsert", "insert", "insert_one", "update_one", "delete_one"):
                return "database write"
            if name in ("save", "create", "update", "delete") and isinstance(node.func, ast.Attribute):
                base = seg_of(node.func.value) or ""
                if not re.search(r"cache|redis|os\.|path|file|tmp|temp|dict|\bd\b|headers|session\.modified", base, re.IGNORECASE):
                    return "database write"
    return None


def _py_silent(body: list[ast.stmt], seg_of: Callable[[ast.AST], str]) -> str | None:
    """"empty" when the handler does nothing, "logs" when it only logs, "success" when it
    (logs and) answers that all went well."""
    if all(isinstance(s, ast.Pass) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)) for s in body):
        return "empty"
    last = body[-1]
    if isinstance(last, ast.Return) and last.value is not None:
        said = seg_of(last.value)
        before = _py_silent(body[:-1], seg_of) if body[:-1] else "empty"
        if _PY_OK.search(said) and not _PY_NOT_OK.search(said) and before in ("logs", "empty"):
            return "success"
    for s in body:
        if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call):
            name = seg_of(s.value.func) or ""
            if re.match(r"^(?:print|logging\.\w+|logger\.\w+|log\.\w+|\w*log\w*\.\w+|traceback\.print_exc|sentry_sdk\.\w+)$", name):
                continue
        return None
    return "logs"


def py_hits(path: str, tree: ast.Module, source: str) -> list[SwallowHit]:
    lines = source.splitlines(keepends=True)

    def seg_of(node: ast.AST) -> str:
        return source_segment(lines, node)

    out: list[SwallowHit] = []
    nodes = list(ast.walk(tree))
    parents: dict[ast.AST, ast.AST] = {}
    if any(isinstance(n, ast.Try) for n in nodes):
        for node in nodes:
            for child in ast.iter_child_nodes(node):
                parents[child] = node
    for node in nodes:
        if isinstance(node, ast.With | ast.AsyncWith) and any(
            isinstance(item.context_expr, ast.Call)
            and (seg_of(item.context_expr.func) or "").endswith("suppress")
            and any(isinstance(a, ast.Name) and a.id in _BROAD for a in item.context_expr.args)
            for item in node.items
        ):
            risky = _py_risky(node.body, seg_of)
            if risky is not None:
                out.append(SwallowHit(path, node.lineno, risky))
            continue
        if not isinstance(node, ast.Try):
            continue
        risky = _py_risky(node.body, seg_of)
        if risky is None:
            continue
        for handler in node.handlers:
            broad = handler.type is None or (
                isinstance(handler.type, ast.Name) and handler.type.id in _BROAD
            )
            if not broad:
                continue
            silent = _py_silent(handler.body, seg_of)
            if silent in ("empty", "success") or (silent == "logs" and _py_success_after(node, parents, seg_of)):
                out.append(SwallowHit(path, handler.lineno, risky))
    return out


def _py_success_after(try_node: ast.Try, parents: dict[ast.AST, ast.AST], seg_of: Callable[[ast.AST], str]) -> bool:
    """After the try statement (in its block or the blocks around it) the function returns
    something other than an error."""
    current: ast.AST = try_node
    while not isinstance(current, ast.FunctionDef | ast.AsyncFunctionDef | ast.Module):
        parent = parents.get(current)
        if parent is None:
            return False
        for body in (getattr(parent, f, None) for f in ("body", "orelse", "finalbody")):
            if isinstance(body, list) and current in body:
                for stmt in body[body.index(current) + 1:]:
                    if isinstance(stmt, ast.Return):
                        seg = seg_of(stmt) or ""
                        return not re.search(r"\b[45]\d\d\b|error", seg)
        current = parent
    return False
