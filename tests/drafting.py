"""Helpers for the reading tests: a document the test writes, what `juesuan extract` drafts from it, and what
`juesuan check` reports on it.

Every document of these tests is written by the test itself, in the forms real reports print, with invented
units and figures (某县某局, 某市某区某中心): no sentence is copied from a published report.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from juesuan_check.cli import main
from juesuan_check.extract import Extraction, extract


def write_text(tmp_path: Path, text: str, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def draft(tmp_path: Path, text: str, name: str = "doc.txt") -> Extraction:
    """What the reader drafts from ``text`` saved as a plain-text document."""
    return extract(str(write_text(tmp_path, text, name)))


def plain(value: Any) -> Any:
    """``value`` with every Decimal written as printed (12.30 stays 12.30), so that whole nodes compare exactly."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def at(data: dict, *path: Any) -> Any:
    """The value at ``path`` (keys and list indexes) of the drafted data, as printed."""
    target: Any = data
    for key in path:
        target = target[key]
    return plain(target)


def names(node: dict) -> list[str]:
    """The names of a node's parts, in order."""
    return [part["名称"] for part in node.get("明细", [])]


def part(node: dict, name: str) -> dict:
    """The part of ``node`` named exactly ``name``."""
    found = [item for item in node.get("明细", []) if item.get("名称") == name]
    assert len(found) == 1, f"{name} among {names(node)}"
    return plain(found[0])


def unread(extraction: Extraction) -> list[str]:
    return [sentence for _, sentence in extraction.unread]


def check_json(path: Path, *options: str) -> dict:
    """`juesuan check --format json` on a document: the file's entry (status, findings, reading)."""
    result = CliRunner().invoke(main, ["check", "--format", "json", "--isolated", *options, str(path)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["files"][0]


def codes(entry: dict) -> list[tuple[str, int]]:
    """(code, line) of every finding of a checked document, in order."""
    return [(finding["code"], finding["line"]) for finding in entry["findings"]]


def write_pdf_pages(
    paragraphs: list[list[str]],
    target: Path,
    per_page: int,
    header: str | None = None,
    width: float = 408.0,
) -> Path:
    """A text PDF of ``paragraphs``, each given as the lines it is broken into. Every line of a paragraph but its
    last is justified to ``width`` points, as a word processor sets a full line; a page holds ``per_page`` lines,
    with ``header`` at its top and its number (- 3 -) at its foot, as running lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font, size = "STSong-Light", 12
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    page = canvas.Canvas(str(target), pagesize=A4)
    lines = [(line, index < len(lines) - 1) for lines in paragraphs for index, line in enumerate(lines)]
    for number, start in enumerate(range(0, len(lines), per_page), start=1):
        page.setFont(font, size)
        if header:
            page.drawString(50, 810, header)
        y = 780
        for line, full in lines[start : start + per_page]:
            natural = pdfmetrics.stringWidth(line, font, size)
            assert natural <= width, f"a line wider than the page: {line}"
            spacing = (width - natural) / (len(line) - 1) if full and len(line) > 1 else 0.0
            assert spacing < 1.0, f"a full line too short to be justified: {line}"
            page.drawString(50, y, line, charSpace=spacing)
            y -= 18
        page.drawString(280, 40, f"- {number} -")
        page.showPage()
    page.save()
    return target
