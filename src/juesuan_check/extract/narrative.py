"""Reading a document's paragraphs into report data: its parts, its headings, and the sentences of its 情况说明.

No document shape is required. The part headings (第一部分 … 概况, … 决算表, … 情况说明, 名词解释) and the
section headings (一、收入决算情况说明, （一）总体情况, 2016年收入构成情况) are followed when a document has them;
a text without them — a 情况说明 alone, a standalone 三公 notice, a web page's text — is read as 情况说明. Every
value records the paragraph it came from, and every number read is marked, so that the sentences that were not
understood can be listed.
"""

from __future__ import annotations

import re
from typing import Optional

from juesuan_check.extract import identity, inline_tables, parts, special  # noqa: F401 - special registers readers
from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.grids import GridReader
from juesuan_check.extract.phrases import YEAR
from juesuan_check.extract.reading import Draft, Reading
from juesuan_check.extract.sections import SECTIONS
from juesuan_check.extract.statements import Context, StatementReader

# Section headings of 情况说明 (after their numbering), tried in order: (pattern, section key, sub-part).
# A key of None is a heading that names no one section (收入支出决算总体情况, 其他重要事项).
HEADINGS: list[tuple[str, Optional[str], Optional[str]]] = [
    (r"财政拨款收入支出决算总体情况|财政拨款收支总体情况", "财政拨款收入支出", None),
    (r"收入支出决算总体情况|收支总体情况", None, None),
    (r"^收入总计|^(?:(?:19|20)[0-9]{2}年度?)?(?:本年)?收入决算情况|收入构成情况|^收入情况", "收入", None),
    (r"^支出总计|^(?:(?:19|20)[0-9]{2}年度?)?(?:本年)?支出决算情况|支出构成情况|^支出情况", "支出", None),
    (r"^年末结转和结余", "年末结转和结余", None),
    (r"一般公共预算财政拨款基本支出", "基本支出", None),
    (r"一般公共预算财政拨款支出决算", "一般公共预算财政拨款支出", None),
    (r"^财政拨款支出决算|^财政拨款支出情况", "财政拨款支出", None),
    (r"三公", "三公经费", None),
    (r"基本支出决算情况", "基本支出", None),
    (r"政府性基金", "政府性基金", None),
    (r"国有资本经营", "国有资本经营", None),
    (r"其他重要事项", None, None),
    (r"机关运行经费", "机关运行经费", None),
    (r"政府采购", "政府采购", None),
    (r"国有资产", "国有资产", None),
    (r"绩效", "预算绩效", None),
]
# Sub-headings within the appropriations sections: 总体情况, or the breakdown by functional classification.
SUBS = [(r"总体情况", "总体情况"), (r"结构情况|具体情况|结构", "功能分类")]
APPROPRIATIONS = StatementReader.APPROPRIATIONS
_PART = re.compile(r"^第([一二三四五六七八九十])部分(.*)$")
_SECTION_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
_HEADING_END = re.compile(r"(?:情况说明|决算情况|构成情况|总体情况|结构情况|具体情况|情况|说明)[。：]?$")
_AMOUNT = re.compile(r"[0-9.]+(?:万元|元|亿元|万)")
# A figure a sentence states (an amount, a percentage, a count), and the digits that are none (years, dates,
# document and item numbers).
_FIGURE = re.compile(r"[0-9](?:万元|元|亿元|万|%|个|辆|人次|批次|台|套)|[0-9]\s*(?:人|次|批)(?![0-9])")
_NOT_A_FIGURE = re.compile(
    r"(?:19|20)[0-9]{2}(?=年)|[0-9]{1,2}(?=月|日)|第[0-9]+(?:号|条|款|项|部分|次)|〔[0-9]+〕[0-9]+号|[0-9]+号"
    r"|^[（(]?[0-9]+[)）.．、]"
)
# The first table's title (收入支出决算总表, or 收入决算表 in older templates) where no 第二部分 heading precedes it.
_TABLE_TITLE = re.compile(r"^(?!.*三公).{0,40}(?:收入支出决算总表|[^出]收入决算表)$")
_JOINED_HEADING = re.compile(r"(?:决算情况说明|情况说明|决算情况)(?![。：，])")
_INTRO = re.compile(r"现将.{0,60}?(?:公开|公布|报告|说明)如下")
_MONEY_UNIT = re.compile(r"(?:金额)?单位[：:](?P<unit>万元|元|亿元)")
YEAR_CELL = re.compile(r"^(?:19|20)[0-9]{2}年度?[|]?$")  # a table's row or column of a year
UNNAMED = "（原文未载单位名称）"  # the unit of a document that prints none: no label is compared with it


