"""What the rules find: hits from rule kinds, and the complete, immutable findings the engine makes of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Optional

from juesuan_check.report.loader import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Hit:
    """What a rule kind yields: where, the data its message needs, and the other places involved.

    ``at`` is the path of the value the finding is about (the printed figure that disagrees); ``line`` and
    ``col`` override the place when the kind found it inside a text. ``truncated`` marks a miss by one
    unit in the last place that truncation explains; the engine reports it under the truncation rule.
    """

    at: Path
    data: dict[str, Any]
    related: tuple[Path, ...] = ()
    truncated: bool = False
    line: Optional[int] = None
    col: Optional[int] = None
    related_previous: tuple[Path, ...] = ()  # places in the previous year's report (juesuan diff)


@dataclass(frozen=True)
class Location:
    path: str
    line: int
    col: int
    file: Optional[str] = None  # another file than the finding's (the previous year's report)


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    file: str
    line: int
    col: int
    path: str  # the node trail, 支出 › 基本支出
    section: str  # for grouping: 情况说明 › 支出
    stated: Optional[str] = None
    expected: Optional[str] = None
    related: tuple[Location, ...] = ()
    explained: Optional[str] = None  # the unit's written reason, when the finding is acknowledged
    source: Optional[str] = None  # the rule that found it, when reported under another (truncation)
    place: Optional[str] = None  # where in a checked document (第 3 页第 4 行), when the file was a document
    data: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def counts_against(self) -> bool:
        return self.explained is None

    def sort_key(self) -> tuple[Any, ...]:
        return (self.file, self.line, self.col, self.code)
