"""Labels: the year and unit each paragraph states, and those its text names, are the report's own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.view import ReportView, TextRef
from juesuan_check.findings import Hit
from juesuan_check.names import clause_at, is_comparison, is_unit, other_organisations, years
from juesuan_check.report.model import Labels, Report
from juesuan_check.report.vocabulary import key

_FIELDS = {"subject", "stated", "expected"}


@kind("label_year", fields=_FIELDS)
def label_year(view: ReportView, params: Params) -> Iterator[Hit]:
    year = view.report.year
    for ref in view.labelled:
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
    year = view.report.year
    for ref in view.texts:
        for found, mention in years(ref.text):
            if found > year:
                data = {"stated": str(found), "expected": str(year), "clause": clause_at(ref.text, mention.start)}
                yield _text_hit(view, ref, mention.text, mention.occurrence, data)


@kind("text_year_earlier", fields=_FIELDS | {"clause"})
def text_year_earlier(view: ReportView, params: Params) -> Iterator[Hit]:
    """An earlier year outside a comparison: a label carried over from an earlier year's document."""
    year = view.report.year
    for ref in view.texts:
        for found, mention in years(ref.text):
            clause = clause_at(ref.text, mention.start)
            if found >= year or (found == year - 1 and (ref.in_comparison or is_comparison(clause))):
                continue
            data = {"stated": str(found), "expected": str(year), "clause": clause}
            yield _text_hit(view, ref, mention.text, mention.occurrence, data)


@kind("text_unit", fields=_FIELDS | {"clause"})
def text_unit(view: ReportView, params: Params) -> Iterator[Hit]:
    """Another organisation named in the text as the one whose figures these are."""
    report = view.report
    for ref in view.texts:
        for mention in other_organisations(ref.text, report.unit, report.aliases):
            data = {"stated": mention.text, "expected": report.unit, "clause": clause_at(ref.text, mention.start)}
            yield _text_hit(view, ref, mention.text, mention.occurrence, data)
