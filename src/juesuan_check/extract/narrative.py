"""Reading the report's paragraphs into report data, part by part and section by section.

The parser follows the headings (第一部分…第四部分, 一、…, （一）…) to know where it is, and reads each
paragraph with the recognisers of ``phrases``. Every value it records remembers the paragraph it came
from, and every number it used is marked, so that the sentences it could not read can be listed.
"""

from __future__ import annotations

import re
from typing import Optional

from juesuan_check.extract import phrases as ph
from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.record import HEADING, Draft
from juesuan_check.extract.specifics import Specifics
from juesuan_check.extract.summary import Summary

# Headings of 情况说明 (after their numbering), in the order they are tried: (pattern, section key).
SECTIONS: list[tuple[str, Optional[str]]] = [
    (r"财政拨款收入支出决算总体情况", None),
    (r"收入支出决算总体情况", None),
    (r"^收入总计|^收入决算情况", "收入"),
    (r"^支出总计|^支出决算情况", "支出"),
    (r"^年末结转和结余", "年末结转和结余"),
    (r"一般公共预算财政拨款支出决算情况", "一般公共预算财政拨款支出"),
    (r"财政拨款支出决算情况", "财政拨款支出"),
    (r"三公", "三公经费"),
    (r"基本支出决算情况", "基本支出"),
    (r"政府性基金", "政府性基金"),
    (r"国有资本经营", "国有资本经营"),
    (r"其他重要事项", None),
    (r"机关运行经费", "机关运行经费"),
    (r"政府采购", "政府采购"),
    (r"国有资产", "国有资产"),
    (r"绩效", "预算绩效"),
]


