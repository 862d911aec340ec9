"""``--format github``: GitHub Actions workflow commands, which GitHub shows as annotations on the lines
of a pull request. Chosen automatically when running under GitHub Actions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    for result in results:
        for problem in result.problems:
            where = f"file={_property(problem.file)}"
            if problem.line is not None:
                where += f",line={problem.line},col={problem.col or 1}"
            out.write(f"::error {where},title=juesuan::{_data(problem.message(context.lang))}\n")
        for f in result.findings:
            if not context.shown(f):
                continue
            command = "notice" if f.explained else _COMMAND[f.severity.value]
            message = f.message + (f" — {f.explained}" if f.explained else "")
            title = _property(f"{f.code} {f.name}")
            out.write(
                f"::{command} file={_property(f.file)},line={f.line},col={f.col},title={title}::{_data(message)}\n"
            )
