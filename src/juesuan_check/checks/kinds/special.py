"""Kinds the engine itself reports under: the truncation of a printed figure and the acknowledgements.

They find nothing on their own; their rules exist so that the engine's findings have a code, a severity,
a message and documentation like every other finding, and can be selected or ignored the same way.
"""

from __future__ import annotations

from typing import Iterator

from juesuan_check.findings import Hit
from juesuan_check.checks.view import ReportView
from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, Params, kind


@kind("truncation", fields=COMPARISON_FIELDS | {"rule"})
def truncation(view: ReportView, params: Params) -> Iterator[Hit]:
    return iter(())


@kind("acknowledgement_unmatched", fields={"code", "path"})
def acknowledgement_unmatched(view: ReportView, params: Params) -> Iterator[Hit]:
    return iter(())


@kind("acknowledgement_refused", fields={"code"})
def acknowledgement_refused(view: ReportView, params: Params) -> Iterator[Hit]:
    return iter(())


@kind("acknowledgement_reason", fields={"code"})
def acknowledgement_reason(view: ReportView, params: Params) -> Iterator[Hit]:
    return iter(())
