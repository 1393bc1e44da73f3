"""Logging for the app's processes, with a last line of defence against leaking credentials.

Rescue never logs payloads or tokens on purpose; the redacting filter masks anything that still
looks like a GitHub token, an Authorization value or a PEM key before a line is written (a
library's debug line, an exception message quoting a header).
"""

from __future__ import annotations

import logging
import re
import sys

_PATTERNS = (
    re.compile(r"\bgh[pousr]_[A-Za-z0-9_]{20,255}\b"),  # GitHub tokens (installation: ghs_)
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{20,255}\b"),
    re.compile(r"(?i)\b(authorization['\"]?\s*[:=]\s*['\"]?)(bearer|token|basic)\s+[^\s'\",}]+"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b"),  # JWTs
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", re.S),
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        if pattern.groups >= 2:
            text = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)} [redacted]", text)
        else:
            text = pattern.sub("[redacted]", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def setup_logging(level: str = "INFO") -> None:
    """Log to stderr through the redacting filter (added to handlers already set up, once)."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    if not root.handlers:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    # httpx logs every request line at INFO; the job's own lines say what matters.
    logging.getLogger("httpx").setLevel(logging.WARNING)
