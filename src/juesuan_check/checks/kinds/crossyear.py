"""Cross-year rules, run by `juesuan diff` when the old report is the previous year's: every 与上年相比 of
the new report against the old report's own figure, and the opening balances against the closing ones.
Without a previous report they find nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from juesuan_check.checks import cells
from juesuan_check.checks.derived import implied_previous, magnitude, sign_of
from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import Quantity, plain


def _pairs(view: ReportView) -> Iterator[tuple[NodeRef, NodeRef]]:
    """(new node with a change statement, the same node last year) where last year printed a figure."""
    before = view.previous
    if before is None or before.report.year != view.report.year - 1:
        return
    from juesuan_check.checks.align import node_index, node_key  # only when comparing two reports

    old_nodes = node_index(before)
    for ref in view.nodes:
        if ref.node.change is None or ref.node.value is None:
            continue
        key = node_key(view, ref)
        old = old_nodes.get(key) if key is not None else None
        if old is not None and old.node.value is not None:
            yield ref, old


@kind("previous_amount", fields=COMPARISON_FIELDS | {"previous_file"})
def previous_amount(view: ReportView, params: Params) -> Iterator[Hit]:
    """This year ∓ the stated change is last year's figure as last year's report printed it."""
    for ref, old in _pairs(view):
        implied = implied_previous(ref.node)
        if implied is None:
            continue
        # Judged like a printed figure: last year's printed figure against the one the change implies.
        if compare((), ref.label, old.node.value, implied) is None:
            continue
        at = ref.at("change", "amount" if ref.node.change.amount is not None else "direction")
        data = {
            "subject": ref.label,
            "stated": plain(implied.point),
            "expected": plain(old.node.value),
            "arith": implied.expr,
            "previous_file": view.previous.doc.file,
        }
        yield Hit(at, data, (ref.value_path,), related_previous=(old.value_path,))


@kind("previous_percent", fields=COMPARISON_FIELDS | {"previous_file"})
def previous_percent(view: ReportView, params: Params) -> Iterator[Hit]:
    """The stated percentage is the change from last year's printed figure."""
    for ref, old in _pairs(view):
        change = ref.node.change
        this, last = Quantity.of(ref.node.value), Quantity.of(old.node.value)
        sign = sign_of(change)
        if change.percent is None or sign is None or old.node.value <= 0 or not last.divides():
            continue
        ratio = (this - last) / last if sign >= 0 else (last - this) / last
        hit = compare(
            ref.at("change", "percent"),
            ref.label,
            magnitude(change.percent),
            ratio,
            percent=True,
            related=(ref.value_path,),
            previous_file=view.previous.doc.file,
        )
        if hit is not None:
            yield replace(hit, related_previous=(old.value_path,))


@kind("previous_direction", fields={"subject", "word", "stated", "expected", "previous_file"})
def previous_direction(view: ReportView, params: Params) -> Iterator[Hit]:
    """The direction word agrees with the figures of the two years."""
    for ref, old in _pairs(view):
        this, last = Quantity.of(ref.node.value).interval, Quantity.of(old.node.value).interval
        actual = 1 if this.lo > last.hi else -1 if this.hi < last.lo else 0
        if actual == 0 and ref.node.value != old.node.value:
            continue  # within rounding of each other: the direction cannot be judged
        sign = sign_of(ref.node.change)
        if sign is not None and sign != actual:
            data = {
                "subject": ref.label,
                "word": ref.node.change.direction or plain(ref.node.change.percent or ref.node.change.amount),
                "stated": plain(ref.node.value),
                "expected": plain(old.node.value),
                "previous_file": view.previous.doc.file,
            }
            yield Hit(ref.at("change", "direction"), data, (ref.value_path,), related_previous=(old.value_path,))


class CarryParams(Params):
    new: str  # a selector in this year's report: a narrative one or a table cell (see checks.cells)
    old: str  # the selector of the same figure in last year's report


@kind("carried_over", params=CarryParams, fields=COMPARISON_FIELDS | {"previous_file"})
def carried_over(view: ReportView, params: CarryParams) -> Iterator[Hit]:
    """A figure this year opens with is the one last year closed with (年初 = 上年年末)."""
    before = view.previous
    if before is None or before.report.year != view.report.year - 1:
        return
    new, old = cells.value(view, params.new, cells.Binding()), cells.value(before, params.old, cells.Binding())
    if new is None or old is None or not new.paths or not old.paths:
        return
    stated = new.figure if new.figure is not None else Decimal(0)
    subject = view.describe(new.paths[0])
    hit = compare(new.paths[0], subject, stated, old.quantity, previous_file=before.doc.file)
    if hit is not None:
        arith = f"{before.describe(old.paths[0])} {plain(old.figure) if old.figure is not None else '—'}"
        data = {**hit.data, "arith": arith, "stated": plain(new.figure) if new.figure is not None else "—"}
        yield Hit(hit.at, data, (), related_previous=(old.paths[0],))
