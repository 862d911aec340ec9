"""Reading a published report document into paragraphs, each with where it stands in the document.

Plain text (UTF-8, or GBK/GB18030 as Chinese Windows editors save it), Word .docx (python-docx) and
PDF with a text layer (pdfminer.six). A PDF page without text — a scan — is refused with a message
rather than turned into an empty draft.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from juesuan_check.extract.normalize import normalize_mapped
from juesuan_check.report.loader import MAX_BYTES, decode
from juesuan_check.report.places import Anchor, Box, Placed, by_line
from juesuan_check.report.problems import InputError, Problem


@dataclass(frozen=True, eq=False)
class Line:
    """A line of the document as printed: its text, where it stands, and (in a PDF) the box of each character.

    ``number`` is the line on its page (PDF), in the file (text) or the paragraph's number (Word); ``start`` is
    where ``text`` begins in that printed line or paragraph (the spaces before it were left out)."""

    text: str
    page: int = 0  # 0: a format without pages
    number: int = 0
    boxes: tuple[Optional[Box], ...] = ()  # one per character of ``text``; empty where the format has none
    start: int = 0

    @property
    def place(self) -> str:
        return f"第 {self.page} 页第 {self.number} 行" if self.page else ""


@dataclass(frozen=True, eq=False)
class Paragraph:
    """A paragraph as the reader reads it: its text in the one form (``normalize``), where a finding shows it,
    and the printed lines it was joined from, with the character each of its characters came from."""

    text: str
    place: str  # 第 12 行, 第 12 段, 第 3 页第 4 行
    line: int  # the number a finding shows: the text line, the paragraph, or the page
    lines: tuple[Line, ...] = ()
    offsets: tuple[int, ...] = ()  # per character of ``text``: its index in the lines' printed text joined
    _starts: tuple[int, ...] = field(default=(), repr=False)  # where each line begins in the joined text

    @classmethod
    def of(cls, lines: list[Line], place: str, line: int) -> Paragraph:
        """The paragraph of ``lines`` (joined as printed, with nothing between them), normalised."""
        text, offsets = normalize_mapped("".join(item.text for item in lines))
        starts, at = [], 0
        for item in lines:
            starts.append(at)
            at += len(item.text)
        return cls(text, place, line, tuple(lines), offsets, tuple(starts))

    def printed(self, start: int, end: int) -> list[tuple[Line, int, int]]:
        """The printed characters of ``text[start:end]``: each line they stand on, with the span in it."""
        if not self.lines or not 0 <= start < end <= len(self.offsets):
            return []
        first, last = self.offsets[start], self.offsets[end - 1] + 1
        found = []
        for index, item in enumerate(self.lines):
            begin = self._starts[index]
            low, high = max(first, begin), min(last, begin + len(item.text))
            if low < high:
                found.append((item, low - begin, high - begin))
        return found

    def anchor(
        self, start: int = 0, end: Optional[int] = None, placed: Placed = Placed.EXPLICIT, evidence: tuple = ()
    ) -> Anchor:
        """Where ``text[start:end]`` is printed (the whole paragraph by default), and how it was placed."""
        end = len(self.text) if end is None else end
        spans = self.printed(start, end)
        if not spans:
            return Anchor(self.place, self.line, text=self.text[start:end], placed=placed, evidence=evidence)
        (first, low, _), (last, _, high) = spans[0], spans[-1]
        chars: list[Optional[Box]] = []
        for index in range(start, end):
            line, at = self._at(self.offsets[index])
            chars.append(line.boxes[at] if line.boxes else None)
        boxes = by_line([box for box in chars if box is not None])
        return Anchor(
            first.place or self.place,
            self.line,
            page=first.page or None,
            row=first.number or None,
            boxes=tuple(boxes),
            text=self.text[start:end],
            chars=tuple(chars) if boxes else (),
            paragraph=None if first.page else first.number,
            start=None if first.page else first.start + low,
            end=None if first.page or last is not first else first.start + high,
            placed=placed,
            evidence=evidence,
        )

    def _at(self, offset: int) -> tuple[Line, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.lines[index], offset - self._starts[index]


@dataclass(frozen=True)
class Quote:
    """The words of a paragraph a value was read from: ``paragraph.text[start:end]``."""

    paragraph: Paragraph
    start: int
    end: int

    @property
    def place(self) -> str:
        return self.paragraph.place

    @property
    def line(self) -> int:
        return self.paragraph.line

    @property
    def text(self) -> str:
        return self.paragraph.text

    def anchor(self, placed: Placed = Placed.EXPLICIT, evidence: tuple = ()) -> Anchor:
        return self.paragraph.anchor(self.start, self.end, placed, evidence)


def read(path: str) -> list[Paragraph]:
    file = Path(path)
    if not file.exists():
        raise InputError([Problem(path, None, None, "file.missing")])
    if file.stat().st_size > 20 * MAX_BYTES:
        raise InputError([Problem(path, None, None, "file.too_large", {"limit": 20 * MAX_BYTES // 1024})])
    suffix = file.suffix.lower()
    if suffix == ".docx":
        return _docx(file)
    if suffix == ".pdf":
        return _pdf(file)
    return _text(file)


def _text(file: Path) -> list[Paragraph]:
    """Paragraphs of a text file: a line that fills the width the document wraps at continues on the next
    (text copied out of a PDF keeps its hard line breaks)."""
    text = decode(file.read_bytes()[:MAX_BYTES], str(file))
    lines = [_stripped(line, number) for number, line in enumerate(text.splitlines(), start=1)]
    lengths = sorted(len(line.text) for line in lines if len(line.text) >= 10)
    wrap = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 5 else None
    paragraphs: list[Paragraph] = []
    current: list[Line] = []
    for line in lines:
        if not line.text:
            _flush(paragraphs, current)
            current = []
            continue
        joined = "".join(item.text for item in current)
        if current and (_continues(current[-1].text, line.text, wrap) or _heading_goes_on(joined, line.text)):
            current.append(line)  # whether the last line as printed filled the width decides whether it goes on
            continue
        _flush(paragraphs, current)
        current = [line]
    _flush(paragraphs, current)
    return paragraphs


def _stripped(text: str, number: int, page: int = 0) -> Line:
    body = text.strip()
    return Line(body, page, number, start=len(text) - len(text.lstrip()) if body else 0)


def _flush(paragraphs: list[Paragraph], lines: list[Line]) -> None:
    if lines:
        paragraphs.append(Paragraph.of(lines, f"第 {lines[0].number} 行", lines[0].number))


def _continues(text: str, following: str, wrap: Optional[int]) -> bool:
    """Whether the line ``text`` goes on in the next: it fills the wrap width, does not end a sentence, and
    the next line does not start a heading or a numbered item."""
    if re.search(r"[0-9]\s*$", text) and re.match(r"\s*(?:万元|亿元|元|%|万)", following):
        return True  # a figure broken from its unit
    if wrap is None or len(text) < 0.85 * wrap:
        return False
    if _REASON_OPENS.search(text):
        return not NUMBERED.match(following)  # …主要原因是：| 本单位… goes on: a reason is one sentence
    return not text.endswith(_ENDS) and not NUMBERED.match(following)


def _heading_goes_on(text: str, following: str) -> bool:
    """A numbered heading broken in the middle of its words (二、…安排的机关运行 / 经费支出情况说明): the next line
    is short, names no figure, and ends as a heading does."""
    return bool(
        re.match(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])", text)
        and not re.search(r"[0-9。；：]", text)
        and len(following) <= 20
        and not NUMBERED.match(following)
        and not re.search(r"[0-9]", following)
        and re.search(r"(?:情况说明|决算情况|情况|说明)[。：]?$", following)
    )


# A sentence's or a list's end, after which a line break is a paragraph break.
_ENDS = ("。", "：", ":", "；", ";", "！", "？")
# …主要原因是： at the end of a full line: the reason follows on the next, in the same sentence.
_REASON_OPENS = re.compile(r"原因(?:主要)?(?:是|为|在于)?[：:]$")
# The start of a heading or a numbered item: 第一部分, 一、, （一）, 1., 1、, (1), ①.
NUMBERED = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]"
    r"|[0-9]+\s*[.．、](?![0-9])|[①②③④⑤⑥⑦⑧⑨⑩])"
)


def _docx(file: Path) -> list[Paragraph]:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError([Problem(str(file), None, None, "extract.library", {"library": "python-docx"})]) from None
    try:
        document = docx.Document(str(file))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError([Problem(str(file), None, None, "extract.unreadable", {"reason": str(exc)})]) from None
    paragraphs = []
    for number, paragraph in enumerate(document.paragraphs, start=1):
        line = _stripped(paragraph.text, number)
        if line.text:
            paragraphs.append(Paragraph.of([line], f"第 {number} 段", number))
    return paragraphs


def _pdf(file: Path) -> list[Paragraph]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer, LTTextLine
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError([Problem(str(file), None, None, "extract.library", {"library": "pdfminer.six"})]) from None
    pages: list[list[_Line]] = []
    try:
        for page_number, page in enumerate(extract_pages(str(file)), start=1):
            on_page = [
                line
                for element in page
                if isinstance(element, LTTextContainer)
                for line in element
                if isinstance(line, LTTextLine) and line.get_text().strip()
            ]
            on_page.sort(key=lambda line: (-line.y1, line.x0))
            pages.append(
                [
                    _Line(_printed(line, page_number, number), line.x1, line.y0, line.y1, page_number, number)
                    for number, line in enumerate(on_page, start=1)
                ]
            )
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise InputError([Problem(str(file), None, None, "extract.unreadable", {"reason": str(exc)})]) from None
    if not any(pages):
        raise InputError([Problem(str(file), None, None, "extract.no_text", {"pages": len(pages)})])
    return _join_wrapped(_without_running_lines(pages))


def _printed(line, page: int, number: int) -> Line:  # type: ignore[no-untyped-def]
    """A pdfminer line as printed: its text without the spaces around it, each character with its box."""
    from pdfminer.layout import LTChar

    chars = [(child.get_text(), child.bbox if isinstance(child, LTChar) else None) for child in line]
    text = "".join(char for char, _ in chars)
    boxes = [Box(page, *bbox) if bbox else None for char, bbox in chars for _ in char]
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return Line(body, page, number, tuple(boxes[lead : lead + len(body)]), lead)


@dataclass(frozen=True)
class _Line:
    printed: Line
    right: float
    bottom: float
    top: float
    page: int
    number: int  # on the page

    @property
    def text(self) -> str:
        return self.printed.text

    @property
    def width(self) -> float:
        """About one character's width."""
        return max(self.top - self.bottom, 1.0)


