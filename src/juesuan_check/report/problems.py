"""Input problems: why a file could not be read as a report (exit code 2).

A problem names the file, the line and column when there is one, and a key of ``words`` with its
parameters; the text is rendered in the user's language. Problems are values, raised together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from juesuan_check.words import say


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    col: int | None
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def where(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.col or 1}"

    def message(self, lang: str) -> str:
        return say(self.key, lang, self.params).replace("\n", " ")

    def render(self, lang: str) -> str:
        """``file:line:col: message`` on one line."""
        return f"{self.where()}: {self.message(lang)}"


class InputError(Exception):
    """One or more problems that stop a file from being checked."""

    def __init__(self, problems: list[Problem]):
        super().__init__(problems)
        self.problems = problems
