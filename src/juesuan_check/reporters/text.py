"""The default output: findings grouped by section, each with its severity, code, place and message."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.text import Text

from juesuan_check.findings import FileResult, Finding, Severity, Tally
from juesuan_check.reporters.context import Context, count_words, total_words
from juesuan_check.words import say

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    console = Console(file=out, highlight=False, soft_wrap=not out.isatty(), emoji=False)
    for result in results:
        _file(console, result, context)
    if context.tally.files > 1 and not context.quiet:
        console.print(_total_line(context.tally, context.lang))


def _printed(finding: Finding, context: Context) -> bool:
    """Explained findings are counted, not printed, unless asked for; quiet prints only what fails."""
    return context.shown(finding) and (context.show_explained or not finding.explained)


def _file(console: Console, result: FileResult, context: Context) -> None:
    lang = context.lang
    printed = [finding for finding in result.findings if _printed(finding, context)]
    if context.quiet and not printed and not result.problems:
        return
    heading = Text(result.file, style="bold")
    if result.unit:
        heading.append(f"  {result.unit} · {say('text.year', lang, {'year': result.year})}", style="dim")
    console.print(heading)
    colon = say("text.colon", lang)
    if result.problems:
        console.print(Text(f"  {say('text.invalid', lang)}", style="bold red"))
        for problem in result.problems:
            console.print(Text(f"    {problem.where()}{colon}{problem.message(lang)}"))
        console.print()
        return
    for section, group in groupby(printed, key=lambda f: f.section):
        console.print(Text(f"\n  {section or say('text.whole', lang)}", style="bold blue"))
        for finding in group:
            for line in finding_lines(finding, lang):
                console.print(line)
    if context.quiet:
        console.print()
        return
    console.print()
    hidden = 0 if context.show_explained else result.counts.get("explained", 0)
    console.print(_summary(count_words(result.counts, lang), lang, prefix=result.file + colon, hidden=hidden))
    console.print()


def finding_lines(finding: Finding, lang: str) -> list[Text]:
    """A finding as the text output prints it: severity, code and place, then the message."""
    style = "dim" if finding.explained else _STYLE[finding.severity]
    label = say("severity.explained" if finding.explained else f"severity.{finding.severity.value}", lang)
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
        colon = say("text.colon", lang)
        lines.append(Text(f"      {say('severity.explained', lang)}{colon}{finding.explained}", style="dim italic"))
    return lines


_COUNT_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan", "invalid": "bold red"}


def _summary(parts: list[tuple[str, str]], lang: str, prefix: str, hidden: int = 0) -> Text:
    line = Text(prefix)
    if not parts:
        line.append(say("text.clean", lang), style="bold green")
        return line
    for index, (key, words) in enumerate(parts):
        if index:
            line.append(say("text.sep", lang))
        line.append(words, style=_COUNT_STYLE.get(key, "dim"))
    if hidden:
        line.append(say("text.hidden", lang), style="dim")
    return line


def _total_line(tally: Tally, lang: str) -> Text:
    prefix, parts = total_words(tally, lang)
    return _summary(parts, lang, prefix)
