"""Reading a published report document into paragraphs, each with where it stands in the document.

Plain text (UTF-8, or GBK/GB18030 as Chinese Windows editors save it), Word .docx (python-docx) and
PDF with a text layer (pdfminer.six). A PDF page without text — a scan — is refused with a message
rather than turned into an empty draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from juesuan_check.extract.normalize import normalize
from juesuan_check.report.loader import MAX_BYTES, decode
from juesuan_check.report.problems import InputError, Problem


@dataclass(frozen=True)
class Paragraph:
    text: str
    place: str  # 第 12 行, 第 12 段, 第 3 页第 4 行
    line: int  # the number a finding shows: the text line, the paragraph, or the page


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
    lines = [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1)]
    lengths = sorted(len(line) for _, line in lines if len(line) >= 10)
    wrap = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 5 else None
    paragraphs: list[Paragraph] = []
    current: Optional[tuple[int, str]] = None
    last = ""  # the paragraph's last line as printed: whether it filled the width decides whether it goes on
    for number, line in lines:
        if not line:
            current = _flush(paragraphs, current, "行")
            continue
        if current is not None and (_continues(last, line, wrap) or _heading_goes_on(current[1], line)):
            current, last = (current[0], current[1] + line), line
            continue
        _flush(paragraphs, current, "行")
        current, last = (number, line), line
    _flush(paragraphs, current, "行")
    return paragraphs


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


def _flush(paragraphs: list[Paragraph], current: Optional[tuple[int, str]], unit: str) -> None:
    if current is not None:
        number, text = current
        paragraphs.append(Paragraph(normalize(text), f"第 {number} {unit}", number))
    return None


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
        if paragraph.text.strip():
            paragraphs.append(Paragraph(normalize(paragraph.text.strip()), f"第 {number} 段", number))
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
                    _Line(line.get_text().strip(), line.x1, line.y0, line.y1, page.height, page_number, number)
                    for number, line in enumerate(on_page, start=1)
                ]
            )
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise InputError([Problem(str(file), None, None, "extract.unreadable", {"reason": str(exc)})]) from None
    if not any(pages):
        raise InputError([Problem(str(file), None, None, "extract.no_text", {"pages": len(pages)})])
    return _join_wrapped(_without_running_lines(pages))


@dataclass(frozen=True)
class _Line:
    text: str
    right: float
    bottom: float
    top: float
    height: float  # of the page
    page: int
    number: int  # on the page

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
    text, first, full = "", None, False
    for lines in pages:
        margin = _margin(lines)
        for line in lines:
            if full and text and not NUMBERED.match(line.text):
                text += line.text
            else:
                if text and first is not None:
                    paragraphs.append(Paragraph(normalize(text), f"第 {first.page} 页第 {first.number} 行", first.page))
                text, first = line.text, line
            # a line that fills the width goes on, unless it ends a sentence (a colon or a semicolon at
            # the margin is where the line happened to break)
            full = line.right >= margin - 1.5 * line.width and not line.text.endswith(("。", "！", "？"))
    if text and first is not None:
        paragraphs.append(Paragraph(normalize(text), f"第 {first.page} 页第 {first.number} 行", first.page))
    return paragraphs
