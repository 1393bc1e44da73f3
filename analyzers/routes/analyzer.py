"""The routes analyzer: the project's route inventory, and the findings that need it:
``auth-missing`` (a handler anyone can call that touches private data), ``idor`` (a record
fetched by the client's id without scoping it to the caller) and ``swallowed-error``."""

from __future__ import annotations

import re
from collections.abc import Callable

from analyzers.base import AnalysisResult, AnalyzerError, Endpoint
from analyzers.findings import Finding, Severity, fingerprint_for
from analyzers.options import AnalyzerOptions
from analyzers.routes import edge, jsast, messages, nextjs, swallow
from analyzers.routes.express import ExpressScan
from analyzers.routes.jsast import Node
from analyzers.routes.jsidor import JsIdor
from analyzers.routes.jsindex import JsIndex, Module
from analyzers.routes.jsjudge import SERVICE_KEY_CHECK, JsJudge
from analyzers.routes.markers import glob_match, marker_reason
from analyzers.routes.middleware import middleware_coverage
from analyzers.routes.model import JsHandler, PyHandler, Route
from analyzers.routes.pyindex import PyIndex
from analyzers.routes.pyjudge import PyJudge
from analyzers.routes.pyroutes import PyRoutes
from analyzers.workspace import MAX_FILE_BYTES, Workspace

NAME = "routes"


class RoutesAnalyzer:
    """Route inventory, endpoints without authentication, IDOR and swallowed errors."""

    name = NAME

    def __init__(self, options: AnalyzerOptions) -> None:
        self._options = options

    def analyze(self, workspace: Workspace) -> AnalysisResult:
        files = [f for f in workspace.all_files() if jsast.is_js(f) or f.endswith(".py")]
        js_files = {f for f in files if jsast.is_js(f)}
        py_files = {f for f in files if f.endswith(".py")}
        errors: list[AnalyzerError] = []

        def read(path: str) -> str | None:
            try:
                if workspace.abspath(path).stat().st_size > MAX_FILE_BYTES:
                    return None
                return workspace.read_text(path)
            except OSError:
                return None

        js_index = JsIndex(js_files, read)
        py_index = PyIndex(py_files, read)
        judge = JsJudge(js_index)
        pyjudge = PyJudge(py_index)

        routes: list[Route] = []
        for file in sorted(js_files):
            routes.extend(nextjs.app_routes(js_index, judge, file))
            routes.extend(nextjs.pages_routes(js_index, judge, file))
            routes.extend(nextjs.server_actions(js_index, file))
            routes.extend(edge.edge_routes(js_index, file))
        express = ExpressScan(js_index, judge)
        express.collect(sorted(js_files))
        routes.extend(express.routes())
        py = PyRoutes(py_index, pyjudge)
        py.collect(sorted(py_files))
        routes.extend(py.routes())
        coverage = middleware_coverage(js_index, judge)

        findings: list[Finding] = []
        endpoints: list[Endpoint] = []
        idor = JsIdor(judge)
        seen: set[tuple[str, int, str]] = set()
        for route in routes:
            self._decide(route, workspace, coverage, judge, pyjudge, py_index)
            endpoints.append(Endpoint(route.framework, route.method, route.route, route.path,
                                      route.line, route.protection, route.public_reason))
            if route.protection is None and route.public_reason is None and route.handler is not None:
                key = (route.path, route.line, "auth-missing")
                if key not in seen:
                    seen.add(key)
                    findings.append(self._auth_finding(workspace, route, judge, pyjudge))
            elif route.protection is not None and route.handler is not None and not _privileged(route.protection):
                # One finding per handler, on the first query that takes the client's id: a fetch
                # followed by an update of the same record is one problem.
                for path, line, what in self._idor(route, idor, pyjudge, py_index)[:1]:
                    key = (path, line, "idor")
                    if key not in seen:
                        seen.add(key)
                        findings.append(_finding(workspace, "idor", path, line, route, what))
        targets = set(workspace.targets)
        for file in sorted(targets & js_files):
            if "catch" not in js_index.text(file):
                continue
            mod = js_index.module(file)
            if mod is None:
                continue
            for hit in swallow.js_hits(file, mod.root, _writes_through(judge, mod)):
                findings.append(_swallow_finding(workspace, hit))
        for file in sorted(targets & py_files):
            if not re.search(r"\bexcept\b|suppress\(", py_index.text(file)):
                continue
            pmod = py_index.module(file)
            if pmod is None:
                problem = py_index.error(file)
                if problem:
                    errors.append(AnalyzerError(NAME, problem, file, level="warning"))
                continue
            for hit in swallow.py_hits(file, pmod.tree, pmod.source):
                findings.append(_swallow_finding(workspace, hit))
        return AnalysisResult(findings=tuple(findings), errors=tuple(errors), endpoints=tuple(endpoints))

    def _decide(self, route: Route, workspace: Workspace, coverage: object, judge: JsJudge,
                pyjudge: PyJudge, py_index: PyIndex) -> None:
        lines = workspace.read_text(route.path).splitlines() if workspace.exists(route.path) else []
        reason = marker_reason(lines, route.line)
        handler = route.handler
        if reason is None and isinstance(handler, JsHandler) and handler.module.path != route.path:
            reason = marker_reason(handler.module.source.splitlines(), jsast.line(handler.node))
        if reason is None and isinstance(handler, PyHandler):
            reason = marker_reason(lines, handler.node.lineno)
        if reason is not None:
            route.public_reason = reason
        pattern = glob_match(route.route, self._options.public_routes)
        if pattern is not None and route.public_reason is None:
            route.public_reason = f"public_routes: {pattern}"
        if route.protection is None and route.framework in ("nextjs-app", "nextjs-pages") and coverage is not None:
            route.protection = coverage.covers(route.route)  # type: ignore[attr-defined]
        if isinstance(handler, JsHandler):
            facts = judge.facts(handler.module, handler.node)
            if route.protection is None and facts.protection is not None:
                open_branch = judge.unchecked_method_branch(handler.module, handler.node)
                if open_branch is not None:
                    # if (req.method === "POST") { session check ... } but GET reads without one
                    route.method = open_branch
                    return
                route.protection = facts.protection
            if route.protection is None and route.public_reason is None:
                route.public_reason = facts.public_reason or judge.public_by_data(facts)
        elif isinstance(handler, PyHandler):
            pmod = py_index.module(handler.path)
            if pmod is not None:
                pf = pyjudge.facts(pmod, handler.node)
                if route.protection is None and pf.protection is not None:
                    route.protection = pf.protection
                if route.protection is None and route.public_reason is None:
                    route.public_reason = pf.public_reason or pyjudge.public_by_data(pf)
        if route.protection is not None:
            route.public_reason = None if reason is None and pattern is None else route.public_reason

    def _idor(self, route: Route, idor: JsIdor, pyjudge: PyJudge, py_index: PyIndex) -> list[tuple[str, int, str]]:
        handler = route.handler
        if isinstance(handler, JsHandler):
            return [(h.path, h.line, h.table) for h in idor.hits(handler, route.framework)]
        if isinstance(handler, PyHandler):
            pmod = py_index.module(handler.path)
            if pmod is None:
                return []
            identity = set(handler.identity_params)
            return [(handler.path, line, table) for line, table in
                    pyjudge.idor_lines(pmod, handler.node, set(handler.client_params), identity)]
        return []

    def _auth_finding(self, workspace: Workspace, route: Route, judge: JsJudge, pyjudge: PyJudge) -> Finding:
        return _finding(workspace, "auth-missing", route.path, route.line, route, "")


