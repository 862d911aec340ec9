"""The 部门决算表 as the rules see them: each recorded table matched with its template's table (by title or
another wording), its rows and columns by their labels as the template words them, and each cell with its
place in the report file.

Labels are compared after ``canon``: full-width forms folded, spaces and quotes dropped, the ordinal before a
row (一、 （二） 3.) and a trailing 支出 left out, and the profile's other wordings (上年结转和结余 for
年初结转和结余 …) mapped to the one the rules use. A class row of a block that lists the 功能分类 classes by
name (收支总表) gets its code from the catalogue, by any year's name of it (whether the name is the report
year's is the form rules' question).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

from juesuan_check.checks.reference import BlockSpec, Classification, Profile, TableSpec
from juesuan_check.names import normalize
from juesuan_check.numbers import Interval, Quantity, total
from juesuan_check.report.loader import Path
from juesuan_check.report.model import Report
from juesuan_check.report.tables import Block, Row, Table, blocks_of, rows_of
from juesuan_check.report.vocabulary import key

TABLES = key(Report, "tables")
ROWS = key(Block, "rows")
COLUMNS = key(Block, "columns")
NESTED = ">"  # a row under another of the same name: 年初财政拨款结转和结余>一般公共预算财政拨款
LEVELS = {3: "类", 5: "款", 7: "项"}
ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])\s*")


def _norm(label: str) -> str:
    return normalize(ORDINAL.sub("", label.strip()))


@dataclass(frozen=True)
class Labels:
    """The profile's other wordings of labels, to map a printed label to the one rules use."""

    synonyms: dict[str, str]
    seen: dict[str, str] = field(default_factory=dict)  # labels already mapped

    @classmethod
    def of(cls, profile: Optional[Profile]) -> Labels:
        found: dict[str, str] = {}
        for label, others in profile.labels if profile else ():
            for other in others:
                found[_canon_path(other, {})] = _canon_path(label, {})
        return cls(found)

    def canon(self, label: str) -> str:
        if label not in self.seen:
            self.seen[label] = _canon_path(label, self.synonyms)
        return self.seen[label]


def _canon_path(label: str, synonyms: dict[str, str]) -> str:
    """A label as compared: each header level (joined by /) and each nesting level (joined by >) normalized."""
    parts = ["/".join(_norm(level) for level in nested.split("/")) for nested in label.replace("／", "/").split(NESTED)]
    whole = NESTED.join(parts)
    if whole in synonyms:
        return synonyms[whole]
    return NESTED.join(
        synonyms.get(part, "/".join(synonyms.get(level, level) for level in part.split("/"))) for part in parts
    )


@dataclass(frozen=True)
class Cell:
    """One cell: where it is (None for a cell the table does not print, which counts as 0) and its printed
    value (None: blank)."""

    path: Optional[Path]
    value: Optional[Decimal]

    @property
    def quantity(self) -> Quantity:
        """The cell as a figure: a blank or unprinted cell is exactly 0."""
        return Quantity.of(self.value) if self.value is not None else ZERO


ZERO = Quantity(Interval.exact(0), Decimal(0), "0")


def added(cells: Iterable[Cell]) -> Quantity:
    """The sum of ``cells``, written without its blank ones (each exactly 0)."""
    return total(cell.quantity for cell in cells if cell.value is not None) or ZERO


@dataclass(frozen=True)
class RowRef:
    block: BlockRef
    row: Row
    key: str  # the canonical label (name, or parent>name for a repeated name)
    code: Optional[str]  # the printed code, or a class row's code from the catalogue

    @property
    def path(self) -> Path:
        return self.block.path + (ROWS, self.row.index)

    @property
    def broken(self) -> bool:
        """A row that does not fit its columns (reported by the form rules), left out of every identity."""
        columns = self.block.block.columns
        return bool(self.row.wrong) or (columns is not None and len(self.row.cells) != len(columns))

    @property
    def label(self) -> str:
        return f"{self.row.code} {self.row.name}" if self.row.code else self.row.name

    def cell_path(self, column: int) -> Path:
        return self.path + (self.row.first + column,)


@dataclass
class BlockRef:
    table: TableRef
    key: Optional[str]  # 收入 / 支出, or None for a table of one block
    block: Block
    spec: Optional[BlockSpec]
    columns: list[str] = field(default_factory=list)  # canonical
    rows: list[RowRef] = field(default_factory=list)
    unknown_classes: bool = False  # a row of a class list whose name the catalogue does not know

    @property
    def path(self) -> Path:
        return self.table.path + ((self.key,) if self.key is not None else ())

    @property
    def recorded(self) -> bool:
        return self.block.rows is not None

    @property
    def empty(self) -> bool:
        return self.block.rows == ()

    @property
    def coded(self) -> bool:
        return bool(self.spec and (self.spec.codes or self.spec.classes)) or any(r.row.code for r in self.rows)

    @property
    def title(self) -> str:
        return self.table.name + (f" › {self.key}" if self.key else "")

    def column(self, wanted: str) -> Optional[int]:
        return self.columns.index(wanted) if wanted in self.columns else None

    def row(self, wanted: str) -> Optional[RowRef]:
        return next((ref for ref in self.rows if ref.key == wanted), None)

    def by_code(self, code: str) -> Optional[RowRef]:
        return next((ref for ref in self.rows if ref.code == code), None)

    def cell(self, ref: Optional[RowRef], column: int) -> Cell:
        if ref is None:
            return Cell(None, None)
        return Cell(ref.cell_path(column), ref.row.cell(column))

    def cell_name(self, ref: RowRef, column: int) -> str:
        printed = self.block.columns[column] if self.block.columns and column < len(self.block.columns) else ""
        return f"{self.title} › {ref.label} › {printed}"


