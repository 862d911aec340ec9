"""Figures a report implies without printing them: budgets behind completion ratios, last year's figures
behind 与上年相比 statements. Shared by several rule kinds and computed once per report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Optional

from juesuan_check.checks.view import CHILDREN, NodeRef, ReportView
from juesuan_check.numbers import Quantity, total
from juesuan_check.report.model import Appropriations, Node
from juesuan_check.report.values import DIRECTION_SIGN
from juesuan_check.report.vocabulary import key

FUNCTIONAL = key(Appropriations, "functional")


def own_budget(node: Node) -> Optional[Quantity]:
    """The 年初预算 a node prints, or the one its completion ratio implies (决算数 ÷ 完成率)."""
    if node.budget is not None:
        return Quantity.of(node.budget)
    if node.completion is not None and node.value is not None:
        ratio = Quantity.percent(node.completion)
        return Quantity.of(node.value) / ratio if ratio.divides() else None
    return None


def implied_budget(view: ReportView, ref: NodeRef) -> Optional[Quantity]:
    """A node's own budget, or the sum of its parts' budgets when every part has one."""
    key = ("budget", ref.path)
    if key not in view.memo:
        view.memo[key] = own_budget(ref.node) or parts_budget(view, ref)
    return view.memo[key]


def parts_budget(view: ReportView, ref: NodeRef) -> Optional[Quantity]:
    budgets = []
    for child in view.children(ref):
        budget = implied_budget(view, child)
        if budget is None:
            return None
        budgets.append(budget)
    return total(budgets)


def implied_previous(node: Node) -> Optional[Quantity]:
    """Last year's figure as a 与上年相比 statement implies it: this year ∓ the stated change."""
    change, value = node.change, node.value
    if change is None or value is None:
        return None
    sign = DIRECTION_SIGN[change.direction]
    if sign == 0:
        return Quantity.of(value)
    if change.amount is None:
        return None
    this, delta = Quantity.of(value), Quantity.of(change.amount)
    return this - delta if sign > 0 else this + delta


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
