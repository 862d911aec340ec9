"""Figures a report implies without printing them: budgets behind completion ratios, last year's figures
behind 与上年相比 statements. Shared by several rule kinds and computed once per report."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Optional

from juesuan_check.checks.view import CHILDREN, NodeRef, ReportView
from juesuan_check.numbers import Quantity, total
from juesuan_check.report.model import Appropriations, BudgetChange, Change, Node
from juesuan_check.report.values import BUDGET_SIGN, DIRECTION_SIGN
from juesuan_check.report.vocabulary import key

FUNCTIONAL = key(Appropriations, "functional")


def sign_of(change: Change | BudgetChange) -> Optional[int]:
    """The direction a change statement asserts: its word's sign, else the sign its figures are printed
    with (tables print -7.03%); None for an unfilled template choice (增加/减少)."""
    signs = BUDGET_SIGN if isinstance(change, BudgetChange) else DIRECTION_SIGN
    if change.direction is not None:
        sign = signs[change.direction]
        if sign and change.amount == 0 and not change.percent:
            return 0  # 增加0万元 says nothing changed, whatever the word
        return sign
    for figure in (change.amount, change.percent):
        if figure is not None:
            return (figure > 0) - (figure < 0)
    return None


def magnitude(figure: Decimal) -> Decimal:
    """A printed change without its sign: the sign is the direction, the size is compared."""
    return -figure if figure < 0 else figure


def own_budget(node: Node) -> Optional[Quantity]:
    """The 年初预算 a node prints, or the one its completion ratio implies (决算数 ÷ 完成率), or the one its
    comparison with the budget implies (决算数 ∓ 差值)."""
    if node.budget is not None:
        return Quantity.of(node.budget)
    if node.value is None:
        return None
    if node.completion is not None:
        ratio = Quantity.percent(node.completion)
        return Quantity.of(node.value) / ratio if ratio.divides() else None
    gap = node.budget_change
    if gap is not None and gap.amount is not None:
        sign = sign_of(gap)
        if sign == 0:
            return Quantity.of(node.value)
        if sign is not None:
            this, delta = Quantity.of(node.value), Quantity.of(magnitude(gap.amount))
            return this - delta if sign > 0 else this + delta
    return None


def implied_budget(view: ReportView, ref: NodeRef) -> Optional[Quantity]:
    """A node's own budget, or the sum of its parts' budgets when every part has one."""
    key = ("budget", ref.path)
    if key not in view.memo:
        view.memo[key] = own_budget(ref.node) or parts_budget(view, ref)
    return view.memo[key]


def parts_budget(view: ReportView, ref: NodeRef) -> Optional[Quantity]:
    known, unknown = budget_parts(view, ref)
    return known if not unknown else None


def budget_parts(view: ReportView, ref: NodeRef) -> tuple[Optional[Quantity], bool]:
    """The sum of the budgets the parts of ``ref`` state or imply, and whether some part's budget is
    unknown (then the sum is only a lower bound: no budget is negative)."""
    budgets, unknown = [], False
    for child in view.children(ref):
        budget = implied_budget(view, child)
        if budget is None:
            unknown = True
        else:
            budgets.append(budget)
    return total(budgets), unknown


def implied_previous(node: Node) -> Optional[Quantity]:
    """Last year's figure as a 与上年相比 statement implies it: this year ∓ the stated change."""
    change, value = node.change, node.value
    if change is None or value is None:
        return None
    sign = sign_of(change)
    if sign == 0:
        return Quantity.of(value)
    if sign is None or change.amount is None:
        return None
    this, delta = Quantity.of(value), Quantity.of(magnitude(change.amount))
    return this - delta if sign > 0 else this + delta


def last_year(node: Node) -> Optional[Quantity]:
    """Last year's figure: as the report prints it (上年), else as the change statement implies it."""
    if node.change is not None and node.change.previous is not None:
        return Quantity.of(node.change.previous)
    return implied_previous(node)


def classified(view: ReportView) -> Iterator[tuple[NodeRef, str]]:
    """Every node of a 功能分类 breakdown with its level: 类 at the first level, then 款 or 项."""
    catalogue = view.classification
    for ref in view.nodes:
        if FUNCTIONAL not in ref.path or ref.path[-1] == FUNCTIONAL:
            continue
        depth = ref.path[ref.path.index(FUNCTIONAL) + 1 :].count(CHILDREN)
        code = ref.node.code
        if code is not None:
            level = {3: "类", 5: "款", 7: "项"}[len(code)]
        elif depth == 1:
            level = "类"
        else:
            named = catalogue.by_name(ref.label) if catalogue else []
            level = "款" if any(entry.level == "款" for entry in named) else "项"
        yield ref, level
