"""A JSON reader that keeps the line of every key, and accepts the comments the Firebase CLI
allows in ``database.rules.json``."""

from __future__ import annotations

from dataclasses import dataclass


class JsonSyntaxError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    line: int
    value: object  # dict[str, Entry] for objects (in order), list, str, bool, number, None


def loads(text: str) -> object:
    reader = _Reader(text)
    value = reader.value()
    reader.skip()
    if reader.i < len(text):
        raise JsonSyntaxError("unexpected text after the JSON value", reader.line)
    return value


class _Reader:
    def __init__(self, text: str) -> None:
        self.text, self.i, self.line = text, 0, 1

    def skip(self) -> None:
        t = self.text
        while self.i < len(t):
            ch = t[self.i]
            if ch == "\n":
                self.line += 1
                self.i += 1
            elif ch in " \t\r\ufeff":
                self.i += 1
            elif t.startswith("//", self.i):
                while self.i < len(t) and t[self.i] != "\n":
                    self.i += 1
            elif t.startswith("/*", self.i):
                end = t.find("*/", self.i + 2)
                if end < 0:
                    raise JsonSyntaxError("unterminated comment", self.line)
                self.line += t.count("\n", self.i, end)
                self.i = end + 2
            else:
                return

    def value(self) -> object:
        self.skip()
        if self.i >= len(self.text):
            raise JsonSyntaxError("unexpected end of file", self.line)
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        if start == self.i:
            raise JsonSyntaxError(f"unexpected character {ch!r}", self.line)
        number = self.text[start : self.i]
        try:
            return float(number) if any(c in number for c in ".eE") else int(number)
        except ValueError:
            raise JsonSyntaxError(f"bad number {number!r}", self.line) from None

    def obj(self) -> dict[str, Entry]:
        self.i += 1
        out: dict[str, Entry] = {}
        self.skip()
        if self.text.startswith("}", self.i):
            self.i += 1
            return out
        while True:
            self.skip()
            line = self.line
            key = self.string()
            self.skip()
            self._expect(":")
            out[key] = Entry(key, line, self.value())
            self.skip()
            if self.text.startswith(",", self.i):
                self.i += 1
                self.skip()
                if self.text.startswith("}", self.i):  # trailing comma
                    self.i += 1
                    return out
                continue
            self._expect("}")
            return out

    def arr(self) -> list[object]:
        self.i += 1
        out: list[object] = []
        self.skip()
        if self.text.startswith("]", self.i):
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.skip()
            if self.text.startswith(",", self.i):
                self.i += 1
                continue
            self._expect("]")
            return out

    def string(self) -> str:
        if not self.text.startswith('"', self.i):
            raise JsonSyntaxError("expected a string", self.line)
        self.i += 1
        out: list[str] = []
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch == "\\" and self.i + 1 < len(self.text):
                nxt = self.text[self.i + 1]
                if nxt == "u":
                    out.append(chr(int(self.text[self.i + 2 : self.i + 6], 16)))
                    self.i += 6
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(nxt, nxt))
                self.i += 2
                continue
            if ch == '"':
                self.i += 1
                return "".join(out)
            if ch == "\n":
                raise JsonSyntaxError("line break inside a string", self.line)
            out.append(ch)
            self.i += 1
        raise JsonSyntaxError("unterminated string", self.line)

    def _expect(self, ch: str) -> None:
        if not self.text.startswith(ch, self.i):
            found = self.text[self.i : self.i + 1] or "end of file"
            raise JsonSyntaxError(f"expected {ch!r}, found {found!r}", self.line)
        self.i += 1
