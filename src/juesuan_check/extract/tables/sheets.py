"""The tables of an Excel workbook as the finance system exports them: .xlsx (openpyxl) and .xls (xlrd).

A sheet holds one table or several, one under another, each under its title. A row with one cell of text
(a title, the unit line, a note) is a line; the rows between them are a grid, merged cells placed at every
position they cover. A figure is taken as the sheet shows it: a cell holding 6.2 shown with two decimals is
6.20, and the value it holds is kept beside it when the two differ. A workbook has no narrative: the text
of its lines is all the narrative reader gets (the unit and year of its titles).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Optional

from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.normalize import normalize
from juesuan_check.extract.tables.finding import UNIT
from juesuan_check.extract.tables.items import Cell, Grid, Items, Line
from juesuan_check.extract.tables.specs import default_specs, unknown_title
from juesuan_check.report.problems import InputError, Problem

Raw = tuple[Any, Optional[str]]  # a cell's value and its number format


def read(path: str) -> Items:
    suffix = Path(path).suffix.lower()
    try:
        sheets = _xls(path) if suffix == ".xls" else _xlsx(path)
    except InputError:
        raise
    except Exception as exc:  # the readers raise many kinds on a damaged file
        raise InputError([Problem(path, None, None, "extract.unreadable", {"reason": str(exc)})]) from None
    items = Items()
    for number, (name, rows, merged) in enumerate(sheets, start=1):
        _sheet(items, f"第 {number} 个工作表（{name}）", rows, merged)
    items.decimals = _general_decimals([raw for _, rows, _ in sheets for row in rows for raw in row])
    return items


def _general_decimals(cells: list[Raw]) -> Optional[int]:
    """The decimals of a workbook whose figures are shown as they are held (General), trailing zeros
    dropped — 6.2 beside 120.55, both exported from a two-decimal table: the report's 金额小数位."""
    found = []
    for value, number_format in cells:
        general = not number_format or number_format.lower() == "general"
        if general and isinstance(value, float) and value != int(value):
            found.append(-Decimal(repr(value)).as_tuple().exponent)
    if not found or max(found) > 6 or min(found) == max(found):
        return None
    return max(found)


def _xlsx(path: str) -> list[tuple[str, list[list[Raw]], list[tuple[int, int, int, int]]]]:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError([Problem(path, None, None, "extract.library", {"library": "openpyxl"})]) from None
    book = openpyxl.load_workbook(path, data_only=True)
    found = []
    for sheet in book.worksheets:
        rows = [[(cell.value, cell.number_format) for cell in row] for row in sheet.iter_rows()]
        merged = [(r.min_row - 1, r.max_row, r.min_col - 1, r.max_col) for r in sheet.merged_cells.ranges]
        found.append((sheet.title, rows, merged))
    return found


def _xls(path: str) -> list[tuple[str, list[list[Raw]], list[tuple[int, int, int, int]]]]:
    try:
        import xlrd
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError([Problem(path, None, None, "extract.library", {"library": "xlrd"})]) from None
    book = xlrd.open_workbook(path, formatting_info=True)
    found = []
    for sheet in book.sheets():
        rows = []
        for r in range(sheet.nrows):
            row = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                shown = book.format_map.get(book.xf_list[cell.xf_index].format_key)
                value = cell.value if cell.ctype not in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) else None
                row.append((value, shown.format_str if shown is not None else None))
            rows.append(row)
        found.append((sheet.name, rows, [tuple(m) for m in sheet.merged_cells]))
    return found


def _decimals(number_format: Optional[str]) -> Optional[int]:
    """The decimals a number format shows (0.00, #,##0.00_ ; General shows the value as it is)."""
    if not number_format or number_format.lower() == "general":
        return None
    section = number_format.split(";")[0]
    match = re.search(r"0\.(0+)", section)
    return len(match.group(1)) if match else 0 if "0" in section or "#" in section else None


def _shown(value: Any, number_format: Optional[str]) -> Cell:
    if value is None:
        return Cell("")
    if isinstance(value, (bool, datetime.date, datetime.datetime)):
        return Cell(str(value))
    if isinstance(value, (int, float)):
        held = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if isinstance(value, float) and value == int(value) and abs(value) < 1e15:
            held = Decimal(int(value))
        places = _decimals(number_format)
        if places is None:
            return Cell(str(held))
        try:
            shown = held.quantize(Decimal(1).scaleb(-places))
        except InvalidOperation:  # pragma: no cover - a figure too long for its format
            return Cell(str(held))
        return Cell(str(shown), None if shown == held and str(shown) == str(held) else str(held))
    return Cell(str(value))


def _sheet(items: Items, name: str, rows: list[list[Raw]], merged: list[tuple[int, int, int, int]]) -> None:
    width = max((len(row) for row in rows), default=0)
    grid: list[list[Optional[Cell]]] = [[_shown(*raw) for raw in row] + [None] * (width - len(row)) for row in rows]
    for first_row, last_row, first_col, last_col in merged:
        if first_row >= len(grid):
            continue
        origin = grid[first_row][first_col]
        for r in range(first_row, min(last_row, len(grid))):
            for c in range(first_col, min(last_col, width)):
                grid[r][c] = origin
    distinct = [list({id(c): c for c in row if c is not None and c.text.strip()}.values()) for row in grid]
    run: list[int] = []
    for index, cells in enumerate(distinct):
        number = index + 1
        if not cells:
            _flush(items, name, grid, run)
            run = []
            continue
        texts = [cell.text.strip() for cell in cells]
        following = distinct[index + 1] if index + 1 < len(distinct) else []
        titled = len(cells) == 1 and (default_specs().title(texts[0]) or unknown_title(texts[0]))
        unit = any(UNIT.search(normalize(text)) for text in texts) and len(cells) <= 3
        alone = len(cells) == 1 and not run and len(following) <= 1
        if titled or unit or alone or (len(cells) == 1 and _is_sentence(texts[0])):
            _flush(items, name, grid, run)
            run = []
            for text in texts:
                place = Paragraph(normalize(text), f"{name}第 {number} 行", number)
                items.items.append(Line(text, place))
                items.paragraphs.append(place)
            continue
        run.append(index)
    _flush(items, name, grid, run)


def _is_sentence(text: str) -> bool:
    """A line of text under a table (a note, the empty-table sentence) rather than a row's one cell."""
    return len(text) > 15 or bool(re.match(r"^(?:注|说明|备注)", text))


def _flush(items: Items, name: str, grid: list[list[Optional[Cell]]], run: list[int]) -> None:
    if not run:
        return
    rows = [grid[index] for index in run]
    places = []
    for index, row in zip(run, rows, strict=True):
        shown = []
        for cell in dict.fromkeys(cell for cell in row if cell is not None and cell.text.strip()):
            shown.append(cell.text.strip() + (f"（单元格值 {cell.held}）" if cell.held else ""))
        places.append(Paragraph(" | ".join(shown), f"{name}第 {index + 1} 行", index + 1))
    items.items.append(Grid(rows, places))
