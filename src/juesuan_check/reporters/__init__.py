"""Output formats: a name → reporter registry. Reporters are imported only when chosen, and only the
text reporter knows rich.

A reporter is a function ``write(results, out, context)`` taking the per-file results in the order checked,
as an iterable it reads once: results stream from checking to output, so memory does not grow with the
number of files (except for SARIF and JUnit, whose documents are built whole). The context's tally counts
what passed through, for the summary lines and the exit code.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, TextIO

from juesuan_check.findings import Finding, Severity
from juesuan_check.report.problems import Problem

if TYPE_CHECKING:
    from juesuan_check.checks.catalogue import Catalogue

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


@dataclass
class Tally:
    """Counts of the results that have passed by: per severity, per rule, files, unreadable files."""

    counts: dict[str, int] = field(default_factory=lambda: tally(()))
    rules: dict[tuple[str, str], int] = field(default_factory=dict)
    files: int = 0
    invalid: int = 0
    failing: bool = False

    def watch(self, results: Iterable[FileResult], fail_on: Severity) -> Iterator[FileResult]:
        for result in results:
            self.files += 1
            self.invalid += bool(result.problems)
            for key, value in result.counts.items():
                self.counts[key] = self.counts.get(key, 0) + value
            for finding in result.findings:
                self.rules[(finding.code, finding.name)] = self.rules.get((finding.code, finding.name), 0) + 1
                self.failing = self.failing or (finding.counts_against and finding.severity.rank >= fail_on.rank)
            yield result

    def statistics(self) -> list[tuple[str, str, int]]:
        """(code, name, count) for every rule that found something, most frequent first."""
        return sorted(((code, name, n) for (code, name), n in self.rules.items()), key=lambda row: (-row[2], row[0]))


@dataclass(frozen=True)
class Context:
    """What a reporter may need besides the results: the language, the failing level, the rules, and the
    tally of what has been reported so far."""

    lang: str = "zh"
    fail_on: Severity = Severity.ERROR
    catalogue: Optional["Catalogue"] = None
    tally: Tally = field(default_factory=Tally)

    def fails(self, finding: Finding) -> bool:
        return finding.counts_against and finding.severity.rank >= self.fail_on.rank


Reporter = Callable[[Iterable[FileResult], TextIO, Context], None]


def reporter(name: str) -> Reporter:
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    return module.write  # type: ignore[no-any-return]


# `juesuan diff` prints its comparison in these; in the other formats it reports the cross-year findings.
DIFF_FORMATS: dict[str, str] = {"text": "diff_text", "json": "diff_json"}


def diff_reporter(name: str) -> Callable[..., None]:
    module = importlib.import_module(f"{__name__}.{DIFF_FORMATS[name]}")
    return module.write  # type: ignore[no-any-return]


