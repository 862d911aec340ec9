"""Labels: the year and unit each paragraph states, and those its text names, are the report's own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.view import ReportView, TextRef
from juesuan_check.findings import Hit
from juesuan_check.names import clause_at, is_comparison_base, is_unit, other_organisations, years
from juesuan_check.report.model import Labels, Report
from juesuan_check.report.vocabulary import key

_FIELDS = {"subject", "stated", "expected"}


@kind("label_year", fields=_FIELDS)
def label_year(view: ReportView, params: Params) -> Iterator[Hit]:
    for ref in view.labelled:
        year = view.report.year + ref.ahead  # a 下年预算 block states next year
        if ref.labels.year is not None and ref.labels.year != year:
            data = {"subject": view.describe(ref.path), "stated": str(ref.labels.year), "expected": str(year)}
            yield Hit(ref.path + (key(Labels, "year"),), data)


@kind("label_unit", fields=_FIELDS)
def label_unit(view: ReportView, params: Params) -> Iterator[Hit]:
    report = view.report
    for ref in view.labelled:
        stated = ref.labels.unit
        if stated is not None and not is_unit(stated, report.unit, report.aliases):
            data = {"subject": view.describe(ref.path), "stated": stated, "expected": report.unit}
            yield Hit(ref.path + (key(Labels, "unit"),), data)


def this_year() -> int:
    """The current year (a function of its own, so that a test can move the date)."""
    return date.today().year


@kind("report_year_future", fields={"stated", "expected"})
def report_year_future(view: ReportView, params: Params) -> Iterator[Hit]:
    """Final accounts are drawn up after their year has ended (the report of year Y is published in Y+1), so
    a report year that is this year or later is a mistyped year."""
    current = this_year()
    if view.report.year >= current:
        yield Hit((key(Report, "year"),), {"stated": str(view.report.year), "expected": str(current)})


def _text_hit(view: ReportView, ref: TextRef, token: str, occurrence: int, data: dict) -> Hit:
    line, col = view.locate(ref.path, token, occurrence)
    return Hit(ref.path, {"subject": view.describe(ref.path), **data}, line=line, col=col)


@kind("text_year_later", fields=_FIELDS | {"clause"})
def text_year_later(view: ReportView, params: Params) -> Iterator[Hit]:
    """A year after the report year in the text labels this year's figures with the wrong year."""
    for ref in view.texts:
        year = view.report.year + ref.ahead
        for found, mention in years(ref.text):
            if found > year:
                data = {"stated": str(found), "expected": str(year), "clause": clause_at(ref.text, mention.start)}
                yield _text_hit(view, ref, mention.text, mention.occurrence, data)


def _earlier(view: ReportView, old: bool) -> Iterator[Hit]:
    """Mentions of an earlier year that are neither a comparison's base nor last year's figure: the previous
    year (``old`` False), or older years (``old`` True)."""
    year = view.report.year
    for ref in view.texts:
        for found, mention in years(ref.text):
            if found >= year or (found < year - 1) != old or ref.in_comparison:
                continue
            if is_comparison_base(ref.text, mention.start, mention.start + len(mention.text)):
                continue
            data = {"stated": str(found), "expected": str(year), "clause": clause_at(ref.text, mention.start)}
            yield _text_hit(view, ref, mention.text, mention.occurrence, data)


@kind("text_year_previous", fields=_FIELDS | {"clause"})
def text_year_previous(view: ReportView, params: Params) -> Iterator[Hit]:
    """The previous year labelling this year's figures (2015年…支出决算同比下降的原因 in a 2016 report): a
    sentence carried over from last year's document. As a comparison's base (比2015年, 与2015年相比) or as
    last year's figure (2015年为…) it is in its place."""
    return _earlier(view, old=False)


@kind("text_year_earlier", fields=_FIELDS | {"clause"})
def text_year_earlier(view: ReportView, params: Params) -> Iterator[Hit]:
    """An older year outside a comparison: often history the text recalls, sometimes a stale label."""
    return _earlier(view, old=True)


@kind("text_unit", fields=_FIELDS | {"clause"})
def text_unit(view: ReportView, params: Params) -> Iterator[Hit]:
    """Another organisation named in the text as the one whose figures these are."""
    report = view.report
    for ref in view.texts:
        for mention in other_organisations(ref.text, report.unit, report.aliases):
            data = {"stated": mention.text, "expected": report.unit, "clause": clause_at(ref.text, mention.start)}
            yield _text_hit(view, ref, mention.text, mention.occurrence, data)
