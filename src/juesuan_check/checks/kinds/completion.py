"""Completion of the 年初预算: the printed ratio recomputes, and the budgets the ratios imply add up."""

from __future__ import annotations

from collections.abc import Iterator

from juesuan_check.checks.derived import budget_parts, own_budget
from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import Quantity, money, places, plain


@kind("completion_ratio", fields=COMPARISON_FIELDS)
def completion_ratio(view: ReportView, params: Params) -> Iterator[Hit]:
    """Where 年初预算 is printed, 完成率 = 决算数 ÷ 年初预算."""
    for ref in view.nodes:
        node = ref.node
        if node.budget is None or node.completion is None or node.value is None:
            continue
        budget = Quantity.of(node.budget)
        if not budget.divides():
            continue
        ratio = Quantity.of(node.value) / budget
        hit = compare(
            ref.at("completion"),
            ref.label,
            node.completion,
            ratio,
            percent=True,
            related=(ref.value_path, ref.at("budget")),
        )
        if hit is not None:
            yield hit


@kind("completion_rollup", fields={"subject", "stated", "budget", "budget_arith", "parts", "parts_arith", "relation"})
def completion_rollup(view: ReportView, params: Params) -> Iterator[Hit]:
    """The budget a node states or implies equals the sum of the budgets its parts imply. A part whose budget
    nothing implies (nothing spent and 完成预算的0%, or no ratio printed) makes that sum a lower bound: the
    parts' budgets then may not exceed the node's."""
    for ref in view.nodes:
        node = ref.node
        own = own_budget(node)
        if own is None or not node.children or node.partial:
            continue
        parts, unknown = budget_parts(view, ref)
        if parts is None:
            continue
        if (own.interval.overlaps(parts.interval) and not unknown) or (
            unknown and parts.interval.lo <= own.interval.hi
        ):
            continue
        at, stated = _budget_source(ref)
        digits = places(node.value) if node.value is not None else 2
        data = {
            "subject": ref.label,
            "stated": stated,
            "budget": money(own.point, digits),
            "budget_arith": own.expr,
            "parts": money(parts.point, digits),
            "parts_arith": parts.expr,
            "relation": "≥" if unknown else "=",
        }
        yield Hit(at, data, tuple(child.path for child in view.children(ref)))


def _budget_source(ref: NodeRef) -> tuple[tuple, str]:
    """Where a node's budget comes from, and the printed figure that gives it."""
    node = ref.node
    if node.budget is not None:
        return ref.at("budget"), plain(node.budget)
    if node.completion is not None:
        return ref.at("completion"), plain(node.completion) + "%"
    return ref.at("budget_change", "amount"), plain(node.budget_change.amount)


@kind("completion_impossible", fields={"subject", "stated", "amount"})
def completion_impossible(view: ReportView, params: Params) -> Iterator[Hit]:
    """A completion of 0% (or below) with money spent cannot be."""
    for ref in view.nodes:
        node = ref.node
        if node.completion is not None and node.completion <= 0 and node.value is not None and node.value > 0:
            data = {"subject": ref.label, "stated": plain(node.completion) + "%", "amount": plain(node.value)}
            yield Hit(ref.at("completion"), data, (ref.value_path,))
