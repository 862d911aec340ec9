"""The registry of rule kinds: small generators of hits, each with its parameters and message fields."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Figures, Hit
from juesuan_check.numbers import Quantity, Verdict, as_percent, judge, like, money, outward, places, plain
from juesuan_check.report.loader import Path

# Every kind that compares a printed figure with a recomputed one gives these, so that a one-digit
# truncation can be reported in the same words whichever rule found it.
COMPARISON_FIELDS = frozenset({"subject", "stated", "expected", "arith"})


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when first used


Check = Callable[[ReportView, Params], Iterable[Hit]]


@dataclass(frozen=True)
class KindSpec:
    name: str
    check: Check
    params: type[Params]
    fields: frozenset[str]  # the data every hit of this kind carries, usable in message templates


KINDS: dict[str, KindSpec] = {}


def kind(name: str, *, params: type[Params] = Params, fields: Iterable[str] = ()) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        if name in KINDS:
            raise ValueError(f"rule kind {name!r} registered twice")
        KINDS[name] = KindSpec(name, check, params, frozenset(fields))
        return check

    return register


def compare(
    at: Path,
    subject: str,
    stated: Decimal,
    computed: Quantity,
    *,
    percent: bool = False,
    related: tuple[Path, ...] = (),
    **extra: object,
) -> Hit | None:
    """A hit when the printed ``stated`` figure disagrees with ``computed``, else None.

    With ``percent`` the stated figure is in percentage points and ``computed`` is a ratio.
    """
    target = as_percent(computed) if percent else computed
    verdict = judge(stated, target.interval)
    if verdict is Verdict.OK:
        return None
    suffix = "%" if percent else ""
    # A printed zero has no decimals to imitate; show the recomputed figure to two places.
    expected = like(target.point, stated) if stated != 0 else money(target.point)
    data = {
        "subject": subject,
        "stated": plain(stated) + suffix,
        "expected": expected + suffix,
        "arith": computed.expr,
        **extra,
    }
    figures = figures_of(data["stated"], data["expected"], target, computed.expr, places(stated) + 3)
    return Hit(at, data, related, truncated=verdict is Verdict.TRUNCATED, figures=figures)


def figures_of(stated: str, expected: str, computed: Quantity, expression: str, digits: int) -> Figures:
    """The arithmetic of a comparison as data, the interval shown to ``digits`` places (widened outward)."""
    low, high = computed.interval.lo, computed.interval.hi
    return Figures(
        stated, expected, plain(outward(low, digits, down=True)), plain(outward(high, digits, down=False)), expression
    )
