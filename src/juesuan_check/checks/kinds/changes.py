"""Changes on last year (与上年相比): the percentage, the zero base, and the words against the figures.

A change is read by its direction (its word, or the sign a table prints it with) and its size: a printed
-7.03% is a decrease of 7.03%, never compared as a signed number. An unfilled template choice (增加/减少)
asserts no direction; these rules leave it to the template rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from juesuan_check.checks.derived import implied_previous, magnitude, sign_of
from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, compare, kind
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.names import normalize
from juesuan_check.numbers import Quantity, plain, total
from juesuan_check.report.values import DIRECTION_SIGN


def _stated_changes(view: ReportView) -> Iterator[NodeRef]:
    for ref in view.nodes:
        if ref.node.change is not None and ref.node.value is not None and sign_of(ref.node.change) is not None:
            yield ref


def _rate(ref: NodeRef) -> tuple[Quantity, Quantity, tuple] | None:
    """The change as a ratio of last year's figure, with that figure and the places it comes from: from the
    stated amount (last year = this year ∓ the amount), or — for a rate-only statement — from the printed
    上年 figure."""
    change, node = ref.node.change, ref.node
    if change.amount is not None:
        previous = implied_previous(node)
        if previous is None:
            return None
        return (
            Quantity.of(magnitude(change.amount)) / previous if previous.divides() else None,
            previous,
            (
                ref.value_path,
                ref.at("change", "amount"),
            ),
        )
    if change.previous is not None:
        previous = Quantity.of(change.previous)
        this = Quantity.of(node.value)
        difference = this - previous if this.point >= previous.point else previous - this
        return (
            difference / previous if previous.divides() else None,
            previous,
            (
                ref.value_path,
                ref.at("change", "previous"),
            ),
        )
    return None


@kind("change_percent", fields=COMPARISON_FIELDS | {"previous"})
def change_percent(view: ReportView, params: Params) -> Iterator[Hit]:
    """The stated percentage equals the change ÷ last year's figure (implied by the amount, or printed)."""
    for ref in _stated_changes(view):
        change = ref.node.change
        if change.percent is None or sign_of(change) == 0:
            continue
        found = _rate(ref)
        if found is None or found[0] is None or found[1].interval.lo <= 0:
            continue  # a base at or near zero: the zero-base and negative-base rules judge it
        ratio, previous, related = found
        hit = compare(
            ref.at("change", "percent"),
            ref.label,
            magnitude(change.percent),
            ratio,
            percent=True,
            related=related,
            previous=plain(previous.point),
        )
        if hit is not None:
            yield hit


# A reason that says the thing is new: last year had none, which is what a rate from zero needs said.
_NEW = re.compile(r"成立|新设|组建|首次|新增设|上年(?:无|没有|未)")


@kind("change_zero_base", fields=COMPARISON_FIELDS)
def change_zero_base(view: ReportView, params: Params) -> Iterator[Hit]:
    """A growth rate from a zero base is undefined: 增加 X，增长 100% when last year was 0. Nothing to
    nothing (this year 0 too, 增长0%) is consistent."""
    for ref in _stated_changes(view):
        change = ref.node.change
        previous = implied_previous(ref.node)
        if change.percent is None or previous is None or sign_of(change) == 0 or previous.point != 0:
            continue
        if ref.node.value == 0 and change.percent == 0:
            continue
        if any(text and _NEW.search(text) for text in (change.reason, ref.node.reason)):
            continue  # 单位于2024年成立: the text says last year had none, as the rule asks
        data = {
            "subject": ref.label,
            "stated": plain(change.percent) + "%",
            "expected": "—",
            "arith": f"{previous.expr} = 0",
        }
        yield Hit(ref.at("change", "percent"), data, (ref.value_path, ref.at("change", "amount")))


@kind("change_negative_base", fields=COMPARISON_FIELDS)
def change_negative_base(view: ReportView, params: Params) -> Iterator[Hit]:
    """An increase larger than this year's figure would make last year's figure negative."""
    for ref in _stated_changes(view):
        previous = implied_previous(ref.node)
        if previous is not None and previous.point < 0:
            data = {
                "subject": ref.label,
                "stated": plain(magnitude(ref.node.change.amount)),
                "expected": "≥ 0",
                "arith": f"{previous.expr} = {plain(previous.point)}",
            }
            yield Hit(ref.at("change", "amount"), data, (ref.value_path,))


@kind("change_words", fields={"subject", "word", "percent_word"})
def change_words(view: ReportView, params: Params) -> Iterator[Hit]:
    """The word before the amount and the word before the percentage point the same way."""
    for ref in _stated_changes(view):
        change = ref.node.change
        if change.percent_word is None or change.direction is None:
            continue
        word, percent_word = DIRECTION_SIGN[change.direction], DIRECTION_SIGN[change.percent_word]
        if word is not None and percent_word is not None and word != percent_word:
            data = {"subject": ref.label, "word": change.direction, "percent_word": change.percent_word}
            yield Hit(ref.at("change", "percent_word"), data, (ref.at("change", "direction"),))


