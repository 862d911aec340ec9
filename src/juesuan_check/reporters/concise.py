"""``--format concise``: one line per finding, ``file:line:col: CODE [severity] message``, as compilers
and linters print them, so that editors and grep can use the output; a summary line ends it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context, total_words
from juesuan_check.words import say


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    for result in results:
        for problem in result.problems:
            out.write(f"{problem.where()}: LOAD [error] {problem.message(context.lang)}\n")
        for f in result.findings:
            if not context.shown(f):
                continue
            severity = "explained" if f.explained else f.severity.value
            out.write(f"{f.file}:{f.line}:{f.col}: {f.code} [{severity}] {f.message}\n")
    if not context.quiet:
        out.write(summary_line(context) + "\n")


def summary_line(context: Context) -> str:
    """合计 2 个文件：13 错误，16 警告，16 提示，8 已说明 (and the files that could not be checked)."""
    prefix, parts = total_words(context.tally, context.lang)
    return prefix + (say("text.sep", context.lang).join(text for _, text in parts) or say("text.clean", context.lang))
