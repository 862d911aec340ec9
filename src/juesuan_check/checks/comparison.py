"""Comparing two reports (`juesuan diff OLD NEW`): aligned rows of old and new values, and — when OLD is
the previous year's report — the cross-year findings (XYR rules) of NEW against it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Optional

from juesuan_check.checks.align import Key, Leaf, leaves
from juesuan_check.checks.catalogue import Catalogue
from juesuan_check.checks.engine import check, make_view
from juesuan_check.findings import Finding
from juesuan_check.numbers import HUNDRED, money
from juesuan_check.report.loader import Document
from juesuan_check.report.model import Labels, Node, Report
from juesuan_check.report.values import is_number
from juesuan_check.report.vocabulary import key

# How the two reports relate, which decides what the comparison means.
PREVIOUS_YEAR, SAME_YEAR, SWAPPED, OTHER = "previous-year", "same-year", "swapped", "other"
RELATIONS = (PREVIOUS_YEAR, SAME_YEAR, SWAPPED, OTHER)


@dataclass(frozen=True)
class Row:
    key: Key
    label: str
    old: Optional[Leaf]
    new: Optional[Leaf]

    @property
    def status(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "same" if _same(self.old.value, self.new.value) else "changed"

    @property
    def change(self) -> Optional[Decimal]:
        """new − old, for two amounts, percentages or counts."""
        if self.old is None or self.new is None or self.new.kind in ("year", "text", "member"):
            return None
        if is_number(self.old.value) and is_number(self.new.value):
            return Decimal(self.new.value) - Decimal(self.old.value)
        return None

    @property
    def change_percent(self) -> Optional[Decimal]:
        """The change as a percentage of the old amount (not for percentages themselves)."""
        change = self.change
        if change is None or self.new is None or self.new.kind == "percent" or not self.old or self.old.value == 0:
            return None
        return Decimal(money(change / Decimal(self.old.value) * HUNDRED))


def _same(a: Any, b: Any) -> bool:
    if is_number(a) and is_number(b):
        return Decimal(a) == Decimal(b) and str(a) == str(b)  # 0.7 and 0.70 are printed differently
    return a == b


# What every year rewrites: its texts, its changes on last year and the years its paragraphs print.
YEARLY_KEYS = frozenset(
    {key(Node, "change"), key(Node, "note"), key(Node, "reason"), key(Labels, "text"), key(Labels, "year")}
)
REPORT_YEAR = (key(Report, "year"),)


def interesting(row: Row, relation: str) -> bool:
    """Whether a row is shown by default: what changed; between years, not what every year rewrites
    (its texts and its changes on last year, which the cross-year rules judge)."""
    if row.status == "same":
        return False
    if relation == PREVIOUS_YEAR:
        return not (YEARLY_KEYS & set(row.key)) or row.key == REPORT_YEAR
    return True


@dataclass(frozen=True)
class Side:
    file: str
    year: int
    unit: str
    money_unit: str


@dataclass(frozen=True)
class Comparison:
    old: Side
    new: Side
    relation: str
    rows: tuple[Row, ...]
    findings: tuple[Finding, ...]  # cross-year findings, on the new report


def relation_of(old: Report, new: Report) -> str:
    if new.year == old.year + 1:
        return PREVIOUS_YEAR
    if new.year == old.year:
        return SAME_YEAR
    if new.year == old.year - 1:
        return SWAPPED
    return OTHER


def compare(
    old: tuple[Report, Document], new: tuple[Report, Document], catalogue: Catalogue, lang: str = "zh"
) -> Comparison:
    old_view = make_view(old[0], old[1], catalogue)
    new_view = make_view(new[0], new[1], catalogue)
    rows = _rows(leaves(old_view), leaves(new_view))
    relation = relation_of(old[0], new[0])
    findings: tuple[Finding, ...] = ()
    if relation == PREVIOUS_YEAR:
        crossyear = catalogue.select(("XYR",))
        findings = tuple(check(new[0], new[1], crossyear, lang, previous=old))
    return Comparison(_side(*old), _side(*new), relation, rows, findings)


def _side(report: Report, doc: Document) -> Side:
    return Side(doc.file, report.year, report.unit, report.money_unit)


def _rows(old: dict[Key, Leaf], new: dict[Key, Leaf]) -> tuple[Row, ...]:
    """New's rows in its order, each row only in OLD placed after the row that preceded it there. An
    element of a list that only one report has is one row, not one per value inside it."""
    old, new = _collapsed(old, new), _collapsed(new, old)
    order: list[Key] = list(new)
    previous: Optional[Key] = None
    for row_key in old:
        if row_key not in new:
            at = order.index(previous) + 1 if previous in order else len(order) if previous else 0
            order.insert(at, row_key)
        previous = row_key
    rows = (Row(key, (new.get(key) or old[key]).label, old.get(key), new.get(key)) for key in order)
    # A list element both reports have is shown by its values, not as a whole.
    return tuple(row for row in rows if (row.new or row.old).kind != "item" or row.status in ("added", "removed"))  # type: ignore[union-attr]


def _collapsed(mine: dict[Key, Leaf], other: dict[Key, Leaf]) -> dict[Key, Leaf]:
    """``mine`` without the values inside list elements that ``other`` does not have."""
    alone = [key for key, leaf in mine.items() if leaf.kind == "item" and key not in other]
    return {
        key: leaf
        for key, leaf in mine.items()
        if not any(len(key) > len(prefix) and key[: len(prefix)] == prefix for prefix in alone)
    }
