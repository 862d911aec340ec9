"""The 部门决算表 of a published document: found by their titles, read cell by cell, and written into the
draft's ``部门决算表`` with the place of every row.

``read(path)`` reads the tables of a PDF (ruled tables), a Word .docx, an Excel workbook (.xlsx, .xls) or a
saved web page (.html); a text file has none here (the narrative reader records what its text says of them).
What was read and what was not is the coverage: each table read with its rows × columns and pages, each
table found but not read with the reason (a header that maps onto no column of the template, a cell that is
neither a figure nor a blank …). A table not read is recorded without rows, so that no identity is judged on
it, and never read by position instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.tables.finding import PART, find
from juesuan_check.extract.tables.items import Line, squeeze
from juesuan_check.extract.tables.reader import Read, read
from juesuan_check.extract.tables.specs import Specs, default_specs

SUFFIXES = (".pdf", ".docx", ".xlsx", ".xlsm", ".xls", ".html", ".htm")
SPREADSHEETS = (".xlsx", ".xlsm", ".xls")
PAGES = (".html", ".htm")


@dataclass
class Tables:
    """The tables of one document as read, and what the narrative reader is to be given of its text."""

    reads: list[Read] = field(default_factory=list)
    paragraphs: Optional[list[Paragraph]] = None  # the text of a page or workbook (None: the document reader's)
    dropped: set[str] = field(default_factory=set)  # places of paragraphs that belong to the tables
    pages: set[int] = field(default_factory=set)  # PDF pages that hold nothing but tables
    decimals: Optional[int] = None  # a workbook that shows its figures without trailing zeros: their decimals

    def narrative(self, paragraphs: list[Paragraph]) -> list[Paragraph]:
        """``paragraphs`` without those of the tables (their titles, headers, cells and notes), which are no
        sentences of the narrative; part headings stay, for the reader's parts."""
        return [
            p
            for p in paragraphs
            if PART.match(p.text) or not (p.place in self.dropped or (p.line in self.pages and "页" in p.place))
        ]

    @property
    def coverage(self) -> list[dict[str, Any]]:
        """Each table found: its name, whether it was read, rows × columns, pages, and why not."""
        found = []
        for table in self.reads:
            first, last = table.found.pages
            entry: dict[str, Any] = {
                "table": table.found.title,
                "read": table.read,
                "rows": table.rows,
                "columns": table.columns,
                "cells": table.cells,
                "pages": [first, last] if first else None,
                "place": table.found.title_line.place.place,
            }
            if table.reason is not None:
                entry["reason"] = table.reason
            found.append(entry)
        return found


def read_tables(path: str, specs: Optional[Specs] = None) -> Tables:
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        return Tables()
    specs = specs or default_specs()
    if suffix == ".pdf":
        from juesuan_check.extract.tables import pdf

        items, layout = pdf.read(path)
        tables = Tables([read(found) for found in find(items.items, specs)])
        _pdf_regions(tables, path, layout)
        return tables
    if suffix == ".docx":
        from juesuan_check.extract.tables import word as docx

        items = docx.read(path)
    elif suffix in SPREADSHEETS:
        from juesuan_check.extract.tables import sheets

        items = sheets.read(path)
    else:
        from juesuan_check.extract.tables import web as html

        items = html.read(path)
    tables = Tables([read(found) for found in find(items.items, specs)])
    tables.dropped = {line.place.place for table in tables.reads for line in table.found.lines}
    if suffix in SPREADSHEETS or suffix in PAGES:
        tables.paragraphs = tables.narrative(items.paragraphs)
    tables.decimals = items.decimals
    return tables


