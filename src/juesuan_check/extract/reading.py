"""What the reader of a document records: the report data it builds, the paragraph each value came
from, and the characters of each paragraph it understood."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Optional

from juesuan_check.extract import phrases as ph
from juesuan_check.extract.documents import Paragraph

Path = tuple
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")


@dataclass
class Draft:
    data: dict[str, Any]
    places: dict[Path, Paragraph]  # the paragraph each value was read from
    unread: list[tuple[Paragraph, str]]  # sentences with numbers that were not understood


class Reading:
    """The state of one reading: the report data built so far, the paragraph each value came from, the
    spans of each paragraph that were understood, and where in the document the reader stands."""

    def __init__(self, paragraphs: list[Paragraph]):
        self.paragraphs = paragraphs
        self.data: dict[str, Any] = {}
        self.places: dict[Path, Paragraph] = {}
        self.covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
        self.units: Counter[str] = Counter()
        self.part: Optional[str] = None
        self.mode: Optional[str] = None  # within a part: duties, departments, composition …
        self.section: Optional[str] = None
        self.sub: Optional[str] = None  # 总体情况 or 功能分类 within 财政拨款支出
        self.cls: Optional[Path] = None  # the current 功能分类 class
        self.index = 0
        self.pending_heading: Optional[str] = None
        self.numbered = False

    def cover(self, start: int, end: int) -> None:
        self.covered[self.index].append((start, end))

    def put(self, path: Path, value: Any, span: Optional[tuple[int, int]] = None) -> None:
        target: Any = self.data
        for depth, key in enumerate(path[:-1]):
            target = target.setdefault(key, {}) if isinstance(key, str) else target[key]
            self.places.setdefault(path[: depth + 1], self.paragraphs[self.index])  # a section: its first value
        target[path[-1]] = value
        self.places[path] = self.paragraphs[self.index]
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

    def node(self) -> Path:
        base = ("情况说明", self.section)
        return base + ((self.sub,) if self.sub else ())

    def money(self, item: ph.Item) -> None:
        self.units[item.unit] += 1

    def labels(self, text: str) -> None:
        for found in ph.years(text):
            self.cover(found.start, found.end)

    def labels_at(self, words: str, offset: int) -> None:
        for found in ph.years(words) or []:
            self.cover(offset + found.start, offset + found.end)
        for match in re.finditer(r"(?:19|20)[0-9]{2}(?=[\u4e00-\u9fff])", words):
            self.cover(offset + match.start(), offset + match.end())

    def year(self, node: Path, words: str, offset: int, leading: bool = False) -> None:
        found = ph.year(words)
        if found is not None and (not leading or found.start <= 1) and self.get(node + ("年度",)) is None:
            self.put(node + ("年度",), found.value, (offset + found.start, offset + found.end))

    def child_named(self, node: Path, subject: str) -> Optional[Path]:
        children = self.get(node + ("明细",)) or []
        subject = re.sub(r"^(?:19|20)[0-9]{2}\s*年?度?", "", subject)
        for index, child in enumerate(children):
            name = child.get("名称", "")
            if subject and (name.startswith(subject) or subject.startswith(name) or name in subject):
                return node + ("明细", index)
        return None

    def last_child(self, node: Path) -> Optional[Path]:
        children = self.get(node + ("明细",))
        return node + ("明细", len(children) - 1) if children else None

    def share(self, path: Path, sentence: str, offset: int) -> None:
        found = ph.share(sentence)
        if found is not None:
            self.put(path + ("占比",), f"{found.value}%", (offset + found.start, offset + found.end))

    def change(self, path: Path, change: ph.Change, offset: int) -> None:
        statement: dict[str, Any] = {"增减": change.word}
        if change.amount is not None:
            statement["金额"] = change.amount
        if change.percent is not None:
            statement["幅度"] = f"{change.percent}%"
            statement["幅度增减"] = change.percent_word
        if change.reason:
            statement["原因"] = change.reason
        self.put(path + ("与上年相比",), statement, (offset + change.start, offset + change.end))
        for key in statement:
            self.places[path + ("与上年相比", key)] = self.paragraphs[self.index]
