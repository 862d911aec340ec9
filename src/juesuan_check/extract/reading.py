"""What the reader of a document records: the report data it builds, the paragraph each value came
from, and the characters of each paragraph it understood."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Optional

from juesuan_check.extract.documents import Paragraph, Quote

Path = tuple


@dataclass
class Draft:
    data: dict[str, Any]
    places: dict[Path, Paragraph | Quote]  # the paragraph (or the words of it) each value was read from
    unread: list[tuple[Paragraph, str]]  # sentences with numbers that were not understood
    read: int = 0  # sentences with numbers that were understood


class Reading:
    """The state of one reading: the report data built so far, the paragraph each value came from, the
    spans of each paragraph that were understood, and where in the document the reader stands."""

    def __init__(self, paragraphs: list[Paragraph]):
        self.paragraphs = paragraphs
        self.data: dict[str, Any] = {}
        self.places: dict[Path, Paragraph | Quote] = {}
        self.covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
        self.base_years: dict[int, set[int]] = defaultdict(set)  # where a comparison's base year stands
        self.table_part: set[int] = set()  # the paragraphs of the part that holds the 部门决算表
        self.overview_part: set[int] = set()  # the paragraphs of 部门概况
        self.cells: set[int] = set()  # the paragraphs that are cells of a table printed in the text
        self.year_texts: list[tuple[Path, int, str]] = []  # (node, paragraph, text): candidates for 原文
        self.units: Counter[str] = Counter()
        self.part: Optional[str] = None
        self.parts_seen: set[str] = set()  # the parts of a whole report whose headings were read
        self.mode: Optional[str] = None  # within a part: duties, departments, composition …
        self.index = 0
        self.shift = 0  # where the text being read starts in its paragraph (a heading joined with its text)
        self.pending_heading: Optional[str] = None
        self.section_key: Optional[str] = None  # the 情况说明 section being read

    def cover(self, start: int, end: int) -> None:
        self.covered[self.index].append((start + self.shift, end + self.shift))

    def mark_base(self, at: int) -> None:
        """A year at ``at`` that is a comparison's base or a label a statement did not take: kept to be checked."""
        self.base_years[self.index].add(at + self.shift)

    def uncovered(self, at: int) -> bool:
        """Whether the character at ``at`` of the text being read is not understood, or is a kept year."""
        at += self.shift
        return at in self.base_years[self.index] or not any(a <= at < b for a, b in self.covered.get(self.index, []))

    def put(self, path: Path, value: Any, span: Optional[tuple[int, int]] = None) -> None:
        target: Any = self.data
        for depth, key in enumerate(path[:-1]):
            target = target.setdefault(key, {}) if isinstance(key, str) else target[key]
            self.places.setdefault(path[: depth + 1], self.paragraphs[self.index])  # a section: its first value
        target[path[-1]] = value
        paragraph = self.paragraphs[self.index]
        self.places[path] = Quote(paragraph, span[0] + self.shift, span[1] + self.shift) if span else paragraph
        if span:
            self.cover(*span)

    def append(self, path: Path, value: dict) -> Path:
        target: Any = self.data
        for key in path:
            target = (
                target.setdefault(key, [])
                if key == path[-1]
                else (target.setdefault(key, {}) if isinstance(key, str) else target[key])
            )
        target.append(value)
        here = path + (len(target) - 1,)
        self.places[here] = self.paragraphs[self.index]
        for key in value:
            self.places[here + (key,)] = self.paragraphs[self.index]
        return here

    def get(self, path: Path) -> Any:
        target: Any = self.data
        for key in path:
            try:
                target = target[key]
            except (KeyError, IndexError, TypeError):
                return None
        return target

    def adopt(self, parts: Path, whole: int, members: list[int]) -> int:
        """Move the elements ``members`` of the list at ``parts`` into the 明细 of its element ``whole`` (a
        part named before its whole: 公务用车购置费 before 公务用车购置及运行维护费), keeping the place of every
        value; returns the whole's new index."""
        before = _containers(self.data)
        siblings = self.get(parts)
        node = siblings[whole]
        moved = [siblings[i] for i in members]
        siblings[:] = [item for i, item in enumerate(siblings) if i not in members]
        node.setdefault("明细", []).extend(moved)
        after = {id_: path for path, id_ in _containers(self.data).items()}
        remap = {path: after[id_] for path, id_ in before.items() if id_ in after}
        places: dict[Path, Paragraph | Quote] = {}
        for path, paragraph in self.places.items():
            for cut in range(len(path), -1, -1):
                if path[:cut] in remap:
                    places[remap[path[:cut]] + path[cut:]] = paragraph
                    break
            else:
                places[path] = paragraph
        self.places = places
        return siblings.index(node)


def _containers(data: Any, path: Path = ()) -> dict[Path, int]:
    """The identity of every mapping and list in ``data``, by its path."""
    found = {path: id(data)}
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        if isinstance(value, (dict, list)):
            found.update(_containers(value, path + (key,)))
    return found
