"""Supabase Edge Functions: ``supabase/functions/<name>/index.ts`` serving with ``Deno.serve``
(or std's ``serve``), reachable at ``/functions/v1/<name>``."""

from __future__ import annotations

import re

from analyzers.routes import jsast
from analyzers.routes.jsindex import JsIndex
from analyzers.routes.model import JsHandler, Route

_EDGE = re.compile(r"^(?:.*/)?supabase/functions/(?P<name>[^/_][^/]*)/index\.(?:ts|js|tsx|mjs)$")


def edge_routes(index: JsIndex, file: str) -> list[Route]:
    m = _EDGE.match(file)
    mod = index.module(file) if m else None
    if m is None or mod is None:
        return []
    out = []
    for call in jsast.calls(mod.root):
        path = jsast.callee_path(call)
        if path not in ("Deno.serve", "serve"):
            continue
        fn = None
        for a in jsast.args(call):
            a_u = jsast.unwrap(a)
            if a_u is not None and a_u.type in jsast.FUNCTION_TYPES:
                fn = a_u
            elif a_u is not None and a_u.type == "identifier":
                resolved = index.function_of(index.resolve_expr(file, a_u))
                fn = resolved.node if resolved is not None else fn
        handler = JsHandler(mod, fn) if fn is not None else None
        out.append(Route("supabase-edge", "ANY", f"/functions/v1/{m.group('name')}", file,
                         jsast.line(call), handler))
        break
    return out
