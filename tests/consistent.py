"""Reports consistent by construction, for the property tests.

Every figure starts exact (a Fraction); the report prints it as reports do, rounded half-up to two
decimals, amounts and percentages alike. Parts add up exactly to their totals, shares and percentages are
computed from the exact figures, last year's figures agree with this year's opening balance, and budgets
are printed with their completion ratios. Amounts are at least 1.00 in the printed unit: below that, two
decimals cannot carry a percentage to two decimals. Each printed figure's line and key are recorded, so that a test
can change exactly one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as F

from hypothesis import assume
from hypothesis import strategies as st

CENT = Decimal("0.01")


def printed(value: F) -> str:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return format(exact.quantize(CENT, rounding=ROUND_HALF_UP), "f")


def percent(part: F, whole: F) -> str:
    return printed(part / whole * 100) + "%"


@dataclass
class Figure:
    line: int  # 1-based
    key: str  # 金额, 合计, 占比, 幅度 …
    text: str  # as printed


@dataclass
class Builder:
    lines: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def add(self, text: str, **figures: str) -> None:
        self.lines.append(text)
        for key, value in figures.items():
            self.figures.append(Figure(len(self.lines), key, value))

    def item(self, indent: int, name: str, amount: F, whole: F, **extra: str) -> None:
        parts = [f"名称: {name}", f"金额: {printed(amount)}", f"占比: {percent(amount, whole)}"]
        parts += [f"{key}: {value}" for key, value in extra.items()]
        self.add(
            " " * indent + "- {" + ", ".join(parts) + "}", 金额=printed(amount), 占比=percent(amount, whole), **extra
        )

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _change(builder: Builder, indent: int, this: F, last: F) -> None:
    delta = this - last
    word = "增加" if delta > 0 else "减少"
    amount, rate = printed(abs(delta)), percent(abs(delta), last)
    builder.add(" " * indent + f"与上年相比: {{增减: {word}, 金额: {amount}, 幅度: {rate}}}", 金额=amount, 幅度=rate)


amounts = st.integers(min_value=1_000_000, max_value=10**10).map(lambda n: F(n, 10_000))
ratios = st.integers(min_value=60, max_value=140).map(lambda n: F(n, 100))
fractions = st.integers(min_value=5, max_value=95).map(lambda n: F(n, 100))
scales = st.sampled_from([F(1), F(1, 100), F(100), F(10_000)])


@st.composite
def reports(draw: st.DrawFn) -> Builder:
    """A report of one unit and year whose printed figures all agree with each other."""
    scale = draw(scales)
    unit = draw(st.sampled_from(["元", "万元"]))

    def money() -> F:
        return draw(amounts) * scale

    wages, goods, capital, projects = money(), money(), money(), money()
    basic = wages + goods + capital
    spending = basic + projects
    appropriation, business, opening = money(), money(), money()
    income = appropriation + business + opening
    assume(income > spending)
    closing = income - spending
    last_spending = spending * draw(ratios)
    last_income = last_spending + opening  # last year's income less spending is this year's opening balance
    assume(printed(abs(spending - last_spending)) != "0.00" and printed(abs(income - last_income)) != "0.00")
    assume(percent(abs(income - last_income), last_income) != percent(abs(spending - last_spending), last_spending))
    budgets = (basic / draw(ratios), projects / draw(ratios))
    admin, housing = spending * draw(fractions), None
    housing = spending - admin
    three = goods * draw(fractions)
    travel, vehicles = three * draw(fractions), None
    vehicles = three - travel
    purchase = vehicles * draw(fractions)
    procurement = (goods + capital + projects) * draw(fractions)
    services = procurement * draw(fractions)
    operating = goods * draw(fractions)

    b = Builder()
    b.add("单位: 某市某区网格管理中心")
    b.add("年度: 2018")
    b.add(f"金额单位: {unit}")
    b.add("情况说明:")
    b.add("  收入:")
    b.add(f"    合计: {printed(income)}", 合计=printed(income))
    _change(b, 4, income, last_income)
    b.add("    明细:")
    b.item(6, "财政拨款收入", appropriation, income)
    b.item(6, "事业收入", business, income)
    b.item(6, "上年结转和结余", opening, income)
    b.add("  支出:")
    b.add(f"    合计: {printed(spending)}", 合计=printed(spending))
    _change(b, 4, spending, last_spending)
    b.add("    明细:")
    b.add("      - 名称: 基本支出")
    b.add(f"        金额: {printed(basic)}", 金额=printed(basic))
    b.add(f"        占比: {percent(basic, spending)}", 占比=percent(basic, spending))
    b.add("        明细:")
    b.item(10, "工资福利支出", wages, basic)
    b.item(10, "商品和服务支出", goods, basic)
    b.item(10, "资本性支出", capital, basic)
    b.item(6, "项目支出", projects, spending)
    b.add("  年末结转和结余:")
    b.add(f"    合计: {printed(closing)}", 合计=printed(closing))
    b.add("  财政拨款支出:")
    total_budget = sum(budgets)
    overall = {
        "合计": printed(spending),
        "年初预算": printed(total_budget),
        "年初预算完成率": percent(spending, total_budget),
    }
    b.add("    总体情况: {" + ", ".join(f"{k}: {v}" for k, v in overall.items()) + ", 明细: [", **overall)
    for name, actual, budget in (("基本支出", basic, budgets[0]), ("项目支出", projects, budgets[1])):
        b.item(8, name, actual, spending, 年初预算=printed(budget), 年初预算完成率=percent(actual, budget))
        b.lines[-1] = b.lines[-1].replace("- {", "{", 1) + ","
    b.add("      ]}")
    b.add("    功能分类:")
    b.add(f"      合计: {printed(spending)}", 合计=printed(spending))
    b.add("      明细:")
    b.add("        - 名称: 一般公共服务支出")
    b.add(f"          金额: {printed(admin)}", 金额=printed(admin))
    b.add(f"          占比: {percent(admin, spending)}", 占比=percent(admin, spending))
    b.add("          明细:")
    b.item(12, "行政运行", admin, admin)
    b.item(8, "住房保障支出", housing, spending)
    b.add("  基本支出:")
    b.add(f"    合计: {printed(basic)}", 合计=printed(basic))
    b.add("    明细:")
    b.item(6, "人员经费", wages, basic)
    b.item(6, "公用经费", goods + capital, basic)
    b.add("  三公经费:")
    b.add(f"    合计: {printed(three)}", 合计=printed(three))
    b.add("    明细:")
    b.item(6, "公务接待费", travel, three)
    b.add("      - 名称: 公务用车购置及运行维护费")
    b.add(f"        金额: {printed(vehicles)}", 金额=printed(vehicles))
    b.add(f"        占比: {percent(vehicles, three)}", 占比=percent(vehicles, three))
    b.add("        明细:")
    b.item(10, "公务用车购置费", purchase, vehicles)
    b.item(10, "公务用车运行维护费", vehicles - purchase, vehicles)
    b.add("  机关运行经费:")
    b.add(f"    合计: {printed(operating)}")  # bounded only from above: not every change of it shows
    b.add("  政府采购:")
    b.add(f"    合计: {printed(procurement)}", 合计=printed(procurement))
    b.add("    明细:")
    b.item(6, "货物", procurement - services, procurement)
    b.item(6, "服务", services, procurement)
    return b
