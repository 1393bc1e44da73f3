"""Recursive-descent parser for the Firebase rules language (Firestore and Cloud Storage).

Grammar (what the published rules reference describes)::

    file     := ("rules_version" "=" string ";")? service*
    service  := "service" dotted "{" (function | match)* "}"
    match    := "match" path "{" (function | match | allow)* "}"
    allow    := "allow" method ("," method)* (":" "if" expr)? ";"?
    function := "function" ident "(" params ")" "{" ("let" ident "=" expr ";")* "return" expr ";"? "}"
    expr     := ternary with || && == != < <= > >= in is + - * / % ! unary - . [] () calls
"""

from __future__ import annotations

from analyzers.firebase import ast as fa
from analyzers.firebase.lexer import RulesSyntaxError, Token, tokenize

_BINARY_LEVELS: tuple[tuple[str, ...], ...] = (
    ("||",),
    ("&&",),
    ("==", "!=", "===", "!==", "<", "<=", ">", ">=", "in", "is"),
    ("+", "-"),
    ("*", "/", "%"),
)


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    # -- token helpers ---------------------------------------------------------------------------

    @property
    def tok(self) -> Token:
        return self.tokens[self.pos]

    def _advance(self) -> Token:
        tok = self.tokens[self.pos]
        if tok.kind != "eof":
            self.pos += 1
        return tok

    def _at(self, text: str, kind: str | None = None) -> bool:
        tok = self.tok
        return tok.text == text and (kind is None or tok.kind == kind) and tok.kind != "string"

    def _accept(self, text: str) -> bool:
        if self._at(text):
            self._advance()
            return True
        return False

    def _expect(self, text: str) -> Token:
        if not self._at(text):
            raise RulesSyntaxError(f"expected {text!r}, found {self.tok.text or 'end of file'!r}", self.tok.line)
        return self._advance()

    def _ident(self) -> Token:
        if self.tok.kind != "ident":
            raise RulesSyntaxError(f"expected a name, found {self.tok.text or 'end of file'!r}", self.tok.line)
        return self._advance()

    # -- declarations ----------------------------------------------------------------------------

    def parse_file(self) -> fa.RulesFile:
        services: list[fa.Service] = []
        while self.tok.kind != "eof":
            if self._at("rules_version", "ident"):
                self._advance()
                self._expect("=")
                self._advance()
                self._accept(";")
            elif self._at("service", "ident"):
                services.append(self._service())
            else:
                raise RulesSyntaxError(f"expected 'service', found {self.tok.text!r}", self.tok.line)
        return fa.RulesFile(services)

    def _service(self) -> fa.Service:
        line = self._expect("service").line
        parts = [self._ident().text]
        while self._accept("."):
            parts.append(self._ident().text)
        service = fa.Service(".".join(parts), line)
        self._expect("{")
        while not self._accept("}"):
            if self._at("function", "ident"):
                service.functions.append(self._function())
            elif self._at("match", "ident"):
                service.matches.append(self._match())
            else:
                raise RulesSyntaxError(f"unexpected {self.tok.text!r} in service", self.tok.line)
        return service

    def _match(self) -> fa.Match:
        line = self._expect("match").line
        tok = self._advance()
        if tok.kind != "path":
            raise RulesSyntaxError("expected a path after 'match'", tok.line)
        match = fa.Match(_segments(tok.text), line)
        self._expect("{")
        while not self._accept("}"):
            if self._at("function", "ident"):
                match.functions.append(self._function())
            elif self._at("match", "ident"):
                match.matches.append(self._match())
            elif self._at("allow", "ident"):
                match.allows.append(self._allow())
            elif self.tok.kind == "eof":
                raise RulesSyntaxError("missing '}' to close the match block", line)
            else:
                raise RulesSyntaxError(f"unexpected {self.tok.text!r} in match block", self.tok.line)
        return match

    def _allow(self) -> fa.Allow:
        line = self._expect("allow").line
        methods = [self._ident().text]
        while self._accept(","):
            methods.append(self._ident().text)
        condition: fa.Expr | None = None
        if self._accept(":"):
            self._expect("if")
            condition = self.expression()
        self._accept(";")
        return fa.Allow(tuple(methods), condition, line)

    def _function(self) -> fa.Function:
        line = self._expect("function").line
        name = self._ident().text
        self._expect("(")
        params: list[str] = []
        if not self._at(")"):
            params.append(self._ident().text)
            while self._accept(","):
                params.append(self._ident().text)
        self._expect(")")
        self._expect("{")
        lets: list[tuple[str, fa.Expr]] = []
        while self._accept("let"):
            var = self._ident().text
            self._expect("=")
            lets.append((var, self.expression()))
            self._accept(";")
        self._expect("return")
        body = self.expression()
        self._accept(";")
        self._expect("}")
        return fa.Function(name, tuple(params), tuple(lets), body, line)

    # -- expressions -----------------------------------------------------------------------------

    def expression(self) -> fa.Expr:
        cond = self._binary(0)
        if self._at("?", "op"):
            line = self._advance().line
            then = self.expression()
            self._expect(":")
            other = self.expression()
            return fa.Ternary(cond, then, other, line)
        return cond

    def _binary(self, level: int) -> fa.Expr:
        if level == len(_BINARY_LEVELS):
            return self._unary()
        left = self._binary(level + 1)
        while self.tok.kind in ("op", "ident") and self.tok.text in _BINARY_LEVELS[level]:
            op = self._advance()
            right = self._binary(level + 1)
            left = fa.Binary(_canonical(op.text), left, right, op.line)
        return left

    def _unary(self) -> fa.Expr:
        if self._at("!", "op") or self._at("-", "op"):
            op = self._advance()
            return fa.Unary(op.text, self._unary(), op.line)
        return self._postfix(self._primary())

    def _postfix(self, expr: fa.Expr) -> fa.Expr:
        while True:
            if self._at(".", "op"):
                self._advance()
                expr = fa.Member(expr, self._ident().text, self.tok.line)
            elif self._at("[", "op"):
                line = self._advance().line
                index = self.expression()
                self._expect("]")
                expr = fa.Index(expr, index, line)
            elif self._at("(", "op"):
                line = self._advance().line
                args: list[fa.Expr] = []
                if not self._at(")"):
                    args.append(self.expression())
                    while self._accept(","):
                        args.append(self.expression())
                self._expect(")")
                expr = fa.Call(expr, tuple(args), line)
            else:
                return expr

    def _primary(self) -> fa.Expr:
        tok = self._advance()
        if tok.kind == "number":
            return fa.Literal(float(tok.text) if "." in tok.text else int(tok.text), tok.line)
        if tok.kind == "string":
            return fa.Literal(tok.text, tok.line)
        if tok.kind == "path":
            return _path_literal(tok)
        if tok.kind == "ident":
            if tok.text in ("true", "false"):
                return fa.Literal(tok.text == "true", tok.line)
            if tok.text == "null":
                return fa.Literal(None, tok.line)
            return fa.Name(tok.text, tok.line)
        if tok.text == "(":
            inner = self.expression()
            self._expect(")")
            return inner
        if tok.text == "[":
            items: list[fa.Expr] = []
            if not self._at("]"):
                items.append(self.expression())
                while self._accept(","):
                    if self._at("]"):
                        break
                    items.append(self.expression())
            self._expect("]")
            return fa.ListLit(tuple(items), tok.line)
        if tok.text == "{":
            pairs: list[tuple[str, fa.Expr]] = []
            while not self._accept("}"):
                key = self._advance().text
                self._expect(":")
                pairs.append((key, self.expression()))
                self._accept(",")
            return fa.MapLit(tuple(pairs), tok.line)
        raise RulesSyntaxError(f"unexpected {tok.text or 'end of file'!r} in an expression", tok.line)


