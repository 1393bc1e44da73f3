"""JavaScript/TypeScript syntax trees (tree-sitter) and the few questions we ask of them.

Each file is parsed once with the grammar its ending calls for (TSX for .tsx, TypeScript for .ts,
JavaScript with JSX for the rest). Nodes are tree-sitter nodes; the helpers here read names,
text and lines without caring which of the three grammars produced them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import tree_sitter
import tree_sitter_javascript
import tree_sitter_typescript

Node = tree_sitter.Node

JS_ENDINGS = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts")
FUNCTION_TYPES = frozenset(
    {"function_declaration", "function_expression", "arrow_function", "method_definition",
     "generator_function_declaration", "function"}
)


@lru_cache(maxsize=3)
def _parser(kind: str) -> tree_sitter.Parser:
    if kind == "tsx":
        lang = tree_sitter.Language(tree_sitter_typescript.language_tsx())
    elif kind == "ts":
        lang = tree_sitter.Language(tree_sitter_typescript.language_typescript())
    else:
        lang = tree_sitter.Language(tree_sitter_javascript.language())
    return tree_sitter.Parser(lang)


def is_js(path: str) -> bool:
    return path.endswith(JS_ENDINGS) and not path.endswith(".d.ts")


def parse(path: str, text: str) -> Node:
    kind = "tsx" if path.endswith(".tsx") else "ts" if path.endswith((".ts", ".mts", ".cts")) else "js"
    return _parser(kind).parse(text.encode("utf-8")).root_node


def text(node: Node | None) -> str:
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", errors="replace")


def line(node: Node) -> int:
    return node.start_point[0] + 1


def walk(node: Node) -> Iterator[Node]:
    """Every node below ``node`` (itself included), in source order."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def walk_own(node: Node) -> Iterator[Node]:
    """Like :func:`walk` but without descending into nested functions (their own scope)."""
    stack = list(reversed(node.children))
    yield node
    while stack:
        current = stack.pop()
        yield current
        if current.type not in FUNCTION_TYPES:
            stack.extend(reversed(current.children))


def calls(node: Node) -> Iterator[Node]:
    return (n for n in walk(node) if n.type == "call_expression")


def callee(call: Node) -> Node | None:
    return call.child_by_field_name("function")


def args(call: Node) -> list[Node]:
    arguments = call.child_by_field_name("arguments")
    if arguments is None:
        return []
    return [c for c in arguments.named_children if c.type != "comment"]


def callee_name(call: Node) -> str:
    """``auth`` for ``auth()``, ``getUser`` for ``supabase.auth.getUser()``."""
    fn = callee(call)
    if fn is None:
        return ""
    if fn.type == "identifier":
        return text(fn)
    if fn.type == "member_expression":
        return text(fn.child_by_field_name("property"))
    return ""


def callee_path(call: Node) -> str:
    """The callee written out, white space removed: ``supabase.auth.getUser``."""
    return "".join(text(callee(call)).split())


def unwrap(node: Node | None) -> Node | None:
    """Strip ``await``, parentheses, ``as`` / ``!`` / ``satisfies`` wrappers."""
    while node is not None and node.type in (
        "await_expression", "parenthesized_expression", "as_expression", "non_null_expression",
        "satisfies_expression", "type_assertion",
    ):
        inner = [c for c in node.named_children if c.type not in ("type_annotation",)]
        node = inner[0] if inner else None
    return node


def string_value(node: Node | None) -> str | None:
    """The value of a string literal or a template without substitutions."""
    node = unwrap(node)
    if node is None:
        return None
    if node.type == "string":
        parts = []
        for c in node.named_children:
            if c.type == "string_fragment":
                parts.append(text(c))
            elif c.type == "escape_sequence":
                esc = text(c)[1:]
                parts.append({"n": "\n", "t": "\t", "r": "\r"}.get(esc, esc))
        return "".join(parts)
    if node.type == "template_string":
        if any(c.type == "template_substitution" for c in node.named_children):
            return None
        return text(node)[1:-1]
    return None


def function_body(fn: Node) -> Node | None:
    return fn.child_by_field_name("body")


def params(fn: Node) -> list[Node]:
    p = fn.child_by_field_name("parameters")
    if p is None:
        single = fn.child_by_field_name("parameter")  # x => ...
        return [single] if single is not None else []
    return [c for c in p.named_children if c.type != "comment"]


def bound_names(pattern: Node | None) -> list[str]:
    """Identifiers a declaration or parameter binds: ``{ data: { user } }`` gives ``user``."""
    if pattern is None:
        return []
    if pattern.type in ("identifier", "shorthand_property_identifier_pattern"):
        return [text(pattern)]
    names: list[str] = []
    for child in pattern.named_children:
        if child.type in ("type_annotation", "property_identifier"):
            continue
        if child.type == "pair_pattern":
            names.extend(bound_names(child.child_by_field_name("value")))
        elif child.type == "assignment_pattern" or child.type == "object_assignment_pattern":
            names.extend(bound_names(child.child_by_field_name("left") or child.named_children[0]))
        else:
            names.extend(bound_names(child))
    return names


def enclosing_function(node: Node) -> Node | None:
    current = node.parent
    while current is not None:
        if current.type in FUNCTION_TYPES:
            return current
        current = current.parent
    return None


def comment_free(node: Node) -> str:
    """The node's source with comments removed (for word-level questions about a body)."""
    src = node.text or b""
    start = node.start_byte
    cut: list[tuple[int, int]] = [
        (n.start_byte - start, n.end_byte - start) for n in walk(node) if n.type == "comment"
    ]
    if not cut:
        return src.decode("utf-8", errors="replace")
    out = bytearray()
    pos = 0
    for a, b in cut:
        out += src[pos:a]
        pos = b
    out += src[pos:]
    return out.decode("utf-8", errors="replace")
