"""What a rule condition demands of the caller, evaluated abstractly over the syntax tree.

A condition becomes its alternatives (a disjunction): each alternative is a set of requirements
that a passing request meets together: ``AUTH`` (signed in), ``OWNER`` (tied to the caller:
``request.auth.uid == userId``, membership lookups, role claims), ``DATA`` (restricted by the stored
document or its path, not by who asks). ``&&`` combines alternatives pairwise, ``||`` collects
them; ``false`` has no alternative (nobody passes). User-defined functions are inlined with their
arguments bound.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from analyzers.firebase import ast as fa

AUTH, OWNER, DATA = "auth", "owner", "data"
Need = frozenset[str]  # requirements met together
Demands = frozenset[Need]  # alternatives: a request passes when it meets one of them
NONE: Need = frozenset()
ANYONE: Demands = frozenset({NONE})
NOBODY_PASSES: Demands = frozenset()
_MAX_ALTERNATIVES = 64

# Claims that say how someone signed in, not who they are or what role they hold.
_SESSION_CLAIMS = frozenset({"email_verified", "firebase", "sign_in_provider", "auth_time", "iat", "exp"})
_IDENTITY_CLAIMS = frozenset({"email", "sub", "phone_number", "uid", "user_id"})
# Collections whose documents are the signed-in user's own profile: "exists in it" == signed in.
PROFILE_COLLECTIONS = frozenset({"users", "user", "profiles", "profile", "accounts", "account"})
_COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})
_DATA_ROOTS = frozenset({"resource", "data", "root"})
_MAX_DEPTH = 12


@dataclass(frozen=True, slots=True)
class Scope:
    path_vars: frozenset[str]  # match variables ({userId}) and RTDB $variables


def expand(
    expr: fa.Expr, functions: Mapping[str, fa.Function], env: Mapping[str, fa.Expr], depth: int = 0
) -> fa.Expr:
    """The expression with user functions inlined (parameters and ``let`` variables substituted),
    so ``isAdmin()`` or ``userDoc().data.role`` read as what they compute."""
    if depth > _MAX_DEPTH:
        return expr
    if isinstance(expr, fa.Name):
        return env.get(expr.name, expr)
    if isinstance(expr, fa.Call):
        args = tuple(expand(a, functions, env, depth) for a in expr.args)
        if isinstance(expr.func, fa.Name) and expr.func.name in functions and expr.func.name not in env:
            fn = functions[expr.func.name]
            inner: dict[str, fa.Expr] = dict(zip(fn.params, args, strict=False))
            for name, value in fn.lets:
                inner[name] = expand(value, functions, inner, depth + 1)
            return expand(fn.body, functions, inner, depth + 1)
        return fa.Call(expand(expr.func, functions, env, depth), args, expr.line)
    if isinstance(expr, fa.Member):
        return fa.Member(expand(expr.obj, functions, env, depth), expr.name, expr.line)
    if isinstance(expr, fa.Index):
        return fa.Index(expand(expr.obj, functions, env, depth), expand(expr.index, functions, env, depth), expr.line)
    if isinstance(expr, fa.Unary):
        return fa.Unary(expr.op, expand(expr.operand, functions, env, depth), expr.line)
    if isinstance(expr, fa.Binary):
        return fa.Binary(
            expr.op, expand(expr.left, functions, env, depth), expand(expr.right, functions, env, depth), expr.line
        )
    if isinstance(expr, fa.Ternary):
        return fa.Ternary(
            expand(expr.cond, functions, env, depth), expand(expr.then, functions, env, depth),
            expand(expr.other, functions, env, depth), expr.line,
        )
    if isinstance(expr, fa.PathLit):
        return fa.PathLit(
            tuple(s if isinstance(s, str) else expand(s, functions, env, depth) for s in expr.segments), expr.line
        )
    if isinstance(expr, fa.ListLit):
        return fa.ListLit(tuple(expand(i, functions, env, depth) for i in expr.items), expr.line)
    if isinstance(expr, fa.MapLit):
        return fa.MapLit(tuple((k, expand(v, functions, env, depth)) for k, v in expr.items), expr.line)
    return expr


def condition_demands(expr: fa.Expr | None, functions: Mapping[str, fa.Function], path_vars: frozenset[str]) -> Demands:
    """Demands of an allow condition, with the user functions in scope inlined."""
    if expr is None:
        return ANYONE
    return demands(expand(expr, functions, {}), Scope(path_vars))


def demands(expr: fa.Expr | None, scope: Scope) -> Demands:
    """Requirements of a condition; None (``allow read;``) demands nothing."""
    if expr is None:
        return ANYONE
    if isinstance(expr, fa.Literal):
        return NOBODY_PASSES if expr.value is False else ANYONE
    if isinstance(expr, fa.Binary):
        if expr.op == "&&":
            return both(demands(expr.left, scope), demands(expr.right, scope))
        if expr.op == "||":
            return either(demands(expr.left, scope), demands(expr.right, scope))
        return frozenset({_comparison(expr, scope)})
    if isinstance(expr, fa.Unary) and expr.op == "!":
        return _negation(expr.operand, scope)
    if isinstance(expr, fa.Ternary):
        taken = both(demands(expr.cond, scope), demands(expr.then, scope))
        return either(taken, demands(expr.other, scope))
    if isinstance(expr, fa.Call):
        return _call(expr, scope)
    if isinstance(expr, (fa.Member, fa.Index)):
        kind = identity(expr, scope)
        if kind in ("auth", "session"):
            return frozenset({frozenset({AUTH})})
        if kind in ("uid", "claim"):
            return frozenset({frozenset({AUTH, OWNER})})
        return frozenset({frozenset({DATA})}) if touches_data(expr, scope) else ANYONE
    return ANYONE


def _minimal(alternatives: set[Need]) -> Demands:
    """Drop alternatives that demand more than another one (the weaker one decides)."""
    kept = [a for a in alternatives if not any(b < a for b in alternatives)]
    kept.sort(key=len)
    return frozenset(kept[:_MAX_ALTERNATIVES])


def both(left: Demands, right: Demands) -> Demands:
    return _minimal({a | b for a in left for b in right})


def either(left: Demands, right: Demands) -> Demands:
    return _minimal(set(left) | set(right))


def _negation(operand: fa.Expr, scope: Scope) -> Demands:
    if isinstance(operand, fa.Literal):
        return ANYONE if operand.value is False else NOBODY_PASSES
    if isinstance(operand, fa.Binary) and operand.op in ("==", "!="):
        flipped = fa.Binary("!=" if operand.op == "==" else "==", operand.left, operand.right, operand.line)
        return frozenset({_comparison(flipped, scope)})
    if isinstance(operand, fa.Unary) and operand.op == "!":
        return demands(operand.operand, scope)
    if _is_current_data_exists(operand, scope):
        # `!data.exists()`: only a new record, which the writer then owns
        return frozenset({frozenset({OWNER})})
    return ANYONE


def _is_current_data_exists(expr: fa.Expr, scope: Scope) -> bool:
    """RTDB ``data.exists()``: the record being written is already there."""
    return (
        isinstance(expr, fa.Call) and not expr.args and isinstance(expr.func, fa.Member)
        and expr.func.name == "exists" and _chain(expr.func.obj, scope) == ["data"]
    )


def _chain(expr: fa.Expr, scope: Scope) -> list[str] | None:
    """``request.auth.token.admin`` as names; None for anything else."""
    if isinstance(expr, fa.Name):
        return [expr.name]
    if isinstance(expr, fa.Member):
        inner = _chain(expr.obj, scope)
        return [*inner, expr.name] if inner is not None else None
    if isinstance(expr, fa.Index):
        inner = _chain(expr.obj, scope)
        key = expr.index.value if isinstance(expr.index, fa.Literal) else "?"
        return [*inner, str(key)] if inner is not None else None
    return None


def identity(expr: fa.Expr, scope: Scope) -> str | None:
    """What an operand says about the caller: ``auth`` (the auth object), ``uid`` (who),
    ``claim`` (a role or custom claim), ``session`` (how they signed in), or None."""
    if isinstance(expr, fa.Call):
        if isinstance(expr.func, fa.Member):
            return identity(expr.func.obj, scope)
        kinds = [identity(a, scope) for a in expr.args]
        return next((k for k in ("uid", "claim", "session", "auth") if k in kinds), None)
    chain = _chain(expr, scope)
    if not chain:
        return None
    if chain[:2] == ["request", "auth"]:
        rest = chain[2:]
    elif chain[0] == "auth":
        rest = chain[1:]
    else:
        return None
    if not rest:
        return "auth"
    if rest[0] == "uid":
        return "uid"
    if rest[0] == "token" and len(rest) > 1:
        claim = rest[1]
        if claim in _IDENTITY_CLAIMS:
            return "uid"
        return "session" if claim in _SESSION_CLAIMS else "claim"
    return "auth"


def touches_data(expr: fa.Expr, scope: Scope) -> bool:
    """The operand reads the stored document (``resource.data``, RTDB ``data``/``root``) or a
    path variable: a restriction by content or location, not by caller."""
    if isinstance(expr, fa.Name):
        return expr.name in scope.path_vars or expr.name in _DATA_ROOTS
    if isinstance(expr, (fa.Member, fa.Index)):
        return touches_data(expr.obj, scope)
    if isinstance(expr, fa.Call):
        return touches_data(expr.func, scope) or any(touches_data(a, scope) for a in expr.args)
    return False


def _contains_uid(expr: fa.Expr, scope: Scope) -> bool:
    if identity(expr, scope) in ("uid", "claim"):
        return True
    if isinstance(expr, fa.Member):
        return _contains_uid(expr.obj, scope)
    if isinstance(expr, fa.Index):
        return _contains_uid(expr.obj, scope) or _contains_uid(expr.index, scope)
    if isinstance(expr, fa.Call):
        return _contains_uid(expr.func, scope) or any(_contains_uid(a, scope) for a in expr.args)
    if isinstance(expr, fa.PathLit):
        return any(not isinstance(s, str) and _contains_uid(s, scope) for s in expr.segments)
    if isinstance(expr, fa.ListLit):
        return any(_contains_uid(i, scope) for i in expr.items)
    return False


def _is_null(expr: fa.Expr, scope: Scope) -> bool:
    return isinstance(expr, fa.Literal) and expr.value is None


def _comparison(expr: fa.Binary, scope: Scope) -> Need:
    left, right = expr.left, expr.right
    if expr.op == "is":
        return NONE  # a type check validates input, it does not pick the caller
    kinds = (identity(left, scope), identity(right, scope))
    for kind, other in ((kinds[0], right), (kinds[1], left)):
        if kind is None:
            continue
        if _is_null(other, scope):
            return frozenset({AUTH}) if expr.op == "!=" else NONE
        if kind == "uid":
            return frozenset({AUTH, OWNER})
        if kind == "claim":
            return frozenset({AUTH, OWNER})
        return frozenset({AUTH})
    if _lookup_demands(left, scope) or _lookup_demands(right, scope):
        return (_lookup_demands(left, scope) or NONE) | (_lookup_demands(right, scope) or NONE)
    if expr.op in _COMPARISONS | {"in"} and (touches_data(left, scope) or touches_data(right, scope)):
        return frozenset({DATA})
    return NONE


def _lookup_demands(expr: fa.Expr, scope: Scope) -> Need | None:
    """A ``get()``/``exists()``/``root.child()`` lookup keyed by the caller: a role or
    membership record (an admins list, a team's members), unless it is just the caller's profile."""
    if not _contains_uid(expr, scope):
        return None
    path = _lookup_path(expr)
    if path is None:
        return frozenset({AUTH, OWNER})
    literals = [s for s in path if isinstance(s, str) and s not in ("databases", "documents", "$(database)")]
    others = [
        s for s in path
        if not isinstance(s, str) and identity(s, scope) != "uid"
        and not (isinstance(s, fa.Name) and s.name == "database")
    ]
    collection = literals[-1] if literals else ""
    if not others and collection.lower() in PROFILE_COLLECTIONS and not _reads_field(expr):
        return frozenset({AUTH})
    return frozenset({AUTH, OWNER})


def _lookup_path(expr: fa.Expr) -> list[str | fa.Expr] | None:
    """The path of a lookup: ``get(/a/$(x))`` segments, or RTDB ``root.child('a').child(x)``."""
    if (
        isinstance(expr, fa.Call) and isinstance(expr.func, fa.Name) and expr.args
        and expr.func.name in ("get", "exists", "getAfter", "existsAfter")
        and isinstance(expr.args[0], fa.PathLit)
    ):
        return list(expr.args[0].segments)
    if isinstance(expr, (fa.Member, fa.Index)):
        return _lookup_path(expr.obj)
    if isinstance(expr, fa.Call) and isinstance(expr.func, fa.Member):
        if expr.func.name == "child" and expr.args:
            inner = _lookup_path(expr.func.obj) or []
            arg = expr.args[0]
            return [*inner, arg.value if isinstance(arg, fa.Literal) and isinstance(arg.value, str) else arg]
        return _lookup_path(expr.func.obj)
    return [] if isinstance(expr, fa.Name) and expr.name == "root" else None


def _reads_field(expr: fa.Expr) -> bool:
    """``get(...).data.role``: a field of the looked-up record is read (compared by the caller)."""
    return isinstance(expr, fa.Member) and expr.name not in ("exists",)


def _call(expr: fa.Call, scope: Scope) -> Demands:
    return frozenset({_call_need(expr, scope)})


def _call_need(expr: fa.Call, scope: Scope) -> Need:
    func = expr.func
    lookup = _lookup_demands(expr, scope)
    if lookup is not None:
        return lookup
    if isinstance(func, fa.Name) and func.name in ("exists", "existsAfter"):
        return frozenset({DATA})
    if isinstance(func, fa.Member):
        kind = identity(func.obj, scope)
        if kind in ("uid", "claim") or any(identity(a, scope) in ("uid", "claim") for a in expr.args):
            return frozenset({AUTH, OWNER})
        if kind in ("session", "auth"):
            return frozenset({AUTH})
        if touches_data(func.obj, scope):
            return frozenset({DATA})
    return NONE
