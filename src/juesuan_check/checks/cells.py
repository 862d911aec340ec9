"""Operands of identities between table cells and the narrative: selectors, and what they stand for in a
report.

A table selector is ``TABLE/[BLOCK/]ROW/COLUMN``: the table by its standard name (or a title the profile
knows), the block of a table printed in two (收入, 支出), the row and the column by their labels (``a|b``
accepts either; a row under another of the same name is ``parent>row``; a column of a several-level header
is ``本年支出/合计``). A row may also be

- a classification code (``301``),
- ``*``: every row of the left-hand table in turn, the same row (by code, else label) in the others,
- ``#类``, ``#款``, ``#项`` or ``#``: every row of that level (or every coded row) in turn, by code,
- ``@类``, ``@款``, ``@项``: the sum of every row of that level, ``@类-301-303`` leaving out codes;

and a column may be ``*``: every column of the left-hand table in turn. Anything else is a narrative
selector (see ``ReportView.resolve_path``), whose figure is its amount, or with ``@budget``, ``@share`` or
``@completion`` at its end, its 年初预算, 占比 or 完成率. A leading ``-`` subtracts an operand; a trailing ``?``
leaves it out when the report does not have it.

A blank cell is 0 (exactly); so is a cell of a recorded table with no data, and the cell of a code a table
leaves out (tables list only the codes spent on) — unless a class list holds a name the catalogue does not
know, when the code of an absent row cannot be told. A table that was not transcribed, a row named by its
label that is not there, or a column the table does not have leave the identity unjudged.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from juesuan_check.checks.tables import LEVELS, BlockRef, Cell, RowRef, added
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.numbers import Quantity
from juesuan_check.report.loader import Path
from juesuan_check.report.model import Report
from juesuan_check.report.vocabulary import by_key

MEASURES = ("budget", "share", "completion")
_LEVEL_OF = {name: length for length, name in LEVELS.items()}


@dataclass(frozen=True)
class Operand:
    text: str  # the selector, without sign, measure and ?
    negative: bool
    optional: bool
    measure: Optional[str]  # narrative only: budget | share | completion
    table: bool  # a table cell (else a narrative figure)

    @property
    def percent(self) -> bool:
        return self.measure in ("share", "completion")


@functools.lru_cache(maxsize=4096)
def parse(text: str) -> Operand:
    body, negative = (text[1:], True) if text.startswith("-") else (text, False)
    body, optional = (body[:-1], True) if body.endswith("?") else (body, False)
    segments = body.split("/")
    if not body or any(not segment.strip() for segment in segments):
        raise ValueError(f"not a selector: {text!r}")
    table = segments[0] not in by_key(Report)
    measure = None
    if not table and "@" in segments[-1]:
        last, _, measure = segments[-1].partition("@")
        if measure not in MEASURES:
            raise ValueError(f"unknown measure @{measure} (known: {', '.join(MEASURES)})")
        body = "/".join([*segments[:-1], last])
    elif table and len(segments) < 3:
        raise ValueError(f"a table selector is TABLE/[BLOCK/]ROW/COLUMN: {text!r}")
    return Operand(body, negative, optional, measure, table)


@dataclass(frozen=True)
class Binding:
    """The row (by label and code) and the column a wildcard stands for in one round of an identity."""

    row: Optional[str] = None
    code: Optional[str] = None
    column: Optional[str] = None


@dataclass(frozen=True)
class Value:
    """What an operand stands for: its figure, and the places it came from."""

    quantity: Quantity
    figure: Optional[Decimal] = None  # as printed, for a single cell or a narrative figure (None: blank)
    cells: tuple[Cell, ...] = ()  # table cells (their places, when printed)
    node: Optional[NodeRef] = None  # a narrative figure

    @property
    def paths(self) -> tuple[Path, ...]:
        if self.node is not None:
            return (self.node.value_path,)
        return tuple(cell.path for cell in self.cells if cell.path is not None)


def _split(view: ReportView, text: str) -> Optional[tuple[BlockRef, str, str]]:
    """The block, row and column segments of a table selector (once per report)."""
    memo = ("selector", (text,))
    if memo not in view.memo:
        view.memo[memo] = _split_once(view, text)
    return view.memo[memo]


def _split_once(view: ReportView, text: str) -> Optional[tuple[BlockRef, str, str]]:
    segments = text.split("/")
    table = view.tables.table(segments[0])
    if table is None:
        return None
    if None in table.blocks:
        return table.blocks[None], segments[1], "/".join(segments[2:])
    if len(segments) < 4 or segments[1] not in table.blocks:
        return None
    return table.blocks[segments[1]], segments[2], "/".join(segments[3:])


def bindings(view: ReportView, text: str) -> Iterator[Binding]:
    """Every round a (left-hand) operand's wildcards stand for: one empty binding when it has none."""
    operand = parse(text)
    found = _split(view, operand.text) if operand.table else None
    if found is None:
        yield Binding()
        return
    block, row, column = found
    columns = block.columns if column == "*" else [None]
    if row == "*":
        rows = [(ref.key, ref.code) for ref in block.rows]
    elif row.startswith("#"):
        level = _LEVEL_OF.get(row[1:])
        rows = [(ref.key, ref.code) for ref in block.rows if ref.code and (level is None or len(ref.code) == level)]
    else:
        rows = [(None, None)]
    for key, code in rows:
        for name in columns:
            yield Binding(key, code, name)


