"""The category vocabulary of ../shared/docs/findings.md, with each category's family and risk rank.

Business-risk ranks order every report: data exposure first, broken permissions second, slow
queries and unsafe migrations third, the rest after.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Family(StrEnum):
    APP = "app-security"
    SECRETS = "secrets"
    DATABASE = "database"
    STYLE = "style"


class Risk(IntEnum):
    DATA_EXPOSURE = 1
    BROKEN_PERMISSIONS = 2
    SLOW_QUERIES = 3
    OTHER = 4

    @property
    def title(self) -> str:
        return _RISK_TITLES[self]


_RISK_TITLES = {
    Risk.DATA_EXPOSURE: "Data exposure",
    Risk.BROKEN_PERMISSIONS: "Broken permissions",
    Risk.SLOW_QUERIES: "Slow queries and risky migrations",
    Risk.OTHER: "Other risks",
}


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    family: Family
    risk: Risk
    title: str


def _c(name: str, family: Family, risk: Risk, title: str) -> Category:
    return Category(name, family, risk, title)


_A, _S, _D, _Y = Family.APP, Family.SECRETS, Family.DATABASE, Family.STYLE
_X, _P, _Q, _O = Risk.DATA_EXPOSURE, Risk.BROKEN_PERMISSIONS, Risk.SLOW_QUERIES, Risk.OTHER

CATEGORIES: dict[str, Category] = {
    c.name: c
    for c in (
        # Application code
        _c("auth-missing", _A, _P, "Endpoint without authentication"),
        _c("idor", _A, _X, "Record fetched by id without an ownership check"),
        _c("cors", _A, _X, "CORS open to any origin with credentials"),
        _c("input-validation", _A, _P, "Request body written to the database unchecked"),
        _c("sql-injection", _A, _X, "Request text interpolated into SQL"),
        _c("client-secret-exposure", _A, _X, "Server secret shipped to the browser"),
        _c("swallowed-error", _A, _O, "Failure silenced"),
        _c("secret-logging", _A, _X, "Secret written to logs"),
        _c("prompt-injection", _A, _P, "User text can steer the model"),
        _c("llm-output-exec", _A, _X, "Model output executed"),
        # Secrets
        _c("exposed-secret", _S, _X, "Credential in the code"),
        # Databases
        _c("rls-missing", _D, _X, "Table without row-level security"),
        _c("rls-no-policy", _D, _P, "Row-level security without any policy"),
        _c("rls-permissive-policy", _D, _P, "Policy that does not restrict rows to the caller"),
        _c("rls-user-metadata", _D, _P, "Policy trusts user-editable metadata"),
        _c("security-definer", _D, _P, "Function or view that bypasses row-level security"),
        _c("anon-grant", _D, _X, "Anonymous role granted access"),
        _c("fk-unindexed", _D, _Q, "Foreign key without an index"),
        _c("index-not-concurrent", _D, _Q, "Index build that locks writes"),
        _c("not-null-no-default", _D, _Q, "NOT NULL column without a default"),
        _c("unsafe-alter-type", _D, _Q, "Column type change that rewrites the table"),
        _c("fk-not-valid", _D, _Q, "Foreign key validated under lock"),
        _c("drop-column", _D, _Q, "Column dropped while code still reads it"),
        _c("rename-column", _D, _Q, "Column renamed while code still reads it"),
        _c("migration-error", _D, _Q, "Migration that fails to apply"),
        _c("firebase-open-rules", _D, _X, "Firebase rules open to everyone"),
        _c("firebase-auth-only-rules", _D, _P, "Firebase rules that trust any signed-in user"),
        # Style
        _c("sql-style", _Y, _O, "SQL style"),
    )
}


def category(name: str) -> Category:
    """Look a category up; an unknown name is a programming error in an analyzer or rule."""
    try:
        return CATEGORIES[name]
    except KeyError:
        raise KeyError(f"unknown finding category {name!r}") from None


def risk_of(name: str) -> Risk:
    found = CATEGORIES.get(name)
    return found.risk if found else Risk.OTHER
