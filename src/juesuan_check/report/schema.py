"""The JSON Schema of the report file, generated from the models, for editors (yaml-language-server)."""

from __future__ import annotations

import json

from juesuan_check.report.model import Report

SCHEMA_ID = "https://juesuan-check.github.io/schema/report.schema.json"


# What each part is, for the editor's hover text (the class docstrings are written for programmers).
DESCRIPTIONS = {
    "Acknowledgement": "审核说明：对一个发现的书面说明（规则代码、位置、理由）",
    "Appropriations": "财政拨款支出：总体情况和按功能分类的具体情况",
    "Assets": "国有资产占用情况：截止日期、车辆、大额设备",
    "Change": "与上年相比：增减用词、金额、幅度和原因",
    "CountNode": "数量及其分项（如车辆总数和各类车辆数）",
    "Counts": "三公经费的数量：出国团组和人次、接待批次和人次、车辆购置数和保有量",
    "Item": "一个明细项：名称、金额、占比、与上年相比、年初预算及完成率、原因、下级明细",
    "Labels": "段落写出的年度、单位和原文",
    "Narrative": "第三部分 部门决算情况说明",
    "Overview": "第一部分 部门概况",
    "Procurement": "政府采购支出：总额、货物/工程/服务明细、授予中小企业合同金额",
    "Section": "情况说明的一部分：合计及其明细，可写出本段的年度、单位和原文",
    "Table": "第二部分中的一张决算表（按名称），空表须有空表说明",
    "UnitList": "决算单位构成：纳入编制范围的单位",
}


def schema_text() -> str:
    schema = Report.model_json_schema(by_alias=True, mode="validation")
    for name, definition in schema.get("$defs", {}).items():
        if name in DESCRIPTIONS:
            definition["description"] = DESCRIPTIONS[name]
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "部门决算公开报告（juesuan-check）",
        "description": "一份部门决算公开报告的全部数字、百分比、年度和单位名称，按印刷原样记录。",
        **{key: value for key, value in schema.items() if key not in ("title", "description")},
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
