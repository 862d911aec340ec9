"""Shares: every 占比 recomputes from its item and the total it is a share of: the total above it, or the
base the sentence names (占本年支出合计的…, 占收入总计的…, 占“三公”经费的…)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Optional

from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import Quantity


def _base(view: ReportView, ref: NodeRef) -> Optional[NodeRef]:
    """The node a share is of: the parent, unless the sentence names another base that the report has
    (one figure under that name, or several that agree)."""
    named = ref.node.share_base
    if named is None:
        return ref.parent
    found = [other for other in view.named(named) if other is not ref and other.node.value is not None]
    if ref.parent is not None and ref.parent in found:
        return ref.parent
    values = {other.node.value for other in found}
    return found[0] if len(values) == 1 else None


@kind("share", fields=COMPARISON_FIELDS | {"base"})
def share(view: ReportView, params: Params) -> Iterator[Hit]:
    for ref in view.nodes:
        node = ref.node
        if node.share is None or node.value is None:
            continue
        base = _base(view, ref)
        if base is None or base.node.value is None:
            continue
        whole = Quantity.of(base.node.value)
        if not whole.divides():
            continue  # a share of (about) nothing is undefined; the sums say whether the parts are zero too
        ratio = Quantity.of(node.value) / whole
        hit = compare(
            ref.at("share"),
            ref.label,
            node.share,
            ratio,
            percent=True,
            related=(ref.value_path, base.value_path),
            base=base.label,
        )
        if hit is not None:
            yield hit


@kind("share_base_unknown", fields={"subject", "stated", "base"})
def share_base_unknown(view: ReportView, params: Params) -> Iterator[Hit]:
    """A share whose named base the report does not have (or has with different figures) is not recomputed:
    said, so that nobody takes its silence for a pass."""
    for ref in view.nodes:
        node = ref.node
        if node.share is None or node.share_base is None or node.value is None:
            continue
        if _base(view, ref) is None:
            data = {"subject": ref.label, "stated": f"{node.share}%", "base": node.share_base}
            yield Hit(ref.at("share_base"), data, (ref.at("share"),))
