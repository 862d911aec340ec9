"""`juesuan extract`: from a published document (text, .docx, PDF, Excel workbook, web page) to a YAML draft
of the report."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from juesuan_check.extract.documents import Paragraph, read
from juesuan_check.extract.draft import Written, write
from juesuan_check.extract.narrative import Draft
from juesuan_check.extract.narrative import read as read_narrative


@dataclass(frozen=True)
class Extraction:
    draft: Draft
    written: Written
    tables: list[dict[str, Any]] = field(default_factory=list)  # the coverage of the tables (extract.tables)

    @property
    def unread(self) -> list[tuple[Paragraph, str]]:
        return self.draft.unread


def extract(path: str) -> Extraction:
    # The tables first, so that their paragraphs are not read as the narrative's.
    from juesuan_check.extract import tables

    _exists(path)
    found = tables.read_tables(path)
    if found.paragraphs is not None:  # a workbook or a web page: its text as the table reader saw it
        paragraphs = found.paragraphs
    else:
        paragraphs = found.narrative(read(path))
    draft = read_narrative(paragraphs)
    tables.write_into(draft.data, draft.places, found)
    tables.identify(draft.data, found, path)
    written = write(draft, path)
    comments = tables.comments(found)
    if comments:  # after the last line, so that no drafted line moves
        written = replace(written, text=written.text + "\n" + "\n".join(comments) + "\n")
    return Extraction(draft, written, found.coverage)


def _exists(path: str) -> None:
    """The document reader's own problems (a missing file, one too large) before the tables are looked for."""
    from juesuan_check.report.loader import MAX_BYTES

    file = Path(path)
    if not file.exists() or file.stat().st_size > 20 * MAX_BYTES:
        read(path)


__all__ = ["Extraction", "extract"]