def _canonical(op: str) -> str:
    return {"===": "==", "!==": "!="}.get(op, op)


def _segments(raw: str) -> tuple[fa.Segment, ...]:
    out: list[fa.Segment] = []
    for part in raw.strip("/").split("/"):
        if part.startswith("{") and part.endswith("}"):
            name, _, rest = part[1:-1].partition("=")
            out.append(fa.Segment(name, variable=True, wildcard=rest == "**"))
        elif part:
            out.append(fa.Segment(part))
    return tuple(out)


def _path_literal(tok: Token) -> fa.PathLit:
    parts: list[str | fa.Expr] = []
    for part in _split_path(tok.text):
        if part.startswith("$(") and part.endswith(")"):
            inner = Parser(tokenize(part[2:-1], tok.line))
            parts.append(inner.expression())
        elif part:
            parts.append(part)
    return fa.PathLit(tuple(parts), tok.line)


def _split_path(raw: str) -> list[str]:
    """Split at ``/`` outside ``$( ... )``."""
    parts, current, depth = [], "", 0
    for ch in raw:
        if ch == "/" and depth == 0:
            parts.append(current)
            current = ""
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        current += ch
    parts.append(current)
    return parts


def parse_rules(source: str) -> fa.RulesFile:
    """Parse a Firestore / Storage rules file; raises RulesSyntaxError with the line."""
    return Parser(tokenize(source)).parse_file()


def parse_expression(source: str, line: int = 1) -> fa.Expr:
    """Parse one rule expression (a Realtime Database ``.read`` string)."""
    parser = Parser(tokenize(source, line))
    expr = parser.expression()
    if parser.tok.kind != "eof":
        raise RulesSyntaxError(f"unexpected {parser.tok.text!r} after the expression", parser.tok.line)
    return expr
