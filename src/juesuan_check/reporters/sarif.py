"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning and other tools read it.

Each rule of the catalogue is described once under ``tool.driver.rules`` (title, description, why it
matters as help); each finding is a result with its rule, level, message and region. Its related places
and the other places of the same error are its ``relatedLocations``, the latter tagged ``also`` and saying
that they are the same error. An explained finding carries an in-source suppression with the unit's
reason. A file that could not be read is reported as a tool execution notification of level ``error``; a
note on how a file was read (the 金额小数位 it declares), as one of level ``note``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from juesuan_check import __version__
from juesuan_check.findings import FileResult, Finding
from juesuan_check.reporters.context import Context
from juesuan_check.reporters.json_format import figures_dict
from juesuan_check.words import say

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
HOME = "https://github.com/juesuan-check/juesuan-check"


def _uri(file: str) -> str:
    path = Path(file)
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return path.as_uri()
    return path.as_posix()


def _rules(context: Context) -> list[dict[str, Any]]:
    rules = []
    for rule in context.catalogue.rules if context.catalogue else ():
        lang = context.lang
        rules.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.title.get(lang)},
                "fullDescription": {"text": rule.description.get(lang)},
                "help": {
                    "text": rule.why.get(lang),
                    "markdown": f"**{rule.title.get(lang)}**\n\n{rule.description.get(lang)}\n\n{rule.why.get(lang)}",
                },
                "helpUri": f"{HOME}#rules",
                "defaultConfiguration": {"level": _LEVEL[rule.severity.value]},
                "properties": {"tags": [rule.family]},
            }
        )
    return rules


def _region(line: int | None, col: int | None) -> dict[str, int]:
    return {"startLine": line or 1, "startColumn": col or 1}


def _related(f: Finding, lang: str) -> list[dict[str, Any]]:
    """The related places (the figures the finding's arithmetic used), then the other places of the same
    error, tagged ``also``; numbered in that order."""
    places = [(r, r.path, None) for r in f.related]
    for a in f.also:
        path = f"{a.path}（{a.place}）" if a.place else a.path
        places.append((a, say("also.here", lang, {"path": path}), {"tags": ["also"]}))
    related = []
    for i, (r, text, properties) in enumerate(places):
        location: dict[str, Any] = {
            "id": i,
            "physicalLocation": {"artifactLocation": {"uri": _uri(r.file or f.file)}, "region": _region(r.line, r.col)},
            "message": {"text": text},
        }
        if properties:
            location["properties"] = properties
        related.append(location)
    return related


def document(results: list[FileResult], context: Context) -> dict[str, Any]:
    rules = _rules(context)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    sarif_results = []
    notifications = []  # the files that could not be read
    notes: list[dict[str, Any]] = []  # how the files were read
    for result in results:
        for f in result.findings:
            entry: dict[str, Any] = {
                "ruleId": f.code,
                "level": _LEVEL[f.severity.value],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(f.file)},
                            "region": _region(f.line, f.col),
                        },
                        "logicalLocations": [{"fullyQualifiedName": f.path}],
                    }
                ],
            }
            if f.code in index:
                entry["ruleIndex"] = index[f.code]
            if f.related or f.also:
                entry["relatedLocations"] = _related(f, context.lang)
            if f.figures is not None:
                entry["properties"] = {"figures": figures_dict(f.figures)}
            if f.explained:
                entry["suppressions"] = [{"kind": "inSource", "justification": f.explained}]
            sarif_results.append(entry)
        for note, params in result.notes:
            notes.append(
                {
                    "level": "note",
                    "message": {"text": say(note, context.lang, params)},
                    "descriptor": {"id": note},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(result.file)}}}],
                }
            )
        for problem in result.problems:
            notification: dict[str, Any] = {
                "level": "error",
                "message": {"text": problem.message(context.lang)},
                "descriptor": {"id": problem.key},
            }
            location = {"physicalLocation": {"artifactLocation": {"uri": _uri(problem.file)}}}
            if problem.line is not None:
                location["physicalLocation"]["region"] = _region(problem.line, problem.col)
            notification["locations"] = [location]
            notifications.append(notification)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {"name": "juesuan-check", "version": __version__, "informationUri": HOME, "rules": rules}
                },
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications + notes}
                ],
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    json.dump(document(results, context), out, ensure_ascii=False, indent=2)
    out.write("\n")
