"""Reading a published report document into paragraphs, each with where it stands in the document.

Plain text (UTF-8, or GBK/GB18030 as Chinese Windows editors save it), Word .docx (python-docx) and
PDF with a text layer (pdfminer.six). A PDF page without text — a scan — is refused with a message
rather than turned into an empty draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
    text = decode(file.read_bytes()[:MAX_BYTES], str(file))
    return [
        Paragraph(line.strip(), f"第 {number} 行", number)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


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
            paragraphs.append(Paragraph(paragraph.text.strip(), f"第 {number} 段", number))
    return paragraphs


def _pdf(file: Path) -> list[Paragraph]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer, LTTextLine
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError([Problem(str(file), None, None, "extract.library", {"library": "pdfminer.six"})]) from None
    lines: list[tuple[str, float, float, str, int]] = []  # text, right edge, char width, place, page
    pages = 0
    try:
        for page_number, page in enumerate(extract_pages(str(file)), start=1):
            pages += 1
            on_page = [
                line
                for element in page
                if isinstance(element, LTTextContainer)
                for line in element
                if isinstance(line, LTTextLine) and line.get_text().strip()
            ]
            on_page.sort(key=lambda line: (-line.y1, line.x0))
            for number, line in enumerate(on_page, start=1):
                text = line.get_text().strip()
                width = (line.x1 - line.x0) / max(len(text), 1)
                lines.append((text, line.x1, width, f"第 {page_number} 页第 {number} 行", page_number))
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise InputError([Problem(str(file), None, None, "extract.unreadable", {"reason": str(exc)})]) from None
    if not lines:
        raise InputError([Problem(str(file), None, None, "extract.no_text", {"pages": pages})])
    return _join_wrapped(lines)


def _join_wrapped(lines: list[tuple[str, float, float, str, int]]) -> list[Paragraph]:
    """Paragraphs from a PDF's lines: a line that reaches the right margin continues on the next line."""
    right = max(edge for _, edge, _, _, _ in lines)
    paragraphs: list[Paragraph] = []
    text, place, page, full = "", "", 0, False
    for line, edge, width, where, number in lines:
        if full and text:
            text += line
        else:
            if text:
                paragraphs.append(Paragraph(text, place, page))
            text, place, page = line, where, number
        full = edge >= right - 1.5 * width and not line.endswith(("。", "：", ":"))
    if text:
        paragraphs.append(Paragraph(text, place, page))
    return paragraphs
