"""The default output: findings grouped by section, each with its severity, code, place and message."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import groupby
from typing import Optional, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from juesuan_check.findings import FileResult, Finding, Severity, Source, Tally
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
    for note, params in result.notes:
        console.print(Text(f"  {say(note, lang, params)}", style="dim"))
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
            if result.source is not None:  # --show-source
                for line in source_lines(finding, result.source):
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
    for place in finding.also:  # the same error at other places: one root cause, one finding
        where = f"（{place.place}）" if place.place else f":{place.line}:{place.col}"
        lines.append(Text(f"      ↳ {say('text.also', lang)} {finding.file}{where}  {place.path}", style="dim"))
    if finding.explained:
        colon = say("text.colon", lang)
        lines.append(Text(f"      {say('severity.explained', lang)}{colon}{finding.explained}", style="dim italic"))
    return lines


def source_lines(finding: Finding, source: Source) -> list[Text]:
    """The checked text under a finding, as ruff shows it: the numbered lines around the place with the
    figure marked by carets, or the document's paragraph at the place a finding names."""
    style = _STYLE[finding.severity] if not finding.explained else "dim"
    if finding.about_the_whole:
        return []
    if finding.place is not None:
        paragraph = source.paragraphs.get(finding.place)
        return [Text(f"      {finding.place} │ {paragraph}", style="dim")] if paragraph else []
    shown = source.around(finding.line)
    if not shown:
        return []
    width = len(str(shown[-1][0]))
    lines = []
    for number, text in shown:
        lines.append(Text(f"      {number:>{width}} │ {text}", style="" if number == finding.line else "dim"))
        if number == finding.line:
            lines.append(Text(f"      {'':>{width}} │ {_carets(text, finding.col, finding.stated)}", style=style))
    return lines


_WORD = re.compile(r"[^\s,，、}\]]+")


def _carets(text: str, col: int, stated: Optional[str]) -> str:
    """Carets under the printed figure at ``col`` — or, when it is not there, the word at ``col`` (a key, a
    name) — as wide as a terminal shows it."""
    before, rest = text[: col - 1], text[col - 1 :]
    word = _WORD.match(rest)
    marked = stated if stated and rest.startswith(stated) else word.group() if word else " "
    return " " * cell_len(before) + "^" * cell_len(marked)


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
