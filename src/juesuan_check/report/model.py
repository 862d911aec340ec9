"""The report as typed data: pydantic models whose keys are the report's own Chinese terms.

Most of a report is one uniform node: a figure (金额 or 合计) with its share, its change on last year, its
budget and completion ratio, its reason and its breakdown (明细). Sections are nodes that may also state
the 年度, 单位 and 原文 (paragraph text) printed with them. Everything is frozen once read.
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field, model_validator
from pydantic_core import PydanticCustomError

from juesuan_check.report.base import Base
from juesuan_check.report.tables import Table
from juesuan_check.report.values import (
    BudgetDirection,
    Code,
    Count,
    Direction,
    Label,
    Money,
    MoneyUnit,
    Names,
    Percent,
    Scope,
    Text,
    UnitType,
    Year,
)


def _one_of(model: BaseModel, first: str, second: str) -> None:
    fields = type(model).model_fields
    a, b = (name for name, f in fields.items() if f.alias in (first, second))
    if getattr(model, a) is not None and getattr(model, b) is not None:
        raise PydanticCustomError("one_of", "both given", {"first": first, "second": second})


class Change(Base, json_schema_extra={"description": "与上年相比：增减用词、金额、幅度和原因"}):
    """与上年相比: the direction word, the amount and percentage of the change, and its reason."""

    direction: Optional[Direction] = Field(
        None,
        alias="增减",
        description="金额的增减用词，如 增加、减少、无变化；表格只印带符号的数字（如 -7.03%）时可不写",
    )
    amount: Optional[Money] = Field(None, alias="金额", description="增减金额，按印刷原样（表格中可带负号）")
    percent: Optional[Percent] = Field(None, alias="幅度", description="增减幅度，如 22.68%（表格中可带负号）")
    percent_word: Optional[Direction] = Field(None, alias="幅度增减", description="幅度前的用词，如 增长、下降")
    previous: Optional[Money] = Field(None, alias="上年", description="报告印出的上年数（如有）")
    reason: Optional[Text] = Field(None, alias="原因", description="增减的主要原因")

    @model_validator(mode="after")
    def _has_a_direction(self) -> Change:
        if self.direction is None and self.amount is None and self.percent is None and self.previous is None:
            raise PydanticCustomError("change_direction", "no direction", {})
        return self


class BudgetChange(
    Base, json_schema_extra={"description": "与年初预算相比：决算数大于/小于预算数、差值（增减金额）、幅度和原因"}
):
    """与年初预算相比: how the final figure compares with the year's budget, as the report prints it."""

    direction: Optional[BudgetDirection] = Field(
        None, alias="增减", description="决算数相对预算数的用词，如 大于、小于、持平、增加、减少；只印“差值”时不写"
    )
    amount: Optional[Money] = Field(None, alias="金额", description="决算数与预算数的差值，按印刷原样")
    percent: Optional[Percent] = Field(None, alias="幅度", description="差值占预算数的比例，如 54.65%")
    percent_word: Optional[BudgetDirection] = Field(None, alias="幅度增减", description="幅度前的用词，如 增长、下降")
    reason: Optional[Text] = Field(None, alias="原因", description="决算数与预算数差异的原因")


class Counts(
    Base, json_schema_extra={"description": "三公经费的数量：出国团组和人次、接待批次和人次、车辆购置数和保有量"}
):
    """数量: the counts printed with a 三公 item or a vehicle paragraph."""

    groups: Optional[Count] = Field(None, alias="团组", description="因公出国（境）团组个数")
    persons: Optional[Count] = Field(None, alias="人次", description="出国或接待的人次")
    batches: Optional[Count] = Field(None, alias="批次", description="公务接待批次")
    foreign_batches: Optional[Count] = Field(None, alias="外事批次", description="其中国（境）外公务接待批次")
    foreign_persons: Optional[Count] = Field(None, alias="外事人次", description="其中国（境）外公务接待人次")
    bought: Optional[Count] = Field(None, alias="购置数", description="本年购置公务用车辆数")
    held: Optional[Count] = Field(None, alias="保有量", description="年末公务用车保有量")


class Labels(Base, json_schema_extra={"description": "段落写出的年度、单位和原文"}):
    """The year, unit and text a paragraph prints with its figures."""

    year: Optional[Year] = Field(None, alias="年度", description="这一段文字自己写出的年度")
    unit: Optional[Label] = Field(None, alias="单位", description="这一段文字自己写出的单位名称")
    text: Optional[Text] = Field(None, alias="原文", description="这一段的原文，用于核对其中的年份和单位名称")
    misprints: tuple[Label, ...] = Field(
        (),
        alias="漏印",
        description="原文漏印了百分号或单位的数字，按原样记下（如“增长12.50”）；它们不参与计算",
    )
    residue: tuple[Label, ...] = Field(
        (),
        alias="模板残留",
        description="按原样记下的模板残留：未填的选择（增加/减少）、占位符（XX、××、占 %）、空着的金额、模板说明文字",
    )


