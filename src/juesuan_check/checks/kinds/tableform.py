"""The form of the 部门决算表: titles, columns and rows the template knows (a mistyped one gets the nearest
known one), rows that fit their columns, classification codes, the unit line, the tables' order, and the
sentence under an empty table (template instructions left under a table are the template rules' to find:
the notes under a table are text like any other)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Literal, Optional

from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.tables import COLUMNS, LEVELS, ORDINAL, BlockRef, RowRef, TableRef
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Hit
from juesuan_check.names import normalize
from juesuan_check.report.tables import Table
from juesuan_check.report.vocabulary import key

_FIELDS = frozenset({"table", "stated", "expected"})
UNIT = key(Table, "unit")
NOTE = key(Table, "empty_note")


def _nearest(wanted: str, known: list[str]) -> str:
    close = difflib.get_close_matches(wanted, known, n=1, cutoff=0.4)
    return close[0] if close else "—"


@kind("table_unknown", fields=_FIELDS)
def table_unknown(view: ReportView, params: Params) -> Iterator[Hit]:
    """A table whose title the template does not know: a typo, or a table the region adds."""
    if view.profile is None:
        return
    known = [spec.name for spec in view.profile.tables]
    for table in view.tables.recorded:
        if table.spec is None:
            data = {"table": table.name, "stated": table.name, "expected": _nearest(table.name, known)}
            yield Hit(table.path, data)


def _known(block: BlockRef) -> bool:
    return block.spec is not None and bool(block.spec.columns or block.spec.rows)


@kind("table_columns", fields=_FIELDS)
def table_columns(view: ReportView, params: Params) -> Iterator[Hit]:
    """A column header the template's table does not have."""
    for block in view.tables.blocks():
        if not _known(block) or not block.spec.columns:  # type: ignore[union-attr]
            continue
        known = {view.tables.labels.canon(c): c for c in block.spec.columns}  # type: ignore[union-attr]
        for index, column in enumerate(block.columns):
            if column not in known:
                printed = (block.block.columns or ())[index]
                data = {"table": block.title, "stated": printed, "expected": _nearest(printed, list(known.values()))}
                yield Hit(block.path + (COLUMNS, index), data)


def _expected_rows(view: ReportView, block: BlockRef) -> dict[str, str]:
    return {view.tables.labels.canon(r): r for r in block.spec.rows} if block.spec else {}


@kind("table_rows", fields=_FIELDS)
def table_rows(view: ReportView, params: Params) -> Iterator[Hit]:
    """A row label that is neither a row the template prints, nor a classification code, nor a 类 name."""
    for block in view.tables.blocks():
        if not _known(block):
            continue
        known = _expected_rows(view, block)
        for ref in block.rows:
            if ref.row.code or ref.key in known or (block.spec.classes and ref.code):  # type: ignore[union-attr]
                continue
            if not ref.row.name and len(block.rows) == 1:
                continue
            data = {
                "table": block.title,
                "stated": ref.row.name,
                "expected": _nearest(ref.row.name, list(known.values())),
            }
            yield Hit(ref.path + (ref.row.first - 1 if ref.row.first else 0,), data)


@kind("table_missing_rows", fields=_FIELDS)
def table_missing_rows(view: ReportView, params: Params) -> Iterator[Hit]:
    """A row the template prints (a total, a balance …) that the recorded table lacks."""
    for block in view.tables.blocks():
        if not _known(block) or not block.recorded or block.empty:
            continue
        present = {ref.key for ref in block.rows}
        for canon, label in _expected_rows(view, block).items():
            if canon not in present:
                yield Hit(
                    block.path + (key(Table, "rows"),), {"table": block.title, "stated": label, "expected": label}
                )


class ShapeParams(Params):
    problem: Literal["count", "text"]  # a row with another number of cells than columns; a cell of text


