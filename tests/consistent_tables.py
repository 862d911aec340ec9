"""Reports whose nine tables (2020 template) and the narrative quoting them are consistent by construction,
for the property tests of the table rules.

Every figure starts exact (a Fraction): the 项 of 表五 are drawn, everything else is their sum or a drawn
share of it — 表三 adds other funds to 表五's basic spending, 表二 splits each line's income into
appropriations and 事业收入, the summary tables add up the classes, 表六 splits 表五's basic spending into
economic lines, 表七's actuals hold 表六's 三公 lines. Each cell is printed as reports print it, rounded
half-up to two decimals, independently of the others, so the printed tables carry the same rounding gaps
as real ones. Every printed cell's line and column are recorded, so that a test can change exactly one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction as F

from hypothesis import strategies as st

from consistent import percent, printed

# (class, section, lines) of the 2024 catalogue (rules/classification/functional.yaml)
LINES = [
    (("201", "一般公共服务支出"), ("20106", "财政事务"), [("2010601", "行政运行"), ("2010650", "事业运行")]),
    (
        ("208", "社会保障和就业支出"),
        ("20805", "行政事业单位养老支出"),
        [("2080505", "机关事业单位基本养老保险缴费支出"), ("2080506", "机关事业单位职业年金缴费支出")],
    ),
    (
        ("210", "卫生健康支出"),
        ("21011", "行政事业单位医疗"),
        [("2101101", "行政单位医疗"), ("2101102", "事业单位医疗")],
    ),
    (("221", "住房保障支出"), ("22102", "住房改革支出"), [("2210201", "住房公积金"), ("2210203", "购房补贴")]),
]
# classes the summary tables print although this unit spends nothing on them
BLANK_CLASSES = ["二、外交支出", "五、教育支出", "二十三、其他支出"]
ECONOMIC = {  # class: its lines, left (人员经费) or right (公用经费) panel
    ("301", "工资福利支出"): [("30101", "基本工资"), ("30102", "津贴补贴")],
    ("303", "对个人和家庭的补助"): [("30302", "退休费")],
    ("302", "商品和服务支出"): [("30201", "办公费"), ("30217", "公务接待费"), ("30231", "公务用车运行维护费")],
    ("310", "资本性支出"): [("31002", "办公设备购置")],
}


@dataclass
class Cell:
    line: int
    col: int
    text: str


@dataclass
class Builder:
    lines: list[str] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.lines.append(text)

    def row(self, indent: int, label: list[str], values: list[F | None]) -> None:
        """One flow-list row; each printed cell is recorded with its column."""
        text = " " * indent + "- [" + ", ".join(label)
        for value in values:
            text += ", "
            if value is None:
                text += "~"
                continue
            shown = printed(value)
            self.cells.append(Cell(len(self.lines) + 1, len(text) + 1, shown))
            text += shown
        self.lines.append(text + "]")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


amounts = st.integers(min_value=10_000, max_value=10**8).map(lambda n: F(n, 1000))
fractions = st.integers(min_value=5, max_value=95).map(lambda n: F(n, 100))
ratios = st.integers(min_value=60, max_value=140).map(lambda n: F(n, 100))


@st.composite
def reports(draw: st.DrawFn) -> Builder:
    """A 2024 report of the 2020 template whose tables and quotes all agree with each other."""
    chosen = draw(st.lists(st.sampled_from(range(len(LINES))), min_size=1, max_size=4, unique=True))
    rows = []  # (class, section, line, basic, project, other basic)
    for index in sorted(chosen):
        cls, section, items = LINES[index]
        for item in items[: draw(st.integers(1, len(items)))]:
            basic, project = draw(amounts), draw(st.one_of(st.just(F(0)), amounts))
            rows.append((cls, section, item, basic, project, draw(st.one_of(st.just(F(0)), amounts))))

    def total(pick, rows=rows) -> F:
        return sum((pick(r) for r in rows), F(0))

    def of(prefix: str, pick) -> F:
        return total(pick, [r for r in rows if r[2][0].startswith(prefix)])

    basic5, project5 = total(lambda r: r[3]), total(lambda r: r[4])
    general = basic5 + project5
    other = total(lambda r: r[5])
    spending = general + other
    opening = draw(amounts)
    classes = list(dict.fromkeys(r[0] for r in rows))
    sections = list(dict.fromkeys((r[0], r[1]) for r in rows))

    # 表六: 表五's basic spending by economic line
    shares = {line: draw(fractions) for lines in ECONOMIC.values() for line in lines}
    weight = sum(shares.values())
    economic = {line: basic5 * share / weight for line, share in shares.items()}
    personnel = sum(
        economic[line] for cls in (("301", "工资福利支出"), ("303", "对个人和家庭的补助")) for line in ECONOMIC[cls]
    )
    public = basic5 - personnel
    reception, upkeep = economic[("30217", "公务接待费")], economic[("30231", "公务用车运行维护费")]
    # 表七 also counts project money: a part of it on top of 表六's lines, so that 三公 stays within 表五
    reception_all = reception + project5 * draw(fractions) * F(3, 10)
    upkeep_all = upkeep + project5 * draw(fractions) * F(3, 10)
    three = reception_all + upkeep_all
    three_budget = three / draw(ratios)
    budget_split = draw(fractions)

    b = Builder()
    for line in ("单位: 某市某区某局", "年度: 2024", "金额单位: 万元", "部门决算表:"):
        b.add(line)
    b.add("  收入支出决算总表:")
    b.add("    收入:")
    b.add("      列: [决算数]")
    b.add("      行:")
    income_rows = [
        ("一、一般公共预算财政拨款收入", general),
        ("二、政府性基金预算财政拨款收入", None),
        ("三、国有资本经营预算财政拨款收入", None),
        ("四、上级补助收入", None),
        ("五、事业收入", other or None),
        ("六、经营收入", None),
        ("七、附属单位上缴收入", None),
        ("八、其他收入", None),
        ("本年收入合计", spending),
        ("使用非财政拨款结余", None),
        ("年初结转和结余", opening),
        ("总计", spending + opening),
    ]
    for name, value in income_rows:
        b.row(8, [name], [value])
    b.add("    支出:")
    b.add("      列: [决算数]")
    b.add("      行:")
    for cls in classes:
        b.row(8, [cls[1]], [of(cls[0], lambda r: r[3] + r[4] + r[5])])
    for name in BLANK_CLASSES:
        b.row(8, [name], [None])
    for name, value in (
        ("本年支出合计", spending),
        ("结余分配", None),
        ("年末结转和结余", opening),
        ("总计", spending + opening),
    ):
        b.row(8, [name], [value])

    def coded(title: str, columns: str, values, total_first: bool) -> None:
        b.add(f"  {title}:")
        b.add(f"    列: [{columns}]")
        b.add("    行:")
        grand = values(lambda r: True)
        if total_first:
            b.row(6, ["合计"], grand)
        for cls in classes:
            b.row(6, list(cls), values(lambda r, c=cls: r[0] == c))
            for section in [s for s in sections if s[0] == cls]:
                b.row(6, list(section[1]), values(lambda r, s=section: r[1] == s[1]))
                for r in [r for r in rows if r[1] == section[1]]:
                    b.row(6, list(r[2]), values(lambda x, item=r[2]: x[2] == item))
        if not total_first:
            b.row(6, ["合计"], grand)

    def summed(pick):
        return lambda keep: sum((pick(r) for r in rows if keep(r)), F(0))

    coded(
        "收入决算表",
        "本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入",
        lambda keep: (
            [summed(lambda r: r[3] + r[4] + r[5])(keep), summed(lambda r: r[3] + r[4])(keep)]
            + [None, summed(lambda r: r[5])(keep) or None, None, None, None]
        ),
        True,
    )
    coded(
        "支出决算表",
        "本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出",
        lambda keep: (
            [summed(lambda r: r[3] + r[4] + r[5])(keep), summed(lambda r: r[3] + r[5])(keep)]
            + [summed(lambda r: r[4])(keep), None, None, None]
        ),
        True,
    )
    b.add("  财政拨款收入支出决算总表:")
    b.add("    收入:")
    b.add("      列: [决算数]")
    b.add("      行:")
    for name, value in (
        ("一、一般公共预算财政拨款", general),
        ("二、政府性基金预算财政拨款", None),
        ("三、国有资本经营预算财政拨款", None),
        ("本年收入合计", general),
        ("年初财政拨款结转和结余", None),
        ("一、一般公共预算财政拨款", None),
        ("二、政府性基金预算财政拨款", None),
        ("三、国有资本经营预算财政拨款", None),
        ("总计", general),
    ):
        b.row(8, [name], [value])
    b.add("    支出:")
    b.add("      列: [合计, 一般公共预算财政拨款, 政府性基金预算财政拨款, 国有资本经营预算财政拨款]")
    b.add("      行:")
    for cls in classes:
        value = of(cls[0], lambda r: r[3] + r[4])
        b.row(8, [cls[1]], [value, value, None, None])
    for name in BLANK_CLASSES:
        b.row(8, [name], [None, None, None, None])
    for name, value in (("本年支出合计", general), ("年末财政拨款结转和结余", None), ("总计", general)):
        b.row(8, [name], [value, value, None, None])
    coded(
        "一般公共预算财政拨款支出决算表",
        "合计, 基本支出, 项目支出",
        lambda keep: [summed(lambda r: r[3] + r[4])(keep), summed(lambda r: r[3])(keep), summed(lambda r: r[4])(keep)],
        False,
    )
    b.add("  一般公共预算财政拨款基本支出决算表:")
    b.add("    列: [决算数]")
    b.add("    行:")
    for cls, lines in ECONOMIC.items():
        b.row(6, list(cls), [sum((economic[line] for line in lines), F(0))])
        for line in lines:
            b.row(6, list(line), [economic[line]])
    b.row(6, ["人员经费合计"], [personnel])
    b.row(6, ["公用经费合计"], [public])
    b.add("  一般公共预算财政拨款“三公”经费支出决算表:")
    b.add(
        "    列: [合计, 因公出国（境）费, 公务用车购置及运行维护费/小计, 公务用车购置及运行维护费/公务用车购置费,"
        " 公务用车购置及运行维护费/公务用车运行维护费, 公务接待费]"
    )
    b.add("    行:")
    vehicles_budget = three_budget * budget_split
    b.row(6, ["预算数"], [three_budget, None, vehicles_budget, None, vehicles_budget, three_budget - vehicles_budget])
    b.row(6, ["决算数"], [three, None, upkeep_all, None, upkeep_all, reception_all])
    for title, columns in (
        (
            "政府性基金预算财政拨款收入支出决算表",
            "年初结转和结余, 本年收入, 本年支出/合计, 本年支出/基本支出, 本年支出/项目支出, 年末结转和结余",
        ),
        ("国有资本经营预算财政拨款支出决算表", "合计, 基本支出, 项目支出"),
    ):
        b.add(f"  {title}:")
        b.add(f"    列: [{columns}]")
        b.add("    行: []")
        b.add("    空表说明: 本年度没有这项财政拨款收入和支出，故本表无数据。")

    b.add("情况说明:")
    b.add(f"  收入: {{名称: 本年收入合计, 合计: {printed(spending)}, 明细: [")
    b.add(f"    {{名称: 财政拨款收入, 金额: {printed(general)}, 占比: {percent(general, spending)}}},")
    if other:
        b.add(f"    {{名称: 事业收入, 金额: {printed(other)}, 占比: {percent(other, spending)}}},")
    b.add("  ]}")
    b.add(f"  支出: {{名称: 本年支出合计, 合计: {printed(spending)}, 明细: [")
    b.add(f"    {{名称: 基本支出, 金额: {printed(basic5 + other)}, 占比: {percent(basic5 + other, spending)}}},")
    b.add(f"    {{名称: 项目支出, 金额: {printed(project5)}, 占比: {percent(project5, spending)}}}]}}")
    b.add("  一般公共预算财政拨款支出:")
    b.add(f"    总体情况: {{合计: {printed(general)}, 占比: {percent(general, spending)}}}")
    b.add("    功能分类:")
    b.add(f"      合计: {printed(general)}")
    b.add("      明细:")
    for cls in classes:
        amount = of(cls[0], lambda r: r[3] + r[4])
        b.add(f"        - {{名称: {cls[1]}, 金额: {printed(amount)}, 占比: {percent(amount, general)}, 明细: [")
        for section in [s for s in sections if s[0] == cls]:
            items = ", ".join(f"{{名称: {r[2][1]}, 金额: {printed(r[3] + r[4])}}}" for r in rows if r[1] == section[1])
            b.add(f"            {{名称: {section[1][1]}, 明细: [{items}]}}]}}")
    b.add(f"  基本支出: {{合计: {printed(basic5)}, 明细: [")
    b.add(f"    {{名称: 人员经费, 金额: {printed(personnel)}}}, {{名称: 公用经费, 金额: {printed(public)}}}]}}")
    budget, completion = printed(three_budget), percent(three, three_budget)
    b.add(f"  三公经费: {{合计: {printed(three)}, 年初预算: {budget}, 年初预算完成率: {completion}, 明细: [")
    b.add(f"    {{名称: 公务用车购置及运行维护费, 金额: {printed(upkeep_all)}, 占比: {percent(upkeep_all, three)}}},")
    b.add(f"    {{名称: 公务接待费, 金额: {printed(reception_all)}, 占比: {percent(reception_all, three)}}}]}}")
    b.add("  政府性基金: {合计: 0}")
    b.add("  国有资本经营: {合计: 0}")
    b.add(f"  机关运行经费: {{合计: {printed(public * draw(fractions))}}}")
    return b
