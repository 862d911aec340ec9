"""Checking files: load → model → engine for each, collected as results. The CLI only wires this up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Iterable, Iterator, Optional

from .catalogue import Catalogue
from .engine import check
from .findings import Severity
from .loader import load
from .problems import InputError
from .reading import read_report
from .reporters import FileResult


@dataclass(frozen=True)
class Options:
    lang: str = "zh"
    fail_on: Severity = Severity.ERROR
    profile: Optional[str] = None  # None: the profile of the report's year


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; a directory stands for the .yaml/.yml files under it, in name order."""
    for path in paths:
        fs = FsPath(path)
        if path != "-" and fs.is_dir():
            found = sorted(p for p in fs.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            yield from (str(p) for p in found)
        else:
            yield path


def check_file(path: str, catalogue: Catalogue, options: Options) -> FileResult:
    try:
        doc = load(path)
        report = read_report(doc)
    except InputError as exc:
        return FileResult(path if path != "-" else "<stdin>", problems=tuple(exc.problems))
    findings = check(report, doc, catalogue, options.lang, options.profile)
    return FileResult.of(doc.file, findings, report.unit, report.year)


def exit_code(results: list[FileResult], fail_on: Severity) -> int:
    """0 clean, 1 a finding at or above ``fail_on`` that is not explained, 2 a file could not be checked."""
    if any(result.problems for result in results):
        return 2
    failing = any(
        finding.counts_against and finding.severity.rank >= fail_on.rank
        for result in results
        for finding in result.findings
    )
    return 1 if failing else 0