_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—–－\s]*$")


def _without_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without their page numbers and running headers or footers (the same line at the top or the
    bottom of three pages or more, or of both pages of two)."""
    edges: dict[str, int] = {}
    for lines in pages:
        for text in {line.text for line in lines[:2] + lines[-2:]}:  # once a page, however short the page
            edges[text] = edges.get(text, 0) + 1
    # on three pages or more; in a document of two pages, on both
    running = {text for text, count in edges.items() if count >= min(3, len(pages)) and len(pages) >= 2}
    kept = []
    for lines in pages:
        keep = []
        for index, line in enumerate(lines):
            at_edge = index < 2 or index >= len(lines) - 2
            if at_edge and (_PAGE_NUMBER.match(line.text) or line.text in running):
                continue
            keep.append(line)
        kept.append(keep)
    return kept


def _margin(lines: list[_Line]) -> float:
    """The right edge of a page's body text: where most of its full lines end."""
    long = [round(line.right) for line in lines if len(line.text) >= 12]
    if not long:
        return max((line.right for line in lines), default=0.0)
    counts: dict[int, int] = {}
    for edge in long:
        for near in (edge - 1, edge, edge + 1):
            counts[near] = counts.get(near, 0) + 1
    edge, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    return float(edge) if count >= 3 else float(max(long))


def _join_wrapped(pages: list[list[_Line]]) -> list[Paragraph]:
    """Paragraphs from a PDF's lines: a line that reaches its page's right margin and does not end a sentence
    continues on the next line, also across a page break, unless the next line starts a heading or an item."""
    paragraphs: list[Paragraph] = []
    current: list[_Line] = []
    full = False
    for lines in pages:
        margin = _margin(lines)
        for line in lines:
            if full and current and not NUMBERED.match(line.text):
                current.append(line)
            else:
                _flush_pdf(paragraphs, current)
                current = [line]
            # a line that fills the width goes on, unless it ends a sentence (a colon or a semicolon at
            # the margin is where the line happened to break)
            full = line.right >= margin - 1.5 * line.width and not line.text.endswith(("。", "！", "？"))
    _flush_pdf(paragraphs, current)
    return paragraphs


def _flush_pdf(paragraphs: list[Paragraph], lines: list[_Line]) -> None:
    if lines:
        first = lines[0]
        paragraphs.append(Paragraph.of([line.printed for line in lines], first.printed.place, first.page))
