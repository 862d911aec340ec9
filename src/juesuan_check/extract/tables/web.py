"""The tables of a saved web page (``<table>``, with ``rowspan`` and ``colspan``) and its text, in the
order of the page. Each block of text (a paragraph, a heading, a list item, a line broken by ``<br>``) is a
line, numbered as a paragraph (第 12 段); the page's text outside its tables is what the narrative reader
gets."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.normalize import normalize
from juesuan_check.extract.tables.items import Cell, Grid, Items, Line
from juesuan_check.report.loader import MAX_BYTES, decode
from juesuan_check.report.problems import InputError, Problem

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "caption", "title", "center"}
_SKIPPED = {"script", "style", "head", "noscript", "template"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items = Items()
        self.text = ""
        self.paragraphs = 0
        self.tables = 0
        self.skipping = 0
        self.depth = 0  # of nested tables: an inner table's text belongs to its cell
        self.rows: list[list[tuple[Cell, int, int]]] = []  # the current table: (cell, rowspan, colspan)
        self.cell: Optional[list] = None  # [text, rowspan, colspan]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.flush()
                self.rows = []
        elif self.depth == 1 and tag == "tr":
            self.rows.append([])
        elif self.depth == 1 and tag in ("td", "th"):
            values = dict(attrs)
            self.cell = ["", _span(values.get("rowspan")), _span(values.get("colspan"))]
        elif tag == "br" or tag in _BLOCKS:
            self.newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        elif tag == "table":
            self.depth -= 1
            if self.depth == 0:
                self.end_cell()
                self.table()
        elif self.depth == 1 and tag in ("td", "th"):
            self.end_cell()
        elif tag in _BLOCKS and self.depth == 0:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.depth:
            if self.cell is not None:
                self.cell[0] += data
        else:
            self.text += data

    def newline(self) -> None:
        if self.depth:
            if self.cell is not None:
                self.cell[0] += "\n"
        else:
            self.flush()

    def end_cell(self) -> None:
        if self.cell is not None and self.rows:
            text, rowspan, colspan = self.cell
            self.rows[-1].append((Cell(text.strip()), rowspan, colspan))
        self.cell = None

    def flush(self) -> None:
        text = " ".join(self.text.split())
        self.text = ""
        if text:
            self.paragraphs += 1
            place = Paragraph(normalize(text), f"第 {self.paragraphs} 段", self.paragraphs)
            self.items.items.append(Line(text, place))
            self.items.paragraphs.append(place)

    def table(self) -> None:
        self.tables += 1
        grid: list[list[Optional[Cell]]] = []
        for index, row in enumerate(self.rows):
            while len(grid) <= index:
                grid.append([])
            column = 0
            for cell, rowspan, colspan in row:
                while column < len(grid[index]) and grid[index][column] is not None:
                    column += 1
                for r in range(index, index + rowspan):
                    while len(grid) <= r:
                        grid.append([])
                    while len(grid[r]) < column + colspan:
                        grid[r].append(None)
                    for c in range(column, column + colspan):
                        grid[r][c] = cell
                column += colspan
        width = max((len(row) for row in grid), default=0)
        grid = [row + [None] * (width - len(row)) for row in grid if any(cell is not None for cell in row)]
        places = []
        for number, row in enumerate(grid, start=1):
            shown = " | ".join(dict.fromkeys(c.text for c in row if c is not None and c.text))
            places.append(Paragraph(shown, f"第 {self.tables} 个表格第 {number} 行", max(self.paragraphs, 1)))
        if grid:
            self.items.items.append(Grid(grid, places))
        self.rows = []


def _span(value: Optional[str]) -> int:
    try:
        return max(1, min(int(value or 1), 200))
    except ValueError:
        return 1


def read(path: str) -> Items:
    file = Path(path)
    try:
        text = decode(file.read_bytes()[: 20 * MAX_BYTES], str(file))
    except OSError as exc:
        raise InputError([Problem(path, None, None, "extract.unreadable", {"reason": str(exc)})]) from None
    page = _Page()
    page.feed(text)
    page.close()
    page.flush()
    return page.items
