"""What a document's reader hands the table reader, whatever the format: its text lines and its grids, in
the order the document prints them, each with its place.

A grid is a table as ruled: rows of positions, each holding the cell printed there. A merged cell is one
``Cell`` at every position it covers (python-docx and the spreadsheet readers repeat it; the PDF and HTML
readers place it by its extent), so that a header spanning three columns is read once per column and
known to be one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Optional, Union

from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.normalize import normalize


@dataclass(eq=False)
class Cell:
    """One printed cell. ``held`` is a spreadsheet cell's own value where it differs from what the cell
    shows (6.2 shown as 6.20): the shown text is what was published."""

    text: str
    held: Optional[str] = None


@dataclass
class Grid:
    rows: list[list[Optional[Cell]]]
    places: list[Paragraph]  # one per row
    page: int = 0  # the page (or sheet) it is printed on, for the coverage

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass(frozen=True)
class Line:
    """A line of text outside the grids: a title, a unit line, a note, or the narrative."""

    text: str
    place: Paragraph
    page: int = 0


Item = Union[Line, Grid]


@dataclass
class Items:
    """A document as the table reader sees it."""

    items: list[Item] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)  # its text, for the narrative reader (HTML, Excel)
    decimals: Optional[int] = None  # the decimals of a workbook's figures shown without trailing zeros


def squeeze(text: Optional[str]) -> str:
    """A cell's or a line's text as compared: wrapped lines joined, spaces dropped, forms folded."""
    return normalize(re.sub(r"\s+", "", text or ""))


# A blank cell as documents print it; a placeholder of the template (… or 。。。, XX).
BLANKS = frozenset({"", "-", "—", "–", "－", "——", "--", "/", "／"})
PLACEHOLDER = re.compile(r"^(?:[…．.。·]+|[XxＸｘ×*＊]+)$")
_NUMBER = re.compile(r"^[-−]?[0-9]+(?:\.[0-9]+)?$")


def number(text: str) -> Union[Decimal, None, str]:
    """A value cell: its figure with the decimals printed, None for a blank, or its text when it is
    neither (a placeholder, a word)."""
    plain = re.sub(r"\s+", "", text or "").replace(",", "").replace("，", "").replace("−", "-")
    if plain in BLANKS:
        return None
    if _NUMBER.match(plain):
        try:
            return Decimal(plain)
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            return plain
    return squeeze(text)


def is_number(text: str) -> bool:
    return isinstance(number(text), Decimal)
