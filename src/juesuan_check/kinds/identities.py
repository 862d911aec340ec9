"""Identities between sections, declared as data: 基本支出 = 人员经费 + 公用经费, 收入总计 − 本年支出 = 结余 …

An operand is a selector (see ``ReportView.resolve``); a leading ``-`` subtracts it, a trailing ``?``
makes it optional (0 when the report does not have it). A rule whose required operands are not all in the
report finds nothing: whether a part must be there is the completeness rules' question.
"""

from __future__ import annotations

from typing import Iterator, Literal, Optional

from pydantic import field_validator

from ..derived import implied_budget, value_path
from ..findings import Hit
from ..numbers import Quantity, like, money, places, plain
from ..view import NodeRef, ReportView
from .base import COMPARISON_FIELDS, Params, compare, kind

_SYMBOL = {"eq": "≠", "le": ">", "ge": "<"}


class IdentityParams(Params):
    left: str
    right: tuple[str, ...]
    relation: Literal["eq", "le", "ge"] = "eq"
    measure: Literal["amount", "budget"] = "amount"
    when_equal: tuple[tuple[str, str], ...] = ()  # apply only where each pair of figures agrees
    requires: tuple[str, ...] = ()  # apply only where the report has each of these

    @field_validator("left", mode="after")
    @classmethod
    def _left(cls, value: str) -> str:
        return _selector(value)

    @field_validator("right", "requires", mode="after")
    @classmethod
    def _many(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_selector(text) for text in value)

    @field_validator("when_equal", mode="after")
    @classmethod
    def _pairs(cls, value: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        return tuple((_selector(a), _selector(b)) for a, b in value)

    @field_validator("right", mode="after")
    @classmethod
    def _not_empty(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("at least one operand")
        return value


def _selector(text: str) -> str:
    bare = text.lstrip("-").rstrip("?")
    if not bare or any(not segment.strip() for segment in bare.split("/")):
        raise ValueError(f"not a selector: {text!r}")
    return text


def _measure(view: ReportView, ref: NodeRef, measure: str) -> Optional[Quantity]:
    if measure == "budget":
        return implied_budget(view, ref)
    return Quantity.of(ref.node.value) if ref.node.value is not None else None


def _operands(view: ReportView, params: IdentityParams) -> Optional[tuple[list[NodeRef], Quantity]]:
    refs: list[NodeRef] = []
    result: Optional[Quantity] = None
    for operand in params.right:
        optional, negative = operand.endswith("?"), operand.startswith("-")
        ref = view.resolve(operand.lstrip("-").rstrip("?"))
        value = _measure(view, ref, params.measure) if ref is not None else None
        if ref is None or value is None:
            if optional:
                continue
            return None
        refs.append(ref)
        if result is None:
            result = -value if negative else value
        else:
            result = result - value if negative else result + value
    return (refs, result) if result is not None else None


def _applies(view: ReportView, params: IdentityParams) -> bool:
    if any(view.resolve(selector) is None for selector in params.requires):
        return False
    for first, second in params.when_equal:
        a, b = view.resolve(first), view.resolve(second)
        if a is None or b is None or a.node.value is None or b.node.value is None:
            return False
        if not Quantity.of(a.node.value).interval.overlaps(Quantity.of(b.node.value).interval):
            return False
    return True


@kind("identity", params=IdentityParams, fields=COMPARISON_FIELDS | {"relation", "left_arith"})
def identity(view: ReportView, params: IdentityParams) -> Iterator[Hit]:
    left = view.resolve(params.left)
    if left is None or not _applies(view, params):
        return
    left_value = _measure(view, left, params.measure)
    found = _operands(view, params)
    if left_value is None or found is None:
        return
    refs, right = found
    related = tuple(value_path(ref) for ref in refs)
    relation = _SYMBOL[params.relation]
    if params.measure == "amount" and params.relation == "eq":
        # A printed figure against a sum: judged like any printed figure, truncation included.
        hit = compare(value_path(left), left.label, left.node.value, right, related=related,
                      relation=relation, left_arith=plain(left.node.value))
        if hit is not None:
            yield hit
        return
    broken = {
        "eq": not left_value.interval.overlaps(right.interval),
        "le": left_value.interval.lo > right.interval.hi,
        "ge": left_value.interval.hi < right.interval.lo,
    }[params.relation]
    if broken:
        data = {
            "subject": left.label,
            "stated": _shown(left_value, left, params.measure),
            "expected": _shown(right, left, params.measure),
            "arith": right.expr,
            "relation": relation,
            "left_arith": left_value.expr,
        }
        at = _budget_path(left) if params.measure == "budget" else value_path(left)
        yield Hit(at, data, related)


def _shown(quantity: Quantity, ref: NodeRef, measure: str) -> str:
    """A computed figure printed like the left figure (an amount) or to its decimals (a budget)."""
    value = ref.node.value
    if measure == "amount" and value is not None:
        return like(quantity.point, value)
    return money(quantity.point, places(value) if value is not None else 2)


def _budget_path(ref: NodeRef) -> tuple:
    if ref.node.budget is not None:
        return ref.path + ("年初预算",)
    if ref.node.completion is not None:
        return ref.path + ("年初预算完成率",)
    return value_path(ref)
