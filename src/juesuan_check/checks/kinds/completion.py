"""The 年初预算: the completion ratio recomputes, the budgets the ratios imply add up, and a comparison with
the budget (与年初预算相比: 大于/小于, 差值, 幅度) agrees with the final figure and the budget."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Optional

from juesuan_check.checks.derived import budget_parts, magnitude, own_budget, sign_of
from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import Quantity, money, places, plain
from juesuan_check.report.model import BudgetChange, Node


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
        budget = money(own.point, digits)
        data = {
            "subject": ref.label,
            "stated": stated,
            "budget": budget,
            # the budget as derived (138.84 ÷ 63.89% = 217.31), or as printed (12.04)
            "budget_arith": budget if node.budget is not None else f"{own.expr} = {budget}",
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


def _stated_budget(node: Node) -> Optional[Quantity]:
    """The budget a node prints, or the one its completion ratio implies: the budget a 与年初预算相比
    statement is judged against (not the one it implies itself)."""
    if node.budget is not None:
        return Quantity.of(node.budget)
    if node.completion is not None and node.value is not None:
        ratio = Quantity.percent(node.completion)
        return Quantity.of(node.value) / ratio if ratio.divides() else None
    return None


def _against_budget(view: ReportView) -> Iterator[tuple[NodeRef, BudgetChange]]:
    for ref in view.nodes:
        if ref.node.budget_change is not None and ref.node.value is not None:
            yield ref, ref.node.budget_change


@kind("budget_change_direction", fields={"subject", "word", "stated", "budget"})
def budget_change_direction(view: ReportView, params: Params) -> Iterator[Hit]:
    """The word (决算数大于/小于预算数, 较年初预算增加/减少) agrees with the final figure and the budget."""
    for ref, gap in _against_budget(view):
        sign = sign_of(gap) if gap.direction is not None else None
        budget = _stated_budget(ref.node)
        if sign is None or budget is None:
            continue
        actual = Quantity.of(ref.node.value).interval
        if actual.lo > budget.interval.hi:
            real = 1
        elif actual.hi < budget.interval.lo:
            real = -1
        elif ref.node.budget is not None and ref.node.budget == ref.node.value:
            real = 0
        else:
            continue  # within rounding of each other: the direction cannot be judged
        if sign != real:
            data = {
                "subject": ref.label,
                "word": gap.direction,
                "stated": plain(ref.node.value),
                "budget": money(budget.point, places(ref.node.value)),
            }
            yield Hit(ref.at("budget_change", "direction"), data, (ref.value_path, _budget_path(ref)))


@kind("budget_change_amount", fields=COMPARISON_FIELDS)
def budget_change_amount(view: ReportView, params: Params) -> Iterator[Hit]:
    """The difference from the budget (差值, 较年初预算减少 X) is the final figure minus the budget."""
    for ref, gap in _against_budget(view):
        budget = _stated_budget(ref.node)
        if gap.amount is None or budget is None:
            continue
        actual = Quantity.of(ref.node.value)
        difference = actual - budget if actual.point >= budget.point else budget - actual
        hit = compare(
            ref.at("budget_change", "amount"),
            ref.label,
            magnitude(gap.amount),
            difference,
            related=(ref.value_path, _budget_path(ref)),
        )
        if hit is not None:
            yield hit


@kind("budget_change_percent", fields=COMPARISON_FIELDS)
def budget_change_percent(view: ReportView, params: Params) -> Iterator[Hit]:
    """The rate of the difference from the budget is the difference ÷ the budget (printed, implied by the
    completion ratio, or by the final figure ∓ the stated difference)."""
    for ref, gap in _against_budget(view):
        if gap.percent is None or (gap.direction is not None and sign_of(gap) == 0):
            continue
        budget = _stated_budget(ref.node) or own_budget(ref.node)
        if budget is None or budget.interval.lo <= 0:
            continue
        if gap.amount is not None:
            difference = Quantity.of(magnitude(gap.amount))
        else:
            actual = Quantity.of(ref.node.value)
            difference = actual - budget if actual.point >= budget.point else budget - actual
        hit = compare(
            ref.at("budget_change", "percent"),
            ref.label,
            magnitude(gap.percent),
            difference / budget,
            percent=True,
            related=(ref.value_path, ref.at("budget_change", "amount")),
        )
        if hit is not None:
            yield hit


def _budget_path(ref: NodeRef) -> tuple:
    return ref.at("budget") if ref.node.budget is not None else ref.at("completion")
