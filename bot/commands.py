"""`/rescue` commands in pull-request comments: what was asked, parsed from the comment text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class CommandName(StrEnum):
    RERUN = "rerun"
    HELP = "help"


@dataclass(frozen=True, slots=True)
class Command:
    name: CommandName
    unknown: str | None = None  # the word the user typed when it is no command we know


# A command is a line of its own that starts with /rescue (quoted lines are someone else's words).
_LINE = re.compile(r"^[ \t]*/rescue(?:[ \t]+(\S+))?[ \t]*$", re.IGNORECASE | re.MULTILINE)

HELP_TEXT = """\
**Rescue commands** (comment on a pull request; people with write access to the repository):

| command | what it does |
|---|---|
| `/rescue rerun` | reviews the pull request's latest commit again |
| `/rescue help` | shows this help |

The **Re-run** button of the Rescue check run does the same as `/rescue rerun`.
Configure Rescue with `.github/rescue.yml` on the default branch."""


def parse_command(body: str | None) -> Command | None:
    """The first `/rescue` command in a comment, or None when the comment has none."""
    m = _LINE.search(body or "")
    if m is None:
        return None
    word = (m.group(1) or "help").lower()
    try:
        return Command(CommandName(word))
    except ValueError:
        return Command(CommandName.HELP, unknown=word[:40])
