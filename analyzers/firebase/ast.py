"""The syntax tree of Firebase security rules: services, matches, allows, functions, expressions."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Literal:
    value: object  # bool, None, int/float, str
    line: int


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    line: int


@dataclass(frozen=True, slots=True)
class Member:
    obj: Expr
    name: str
    line: int


@dataclass(frozen=True, slots=True)
class Index:
    obj: Expr
    index: Expr
    line: int


@dataclass(frozen=True, slots=True)
class Call:
    func: Expr
    args: tuple[Expr, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Unary:
    op: str
    operand: Expr
    line: int


@dataclass(frozen=True, slots=True)
class Binary:
    op: str  # == != < <= > >= && || in is + - * / %
    left: Expr
    right: Expr
    line: int


@dataclass(frozen=True, slots=True)
class Ternary:
    cond: Expr
    then: Expr
    other: Expr
    line: int


@dataclass(frozen=True, slots=True)
class PathLit:
    """``/databases/$(database)/documents/users/$(request.auth.uid)``: literal segments as text,
    interpolated ones as expressions."""

    segments: tuple[str | Expr, ...]
    line: int


@dataclass(frozen=True, slots=True)
class ListLit:
    items: tuple[Expr, ...]
    line: int


@dataclass(frozen=True, slots=True)
class MapLit:
    items: tuple[tuple[str, Expr], ...]
    line: int


Expr = Literal | Name | Member | Index | Call | Unary | Binary | Ternary | PathLit | ListLit | MapLit


@dataclass(frozen=True, slots=True)
class Segment:
    text: str  # literal segment text, or the variable name
    variable: bool = False
    wildcard: bool = False  # {name=**}


@dataclass(frozen=True, slots=True)
class Function:
    name: str
    params: tuple[str, ...]
    lets: tuple[tuple[str, Expr], ...]
    body: Expr
    line: int


@dataclass(frozen=True, slots=True)
class Allow:
    methods: tuple[str, ...]  # read, write, get, list, create, update, delete
    condition: Expr | None  # None: `allow read;` (unconditional)
    line: int


@dataclass(slots=True)
class Match:
    path: tuple[Segment, ...]
    line: int
    allows: list[Allow] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)


@dataclass(slots=True)
class Service:
    name: str  # cloud.firestore, firebase.storage
    line: int
    matches: list[Match] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)


@dataclass(slots=True)
class RulesFile:
    services: list[Service]
