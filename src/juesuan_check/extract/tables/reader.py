"""Reading one table's cells: its header into columns mapped onto the template's, its rows into labels and
cells, as the report file records them.

Columns are mapped by their header text, never by position: the levels of a merged header read top down
(本年支出 over 合计 is 本年支出/合计), a block's heading (收入, 支出) picks the block, a title over every
column (财政拨款“三公”经费) is dropped, and a level naming one of the template's rows (预算数, 决算数 over each
item of the 三公 table) makes the table one recorded with those rows. A header that maps onto no column, or
two onto one, leaves the table unread; so does a cell that is neither a figure nor a blank. Nothing is read
by position instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Optional

from juesuan_check.extract.documents import Paragraph
from juesuan_check.extract.tables.finding import EMPTY, FIXED_NOTE, Found
from juesuan_check.extract.tables.items import PLACEHOLDER, Cell, Grid, number, squeeze
from juesuan_check.extract.tables.specs import IGNORED_LABELS, LABEL_WORDS, ORDINAL, Candidate

_CODE_PART = re.compile(r"^[0-9]{2,7}$")
_CODE = re.compile(r"^[0-9]{3}(?:[0-9]{2}){0,2}$")


@dataclass
class Block:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    places: list[Paragraph] = field(default_factory=list)


@dataclass
class Read:
    """A table as read, or why it was not: ``reason`` is a key of words.py with its parameters."""

    found: Found
    blocks: dict[Optional[str], Block] = field(default_factory=dict)
    residue: list[tuple[str, Paragraph]] = field(default_factory=list)  # placeholders of the template
    empty_note: Optional[Any] = None  # the Line of the empty-table sentence
    notes: list[Any] = field(default_factory=list)  # the other Lines printed under it
    reason: Optional[tuple[str, dict[str, Any]]] = None
    candidate: Optional[Candidate] = None

    @property
    def read(self) -> bool:
        return self.reason is None

    @property
    def rows(self) -> int:
        return sum(len(block.rows) for block in self.blocks.values())

    @property
    def cells(self) -> int:
        return sum(len(block.rows) * len(block.columns) for block in self.blocks.values())

    @property
    def columns(self) -> int:
        return sum(len(block.columns) for block in self.blocks.values())


class NotRead(Exception):
    def __init__(self, key: str, **params: Any):
        super().__init__(key)
        self.key, self.params = key, params


@dataclass
class Column:
    index: int
    levels: list[str]
    cells: list[Cell]
    block: Optional[str] = None
    label: bool = False
    row: Optional[str] = None  # the template row a level names (预算数), for a table recorded with them as rows
    name: str = ""  # the column as recorded


@dataclass
class Group:
    """Columns side by side that make one run of rows: a block (收入 | 支出) or a panel (表六's two halves)."""

    block: Optional[str]
    labels: list[Column] = field(default_factory=list)
    values: list[Column] = field(default_factory=list)


def read(found: Found) -> Read:
    result = Read(found)
    for line in found.under:
        text = squeeze(line.text)
        if FIXED_NOTE.match(text):
            continue
        if EMPTY.search(text) and result.empty_note is None:
            result.empty_note = line
        else:
            result.notes.append(line)
    if not found.candidates:
        result.reason = ("tables.unknown", {})
        return result
    failures: list[NotRead] = []
    for candidate in found.candidates:
        try:
            _read_as(result, candidate)
            result.candidate = candidate
            return result
        except NotRead as exc:
            failures.append(exc)
            result.blocks, result.residue = {}, []
    best = min(failures, key=lambda exc: exc.key != "tables.column")  # a header that maps nowhere says most
    result.reason = (best.key, best.params)
    return result


def _read_as(result: Read, candidate: Candidate) -> None:
    first = result.found.grids[0]
    depth = header_rows(first, candidate)
    if depth == 0:
        raise NotRead("tables.no_header", place=first.places[0].place)
    columns = _columns(first, depth)
    groups = _groups(columns, candidate, first.places[0])
    rows: list[tuple[list[Optional[Cell]], Paragraph]] = list(
        zip(first.rows[depth:], first.places[depth:], strict=False)
    )
    for grid in result.found.grids[1:]:
        skip = _repeated_header(grid, first, depth)
        if grid.width != first.width:
            raise NotRead("tables.width", page=grid.page, place=grid.places[0].place)
        rows.extend(zip(grid.rows[skip:], grid.places[skip:], strict=False))
    transposed = any(column.row is not None for group in groups for column in group.values)
    blocks: dict[Optional[str], Block] = {}
    for group in groups:
        read_rows = _transposed(group, rows) if transposed else _rows(group, rows, result)
        names = [column.name for column in group.values]
        if transposed:
            names = list(dict.fromkeys(column.name for column in group.values))
        block = blocks.get(group.block)
        if block is None:
            blocks[group.block] = Block(names, *read_rows)
        elif block.columns != names:
            raise NotRead("tables.panels", place=first.places[0].place)
        else:  # a second panel of the same table (表六's right half)
            block.rows.extend(read_rows[0])
            block.places.extend(read_rows[1])
    _totals_last(blocks, len(groups) > len(blocks))
    if result.empty_note is not None and all(
        cell is None or not isinstance(cell, Decimal) for block in blocks.values() for row in block.rows for cell in row
    ):
        for block in blocks.values():  # an empty table is recorded without its blank rows
            block.rows, block.places = [], []
    result.blocks = blocks


def header_rows(grid: Grid, candidate: Candidate) -> int:
    """How many rows at the top of ``grid`` are its header: rows with a header word (a level of one of the
    table's columns, a block heading, a word over label columns), a title over the whole width, or the
    template's row labels repeated (预算数 | 决算数 under each item); never a row with a figure, a
    classification code or a numbered row label (一、一般公共服务支出), which start the data."""
    count = 0
    above: list[Optional[Cell]] = []
    for row in grid.rows:
        cells = [cell for i, cell in enumerate(row) if cell is not None and (i >= len(above) or cell is not above[i])]
        cells = list({id(cell): cell for cell in cells}.values())  # a merged cell once
        texts = [squeeze(cell.text) for cell in cells if squeeze(cell.text)]
        if any(isinstance(number(text), Decimal) or _CODE.match(text) or ORDINAL.match(text) for text in texts):
            break
        spanning = len({id(cell) for cell in row if cell is not None}) == 1 and bool(texts)
        known = any(text in LABEL_WORDS or candidate.labels.canon(text) in candidate.words for text in texts)
        rows = len(texts) >= 2 and all(candidate.labels.canon(text) in candidate.rows for text in texts)
        if not (known or spanning or rows or (count and not cells)):
            break
        count += 1
        above = row
    return count


def _columns(grid: Grid, depth: int) -> list[Column]:
    columns = []
    for index in range(grid.width):
        levels, cells, previous = [], [], None
        for row in grid.rows[:depth]:
            cell = row[index] if index < len(row) else None
            if cell is None or cell is previous:
                continue
            previous = cell
            text = squeeze(cell.text)
            if text:
                levels.append(text)
                cells.append(cell)
        columns.append(Column(index, levels, cells))
    return columns


def _groups(columns: list[Column], candidate: Candidate, place: Paragraph) -> list[Group]:
    labels = candidate.labels
    keys = {labels.canon(key): key for key in candidate.spec.blocks if key is not None}
    block: Optional[str] = None
    for column in columns:
        if keys and column.levels and labels.canon(column.levels[0]) in keys:
            block = keys[labels.canon(column.levels[0])]
            column.levels, column.cells = column.levels[1:], column.cells[1:]
        elif keys and block is None and column.levels:
            raise NotRead("tables.block", header=column.levels[0], place=place.place)
        column.block = block
        column.label = all(level in LABEL_WORDS for level in column.levels) or column.levels[0] in LABEL_WORDS
    groups: list[Group] = []
    for column in columns:
        if not groups or groups[-1].block != column.block or (column.label and groups[-1].values):
            groups.append(Group(column.block))
        (groups[-1].labels if column.label else groups[-1].values).append(column)
    groups = [group for group in groups if group.values or any(c.levels for c in group.labels)]
    for group in groups:
        if not group.values:
            raise NotRead("tables.no_values", place=place.place)
        _drop_title(group)
        spec = candidate.block(group.block)
        if spec is None:
            raise NotRead("tables.block", header=group.block or "", place=place.place)
        wanted = {labels.canon(column): column for column in spec.columns}
        rows = {labels.canon(row): row for row in spec.rows}
        seen: dict[tuple[Optional[str], str], Column] = {}
        for column in group.values:
            _map(column, wanted, rows, labels)
            if not column.name:
                raise NotRead("tables.column", header="/".join(column.levels) or "（空）", place=place.place)
            key = (column.row, labels.canon(column.name))
            if key in seen:
                raise NotRead("tables.twice", header="/".join(column.levels), place=place.place)
            seen[key] = column
        if len({column.row is None for column in group.values}) > 1:
            raise NotRead("tables.column", header="/".join(group.values[0].levels), place=place.place)
    return groups


def _drop_title(group: Group) -> None:
    """A header cell over every figure column of a group (财政拨款“三公”经费) titles the group, not a column."""
    if len(group.values) < 2:
        return
    first = group.values[0]
    for cell in list(first.cells):
        if all(any(cell is other for other in column.cells) for column in group.values):
            for column in group.values:
                position = next(i for i, other in enumerate(column.cells) if other is cell)
                del column.levels[position], column.cells[position]


def _map(column: Column, wanted: dict[str, str], rows: dict[str, str], labels: Any) -> None:
    printed = "/".join(column.levels)
    if labels.canon(printed) in wanted:
        column.name = printed
        return
    for position, level in enumerate(column.levels):
        if labels.canon(level) in rows:
            rest = column.levels[:position] + column.levels[position + 1 :]
            if rest and labels.canon("/".join(rest)) in wanted:
                column.row, column.name = rows[labels.canon(level)], "/".join(rest)
                return


def _repeated_header(grid: Grid, first: Grid, depth: int) -> int:
    """How many rows at the top of a continuation repeat the first page's header."""
    shown = [[squeeze(cell.text) if cell else "" for cell in row] for row in first.rows[:depth]]
    count = 0
    for row in grid.rows[:depth]:
        if count < len(shown) and [squeeze(cell.text) if cell else "" for cell in row] == shown[count]:
            count += 1
        else:
            break
    return count


def _label(group: Group, row: list[Optional[Cell]]) -> tuple[list[str], list[str]]:
    """The texts of a row's label cells, each merged cell once: (code parts, name parts)."""
    codes, names, seen = [], [], []
    for column in group.labels:
        cell = row[column.index] if column.index < len(row) else None
        if cell is None or any(cell is other for other in seen):
            continue
        seen.append(cell)
        text = squeeze(cell.text)
        if not text or text in ("类", "款", "项") or any(level in IGNORED_LABELS for level in column.levels):
            continue
        (codes if _CODE_PART.match(text) else names).append(text)
    return codes, names


def _rows(group: Group, rows: list, result: Read) -> tuple[list[list[Any]], list[Paragraph]]:
    found: list[list[Any]] = []
    places: list[Paragraph] = []
    for row, place in rows:
        codes, names = _label(group, row)
        values = []
        for column in group.values:
            cell = row[column.index] if column.index < len(row) else None
            values.append(number(cell.text) if cell is not None else None)
        label = codes + names
        if label and all(PLACEHOLDER.match(text) for text in label):
            result.residue.append((_printed_label(group, row), place))
            continue
        if not label and all(value is None for value in values):
            continue  # a blank line of the grid (the shorter block of a two-block table)
        wrong = next((value for value in values if isinstance(value, str)), None)
        if wrong is not None:
            raise NotRead("tables.cell", text=wrong, place=place.place)
        if not label:
            raise NotRead("tables.no_label", place=place.place)
        code = "".join(codes)
        if codes and not _CODE.match(code):
            raise NotRead("tables.code", text=" ".join(codes), place=place.place)
        name = "".join(names)
        head: list[Any] = [code, name] if codes and name else [code] if codes else [name]
        found.append(head + values)
        places.append(place)
    return found, places


def _transposed(group: Group, rows: list) -> tuple[list[list[Any]], list[Paragraph]]:
    """A table whose header names the template's rows (预算数 | 决算数 under each item): its one line of
    figures, recorded as those rows."""
    filled = [(row, place) for row, place in rows if any(cell is not None and squeeze(cell.text) for cell in row)]
    if not filled:
        return [], []
    if len(filled) > 1 or group.labels and any(_label(group, row)[0] or _label(group, row)[1] for row, _ in filled):
        raise NotRead("tables.transposed", place=filled[0][1].place)
    row, place = filled[0]
    names = list(dict.fromkeys(column.name for column in group.values))
    order = list(dict.fromkeys(column.row for column in group.values))
    found: list[list[Any]] = []
    for label in order:
        cells: list[Any] = [None] * len(names)
        for column in group.values:
            if column.row == label:
                cell = row[column.index] if column.index < len(row) else None
                value = number(cell.text) if cell is not None else None
                if isinstance(value, str):
                    raise NotRead("tables.cell", text=value, place=place.place)
                cells[names.index(column.name)] = value
        found.append([label, *cells])
    return found, [place] * len(found)


def _totals_last(blocks: dict[Optional[str], Block], panels: bool) -> None:
    """Of a table printed in panels, the total rows at the bottom of each (人员经费合计 | 公用经费合计) follow
    all the panels' lines, as the template lists them."""
    if not panels:
        return
    for block in blocks.values():
        pairs = list(zip(block.rows, block.places, strict=True))
        lines = [pair for pair in pairs if not _is_total(pair[0])]
        totals = [pair for pair in pairs if _is_total(pair[0])]
        block.rows = [row for row, _ in lines + totals]
        block.places = [place for _, place in lines + totals]


def _is_total(row: list[Any]) -> bool:
    return bool(row) and isinstance(row[0], str) and row[0].endswith("合计")


def _printed_label(group: Group, row: list[Optional[Cell]]) -> str:
    """A row's label cells as printed (… stays …), each merged cell once."""
    cells = [row[c.index] for c in group.labels if c.index < len(row) and row[c.index] is not None]
    return " ".join(
        re.sub(r"\s+", "", cell.text) for cell in dict.fromkeys(cells) if cell is not None and cell.text.strip()
    )
