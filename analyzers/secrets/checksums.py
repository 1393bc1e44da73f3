"""GitHub's token checksum: the last six characters of ``ghp_`` / ``gho_`` / ``ghu_`` / ``ghs_`` /
``ghr_`` tokens are the CRC32 of the 30 random characters before them, in base62.

A string that has the shape but not the checksum was typed by hand (a test fixture, a docs
sample), so it is not reported.
"""

from __future__ import annotations

import string
import zlib

_BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
# Some generators order the base62 alphabet lower case first; accept both orders.
_BASE62_ALT = string.digits + string.ascii_lowercase + string.ascii_uppercase


def base62(number: int, alphabet: str = _BASE62, width: int = 6) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, 62)
        digits = alphabet[rest] + digits
    return digits.rjust(width, alphabet[0])


def github_checksum(random_part: str) -> str:
    return base62(zlib.crc32(random_part.encode()))


def valid_github_token(token: str) -> bool:
    """True for a classic-format GitHub token (``gh?_`` + 30 random + 6 checksum) whose
    checksum matches."""
    body = token[4:]
    if len(body) != 36 or token[3] != "_":
        return False
    random_part, check = body[:30], body[30:]
    # GitHub checksums the random part; some generators include the prefix. Accept both.
    for data in (random_part, token[:34]):
        crc = zlib.crc32(data.encode())
        if check in (base62(crc), base62(crc, _BASE62_ALT)):
            return True
    return False