class Node(Labels):
    """The uniform figure node used throughout the report."""

    amount: Optional[Money] = Field(None, alias="金额", description="金额，按印刷原样")
    total: Optional[Money] = Field(None, alias="合计", description="合计数（与 金额 二选一）")
    share: Optional[Percent] = Field(None, alias="占比", description="占上一级合计的比例，如 86.38%")
    share_base: Optional[Label] = Field(
        None, alias="占比基数", description="句子写明的占比基数，如 本年支出合计、收入总计（不写则为上一级合计）"
    )
    change: Optional[Change] = Field(None, alias="与上年相比")
    budget: Optional[Money] = Field(None, alias="年初预算", description="年初预算数（如印出）")
    completion: Optional[Percent] = Field(None, alias="年初预算完成率", description="完成年初预算的百分比")
    budget_change: Optional[BudgetChange] = Field(None, alias="与年初预算相比")
    reason: Optional[Text] = Field(None, alias="原因", description="决算数与年初预算数差异的原因")
    note: Optional[Text] = Field(None, alias="说明", description="对支出内容的说明，如“主要是工资福利等支出”")
    code: Optional[Code] = Field(None, alias="科目编码", description="功能分类科目编码（类3位、款5位、项7位）")
    counts: Optional[Counts] = Field(None, alias="数量")
    partial: bool = Field(False, alias="明细不全", description="明细只列出其中一部分（“其中”），合计不必等于明细之和")
    children: tuple[Item, ...] = Field((), alias="明细")

    @model_validator(mode="after")
    def _amount_or_total(self) -> Node:
        _one_of(self, "金额", "合计")
        return self

    @property
    def value(self) -> Optional[Money]:
        return self.amount if self.amount is not None else self.total


class Item(
    Node,
    json_schema_extra={"description": "一个明细项：名称、金额、占比、与上年相比、年初预算及完成率、原因、下级明细"},
):
    name: str = Field(alias="名称", description="项目名称，按印刷原样")


class Section(Node, json_schema_extra={"description": "情况说明的一部分：合计及其明细，可写出本段的年度、单位和原文"}):
    name: Optional[str] = Field(None, alias="名称", description="本部分的合计名称，如 收入总计")
    next_budget: Optional[Section] = Field(
        None,
        alias="下年预算",
        description="同一公告中印出的下一年度预算（如“三公”经费预算及上年决算公开），其与上年相比是相对本年决算数",
    )


class FiscalTotals(
    Section, json_schema_extra={"description": "财政拨款收入支出决算总体情况：收支总计及其与上年相比，收入和支出分列"}
):
    """财政拨款收入支出: the overall figures of the 财政拨款收入支出决算总表, as the narrative states them."""

    income: Optional[Section] = Field(None, alias="收入", description="财政拨款收入（总计），可按资金性质分列")
    spending: Optional[Section] = Field(None, alias="支出", description="财政拨款支出（总计），可按资金性质分列")


class CountNode(Base, json_schema_extra={"description": "数量及其分项（如车辆总数和各类车辆数）"}):
    name: Optional[str] = Field(None, alias="名称")
    count: Optional[Count] = Field(None, alias="数量")
    total: Optional[Count] = Field(None, alias="合计")
    children: tuple[CountNode, ...] = Field((), alias="明细")

    @model_validator(mode="after")
    def _count_or_total(self) -> CountNode:
        _one_of(self, "数量", "合计")
        return self

    @property
    def value(self) -> Optional[int]:
        return self.count if self.count is not None else self.total


class Appropriations(Labels, json_schema_extra={"description": "财政拨款支出：总体情况和按功能分类的具体情况"}):
    """财政拨款支出: the overall figures and the breakdown by functional classification."""

    overall: Optional[Section] = Field(None, alias="总体情况")
    functional: Optional[Section] = Field(None, alias="功能分类", description="按支出功能分类科目的类、款、项")


class Procurement(
    Section, json_schema_extra={"description": "政府采购支出：总额、货物/工程/服务明细、授予中小企业合同金额"}
):
    """政府采购: the total and its 货物/工程/服务 parts in 明细."""

    sme: Optional[Item] = Field(None, alias="中小企业", description="授予中小企业合同金额及占比")
    small: Optional[Item] = Field(None, alias="小微企业", description="其中授予小微企业合同金额及占比")
    reserved: Optional[Item] = Field(None, alias="预留", description="面向中小企业预留的采购份额（金额及占比）")


