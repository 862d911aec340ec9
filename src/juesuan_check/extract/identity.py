"""What a document is, when it does not say so in part headings: the unit that reports, the year of its final
accounts, and how much of a report it holds.

A standalone 三公 notice or a web page's 情况说明 prints its unit and year in its title ("某某中心2021年度…决算情况
说明", "某县2019年“三公”经费决算情况") or in its opening sentence ("现将某镇2020年度“三公”经费决算情况公布如下").
The year of the accounts is the one a title or heading joins to 决算; a year joined to 预算安排 is next year's
budget printed beside them. Where no unit is printed, the draft says so instead of inventing one.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Optional

from juesuan_check.extract.documents import Paragraph

# The name before the year of a title or of 现将…公布如下: CJK and brackets, no verb or punctuation.
_NAME = r"[\u4e00-\u9fff（）()]{2,40}?"
_TITLE = re.compile(
    rf"^(?:第[一二三四五六七八九十]+部分)?(?:关于)?(?P<unit>{_NAME})\s*(?P<year>(?:19|20)[0-9]{{2}})(?:\s*年度?)?(?![0-9])"
    rf"(?P<rest>.*)$"
)
_PUBLISH = re.compile(rf"现将(?P<unit>{_NAME})\s*(?P<year>(?:19|20)[0-9]{{2}})\s*年度?")
_ACCOUNTS_YEAR = re.compile(r"(?P<year>(?:19|20)[0-9]{2})\s*年度?(?P<between>[^。，,；;0-9]{0,40}?)决算")
_LABEL_YEAR = re.compile(r"(?<![比较与同])(?P<year>(?:19|20)[0-9]{2})\s*年度?(?![0-9]*月)")
# A clause that opens with a name and the year of the figures it states: ，某某区2016年一般公共预算安排“三公”经费….
_CLAUSE = re.compile(rf"(?:^|[，。；])(?P<unit>{_NAME})(?P<year>(?:19|20)[0-9]{{2}})年度?[^，。；]*?(?:决算|三公)")
_PLACE_END = re.compile(r"(?:省|市|区|县|镇|乡|街道|办事处|局|委|办|中心|院|所|站|队|馆|学校|大学|人民政府|委员会)$")
# Words that start a sentence rather than a name, and names that are no unit's full name.
_NOT_A_NAME = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|根据|按照|依据|为了?|现将|经|截至|本报|报告|据|全区|全县|全市|在|从|自|于)"
)
_SELF = re.compile(r"^(?:本|我)[\u4e00-\u9fff]{0,3}$")
_ABOUT = re.compile(r"决算|三公|预算|收支|经费|公开|情况|说明")
HEAD = 8  # the paragraphs at the top of a document where its title stands
_NUMBERED = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、])"
)


def unit_and_year(paragraphs: list[Paragraph]) -> tuple[Optional[tuple[str, int]], Optional[tuple[int, int]]]:
    """((unit, paragraph index), (year, paragraph index)) as the document prints them, or None for each it
    does not."""
    unit = _unit(paragraphs)
    return unit, _year(paragraphs)


def _titles(paragraphs: list[Paragraph]) -> list[tuple[str, int]]:
    """The lines at the top that may be the title, and each short one joined with the next (a title broken
    over two lines: 某县某局2018 / “三公经费”决算说明); numbered lines are headings or items, not titles."""
    head = [(p.text.strip(" |"), index) for index, p in enumerate(paragraphs[:HEAD])]
    found = []
    for position, (text, index) in enumerate(head):
        if _NUMBERED.match(text) or re.search(r"[0-9.](?:万元|元|亿元|%)|。", text):
            continue  # a heading or an item, or a statement of figures: no title
        found.append((text, index))
        following = head[position + 1][0] if position + 1 < len(head) else ""
        if len(text) <= 30 and not re.search(r"[。，；]", text) and following and not _NUMBERED.match(following):
            found.append((text + following, index))
    return found


def _unit(paragraphs: list[Paragraph]) -> Optional[tuple[str, int]]:
    for text, index in _titles(paragraphs):
        found = _TITLE.match(text)
        if found and len(text) <= 80 and _ABOUT.search(found.group("rest")) and _name(found.group("unit")):
            return _name(found.group("unit")), index  # type: ignore[return-value]
    for index, paragraph in enumerate(paragraphs[: HEAD * 2]):
        for found in _PUBLISH.finditer(paragraph.text):
            name = _name(found.group("unit"))
            if name:
                return name, index
    return None


def stated_unit(paragraphs: list[Paragraph]) -> Optional[tuple[str, int]]:
    """The unit a statement near the top names before its year (，某某区2016年…“三公”经费…): a weaker witness
    than a title, taken only when no statement names another."""
    for index, paragraph in enumerate(paragraphs[: HEAD * 2]):
        for found in _CLAUSE.finditer(paragraph.text):
            name = _name(found.group("unit"))
            if name and _PLACE_END.search(name):
                return name, index
    return None


def _name(text: str) -> Optional[str]:
    name = re.sub(r"^(?:关于)", "", text.strip())
    name = re.sub(r"(?:部门|单位)$", "", name) if len(name) > 6 else name
    if len(name) < 2 or _NOT_A_NAME.match(name) or _SELF.match(name):
        return None
    return name


def _year(paragraphs: list[Paragraph]) -> Optional[tuple[int, int]]:
    """The year the document's titles and headings join to 决算 (not to 预算安排); else the year its labels
    print most often."""
    for index, paragraph in enumerate(paragraphs):
        for found in _ACCOUNTS_YEAR.finditer(paragraph.text[:80]):
            if not _compared(paragraph.text, found.start()):
                return int(found.group("year")), index
    counts: Counter[int] = Counter()
    first: dict[int, int] = {}
    for index, paragraph in enumerate(paragraphs):
        for found in _LABEL_YEAR.finditer(paragraph.text):
            if not _compared(paragraph.text, found.start()):
                year = int(found.group("year"))
                counts[year] += 1
                first.setdefault(year, index)
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], -first[y]))
    return year, first[year]


def _compared(text: str, at: int) -> bool:
    """Whether the year at ``at`` is the base of a comparison (比2016年, 与2019年相比, 较上年)."""
    return bool(re.search(r"(?:比|较|与|同|对比|相比)\s*$", text[max(0, at - 3) : at]))


def extent(data: dict[str, Any], parts_seen: set[str]) -> Optional[str]:
    """What the document holds, as 范围 words it: nothing for a whole report (its parts were headed), 三公经费
    for a notice that reads as 三公 alone, 节选 otherwise — a passage is never held to a whole report's
    sections."""
    if {"overview", "narrative"} <= parts_seen or {"tables", "narrative"} <= parts_seen:
        return None
    sections = set((data.get("情况说明") or {}).keys()) - {"单位", "年度", "原文"}
    if sections and sections <= {"三公经费"}:
        return "三公经费"
    return "节选"
