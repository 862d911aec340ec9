"""The tables of a Word document (python-docx) and the paragraphs around them, in the order of its body.

python-docx gives a merged cell at every grid position it covers (the same ``<w:tc>``, or the one a
vertical merge continues): each is one ``Cell`` here. Paragraphs are numbered as the document reader numbers
them (第 12 段); a table's rows are placed by the table's number and the row's (第 3 个表格第 5 行).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.normalize import normalize
from juesuan_check.extract.tables.items import Cell, Grid, Items, Line
from juesuan_check.report.problems import InputError, Problem


def read(path: str) -> Items:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        from docx.oxml.ns import qn
        from docx.table import Table
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError([Problem(path, None, None, "extract.library", {"library": "python-docx"})]) from None
    try:
        document = docx.Document(str(Path(path)))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError([Problem(path, None, None, "extract.unreadable", {"reason": str(exc)})]) from None
    items = Items()
    paragraph_number = 0
    table_number = 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph_number += 1
            text = "".join(node.text or "" for node in child.iter(qn("w:t"))).strip()
            if text:
                place = Paragraph(normalize(text), f"第 {paragraph_number} 段", paragraph_number)
                items.items.append(Line(text, place, paragraph_number))
        elif child.tag == qn("w:tbl"):
            table_number += 1
            items.items.append(_grid(Table(child, document), table_number, paragraph_number))
    return items


def _grid(table: Any, number: int, before: int) -> Grid:
    cells: dict[Any, Cell] = {}  # by the <w:tc> element, kept alive as the key
    rows: list[list[Optional[Cell]]] = []
    places = []
    for index, row in enumerate(table.rows, start=1):
        found: list[Optional[Cell]] = [None] * row.grid_cols_before
        for cell in row.cells:
            if cell._tc not in cells:
                cells[cell._tc] = Cell(cell.text)
            found.append(cells[cell._tc])
        found.extend([None] * row.grid_cols_after)
        rows.append(found)
        shown = " | ".join(dict.fromkeys(c.text.strip() for c in found if c is not None and c.text.strip()))
        places.append(Paragraph(shown, f"第 {number} 个表格第 {index} 行", max(before, 1)))
    return Grid(rows, places)
