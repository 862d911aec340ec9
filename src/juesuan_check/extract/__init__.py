"""`juesuan extract`: from a published document (text, .docx, text PDF) to a YAML draft of the report."""

from __future__ import annotations

from dataclasses import dataclass

from juesuan_check.extract.documents import Paragraph, read
from juesuan_check.extract.draft import Written, write
from juesuan_check.extract.narrative import Draft
from juesuan_check.extract.narrative import read as read_narrative


@dataclass(frozen=True)
class Extraction:
    draft: Draft
    written: Written

    @property
    def unread(self) -> list[tuple[Paragraph, str]]:
        return self.draft.unread


def extract(path: str) -> Extraction:
    draft = read_narrative(read(path))
    return Extraction(draft, write(draft, path))


__all__ = ["Extraction", "extract"]
