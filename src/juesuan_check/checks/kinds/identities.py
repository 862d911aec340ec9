"""Identities and bounds between sections, declared as data: 基本支出 = 人员经费 + 公用经费, 收入总计 − 本年支出
= 结余, 政府采购 ≤ 非人员支出 …

An operand is a selector (see ``ReportView.resolve_path``); a leading ``-`` subtracts it, a trailing ``?``
makes it optional (0 when the report does not have it), and ``@budget`` or ``@previous`` takes the budget
its completion ratio implies or last year's figure its 与上年相比 implies instead of the printed amount.
A rule whose required operands are not all in the report finds nothing: whether a part must be there is
the completeness rules' question.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import field_validator

from juesuan_check.checks.derived import implied_budget, implied_previous
from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import Quantity, like, money, places, plain

_SYMBOL = {"eq": "≠", "le": ">", "ge": "<"}
Measure = Literal["amount", "budget", "previous"]
_MEASURES = ("amount", "budget", "previous")


@dataclass(frozen=True)
class Operand:
    selector: str
    negative: bool = False
    optional: bool = False
    measure: Optional[str] = None  # None: the rule's measure

    @classmethod
    def parse(cls, text: str) -> Operand:
        body, negative = (text[1:], True) if text.startswith("-") else (text, False)
        body, optional = (body[:-1], True) if body.endswith("?") else (body, False)
        body, _, measure = body.partition("@")
        if measure and measure not in _MEASURES:
            raise ValueError(f"unknown measure @{measure} (known: {', '.join(_MEASURES)})")
        if not body or any(not segment.strip() for segment in body.split("/")):
            raise ValueError(f"not a selector: {text!r}")
        return cls(body, negative, optional, measure or None)


class IdentityParams(Params):
    left: str
    right: tuple[str, ...]
    relation: Literal["eq", "le", "ge"] = "eq"
    measure: Measure = "amount"
    when_equal: tuple[tuple[str, str], ...] = ()  # apply only where each pair of figures agrees
    requires: tuple[str, ...] = ()  # apply only where the report has each of these
    absent: tuple[str, ...] = ()  # apply only where the report has none of these
    # apply only where the node at each selector is named so: its name contains the text, or with a leading
    # "!" does not (收入总计 against 支出总计, but not the 本年支出合计 an older narrative calls 支出总计)
    named: dict[str, str] = {}

    @field_validator("left", mode="after")
    @classmethod
    def _left(cls, value: str) -> str:
        if Operand.parse(value).negative:
            raise ValueError("the left side cannot be subtracted")
        return value

    @field_validator("right", mode="after")
    @classmethod
    def _right(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("at least one operand")
        for text in value:
            Operand.parse(text)
        return value

    @field_validator("requires", "absent", mode="after")
    @classmethod
    def _requires(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for text in value:
            Operand.parse(text)
        return value

    @field_validator("named", mode="after")
    @classmethod
    def _named(cls, value: dict[str, str]) -> dict[str, str]:
        for text in value:
            Operand.parse(text)
        return value

    @field_validator("when_equal", mode="after")
    @classmethod
    def _pairs(cls, value: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        for pair in value:
            for text in pair:
                Operand.parse(text)
        return value


def _measure(view: ReportView, ref: NodeRef, measure: str) -> Optional[Quantity]:
    if measure == "budget":
        return implied_budget(view, ref)
    if measure == "previous":
        previous = implied_previous(ref.node)  # exact: this year ∓ the change, shown as its value
        return previous.named(plain(previous.point)) if previous is not None else None
    return Quantity.of(ref.node.value) if ref.node.value is not None else None


def _operands(view: ReportView, params: IdentityParams) -> Optional[tuple[list[NodeRef], Quantity]]:
    refs: list[NodeRef] = []
    result: Optional[Quantity] = None
    for text in params.right:
        operand = Operand.parse(text)
        ref = view.resolve(operand.selector)
        value = _measure(view, ref, operand.measure or params.measure) if ref is not None else None
        if ref is None or value is None:
            if operand.optional:
                continue
            return None
        refs.append(ref)
        if result is None:
            result = -value if operand.negative else value
        else:
            result = result - value if operand.negative else result + value
    return (refs, result) if result is not None else None


def _applies(view: ReportView, params: IdentityParams) -> bool:
    if any(view.resolve_path(selector) is None for selector in params.requires):
        return False
    if any(view.resolve_path(selector) is not None for selector in params.absent):
        return False
    for selector, pattern in params.named.items():
        ref = view.resolve(selector)
        if ref is None or (pattern.startswith("!") == (pattern.lstrip("!") in ref.label)):
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
    operand = Operand.parse(params.left)
    measure = operand.measure or params.measure
    left = view.resolve(operand.selector)
    if left is None or not _applies(view, params):
        return
    left_value = _measure(view, left, measure)
    found = _operands(view, params)
    if left_value is None or found is None:
        return
    refs, right = found
    related = tuple(ref.value_path for ref in refs)
    relation = _SYMBOL[params.relation]
    if measure == "amount" and params.relation == "eq":
        # A printed figure against a sum: judged like any printed figure, truncation included.
        hit = compare(
            left.value_path,
            left.label,
            left.node.value,
            right,
            related=related,
            relation=relation,
            left_arith=plain(left.node.value),
        )
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
            "stated": _shown(left_value, left, measure),
            "expected": _shown(right, left, measure),
            "arith": right.expr,
            "relation": relation,
            "left_arith": left_value.expr,
        }
        yield Hit(_place(left, measure), data, related)


def _shown(quantity: Quantity, ref: NodeRef, measure: str) -> str:
    """A computed figure printed like the left figure (an amount) or to its decimals (a derived figure)."""
    value = ref.node.value
    if measure == "amount" and value is not None:
        return like(quantity.point, value)
    return money(quantity.point, places(value) if value is not None else 2)


def _place(ref: NodeRef, measure: str) -> tuple:
    """Where a finding about ``ref`` points: the figure its measure comes from."""
    if measure == "budget" and ref.node.budget is not None:
        return ref.at("budget")
    if measure == "budget" and ref.node.completion is not None:
        return ref.at("completion")
    if measure == "previous" and ref.node.change is not None:
        return ref.at("change", "amount" if ref.node.change.amount is not None else "direction")
    return ref.value_path
