"""`juesuan diff` as a table: the rows that changed (all rows with --all), then the cross-year findings."""

from __future__ import annotations

from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from juesuan_check.checks.comparison import RELATIONS, Comparison, Row, interesting
from juesuan_check.numbers import plain
from juesuan_check.reporters.context import Context
from juesuan_check.reporters.text import finding_lines
from juesuan_check.words import say


def show(value: Any, kind: str, lang: str = "zh") -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return say("diff.yes" if value else "diff.no", lang)
    if isinstance(value, int):
        return str(value)
    text = plain(value) if not isinstance(value, str) else value
    if kind == "percent":
        text += "%"
    return text if len(text) <= 30 else text[:29] + "…"


def snippets(old: str, new: str, context: int = 6) -> tuple[str, str]:
    """The part of two texts that differs, with a little context on each side."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    left = max(0, start - context)

    def cut(text: str) -> str:
        stop = min(len(text), len(text) - end + context)
        return ("…" if left else "") + text[left:stop] + ("…" if stop < len(text) else "")

    return cut(old), cut(new)


def _signed(value: Any, suffix: str = "") -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + plain(value) + suffix


def write(comparison: Comparison, out: TextIO, context: Context, show_all: bool = False) -> None:
    lang = context.lang
    width = None if out.isatty() else 132  # a log or a file: wide enough for the table
    console = Console(file=out, highlight=False, emoji=False, width=width)
    old, new = comparison.old, comparison.new
    title = {"old": old.file, "old_year": old.year, "new": new.file, "new_year": new.year}
    console.print(Text(say("diff.title", lang, title), style="bold"))
    relation = comparison.relation if comparison.relation in RELATIONS else "other"
    console.print(say(f"diff.{relation}", lang))
    if old.unit != new.unit:
        console.print(Text(say("diff.unit", lang, {"old": old.unit, "new": new.unit}), style="yellow"))
    if old.money_unit != new.money_unit:
        console.print(Text(say("diff.money", lang, {"old": old.money_unit, "new": new.money_unit}), style="yellow"))
    rows = [row for row in comparison.rows if show_all or interesting(row, comparison.relation)]
    if rows:
        console.print(_table(rows, lang))
    counts = {
        status: sum(1 for row in comparison.rows if row.status == status) for status in ("changed", "added", "removed")
    }
    console.print(say("diff.summary", lang, counts) if any(counts.values()) else say("diff.none", lang))
    if comparison.findings:
        console.print()
        console.print(Text(say("diff.findings", lang), style="bold"))
        for finding in comparison.findings:
            for line in finding_lines(finding, lang):
                console.print(line, soft_wrap=True)


def _table(rows: list[Row], lang: str) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    for index, column in enumerate(("place", "old", "new", "change", "percent")):
        table.add_column(say(f"diff.column.{column}", lang), justify="left" if index == 0 else "right", overflow="fold")
    style = {"changed": "", "added": "green", "removed": "red", "same": "dim"}
    for row in rows:
        kind = (row.new or row.old).kind  # type: ignore[union-attr]
        label = row.label
        if row.status in ("added", "removed"):
            label = say(f"diff.{row.status}", lang, {"label": label})
        change = _signed(row.change, say("diff.points", lang) if kind == "percent" else "")
        percent = _signed(row.change_percent, "%")
        old = show(row.old.value if row.old else None, kind, lang)
        new = show(row.new.value if row.new else None, kind, lang)
        if row.status == "changed" and kind == "text":
            old, new = snippets(str(row.old.value), str(row.new.value))  # type: ignore[union-attr]
        table.add_row(label, old, new, change, percent, style=style[row.status])
    return table