def value(view: ReportView, text: str, binding: Binding) -> Optional[Value]:
    """The figure ``text`` stands for in this round, or None when the report does not have it."""
    operand = parse(text)
    if not operand.table:
        return _narrative(view, operand)
    found = _split(view, operand.text)
    if found is None:
        return None
    block, row, column = found
    if not block.recorded:
        return None
    columns = [binding.column] if column == "*" else [view.tables.labels.canon(c) for c in column.split("|")]
    index = next((block.column(c) for c in columns if c is not None and block.column(c) is not None), None)
    if index is None:
        if block.empty:
            return Value(Cell(None, None).quantity, None, (Cell(None, None),))
        return None
    rows = _rows(view, block, row, binding)
    if rows is None or any(ref is not None and ref.broken for ref in rows):
        return None
    cells = tuple(block.cell(ref, index) for ref in rows) or (Cell(None, None),)
    return Value(added(cells), cells[0].value if len(cells) == 1 else None, cells)


def _rows(view: ReportView, block: BlockRef, row: str, binding: Binding) -> Optional[list[Optional[RowRef]]]:
    """The rows a row segment names (several for a sum; [None] for a code the table leaves out, which is 0)."""
    if block.empty:
        return [None]
    if row.startswith("@"):
        level, *left_out = row[1:].split("-")
        length = _LEVEL_OF.get(level)
        if length is None or (level == "类" and block.unknown_classes):
            return None
        return [ref for ref in block.rows if ref.code and len(ref.code) == length and ref.code not in left_out]
    if row == "*" or row.startswith("#"):
        if binding.code is not None:
            return _by_code(block, binding.code)
        ref = block.row(binding.row) if binding.row is not None else None
        return [ref] if ref is not None else None
    if row.isdigit():
        return _by_code(block, row)
    for label in row.split("|"):
        ref = block.row(view.tables.labels.canon(label))
        if ref is not None:
            return [ref]
    return None


def _by_code(block: BlockRef, code: str) -> Optional[list[Optional[RowRef]]]:
    ref = block.by_code(code)
    if ref is not None:
        return [ref]
    if block.unknown_classes and len(code) == 3:
        return None
    return [None] if block.coded else None


def _narrative(view: ReportView, operand: Operand) -> Optional[Value]:
    ref = view.resolve(operand.text)
    if ref is None:
        return None
    node = ref.node
    figure = {"budget": node.budget, "share": node.share, "completion": node.completion}.get(
        operand.measure or "", node.value
    )
    if figure is None:
        return None
    quantity = Quantity.percent(figure) if operand.percent else Quantity.of(figure)
    return Value(quantity, figure, node=ref)


def place(view: ReportView, text: str, found: Value) -> Optional[Path]:
    """Where a finding about the (left-hand) operand points: its cell, or the narrative figure measured."""
    operand = parse(text)
    if found.node is not None:
        attr = {"budget": "budget", "share": "share", "completion": "completion"}.get(operand.measure or "")
        return found.node.at(attr) if attr else found.node.value_path
    printed = [cell.path for cell in found.cells if cell.path is not None]
    return printed[0] if len(printed) == 1 else None
