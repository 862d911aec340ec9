"""``--format github``: GitHub Actions workflow commands, which GitHub shows as annotations on the lines
of a pull request. Chosen automatically when running under GitHub Actions.

A finding's message names the other places of the same error, and each of their lines gets a notice of its
own ("the same error as at file:46:36: …") after the file's findings: a notice, so that these pointers never
take the place of a finding within GitHub's limit on errors and warnings shown per step. A note on how a file
was read is a notice on the file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context, also_lines, also_words
from juesuan_check.words import say

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
        for note, params in () if context.quiet else result.notes:
            out.write(
                f"::notice file={_property(result.file)},title=juesuan::{_data(say(note, context.lang, params))}\n"
            )
        shown = [f for f in result.findings if context.shown(f)]
        for f in shown:
            command = "notice" if f.explained else _COMMAND[f.severity.value]
            message = f.message + also_words(f, context.lang) + (f" — {f.explained}" if f.explained else "")
            out.write(_annotation(command, f.file, f.line, f.col, f"{f.code} {f.name}", message))
        for f in shown:  # the other places of the same error, after the findings
            where = f"{f.file}:{f.line}:{f.col}"
            message = say("also.same_as", context.lang, {"where": where, "message": f.message})
            for place in also_lines(f):
                out.write(_annotation("notice", f.file, place.line, place.col, f"{f.code} {f.name}", message))


def _annotation(command: str, file: str, line: int, col: int, title: str, message: str) -> str:
    return f"::{command} file={_property(file)},line={line},col={col},title={_property(title)}::{_data(message)}\n"
