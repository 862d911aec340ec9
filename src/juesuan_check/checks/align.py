"""Aligning two reports item by item, for `juesuan diff` and the cross-year rules.

Every value of a report gets an alignment key: the keys of its sections, then each item's normalized name
(a 功能分类 item by its classification code where the catalogue knows it, so that 医疗卫生与计划生育支出 in
2018 meets 卫生健康支出 in 2019). Two values with the same key are the same figure in two reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from pydantic import BaseModel

from juesuan_check.checks.derived import FUNCTIONAL
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.names import normalize
from juesuan_check.report.loader import Path
from juesuan_check.report.model import Acknowledgement
from juesuan_check.report.values import Category
from juesuan_check.report.vocabulary import fields

Key = tuple[str, ...]


@dataclass(frozen=True)
class Leaf:
    """One printed value of a report, with its alignment key and its place."""

    key: Key
    label: str  # for a reader: 支出总计 › 基本支出 › 占比
    value: Any  # Decimal, int, str or bool (True: a member of a list of names)
    kind: str  # money | percent | count | year | text | member | item (a whole element of a list)
    path: Path  # where it is in its file
    line: int


def segment(view: ReportView, path: Path, obj: Any, index: int) -> str:
    """The alignment key of a list element: its code or name, else its position."""
    if isinstance(obj, Acknowledgement):
        return f"{obj.code}@{obj.path or ''}"
    name = getattr(obj, "name", None)
    if not name:
        return f"[{index}]"
    if FUNCTIONAL in path and view.classification is not None:
        code = getattr(obj, "code", None)
        codes = {code} if code else {entry.code for entry in view.classification.by_name(name)}
        if len(codes) == 1:
            return "#" + codes.pop()
    return normalize(name)


def node_index(view: ReportView) -> dict[Key, NodeRef]:
    """Every figure node of the report by its alignment key (computed once per report)."""
    memo = ("align", ())
    if memo not in view.memo:
        view.memo[memo] = {key: view.node(path) for key, path, _, _ in _walk(view) if view.node(path) is not None}
    return view.memo[memo]


def node_key(view: ReportView, ref: NodeRef) -> Optional[Key]:
    memo = ("align-keys", ())
    if memo not in view.memo:
        view.memo[memo] = {id(node): key for key, node in node_index(view).items()}
    return view.memo[memo].get(id(ref))


def leaves(view: ReportView) -> dict[Key, Leaf]:
    """Every printed value of the report by its alignment key, and every part as a whole (kind "item",
    valued by its amount or name), so that a part only one report has is one row."""
    found: dict[Key, Leaf] = {}
    for key, path, value, category in _walk(view):
        line = view.where(path)[0]
        if isinstance(value, BaseModel):
            element = _element(view, key, path, value, line) if path else None
            if element is not None:
                found[key] = element
            continue
        found[key] = Leaf(key, view.describe(path), value, _kind(category, value), path, line)
    return found


def _element(view: ReportView, key: Key, path: Path, value: BaseModel, line: int) -> Optional[Leaf]:
    """A part as a whole: a figure node by its amount, an element of a list by what names it. A section or
    group without a figure of its own (国有资产, a 与上年相比) is no row: its values are, so that a part
    only one report has shows what it says rather than its key."""
    if view.node(path) is not None and getattr(value, "value", None) is not None:
        return Leaf(key, view.describe(path), value.value, "item", path, line)  # type: ignore[attr-defined]
    if not isinstance(path[-1], int):
        return None
    if isinstance(value, Acknowledgement):
        shown = f"{value.code} {value.path or ''}".strip()
    else:
        shown = getattr(value, "name", None) or str(path[-1])
    return Leaf(key, view.describe(path), shown, "item", path, line)


def _kind(category: Optional[Category], value: Any) -> str:
    if isinstance(value, Member):
        return "member"
    if isinstance(value, TableRow):
        return "item"
    if category in (Category.PERCENT, Category.MONEY, Category.YEAR, Category.COUNT):
        return category.value  # type: ignore[union-attr]
    return "text"


def _walk(view: ReportView) -> list[tuple[Key, Path, Any, Optional[Category]]]:
    out: list[tuple[Key, Path, Any, Optional[Category]]] = []
    _visit(view, view.report, (), (), None, out)
    return out


def _visit(view: ReportView, obj: Any, key: Key, path: Path, category: Optional[Category], out: list) -> None:
    out.append((key, path, obj, category))
    if not isinstance(obj, BaseModel):
        return
    for name, spec in fields(type(obj)).items():
        value = getattr(obj, name)
        alias = spec.key
        if value is None or (spec.category is Category.FLAG and value is False):
            continue
        if spec.keyed:
            _tables(view, key + (alias,), out)
        elif isinstance(value, tuple):
            seen: dict[str, int] = {}
            for index, item in enumerate(value):
                if isinstance(item, str):  # a name in a list of names: a member, valued by itself
                    out.append((key + (alias, normalize(item)), path + (alias, index), Member(item), spec.category))
                    continue
                part = segment(view, path + (alias,), item, index)
                seen[part] = seen.get(part, 0) + 1
                part = part if seen[part] == 1 else f"{part}#{seen[part]}"
                _visit(view, item, key + (alias, part), path + (alias, index), spec.category, out)
        else:
            _visit(view, value, key + (alias,), path + (alias,), spec.category, out)


def _tables(view: ReportView, key: Key, out: list) -> None:
    """The tables by their standard name, each row by its code or label, each cell by its column."""
    for table in view.tables.recorded:
        here = key + (table.id,)
        out.append((here, table.path, table.table, None))
        for block in table.blocks.values():
            inside = here + ((block.key,) if block.key else ())
            for row in block.rows:
                row_key = inside + (f"#{row.code}" if row.code else row.key,)
                out.append((row_key, row.path, TableRow(row.label), None))
                for column, name in enumerate(block.columns):
                    cell = block.cell(row, column)
                    shown = cell.value if cell.value is not None else BLANK
                    out.append((row_key + (name,), cell.path, shown, Category.MONEY))


BLANK = "—"  # a blank cell, which is not 0.00


class TableRow(str):
    """A row of a table: present or not, shown by its label."""


class Member(str):
    """A name in a list of names (名词解释, 单位列表 …): present or not."""