class NarrativeReader:
    def __init__(self, paragraphs: list[Paragraph]):
        self.r = Reading(paragraphs)
        self.context = Context()
        self.statements = StatementReader(self.r, self.context)
        found = identity.unit_and_year(paragraphs)
        self.identity = found
        self.year = found[1][0] if found[1] is not None else None
        self.context.year = self.year
        self.intro: Optional[tuple[int, str]] = None
        self.understood = 0  # sentences with figures that were wholly understood

    def read(self) -> Draft:
        tables = dict(inline_tables.runs(self.r.paragraphs))
        index = 0
        while index < len(self.r.paragraphs):
            if index in tables and self.r.part not in ("tables", "overview") and not self.titled(index, tables[index]):
                self.table(index, tables[index])
                index = tables[index]
                continue
            self.r.index = index  # the paragraph being read, which every recorded value points at
            for shift, text in self.split_heading(self.r.paragraphs[index].text):
                self.r.shift = shift
                self.paragraph(text)
            self.r.shift = 0
            index += 1
        self.finish()
        unread = self.unread()
        for number, (paragraph, sentence) in enumerate(unread):  # listed in the draft, checked as EXT001
            self.r.data.setdefault("未读", []).append(sentence)
            self.r.places[("未读", number)] = paragraph
        return Draft(self.r.data, self.r.places, unread, self.understood)

    def split_heading(self, text: str) -> list[tuple[int, str]]:
        """A section heading that a PDF line joined with the text after it (九、…情况说明上海市某局…), as the
        heading and its text, each with where it starts in the paragraph."""
        if _SECTION_NUMBERING.match(text):
            found = _JOINED_HEADING.search(text[:60])
            if found is not None and _AMOUNT.search(text[: found.end()]):
                found = None  # a figure before it: a sentence, not a heading
            if found is not None and len(text) > found.end() + 8 and self.heading(text[: found.end()]) is not None:
                return [(0, text[: found.end()]), (found.end(), text[found.end() :])]
        return [(0, text)]

    def titled(self, start: int, end: int) -> bool:
        """Whether a run of cells holds a 部门决算表's title: the tables part, not a table inside the text."""
        return any(re.search(r"(?:决算表|决算总表)$", p.text) for p in self.r.paragraphs[start:end])

    def table(self, start: int, end: int) -> None:
        """A table printed in the text: its cells are read when it is a 三公 table, else left to be listed."""
        self.r.cells.update(range(start, end))
        grid = inline_tables.grid(self.r.paragraphs, start, end)
        found = inline_tables.entries(grid, self.year) if grid is not None else None
        if found:
            GridReader(self.statements).read(*found)

    def paragraph(self, text: str) -> None:
        if self.part_heading(text):
            return
        part = self.r.part or "narrative"
        if part == "tables" and "narrative" not in self.r.parts_seen and self.narrative_heading(text):
            self.r.part = part = "narrative"  # tables entered without a part heading end at the 情况说明's first
        if part == "overview":
            self.r.overview_part.add(self.r.index)  # its numbers are ordinals and counts, not cells of figures
            parts.overview(self.r, text)
        elif part == "tables":
            self.r.table_part.add(self.r.index)  # the tables' cells: read as tables, not as sentences
            parts.tables(self.r, text)
        elif part == "glossary":
            parts.glossary(self.r, text)
        elif part == "narrative":
            self.narrative(text)

    def narrative_heading(self, text: str) -> bool:
        """A numbered heading of a 情况说明 section (一、收入支出决算总体情况说明), not a table's title."""
        found = self.heading(text) if _SECTION_NUMBERING.match(text) else None
        return found is not None and found[0] is not None and not re.search(r"决算表$|决算总表$", text)

    def part_heading(self, text: str) -> bool:
        match = _PART.match(text)
        if match:
            title = match.group(2)
            self.r.part = _part_of(title) or _part_of_number(match.group(1))
            self.r.parts_seen.add(self.r.part)
            self.r.mode = None
            self.context.section = self.context.sub = None
            self.r.cover(0, len(text))
            parts.heading_label(self.r, title)
            self.r.pending_heading = self.r.part if not _part_of(title) else None
            return True
        if self.r.pending_heading and len(text) <= 30 and re.search(r"概况|情况说明|决算表|名词解释", text):
            self.r.part = _part_of(text) or self.r.part
            self.r.parts_seen.add(self.r.part)
            self.r.cover(0, len(text))
            parts.heading_label(self.r, text)
            self.r.pending_heading = None
            return True
        self.r.pending_heading = None
        if self.r.part in (None, "overview") and _TABLE_TITLE.search(text):
            self.r.part = "tables"  # a table's title where the part heading was left out: the tables begin
            self.r.parts_seen.add("tables")
            return False
        if re.fullmatch(r"名词解释[：:]?", parts.strip_numbering(text)):
            self.r.part = "glossary"
            self.r.cover(0, len(text))
            return True
        return False

    def narrative(self, text: str) -> None:
        if self.intro is None and self.r.get(("情况说明",)) is None and _INTRO.search(text):
            self.intro = (self.r.index, text)  # 根据…，经…汇总，现将…公开如下: its names and years are checked
        money = _MONEY_UNIT.fullmatch(text)
        if money is not None:  # 单位：万元 over a table
            self.r.units[money.group("unit")] += 1
            self.r.cover(0, len(text))
            return
        heading = self.heading(text)
        if heading is not None:
            section, sub, end = heading
            if section is not None or sub is not None:
                if section is not None:
                    self.context.section, self.context.sub = section, sub
                    self.context.cls = None
                    self.context.other_budget = False
                    self.context.ahead = self.statements.next_year(text[:end])
                else:
                    self.context.sub, self.context.cls = sub, None
                self.r.section_key = self.context.section
                self.context.current = (
                    self.statements.section_node(self.context.section) if self.context.section else None
                )
                self.context.lists.clear()
                self.context.open_list = None
            else:
                self.statements.heading_subject(parts.strip_numbering(text[:end]))
            self.r.cover(0, end)
            self.cover_years(text[:end])
            if end >= len(text):
                return
        reader = SECTIONS.get(self.context.section or "")
        if reader is not None and reader(self.r, text):
            return
        self.statements.paragraph(text)

    def heading(self, text: str) -> Optional[tuple[Optional[str], Optional[str], int]]:
        """(section, sub-part, its length) when ``text`` is a section heading; None when it is not."""
        numbered = _SECTION_NUMBERING.match(text)
        body = parts.strip_numbering(text)
        if not numbered:
            if len(body) > 30 or _AMOUNT.search(body) or not _HEADING_END.search(body):
                return None
        elif _AMOUNT.search(body) or len(body) > 40:
            return None
        if self.context.section in APPROPRIATIONS and re.match(r"^[（(]", text):
            for pattern, sub in SUBS:
                if re.search(pattern, body) and not any(re.search(p, body) for p, k, _ in HEADINGS[:2] if k):
                    if "一般公共预算" in body and self.context.section != "一般公共预算财政拨款支出":
                        break
                    return None, sub, len(text)
        for pattern, key, sub in HEADINGS:
            if re.search(pattern, body):
                if key in APPROPRIATIONS:
                    sub = next((s for p, s in SUBS if re.search(p, body)), None)
                return key, sub, len(text)
        return (None, None, len(text)) if _HEADING_END.search(body) else None

    def cover_years(self, text: str) -> None:
        for year in YEAR.finditer(text):
            self.r.cover(year.start(), year.end())

    def finish(self) -> None:
        r = self.r
        self.statements.finish()
        if not r.units:  # amounts read from tables alone: the unit the document prints most
            for paragraph in r.paragraphs:
                r.units.update(m.group(1) for m in re.finditer(r"[0-9）)](亿元|万元|元)", paragraph.text))
        r.data["金额单位"] = r.units.most_common(1)[0][0] if r.units else "万元"
        unit, year = self.identity
        if "单位" not in r.data:
            narrative = r.get(("情况说明",)) or {}
            labels = {narrative.get("单位")} | {
                v.get("单位") for v in narrative.values() if isinstance(v, dict) and v.get("单位")
            }
            labels.discard(None)
            stated = identity.stated_unit(r.paragraphs) if unit is None else None
            if unit is not None:
                r.data["单位"] = unit[0]
                r.places[("单位",)] = r.paragraphs[unit[1]]
            elif stated is not None and labels <= {stated[0]}:
                r.data["单位"] = stated[0]  # no title; the statements name one unit, the one near the top
                r.places[("单位",)] = r.paragraphs[stated[1]]
            elif stated is None and len(labels) == 1:
                r.data["单位"] = labels.pop()
            else:
                r.data["单位"] = UNNAMED  # none, or two: no label is compared with a guess
                self.drop_unit_labels()
        if "年度" not in r.data and year is not None:
            r.data["年度"] = year[0]
            r.places[("年度",)] = r.paragraphs[year[1]]
        self.keep_years(r.data.get("年度"))
        scope = identity.extent(r.data, r.parts_seen)
        if scope is not None and "范围" not in r.data:
            r.data["范围"] = scope
        if self.intro is not None and r.get(("情况说明",)) is not None:
            nodes = [("情况说明", "三公经费"), ("情况说明",)] if scope == "三公经费" else [("情况说明",)]
            node = next((n for n in nodes if r.get(n + ("原文",)) is None), None)
            if node is not None:
                r.index = self.intro[0]
                r.put(node + ("原文",), self.intro[1])

    def drop_unit_labels(self) -> None:
        """The sections' unit labels, when the report's own unit is not known: nothing to compare them with."""
        narrative = self.r.get(("情况说明",)) or {}
        for node in [narrative, *(v for v in narrative.values() if isinstance(v, dict))]:
            node.pop("单位", None)

    def keep_years(self, report_year: object) -> None:
        for node, index, text in self.r.year_texts:
            named = {int(y) for y in YEAR.findall(text)}
            if named - {report_year} and self.r.get(node) is not None and self.r.get(node + ("原文",)) is None:
                self.r.index = index
                self.r.put(node + ("原文",), text)

    def unread(self) -> list[tuple[Paragraph, str]]:
        """The sentences with figures that were not (wholly) understood; counts those that were. A figure is an
        amount, a percentage or a count; the digits of years, dates and document numbers need no reading."""
        unread = []
        for index, paragraph in enumerate(self.r.paragraphs):
            if index in self.r.table_part:
                continue
            spans = self.r.covered.get(index, [])
            for sentence in re.finditer(r"[^。；;！？]+[。；;！？]?", paragraph.text):
                text = sentence.group(0)
                cell = (
                    index in self.r.cells
                    and index not in self.r.overview_part
                    and re.search(r"[0-9]", text)
                    and not YEAR_CELL.match(text)
                )
                if not _FIGURE.search(text) and not cell:
                    continue
                skip = [m.span() for m in _NOT_A_FIGURE.finditer(text)]
                digits = [
                    m.start() + sentence.start()
                    for m in re.finditer(r"[0-9]", text)
                    if not any(a <= m.start() < b for a, b in skip)
                ]
                if all(any(a <= d < b for a, b in spans) for d in digits):
                    self.understood += 1
                else:
                    unread.append(
                        (paragraph, f"表格单元格：{text.strip().rstrip('|').strip()}" if cell else text.strip())
                    )
        return unread


def _part_of(title: str) -> Optional[str]:
    if re.search(r"名词解释", title):
        return "glossary"
    if re.search(r"决算表|报表", title):
        return "tables"
    if re.search(r"情况说明|决算说明|分析", title):
        return "narrative"
    if re.search(r"概况", title):
        return "overview"
    if re.search(r"附件|其他", title):
        return "other"
    return None


def _part_of_number(number: str) -> str:
    return {"一": "overview", "二": "tables", "三": "narrative", "四": "glossary"}.get(number, "other")


def read(paragraphs: list[Paragraph]) -> Draft:
    return NarrativeReader(paragraphs).read()