class Reader(Summary, Specifics):
    """Reads the paragraphs in order, following the part and section headings."""

    def read(self) -> Draft:
        for index, paragraph in enumerate(self.paragraphs):
            self.index = index  # the paragraph being read, which every recorded value points at
            text = paragraph.text
            if self._part(text):
                continue
            handler = {
                "overview": self._overview,
                "tables": self._tables,
                "narrative": self._narrative,
                "glossary": self._glossary,
            }.get(self.part or "")
            if handler is not None:
                handler(text)
        self._finish()
        return Draft(self.data, self.places, self._unread())

    def _part(self, text: str) -> bool:
        match = re.match(r"^\s*第([一二三四])部分\s*(.*)$", text)
        if match:
            self.part = {"一": "overview", "二": "tables", "三": "narrative", "四": "glossary"}[match.group(1)]
            self.mode = self.section = self.sub = None
            self.cover(0, len(text))
            self._heading_label(match.group(2))
            self.pending_heading = self.part
            return True
        if self.pending_heading and len(text) <= 30 and re.search(r"概况|情况说明|决算表|名词解释", text):
            self.cover(0, len(text))
            self._heading_label(text)
            self.pending_heading = None
            return True
        self.pending_heading = None
        return False

    def _heading_label(self, text: str) -> None:
        """The unit and year a part heading prints: 第三部分 XX中心2018年度部门决算情况说明."""
        found = ph.year(text)
        unit = re.sub(
            r"((?:19|20)[0-9]{2}\s*年度?)?\s*(部门)?(决算)?(情况说明|概况|部门决算表|名词解释)$", "", text
        ).strip()
        unit = re.sub(r"(?:19|20)[0-9]{2}\s*年度?.*$", "", unit).strip()
        key = {"overview": ("部门概况",), "narrative": ("情况说明",)}.get(self.part or "")
        if key is None:
            return
        if unit and len(unit) >= 4:
            self.put(key + ("单位",), unit)
            self.data.setdefault("单位", unit)
            self.places.setdefault(("单位",), self.paragraphs[self.index])
        if found is not None:
            self.put(key + ("年度",), found.value, (found.start, found.end))
            if self.part == "narrative":
                self.data["年度"] = found.value
                self.places[("年度",)] = self.paragraphs[self.index]

    def _overview(self, text: str) -> None:
        body = ph.strip_numbering(text)
        if re.search(r"主要职责|部门职责", text) and HEADING.match(text):
            self.mode = "duties"
        elif re.match(r"^(机构设置|内设机构)[：:]?$", body):
            self.mode = "departments"
        elif "决算单位构成" in text:
            self.mode = "composition"
            self.data.setdefault("部门概况", {}).setdefault("决算单位构成", {"单位列表": []})
            self.places[("部门概况", "决算单位构成")] = self.paragraphs[self.index]
        elif self.mode == "duties" and body != text.strip():
            self.data.setdefault("部门概况", {}).setdefault("主要职责", []).append(body)
            self.places[("部门概况", "主要职责", len(self.data["部门概况"]["主要职责"]) - 1)] = self.paragraphs[
                self.index
            ]
        elif self.mode == "departments" and body != text.strip() and len(body) <= 40:
            self.data.setdefault("部门概况", {}).setdefault("机构设置", []).append(body)
            self.places[("部门概况", "机构设置", len(self.data["部门概况"]["机构设置"]) - 1)] = self.paragraphs[
                self.index
            ]
        elif self.mode == "composition":
            composition = ("部门概况", "决算单位构成")
            if "原文" not in self.get(composition) and re.search(r"包括|范围", text):
                self.put(composition + ("原文",), text)
                self._labels(text)
            else:
                self.get(composition)["单位列表"].append(body)
                self.places[composition + ("单位列表", len(self.get(composition)["单位列表"]) - 1)] = self.paragraphs[
                    self.index
                ]
        self.cover(0, len(text) - len(body))  # the numbering

    def _tables(self, text: str) -> None:
        body = ph.strip_numbering(text)
        if re.search(r"决算表$", body) and len(body) <= 40:
            self.append(("部门决算表",), {"名称": body})
            self.cover(0, len(text))
        elif "空表" in text and self.data.get("部门决算表"):
            last = self.data["部门决算表"][-1]
            last["空表"] = True
            last["空表说明"] = text
            index = len(self.data["部门决算表"]) - 1
            self.places[("部门决算表", index, "空表说明")] = self.paragraphs[self.index]

    def _glossary(self, text: str) -> None:
        body = ph.strip_numbering(text)
        match = re.match(r"^([^：:]{1,80})[：:]", body)
        if match and body != text.strip():
            terms = self.data.setdefault("名词解释", [])
            terms.append(match.group(1).strip())
            self.places[("名词解释", len(terms) - 1)] = self.paragraphs[self.index]
            self.cover(0, len(text))

    def _narrative(self, text: str) -> None:
        body = ph.strip_numbering(text)
        if HEADING.match(text):
            self._switch(body)
        if self.section is None:
            return
        handler = {
            "收入": self._totals,
            "支出": self._totals,
            "年末结转和结余": self._totals,
            "财政拨款支出": self._appropriations,
            "一般公共预算财政拨款支出": self._appropriations,
            "三公经费": self._three,
            "基本支出": self._basic,
            "机关运行经费": self._single,
            "政府采购": self._procurement,
            "国有资产": self._assets,
            "预算绩效": self._text_only,
            "政府性基金": self._text_only,
            "国有资本经营": self._text_only,
        }[self.section]
        handler(text)

    def _switch(self, body: str) -> None:
        if self.section in ("财政拨款支出", "一般公共预算财政拨款支出"):
            if body.startswith("总体情况"):
                self.sub, self.cls = "总体情况", None
                self.cover(0, len(body))
                return
            if re.match(r"^(具体情况|结构情况|支出决算具体情况)", body):
                self.sub, self.cls = "功能分类", None
                return
        for pattern, key in SECTIONS:
            if re.search(pattern, body):
                self.section, self.sub, self.cls = key, None, None
                return

    def _finish(self) -> None:
        if self.units:
            self.data["金额单位"] = self.units.most_common(1)[0][0]
        narrative_unit = self.get(("情况说明", "单位"))
        if "单位" not in self.data and narrative_unit:
            self.data["单位"] = narrative_unit

    def _unread(self) -> list[tuple[Paragraph, str]]:
        unread = []
        for index, paragraph in enumerate(self.paragraphs):
            spans = self.covered.get(index, [])
            for sentence in ph.SENTENCE.finditer(paragraph.text):
                digits = [m.start() + sentence.start() for m in ph.DIGIT.finditer(sentence.group(0))]
                if digits and not all(any(a <= d < b for a, b in spans) for d in digits):
                    unread.append((paragraph, sentence.group(0).strip()))
        return unread


def read(paragraphs: list[Paragraph]) -> Draft:
    return Reader(paragraphs).read()
