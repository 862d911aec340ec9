"""Writing a report's text as a Word document and as a text PDF, for the extraction tests."""

from __future__ import annotations

from pathlib import Path


def write_docx(lines: list[str], target: Path) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(target))
    return target


def write_pdf(lines: list[str], target: Path, width: float = 420, text: bool = True) -> Path:
    """A PDF whose lines wrap at ``width`` points, as a word processor wraps them; with ``text`` False,
    pages with only drawings, like a scan."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(target), pagesize=A4)
    if not text:
        page.rect(50, 50, 400, 700, fill=1)
        page.showPage()
        page.save()
        return target
    y = 800
    for line in lines:
        chunks, current = [], ""
        for char in line:
            if pdfmetrics.stringWidth(current + char, "STSong-Light", 12) > width:
                chunks.append(current)
                current = ""
            current += char
        chunks.append(current)
        for chunk in chunks:
            if y < 60:
                page.showPage()
                y = 800
            page.setFont("STSong-Light", 12)
            page.drawString(50, y, chunk)
            y -= 18
    page.save()
    return target