@kind("table_shape", params=ShapeParams, fields=_FIELDS | {"row"})
def table_shape(view: ReportView, params: ShapeParams) -> Iterator[Hit]:
    """A row that does not fit its table: left out of every identity, so reported here."""
    for block in view.tables.blocks():
        for ref in block.rows:
            row = ref.row
            label = ref.label or "—"
            if params.problem == "text":
                for position in row.wrong:
                    raw = (block.block.rows or ())[row.index][position]
                    yield Hit(
                        ref.path + (position,),
                        {"table": block.title, "row": label, "stated": str(raw), "expected": "—"},
                    )
            elif block.block.columns is not None and len(row.cells) != len(block.columns):
                data = {
                    "table": block.title,
                    "row": label,
                    "stated": str(len(row.cells)),
                    "expected": str(len(block.columns)),
                }
                yield Hit(ref.path, data)


def _code_problem(block: BlockRef, ref: RowRef, codes: set[str]) -> Optional[str]:
    code = ref.row.code or ""
    scheme = block.spec.codes if block.spec else None
    lengths = (3, 5) if scheme == "经济分类" else (3, 5, 7)
    if len(code) not in lengths:
        return "len"
    if len(code) > 3 and code[:-2] not in codes:
        return "parent"
    return None


class CodeParams(Params):
    problem: str  # "len": a code of the wrong length for its classification; "parent": a line without its 类/款


@kind("table_codes", params=CodeParams, fields=_FIELDS | {"row"})
def table_codes(view: ReportView, params: CodeParams) -> Iterator[Hit]:
    for block in view.tables.blocks():
        codes = {ref.row.code for ref in block.rows if ref.row.code}
        for ref in block.rows:
            if ref.row.code and _code_problem(block, ref, codes) == params.problem:  # type: ignore[arg-type]
                parent = ref.row.code[: len(ref.row.code) - 2]
                data = {"table": block.title, "row": ref.label, "stated": ref.row.code, "expected": parent}
                yield Hit(ref.path + (0,), data)


@kind("table_code_names", fields=_FIELDS | {"row", "code", "year"})
def table_code_names(view: ReportView, params: Params) -> Iterator[Hit]:
    """A 功能分类 row whose name is not the catalogue's name of its code in the report's year."""
    catalogue = view.classification
    if catalogue is None:
        return
    for block in view.tables.blocks():
        if block.spec is not None and block.spec.codes == "经济分类":
            continue
        for ref in block.rows:
            code = ref.code  # printed, or a class row's by its name
            if not code or len(code) not in LEVELS:
                continue
            names = catalogue.names_of(code, view.report.year)
            if names and normalize(ORDINAL.sub("", ref.row.name)) not in {normalize(n) for n in names}:
                data = {
                    "table": block.title,
                    "row": ref.label,
                    "code": code,
                    "stated": ref.row.name,
                    "expected": "、".join(names),
                    "year": str(view.report.year),
                }
                yield Hit(ref.path + (ref.row.first - 1,), data)


@kind("table_unit", fields=_FIELDS)
def table_unit(view: ReportView, params: Params) -> Iterator[Hit]:
    """A table's unit line that is not the report's money unit."""
    for table in view.tables.recorded:
        unit = table.table.unit
        if unit is not None and unit != view.report.money_unit:
            yield Hit(table.path + (UNIT,), {"table": table.name, "stated": unit, "expected": view.report.money_unit})


@kind("table_order", fields=_FIELDS)
def table_order(view: ReportView, params: Params) -> Iterator[Hit]:
    """The template's tables in another order than the template's."""
    if view.profile is None:
        return
    order = [spec.id for spec in view.profile.tables]
    known = [table for table in view.tables.recorded if table.spec is not None and table.spec.id in order]
    expected = sorted(known, key=lambda t: order.index(t.id))
    for table, wanted in zip(known, expected, strict=True):
        if table is not wanted:
            position = str(order.index(wanted.id) + 1)
            yield Hit(table.path, {"table": table.name, "stated": wanted.name, "expected": position})
            return


def _has_data(table: TableRef) -> bool:
    return table.recorded and not table.empty


@kind("table_note_with_data", fields=_FIELDS)
def table_note_with_data(view: ReportView, params: Params) -> Iterator[Hit]:
    """An empty-table sentence under a table that has data."""
    for table in view.tables.recorded:
        if table.table.empty_note is not None and _has_data(table):
            yield Hit(table.path + (NOTE,), {"table": table.name, "stated": table.table.empty_note, "expected": "—"})
