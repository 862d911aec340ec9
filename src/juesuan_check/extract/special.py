"""The sections whose paragraphs are not statements of amounts: 国有资产 (dates and counts) and the sections
kept as text (预算绩效, and 政府性基金 or 国有资本经营 when they say the unit had none)."""

from __future__ import annotations

import re

from juesuan_check.extract.reading import Reading
from juesuan_check.extract.sections import section

_VEHICLES = re.compile(r"(?:共有|拥有|现有|实有)?车辆(?P<n>[0-9]+)辆")
_KIND = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?车)(?P<n>[0-9]+)辆")
_EQUIPMENT = {
    "通用设备": re.compile(r"50万元(?:（含）)?以上(?:的)?通用设备(?P<n>[0-9]+)(?:台|套)"),
    "专用设备": re.compile(
        r"100万元(?:（含）)?以上(?:的)?(?:专用)?设备(?:（不含车辆）)?(?P<n>[0-9]+)(?:台|套)(?:（套）)?"
    ),
}


@section("国有资产")
def assets(r: Reading, text: str) -> bool:
    node = ("情况说明", "国有资产")
    found = False
    date = re.search(r"截至((?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)", text)
    if date:
        r.put(node + ("截至",), date.group(1), date.span())
        found = True
    unit = re.search(r"[，,]([^，,。0-9]{4,30}?)(?:部门（单位）)?(?:共有|拥有|现有|实有)", text)
    if unit:
        r.put(node + ("单位",), unit.group(1))
    vehicles = _VEHICLES.search(text)
    if vehicles:
        r.put(node + ("车辆",), {"合计": int(vehicles.group("n"))}, vehicles.span())
        tail = text[vehicles.end() :]
        for match in _KIND.finditer(tail):
            kind = re.sub(r"^(其中[：:]?)", "", match.group("name"))
            r.append(node + ("车辆", "明细"), {"名称": kind, "数量": int(match.group("n"))})
            r.cover(vehicles.end() + match.start(), vehicles.end() + match.end())
        found = True
    for key, pattern in _EQUIPMENT.items():
        match = pattern.search(text)
        if match:
            r.put(node + (key,), int(match.group("n")), match.span())
            found = True
    return found


@section("预算绩效", "政府性基金", "国有资本经营")
def text_only(r: Reading, text: str) -> bool:
    """A paragraph that states no figure of the section is kept as its text (years and names are checked
    there); one that states amounts is left to the statement reader."""
    performance = (r.section_key or "预算绩效") == "预算绩效"
    if (
        not performance
        and re.search(r"[0-9.]+(?:万元|元|亿元)", text)
        and not re.search(r"无[^，。]*收入和支出|没有", text)
    ):
        return False  # a fund section with figures: its statements are read; 预算绩效's figures are not modelled
    key = ("情况说明", r.section_key or "预算绩效")
    if r.get(key + ("原文",)) is None:
        r.put(key + ("原文",), text)
    for year in re.finditer(r"(?:19|20)[0-9]{2}年", text):
        r.cover(year.start(), year.end())
    return True