@dataclass
class TableRef:
    name: str  # as recorded
    table: Table
    spec: Optional[TableSpec]
    blocks: dict[Optional[str], BlockRef] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.spec.id if self.spec else self.name

    @property
    def path(self) -> Path:
        return (TABLES, self.name)

    @property
    def recorded(self) -> bool:
        return all(block.recorded for block in self.blocks.values())

    @property
    def empty(self) -> bool:
        """No data: no rows, or only blank and zero cells."""
        return all(
            all(value is None or value == 0 for ref in block.rows for value in ref.row.cells)
            for block in self.blocks.values()
        ) and any(block.recorded for block in self.blocks.values())


class TableView:
    def __init__(self, report: Report, profile: Optional[Profile], classification: Optional[Classification]):
        self.labels = Labels.of(profile)
        self.classification = classification
        specs = {normalize(name): spec for spec in (profile.tables if profile else ()) for name in spec.names}
        self.recorded: list[TableRef] = []  # in the report's order
        for name, table in (report.tables or {}).items():
            ref = TableRef(name, table, specs.get(normalize(name)))
            for block_key, block in blocks_of(table).items():
                spec = ref.spec.blocks.get(block_key) if ref.spec else None
                ref.blocks[block_key] = self._block(ref, block_key, block, spec)
            self.recorded.append(ref)
        self._titles: dict[str, TableRef] = {}
        for ref in reversed(self.recorded):  # the first recorded table of a name wins
            for name in (*(ref.spec.names if ref.spec else ()), ref.name):
                self._titles[normalize(name)] = ref

    def _block(self, table: TableRef, key: Optional[str], block: Block, spec: Optional[BlockSpec]) -> BlockRef:
        ref = BlockRef(table, key, block, spec, [self.labels.canon(c) for c in block.columns or ()])
        seen: set[str] = set()
        parent = ""
        known = {self.labels.canon(row) for row in spec.rows} if spec else set()
        for row in rows_of(block):
            name = self.labels.canon(row.name)
            if name in seen and parent:
                name = f"{parent}{NESTED}{name}"
            else:
                seen.add(name)
                parent = name
            code = row.code or (self._class_code(row.name) if spec and spec.classes else None)
            if spec and spec.classes and not row.code and code is None and name not in known:
                ref.unknown_classes = True
            ref.rows.append(RowRef(ref, row, name, code))
        return ref

    def _known_rows(self, spec: BlockSpec) -> set[str]:
        return {self.labels.canon(row) for row in spec.rows}

    def _class_code(self, name: str) -> Optional[str]:
        if self.classification is None:
            return None
        plain_name = ORDINAL.sub("", name.strip())
        codes = {entry.code for entry in self.classification.by_name(plain_name) if entry.level == "类"} or {
            entry.code for entry in self.classification.by_name(plain_name) if len(entry.code) == 3
        }
        return codes.pop() if len(codes) == 1 else None

    def table(self, wanted: str) -> Optional[TableRef]:
        """A recorded table by its standard name or any of its titles."""
        return self._titles.get(normalize(wanted))

    def blocks(self) -> Iterator[BlockRef]:
        for table in self.recorded:
            yield from table.blocks.values()

    def describe(self, at: Path) -> Optional[str]:
        """A reader's name for a place in the tables: 收入决算表 › 208 社会保障和就业支出 › 财政拨款收入."""
        if len(at) < 2 or at[0] != TABLES:
            return None
        table = next((t for t in self.recorded if t.name == at[1]), None)
        if table is None:
            return None
        rest = at[2:]
        block = table.blocks.get(rest[0] if rest and rest[0] in table.blocks else None)
        if block is None:
            return table.name
        if block.key is not None:
            rest = rest[1:]
        if len(rest) >= 2 and rest[0] == ROWS and isinstance(rest[1], int) and rest[1] < len(block.rows):
            ref = block.rows[rest[1]]
            if len(rest) >= 3 and isinstance(rest[2], int) and rest[2] >= ref.row.first:
                return block.cell_name(ref, rest[2] - ref.row.first)
            return f"{block.title} › {ref.label}"
        return " › ".join([block.title, *(str(step) for step in rest if isinstance(step, str))])
