"""Identities in and between the 部门决算表, and between a narrative figure and its cell, declared as data
(``cells``; operands as in ``checks.cells``), and the 类 = Σ款 = Σ项 hierarchy of every coded table.

Every sum is judged on intervals: n printed terms agree when their intervals overlap, which is an n-term
identity holding within n half-units of the last printed place — the 0.01–0.02 gaps of real tables pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Literal, Optional

from pydantic import field_validator, model_validator

from juesuan_check.checks import cells
from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.tables import ZERO, BlockRef, RowRef, added
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Hit
from juesuan_check.names import normalize
from juesuan_check.numbers import Quantity, like, money, plain
from juesuan_check.report.loader import Path

_SYMBOL = {"eq": "≠", "le": ">", "ge": "<"}
PLACE_FIELDS = frozenset({"cell", "cell_line"})


class CellsParams(Params):
    left: str
    right: tuple[str, ...]
    relation: Literal["eq", "le", "ge"] = "eq"
    divide_by: Optional[str] = None  # the right-hand side is a share of this (the left a percentage)
    each: tuple[tuple[str, ...], ...] = ()  # the identity once for each, its values in place of {0}, {1} …
    when_equal: tuple[tuple[str, str], ...] = ()  # apply only where each pair of figures agrees
    # a narrative left-hand side: only where its name contains this text, or with a leading "!" does not (as
    # the identity kind's "named": 收入总计 is quoted from another cell than 本年收入合计)
    named: Optional[str] = None
    also: tuple[str, ...] = ()  # another figure the left may equally be (an older wording means it): either agrees
    # a narrative share: only where the base its sentence names (占比基数) is one of these ("": none named) and
    # the narrative has no figure of that name (then the share rule recomputes it from that figure)
    base: tuple[str, ...] = ()

    @field_validator("each", mode="before")
    @classmethod
    def _each(cls, value: Any) -> Any:
        rounds = [item if isinstance(item, (list, tuple)) else [item] for item in value or ()]
        return [[str(v) if isinstance(v, int) else v for v in item] for item in rounds]  # a code written bare

    @field_validator("right", mode="after")
    @classmethod
    def _right(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("at least one operand")
        return value

    def rounds(
        self,
    ) -> Iterator[tuple[str, tuple[str, ...], Optional[str], tuple[tuple[str, str], ...], tuple[str, ...]]]:
        """The identity for each value of ``each`` (once without it), every selector checked."""
        for values in self.each or ((),):

            def fill(text: str, values: tuple[str, ...] = values) -> str:
                return text.format(*values) if values else text

            left, right = fill(self.left), tuple(fill(text) for text in self.right)
            divide = fill(self.divide_by) if self.divide_by else None
            pairs = tuple((fill(a), fill(b)) for a, b in self.when_equal)
            also = tuple(fill(text) for text in self.also)
            for text in (left, *right, *also, *([divide] if divide else []), *(t for pair in pairs for t in pair)):
                cells.parse(text)
            if cells.parse(left).negative:
                raise ValueError("the left side cannot be subtracted")
            yield left, right, divide, pairs, also

    @model_validator(mode="after")
    def _selectors(self) -> CellsParams:
        list(self.rounds())  # a selector that does not parse is an error of the rule file
        return self


def _sum(view: ReportView, texts: tuple[str, ...], binding: cells.Binding) -> Optional[tuple[Quantity, list]]:
    result: Optional[Quantity] = None
    found: list[cells.Value] = []
    for text in texts:
        got = cells.value(view, text, binding)
        if got is None:
            if cells.parse(text).optional:
                continue
            return None
        found.append(got)
        if got.figure is None and got.node is None and all(cell.value is None for cell in got.cells):
            continue  # blank: exactly 0, left out of the sum and its expression
        negative = cells.parse(text).negative
        if result is None:
            result = -got.quantity if negative else got.quantity
        else:
            result = result - got.quantity if negative else result + got.quantity
    if not found:
        return None
    return (result if result is not None else ZERO, found)


def _agree(view: ReportView, pairs: tuple[tuple[str, str], ...], binding: cells.Binding) -> bool:
    for first, second in pairs:
        a, b = cells.value(view, first, binding), cells.value(view, second, binding)
        if a is None or b is None or not a.quantity.interval.overlaps(b.quantity.interval):
            return False
    return True


def _applies(view: ReportView, found: cells.Value, params: CellsParams) -> bool:
    """Whether the narrative left-hand side is the figure this rule is about (see ``named`` and ``base``)."""
    if found.node is None:
        return True
    pattern = params.named
    if pattern is not None and pattern.startswith("!") == (pattern.lstrip("!") in found.node.label):
        return False
    if params.base:
        base = found.node.node.share_base or ""
        if normalize(base) not in {normalize(b) for b in params.base}:
            return False
        if base and any(ref.node.value is not None for ref in view.named(base)):
            return False
    return True


def _agrees(view: ReportView, left: cells.Value, text: str, binding: cells.Binding) -> bool:
    other = cells.value(view, text, binding)
    return other is not None and left.quantity.interval.overlaps(other.quantity.interval)


def _where(view: ReportView, found: list[cells.Value], fallback: str) -> dict[str, str]:
    """The first cell of the right-hand side, for messages that name both places (the table itself when
    the cell is one it does not print, such as a cell of an empty table)."""
    paths = [path for value in found for path in value.paths]
    table = view.tables.table(fallback.lstrip("-").split("/")[0])
    if not paths and table is not None:
        paths = [table.path]
    if paths:
        return {"cell": view.describe(paths[0]), "cell_line": view.line_words(paths[0])}
    return {"cell": fallback, "cell_line": "—"}


@kind("cells", params=CellsParams, fields=COMPARISON_FIELDS | {"relation", "left_arith"} | PLACE_FIELDS)
def cells_identity(view: ReportView, params: CellsParams) -> Iterator[Hit]:
    for left_text, right, divide, pairs, also in params.rounds():
        for binding in cells.bindings(view, left_text):
            left = cells.value(view, left_text, binding)
            if left is None or not _applies(view, left, params):
                continue
            at = cells.place(view, left_text, left)
            if at is None or not _agree(view, pairs, binding):
                continue
            summed = _sum(view, right, binding)
            if summed is None:
                continue
            computed, found = summed
            percent = cells.parse(left_text).percent
            if divide is not None:
                base = cells.value(view, divide, binding)
                if base is None or not base.quantity.divides():
                    continue
                computed = computed / base.quantity
                found.append(base)
            hit = _judge(view, at, left, computed, params.relation, percent, found, right[0])
            if hit is not None and not any(_agrees(view, left, text, binding) for text in also):
                yield hit


def _judge(
    view: ReportView,
    at: Path,
    left: cells.Value,
    computed: Quantity,
    relation: str,
    percent: bool,
    found: list,
    fallback: str,
) -> Optional[Hit]:
    stated = left.figure if left.figure is not None else Decimal(0)
    shown = plain(left.figure) if left.figure is not None else "—"
    related = tuple(path for value in found for path in value.paths)
    extra = {"relation": _SYMBOL[relation], "left_arith": shown}
    if relation == "eq":
        hit = compare(at, "", stated, computed, percent=percent, related=related, **extra)
        if hit is None:
            return None
        if left.figure is None:
            hit.data["stated"] = shown
    else:
        target, right = left.quantity.interval, computed.interval
        if not ((relation == "le" and target.lo > right.hi) or (relation == "ge" and target.hi < right.lo)):
            return None
        expected = like(computed.point, stated) if stated != 0 else money(computed.point)
        hit = Hit(at, {"stated": shown, "expected": expected, "arith": computed.expr, **extra}, related)
    hit.data.update(subject=view.describe(at), **_where(view, found, fallback))  # named only when found
    return hit


class HierarchyParams(Params):
    total: Optional[str] = None  # the row that adds up the 类 rows (合计), where the table has one


def _children(block: BlockRef, parent: RowRef) -> list[RowRef]:
    """The rows one level below ``parent`` (款 of a 类; 项 of a 类 without 款; 项 of a 款)."""
    code = parent.code or ""
    below = [r for r in block.rows if r.code and len(r.code) > len(code) and r.code.startswith(code)]
    if not below:
        return []
    nearest = min(len(r.code or "") for r in below)
    return [r for r in below if len(r.code or "") == nearest]


@kind("hierarchy", params=HierarchyParams, fields=COMPARISON_FIELDS)
def hierarchy(view: ReportView, params: HierarchyParams) -> Iterator[Hit]:
    """In every table by classification code, for every column: 类 = Σ款 (or Σ项), 款 = Σ项, 合计 = Σ类."""
    for block in view.tables.blocks():
        coded = [ref for ref in block.rows if ref.row.code]
        if not coded:
            continue
        groups = [(ref, _children(block, ref)) for ref in coded]
        if params.total is not None:
            total_row = block.row(view.tables.labels.canon(params.total))
            if total_row is not None:
                groups.append((total_row, [ref for ref in coded if len(ref.row.code or "") == 3]))
        for parent, children in groups:
            if not children or parent.broken or any(child.broken for child in children):
                continue
            for column in range(len(block.columns)):
                hit = _parts(view, block, parent, children, column)
                if hit is not None:
                    yield hit


def _parts(view: ReportView, block: BlockRef, parent: RowRef, children: list[RowRef], column: int) -> Optional[Hit]:
    whole = block.cell(parent, column)
    parts = [block.cell(child, column) for child in children]
    if whole.path is None or (whole.value is None and all(part.value is None for part in parts)):
        return None
    summed = added(parts)
    stated = whole.value if whole.value is not None else Decimal(0)
    related = tuple(part.path for part in parts if part.path is not None)
    hit = compare(whole.path, view.describe(whole.path), stated, summed, related=related)
    if hit is not None and whole.value is None:
        hit.data["stated"] = "—"
    return hit


class EmptyParams(Params):
    table: str  # a table by its standard name
    cells: tuple[str, ...]  # the cells of other tables that are all 0 exactly when it is empty
    problem: Literal["empty", "data"]  # the table is empty and a cell is not; the table has data and no cell

    @field_validator("cells", mode="after")
    @classmethod
    def _cells(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for text in value:
            cells.parse(text)
        return value


@kind("empty_matches", params=EmptyParams, fields={"table", "stated", "expected", "cell"})
def empty_matches(view: ReportView, params: EmptyParams) -> Iterator[Hit]:
    """A table has no data exactly when the cells that summarise it elsewhere are all 0 (blank)."""
    table = view.tables.table(params.table)
    if table is None or not table.recorded:
        return
    found = [
        (text, got)
        for text in params.cells
        for binding in cells.bindings(view, text)
        if (got := cells.value(view, text, binding)) is not None and got.paths
    ]
    nonzero = [(text, got) for text, got in found if got.figure is not None and got.figure != 0]
    if table.empty and params.problem == "empty":
        for _, got in nonzero:
            path = got.paths[0]
            data = {"table": table.name, "stated": plain(got.figure), "expected": "0", "cell": view.describe(path)}
            yield Hit(path, data, (table.path,))
    elif not table.empty and params.problem == "data" and found and not nonzero:
        data = {"table": table.name, "stated": "0", "expected": "—", "cell": view.describe(found[0][1].paths[0])}
        yield Hit(table.path, data, tuple(p for _, got in found for p in got.paths))
