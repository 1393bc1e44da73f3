"""Rule ids, severities and plain-words messages for the routes analyzer's findings."""

from __future__ import annotations

from analyzers.findings import Severity
from analyzers.routes.model import Route

_AUTH_FIX = {
    "nextjs-app": "check the session first (`const session = await auth(); if (!session) return "
    "NextResponse.json({ error: 'Unauthorized' }, { status: 401 })`, or Supabase "
    "`supabase.auth.getUser()`), or cover the path with the `middleware.ts` matcher",
    "nextjs-pages": "check the session first (`getServerSession(req, res, authOptions)` and answer "
    "401 when there is none), or cover the path with the `middleware.ts` matcher",
    "nextjs-action": "check the session at the top of the action (`const session = await auth(); "
    "if (!session) throw new Error('Unauthorized')`): server actions are public POST endpoints",
    "express": "put your auth middleware in front of it (`router.get(path, requireAuth, handler)` "
    "or `app.use('/api', requireAuth, router)`)",
    "fastapi": "add the auth dependency (`user: User = Depends(get_current_user)`, or "
    "`APIRouter(dependencies=[Depends(get_current_user)])`)",
    "flask": "add `@login_required` / `@jwt_required()` or an auth `before_request` hook on the "
    "blueprint",
    "supabase-edge": "read the `Authorization` header and verify it with "
    "`supabase.auth.getUser(token)`, answering 401 when there is no user",
}
_RULES = {
    "nextjs-app": "nextjs.route-without-auth",
    "nextjs-pages": "nextjs.api-route-without-auth",
    "nextjs-action": "nextjs.server-action-without-auth",
    "express": "express.route-without-auth",
    "fastapi": "py.fastapi.route-without-auth",
    "flask": "py.flask.route-without-auth",
    "supabase-edge": "ts.supabase.edge-function-without-auth",
}
_HELP_AUTH = "https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/"
_HELP_IDOR = "https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/"


def lang(path: str) -> str:
    """The rule id prefix for a file: ``py``, ``ts`` (TypeScript) or ``js``."""
    if path.endswith(".py"):
        return "py"
    return "ts" if path.endswith((".ts", ".tsx", ".mts", ".cts")) else "js"


def describe(category: str, route: Route, what: str, path: str) -> tuple[str, Severity, str, str]:
    """(rule id, severity, message, help URL) for a finding on ``route`` at ``path``."""
    where = f"{route.method} {route.route}" if not route.route.startswith("server action") else route.route
    if category == "auth-missing":
        fix = _AUTH_FIX.get(route.framework, "check who is calling before touching data")
        message = (
            f"{where} can be called by anyone: nothing checks who is asking before it reads or "
            f"changes stored data. To fix it, {fix}. If it is public on purpose, mark it with a "
            "`rescue: public (<reason>)` comment or list it under `public_routes` in "
            ".github/rescue.yml."
        )
        rule = _RULES.get(route.framework, "routes.auth-missing")
        if not rule.startswith(("py.", "ts.")):
            rule = f"{lang(route.path)}.{rule}"
        return rule, Severity.HIGH, message, _HELP_AUTH
    prefix = lang(path)
    record = f"a `{what}` record" if what else "a record"
    message = (
        f"{where} loads {record} by an id the client sends, without checking it belongs to the "
        "signed-in user: any user can read or change anyone's data by changing the id. Add the "
        "owner to the query (`.eq('user_id', user.id)`, `where: { id, userId }`, "
        "`filter(Model.owner_id == user.id)`) or compare the owner after fetching and answer 404."
    )
    return f"{prefix}.idor.unscoped-record", Severity.HIGH, message, _HELP_IDOR
