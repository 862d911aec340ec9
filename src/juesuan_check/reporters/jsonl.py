"""``--format jsonl``: one JSON object per line, a finding, a problem or a note, each with its file: easy to
stream into a log system or to filter with jq. The fields are those of ``--format json``; a note on how the
file was read (a string of the file's ``notes`` there) has its ``kind`` and ``message``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context
from juesuan_check.reporters.json_format import finding_dict, problem_dict
from juesuan_check.words import say


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    for result in results:
        for problem in result.problems:
            out.write(
                json.dumps(
                    {"type": "problem", "file": result.file, **problem_dict(problem, context.lang)}, ensure_ascii=False
                )
                + "\n"
            )
        for note, params in result.notes:
            line = {"type": "note", "file": result.file, "kind": note, "message": say(note, context.lang, params)}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        for finding in result.findings:
            out.write(
                json.dumps({"type": "finding", "file": result.file, **finding_dict(finding)}, ensure_ascii=False) + "\n"
            )
