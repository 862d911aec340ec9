"""情况说明 parts with their own phrasing: 三公经费 with its counts, 基本支出, 机关运行经费, 政府采购,
国有资产, and the paragraphs kept as text (预算绩效, empty funds)."""

from __future__ import annotations

import re
from typing import Optional

from juesuan_check.extract import phrases as ph
from juesuan_check.extract.reading import HEADING, Path, Reading
from juesuan_check.extract.sections import section


@section("三公经费")
def _three(r: Reading, text: str) -> None:
    node = r.node()
    if r.get(node + ("合计",)) is None:
        _three_total(r, node, text)
        return
    found = ph.items(text)
    if not found:
        return
    first = found[0]
    child = _three_child(r, node, first.name)
    if child is None:
        return
    r.cover(0, len(text) - len(ph.strip_numbering(text)))
    r.cover(first.start, first.end)
    rest = text[first.end :]
    change = ph.change(text)
    if change is not None:
        r.change(child, change, 0)
    counts = _counts(r, child, text)
    labels = [y for y in ph.years(text) if y.start > first.end]
    for found_year in labels:
        r.cover(found_year.start, found_year.end)
    if labels or (counts and ph.years(text)):
        r.put(child + ("原文",), text)
    described = ph.description(rest)
    if described is not None and change is None:
        r.put(child + ("说明",), described.value, (first.end + described.start, first.end + described.end))
    _cover_repeats(r, text, first)


def _cover_repeats(r: Reading, text: str, first: ph.Item) -> None:
    """A paragraph that repeats its own figure (公务接待费0万元 … 0万元) says nothing new."""
    for item in ph.items(text)[1:]:
        if item.amount == first.amount:
            r.cover(item.start, item.end)
    for match in re.finditer(rf"(?<![0-9.]){re.escape(str(first.amount))}\s*(?:万元|元)", text):
        r.cover(match.start(), match.end())


def _three_total(r: Reading, node: Path, text: str) -> None:
    r.year(node, text, 0, leading=True)
    found = ph.items(text)
    if not found:
        return
    total = found.pop(0)
    r.put(node + ("合计",), total.amount, (total.start, total.end))
    r.money(total)
    done = ph.completion(text)
    if done is not None:
        r.put(node + ("年初预算完成率",), f"{done.value}%", (done.start, done.end))
    why = ph.reason(text)
    if why is not None:
        r.put(node + ("原因",), why.value, (why.start, why.end))
    change = ph.change(text)
    if change is not None:
        r.change(node, change, 0)
    for item in found:
        if change is not None and change.start <= item.start < change.end:
            continue
        r.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
        r.cover(item.start, item.end)


def _three_child(r: Reading, node: Path, name: str) -> Optional[Path]:
    children = r.get(node + ("明细",)) or []
    for index, child in enumerate(children):
        if _same_item(child["名称"], name):
            return node + ("明细", index)
    for index, child in enumerate(children):  # a part of a part: 公务用车购置费 under 公务用车…
        if "公务用车" in child["名称"] and "公务用车" in name and ("购置费" in name or "运行维护费" in name):
            parent = node + ("明细", index)
            grand = r.get(parent + ("明细",)) or []
            for g_index, grandchild in enumerate(grand):
                if _same_item(grandchild["名称"], name):
                    return parent + ("明细", g_index)
            first = ph.items(r.paragraphs[r.index].text)[0]
            return r.append(parent + ("明细",), {"名称": name, "金额": first.amount})
    return None


def _counts(r: Reading, path: Path, text: str) -> bool:
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
            r.put(path + ("数量", key), int(ph.number(value)), (match.start(), match.end()))
            found_any = True
    return found_any


