"""Shares: every 占比 recomputes from its item and the total it is a share of."""

from __future__ import annotations

from collections.abc import Iterator

from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import Quantity


@kind("share", fields=COMPARISON_FIELDS | {"base"})
def share(view: ReportView, params: Params) -> Iterator[Hit]:
    for ref in view.nodes:
        node, parent = ref.node, ref.parent
        if node.share is None or node.value is None or parent is None or parent.node.value is None:
            continue
        whole = Quantity.of(parent.node.value)
        if not whole.divides():
            continue  # a share of (about) nothing is undefined; the sums say whether the parts are zero too
        ratio = Quantity.of(node.value) / whole
        hit = compare(
            ref.at("share"),
            ref.label,
            node.share,
            ratio,
            percent=True,
            related=(ref.value_path, parent.value_path),
            base=parent.label,
        )
        if hit is not None:
            yield hit
