"""Completeness: the parts, tables, items and lists the report's template profile requires.

A missing thing is reported once, where it would have been: at the deepest part of its path the report
has. When a part is missing, what lies inside it is not reported again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, Optional

from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.reference import Need
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Hit
from juesuan_check.numbers import plain
from juesuan_check.report.model import Narrative, Report
from juesuan_check.report.vocabulary import key, path

Level = Literal["part", "table", "item", "list"]
_FIELDS = {"what", "profile"}


class RequiredParams(Params):
    levels: tuple[Level, ...]
    verified: Optional[bool] = None  # only the requirements a circular states (True) or practice (False)


def _missing(view: ReportView, need: Need) -> Optional[tuple]:
    """Where ``need`` is missing (the deepest path the report has), or None when it is there."""
    if need.level == "table":
        if view.report.tables is None or view.tables.table(need.path) is not None:
            return None
        return path(Report, "tables")
    reached, value, matched = view.trace(need.path)
    if matched < len(need.path.split("/")):
        nothing = getattr(value, "value", None) == 0 and not getattr(value, "children", ())
        if need.level == "item" and nothing and len(reached) == 2:
            return None  # 无“三公”经费财政拨款支出: a section of nothing has no parts to name
        return reached
    if need.level == "list" and isinstance(value, tuple) and not value:
        return reached
    return None


# What a file that records only a part of a report (范围) is held to: the requirements under these selectors.
_SCOPES = {"情况说明": "情况说明/", "三公经费": "情况说明/三公经费", "节选": None}


def in_scope(view: ReportView, need_path: str) -> bool:
    """Whether a requirement applies to what the file records: all of them for a whole report (the default),
    those of the 情况说明 or of the 三公经费 for a file that records only that, none for an excerpt."""
    scope = view.report.scope
    if scope is None or scope == "全文":
        return True
    prefix = _SCOPES[scope]
    return prefix is not None and need_path.startswith(prefix)


def _failures(view: ReportView) -> dict[Need, tuple]:
    key = ("missing", ())
    if key not in view.memo:
        needs = [need for need in (view.profile.needs if view.profile else ()) if in_scope(view, need.path)]
        view.memo[key] = {need: at for need in needs if (at := _missing(view, need)) is not None}
    return view.memo[key]


def _inside_another(need: Need, failures: dict[Need, tuple]) -> bool:
    """Whether ``need`` lies inside another missing requirement (reported already)."""
    segments = need.path.split("/")
    for other in failures:
        theirs = other.path.split("/")
        if other.level != "table" and len(theirs) < len(segments) and segments[: len(theirs)] == theirs:
            return True
    return False


@kind("required", params=RequiredParams, fields=_FIELDS)
def required(view: ReportView, params: RequiredParams) -> Iterator[Hit]:
    failures = _failures(view)
    for need, at in failures.items():
        if need.level not in params.levels or (params.verified is not None and need.verified != params.verified):
            continue
        if _inside_another(need, failures):
            continue
        yield Hit(at, {"what": need.label, "profile": view.profile.title})


@kind("empty_table_note", fields={"what"})
def empty_table_note(view: ReportView, params: Params) -> Iterator[Hit]:
    """An empty table is still published, with a sentence saying why it is empty."""
    for name, table in (view.report.tables or {}).items():
        if table.rows == () and table.empty_note is None:
            yield Hit(path(Report, "tables", name, "rows"), {"what": name})


@kind("operating_costs_required", fields={"what", "unit_type"})
def operating_costs_required(view: ReportView, params: Params) -> Iterator[Hit]:
    """行政单位 and 参公 units report 机关运行经费."""
    unit_type = view.report.unit_type
    profile = view.profile
    if profile is None or unit_type is None or unit_type not in profile.operating_costs_units:
        return
    if view.report.narrative.operating_costs is None and in_scope(view, "情况说明/机关运行经费"):
        what = key(Narrative, "operating_costs")
        yield Hit(path(Report, "narrative"), {"what": what, "unit_type": unit_type}, (path(Report, "unit_type"),))


@kind("operating_costs_unexpected", fields={"amount", "unit_type"})
def operating_costs_unexpected(view: ReportView, params: Params) -> Iterator[Hit]:
    """Other units usually have no 机关运行经费: a non-zero figure needs a look."""
    unit_type = view.report.unit_type
    profile = view.profile
    costs = view.report.narrative.operating_costs
    if profile is None or unit_type is None or unit_type in profile.operating_costs_units:
        return
    if costs is not None and costs.value is not None and costs.value > 0:
        at = path(Report, "narrative", "operating_costs", "amount" if costs.amount is not None else "total")
        yield Hit(at, {"amount": plain(costs.value), "unit_type": unit_type}, (path(Report, "unit_type"),))
