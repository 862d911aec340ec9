"""Tables printed inside the text of a web page or a converted document: one cell per line, each cell ended by
``|`` or the cells joined by lines of ``|``, rows marked by a lone ``|`` or by nothing at all.

A run of such cells is rebuilt into a grid: its header (the cells before the first row's label), then rows of
one label and figures. A two-level header (公车购置及运行维护费 over 合计, 车辆购置, 车辆运行) is folded into one
row of column names. The grid is read when one axis names the items of one section — the 三公 items, or the
kinds of income or of spending of a summary — and the other what each figure is (预算数, 决算数, this year's or
last year's spending, the change and its rate). Nothing is read
from a grid whose shape or meaning is uncertain: its cells stay unread, to be listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.phrases import YEAR
from juesuan_check.extract.subjects import subject_of

_NUMBER = re.compile(r"^-?[0-9]+(?:\.[0-9]+)?%?$")
EMPTY = {"-", "—", "--", "——", "/", "－"}
_NOT_A_CELL = re.compile(
    r"[。；]|^(?:金额)?单位[：:]|^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])"
)
MAX_CELL = 30


@dataclass(frozen=True)
class Cell:
    text: str
    index: int  # the paragraph it stands in

    @property
    def figure(self) -> bool:
        return bool(_NUMBER.match(self.text)) or self.text in EMPTY


@dataclass(frozen=True)
class Grid:
    columns: list[str]  # the column names, the first over the row labels
    rows: list[list[Cell]]  # each row: its label, then one cell per column after the first


def is_cell(text: str) -> bool:
    body = text.strip().rstrip("|").strip()
    return text.strip() == "|" or (0 < len(body) <= MAX_CELL and not _NOT_A_CELL.search(body))


def runs(paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """The (start, end) of every run of cell paragraphs long enough to be a table: six cells or more, with
    figures and labels both."""
    found, start = [], None
    for index, paragraph in enumerate([*paragraphs, Paragraph("。", "", 0)]):
        if is_cell(paragraph.text):
            start = index if start is None else start
            continue
        if start is not None:
            cells = [Cell(p.text.strip().rstrip("|").strip(), i) for i, p in enumerate(paragraphs[start:index], start)]
            cells = [c for c in cells if c.text]
            figures = sum(1 for c in cells if c.figure)
            if len(cells) >= 6 and figures >= 2 and len(cells) - figures >= 2:
                found.append((start, index))
            start = None
    return found


def grid(paragraphs: list[Paragraph], start: int, end: int) -> Optional[Grid]:
    """The grid a run of cells prints, or None when its shape is not certain."""
    texts = [(p.text.strip(), i) for i, p in enumerate(paragraphs[start:end], start)]
    ended = sum(1 for text, _ in texts if text.endswith("|") and text != "|")
    cells = [Cell(text.rstrip("|").strip(), i) for text, i in texts if text.rstrip("|").strip()]
    if ended >= len(cells) // 2 and any(text == "|" for text, _ in texts):
        rows: list[list[Cell]] = [[]]
        for text, i in texts:  # a lone | starts a row
            if text == "|":
                rows.append([])
            elif text.rstrip("|").strip():
                rows[-1].append(Cell(text.rstrip("|").strip(), i))
        rows = [row for row in rows if row]
        if len(rows) >= 2 and len({len(row) for row in rows}) == 1:
            return Grid([c.text for c in rows[0]], rows[1:])
    return _inferred(cells)


def _inferred(cells: list[Cell]) -> Optional[Grid]:
    """Rows found by their shape: a label, then figures up to the next label."""
    first = next((i for i, c in enumerate(cells) if c.figure), None)
    if first is None or first < 2:
        return None
    header, rows = cells[: first - 1], []
    for cell in cells[first - 1 :]:
        if not cell.figure:
            rows.append([cell])
        elif rows:
            rows[-1].append(cell)
    widths = {len(row) for row in rows}
    if len(widths) != 1 or len(rows) < 2:
        return None
    width = widths.pop()
    for title in range(3):  # a caption may stand before the header (…对比情况)
        columns = _header([c.text for c in header[title:]], width)
        if columns is not None:
            return Grid(columns, rows)
    return None


def _header(columns: list[str], width: int) -> Optional[list[str]]:
    """The column names of a header of ``width`` columns, or None when it has another width."""
    if len(columns) == width + 1:  # a two-level header: the whole over its 合计 and its parts
        merged = next((i for i in range(1, len(columns) - 1) if columns[i + 1] in ("合计", "小计")), None)
        if merged is None:
            return None
        columns = columns[: merged + 1] + columns[merged + 2 :]
    return columns if len(columns) == width else None


def measure(label: str, year: Optional[int]) -> Optional[tuple[str, int]]:
    """What the figures under ``label`` are — actual, budget, previous, change or rate — and the sign a
    positive figure has (−1 under 减少, 下降): None when the label does not say."""
    years = {int(y) for y in YEAR.findall(label)}
    down = -1 if re.search(r"减少|下降|节约|压减", label) and not re.search(r"增减|增长|增加", label) else 1
    if re.search(r"占|完成|执行|结构", label):
        return None  # a share or a completion ratio: no key of a table printed in the text
    if re.search(r"(?:增减|增长|下降|减少|变动)(?:率|幅度|%)|增幅|降幅|比上年[^0-9]*%|增减%", label):
        return "rate", down
    if re.search(r"%|率|幅度|百分比", label):
        return None  # a rate of something else
    if re.search(r"增减|减少|增加|变动|差额|差值|比上年", label):
        return "change", down
    if re.search(r"预算", label):
        if re.search(r"上年|调整|追加|全年", label):
            return None  # last year's, or an adjusted budget: not this year's 年初预算
        return ("budget", 1) if not years or year in years else None
    if years and year is not None:
        if years == {year - 1}:
            return "previous", 1
        if years != {year}:
            return None
        return "actual", 1
    if re.search(r"上年", label):
        return "previous", 1
    if re.search(r"决算|支出|金额|本年|实际", label):
        return "actual", 1
    return None


# The sections a table printed in the text is read into: the 三公 table, and the summaries of income and spending.
SECTIONS = ("三公经费", "收入", "支出")


def items_axis(table: Grid) -> Optional[tuple[str, str]]:
    """(``rows`` or ``columns``, the section) when the row labels — or the column names — name the items of one
    section (the 三公 items, the kinds of income or of spending), else None."""
    for axis, labels in (("rows", [row[0].text for row in table.rows]), ("columns", table.columns[1:])):
        section = _section_of(labels)
        if section is not None:
            return axis, section
    return None


def _section_of(labels: list[str]) -> Optional[str]:
    sections = [getattr(subject_of(_label(label)), "section", None) for label in labels]
    named = [section for section in sections if section in SECTIONS]
    totals = sum(1 for label in labels if is_total(label))
    if not named or len(set(named)) != 1 or len(named) + totals < max(2, len(labels) - 1):
        return None
    return named[0]


def _label(text: str) -> str:
    return re.sub(r"^(?:其中|含)[：:]?", "", text).strip()


def is_total(text: str) -> bool:
    return _label(text) in ("合计", "总计", "小计", "三公经费合计", "“三公”经费合计")


def entries(table: Grid, year: Optional[int]) -> Optional[tuple[str, list[tuple[str, str, int, Cell]]]]:
    """The section a table is of, and (item, measure, sign, cell) for each of its figures; None when it is not a
    table of one section's items."""
    found_axis = items_axis(table)
    if found_axis is None:
        return None
    axis, section = found_axis
    found = []
    for row in table.rows:
        for column, cell in zip(table.columns[1:], row[1:], strict=True):
            item, what = (row[0].text, column) if axis == "rows" else (column, row[0].text)
            kind = measure(what, year)
            if kind is not None:
                found.append((_label(item), kind[0], kind[1], cell))
    return section, found