def _finding(workspace: Workspace, category: str, path: str, line: int, route: Route, what: str) -> Finding:
    rule_id, severity, message, help_url = messages.describe(category, route, what, path)
    anchor = f"{route.method} {route.route} {workspace.line(path, line)}"
    return Finding(
        rule_id=rule_id,
        category=category,
        severity=severity,
        path=path,
        line=line,
        end_line=line,
        message=message,
        analyzer=NAME,
        fingerprint=fingerprint_for(rule_id, path, anchor),
        help_url=help_url,
        confidence="medium",
    )


def _swallow_finding(workspace: Workspace, hit: swallow.SwallowHit) -> Finding:
    py = hit.path.endswith(".py")
    rule_id = f"{messages.lang(hit.path)}.error-handling.swallowed-error"
    fix = (
        "log the exception and return an error response (or re-raise), and roll back the session"
        if py else "log the error and answer with an error status (or rethrow)"
    )
    message = (
        f"This {'except' if py else 'catch'} silences a failed {hit.what}: the caller is told it "
        f"worked while nothing was saved or charged. Instead, {fix}."
    )
    return Finding(
        rule_id=rule_id,
        category="swallowed-error",
        severity=Severity.MEDIUM,
        path=hit.path,
        line=hit.line,
        end_line=hit.line,
        message=message,
        analyzer=NAME,
        fingerprint=fingerprint_for(rule_id, hit.path, workspace.line(hit.path, hit.line) + hit.what),
        help_url="https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/",
        confidence="medium",
    )



def _writes_through(judge: JsJudge, mod: Module) -> Callable[[Node], bool]:
    """Whether a call runs a project function that writes stored data (``await saveOrder(o)``)."""

    def writes(call: Node) -> bool:
        target = judge.resolve_call(mod, call)
        return target is not None and bool(judge.facts(target.module, target.node, 1).writes)

    return writes


def _privileged(protection: str) -> bool:
    """Routes for admins (a role check) or for other services (a shared key) may open any record:
    there is no end user whose records they should be limited to."""
    return "role check" in protection or "shared key" in protection or protection == SERVICE_KEY_CHECK
