"""The narrative's 类, 款 and 项 of 一般公共预算财政拨款支出 against the rows of 表五 (一般公共预算财政拨款支出决算表).

The text prints no codes, so each narrative item is matched with a row of the same parent: by the code it
records, else by its name, else by a name the catalogue gives that code in any year, else — one narrative
item and one row left, or the only row whose amount agrees — by elimination. A pair whose names differ is
the commonest copy error of a 项 (a name from another year, another 款, or made up); an item no row matches,
and a row with money no item explains, are reported too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, Optional

from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.tables import BlockRef, Cell, RowRef
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import Quantity, plain

_FIELDS = frozenset({"subject", "stated", "expected", "code", "level", "table", "cell", "cell_line"})


class FunctionalParams(Params):
    text: str  # the narrative's breakdown, a selector (a|b: the first the report has)
    table: str  # the table by its standard name
    column: str  # the column of the amounts
    problem: Literal["amount", "name", "extra", "unexplained"]
    unless_data: Optional[str] = None  # skip when this table has data (its money is in the text's figures too)


@dataclass
class Matching:
    block: BlockRef
    column: int
    pairs: list[tuple[NodeRef, RowRef]] = field(default_factory=list)
    extra: list[NodeRef] = field(default_factory=list)  # narrative items no row matches
    unexplained: list[RowRef] = field(default_factory=list)  # classes and lowest lines with money no item matches


def _canon(view: ReportView, name: str) -> str:
    return view.tables.labels.canon(name)


def _figure(block: BlockRef, row: RowRef, column: int) -> Cell:
    return block.cell(row, column)


def _match(view: ReportView, nodes: list[NodeRef], rows: list[RowRef], block: BlockRef, column: int, m: Matching):
    """Pair ``nodes`` with ``rows`` (the items and rows of one parent), then go down into each pair."""
    free_nodes, free_rows = list(nodes), list(rows)
    paired: list[tuple[NodeRef, RowRef]] = []
    catalogue = view.classification

    def take(node: NodeRef, row: RowRef) -> None:
        free_nodes.remove(node)
        free_rows.remove(row)
        paired.append((node, row))

    tests = [
        lambda node, row: node.node.code is not None and node.node.code == row.code,
        lambda node, row: _canon(view, node.label) == _canon(view, row.row.name),
        lambda node, row: catalogue is not None and row.code in {e.code for e in catalogue.by_name(node.label)},
    ]
    for test in tests:
        for node in list(free_nodes):
            found = [row for row in free_rows if test(node, row)]
            if len(found) == 1:
                take(node, found[0])
    for node in list(free_nodes):  # by amount, where it tells one row and no other item claims it
        if node.node.value is None:
            continue
        found = [row for row in free_rows if _agrees(node, _figure(block, row, column))]
        rivals = [n for n in free_nodes if n is not node and found and _agrees(n, _figure(block, found[0], column))]
        if len(found) == 1 and not rivals:
            take(node, found[0])
    if len(free_nodes) == 1 and len(free_rows) == 1 and free_nodes[0].node.value is None:
        take(free_nodes[0], free_rows[0])  # a 款 the text names without an amount: the only one left
    m.pairs.extend(paired)
    m.extra.extend(free_nodes)
    for node, row in paired:
        children = view.children(node)
        branches = [child for child in children if child.node.children]
        leaves = [child for child in children if not child.node.children]
        below = _below(block, row)
        if branches:
            _match(view, branches, below, block, column, m)
        if leaves:
            taken = {r.row.code for _, r in m.pairs}
            items = [r for r in _under(block, row) if len(r.row.code or "") == 7 and r.row.code[:5] not in taken]
            _match(view, leaves, items if len(row.row.code or "") == 3 and items else below, block, column, m)


def _agrees(node: NodeRef, cell: Cell) -> bool:
    return node.node.value is not None and Quantity.of(node.node.value).interval.overlaps(cell.quantity.interval)


def _under(block: BlockRef, parent: RowRef) -> list[RowRef]:
    code = parent.row.code or ""
    return [r for r in block.rows if r.row.code and len(r.row.code) > len(code) and r.row.code.startswith(code)]


def _below(block: BlockRef, parent: RowRef) -> list[RowRef]:
    """The rows one level below ``parent``: its 款, or its 项 when it has none."""
    below = _under(block, parent)
    if not below:
        return []
    nearest = min(len(r.row.code or "") for r in below)
    return [r for r in below if len(r.row.code or "") == nearest]


def matching(view: ReportView, params: FunctionalParams) -> Optional[Matching]:
    memo = ("functional", (params.text, params.table, params.column, params.unless_data or ""))
    if memo in view.memo:
        return view.memo[memo]
    view.memo[memo] = found = _matching(view, params)
    return found


def _matching(view: ReportView, params: FunctionalParams) -> Optional[Matching]:
    section = next((ref for text in params.text.split("|") if (ref := view.resolve(text)) is not None), None)
    table = view.tables.table(params.table)
    if section is None or table is None or None not in table.blocks or not table.recorded:
        return None
    if params.unless_data is not None:
        other = view.tables.table(params.unless_data)
        if other is None or not other.recorded or not other.empty:
            return None
    block = table.blocks[None]
    column = block.column(_canon(view, params.column))
    if column is None:
        return None
    found = Matching(block, column)
    classes = [row for row in block.rows if row.row.code and len(row.row.code) == 3]
    _match(view, view.children(section), classes, block, column, found)
    paired = {id(row) for _, row in found.pairs}
    codes = [row.row.code for row in block.rows if row.row.code]
    parents = {code[:cut] for code in codes for cut in range(3, len(code), 2)}
    for row in block.rows:  # the classes and the lowest lines with money that no item explains
        code = row.row.code or ""
        if (
            code
            and (len(code) == 3 or code not in parents)
            and id(row) not in paired
            and _figure(block, row, column).value
        ):
            found.unexplained.append(row)
    return found


def _where(view: ReportView, block: BlockRef, row: RowRef, column: int) -> dict[str, str]:
    path = _figure(block, row, column).path or row.path
    return {"cell": view.describe(path), "cell_line": view.line_words(path), "table": block.title}


def _level(row: RowRef) -> str:
    return {3: "类", 5: "款", 7: "项"}.get(len(row.row.code or ""), "")


@kind("functional_quote", params=FunctionalParams, fields=_FIELDS | COMPARISON_FIELDS)
def functional_quote(view: ReportView, params: FunctionalParams) -> Iterator[Hit]:
    found = matching(view, params)
    if found is None:
        return
    block, column = found.block, found.column
    if params.problem == "amount":
        for node, row in found.pairs:
            cell = _figure(block, row, column)
            if node.node.value is None:
                continue
            where = _where(view, block, row, column)
            extra = {**where, "code": row.row.code or "", "level": _level(row)}
            hit = compare(node.value_path, node.trail(), node.node.value, cell.quantity, related=(cell.path,), **extra)
            if hit is not None:
                yield hit
    elif params.problem == "name":
        for node, row in found.pairs:
            if _canon(view, node.label) != _canon(view, row.row.name):
                data = {
                    "subject": node.trail(),
                    "stated": node.label,
                    "expected": row.row.name,
                    "code": row.row.code or "",
                    "level": _level(row),
                    **_where(view, block, row, column),
                }
                yield Hit(node.at("name"), {**data, "arith": data["expected"]}, (row.path + (1,),))
    elif params.problem == "extra":
        for node in found.extra:
            shown = plain(node.node.value) if node.node.value is not None else "—"
            data = {
                "subject": node.trail(),
                "stated": node.label,
                "expected": shown,
                "arith": shown,
                "code": "",
                "level": "",
            }
            data.update({"table": block.title, "cell": block.title, "cell_line": "—"})
            yield Hit(node.at("name"), data)
    else:
        for row in found.unexplained:
            cell = _figure(block, row, column)
            data = {
                "subject": row.label,
                "stated": row.row.name,
                "expected": plain(cell.value) if cell.value is not None else "—",
                "arith": plain(cell.value) if cell.value is not None else "—",
                "code": row.row.code or "",
                "level": _level(row),
                **_where(view, block, row, column),
            }
            yield Hit(row.path + (1,), data)


class NoneParams(Params):
    text: str  # the narrative section whose zero says "no such income or spending"
    table: str  # the table that then has no data


@kind("none_statement", params=NoneParams, fields={"subject", "stated", "table", "cell", "cell_line"})
def none_statement(view: ReportView, params: NoneParams) -> Iterator[Hit]:
    """A text that says there was none ("无…收入和支出", recorded as 0) while the table has data."""
    ref = view.resolve(params.text)
    table = view.tables.table(params.table)
    if ref is None or ref.node.value is None or ref.node.value != 0 or table is None or not table.recorded:
        return
    if table.empty:
        return
    cell = next(
        (
            block.cell(row, i)
            for block in table.blocks.values()
            for row in block.rows
            for i in range(len(row.row.cells))
            if row.row.cell(i)
        ),
        None,
    )
    if cell is None or cell.path is None:
        return
    data = {
        "subject": ref.trail(),
        "stated": plain(ref.node.value),
        "table": table.name,
        "cell": view.describe(cell.path),
        "cell_line": view.line_words(cell.path),
    }
    yield Hit(ref.value_path, data, (cell.path,))


_LIST_HEAD = re.compile(r"^(?:主要)?(?:包括|用于|有)[：:]?")
_LIST_SEP = re.compile(r"[、，,；;]")  # not 和 or 及: 对个人和家庭的补助, 税金及附加费用


def listed(note: str) -> list[str]:
    """The items a 说明 lists (主要包括：基本工资、津贴补贴…等), as printed."""
    body = _LIST_HEAD.sub("", note.strip()).rstrip("。.")
    items = [item.strip() for item in _LIST_SEP.split(body)]
    return [item[:-1] if item.endswith("等") and len(item) > 2 else item for item in items if item]


class ListedParams(Params):
    personnel: str  # the narrative node of 人员经费, whose 说明 lists its lines
    public: str  # the node of 公用经费
    table: str  # the basic-spending table by its standard name
    personnel_classes: tuple[str, ...]  # its classes of 人员经费 (the other classes are 公用经费)
    problem: Literal["listed", "unlisted"]  # a listed line without money; a line with money not listed


@kind("listed_lines", params=ListedParams, fields={"subject", "stated", "table", "cell", "cell_line"})
def listed_lines(view: ReportView, params: ListedParams) -> Iterator[Hit]:
    """The lines the text says 人员经费 and 公用经费 mainly consist of, against the panels of 表六."""
    table = view.tables.table(params.table)
    if table is None or None not in table.blocks or not table.recorded:
        return
    block = table.blocks[None]
    if not block.columns:
        return
    for text, mine in ((params.personnel, True), (params.public, False)):
        ref = next((found for t in text.split("|") if (found := view.resolve(t)) is not None), None)
        if ref is None or not ref.node.note:
            continue
        panel = [
            row
            for row in block.rows
            if row.row.code and len(row.row.code) == 5 and (row.row.code[:3] in params.personnel_classes) == mine
        ]
        names = {_canon(view, row.row.name): row for row in panel}
        items = listed(ref.node.note)
        if params.problem == "listed":
            for item in items:
                row = names.get(_canon(view, item))
                if row is None or not _figure(block, row, 0).value:
                    where = _where(view, block, row, 0) if row is not None else _table_place(view, block)
                    data = {"subject": ref.trail(), "stated": item, **where}
                    line, col = view.locate(ref.at("note"), item)  # the item itself within the text
                    related = (where_path(block, row),) if row is not None else ()
                    yield Hit(ref.at("note"), data, related, line=line, col=col)
        else:
            said = {_canon(view, item) for item in items}
            for key, row in names.items():
                if key not in said and _figure(block, row, 0).value:
                    where = _where(view, block, row, 0)
                    data = {"subject": ref.trail(), "stated": f"{row.label} {plain(_figure(block, row, 0).value)}"}
                    yield Hit(ref.at("note"), {**data, **where}, (where_path(block, row),))


def where_path(block: BlockRef, row: RowRef) -> tuple:
    return _figure(block, row, 0).path or row.path


def _table_place(view: ReportView, block: BlockRef) -> dict[str, str]:
    return {"cell": block.title, "cell_line": view.line_words(block.path), "table": block.title}
