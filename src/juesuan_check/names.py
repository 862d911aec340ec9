"""Years and organisation names as a report prints them, and whether a name is the reporting unit."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# A four-digit year not part of a larger number, and not an amount or a count (2000元, 1950人次).
_YEAR = re.compile(
    r"(?<![0-9.])((?:19|20)[0-9]{2})(?![0-9.])(?!\s*(?:万|元|亿|%|％|个|人|辆|台|套|件|项|批|次|户|家|吨|米))"
)
_CLAUSE_END = "，。；;,！？!?\n"
_ADMIN = "省市区县旗州盟"
_ORG_SUFFIXES = (
    "委员会",
    "纪检委",
    "中心",
    "办公室",
    "管理局",
    "人民政府",
    "政府",
    "检察院",
    "法院",
    "医院",
    "学校",
    "中学",
    "小学",
    "公司",
    "局",
    "委",
    "办",
    "院",
    "所",
    "站",
    "队",
    "馆",
    "厅",
    "处",
    "部",
)
# Words before a name that make it someone the unit deals with, not the unit itself.
_NOT_SUBJECT = ("根据", "按照", "依据", "经", "由", "向", "对", "与", "和", "及", "会同", "配合", "协助", "报", "受")
# Words after a name that make it a superior body acting on the report (区人民政府审定, 财政局汇总), not the unit.
_SUPERIOR_ACTS = re.compile(
    r"^(?:[（(][^）)]{0,3}[）)])?(?:审定|汇总|批复|审核|审批|批准|下达|部署|要求|安排|印发|统一|组织|同意)"
)


@dataclass(frozen=True)
class Mention:
    text: str
    start: int  # offset in the text
    occurrence: int  # how many times the same text occurred before, for locating it in the file


def years(text: str) -> Iterator[tuple[int, Mention]]:
    seen: dict[str, int] = {}
    for match in _YEAR.finditer(text):
        token = match.group(1)
        yield int(token), Mention(token, match.start(), seen.get(token, 0))
        seen[token] = seen.get(token, 0) + 1


# Before a year: the words that make it the base of a comparison or a point of time (比2015年, 与2015年相比,
# 自2015年起, 按2015年同口径); after it: the words that make it last year's figure or a comparison (2015年为…,
# 2015年同期, 2015年度决算数).
_BASE_BEFORE = re.compile(r"(?:比|较|与|同|对比|相比|相较|较之|对照|自|从|至|截至|截止|根据|按照|依据|按|参照)\s*$")
_BASE_AFTER = re.compile(
    r"^\s*年?度?\s*(?:同期|相比|比较|对比|同口径|决算数|决算相比|数据|以来|起|为|是|末|底|实际|同比)"
)


def is_comparison_base(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is the base of a comparison or last year's figure rather than
    the label of this year's figures: 比2015年…, 与2015年相比, 2015年为…, 按2015年同口径."""
    return bool(_BASE_BEFORE.search(text[max(0, start - 4) : start]) or _BASE_AFTER.match(text[end : end + 8]))


def clause_at(text: str, start: int) -> str:
    begin = _clause_start(text, start)
    ends = [i for i in (text.find(ch, start) for ch in _CLAUSE_END) if i >= 0]
    return text[begin : min(ends) if ends else len(text)]


def fold(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name)
    return "".join(ch for ch in folded if not ch.isspace())


_LEVEL_MARK = re.compile(r"(?<=.)[（(][类款项][)）]$")


@functools.lru_cache(maxsize=8192)
def normalize(name: str) -> str:
    """A name as compared: full-width forms folded, spaces and quotes dropped, a trailing level mark （类）
    （款）（项） and then a trailing 支出 ignored."""
    folded = "".join(ch for ch in fold(name) if ch not in "“”\"'‘’「」")
    folded = _LEVEL_MARK.sub("", folded)  # 社会保障和就业支出（类）: the level the text marks is no part of the name
    if folded.endswith("支出") and len(folded) > 2:
        folded = folded[:-2]
    return folded


