"""The standard tables of 第二部分 部门决算表, recorded as printed: each table under its name, its columns by
header name, one flow list per row.

A row starts with its label — a name (``[合计, 1200.00, …]``) or a classification code and a name
(``[2080501, 行政单位离退休, 35.20, …]``) — and then gives one cell per column: a number as printed (its
decimals kept) or a blank (``~``, ``""``, ``-`` or ``—``), which is not the same as ``0.00``. A table printed
as two side-by-side blocks (收入 | 支出) records each block under its key. A table with no data rows is
``行: []`` with the sentence printed under it in ``空表说明``; a table whose rows were not transcribed has no
``行`` at all. A header of several levels is written with ``/`` (``本年支出/合计``).

What a row means (which element is its code, its name, its cells) is decided here, once, for every reader of
the model; whether its names and shapes are those of the template is the checks' question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Optional, Union

from pydantic import Field, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from juesuan_check.report.base import Base
from juesuan_check.report.values import Category, Label, MoneyUnit, Text, is_number

# What a blank cell may be written as: nothing, an empty string, or the dashes documents print.
BLANKS = frozenset({"", "-", "—", "–", "－", "——"})
_CODE = re.compile(r"[0-9]{3}(?:[0-9]{2}){0,2}")


def _cell(value: Any) -> Union[Decimal, int, str, None]:
    if value is None or isinstance(value, str):
        return value.strip() if isinstance(value, str) else None
    if is_number(value):
        return value
    raise PydanticCustomError("cell_type", "not a cell", {"text": str(value)})


Cell = Annotated[
    Union[Decimal, int, str, None],
    PlainValidator(_cell),
    WithJsonSchema({"type": ["number", "string", "null"]}),
    Category.MONEY,
]


class Block(
    Base,
    json_schema_extra={"description": "一张表（或表的收入、支出一侧）：列名和每行的数字，每行写成一个列表"},
):
    """A table's columns and rows, or one side of a table printed as two blocks."""

    columns: Optional[tuple[Label, ...]] = Field(
        None, alias="列", description="数字列的表头，按印刷原样；多层表头用 / 连接，如 本年支出/合计"
    )
    rows: Optional[tuple[tuple[Cell, ...], ...]] = Field(
        None,
        alias="行",
        description="每行一个列表：[名称, 数字…] 或 [科目编码, 科目名称, 数字…]；空白单元格写 ~ 或 -，与 0.00 不同",
    )


class Table(Block, json_schema_extra={"description": "一张决算表：金额单位、列、行，空表附空表说明"}):
    """One table of 部门决算表, under its name as printed."""

    unit: Optional[MoneyUnit] = Field(None, alias="金额单位", description="表上印出的金额单位（单位：万元）")
    income: Optional[Block] = Field(None, alias="收入", description="左右两栏的表（收支总表）的收入一栏")
    spending: Optional[Block] = Field(None, alias="支出", description="左右两栏的表（收支总表）的支出一栏")
    empty_note: Optional[Text] = Field(None, alias="空表说明", description="空表下方印出的说明，如“…故本表无数据”")
    notes: tuple[Text, ...] = Field((), alias="表注", description="表下方印出的其他文字（如“注：本表反映…”）")
    residue: tuple[Text, ...] = Field(
        (), alias="模板残留", description="表中照印的模板占位内容（如编码、名称写作“…”的行），按原样"
    )


@dataclass(frozen=True)
class Row:
    """One row of a block as read: its label, its cells, and where they are in its flow list."""

    index: int  # position in 行
    code: Optional[str]  # the classification code, when the row starts with one
    name: str  # the name as printed ("" when the row has no label)
    first: int  # index in the flow list of the first cell
    cells: tuple[Optional[Decimal], ...]  # None: blank
    wrong: tuple[int, ...]  # flow-list indices of elements that are neither a number nor a blank

    def cell(self, column: int) -> Optional[Decimal]:
        return self.cells[column] if column < len(self.cells) else None


def _code(value: Any) -> Optional[str]:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)  # a code read as an amount (a report's 金额小数位 widens every number of a row)
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    return text if isinstance(text, str) and _CODE.fullmatch(text) else None


def read_row(index: int, raw: tuple[Any, ...]) -> Row:
    """A row's label and cells: ``[code, name, cells…]``, ``[name, cells…]`` or ``[cells…]``."""
    code, name, first = None, "", 0
    if len(raw) >= 2 and _code(raw[0]) is not None and isinstance(raw[1], str) and raw[1] not in BLANKS:
        code, name, first = _code(raw[0]), raw[1], 2
    elif raw and isinstance(raw[0], str) and raw[0] not in BLANKS:
        name, first = raw[0], 1
    cells: list[Optional[Decimal]] = []
    wrong: list[int] = []
    for position, value in enumerate(raw[first:], start=first):
        if is_number(value):
            cells.append(Decimal(value))
        elif value is None or value in BLANKS:
            cells.append(None)
        else:
            cells.append(None)
            wrong.append(position)
    return Row(index, code, name, first, tuple(cells), tuple(wrong))


def rows_of(block: Block) -> tuple[Row, ...]:
    return tuple(read_row(index, raw) for index, raw in enumerate(block.rows or ()))


def blocks_of(table: Table) -> dict[Optional[str], Block]:
    """The blocks of a table by their key (None: the table itself, when it is not printed in two blocks)."""
    found: dict[Optional[str], Block] = {}
    for attr in ("income", "spending"):
        block = getattr(table, attr)
        if block is not None:
            found[Table.model_fields[attr].alias] = block
    if not found or table.rows is not None or table.columns is not None:
        found[None] = table
    return found
