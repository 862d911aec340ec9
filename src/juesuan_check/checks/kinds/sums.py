"""Sums: every 合计 equals the sum of its 明细, at every level and in every section."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import Quantity, like, plain, printed, total
from juesuan_check.report.model import CountNode
from juesuan_check.report.vocabulary import key


class SumParams(Params):
    # complete: the 明细 lists every part, so they add up to the total;
    # partial: the node says 明细不全 ("其中"), so the parts may not exceed the total.
    breakdown: Literal["complete", "partial"] = "complete"


@kind("children_sum", params=SumParams, fields=COMPARISON_FIELDS)
def children_sum(view: ReportView, params: SumParams) -> Iterator[Hit]:
    for ref in view.nodes:
        node = ref.node
        if not node.children or node.value is None or node.partial != (params.breakdown == "partial"):
            continue
        children = view.children(ref)
        if any(child.node.value is None for child in children):
            continue
        parts = total(Quantity.of(child.node.value) for child in children)
        assert parts is not None
        related = tuple(child.value_path for child in children)
        if params.breakdown == "complete":
            hit = compare(ref.value_path, ref.label, node.value, parts, related=related)
            if hit is not None:
                yield hit
        elif parts.interval.lo > printed(node.value).hi:
            data = {
                "subject": ref.label,
                "stated": plain(node.value),
                "expected": like(parts.point, node.value),
                "arith": parts.expr,
            }
            yield Hit(ref.value_path, data, related)


@kind("count_sum", fields=COMPARISON_FIELDS)
def count_sum(view: ReportView, params: Params) -> Iterator[Hit]:
    for path, node in view.count_nodes:
        if not node.children or node.value is None or any(c.value is None for c in node.children):
            continue
        parts = sum(c.value for c in node.children)  # type: ignore[misc]
        if parts != node.value:
            at = path + (key(CountNode, "count" if node.count is not None else "total"),)
            arith = " + ".join(str(c.value) for c in node.children)
            data = {
                "subject": node.name or str(path[-1]),
                "stated": str(node.value),
                "expected": str(parts),
                "arith": arith,
            }
            related = tuple(path + (key(CountNode, "children"), i) for i in range(len(node.children)))
            yield Hit(at, data, related)
