"""Output formats: a name → reporter registry. Reporters are imported only when chosen, and only the
text reporter knows rich.

A reporter is a function ``write(results, out, context)`` taking the per-file results in the order checked.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional, TextIO

from ..findings import Finding, Severity
from ..problems import Problem

if TYPE_CHECKING:
    from ..catalogue import Catalogue

FORMATS: dict[str, str] = {
    "text": "text",
    "concise": "concise",
    "json": "json_format",
    "jsonl": "jsonl",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "gitlab": "gitlab",
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


@dataclass(frozen=True)
class Context:
    """What a reporter may need besides the results: the language, the failing level, the rules."""

    lang: str = "zh"
    fail_on: Severity = Severity.ERROR
    catalogue: Optional["Catalogue"] = None

    def fails(self, finding: Finding) -> bool:
        return finding.counts_against and finding.severity.rank >= self.fail_on.rank


Reporter = Callable[[list[FileResult], TextIO, Context], None]


def reporter(name: str) -> Reporter:
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.write  # type: ignore[no-any-return]


# `juesuan diff` prints its comparison in these; in the other formats it reports the cross-year findings.
DIFF_FORMATS: dict[str, str] = {"text": "diff_text", "json": "diff_json"}


def diff_reporter(name: str) -> Callable[..., None]:
    module = importlib.import_module(f"{__name__}.{DIFF_FORMATS[name]}")
    return module.write  # type: ignore[no-any-return]


def statistics(results: list[FileResult]) -> list[tuple[str, str, int]]:
    """(code, name, count) for every rule that found something, most frequent first."""
    counts: dict[tuple[str, str], int] = {}
    for result in results:
        for finding in result.findings:
            counts[(finding.code, finding.name)] = counts.get((finding.code, finding.name), 0) + 1
    return sorted(((code, name, n) for (code, name), n in counts.items()), key=lambda row: (-row[2], row[0]))


def all_findings(results: list[FileResult]) -> list[Finding]:
    return [finding for result in results for finding in result.findings]
