"""``--format concise``: one line per finding, ``file:line:col: CODE [severity] message``, as compilers
and linters print them, so that editors and grep can use the output; a summary line ends it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context
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
    lang, tally = context.lang, context.tally
    counts = [(key, tally.counts.get(key, 0)) for key in ("error", "warning", "info", "explained")]
    shown = [say(f"text.count.{key}", lang, {"count": count}) for key, count in counts if count]
    if tally.invalid:
        shown.append(f"{tally.invalid} {say('text.invalid', lang)}")
    prefix = f"{say('text.total', lang)} {tally.files} {say('text.files', lang)}{say('text.colon', lang)}"
    return prefix + (say("text.sep", lang).join(shown) if shown else say("text.clean", lang))
