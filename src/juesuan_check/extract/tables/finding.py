"""Where each table stands in a document: its title line, the unit line under it, the grids that follow
until the next title (a table crossing pages does not repeat its title, and often not its header), and the
lines printed under it — the empty-table sentence, notes, an instruction of the template left in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from juesuan_check.extract.tables.items import Grid, Item, Line, squeeze
from juesuan_check.extract.tables.specs import Candidate, Specs, unknown_title

UNIT = re.compile(r"(?:金额)?单位[：:]\s*(?P<unit>万元|元|亿元|千元)")
# Lines printed under a table: a note, the empty-table sentence, the template's instruction.
_NOTE_START = re.compile(r"^(?:注|说明|备注|附注)\s*[0-9一二三四五六七八九十]*[：:.．、]")
EMPTY = re.compile(r"本表无数据|故本表为空|本表为空表|空表|故本表无")
_INSTRUCTION = re.compile(r"仍保留该表格式|本表下方作下述说明|不涉及的不列|此处填写")
# The fixed note of the template under every table (注：本表反映部门本年度…情况。), which says nothing of the
# unit's figures: not recorded.
FIXED_NOTE = re.compile(r"^注[：:]\s*本表反映")
# A line that may stand between a title and its grid: the unit line, the form's number and the unit's
# name (公开01表, 部门：…, 编制单位：…), a date.
_BETWEEN = re.compile(
    r"^(?:公开\s*[0-9]+\s*表|(?:编制)?(?:部门|单位)[：:]|[0-9]{4}年(?:[0-9]{1,2}月)?|表[0-9一二三四五六七八九十]+$)"
)
PART = re.compile(r"^第[一二三四五六七八九十]部分")


@dataclass
class Found:
    """A table as it stands in the document, before its cells are read."""

    title: str  # as printed
    title_line: Line
    candidates: tuple[Candidate, ...]  # the tables of the profiles its title may be (none: unknown)
    unit: Optional[str] = None
    grids: list[Grid] = field(default_factory=list)
    under: list[Line] = field(default_factory=list)  # the lines printed under it
    lines: list[Line] = field(default_factory=list)  # every line of text that belongs to it

    @property
    def pages(self) -> tuple[int, int]:
        pages = [grid.page for grid in self.grids] or [self.title_line.page]
        return min(pages), max(pages)


def find(items: list[Item], specs: Specs) -> list[Found]:
    found: list[Found] = []
    current: Optional[Found] = None
    heading: list[Line] = []  # lines just above a title that head the tables (XX局2024年度部门决算表)
    for index, item in enumerate(items):
        if isinstance(item, Grid):
            if current is not None and not current.under:
                current.grids.append(item)
            else:
                current = None  # a grid under no title: not one of the 决算表 (a list of units …)
            continue
        text = squeeze(item.text)
        if not text:
            continue
        title = specs.title(item.text)
        unknown = unknown_title(item.text) if title is None else None
        if unknown is not None and not _grid_follows(items, index, specs):
            unknown = None
        if title is not None or unknown is not None:
            name, candidates = title if title is not None else (unknown, ())
            current = Found(name, item, candidates, lines=[*heading, item])
            found.append(current)
            heading = []
            continue
        if current is None:
            heading = [item] if text.endswith("决算表") and not PART.match(text) else []
            continue
        heading = []
        unit = UNIT.search(text)
        if not current.grids:
            if unit is not None:
                current.unit = unit.group("unit")
                current.lines.append(item)
            elif _BETWEEN.match(text) or PAGE.match(text):
                current.lines.append(item)
            else:
                current = None  # a title of a table that is not printed here (a list of contents)
            continue
        if _under(text) or (unit is not None and len(text) <= 12) or PAGE.match(text):
            current.lines.append(item)
            if not PAGE.match(text) and unit is None:
                current.under.append(item)
            continue
        current = None
    return [table for table in found if table.grids or table.under]


PAGE = re.compile(r"^[-—–－]*(?:第)?[0-9]{1,4}(?:页)?(?:[/／共][0-9]{1,4}页?)?[-—–－]*$")


def _under(text: str) -> bool:
    return bool(_NOTE_START.match(text) or EMPTY.search(text) or _INSTRUCTION.search(text))


def _grid_follows(items: list[Item], index: int, specs: Specs) -> bool:
    for item in items[index + 1 : index + 6]:
        if isinstance(item, Grid):
            return True
        text = squeeze(item.text)
        if specs.title(item.text) is not None or not (UNIT.search(text) or _BETWEEN.match(text)):
            return False
    return False
