"""What a check finds and what it means for the run: hits from rule kinds, the complete and immutable
findings the engine makes of them, each file's result, the run's tally and the gate's decision."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Optional

from juesuan_check.report.places import Anchor
from juesuan_check.report.problems import Problem

Path = tuple[Any, ...]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Figures:
    """The arithmetic of a comparison as data: the printed figure, the figure recomputed from the figures it
    should agree with (rounded like the printed one), the interval the exact result lies in, and the
    expression that computed it."""

    stated: str
    expected: str
    low: str
    high: str
    expression: str


@dataclass(frozen=True)
class Hit:
    """What a rule kind yields: where, the data its message needs, and the other places involved.

    ``at`` is the path of the value the finding is about (the printed figure that disagrees); ``line`` and
    ``col`` override the place within that value when the kind found it inside a text. ``truncated`` marks
    a miss by one unit in the last place that truncation explains; the engine reports it under the
    truncation rule.
    """

    at: Path
    data: dict[str, Any]
    related: tuple[Path, ...] = ()
    truncated: bool = False
    line: Optional[int] = None
    col: Optional[int] = None
    related_previous: tuple[Path, ...] = ()  # places in the previous year's report (juesuan diff)
    figures: Optional[Figures] = None
    # other places of the same error (see checks.folding): a path, with a line and column inside its text
    also: tuple[tuple[Path, Optional[int], Optional[int]], ...] = ()


@dataclass(frozen=True)
class Location:
    path: str  # the node trail, 支出 › 基本支出
    line: int
    col: int
    file: Optional[str] = None  # another file than the finding's (the previous year's report)
    place: Optional[str] = None  # where in a checked document (第 3 页第 4 行), when the file was a document
    anchor: Optional[Anchor] = None  # where the value is printed in the document (its boxes), and how it was read


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
    figures: Optional[Figures] = None
    also: tuple[Location, ...] = ()  # other places of the same error: one root cause, one finding
    anchor: Optional[Anchor] = None  # where the value is printed in a checked document, and how it was read

    def sort_key(self) -> tuple[Any, ...]:
        return (self.file, self.line, self.col, self.code)

    @property
    def about_the_whole(self) -> bool:
        """About the report as a whole (a missing part): there is no place in the file to show."""
        return not self.section


@dataclass(frozen=True)
class Gate:
    """The run's pass/fail decision: an unexplained finding at or above ``fail_on`` fails it."""

    fail_on: Severity = Severity.ERROR
    exit_zero: bool = False

    def fails(self, finding: Finding) -> bool:
        return finding.explained is None and finding.severity.rank >= self.fail_on.rank

    def exit_code(self, tally: Tally) -> int:
        """0 clean, 1 an unexplained finding at or above ``fail_on``, 2 a file could not be checked."""
        if tally.invalid:
            return 2
        if self.exit_zero:
            return 0
        return 1 if tally.failing else 0


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per severity, explained ones apart."""
    found = {severity.value: 0 for severity in Severity} | {"explained": 0}
    for finding in findings:
        found["explained" if finding.explained else finding.severity.value] += 1
    return found


SOURCE_AROUND = 2  # lines of the report file shown before and after a finding's line
_LONGEST_LINE = 2000  # characters of one source line kept (a 原文 paragraph may be written on one line)


@dataclass(frozen=True)
class Source:
    """The checked text a reader needs beside the findings, taken by the runner from the text it has just
    checked (an output never reads a report again): the report file's lines around each finding's line
    and at each of its related places and other places of the same error (``also``), by number; for a
    published document checked directly, the paragraph at each place a finding names, by that place
    (第 3 页第 4 行). Only these lines are kept, so the results of a thousand files still stream in little
    memory."""

    lines: dict[int, str] = field(default_factory=dict)
    paragraphs: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, findings: Iterable[Finding], paragraphs: Optional[Mapping[str, str]] = None) -> Source:
        """The source of ``findings`` in ``text``, the checked report file; when the file was drafted from
        a document, ``paragraphs`` (place → text) are the document's and the findings are placed in them."""
        found = tuple(f for f in findings if not f.about_the_whole)
        others = [r for f in found for r in (*f.related, *f.also) if r.file is None]  # in this file
        if paragraphs is not None:
            places = {f.place for f in found} | {r.place for r in others}
            return cls(paragraphs={p: paragraphs[p] for p in sorted(places - {None}) if p in paragraphs})
        wanted: set[int] = set()
        for f in found:
            wanted.update(range(f.line - SOURCE_AROUND, f.line + SOURCE_AROUND + 1))
        wanted.update(r.line for r in others)
        rows = text.split("\n")
        return cls(lines={n: rows[n - 1].rstrip("\r")[:_LONGEST_LINE] for n in sorted(wanted) if 0 < n <= len(rows)})

    def around(self, line: int) -> list[tuple[int, str]]:
        """The numbered lines from ``SOURCE_AROUND`` before ``line`` to as many after it, where the file has them."""
        return [(n, self.lines[n]) for n in range(line - SOURCE_AROUND, line + SOURCE_AROUND + 1) if n in self.lines]


@dataclass(frozen=True)
class FileResult:
    file: str
    findings: tuple[Finding, ...] = ()
    problems: tuple[Problem, ...] = ()  # why the file could not be checked
    unit: Optional[str] = None
    year: Optional[int] = None
    counts: dict[str, int] = field(default_factory=dict)
    notes: tuple[tuple[str, dict[str, Any]], ...] = ()  # how the file was read, as keys of words.py with params
    source: Optional[Source] = None  # the checked text around the findings, when the output shows it
    tables: tuple[dict[str, Any], ...] = ()  # a document's tables: each read (rows × columns, pages) or not (why)

    @classmethod
    def of(
        cls,
        file: str,
        findings: Iterable[Finding],
        unit: str,
        year: int,
        notes: tuple = (),
        source: Optional[Source] = None,
        tables: tuple[dict[str, Any], ...] = (),
    ) -> FileResult:
        found = tuple(findings)
        return cls(file, found, (), unit, year, counts(found), notes, source, tables)


@dataclass
class Tally:
    """Counts of the results that have passed by: per severity, per rule, files, unreadable files, and
    whether the gate has failed."""

    gate: Gate = field(default_factory=Gate)
    counts: dict[str, int] = field(default_factory=lambda: counts(()))
    rules: dict[tuple[str, str], int] = field(default_factory=dict)
    files: int = 0
    invalid: int = 0
    failing: bool = False

    def watch(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        for result in results:
            self.files += 1
            self.invalid += bool(result.problems)
            for key, value in result.counts.items():
                self.counts[key] = self.counts.get(key, 0) + value
            for finding in result.findings:
                self.rules[(finding.code, finding.name)] = self.rules.get((finding.code, finding.name), 0) + 1
                self.failing = self.failing or self.gate.fails(finding)
            yield result

    def statistics(self) -> list[tuple[str, str, int]]:
        """(code, name, count) for every rule that found something, most frequent first."""
        return sorted(((code, name, n) for (code, name), n in self.rules.items()), key=lambda row: (-row[2], row[0]))

    @property
    def exit_code(self) -> int:
        return self.gate.exit_code(self)
