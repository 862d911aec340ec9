"""Where a value of a report drafted from a published document is printed, and how the reader placed it.

A report file typed by a person has neither: what it records is what its author says the document prints.
A report drafted by ``juesuan extract`` (and checked in the same run by ``juesuan check DOC``) carries an
``Anchor`` for each value it read: the place a reader finds it (第 3 页第 4 行), the boxes of its printed
characters on the page (for marking the document), and how sure the reading is — the subject the clause named,
one it inherited from its heading or list, or one inferred — with what corroborates it (a table cell of the same
subject that prints the same figure). Findings computed from a weak reading are held back by the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Optional


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a page of a PDF, in the page's user space (points, origin at the bottom left, as PDF
    annotations are placed)."""

    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Box) -> Box:
        return Box(
            self.page, min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1)
        )


class Placed(StrEnum):
    """How the reader chose the place of a value."""

    EXPLICIT = "explicit"  # the clause names its subject (or a table cell under its row and column)
    INHERITED = "inherited"  # the subject comes from the heading, an open list or the numbered item it stands in
    INFERRED = "inferred"  # the subject was guessed: by order, position, or being the only candidate


@dataclass(frozen=True)
class Anchor:
    """Where a drafted value is printed in its document, and how it was read.

    ``place`` and ``line`` are what a finding shows (第 3 页第 4 行; the page for a PDF, the paragraph for Word,
    the line for text). ``page``/``row`` are the page and the line on it. ``boxes`` cover the printed
    characters, one box per line they stand on (PDF only). ``text`` is the printed words the value was read from
    and ``chars`` the box of each of its characters (None for a character with none), so that a place within a
    text value (a year inside a 原文) can be boxed by itself. ``paragraph``/``start``/``end`` locate the words in
    the document's own paragraph as printed (a Word document's body paragraph, by its number), for writing a
    comment or a correction there. ``cell`` is a workbook's cell (Sheet1!C5).
    """

    place: str
    line: int
    page: Optional[int] = None
    row: Optional[int] = None
    boxes: tuple[Box, ...] = ()
    text: str = ""
    chars: tuple[Optional[Box], ...] = ()
    paragraph: Optional[int] = None
    start: Optional[int] = None
    end: Optional[int] = None
    cell: Optional[str] = None
    placed: Placed = Placed.EXPLICIT
    evidence: tuple[str, ...] = ()  # what corroborates the value (a table cell that prints the same figure)

    @property
    def weak(self) -> bool:
        """Inferred and corroborated by nothing: a finding computed from it is at most a warning."""
        return self.placed is Placed.INFERRED and not self.evidence

    def within(self, start: int, end: int) -> Anchor:
        """The anchor of the characters ``start:end`` of ``text`` (a place inside a text value)."""
        if not self.chars or not 0 <= start < end <= len(self.chars):
            return self
        boxes = by_line([box for box in self.chars[start:end] if box is not None])
        shift = self.start if self.start is not None else None
        return replace(
            self,
            boxes=tuple(boxes) or self.boxes,
            text=self.text[start:end],
            chars=self.chars[start:end],
            start=None if shift is None else shift + start,
            end=None if shift is None else shift + end,
        )


def by_line(boxes: list[Box]) -> list[Box]:
    """Character boxes merged into one box per printed line (characters that overlap vertically on a page)."""
    merged: list[Box] = []
    for box in boxes:
        last = merged[-1] if merged else None
        if last is not None and last.page == box.page and box.y0 < last.y1 and last.y0 < box.y1 and box.x0 >= last.x0:
            merged[-1] = last.union(box)
        else:
            merged.append(box)
    return merged