@section("基本支出")
def _basic(r: Reading, text: str) -> None:
    node = r.node()
    if ph.items(text) == []:
        return
    r.year(node, text, 0, leading=True)
    for part_start, part in _clauses(text, "；;"):
        found = ph.items(part)
        for item in found:
            if r.get(node + ("合计",)) is None:
                r.put(node + ("合计",), item.amount, (part_start + item.start, part_start + item.end))
                r.money(item)
                continue
            child = r.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
            r.cover(part_start + item.start, part_start + item.end)
            described = ph.description(part[item.end :])
            if described is not None:
                r.put(child + ("说明",), described.value)


@section("机关运行经费")
def _single(r: Reading, text: str) -> None:
    node = r.node()
    found = ph.items(text)
    if not found:
        if re.search(r"不涉及|没有", text):
            r.put(node + ("原文",), text)
        return
    first = found[0]
    r.year(node, text, 0, leading=True)
    unit = _unit_before(first.name, "机关运行经费")
    if unit:
        r.put(node + ("单位",), unit)
    r.put(node + ("合计",), first.amount, (first.start, first.end))
    change = ph.change(text)
    if change is not None:
        r.change(node, change, 0)


@section("政府采购")
def _procurement(r: Reading, text: str) -> None:
    node = r.node()
    found = ph.items(text)
    if not found:
        return
    if r.get(node + ("合计",)) is None:
        first = found.pop(0)
        r.year(node, text, 0, leading=True)
        unit = _unit_before(first.name, "政府采购")
        if unit:
            r.put(node + ("单位",), unit)
        name = first.name[first.name.find("政府采购") :] if "政府采购" in first.name else first.name
        r.put(node + ("名称",), name)
        r.put(node + ("合计",), first.amount, (first.start, first.end))
    for item in found:
        if "中小企业" in item.name:
            sme = {"名称": item.name, "金额": item.amount}
            r.put(node + ("中小企业",), sme, (item.start, item.end))
            rest = text[item.end :]
            found_share = ph.share(rest)
            if found_share is not None:
                sme["占比"] = f"{found_share.value}%"
                r.cover(item.end + found_share.start, item.end + found_share.end)
            continue
        r.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
        r.cover(item.start, item.end)


@section("国有资产")
def _assets(r: Reading, text: str) -> None:
    node = r.node()
    date = re.search(r"截至\s*((?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)", text)
    if date:
        r.put(node + ("截至",), date.group(1), date.span())
    unit = re.search(r"[，,]\s*([^，,。0-9]{4,30}?)(?:共有|拥有|现有)", text)
    if unit:
        r.put(node + ("单位",), unit.group(1))
    vehicles = re.search(r"(?:共有|拥有|现有)?车辆\s*([0-9０-９]+)\s*辆", text)
    if vehicles:
        r.put(node + ("车辆",), {"合计": int(ph.number(vehicles.group(1)))}, vehicles.span())
        tail = text[vehicles.end() :]
        for match in re.finditer(r"([\u4e00-\u9fff]{2,12}?车)\s*([0-9０-９]+)\s*辆", tail):
            kind = re.sub(r"^(其中[：:]?)", "", match.group(1))
            r.append(node + ("车辆", "明细"), {"名称": kind, "数量": int(ph.number(match.group(2)))})
            r.cover(vehicles.end() + match.start(), vehicles.end() + match.end())
    for key, pattern in (
        ("通用设备", r"50万元以上通用设备\s*([0-9０-９]+)\s*台"),
        ("专用设备", r"100万元以上专用设备\s*([0-9０-９]+)\s*台"),
    ):
        match = re.search(pattern, text)
        if match:
            r.put(node + (key,), int(ph.number(match.group(1))), match.span())


@section("预算绩效", "政府性基金", "国有资本经营")
def _text_only(r: Reading, text: str) -> None:
    node = r.node()
    if HEADING.match(text) and len(text) <= 40:
        return
    if r.get(node + ("原文",)) is None:
        r.put(node + ("原文",), text)
        r.labels(text)


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
            out.append((start, text[start : index + 1]))
            start = index + 1
    if start < len(text):
        out.append((start, text[start:]))
    return out
