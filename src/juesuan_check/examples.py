"""Running a rule's passing and failing examples: small report fragments completed with defaults."""

from __future__ import annotations

from .catalogue import Catalogue, Rule
from .engine import check
from .findings import Finding
from .loader import parse
from .problems import InputError
from .reading import read_report

# Keys an example may leave out; they are filled in after parsing, so that its lines stay its own.
DEFAULTS = {"单位": "某市某区网格管理中心", "年度": 2018, "金额单位": "万元", "情况说明": {}}


def run_example(text: str, catalogue: Catalogue, name: str = "<example>", lang: str = "zh") -> list[Finding]:
    doc = parse(text, name)
    if not isinstance(doc.data, dict):
        raise InputError([])
    data = {**DEFAULTS, **doc.data}
    report = read_report(type(doc)(doc.file, doc.text, data, doc.spans, doc.key_spans))
    return check(report, doc, catalogue, lang)


def example_findings(rule: Rule, catalogue: Catalogue, which: str, lang: str = "zh") -> list[Finding]:
    """The findings of ``rule`` on its ``pass`` or ``fail`` example."""
    text = rule.examples.passing if which == "pass" else rule.examples.failing
    return [f for f in run_example(text, catalogue, f"{rule.code}:{which}", lang) if f.code == rule.code]
