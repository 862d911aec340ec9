"""The glossary (名词解释): terms defined but never used (template residue) and terms used but not defined.

A glossary term is either a plain term (事业收入, “三公”经费) or a classification term
一般公共服务（类）财政事务（款）事业运行（项）, which is used when the report spends on that 项 of that 类.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional

from juesuan_check.checks.derived import FUNCTIONAL, classified
from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.tables import COLUMNS, ORDINAL
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.names import fold, normalize
from juesuan_check.report.loader import Path
from juesuan_check.report.model import Report
from juesuan_check.report.vocabulary import key

_TRIPLE = re.compile(r"(.+?)\(类\)(.+?)\(款\)(.+?)\(项\)")


@dataclass(frozen=True)
class Term:
    index: int
    text: str
    cls: Optional[str]  # the 类 of a classification term, normalized
    name: str  # the 项 of a classification term, or the plain term, normalized


def _terms(view: ReportView) -> list[Term]:
    terms = []
    for index, text in enumerate(view.report.glossary or ()):
        match = _TRIPLE.fullmatch(fold(text))
        if match:
            terms.append(Term(index, text, normalize(match.group(1)), normalize(match.group(3))))
        else:
            terms.append(Term(index, text, None, normalize(text)))
    return terms


def _used_items(view: ReportView) -> list[tuple[str, str, NodeRef]]:
    """(类, 项) name pairs the 功能分类 breakdowns spend on, normalized, with the 项 node."""
    pairs = []
    for ref, level in classified(view):
        if level == "项":
            top = ref
            while top.parent is not None and FUNCTIONAL in top.parent.path and top.parent.path[-1] != FUNCTIONAL:
                top = top.parent
            pairs.append((normalize(top.label), normalize(ref.label), ref))
    return pairs


def _used_names(view: ReportView, printed_only: bool = False) -> dict[str, Path]:
    """Every name and section key the report uses, normalized, with the place of the first use: the
    narrative's, then the tables' row and column labels — with ``printed_only``, only those of a row or
    column that has a figure other than 0 (a blank row of the template uses no term)."""
    used: dict[str, Path] = {}
    for ref in view.nodes:
        for name in (ref.label, *(step for step in ref.path if isinstance(step, str))):
            used.setdefault(normalize(name), _name_path(ref))
    for block in view.tables.blocks():
        for ref in block.rows:
            if not printed_only or any(value for value in ref.row.cells):
                used.setdefault(normalize(ORDINAL.sub("", ref.row.name)), ref.path)
        for index, column in enumerate(block.block.columns or ()):
            if not printed_only or any(ref.row.cell(index) for ref in block.rows):
                for level in column.split("/"):
                    used.setdefault(normalize(level), block.path + (COLUMNS, index))
    return used


def _is_used(term: Term, names: dict[str, Path], items: list[tuple[str, str, NodeRef]]) -> bool:
    if term.cls is None:
        return term.name in names
    return any(cls == term.cls and item == term.name for cls, item, _ in items)


@kind("glossary_unused", fields={"term"})
def glossary_unused(view: ReportView, params: Params) -> Iterator[Hit]:
    names, items = _used_names(view), _used_items(view)
    for term in _terms(view):
        if not _is_used(term, names, items):
            yield Hit((key(Report, "glossary"), term.index), {"term": term.text})


@kind("glossary_missing", fields={"term"})
def glossary_missing(view: ReportView, params: Params) -> Iterator[Hit]:
    if view.report.glossary is None or view.profile is None:
        return
    terms = _terms(view)
    plain = {term.name for term in terms if term.cls is None}
    defined_items = {(term.cls, term.name) for term in terms if term.cls is not None}
    names = _used_names(view, printed_only=True)
    reported: set[str] = set()
    for word in view.profile.glossary:
        key = normalize(word)
        if key in names and key not in plain and key not in reported:
            reported.add(key)
            yield Hit(names[key], {"term": word})
    for cls, item, ref in _used_items(view) if view.profile.glossary_items else ():
        if item not in plain and (cls, item) not in defined_items and item not in reported:
            reported.add(item)
            yield Hit(_name_path(ref), {"term": ref.label})


def _name_path(ref: NodeRef) -> tuple:
    return ref.at("name") if getattr(ref.node, "name", None) else ref.path
