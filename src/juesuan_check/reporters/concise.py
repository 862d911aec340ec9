"""``--format concise``: one line per finding, ``file:line:col: CODE [severity] message``, as compilers
and linters print them, so that editors and grep can use the output."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    for result in results:
        for problem in result.problems:
            out.write(f"{problem.where()}: LOAD [error] {problem.message(context.lang)}\n")
        for f in result.findings:
            severity = "explained" if f.explained else f.severity.value
            out.write(f"{f.file}:{f.line}:{f.col}: {f.code} [{severity}] {f.message}\n")
