"""Reading the report's paragraphs into report data, part by part and section by section.

The parser follows the headings (第一部分…第四部分, 一、…, （一）…) to know where it is, and reads each
paragraph with the recognisers of ``phrases``. Every value it records remembers the paragraph it came
from, and every number it used is marked, so that the sentences it could not read can be listed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Optional

from . import phrases as ph
from .documents import Paragraph

Path = tuple

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
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
SUBJECTS = {"收入": ("收入",), "支出": ("支出",), "年末结转和结余": ("结转", "结余")}


@dataclass
class Draft:
    data: dict[str, Any]
    places: dict[Path, Paragraph]  # the paragraph each value was read from
    unread: list[tuple[Paragraph, str]]  # sentences with numbers that were not understood
    notes: list[str] = field(default_factory=list)


class Reader:
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

    # -- recording -----------------------------------------------------------------------------

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
            target = target.setdefault(key, []) if key == path[-1] else (
                target.setdefault(key, {}) if isinstance(key, str) else target[key])
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

    # -- driving --------------------------------------------------------------------------------

    def read(self) -> Draft:
        for self.index, paragraph in enumerate(self.paragraphs):
            text = paragraph.text
            if self._part(text):
                continue
            handler = {"overview": self._overview, "tables": self._tables, "narrative": self._narrative,
                       "glossary": self._glossary}.get(self.part or "")
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
        unit = re.sub(r"((?:19|20)[0-9]{2}\s*年度?)?\s*(部门)?(决算)?(情况说明|概况|部门决算表|名词解释)$", "", text).strip()
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

    # -- 第一部分 部门概况 ------------------------------------------------------------------------------

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
            self.places[("部门概况", "主要职责", len(self.data["部门概况"]["主要职责"]) - 1)] = self.paragraphs[self.index]
        elif self.mode == "departments" and body != text.strip() and len(body) <= 40:
            self.data.setdefault("部门概况", {}).setdefault("机构设置", []).append(body)
            self.places[("部门概况", "机构设置", len(self.data["部门概况"]["机构设置"]) - 1)] = self.paragraphs[self.index]
        elif self.mode == "composition":
            composition = ("部门概况", "决算单位构成")
            if "原文" not in self.get(composition) and re.search(r"包括|范围", text):
                self.put(composition + ("原文",), text)
                self._labels(text)
            else:
                self.get(composition)["单位列表"].append(body)
                self.places[composition + ("单位列表", len(self.get(composition)["单位列表"]) - 1)] = self.paragraphs[self.index]
        self.cover(0, len(text) - len(body))  # the numbering

    def _labels(self, text: str) -> None:
        for found in ph.years(text):
            self.cover(found.start, found.end)

    # -- 第二部分 部门决算表 ----------------------------------------------------------------------------

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

    # -- 第四部分 名词解释 ------------------------------------------------------------------------------

    def _glossary(self, text: str) -> None:
        body = ph.strip_numbering(text)
        match = re.match(r"^([^：:]{1,80})[：:]", body)
        if match and body != text.strip():
            terms = self.data.setdefault("名词解释", [])
            terms.append(match.group(1).strip())
            self.places[("名词解释", len(terms) - 1)] = self.paragraphs[self.index]
            self.cover(0, len(text))

    # -- 第三部分 情况说明 -------------------------------------------------------------------------------

    def _narrative(self, text: str) -> None:
        body = ph.strip_numbering(text)
        if HEADING.match(text):
            self._switch(body)
        if self.section is None:
            return
        handler = {
            "收入": self._totals, "支出": self._totals, "年末结转和结余": self._totals,
            "财政拨款支出": self._appropriations, "一般公共预算财政拨款支出": self._appropriations,
            "三公经费": self._three, "基本支出": self._basic, "机关运行经费": self._single,
            "政府采购": self._procurement, "国有资产": self._assets, "预算绩效": self._text_only,
            "政府性基金": self._text_only, "国有资本经营": self._text_only,
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

    def _node(self) -> Path:
        base = ("情况说明", self.section)
        return base + ((self.sub,) if self.sub else ())

    def _money(self, item: ph.Item) -> None:
        self.units[item.unit] += 1

    # 收入 / 支出 / 年末结转和结余 ---------------------------------------------------------------------

    def _totals(self, text: str) -> None:
        node = self._node()
        body_offset = len(text) - len(ph.strip_numbering(text))
        self.numbered = body_offset > 0  # a part of the total is a numbered paragraph (1.财政拨款收入…)
        for sentence in ph.SENTENCE.finditer(text):
            self._totals_sentence(node, text, sentence.start(), sentence.group(0))
            self.numbered = False  # only the paragraph's first sentence names the part
        self.cover(0, body_offset)

    def _totals_sentence(self, node: Path, text: str, offset: int, sentence: str) -> None:
        found = ph.items(sentence)
        is_total = self.get(node + ("合计",)) is None and found and found[0].start <= 1
        change = ph.change(sentence)
        if change is not None:
            target = node if self._about_section(change.subject) else (self._last_child(node) or node)
            self._change(target, change, offset)
            found = [item for item in found if item.start >= change.end or item.end <= change.start]
        if is_total and found:
            first = found.pop(0)
            if first.name != self.section:
                self.put(node + ("名称",), first.name)
            self.put(node + ("合计",), first.amount, (offset + first.start, offset + first.end))
            self._money(first)
        elif found and self.numbered and "其中" not in sentence[: found[0].start]:
            first = found.pop(0)
            child = self.append(node + ("明细",), {"名称": first.name, "金额": first.amount})
            self.cover(offset + first.start, offset + first.end)
            self._money(first)
            self._share(child, sentence, offset)
        child = self._last_child(node)
        described = ph.description(sentence)
        if described is not None and child is not None and change is None and "说明" not in self.get(child):
            self.put(child + ("说明",), described.value, (offset + described.start, offset + described.end))
        elif described is not None and child is None and change is None:
            self.put(node + ("说明",), described.value)
        if "其中" in sentence and found and child is not None:
            for item in found:
                self.append(child + ("明细",), {"名称": item.name, "金额": item.amount})
                self.cover(offset + item.start, offset + item.end)
                self._money(item)
        elif found and child is not None and child != node and self.numbered:
            for item in found:
                self.append(child + ("明细",), {"名称": item.name, "金额": item.amount})
                self.cover(offset + item.start, offset + item.end)

    def _about_section(self, subject: str) -> bool:
        words = SUBJECTS.get(self.section or "", ())
        return subject.startswith(("今年", "本年")) or any(word in subject for word in words) or not subject

    def _last_child(self, node: Path) -> Optional[Path]:
        children = self.get(node + ("明细",))
        return node + ("明细", len(children) - 1) if children else None

    def _share(self, path: Path, sentence: str, offset: int) -> None:
        found = ph.share(sentence)
        if found is not None:
            self.put(path + ("占比",), f"{found.value}%", (offset + found.start, offset + found.end))

    def _change(self, path: Path, change: ph.Change, offset: int) -> None:
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

    # 财政拨款支出 -------------------------------------------------------------------------------------

    def _appropriations(self, text: str) -> None:
        if self.sub is None:
            self.sub = "总体情况"
        if self.sub == "总体情况":
            self._overall(text)
        else:
            self._functional(text)

    def _overall(self, text: str) -> None:
        node = self._node()
        for sentence in ph.SENTENCE.finditer(text):
            offset, words = sentence.start(), sentence.group(0)
            self._year(node, words, offset, leading=True)
            change = ph.change(words)
            if change is not None:
                self._change(node, change, offset)
                continue
            completions = ph.completions(words)
            if completions:
                for subject, value, start, end in completions:
                    target = self._child_named(node, subject) or node
                    self.put(target + ("年初预算完成率",), f"{value}%", (offset + start, offset + end))
                    self._labels_at(words, offset)
                continue
            found = ph.items(words)
            if found and self.get(node + ("合计",)) is None:
                first = found.pop(0)
                self.put(node + ("合计",), first.amount, (offset + first.start, offset + first.end))
                self._money(first)
            for item in found:
                self.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
                self.cover(offset + item.start, offset + item.end)
                self._money(item)

    def _labels_at(self, words: str, offset: int) -> None:
        for found in ph.years(words) or []:
            self.cover(offset + found.start, offset + found.end)
        for match in re.finditer(r"(?:19|20)[0-9]{2}(?=[\u4e00-\u9fff])", words):
            self.cover(offset + match.start(), offset + match.end())

    def _year(self, node: Path, words: str, offset: int, leading: bool = False) -> None:
        found = ph.year(words)
        if found is not None and (not leading or found.start <= 1) and self.get(node + ("年度",)) is None:
            self.put(node + ("年度",), found.value, (offset + found.start, offset + found.end))

    def _child_named(self, node: Path, subject: str) -> Optional[Path]:
        children = self.get(node + ("明细",)) or []
        subject = re.sub(r"^(?:19|20)[0-9]{2}\s*年?度?", "", subject)
        for index, child in enumerate(children):
            name = child.get("名称", "")
            if subject and (name.startswith(subject) or subject.startswith(name) or name in subject):
                return node + ("明细", index)
        return None

    def _functional(self, text: str) -> None:
        node = self._node()
        sentences = list(ph.SENTENCE.finditer(text))
        first_words = sentences[0].group(0) if sentences else text
        if self.get(node + ("合计",)) is None:
            self._year(node, first_words, 0, leading=True)
            found = ph.items(text)
            if found:
                total = found.pop(0)
                self.put(node + ("合计",), total.amount, (total.start, total.end))
                self._money(total)
                for item, next_start in zip(found, [i.start for i in found[1:]] + [len(text)]):
                    child = self.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
                    self.cover(item.start, item.end)
                    self._share(child, text[item.end:next_start], item.end)
            return
        found = ph.items(text)
        if not found:
            return
        first = found[0]
        self.cover(0, len(text) - len(ph.strip_numbering(text)))
        existing = self._child_named(node, first.name) if self._is_class(node, first.name) else None
        if existing is not None:
            self.cls = existing
            self.cover(first.start, first.end)
            return
        parent = self.cls or node
        item: dict[str, Any] = {"名称": first.name, "金额": first.amount}
        child = self.append(parent + ("明细",), item)
        self.cover(first.start, first.end)
        self._money(first)
        rest = text[first.end:]
        described = ph.description(rest)
        if described is not None:
            self.put(child + ("说明",), described.value, (first.end + described.start, first.end + described.end))
        done = ph.completion(rest)
        if done is not None:
            self.put(child + ("年初预算完成率",), f"{done.value}%", (first.end + done.start, first.end + done.end))
        why = ph.reason(rest)
        if why is not None:
            self.put(child + ("原因",), why.value, (first.end + why.start, first.end + why.end))

    def _is_class(self, node: Path, name: str) -> bool:
        return any(child.get("名称") == name for child in self.get(node + ("明细",)) or [])

    # 三公经费 -------------------------------------------------------------------------------------------

    def _three(self, text: str) -> None:
        node = self._node()
        if self.get(node + ("合计",)) is None:
            self._three_total(node, text)
            return
        found = ph.items(text)
        if not found:
            return
        first = found[0]
        child = self._three_child(node, first.name)
        if child is None:
            return
        self.cover(0, len(text) - len(ph.strip_numbering(text)))
        self.cover(first.start, first.end)
        rest = text[first.end:]
        change = ph.change(text)
        if change is not None:
            self._change(child, change, 0)
        counts = self._counts(child, text)
        labels = [y for y in ph.years(text) if y.start > first.end]
        for found_year in labels:
            self.cover(found_year.start, found_year.end)
        if labels or (counts and ph.years(text)):
            self.put(child + ("原文",), text)
        described = ph.description(rest)
        if described is not None and change is None:
            self.put(child + ("说明",), described.value, (first.end + described.start, first.end + described.end))
        self._cover_repeats(text, first)

    def _cover_repeats(self, text: str, first: ph.Item) -> None:
        """A paragraph that repeats its own figure (公务接待费0万元 … 0万元) says nothing new."""
        for item in ph.items(text)[1:]:
            if item.amount == first.amount:
                self.cover(item.start, item.end)
        for match in re.finditer(rf"(?<![0-9.]){re.escape(str(first.amount))}\s*(?:万元|元)", text):
            self.cover(match.start(), match.end())

    def _three_total(self, node: Path, text: str) -> None:
        self._year(node, text, 0, leading=True)
        found = ph.items(text)
        if not found:
            return
        total = found.pop(0)
        self.put(node + ("合计",), total.amount, (total.start, total.end))
        self._money(total)
        done = ph.completion(text)
        if done is not None:
            self.put(node + ("年初预算完成率",), f"{done.value}%", (done.start, done.end))
        why = ph.reason(text)
        if why is not None:
            self.put(node + ("原因",), why.value, (why.start, why.end))
        change = ph.change(text)
        if change is not None:
            self._change(node, change, 0)
        for item in found:
            if change is not None and change.start <= item.start < change.end:
                continue
            self.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
            self.cover(item.start, item.end)

    def _three_child(self, node: Path, name: str) -> Optional[Path]:
        children = self.get(node + ("明细",)) or []
        for index, child in enumerate(children):
            if _same_item(child["名称"], name):
                return node + ("明细", index)
        for index, child in enumerate(children):  # a part of a part: 公务用车购置费 under 公务用车…
            if "公务用车" in child["名称"] and "公务用车" in name and ("购置费" in name or "运行维护费" in name):
                parent = node + ("明细", index)
                grand = self.get(parent + ("明细",)) or []
                for g_index, grandchild in enumerate(grand):
                    if _same_item(grandchild["名称"], name):
                        return parent + ("明细", g_index)
                first = ph.items(self.paragraphs[self.index].text)[0]
                return self.append(parent + ("明细",), {"名称": name, "金额": first.amount})
        return None

    def _counts(self, path: Path, text: str) -> bool:
        patterns = {
            "团组": r"团组\s*([0-9０-９]+)\s*个|([0-9０-９]+)\s*个(?:出国)?团组",
            "人次": r"([0-9０-９]+)\s*人次|([0-9０-９]+)\s*人(?![次员])",
            "批次": r"([0-9０-９]+)\s*批次?",
            "购置数": r"购置(?:公务用?车)?(?:辆)?\s*([0-9０-９]+)\s*辆",
            "保有量": r"保有量\s*([0-9０-９]+)\s*辆",
        }
        found_any = False
        for key, pattern in patterns.items():
            match = re.search(pattern, text)
            if match:
                value = next(group for group in match.groups() if group is not None)
                self.put(path + ("数量", key), int(ph.number(value)), (match.start(), match.end()))
                found_any = True
        return found_any

    # 基本支出 -----------------------------------------------------------------------------------------

    def _basic(self, text: str) -> None:
        node = self._node()
        if ph.items(text) == []:
            return
        self._year(node, text, 0, leading=True)
        for part_start, part in _clauses(text, "；;"):
            found = ph.items(part)
            for item in found:
                if self.get(node + ("合计",)) is None:
                    self.put(node + ("合计",), item.amount, (part_start + item.start, part_start + item.end))
                    self._money(item)
                    continue
                child = self.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
                self.cover(part_start + item.start, part_start + item.end)
                described = ph.description(part[item.end:])
                if described is not None:
                    self.put(child + ("说明",), described.value)

    # 机关运行经费、政府采购、国有资产、预算绩效 -----------------------------------------------------------------

    def _single(self, text: str) -> None:
        node = self._node()
        found = ph.items(text)
        if not found:
            if re.search(r"不涉及|没有", text):
                self.put(node + ("原文",), text)
            return
        first = found[0]
        self._year(node, text, 0, leading=True)
        unit = _unit_before(first.name, "机关运行经费")
        if unit:
            self.put(node + ("单位",), unit)
        self.put(node + ("合计",), first.amount, (first.start, first.end))
        change = ph.change(text)
        if change is not None:
            self._change(node, change, 0)

    def _procurement(self, text: str) -> None:
        node = self._node()
        found = ph.items(text)
        if not found:
            return
        if self.get(node + ("合计",)) is None:
            first = found.pop(0)
            self._year(node, text, 0, leading=True)
            unit = _unit_before(first.name, "政府采购")
            if unit:
                self.put(node + ("单位",), unit)
            name = first.name[first.name.find("政府采购"):] if "政府采购" in first.name else first.name
            self.put(node + ("名称",), name)
            self.put(node + ("合计",), first.amount, (first.start, first.end))
        for item in found:
            if "中小企业" in item.name:
                sme = {"名称": item.name, "金额": item.amount}
                self.put(node + ("中小企业",), sme, (item.start, item.end))
                rest = text[item.end:]
                found_share = ph.share(rest)
                if found_share is not None:
                    sme["占比"] = f"{found_share.value}%"
                    self.cover(item.end + found_share.start, item.end + found_share.end)
                continue
            self.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
            self.cover(item.start, item.end)

    def _assets(self, text: str) -> None:
        node = self._node()
        date = re.search(r"截至\s*((?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)", text)
        if date:
            self.put(node + ("截至",), date.group(1), date.span())
        unit = re.search(r"[，,]\s*([^，,。0-9]{4,30}?)(?:共有|拥有|现有)", text)
        if unit:
            self.put(node + ("单位",), unit.group(1))
        vehicles = re.search(r"(?:共有|拥有|现有)?车辆\s*([0-9０-９]+)\s*辆", text)
        if vehicles:
            self.put(node + ("车辆",), {"合计": int(ph.number(vehicles.group(1)))}, vehicles.span())
            tail = text[vehicles.end():]
            for match in re.finditer(r"([\u4e00-\u9fff]{2,12}?车)\s*([0-9０-９]+)\s*辆", tail):
                kind = re.sub(r"^(其中[：:]?)", "", match.group(1))
                self.append(node + ("车辆", "明细"), {"名称": kind, "数量": int(ph.number(match.group(2)))})
                self.cover(vehicles.end() + match.start(), vehicles.end() + match.end())
        for key, pattern in (("通用设备", r"50万元以上通用设备\s*([0-9０-９]+)\s*台"),
                             ("专用设备", r"100万元以上专用设备\s*([0-9０-９]+)\s*台")):
            match = re.search(pattern, text)
            if match:
                self.put(node + (key,), int(ph.number(match.group(1))), match.span())

    def _text_only(self, text: str) -> None:
        node = self._node()
        if HEADING.match(text) and len(text) <= 40:
            return
        if self.get(node + ("原文",)) is None:
            self.put(node + ("原文",), text)
            self._labels(text)

    # -- the end ---------------------------------------------------------------------------------------

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


def _same_item(a: str, b: str) -> bool:
    fold = lambda s: re.sub(r"[（）()]", "", s).replace("维护", "")  # noqa: E731 - 运行费 / 运行维护费
    return fold(a) == fold(b) or fold(a).startswith(fold(b)) or fold(b).startswith(fold(a))


def _unit_before(name: str, keyword: str) -> str:
    """The organisation a sentence names before ``keyword``: 年中共XX纪检委政府采购… → 中共XX纪检委."""
    position = name.find(keyword)
    if position <= 0:
        return ""
    return re.sub(r"^[年度]+", "", name[:position]).strip("，, ")


def _clauses(text: str, separators: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for index, char in enumerate(text):
        if char in separators:
            out.append((start, text[start:index + 1]))
            start = index + 1
    if start < len(text):
        out.append((start, text[start:]))
    return out


def read(paragraphs: list[Paragraph]) -> Draft:
    return Reader(paragraphs).read()
