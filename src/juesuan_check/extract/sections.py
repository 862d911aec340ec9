"""The readers of the 情况说明 sections whose paragraphs are not statements of amounts, registered by the
section key they fill in the report file.

A reader is a function ``read(reading, text) -> bool`` that takes one paragraph of its section, records what
it understood, and says whether it did; a paragraph it leaves is read by the statement reader, like those of
every other section.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from juesuan_check.extract.reading import Reading

SectionReader = Callable[["Reading", str], bool]
SECTIONS: dict[str, SectionReader] = {}


def section(*keys: str) -> Callable[[SectionReader], SectionReader]:
    """Register a reader for the sections ``keys``."""

    def register(read: SectionReader) -> SectionReader:
        for key in keys:
            if key in SECTIONS:
                raise ValueError(f"section {key!r} has two readers")
            SECTIONS[key] = read
        return read

    return register