@kind("change_flat", fields={"subject", "word", "figures"})
def change_flat(view: ReportView, params: Params) -> Iterator[Hit]:
    """无变化 / 持平 with a non-zero amount or percentage."""
    for ref in _stated_changes(view):
        change = ref.node.change
        if change.direction is None or DIRECTION_SIGN[change.direction] != 0:
            continue
        figures = [plain(change.amount)] if change.amount else []
        figures += [plain(change.percent) + "%"] if change.percent else []
        if figures:
            data = {"subject": ref.label, "word": change.direction, "figures": "、".join(figures)}
            yield Hit(ref.at("change", "direction"), data, ())


@kind("change_empty", fields={"subject", "word"})
def change_empty(view: ReportView, params: Params) -> Iterator[Hit]:
    """增加 / 减少 with a zero amount and no percentage: template residue such as "增加0万元". A figure that is
    zero both years (减少0万元，降低0%) changed by nothing, and says so."""
    for ref in _stated_changes(view):
        change = ref.node.change
        if change.direction is None or not DIRECTION_SIGN[change.direction]:
            continue
        if change.amount == 0 and change.percent is None and ref.node.value != 0:
            yield Hit(
                ref.at("change", "amount"),
                {"subject": ref.label, "word": change.direction},
                (ref.at("change", "direction"),),
            )


@kind("change_previous", fields=COMPARISON_FIELDS)
def change_previous(view: ReportView, params: Params) -> Iterator[Hit]:
    """A printed last-year figure (上年) agrees with this year's figure and the stated change."""
    for ref in _stated_changes(view):
        change = ref.node.change
        previous = implied_previous(ref.node)
        if change.previous is None or previous is None:
            continue
        hit = compare(
            ref.at("change", "previous"),
            ref.label,
            change.previous,
            previous,
            related=(ref.value_path, ref.at("change", "amount")),
        )
        if hit is not None:
            yield hit


@kind("same_percent_bases", fields={"subject", "stated", "previous", "other", "other_previous"})
def same_percent_bases(view: ReportView, params: Params) -> Iterator[Hit]:
    """The same growth percentage quoted for figures with different last-year bases: usually one sentence
    copied to another place with only the amounts changed."""
    first_seen: dict[Decimal, tuple[NodeRef, Quantity]] = {}
    for ref in _stated_changes(view):
        change = ref.node.change
        previous = implied_previous(ref.node)
        if change.percent is None or change.percent == 0 or previous is None or sign_of(change) == 0:
            continue
        percent = magnitude(change.percent)
        if percent not in first_seen:
            first_seen[percent] = (ref, previous)
            continue
        other, other_previous = first_seen[percent]
        if not previous.interval.overlaps(other_previous.interval):
            data = {
                "subject": ref.label,
                "stated": plain(percent) + "%",
                "previous": plain(previous.point),
                "other": other.label,
                "other_previous": plain(other_previous.point),
            }
            yield Hit(ref.at("change", "percent"), data, (other.at("change", "percent"),))


@kind("previous_rollup", fields={"subject", "stated", "arith", "expected"})
def previous_rollup(view: ReportView, params: Params) -> Iterator[Hit]:
    """Where a total and all its parts state their change on last year, last year's parts add up to last
    year's total."""
    for ref in _stated_changes(view):
        children = view.children(ref)
        if not children or ref.node.partial:
            continue
        parts = [implied_previous(child.node) for child in children]
        previous = implied_previous(ref.node)
        if previous is None or any(p is None for p in parts):
            continue
        summed = total(parts)  # type: ignore[arg-type]
        if summed is not None and not previous.interval.overlaps(summed.interval):
            data = {
                "subject": ref.label,
                "stated": plain(previous.point),
                "arith": summed.expr,
                "expected": plain(summed.point),
            }
            yield Hit(
                ref.at("change", "amount" if ref.node.change.amount is not None else "direction"),
                data,
                tuple(child.at("change", "direction") for child in children),
            )


@kind("next_budget_base", fields=COMPARISON_FIELDS)
def next_budget_base(view: ReportView, params: Params) -> Iterator[Hit]:
    """Next year's budget printed with this year's final accounts compares itself with this year's figure:
    the figure its 与上年相比 implies is the one this report prints, for the total and for each item."""
    for ref in view.nodes:
        nxt = view.node(ref.at("next_budget")) if getattr(ref.node, "next_budget", None) is not None else None
        if nxt is None:
            continue
        pairs = [(ref, nxt)]
        mine = {normalize(child.label): child for child in view.children(ref)}
        pairs += [(mine[normalize(c.label)], c) for c in view.children(nxt) if normalize(c.label) in mine]
        for this, planned in pairs:
            implied = implied_previous(planned.node)
            if implied is None or this.node.value is None:
                continue
            hit = compare(
                planned.at("change", "amount" if planned.node.change.amount is not None else "direction"),
                planned.label,
                this.node.value,
                implied,
                related=(this.value_path, planned.value_path),
            )
            if hit is not None:
                yield hit
