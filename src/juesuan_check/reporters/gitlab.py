"""``--format gitlab``: a GitLab code quality report (a JSON array), shown in merge requests. The other
places of the same error are named in the description and listed as the issue's ``other_locations`` (a
field of the Code Climate format the report follows); the fingerprint stays the finding's own."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import TextIO

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context, also_lines, also_words

_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def _issues(results: Iterable[FileResult], context: Context) -> Iterable[dict]:
    for result in results:
        for f in result.findings:
            if f.explained:
                continue
            identity = f"{f.file}:{f.code}:{f.path}:{f.message}"
            issue = {
                "description": f"{f.code} {f.message}{also_words(f, context.lang)}",
                "check_name": f.code,
                "fingerprint": hashlib.sha256(identity.encode("utf-8")).hexdigest(),
                "severity": _SEVERITY[f.severity.value],
                "location": {"path": f.file, "lines": {"begin": f.line}},
            }
            if f.also:
                issue["other_locations"] = [{"path": f.file, "lines": {"begin": a.line}} for a in also_lines(f)]
            yield issue
        for problem in result.problems:
            identity = f"{problem.file}:{problem.key}:{problem.line}"
            yield {
                "description": problem.message(context.lang),
                "check_name": "LOAD",
                "fingerprint": hashlib.sha256(identity.encode("utf-8")).hexdigest(),
                "severity": "blocker",
                "location": {"path": problem.file, "lines": {"begin": problem.line or 1}},
            }


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    """A JSON array, written one issue at a time."""
    out.write("[")
    first = True
    for issue in _issues(results, context):
        body = json.dumps(issue, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(("" if first else ",") + "\n  " + body)
        first = False
    out.write("]\n" if first else "\n]\n")
