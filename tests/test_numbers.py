from decimal import Decimal as D

import pytest

from juesuan_check.numbers import Interval, Quantity, Verdict, as_percent, judge, like, printed, truncated


def test_printed_figure_is_the_interval_of_its_decimals():
    assert printed(D("158.61")) == Interval(D("158.605"), D("158.615"))
    assert printed(D("35.2")) == Interval(D("35.15"), D("35.25"))
    assert printed(D("100")) == Interval(D("99.5"), D("100.5"))


def test_a_bare_zero_is_exact_but_a_rounded_zero_is_not():
    assert printed(D("0")) == Interval.exact(0)  # "nothing"
    assert printed(D("0.00")) == Interval(D("-0.005"), D("0.005"))  # an amount that rounded to zero
    assert truncated(D("0.00")) == Interval(D("-0.01"), D("0.01"))


def test_negative_figures_keep_their_width():
    assert printed(D("-2.5")) == Interval(D("-2.55"), D("-2.45"))
    assert truncated(D("-2.5")) == Interval(D("-2.6"), D("-2.5"))


def test_sum_and_difference_add_widths():
    a, b = printed(D("1.00")), printed(D("2.00"))
    assert a + b == Interval(D("2.990"), D("3.010"))
    assert b - a == Interval(D("0.990"), D("1.010"))


def test_division_brackets_every_corner_and_rounds_outward():
    ratio = printed(D("1.00")) / printed(D("3.00"))
    exact_lo, exact_hi = D("0.995") / D("3.005"), D("1.005") / D("2.995")
    assert ratio.lo <= exact_lo and ratio.hi >= exact_hi
    assert ratio.hi - ratio.lo < D("0.00445")


def test_division_by_an_interval_around_zero_is_refused():
    with pytest.raises(ZeroDivisionError):
        printed(D("1")) / Interval(D("-0.5"), D("0.5"))


@pytest.mark.parametrize(
    "stated, lo, hi, verdict",
    [
        ("99.30", "99.29", "99.31", Verdict.OK),  # overlaps
        ("86.38", "99.29", "99.31", Verdict.MISMATCH),
        ("66.66", "66.6663", "66.6670", Verdict.TRUNCATED),  # 66.666… cut off, not rounded
        ("66.67", "66.6663", "66.6670", Verdict.OK),
        ("66.68", "66.6663", "66.6670", Verdict.MISMATCH),  # one digit up is not truncation
    ],
)
def test_judge(stated, lo, hi, verdict):
    assert judge(D(stated), Interval(D(lo), D(hi))) is verdict


def test_quantity_shows_its_arithmetic():
    q = Quantity.of(D("29.51")) / (Quantity.of(D("158.61")) - Quantity.of(D("29.51")))
    assert q.expr == "29.51 ÷ (158.61 − 29.51)"
    assert like(as_percent(q).point, D("22.68")) == "22.86"


def test_quantity_sum_expression_and_negation():
    total = Quantity.of(D("1.50")) + Quantity.of(D("2.25")) - Quantity.of(D("0.75"))
    assert total.expr == "1.50 + 2.25 − 0.75"
    assert total.point == D("3.00")
    assert (-Quantity.of(D("2"))).point == D("-2")


def test_percent_quantity_is_a_ratio():
    q = Quantity.percent(D("63.89"))
    assert q.point == D("0.6389")
    assert q.interval == Interval(D("0.63885"), D("0.63895"))
    assert q.expr == "63.89%"


def test_like_rounds_half_up_to_the_pattern():
    assert like(D("99.30125"), D("86.38")) == "99.30"
    assert like(D("0.6985"), D("0.7")) == "0.7"
    assert like(D("2.5"), D("1")) == "3"
