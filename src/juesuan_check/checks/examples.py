"""Running a rule's passing and failing examples: small report fragments completed with defaults.

A cross-year example is two fragments, last year's and this year's, separated by a line ``---``.
"""

from __future__ import annotations

from typing import Optional

from juesuan_check.checks.catalogue import Catalogue, Rule
from juesuan_check.checks.engine import check, make_view
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Finding
from juesuan_check.report.loader import Document, parse
from juesuan_check.report.model import Report
from juesuan_check.report.problems import InputError
from juesuan_check.report.reading import read_report
from juesuan_check.report.vocabulary import key

# Keys an example may leave out; they are filled in after parsing, so that its lines stay its own.
DEFAULTS = {
    key(Report, "unit"): "某市某区网格管理中心",
    key(Report, "year"): 2018,
    key(Report, "money_unit"): "万元",
    key(Report, "narrative"): {},
}
SEPARATOR = "\n---\n"


def _read(text: str, name: str) -> tuple[Report, Document]:
    doc = parse(text, name)
    if not isinstance(doc.data, dict):
        raise InputError([])
    complete = Document(doc.file, doc.text, {**DEFAULTS, **doc.data}, doc.spans, doc.key_spans, doc.directives)
    return read_report(complete), doc


def _reports(text: str, name: str) -> tuple[tuple[Report, Document], Optional[tuple[Report, Document]]]:
    """This year's report of an example and, for a cross-year example, last year's."""
    previous: Optional[tuple[Report, Document]] = None
    if SEPARATOR in text:
        before, text = text.split(SEPARATOR, 1)
        previous = _read(before + "\n", f"{name}:上年")
    return _read(text, name), previous


def run_example(text: str, catalogue: Catalogue, name: str = "<example>", lang: str = "zh") -> list[Finding]:
    (report, doc), previous = _reports(text, name)
    return check(report, doc, catalogue, lang, previous=previous)


def example_views(text: str, catalogue: Catalogue, name: str = "<example>") -> list[ReportView]:
    """The example as the rule kinds see it."""
    (report, doc), previous = _reports(text, name)
    return [make_view(report, doc, catalogue, previous=previous)]


def example_findings(rule: Rule, catalogue: Catalogue, which: str, lang: str = "zh") -> list[Finding]:
    """The findings of ``rule`` on its ``pass`` or ``fail`` example."""
    text = rule.examples.passing if which == "pass" else rule.examples.failing
    return [f for f in run_example(text, catalogue, f"{rule.code}:{which}", lang) if f.code == rule.code]