def _is_subsequence(short: str, full: str) -> bool:
    chars = iter(full)
    return all(ch in chars for ch in short)


_REGIONS = re.compile(r"(?:[\u4e00-\u9fff]{1,7}?[省市县区州盟旗])+")


def is_unit(stated: str, unit: str, aliases: Iterable[str] = ()) -> bool:
    """Whether ``stated`` names the reporting unit: its full name, a declared 简称, or a short form of it
    (the full name with leading parts left out, such as 区网格管理中心 for 某市某区网格管理中心)."""
    short, full = fold(stated), fold(unit)
    if short == full or short in {fold(a) for a in aliases}:
        return True
    prefix = short[: -len(full)] if short.endswith(full) else ""
    if len(full) >= 4 and prefix and len(prefix) <= 20 and _REGIONS.fullmatch(prefix):
        return True  # the full name with the places it stands in before it: 某省某县 + 某镇人民政府
    return len(short) >= 3 and short[-2:] == full[-2:] and _is_subsequence(short, full)


def region_prefixes(unit: str) -> list[str]:
    """The place names a unit's name starts with: 某市, 某市某区, 某区 for 某市某区网格管理中心."""
    name = fold(unit)
    name = name[2:] if name.startswith("中共") else name
    tokens: list[str] = []
    start = 0
    for index, ch in enumerate(name):
        if ch in _ADMIN and 2 <= index + 1 - start <= 6 and index + 1 < len(name):
            tokens.append(name[start : index + 1])
            start = index + 1
        elif index + 1 - start > 6:
            break
    prefixes = {"".join(tokens[i:j]) for i in range(len(tokens)) for j in range(i + 1, len(tokens) + 1)}
    return sorted(prefixes, key=len, reverse=True)


# What an organisation's name may be followed by when the text speaks of its building or works, not of it as
# the one whose figures these are.
_OBJECT_AFTER = re.compile(r"(?:的)?(?:办公)?(?:大楼|楼宇|办公楼|房屋|用房|场所|装修|维修|改造|建设|工程)")


def other_organisations(text: str, unit: str, aliases: Iterable[str] = ()) -> Iterator[Mention]:
    """Organisations other than the unit that ``text`` names as the subject of its figures.

    A name is looked for where one of the unit's own place names starts (某市, 某区 …) and may end at
    any organisation suffix within 20 characters; it is the unit when any of those endings is."""
    prefixes = region_prefixes(unit)
    if not prefixes:
        return
    starts = re.compile("(?:中共)?(?:" + "|".join(map(re.escape, prefixes)) + ")")
    suffix = re.compile("|".join(_ORG_SUFFIXES))
    seen: dict[str, int] = {}
    position = 0
    while (match := starts.search(text, position)) is not None:
        window = text[match.start() : match.start() + 26]
        endings = [m.end() for m in suffix.finditer(window, match.end() - match.start())]
        position = match.end()
        if not endings or text[_clause_start(text, match.start()) : match.start()].endswith(_NOT_SUBJECT):
            continue
        if text.count("《", 0, match.start()) > text.count("》", 0, match.start()):
            continue  # inside a title: 《上海市预算绩效管理实施办法》 names a document
        if any(_SUPERIOR_ACTS.match(text[match.start() + end :]) for end in endings):
            position = match.start() + max(endings)
            continue
        if any(_OBJECT_AFTER.match(text[match.start() + end :]) for end in endings):
            position = match.start() + max(endings)  # 某中心办公大楼装修: a building, not whose figures
            continue
        if any(is_unit(window[:end], unit, aliases) for end in endings):
            position = match.start() + max(endings)
            continue
        name = window[: endings[0]]
        yield Mention(name, match.start(), seen.get(name, 0))
        seen[name] = seen.get(name, 0) + 1
        position = match.start() + endings[0]


def _clause_start(text: str, start: int) -> int:
    return max((text.rfind(ch, 0, start) for ch in _CLAUSE_END), default=-1) + 1
