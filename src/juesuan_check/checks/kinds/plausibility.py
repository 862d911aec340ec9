"""Plausibility: figures that can be right but usually are not, and need a look or an explanation.
Bounds between sections (政府采购 ≤ 非人员支出 …) are identity rules in data; these are the rest."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import HUNDRED, Interval, plain, printed


class CountParams(Params):
    cost: str  # a selector of the cost
    counts: tuple[str, ...]  # selectors of the counts that cost implies (any one at or above 1 will do)
    both_ways: bool = False  # also: a count of 1 or more with no cost


@kind("cost_needs_count", params=CountParams, fields={"subject", "stated", "count"})
def cost_needs_count(view: ReportView, params: CountParams) -> Iterator[Hit]:
    cost = view.resolve(params.cost)
    if cost is None or cost.node.value is None:
        return
    found = [(path, value) for path, value in (_count_at(view, s) for s in params.counts) if value is not None]
    if not found:
        return  # no count printed: the completeness rules ask for it
    counted = any(value >= 1 for _, value in found)
    spent = cost.node.value > 0
    if spent and not counted:
        yield Hit(
            cost.value_path,
            {"subject": cost.label, "stated": plain(cost.node.value), "count": "0"},
            tuple(path for path, _ in found),
        )
    elif params.both_ways and counted and not spent:
        path, value = next((p, v) for p, v in found if v >= 1)
        yield Hit(
            path, {"subject": cost.label, "stated": plain(cost.node.value), "count": str(value)}, (cost.value_path,)
        )


def _count_at(view: ReportView, selector: str) -> tuple[tuple, int | None]:
    path, value, matched = view.trace(selector)
    if matched < len(selector.split("/")):
        return path, None
    if hasattr(value, "value"):  # a count node (车辆: {合计: …})
        value = value.value
    return path, value if isinstance(value, int) else None


@kind("shares_total", fields={"subject", "stated", "arith"})
def shares_total(view: ReportView, params: Params) -> Iterator[Hit]:
    """The shares of one breakdown add up to 100% (a part of 0 without a printed share counts as 0%)."""
    for ref in view.nodes:
        node = ref.node
        if not node.children or node.partial or not node.value or node.value <= 0:
            continue
        shares = [c.share if c.share is not None else (Decimal(0) if c.value == 0 else None) for c in node.children]
        if any(s is None for s in shares) or all(c.share is None for c in node.children):
            continue
        total = Interval.exact(0)
        for share in shares:
            total = total + printed(share)  # type: ignore[arg-type]
        if not total.contains(HUNDRED):
            arith = " + ".join(plain(s) + "%" for s in shares if s)  # type: ignore[operator]
            stated = plain(sum(shares, Decimal(0))) + "%"  # type: ignore[arg-type]
            related = tuple(child.at("share") for child in view.children(ref) if child.node.share is not None)
            yield Hit(related[0], {"subject": ref.label, "stated": stated, "arith": arith}, related[1:])


@kind("negative_amount", fields={"subject", "stated", "field"})
def negative_amount(view: ReportView, params: Params) -> Iterator[Hit]:
    """Negative amounts are rare (冲销) and worth a look."""
    for ref in view.nodes:
        node = ref.node
        for attr in ("amount", "total", "budget"):
            value = getattr(node, attr)
            if value is not None and value < 0:
                at = ref.at(attr)
                yield Hit(at, {"subject": ref.label, "stated": plain(value), "field": at[-1]})


class ExtremeParams(Params):
    low: Decimal = Decimal(50)
    high: Decimal = Decimal(150)


@kind("completion_extreme", params=ExtremeParams, fields={"subject", "stated", "low", "high"})
def completion_extreme(view: ReportView, params: ExtremeParams) -> Iterator[Hit]:
    """A completion far from the budget is explained by a reason. An item with nothing spent (0, 完成预算的0%)
    needs none: the figure says it."""
    for ref in view.nodes:
        node = ref.node
        explained = node.reason is not None or (node.budget_change is not None and node.budget_change.reason)
        if node.completion is None or explained or node.value == 0:
            continue
        if node.completion < params.low or node.completion > params.high:
            data = {
                "subject": ref.label,
                "stated": plain(node.completion) + "%",
                "low": plain(params.low) + "%",
                "high": plain(params.high) + "%",
            }
            yield Hit(ref.at("completion"), data)


@kind("counts_agree", fields={"subject", "count", "stated", "persons", "amount"})
def counts_agree(view: ReportView, params: Params) -> Iterator[Hit]:
    """团组 and 批次 go with 人次 and money: groups or batches with no person and no money, or persons or money
    with no group or batch, are numbers that do not describe the same trips or receptions."""
    for ref in view.nodes:
        counts, money = ref.node.counts, ref.node.value
        if counts is None or counts.persons is None:
            continue
        for attr in ("groups", "batches"):
            number = getattr(counts, attr)
            if number is None:
                continue
            empty = counts.persons == 0 and (money is None or money == 0)
            if (number > 0 and empty) or (number == 0 and (counts.persons > 0 or (money is not None and money > 0))):
                data = {
                    "subject": ref.label,
                    "count": ref.at("counts", attr)[-1],
                    "stated": str(number),
                    "persons": str(counts.persons),
                    "amount": plain(money) if money is not None else "—",
                }
                yield Hit(ref.at("counts", attr), data, (ref.at("counts", "persons"),))
