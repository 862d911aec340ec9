"""``--format json``: one document with every file's findings and summary. The structure is stable and
documented in README ("JSON output"); fields are only ever added.

Each finding carries its message and, for a comparing rule, its ``figures``: the printed figure, the
recomputed figure rounded like it, the interval the exact recomputed value lies in, and the expression,
so that a program reading the output need not parse the message."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Optional, TextIO

from juesuan_check import __version__
from juesuan_check.findings import Figures, FileResult, Finding, Location
from juesuan_check.report.problems import Problem
from juesuan_check.reporters.context import Context
from juesuan_check.words import say

SCHEMA_VERSION = 1


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "line": finding.line,
        "column": finding.col,
        "path": finding.path,
        "section": finding.section,
        "stated": finding.stated,
        "expected": finding.expected,
        "explained": finding.explained,
        "source": finding.source,
        "place": finding.place,
        "related": [_location(r) for r in finding.related],
        "figures": figures_dict(finding.figures),
        "also": [_location(place) for place in finding.also],
    }


def figures_dict(figures: Optional[Figures]) -> Optional[dict[str, Any]]:
    """The arithmetic of a comparing rule's finding: the printed figure, the recomputed one (rounded like
    it), the interval [low, high] the exact recomputed value lies in, and the expression."""
    if figures is None:
        return None
    return {
        "stated": figures.stated,
        "expected": figures.expected,
        "interval": [figures.low, figures.high],
        "expression": figures.expression,
    }


def _location(location: Location) -> dict[str, Any]:
    place: dict[str, Any] = {"path": location.path, "line": location.line, "column": location.col}
    if location.file is not None:
        place["file"] = location.file  # in another file: the previous year's report
    if location.place is not None:
        place["place"] = location.place  # in the published document the file was drafted from
    return place


def problem_dict(problem: Problem, lang: str) -> dict[str, Any]:
    return {"line": problem.line, "column": problem.col, "kind": problem.key, "message": problem.message(lang)}


def file_dict(result: FileResult, lang: str) -> dict[str, Any]:
    found = {
        "file": result.file,
        "status": "invalid" if result.problems else "checked",
        "unit": result.unit,
        "year": result.year,
        "summary": result.counts,
        "notes": [say(note, lang, params) for note, params in result.notes],
        **_reading(result),
        "findings": [finding_dict(f) for f in result.findings],
        "problems": [problem_dict(p, lang) for p in result.problems],
    }
    if result.tables:  # a document checked directly: each of its tables, read or not
        found["tables"] = list(result.tables)
    return found


def _reading(result: FileResult) -> dict[str, Any]:
    """For a file drafted from a published document: how many sentences with figures were understood."""
    for note, params in result.notes:
        if note in ("note.reading", "note.reading_all"):
            return {"reading": {"sentences": params["total"], "understood": params["read"]}}
    return {}


def _dumps(value: Any, indent: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + " " * indent)


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    """The document as ``json.dump(…, indent=2)`` would print it, written one file at a time."""
    out.write(f'{{\n  "version": {SCHEMA_VERSION},\n')
    out.write(f'  "tool": {_dumps({"name": "juesuan-check", "version": __version__}, 2)},\n')
    out.write('  "files": [')
    first = True
    for result in results:
        out.write(("" if first else ",") + "\n    " + _dumps(file_dict(result, context.lang), 4))
        first = False
    out.write("]" if first else "\n  ]")
    out.write(f',\n  "summary": {_dumps(context.tally.counts, 2)}\n}}\n')
