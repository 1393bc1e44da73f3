"""The route inventory while it is being built: each route with the code that handles it."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from analyzers.routes.jsast import Node
from analyzers.routes.jsindex import Module

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")


@dataclass
class JsHandler:
    module: Module
    node: Node  # the handler function
    # names of parameters that carry client input whole (server action arguments)
    client_params: tuple[str, ...] = ()


@dataclass
class PyHandler:
    path: str
    node: ast.FunctionDef | ast.AsyncFunctionDef
    tree: ast.Module
    client_params: tuple[str, ...] = ()  # path/query parameters of the function
    identity_params: tuple[str, ...] = ()  # parameters filled by an auth dependency


@dataclass
class Route:
    framework: str
    method: str
    route: str
    path: str  # file of the route definition
    line: int  # the route definition line
    handler: JsHandler | PyHandler | None
    protection: str | None = None
    public_reason: str | None = None


def join_paths(*parts: str) -> str:
    """URL path parts joined with single slashes: ("/api", "/users/", ":id") -> /api/users/:id."""
    segs: list[str] = []
    for part in parts:
        segs.extend(s for s in part.split("/") if s)
    return "/" + "/".join(segs)
