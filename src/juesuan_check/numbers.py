"""Interval arithmetic over printed figures.

A printed figure stands for every exact value that rounds to it: ``250.13`` is [250.125, 250.135] and
``35.2%`` is [35.15%, 35.25%]. A check compares the interval computed from the parts with the interval of
the stated figure and passes when they overlap. A bare ``0`` is exact: a report prints 0 for "nothing";
``0.00`` is an amount that rounded to zero, [-0.005, 0.005] like any other.

Endpoints are rounded outward, so an interval always contains the exact result. ``Quantity`` carries an
interval together with the point value computed from the printed figures and the expression that produced
it, which is what a finding shows ("200.00 ÷ 250.00 = 80.00%").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext
from enum import Enum

_PRECISION = 40
HUNDRED = Decimal(100)


def _outward(op: Callable[[], Decimal], rounding: str) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        ctx.rounding = rounding
        return +op()


@dataclass(frozen=True, slots=True)
class Interval:
    lo: Decimal
    hi: Decimal

    @classmethod
    def exact(cls, value: Decimal | int) -> Interval:
        v = Decimal(value)
        return cls(v, v)

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            _outward(lambda: self.lo + other.lo, ROUND_FLOOR),
            _outward(lambda: self.hi + other.hi, ROUND_CEILING),
        )

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def _corners(self, other: Interval, op: Callable[[Decimal, Decimal], Decimal]) -> Interval:
        pairs = [(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        lows = [_outward(lambda a=a, b=b: op(a, b), ROUND_FLOOR) for a, b in pairs]
        highs = [_outward(lambda a=a, b=b: op(a, b), ROUND_CEILING) for a, b in pairs]
        return Interval(min(lows), max(highs))

    def __mul__(self, other: Interval) -> Interval:
        return self._corners(other, lambda a, b: a * b)

    def __truediv__(self, other: Interval) -> Interval:
        if other.contains(Decimal(0)):
            raise ZeroDivisionError("divisor interval contains zero")
        return self._corners(other, lambda a, b: a / b)

    def contains(self, value: Decimal) -> bool:
        return self.lo <= value <= self.hi

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def __str__(self) -> str:
        return f"[{plain(self.lo)}, {plain(self.hi)}]"


def ulp(value: Decimal) -> Decimal:
    """One unit in the last printed place of ``value``."""
    return Decimal((0, (1,), value.as_tuple().exponent))


def places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def is_nothing(value: Decimal) -> bool:
    """A bare 0, which a report prints for "nothing" (0.00 is an amount that rounded to zero)."""
    return value == 0 and value.as_tuple().exponent == 0


def printed(value: Decimal) -> Interval:
    """The values that round to ``value`` as printed (a bare 0 is exact)."""
    if is_nothing(value):
        return Interval.exact(0)
    half = ulp(value) / 2
    return Interval(value - half, value + half)


def truncated(value: Decimal) -> Interval:
    """The values that truncate (cut off, not round) to ``value`` as printed."""
    if is_nothing(value):
        return Interval.exact(0)
    step = ulp(value)
    if value == 0:
        return Interval(-step, step)
    return Interval(value, value + step) if value > 0 else Interval(value - step, value)


class Verdict(Enum):
    OK = "ok"
    TRUNCATED = "truncated"
    MISMATCH = "mismatch"


def judge(stated: Decimal, computed: Interval) -> Verdict:
    """Compare a stated figure with the interval computed from the figures it should agree with."""
    if printed(stated).overlaps(computed):
        return Verdict.OK
    if truncated(stated).overlaps(computed):
        return Verdict.TRUNCATED
    return Verdict.MISMATCH


def plain(value: Decimal) -> str:
    """A Decimal as ordinary positional notation, never exponent form."""
    text = format(value, "f")
    return "0" if text in ("-0", "-0.0") else text


def like(value: Decimal, pattern: Decimal) -> str:
    """``value`` rounded half-up to the printed places of ``pattern``."""
    quantum = Decimal((0, (1,), -places(pattern)))
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return plain(value.quantize(quantum, rounding=ROUND_HALF_UP))


def outward(value: Decimal, digits: int, down: bool) -> Decimal:
    """``value`` to ``digits`` places, rounded away from the inside of the interval it bounds."""
    quantum = Decimal((0, (1,), -digits))
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return value.quantize(quantum, rounding=ROUND_FLOOR if down else ROUND_CEILING)


def money(value: Decimal, digits: int = 2) -> str:
    quantum = Decimal((0, (1,), -digits))
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return plain(value.quantize(quantum, rounding=ROUND_HALF_UP))


# Operator precedence for parenthesising expressions: atoms bind tightest.
_ATOM, _PRODUCT, _SUM = 3, 2, 1


@dataclass(frozen=True, slots=True)
class Quantity:
    """A computed figure: its interval, its point value from the printed figures, and its expression."""

    interval: Interval
    point: Decimal
    expr: str
    _prec: int = _ATOM

    @classmethod
    def of(cls, value: Decimal) -> Quantity:
        return cls(printed(value), value, plain(value))

    @classmethod
    def percent(cls, points: Decimal) -> Quantity:
        """A printed percentage (in points, 86.38 for 86.38%) as a ratio."""
        with localcontext() as ctx:
            ctx.prec = _PRECISION
            interval = printed(points)
            ratio = Interval(interval.lo / HUNDRED, interval.hi / HUNDRED)
            return cls(ratio, points / HUNDRED, f"{plain(points)}%")

    def _wrap(self, prec: int) -> str:
        return f"({self.expr})" if self._prec < prec else self.expr

    def __add__(self, other: Quantity) -> Quantity:
        return Quantity(
            self.interval + other.interval,
            _exact(lambda: self.point + other.point),
            f"{self.expr} + {other._wrap(_PRODUCT)}",
            _SUM,
        )

    def __neg__(self) -> Quantity:
        return Quantity(-self.interval, -self.point, f"−{self._wrap(_PRODUCT)}", _SUM)

    def __sub__(self, other: Quantity) -> Quantity:
        return Quantity(
            self.interval - other.interval,
            _exact(lambda: self.point - other.point),
            f"{self.expr} − {other._wrap(_PRODUCT)}",
            _SUM,
        )

    def divides(self) -> bool:
        """Whether this quantity can be divided by: its interval keeps clear of zero."""
        return not self.interval.contains(Decimal(0))

    def __truediv__(self, other: Quantity) -> Quantity:
        return Quantity(
            self.interval / other.interval,
            _exact(lambda: self.point / other.point),
            f"{self._wrap(_PRODUCT)} ÷ {other._wrap(_ATOM)}",
            _PRODUCT,
        )

    def named(self, expr: str) -> Quantity:
        """The same quantity shown under a shorter expression."""
        return Quantity(self.interval, self.point, expr, _ATOM)


def _exact(op: Callable[[], Decimal]) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return op()


def total(quantities: Iterable[Quantity]) -> Quantity | None:
    """The sum of ``quantities``, or None when there are none."""
    result: Quantity | None = None
    for q in quantities:
        result = q if result is None else result + q
    return result


def as_percent(ratio: Quantity) -> Quantity:
    """A ratio in percentage points, for comparison with a printed percentage."""
    hundred = Interval.exact(HUNDRED)
    return Quantity(ratio.interval * hundred, _exact(lambda: ratio.point * HUNDRED), ratio.expr, ratio._prec)
