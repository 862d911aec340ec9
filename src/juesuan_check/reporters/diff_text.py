"""`juesuan diff` as a table: the rows that changed (all rows with --all), then the cross-year findings."""

from __future__ import annotations

from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from juesuan_check.checks.comparison import RELATIONS, Comparison, Row, interesting
from juesuan_check.numbers import plain
from juesuan_check.reporters.context import Context
from juesuan_check.reporters.layout import cells, wrap
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
    import os

    lang = context.lang
    # A log or a file gets a line wide enough for the table; a terminal (or COLUMNS) its own width.
    width = None if out.isatty() or os.environ.get("COLUMNS") else 132
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
        console.print(_table(rows, lang, console.width))
    counts = {
        status: sum(1 for row in comparison.rows if row.status == status) for status in ("changed", "added", "removed")
    }
    console.print(say("diff.summary", lang, counts) if any(counts.values()) else say("diff.none", lang))
    if comparison.findings:
        console.print()
        console.print(Text(say("diff.findings", lang), style="bold"))
        for finding in comparison.findings:
            for line in finding_lines(finding, lang):
                for part in wrap(
                    line.plain, console.width, hanging=" " * (6 if line.plain.startswith("      ") else 4)
                ):
                    console.print(Text(part, style=line.style), soft_wrap=True)


TEXT_WIDTH = 24  # cells of a text value in the old and new columns


def _table(rows: list[Row], lang: str, width: int) -> Table:
    """The rows as a table that fits ``width``: figures never wrapped, places and texts wrapped where a
    Chinese line may break; the change-rate column only when some row has a rate."""
    style = {"changed": "", "added": "green", "removed": "red", "same": "dim"}
    cells_of: list[tuple[str, str, str, str, str, str]] = []
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
        if kind in ("text", "member", "item"):
            old, new = ("\n".join(wrap(value, TEXT_WIDTH)) for value in (old, new))
        cells_of.append((label, old, new, change, percent, style[row.status]))
    columns = ["place", "old", "new", "change"] + (["percent"] if any(c[4] for c in cells_of) else [])
    headers = [say(f"diff.column.{column}", lang) for column in columns]
    figures = [
        max(cells(part) for value in [headers[index], *(c[index] for c in cells_of)] for part in value.split("\n"))
        for index in range(1, len(columns))
    ]
    place_width = max(12, width - sum(figures) - 2 * (len(columns) - 1))
    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    for index, header in enumerate(headers):
        table.add_column(header, justify="left" if index == 0 else "right", no_wrap=True)
    for label, *values, row_style in cells_of:
        place = "\n".join(wrap(label, place_width, hanging="  ", keep_words=True))
        table.add_row(place, *values[: len(columns) - 1], style=row_style)
    return table
