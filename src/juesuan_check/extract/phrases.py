"""The standard phrasing of 部门决算 情况说明 (2015–2024 templates) as small recognisers.

Each recogniser takes a text and returns what it found and where (character spans), so that the caller
can tell which numbers of a sentence were understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from juesuan_check.report.values import DIRECTION_SIGN

NUMBER = r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?"
_NAME = r"[\u4e00-\u9fff（）()“”\"、·A-Za-z]+?"
_ITEM = re.compile(rf"(?P<name>{_NAME})\s*(?P<value>-?{NUMBER})\s*(?P<unit>亿元|万元|元)")
NUMBERING = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+\s*[.．、](?![0-9]))\s*"
)
_DIRECTION = "|".join(word for word, sign in DIRECTION_SIGN.items() if sign)
_NO_CHANGE = "|".join(word for word, sign in DIRECTION_SIGN.items() if not sign)
_CHANGE = re.compile(
    rf"(?:与上年(?:度)?相比|比上年(?:度)?|较上年(?:度)?|同比)[，,]?(?P<subject>[^，,。；0-9]*?)"
    rf"(?P<word>{_DIRECTION})\s*(?P<amount>{NUMBER})\s*(?:亿元|万元|元)"
    rf"(?:[，,]?\s*(?P<pword>{_DIRECTION})\s*(?P<percent>{NUMBER})\s*[%％])?"
)
_FLAT = re.compile(
    r"(?:与上年(?:度)?相比|比上年(?:度)?(?:相比)?|较上年(?:度)?|同比)[，,]?(?P<subject>[^，,。；0-9]*?)(?P<word>"
    + _NO_CHANGE
    + ")"
)
_COMPLETION = re.compile(rf"完成(?:年初)?预算的\s*(?P<value>{NUMBER})\s*[%％]")
_SHARE = re.compile(rf"占(?P<base>[^0-9，,。；%％]*?)(?:的)?\s*(?P<value>{NUMBER})\s*[%％]")
_REASON = re.compile(r"(?:主要原因(?:是|为|：|:)|原因主要是|原因是|主要是由于|主要由于)\s*(?P<reason>[^。；;]+)")
_YEAR = re.compile(r"(?P<year>(?:19|20)[0-9]{2})\s*年(?:度)?")


def number(text: str) -> Decimal:
    """A printed number as written: full-width digits folded, thousands separators dropped."""
    folded = text.translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,")).replace(",", "")
    return Decimal(folded)


@dataclass(frozen=True)
class Found:
    value: object
    start: int
    end: int


@dataclass(frozen=True)
class Item:
    name: str
    amount: Decimal
    unit: str
    start: int
    end: int


def strip_numbering(text: str) -> str:
    return NUMBERING.sub("", text, count=1).strip()


def items(text: str) -> list[Item]:
    """Every "name + amount" in ``text``, as in 工资福利支出131.58万元，商品和服务支出6.08万元."""
    found = []
    for match in _ITEM.finditer(text):
        name = _clean_name(match.group("name"))
        if name:
            found.append(Item(name, number(match.group("value")), match.group("unit"), match.start(), match.end()))
    return found


def _clean_name(name: str) -> str:
    name = NUMBERING.sub("", name).lstrip("）)．.、").strip("，,、：: ")
    for lead in ("其中", "包括", "合计", "共计", "总计为", "主要是", "具体包括"):
        if name.startswith(lead):
            name = name[len(lead) :].strip("，,、：: ")
    return name


def share(text: str) -> Optional[Found]:
    match = _SHARE.search(text)
    return Found(match.group("value"), match.start(), match.end()) if match else None


def completion(text: str) -> Optional[Found]:
    match = _COMPLETION.search(text)
    return Found(match.group("value"), match.start(), match.end()) if match else None


def completions(text: str) -> list[tuple[str, str, int, int]]:
    """(subject, percentage, start, end) for each "X完成年初预算的N%" in ``text``."""
    found = []
    for match in _COMPLETION.finditer(text):
        before = re.split(r"[，,。；：:]", text[: match.start()])[-1]
        found.append((_clean_name(before), match.group("value"), match.start(), match.end()))
    return found


@dataclass(frozen=True)
class Change:
    subject: str
    word: str
    amount: Optional[Decimal]
    percent: Optional[str]
    percent_word: Optional[str]
    reason: Optional[str]
    start: int
    end: int


def change(text: str) -> Optional[Change]:
    """A 与上年相比 statement: its direction, amount, percentage and reason."""
    match = _CHANGE.search(text) or _FLAT.search(text)
    if match is None:
        return None
    reason, end = _reason_after(text, match.end())
    groups = match.groupdict()
    amount = number(groups["amount"]) if groups.get("amount") else None
    return Change(
        match.group("subject").strip("，, "),
        match.group("word"),
        amount,
        groups.get("percent"),
        groups.get("pword"),
        reason,
        match.start(),
        end,
    )


def _reason_after(text: str, start: int) -> tuple[Optional[str], int]:
    """The reason that follows a change statement, and where the statement with its reason ends."""
    tail = text[start:]
    match = _REASON.search(tail)
    if match and not re.search(r"[。；]", tail[: match.start()]):
        return match.group("reason").strip("，, "), start + match.end()
    loose = re.match(r"[，,]\s*主要是(?P<reason>[^。；]+)", tail)  # 减少68.87%，主要是经费结转
    if loose:
        return loose.group("reason").strip(), start + loose.end()
    return None, start


def reason(text: str) -> Optional[Found]:
    match = _REASON.search(text)
    return Found(match.group("reason").strip("，, "), match.start(), match.end()) if match else None


def year(text: str) -> Optional[Found]:
    match = _YEAR.search(text)
    return Found(int(match.group("year")), match.start(), match.end()) if match else None


def years(text: str) -> list[Found]:
    return [Found(int(m.group("year")), m.start(), m.end()) for m in _YEAR.finditer(text)]


def description(text: str) -> Optional[Found]:
    """What the money was for: 主要是工资福利等支出, 主要包括…, 主要用于…"""
    match = re.search(r"(主要(?:是|包括|用于)[^，,。；;]*(?:[、][^，,。；;]*)*)", text)
    if not match or match.group(1).startswith(("主要是由于", "主要原因")):
        return None
    return Found(match.group(1), match.start(), match.end())


DIGIT = re.compile(r"[0-9０-９]")
SENTENCE = re.compile(r"[^。；;]+[。；;]?")
