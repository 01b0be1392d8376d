"""Errors the user can act on: each names the file, line and column, and a fix."""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")
LINE_BREAK_RE = re.compile(r"[\n\r]")


def visible(text: str, one_line: bool = False) -> str:
    """Text from a file made safe for a terminal: escapes and control characters shown, not obeyed.

    Article text, file names, claim ids and statements all pass through here
    before a terminal sees them, so no file can clear, retitle or recolour
    it; one_line also shows line breaks, so one message stays on one line.
    """
    if text.isprintable():  # none of CONTROL_RE's characters, nor a line break: most text, told quickly
        return text
    shown = CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return LINE_BREAK_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", shown) if one_line else shown


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: int | None
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return visible(text, one_line=True)  # a name or id from a file cannot break or restyle the line


class InputError(Exception):
    """Bad input: the run stops with exit status 2 and these problems."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
