"""``--format jsonl``: one JSON object per line, a finding or a problem, each with its file: easy to stream
into a log system or to filter with jq. The fields are those of ``--format json``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context
from juesuan_check.reporters.json_format import finding_dict, problem_dict


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    for result in results:
        for problem in result.problems:
            out.write(
                json.dumps(
                    {"type": "problem", "file": result.file, **problem_dict(problem, context.lang)}, ensure_ascii=False
                )
                + "\n"
            )
        for finding in result.findings:
            out.write(
                json.dumps({"type": "finding", "file": result.file, **finding_dict(finding)}, ensure_ascii=False) + "\n"
            )
