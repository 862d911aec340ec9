"""Reading the report's paragraphs into report data, part by part and section by section.

The parser follows the headings (第一部分…第四部分, 一、…, （一）…) to know where it is, and reads each
paragraph with the recognisers of ``phrases``. Every value it records remembers the paragraph it came
from, and every number it used is marked, so that the sentences it could not read can be listed.
"""

from __future__ import annotations

import re
from typing import Optional

from juesuan_check.extract import phrases as ph
from juesuan_check.extract import specifics, summary  # noqa: F401 - they register their section readers
from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.reading import HEADING, Draft, Reading
from juesuan_check.extract.sections import SECTIONS

# Headings of 情况说明 (after their numbering), in the order they are tried: (pattern, section key).
HEADINGS: list[tuple[str, Optional[str]]] = [
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


def _read(r: Reading) -> Draft:
    for index, paragraph in enumerate(r.paragraphs):
        r.index = index  # the paragraph being read, which every recorded value points at
        text = paragraph.text
        if _part(r, text):
            continue
        reader = PARTS.get(r.part or "")
        if reader is not None:
            reader(r, text)
    _finish(r)
    return Draft(r.data, r.places, _unread(r))


def _part(r: Reading, text: str) -> bool:
    match = re.match(r"^\s*第([一二三四])部分\s*(.*)$", text)
    if match:
        r.part = {"一": "overview", "二": "tables", "三": "narrative", "四": "glossary"}[match.group(1)]
        r.mode = r.section = r.sub = None
        r.cover(0, len(text))
        _heading_label(r, match.group(2))
        r.pending_heading = r.part
        return True
    if r.pending_heading and len(text) <= 30 and re.search(r"概况|情况说明|决算表|名词解释", text):
        r.cover(0, len(text))
        _heading_label(r, text)
        r.pending_heading = None
        return True
    r.pending_heading = None
    return False


def _heading_label(r: Reading, text: str) -> None:
    """The unit and year a part heading prints: 第三部分 XX中心2018年度部门决算情况说明."""
    found = ph.year(text)
    unit = re.sub(
        r"((?:19|20)[0-9]{2}\s*年度?)?\s*(部门)?(决算)?(情况说明|概况|部门决算表|名词解释)$", "", text
    ).strip()
    unit = re.sub(r"(?:19|20)[0-9]{2}\s*年度?.*$", "", unit).strip()
    key = {"overview": ("部门概况",), "narrative": ("情况说明",)}.get(r.part or "")
    if key is None:
        return
    if unit and len(unit) >= 4:
        r.put(key + ("单位",), unit)
        r.data.setdefault("单位", unit)
        r.places.setdefault(("单位",), r.paragraphs[r.index])
    if found is not None:
        r.put(key + ("年度",), found.value, (found.start, found.end))
        if r.part == "narrative":
            r.data["年度"] = found.value
            r.places[("年度",)] = r.paragraphs[r.index]


def _overview(r: Reading, text: str) -> None:
    body = ph.strip_numbering(text)
    if re.search(r"主要职责|部门职责", text) and HEADING.match(text):
        r.mode = "duties"
    elif re.match(r"^(机构设置|内设机构)[：:]?$", body):
        r.mode = "departments"
    elif "决算单位构成" in text:
        r.mode = "composition"
        r.data.setdefault("部门概况", {}).setdefault("决算单位构成", {"单位列表": []})
        r.places[("部门概况", "决算单位构成")] = r.paragraphs[r.index]
    elif r.mode == "duties" and body != text.strip():
        r.data.setdefault("部门概况", {}).setdefault("主要职责", []).append(body)
        r.places[("部门概况", "主要职责", len(r.data["部门概况"]["主要职责"]) - 1)] = r.paragraphs[r.index]
    elif r.mode == "departments" and body != text.strip() and len(body) <= 40:
        r.data.setdefault("部门概况", {}).setdefault("机构设置", []).append(body)
        r.places[("部门概况", "机构设置", len(r.data["部门概况"]["机构设置"]) - 1)] = r.paragraphs[r.index]
    elif r.mode == "composition":
        composition = ("部门概况", "决算单位构成")
        if "原文" not in r.get(composition) and re.search(r"包括|范围", text):
            r.put(composition + ("原文",), text)
            r.labels(text)
        else:
            r.get(composition)["单位列表"].append(body)
            r.places[composition + ("单位列表", len(r.get(composition)["单位列表"]) - 1)] = r.paragraphs[r.index]
    r.cover(0, len(text) - len(body))  # the numbering


def _tables(r: Reading, text: str) -> None:
    body = ph.strip_numbering(text)
    if re.search(r"决算表$", body) and len(body) <= 40:
        r.data.setdefault("部门决算表", {})[body] = {}
        r.places[("部门决算表", body)] = r.paragraphs[r.index]
        r.cover(0, len(text))
    elif "空表" in text and r.data.get("部门决算表"):
        name = list(r.data["部门决算表"])[-1]
        r.data["部门决算表"][name].update({"行": [], "空表说明": text})
        r.places[("部门决算表", name, "空表说明")] = r.paragraphs[r.index]


def _glossary(r: Reading, text: str) -> None:
    body = ph.strip_numbering(text)
    match = re.match(r"^([^：:]{1,80})[：:]", body)
    if match and body != text.strip():
        terms = r.data.setdefault("名词解释", [])
        terms.append(match.group(1).strip())
        r.places[("名词解释", len(terms) - 1)] = r.paragraphs[r.index]
        r.cover(0, len(text))


def _narrative(r: Reading, text: str) -> None:
    body = ph.strip_numbering(text)
    if HEADING.match(text):
        _switch(r, body)
    if r.section is None:
        return
    SECTIONS[r.section](r, text)


def _switch(r: Reading, body: str) -> None:
    if r.section in ("财政拨款支出", "一般公共预算财政拨款支出"):
        if body.startswith("总体情况"):
            r.sub, r.cls = "总体情况", None
            r.cover(0, len(body))
            return
        if re.match(r"^(具体情况|结构情况|支出决算具体情况)", body):
            r.sub, r.cls = "功能分类", None
            return
    for pattern, key in HEADINGS:
        if re.search(pattern, body):
            r.section, r.sub, r.cls = key, None, None
            return


def _finish(r: Reading) -> None:
    if r.units:
        r.data["金额单位"] = r.units.most_common(1)[0][0]
    narrative_unit = r.get(("情况说明", "单位"))
    if "单位" not in r.data and narrative_unit:
        r.data["单位"] = narrative_unit


def _unread(r: Reading) -> list[tuple[Paragraph, str]]:
    unread = []
    for index, paragraph in enumerate(r.paragraphs):
        spans = r.covered.get(index, [])
        for sentence in ph.SENTENCE.finditer(paragraph.text):
            digits = [m.start() + sentence.start() for m in ph.DIGIT.finditer(sentence.group(0))]
            if digits and not all(any(a <= d < b for a, b in spans) for d in digits):
                unread.append((paragraph, sentence.group(0).strip()))
    return unread


# The readers of the report's parts (第一部分 … 第四部分), by the name ``_part`` gives the part.
PARTS = {"overview": _overview, "tables": _tables, "narrative": _narrative, "glossary": _glossary}


def read(paragraphs: list[Paragraph]) -> Draft:
    return _read(Reading(paragraphs))
