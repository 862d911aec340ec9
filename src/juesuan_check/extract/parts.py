"""The parts of a report around its 情况说明: 部门概况 (duties, departments, the units consolidated), the list
of 部门决算表 with their empty-table notes, and the terms of 名词解释."""

from __future__ import annotations

import re

from juesuan_check.extract.reading import Reading

NUMBERING = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]"
    r"|[0-9]+\s*[.．、](?![0-9])|[①②③④⑤⑥⑦⑧⑨⑩])\s*"
)
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
YEAR = re.compile(r"(?P<year>(?:19|20)[0-9]{2})年度?")


def strip_numbering(text: str) -> str:
    return NUMBERING.sub("", text, count=1).strip()


def heading_label(r: Reading, text: str) -> None:
    """The unit and year a part heading prints: 第三部分 XX中心2018年度部门决算情况说明."""
    found = YEAR.search(text)
    unit = re.sub(r"((?:19|20)[0-9]{2}年度?)?(部门)?(决算)?(情况说明|概况|部门决算表|名词解释)$", "", text).strip()
    unit = re.sub(r"(?:19|20)[0-9]{2}年度?.*$", "", unit).strip()
    key = {"overview": ("部门概况",), "narrative": ("情况说明",)}.get(r.part or "")
    if key is None:
        return
    if unit and len(unit) >= 4:
        r.put(key + ("单位",), unit)
        r.data.setdefault("单位", unit)
        r.places.setdefault(("单位",), r.paragraphs[r.index])
    if found is not None:
        r.put(key + ("年度",), int(found.group("year")), found.span())
        if r.part == "narrative":
            r.data["年度"] = int(found.group("year"))
            r.places[("年度",)] = r.paragraphs[r.index]


def overview(r: Reading, text: str) -> None:
    body = strip_numbering(text)
    if re.search(r"主要职责|部门职责|主要职能", text) and HEADING.match(text):
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
            for year in YEAR.finditer(text):
                r.cover(year.start(), year.end())
        else:
            r.get(composition)["单位列表"].append(body)
            r.places[composition + ("单位列表", len(r.get(composition)["单位列表"]) - 1)] = r.paragraphs[r.index]
    r.cover(0, len(text) - len(body))  # the numbering


def tables(r: Reading, text: str) -> None:
    body = strip_numbering(text)
    if re.search(r"(?:决算表|决算总表)$", body) and len(body) <= 40:
        r.data.setdefault("部门决算表", {})[body] = {}  # its cells are read from the tables (a later issue)
        r.places[("部门决算表", body)] = r.paragraphs[r.index]
        r.cover(0, len(text))
    elif "空表" in text and r.data.get("部门决算表"):
        name = list(r.data["部门决算表"])[-1]
        r.data["部门决算表"][name].update({"行": [], "空表说明": text})
        r.places[("部门决算表", name, "空表说明")] = r.paragraphs[r.index]


def glossary(r: Reading, text: str) -> None:
    body = strip_numbering(text)
    match = re.match(r"^([^：:]{1,80})[：:]", body)
    if match and body != text.strip():
        terms = r.data.setdefault("名词解释", [])
        terms.append(match.group(1).strip())
        r.places[("名词解释", len(terms) - 1)] = r.paragraphs[r.index]
        r.cover(0, len(text))
