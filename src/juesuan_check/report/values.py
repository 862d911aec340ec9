"""The value types of a report file: money, percentages, counts, years, classification codes.

Each type takes the plain data the loader produced and either returns the value or raises an error whose
type names what was wrong, so that the message can say it in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal, Optional

from pydantic import BeforeValidator, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

_PERCENT = re.compile(r"([-+]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+))\s*%")
_CODE = re.compile(r"[0-9]{3}(?:[0-9]{2}){0,2}")


def is_number(value: Any) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)")
LARGEST = Decimal(10) ** 15  # no amount of a department comes near this in any unit


def _money(value: Any) -> Decimal:
    if is_number(value):
        if abs(Decimal(value)) >= LARGEST:
            raise PydanticCustomError("money_too_large", "not a real amount", {"text": str(value)})
        return Decimal(value)
    if isinstance(value, str):
        raise _text_number(value.strip(), "money")
    raise PydanticCustomError("money_type", "amount must be a number", {"text": str(value)})


def _text_number(text: str, kind: str) -> PydanticCustomError:
    """Why a number written as text was refused, with the form to write instead."""
    folded = unicodedata.normalize("NFKC", text).replace(" ", "")
    bare = folded.rstrip("%")
    if folded != text and _NUMBER.fullmatch(bare):
        return PydanticCustomError(f"{kind}_fullwidth", "full-width characters", {"text": text, "fixed": folded})
    if "," in bare and _NUMBER.fullmatch(bare.replace(",", "")):
        return PydanticCustomError(
            f"{kind}_separators", "thousands separators", {"text": text, "fixed": folded.replace(",", "")}
        )
    if bare.lower().lstrip("+-") in ("nan", "inf", "infinity", ".nan", ".inf"):
        return PydanticCustomError(f"{kind}_not_finite", "not a finite number", {"text": text})
    if kind == "money" and _NUMBER.fullmatch(folded):
        return PydanticCustomError("money_string", "amount written as text", {"text": text})
    return PydanticCustomError(f"{kind}_type", "not a number", {"text": text})


def _percent(value: Any) -> Decimal:
    if isinstance(value, str):
        match = _PERCENT.fullmatch(value.strip())
        if match:
            return Decimal(match.group(1))
        raise _text_number(value.strip(), "percent")
    if is_number(value):
        raise PydanticCustomError("percent_sign", "percentage without %", {"text": str(value)})
    raise PydanticCustomError("percent_type", "not a percentage", {"text": str(value)})


def _count(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise PydanticCustomError("count_type", "not a whole count", {"text": str(value)})


def _year(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1950 <= value <= 2100:
        return value
    raise PydanticCustomError("year_type", "not a year", {"text": str(value)})


def _code(value: Any) -> str:
    text = str(value).replace(" ", "") if is_number(value) or isinstance(value, str) else ""
    if _CODE.fullmatch(text):
        return text
    raise PydanticCustomError("code_type", "not a classification code", {"text": str(value)})


def _text(value: Any) -> str:
    if isinstance(value, str) and value.strip():
        return value
    raise PydanticCustomError("text_type", "expected text", {"text": str(value)})


class Category(StrEnum):
    """What a value of the report is, as the checks and the outputs treat it. Each value type carries its
    category in its annotation, so that the vocabulary (``report.vocabulary``) can derive every key's
    category from the model instead of keeping lists of keys."""

    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    YEAR = "year"
    CODE = "code"
    TEXT = "text"  # free text, scanned for years and organisation names
    LABEL = "label"  # a name or label as printed (名称, 单位): compared, not scanned
    WORD = "word"  # a word from a closed list (增加, 万元 …)
    FLAG = "flag"


Money = Annotated[Decimal, PlainValidator(_money), WithJsonSchema({"type": "number"}), Category.MONEY]
Percent = Annotated[
    Decimal,
    PlainValidator(_percent),
    WithJsonSchema({"type": "string", "pattern": r"^[-+]?([0-9]+(\.[0-9]+)?|\.[0-9]+)\s*%$"}),
    Category.PERCENT,
]
Count = Annotated[int, PlainValidator(_count), WithJsonSchema({"type": "integer", "minimum": 0}), Category.COUNT]
Year = Annotated[
    int, PlainValidator(_year), WithJsonSchema({"type": "integer", "minimum": 1950, "maximum": 2100}), Category.YEAR
]
Code = Annotated[str, PlainValidator(_code), WithJsonSchema({"type": ["string", "integer"]}), Category.CODE]
Text = Annotated[str, PlainValidator(_text), WithJsonSchema({"type": "string", "minLength": 1}), Category.TEXT]
Label = Annotated[str, Category.LABEL]


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


# Names written as one name or a list of them (简称: 区网格中心, or 简称: [区网格中心, 网格中心])
Names = Annotated[
    tuple[str, ...],
    BeforeValidator(_one_or_many),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]


def _canonical_word(value: Any) -> Any:
    """A direction word as compared: full-width forms and spaces folded, the slash and the parentheses of an
    unfilled template choice written one way (增加(减少) → 增加（减少）)."""
    if not isinstance(value, str):
        return value
    text = "".join(unicodedata.normalize("NFKC", value).split())
    return text.replace("(", "（").replace(")", "）")


def _money_unit(value: Any) -> Any:
    """萬元 and 億元 (traditional script) are 万元 and 亿元."""
    return value.replace("萬", "万").replace("億", "亿") if isinstance(value, str) else value


MoneyUnit = Annotated[Literal["元", "万元", "亿元"], BeforeValidator(_money_unit)]
UnitType = Literal["行政单位", "参照公务员法管理的事业单位", "事业单位", "其他"]
# What a file records: a whole report (the default), its 情况说明 alone, a standalone 三公经费 notice, or an
# excerpt. Completeness is judged against the template for what the file claims to be.
Scope = Literal["全文", "情况说明", "三公经费", "节选"]

# Words a report uses for the direction of a change, and the sign each asserts. An unfilled template choice
# (增加/减少, 增长（下降）) asserts nothing: its sign is None, the arithmetic leaves it alone and the template
# rules report it.
DIRECTION_SIGN: dict[str, Optional[int]] = {
    "增加": 1,
    "增长": 1,
    "上升": 1,
    "提高": 1,
    "减少": -1,
    "下降": -1,
    "降低": -1,
    "持平": 0,
    "无变化": 0,
    "不变": 0,
    "增加/减少": None,
    "增加（减少）": None,
    "增长/下降": None,
    "增长（下降）": None,
    "减少/增加": None,
    "减少（增加）": None,
    "下降/增长": None,
    "下降（增长）": None,
    "上升/下降": None,
    "上升（下降）": None,
}
# Against the budget, reports also say the 决算数 is 大于/小于/等于 the 预算数, or 超出/节约 it.
BUDGET_SIGN: dict[str, Optional[int]] = {
    **DIRECTION_SIGN,
    "大于": 1,
    "超出": 1,
    "超支": 1,
    "小于": -1,
    "节约": -1,
    "等于": 0,
    "大于/小于": None,
    "大于（小于）": None,
}
Direction = Annotated[Literal[tuple(DIRECTION_SIGN)], BeforeValidator(_canonical_word)]  # type: ignore[valid-type]
BudgetDirection = Annotated[Literal[tuple(BUDGET_SIGN)], BeforeValidator(_canonical_word)]  # type: ignore[valid-type]
