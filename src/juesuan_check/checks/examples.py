"""Running a rule's passing and failing examples: small report fragments completed with defaults.

A cross-year example is two fragments, last year's and this year's, separated by a line ``---``.
"""

from __future__ import annotations

from typing import Optional

from juesuan_check.checks.catalogue import Catalogue, Rule
from juesuan_check.checks.engine import check
from juesuan_check.findings import Finding
from juesuan_check.report.loader import Document, parse
from juesuan_check.report.model import Report
from juesuan_check.report.problems import InputError
from juesuan_check.report.reading import read_report

# Keys an example may leave out; they are filled in after parsing, so that its lines stay its own.
DEFAULTS = {"单位": "某市某区网格管理中心", "年度": 2018, "金额单位": "万元", "情况说明": {}}
SEPARATOR = "\n---\n"


def _read(text: str, name: str) -> tuple[Report, Document]:
    doc = parse(text, name)
    if not isinstance(doc.data, dict):
        raise InputError([])
    complete = Document(doc.file, doc.text, {**DEFAULTS, **doc.data}, doc.spans, doc.key_spans, doc.directives)
    return read_report(complete), doc


def run_example(text: str, catalogue: Catalogue, name: str = "<example>", lang: str = "zh") -> list[Finding]:
    previous: Optional[tuple[Report, Document]] = None
    if SEPARATOR in text:
        before, text = text.split(SEPARATOR, 1)
        previous = _read(before + "\n", f"{name}:上年")
    report, doc = _read(text, name)
    return check(report, doc, catalogue, lang, previous=previous)


def example_findings(rule: Rule, catalogue: Catalogue, which: str, lang: str = "zh") -> list[Finding]:
    """The findings of ``rule`` on its ``pass`` or ``fail`` example."""
    text = rule.examples.passing if which == "pass" else rule.examples.failing
    return [f for f in run_example(text, catalogue, f"{rule.code}:{which}", lang) if f.code == rule.code]
