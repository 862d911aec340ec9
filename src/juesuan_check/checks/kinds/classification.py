"""The functional classification (功能分类): names valid in the report's year, codes that match their names,
and explanations that do not wander into another 款. Judged against rules/classification/."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Optional

from juesuan_check.checks.derived import classified
from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.reference import Entry
from juesuan_check.checks.view import NodeRef, ReportView
from juesuan_check.findings import Hit
from juesuan_check.names import fold, normalize


def _entries(view: ReportView, ref: NodeRef, level: str) -> list[Entry]:
    return [entry for entry in view.classification.by_name(ref.label) if entry.level == level]


class RenameParams(Params):
    verified: bool  # judge names the catalogue is sure of (True) or those it is not (False)


@kind("classification_year", params=RenameParams, fields={"subject", "level", "stated", "expected", "year"})
def classification_year(view: ReportView, params: RenameParams) -> Iterator[Hit]:
    """A 类/款/项 name that the report's year does not have, with the name it has that year."""
    year = view.report.year
    if view.classification is None:
        return
    for ref, level in classified(view):
        named = _entries(view, ref, level)
        if not named or any(entry.valid_in(year) for entry in named):
            continue
        current = [e for code in {e.code for e in named} for e in view.classification.by_code(code, year)]
        if not current:
            continue
        verified = all(entry.verified for entry in named + current)
        if verified != params.verified:
            continue
        data = {
            "subject": ref.trail(),
            "level": level,
            "stated": ref.label,
            "expected": "、".join(dict.fromkeys(e.name for e in current)),
            "year": str(year),
        }
        yield Hit(ref.at("name"), data)


@kind("classification_unknown", fields={"subject", "stated", "year"})
def classification_unknown(view: ReportView, params: Params) -> Iterator[Hit]:
    """A first-level name of a 功能分类 breakdown that is no 类 in any year."""
    if view.classification is None:
        return
    for ref, level in classified(view):
        if level == "类" and ref.node.code is None and not _entries(view, ref, "类"):
            data = {"subject": ref.trail(), "stated": ref.label, "year": str(view.report.year)}
            yield Hit(ref.at("name"), data)


@kind("classification_code", fields={"subject", "stated", "expected", "code"})
def classification_code(view: ReportView, params: Params) -> Iterator[Hit]:
    """A printed code whose name, in the report's year, is not the item's name."""
    if view.classification is None:
        return
    for ref, _ in classified(view):
        code = ref.node.code
        if code is None:
            continue
        names = view.classification.names_of(code, view.report.year)
        if names and normalize(ref.label) not in {normalize(name) for name in names}:
            data = {"subject": ref.trail(), "stated": ref.label, "expected": "、".join(names), "code": code}
            yield Hit(ref.at("code"), data, (ref.at("name"),))


def _own_section(view: ReportView, ref: NodeRef, level: str) -> Optional[str]:
    """The 5-digit 款 code an item belongs to, from its code, its parent 款, or its unambiguous name."""
    if ref.node.code is not None and len(ref.node.code) >= 5:
        return ref.node.code[:5]
    if ref.parent is not None and ref.parent.node.code is not None and len(ref.parent.node.code) == 5:
        return ref.parent.node.code
    year = view.report.year
    codes = {entry.code[:5] for entry in _entries(view, ref, level) if entry.valid_in(year)}
    if ref.parent is not None and not codes:
        codes = {entry.code for entry in _entries(view, ref.parent, "款") if entry.valid_in(year)}
    return codes.pop() if len(codes) == 1 else None


@kind("classification_text", fields={"subject", "stated", "expected", "field"})
def classification_text(view: ReportView, params: Params) -> Iterator[Hit]:
    """An item's 说明 or 原因 that names a 款 (or a 项 of one) other than the item's own."""
    catalogue = view.classification
    if catalogue is None:
        return
    year = view.report.year
    sections = {e.code: e.name for e in catalogue.entries if e.level == "款" and e.valid_in(year)}
    for ref, level in classified(view):
        if level not in ("款", "项"):
            continue
        own = _own_section(view, ref, level)
        if own is None:
            continue
        for attr in ("note", "reason"):
            text = getattr(ref.node, attr)
            if not text:
                continue
            other = _other_section(catalogue.entries, fold(text), own, year)
            if other is not None:
                at = ref.at(attr)
                data = {"subject": ref.label, "stated": other[1], "expected": sections.get(own, own), "field": at[-1]}
                yield Hit(at, data, (ref.at("name"),))


def _other_section(entries: tuple[Entry, ...], text: str, own: str, year: int) -> Optional[tuple[str, str]]:
    """The first 款, by its name or the name of a 项 unique to it, that ``text`` mentions and is not ``own``."""
    by_name: dict[str, set[str]] = {}
    printed: dict[str, str] = {}
    for entry in entries:
        if entry.level in ("款", "项") and entry.valid_in(year):
            by_name.setdefault(normalize(entry.name), set()).add(entry.code[:5])
            printed.setdefault(normalize(entry.name), entry.name)
    for name in sorted(by_name, key=len, reverse=True):
        codes = by_name[name]
        if len(name) >= 4 and len(codes) == 1 and own not in codes and name in text:
            (code,) = codes
            return code, printed[name]
    return None
