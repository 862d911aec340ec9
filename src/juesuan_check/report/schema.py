"""The JSON Schema of the report file, generated from the models, for editors (yaml-language-server)."""

from __future__ import annotations

import json

from juesuan_check.report.model import Report

SCHEMA_ID = "https://juesuan-check.github.io/schema/report.schema.json"


def schema_text() -> str:
    schema = Report.model_json_schema(by_alias=True, mode="validation")
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "部门决算公开报告（juesuan-check）",
        "description": "一份部门决算公开报告的全部数字、百分比、年度和单位名称，按印刷原样记录。",
        **{key: value for key, value in schema.items() if key not in ("title", "description")},
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
