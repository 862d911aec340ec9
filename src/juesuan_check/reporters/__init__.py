"""Output formats: a name → reporter registry. Reporters are imported only when chosen, and only the
text reporter knows rich.

A reporter is a function ``write(results, out, lang)`` taking the per-file results in the order checked.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable, Optional, TextIO

from ..findings import Finding, Severity
from ..problems import Problem

FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
}


@dataclass(frozen=True)
class FileResult:
    file: str
    findings: tuple[Finding, ...] = ()
    problems: tuple[Problem, ...] = ()  # why the file could not be checked
    unit: Optional[str] = None
    year: Optional[int] = None
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, file: str, findings: list[Finding], unit: str, year: int) -> FileResult:
        return cls(file, tuple(findings), (), unit, year, tally(findings))


def tally(findings: list[Finding] | tuple[Finding, ...]) -> dict[str, int]:
    counts = {severity.value: 0 for severity in Severity} | {"explained": 0}
    for finding in findings:
        counts["explained" if finding.explained else finding.severity.value] += 1
    return counts


Reporter = Callable[[list[FileResult], TextIO, str], None]


def reporter(name: str) -> Reporter:
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.write  # type: ignore[no-any-return]
