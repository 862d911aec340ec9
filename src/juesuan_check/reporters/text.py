"""The default output: findings grouped by section, each with its severity, code, place and message."""

from __future__ import annotations

from itertools import groupby
from typing import Iterable, TextIO

from rich.console import Console
from rich.text import Text

from juesuan_check.findings import Finding, Severity
from juesuan_check.messages import text
from juesuan_check.reporters import Context, FileResult, Tally

_WORDS = {
    "zh": {
        "error": "错误", "warning": "警告", "info": "提示", "explained": "已说明",
        "clean": "没有发现问题", "invalid": "无法检查", "files": "个文件", "total": "合计",
        "year": "年度", "sep": "，", "colon": "：", "whole": "报告整体",
    },
    "en": {
        "error": "error", "warning": "warning", "info": "info", "explained": "explained",
        "clean": "no findings", "invalid": "could not be checked", "files": "files", "total": "total",
        "year": "", "sep": ", ", "colon": ": ", "whole": "the report as a whole",
        "n_error": "errors", "n_warning": "warnings", "n_info": "info", "n_explained": "explained",
    },
}
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    console = Console(file=out, highlight=False, soft_wrap=not out.isatty(), emoji=False)
    words = _WORDS["en" if context.lang == "en" else "zh"]
    for result in results:
        _file(console, result, words, context.lang)
    if context.tally.files > 1:
        console.print(_total_line(context.tally, words))


def _file(console: Console, result: FileResult, words: dict[str, str], lang: str) -> None:
    heading = Text(result.file, style="bold")
    if result.unit:
        heading.append(f"  {result.unit} · {result.year}{words['year']}", style="dim")
    console.print(heading)
    if result.problems:
        console.print(Text(f"  {words['invalid']}", style="bold red"))
        for problem in result.problems:
            console.print(Text(f"    {problem.where()}{words['colon']}{text(problem.key, lang, problem.params)}"))
        console.print()
        return
    for section, group in groupby(result.findings, key=lambda f: f.section):
        console.print(Text(f"\n  {section or words['whole']}", style="bold blue"))
        for finding in group:
            _finding(console, finding, words)
    console.print()
    console.print(_summary(result.counts, words, prefix=result.file + words["colon"]))
    console.print()


def _finding(console: Console, finding: Finding, words: dict[str, str]) -> None:
    for line in _lines(finding, words):
        console.print(line)


def finding_lines(finding: Finding, lang: str) -> list[Text]:
    """A finding as the text output prints it: severity, code and place, then the message."""
    return _lines(finding, _WORDS["en" if lang == "en" else "zh"])


def _lines(finding: Finding, words: dict[str, str]) -> list[Text]:
    style = "dim" if finding.explained else _STYLE[finding.severity]
    label = words["explained"] if finding.explained else words[finding.severity.value]
    head = Text("    ")
    head.append(f"{label:<4}", style=style)
    head.append(f" {finding.code} ", style="bold")
    where = f"{finding.file}（{finding.place}）" if finding.place else f"{finding.file}:{finding.line}:{finding.col}"
    head.append(where, style="dim")
    lines = [head, Text("      " + finding.message, style="dim" if finding.explained else "")]
    for place in finding.related:
        if place.file is not None:  # a place in the other report, which the message refers to
            lines.append(Text(f"      ↳ {place.file}:{place.line}:{place.col}  {place.path}", style="dim"))
    if finding.explained:
        lines.append(Text(f"      {words['explained']}{words['colon']}{finding.explained}", style="dim italic"))
    return lines


def _summary(counts: dict[str, int], words: dict[str, str], prefix: str) -> Text:
    line = Text(prefix)
    parts = [(key, counts.get(key, 0)) for key in ("error", "warning", "info", "explained")]
    if not any(count for _, count in parts):
        line.append(words["clean"], style="bold green")
        return line
    shown = [(key, count) for key, count in parts if count]
    for index, (key, count) in enumerate(shown):
        if index:
            line.append(words["sep"])
        style = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}.get(key, "dim")
        line.append(f"{count} {words.get('n_' + key, words[key])}", style=style)
    return line


def _total_line(tally: Tally, words: dict[str, str]) -> Text:
    prefix = f"{words['total']} {tally.files} {words['files']}{words['colon']}"
    line = _summary(tally.counts, words, prefix)
    if tally.invalid:
        line.append(f"{words['sep']}{tally.invalid} {words['invalid']}", style="bold red")
    return line