def _pdf_regions(tables: Tables, path: str, layout: Any) -> None:
    """Which of the document reader's paragraphs are the tables': on a page of tables alone, all of them;
    on a page shared with the narrative, those whose first line stands within a table's lines."""
    from juesuan_check.extract.tables.pdf import PAGE_NUMBER, table_lines

    bands: dict[int, list[tuple[float, float]]] = {}
    for table in tables.reads:
        for line in table.found.lines:
            top, bottom = _height(layout, line)
            bands.setdefault(line.page, []).append((top, bottom))
        for grid in table.found.grids:
            bands.setdefault(grid.page, []).extend(layout.grids.get(grid.page, []))
    shared = []
    for page, held in bands.items():
        text = layout.lines.get(page)
        lines = text.lines if text is not None else []
        outside = [
            words
            for top, bottom, words in lines
            if not any(a - 1 <= (top + bottom) / 2 <= b + 1 for a, b in held) and not PAGE_NUMBER.match(words)
        ]
        if outside:
            shared.append(page)
        else:
            tables.pages.add(page)
    if shared:
        for page, heights in table_lines(Path(path), shared).items():
            for number, (top, bottom) in enumerate(heights, start=1):
                if any(a - 1 <= (top + bottom) / 2 <= b + 1 for a, b in bands[page]):
                    tables.dropped.add(f"第 {page} 页第 {number} 行")


def _height(layout: Any, line: Line) -> tuple[float, float]:
    text = layout.lines.get(line.page)
    number = int(re.search(r"第 ([0-9]+) 行", line.place.place).group(1))  # type: ignore[union-attr]
    top, bottom, _ = text.lines[number - 1]
    return top, bottom


TABLES = "部门决算表"


def write_into(data: dict[str, Any], places: dict[tuple, Paragraph], tables: Tables) -> None:
    """The tables read, in the draft's 部门决算表 (in place of the titles the narrative reader listed): each
    under its printed title, its rows with their places; a table not read is recorded without rows."""
    if not tables.reads:
        return
    recorded: dict[str, Any] = {}
    for table in tables.reads:
        name = table.found.title
        if name in recorded:
            continue
        entry: dict[str, Any] = {}
        here = (TABLES, name)
        places[here] = table.found.title_line.place
        if table.found.unit:
            entry["金额单位"] = table.found.unit
        if table.read:
            for key, block in table.blocks.items():
                target = entry if key is None else entry.setdefault(key, {})
                at = here if key is None else here + (key,)
                target["列"] = block.columns
                target["行"] = block.rows
                for index, place in enumerate(block.places):
                    places[at + ("行", index)] = place
        if table.empty_note is not None:
            entry["空表说明"] = squeeze(table.empty_note.text)
            places[here + ("空表说明",)] = table.empty_note.place
        if table.notes:
            entry["表注"] = [squeeze(line.text) for line in table.notes]
            for index, line in enumerate(table.notes):
                places[here + ("表注", index)] = line.place
        if table.residue:
            entry["模板残留"] = [text for text, _ in table.residue]
            for index, (_, place) in enumerate(table.residue):
                places[here + ("模板残留", index)] = place
        recorded[name] = entry
    data[TABLES] = recorded


_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年度?")


def identify(data: dict[str, Any], tables: Tables, path: str) -> None:
    """What a draft of tables alone needs to be checked: a year (from the tables' headings or the file name:
    XX单位2024年度部门决算表.xlsx) and a 情况说明, empty; the decimals of a workbook's figures."""
    if not tables.reads:
        return
    data.setdefault("情况说明", {})
    if tables.decimals is not None and "金额小数位" not in data:
        data["金额小数位"] = tables.decimals
    if "年度" in data:
        return
    texts = [line.text for table in tables.reads for line in table.found.lines] + [Path(path).stem]
    for text in texts:
        found = _YEAR.search(text)
        if found is not None:
            data["年度"] = int(found.group(1))
            return


def comments(tables: Tables) -> list[str]:
    """The coverage as the draft's closing comments, for the person who reviews it."""
    from juesuan_check.words import say

    if not tables.reads:
        return []
    lines = ["# 决算表的读取情况："]
    for table in tables.reads:
        first, last = table.found.pages
        where = (
            (f"第 {first} 页" if first == last else f"第 {first}–{last} 页")
            if first
            else table.found.title_line.place.place
        )
        if table.read:
            lines.append(f"# 《{table.found.title}》读入 {table.rows} 行 × {table.columns} 列（{where}）")
        else:
            assert table.reason is not None
            reason = say(table.reason[0], "zh", table.reason[1])
            lines.append(f"# 《{table.found.title}》未读入（{where}）：{reason}")
    return lines
