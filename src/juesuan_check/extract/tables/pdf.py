"""The ruled tables of a PDF (pdfplumber) and the lines of text around them.

A page with rules is searched for tables by its lines (pdfplumber's ``lines`` strategy, as ruled tables are
drawn). Each table becomes a grid whose merged cells are placed by their extent: a header cell ruled over
three columns stands at all three positions. Lines of text are the page's characters grouped by their
height on the page and numbered from the top, so that a place — 第 8 页第 12 行 — is the line a reader
counts. Pages without rules have no table; their lines are read only where a title may stand above a
table on the next page.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.tables.items import Cell, Grid, Items, Line
from juesuan_check.report.problems import InputError, Problem

SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "intersection_tolerance": 3}
_TOLERANCE = 2.0  # points: edges this close are one rule, characters this close in height one line
PAGE_NUMBER = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—–－\s]*$")


@dataclass
class PageText:
    """A page's lines of text (outside and inside its tables), top down, with their heights."""

    lines: list[tuple[float, float, str]]  # (top, bottom, text)

    def number(self, top: float, bottom: float) -> int:
        """The number, counted from the top of the page, of the first line within [top, bottom] (else of
        the last line above it)."""
        above = 1
        for index, (line_top, line_bottom, _) in enumerate(self.lines, start=1):
            middle = (line_top + line_bottom) / 2
            if top <= middle <= bottom:
                return index
            if middle < top:
                above = index
        return above


@dataclass
class Layout:
    """Where the tables stand on each page: the bands (top, bottom) of their grids, for telling the lines
    of a table from the narrative's."""

    grids: dict[int, list[tuple[float, float]]]
    lines: dict[int, PageText]


def read(path: str) -> tuple[Items, Layout]:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError([Problem(path, None, None, "extract.library", {"library": "pdfplumber"})]) from None
    items = Items()
    layout = Layout({}, {})
    try:
        with pdfplumber.open(path) as pdf:
            pages = list(pdf.pages)
            ruled = [_may_be_ruled(page) and bool(page.lines or page.rects) for page in pages]
            for index, page in enumerate(pages):
                number = index + 1
                near = ruled[index] or (index + 1 < len(pages) and ruled[index + 1])
                if not near:
                    continue
                text = _lines(page)
                layout.lines[number] = text
                grids = _grids(page, number, text) if ruled[index] else []
                layout.grids[number] = [(top, bottom) for top, bottom, _ in grids]
                placed: list[tuple[float, Any]] = [(top, grid) for top, _, grid in grids]
                for position, (top, bottom, line) in enumerate(text.lines, start=1):
                    middle = (top + bottom) / 2
                    if any(g_top <= middle <= g_bottom for g_top, g_bottom, _ in grids):
                        continue
                    place = Paragraph(line, f"第 {number} 页第 {position} 行", number)
                    placed.append((top, Line(line, place, number)))
                placed.sort(key=lambda item: item[0])
                items.items.extend(item for _, item in placed)
    except InputError:
        raise
    except Exception as exc:  # pdfplumber raises many kinds on a damaged file
        raise InputError([Problem(path, None, None, "extract.unreadable", {"reason": str(exc)})]) from None
    return items, layout


_DRAWING = re.compile(rb"(?<![A-Za-z])(?:re|l|Do)(?![A-Za-z])")


def _may_be_ruled(page: Any) -> bool:
    """Whether a page's content draws a rectangle or a line (or a form that may): a page of text alone is
    then known without parsing its characters, which is most of a PDF's reading time."""
    from pdfminer.pdftypes import resolve1

    try:
        streams = resolve1(page.page_obj.attrs.get("Contents"))
        streams = streams if isinstance(streams, list) else [streams]
        data = b"".join(resolve1(stream).get_data() for stream in streams if stream is not None)
    except Exception:  # an unusual content stream: parse the page to know
        return True
    return bool(_DRAWING.search(data))


def _lines(page: Any) -> PageText:
    """The page's characters as lines: grouped by height, each line's characters left to right."""
    chars = sorted(
        (c for c in page.chars if c.get("text", "").strip() and c.get("upright", True)),
        key=lambda c: (c["top"], c["x0"]),
    )
    groups: list[list[dict]] = []
    for char in chars:
        if groups and char["top"] - groups[-1][0]["top"] <= _TOLERANCE:
            groups[-1].append(char)
        else:
            groups.append([char])
    lines = []
    for group in groups:
        group.sort(key=lambda c: c["x0"])
        text, last = "", None
        for char in group:
            if last is not None and char["x0"] - last > 0.6 * max(char["size"], 1):
                text += " "
            text += char["text"]
            last = char["x1"]
        lines.append((min(c["top"] for c in group), max(c["bottom"] for c in group), text.strip()))
    return PageText(lines)


def _edges(values: list[float]) -> list[float]:
    found: list[float] = []
    for value in sorted(values):
        if not found or value - found[-1] > _TOLERANCE:
            found.append(value)
    return found


def _grids(page: Any, number: int, text: PageText) -> list[tuple[float, float, Grid]]:
    found = []
    for table in page.find_tables(SETTINGS):
        cells = [cell for row in table.rows for cell in row.cells if cell is not None]
        if not cells:
            continue
        xs = _edges([c[0] for c in cells])
        ys = _edges([c[1] for c in cells])
        texts = table.extract()
        rows: list[list[Optional[Cell]]] = [[None] * len(xs) for _ in ys]
        for row, printed in zip(table.rows, texts, strict=False):
            for bbox, content in zip(row.cells, printed, strict=False):
                if bbox is None:
                    continue
                cell = Cell(content or "")
                x0, top, x1, bottom = bbox
                first_col = bisect.bisect_left(xs, x0 - _TOLERANCE)
                last_col = bisect.bisect_left(xs, x1 - _TOLERANCE)
                first_row = bisect.bisect_left(ys, top - _TOLERANCE)
                last_row = bisect.bisect_left(ys, bottom - _TOLERANCE)
                for r in range(first_row, max(last_row, first_row + 1)):
                    for c in range(first_col, max(last_col, first_col + 1)):
                        rows[r][c] = cell
        bottoms = ys[1:] + [table.bbox[3]]
        places = []
        for top, bottom, row in zip(ys, bottoms, rows, strict=False):
            line = text.number(top, bottom)
            shown = " | ".join(_distinct(row))
            places.append(Paragraph(shown, f"第 {number} 页第 {line} 行", number))
        found.append((table.bbox[1], table.bbox[3], Grid(rows, places, number)))
    return found


def _distinct(row: list[Optional[Cell]]) -> list[str]:
    seen: list[Cell] = []
    for cell in row:
        if cell is not None and all(cell is not other for other in seen):
            seen.append(cell)
    return [re.sub(r"\s+", "", cell.text) for cell in seen]


def table_lines(file: Path, pages: list[int]) -> dict[int, list[tuple[float, float]]]:
    """The heights (top, bottom) of each line the document reader numbers on ``pages`` (pdfminer's lines,
    in its order), so that its paragraphs can be placed on the page."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    found: dict[int, list[tuple[float, float]]] = {}
    wanted = sorted(pages)
    for page_number, page in zip(wanted, extract_pages(str(file), page_numbers=[p - 1 for p in wanted]), strict=False):
        on_page = [
            line
            for element in page
            if isinstance(element, LTTextContainer)
            for line in element
            if isinstance(line, LTTextLine) and line.get_text().strip()
        ]
        on_page.sort(key=lambda line: (-line.y1, line.x0))
        found[page_number] = [(page.height - line.y1, page.height - line.y0) for line in on_page]
    return found
