"""Reading: the sentences of a published document that the reader could not place, listed as printed."""

from __future__ import annotations

from collections.abc import Iterator

from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Hit
from juesuan_check.report.model import Report
from juesuan_check.report.vocabulary import key


@kind("unread", fields={"stated"})
def unread(view: ReportView, params: Params) -> Iterator[Hit]:
    field = key(Report, "unread")
    for index, sentence in enumerate(view.report.unread):
        yield Hit((field, index), {"stated": sentence})