class Assets(Labels, json_schema_extra={"description": "国有资产占用情况：截止日期、车辆、大额设备"}):
    """国有资产占用."""

    as_of: Optional[Text] = Field(None, alias="截至", description="统计截止日期，按印刷原样")
    vehicles: Optional[CountNode] = Field(None, alias="车辆")
    general_equipment: Optional[Count] = Field(None, alias="通用设备", description="单价50万元以上通用设备（台、套）")
    special_equipment: Optional[Count] = Field(None, alias="专用设备", description="单价100万元以上专用设备（台、套）")


class Narrative(Labels, json_schema_extra={"description": "第三部分 部门决算情况说明"}):
    """情况说明: the explanatory part, section by section."""

    income: Optional[Section] = Field(None, alias="收入")
    spending: Optional[Section] = Field(None, alias="支出")
    surplus_distribution: Optional[Section] = Field(None, alias="结余分配")
    closing_balance: Optional[Section] = Field(None, alias="年末结转和结余")
    fiscal: Optional[FiscalTotals] = Field(None, alias="财政拨款收入支出")
    appropriations: Optional[Appropriations] = Field(None, alias="财政拨款支出")
    general_budget: Optional[Appropriations] = Field(None, alias="一般公共预算财政拨款支出")
    three_public: Optional[Section] = Field(None, alias="三公经费")
    basic: Optional[Section] = Field(None, alias="基本支出", description="一般公共预算财政拨款基本支出")
    government_funds: Optional[Section] = Field(None, alias="政府性基金")
    state_capital: Optional[Section] = Field(None, alias="国有资本经营")
    operating_costs: Optional[Section] = Field(None, alias="机关运行经费")
    procurement: Optional[Procurement] = Field(None, alias="政府采购")
    assets: Optional[Assets] = Field(None, alias="国有资产")
    performance: Optional[Section] = Field(None, alias="预算绩效")


class UnitList(Labels, json_schema_extra={"description": "决算单位构成：纳入编制范围的单位"}):
    units: tuple[str, ...] = Field((), alias="单位列表", description="纳入部门决算编制范围的单位")


class Overview(Labels, json_schema_extra={"description": "第一部分 部门概况"}):
    """部门概况."""

    duties: tuple[Text, ...] = Field((), alias="主要职责")
    departments: tuple[Text, ...] = Field((), alias="机构设置")
    staff: Optional[Text] = Field(None, alias="人员情况")
    authorized: Optional[CountNode] = Field(None, alias="编制数", description="编制人数及其分项（行政、事业编制）")
    headcount: Optional[CountNode] = Field(None, alias="实有人数", description="实有人数及其分项（在职、离退休）")
    composition: Optional[UnitList] = Field(None, alias="决算单位构成")


class Acknowledgement(
    Base, json_schema_extra={"description": "审核说明：对一个发现的书面说明（规则代码、位置、理由）"}
):
    """审核说明: a finding the unit has looked at and explains, like the 说明 a 提示性审核 asks for."""

    code: str = Field(alias="规则", description="规则代码，如 BUD002")
    path: Optional[str] = Field(
        None, alias="位置", description="只说明这一位置（及其下级）的发现，如 情况说明/财政拨款支出"
    )
    reason: Text = Field(alias="说明", description="书面理由")


class Report(Base):
    unit: str = Field(alias="单位", description="报告单位全称")
    aliases: Names = Field((), alias="简称", description="报告中使用的单位简称：一个或一组（列表）")
    year: Year = Field(alias="年度", description="决算年度")
    scope: Optional[Scope] = Field(
        None, alias="范围", description="文件记录的是：全文（默认）、情况说明、三公经费（单独的三公公告）或 节选"
    )
    unit_type: Optional[UnitType] = Field(
        None, alias="单位类型", description="行政单位、参照公务员法管理的事业单位或事业单位"
    )
    money_unit: MoneyUnit = Field(alias="金额单位")
    money_decimals: Optional[int] = Field(
        None,
        alias="金额小数位",
        ge=0,
        le=6,
        description="金额按此位数理解：由表格导出、去掉了末尾的0的报告（6.2 即 6.20）",
    )
    overview: Optional[Overview] = Field(None, alias="部门概况")
    tables: Optional[dict[str, Table]] = Field(
        None, alias="部门决算表", description="第二部分 部门决算表：每张表按印出的表名（见 report/tables.py）"
    )
    narrative: Narrative = Field(alias="情况说明")
    glossary: Optional[tuple[str, ...]] = Field(None, alias="名词解释")
    acknowledgements: tuple[Acknowledgement, ...] = Field((), alias="审核说明")
    unread: tuple[Label, ...] = Field(
        (),
        alias="未读",
        description="从公开文档提取时没有读懂的含数字的句子，按原样列出：补录到相应位置后删去",
    )
