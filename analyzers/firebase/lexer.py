"""Tokens of the Firebase rules language (Firestore / Storage) and of Realtime Database rule
expressions, with their lines.

A ``/`` starts a path (``match /users/{userId}``, ``get(/databases/$(database)/documents/x)``)
where an operand is expected and is division elsewhere, as in the rules language itself.
"""

from __future__ import annotations

from dataclasses import dataclass

_OPERATORS = (
    "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "=", "<", ">", "!", "+", "-", "*", "/", "%",
    "?", ":", ".", ",", ";", "(", ")", "{", "}", "[", "]",
)
_OPERAND_END = frozenset({"ident", "number", "string", "path"})
_CLOSERS = frozenset({")", "]"})


class RulesSyntaxError(ValueError):
    """The rules text does not follow the grammar; carries the 1-based line."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # ident, number, string, path, op, eof
    text: str  # the value: identifier, operator, unquoted string, raw path
    line: int


def tokenize(source: str, first_line: int = 1) -> list[Token]:
    tokens: list[Token] = []
    i, line, n = 0, first_line, len(source)
    while i < n:
        ch = source[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch in " \t\r\f":
            i += 1
        elif source.startswith("//", i):
            while i < n and source[i] != "\n":
                i += 1
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                raise RulesSyntaxError("unterminated comment", line)
            line += source.count("\n", i, end)
            i = end + 2
        elif ch in "'\"":
            value, i, line = _string(source, i, line)
            tokens.append(Token("string", value, line))
        elif ch.isdigit():
            start = i
            while i < n and (source[i].isdigit() or source[i] == "."):
                if source[i] == "." and not (i + 1 < n and source[i + 1].isdigit()):
                    break
                i += 1
            tokens.append(Token("number", source[start:i], line))
        elif ch.isalpha() or ch in "_$":
            start = i
            while i < n and (source[i].isalnum() or source[i] in "_$"):
                i += 1
            tokens.append(Token("ident", source[start:i], line))
        elif ch == "/" and _expects_operand(tokens):
            raw, i = _path(source, i, line)
            tokens.append(Token("path", raw, line))
        else:
            for op in _OPERATORS:
                if source.startswith(op, i):
                    tokens.append(Token("op", op, line))
                    i += len(op)
                    break
            else:
                raise RulesSyntaxError(f"unexpected character {ch!r}", line)
    tokens.append(Token("eof", "", line))
    return tokens


def _expects_operand(tokens: list[Token]) -> bool:
    if not tokens:
        return True
    last = tokens[-1]
    if last.kind == "ident" and last.text == "match":
        return True
    if last.kind in _OPERAND_END:
        return last.kind == "ident" and last.text in ("if", "return", "in", "let")
    return not (last.kind == "op" and last.text in _CLOSERS)


def _string(source: str, i: int, line: int) -> tuple[str, int, int]:
    quote, out, i = source[i], [], i + 1
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            out.append(source[i + 1])
            i += 2
            continue
        if ch == quote:
            return "".join(out), i + 1, line
        if ch == "\n":
            raise RulesSyntaxError("unterminated string", line)
        out.append(ch)
        i += 1
    raise RulesSyntaxError("unterminated string", line)


def _path(source: str, i: int, line: int) -> tuple[str, int]:
    """A path: ``/seg/{var}/{rest=**}/$(expr)/...`` up to the first character outside it."""
    start, depth = i, 0
    while i < len(source):
        ch = source[i]
        if ch == "\n":
            raise RulesSyntaxError("line break inside a path", line)
        if source.startswith("$(", i):
            depth += 1
            i += 2
            continue
        if ch == "(" and depth:
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0 and not (ch.isalnum() or ch in "/_-.{}=*~@%+"):
            break
        i += 1
    return source[start:i], i
