"""The engine: runs each rule of the catalogue over a report and makes complete findings of the hits.

The engine, not the rule kinds, stamps code and severity, renders the message, locates the finding (in the
report file, or in the published document it was drafted from), applies the report's acknowledgements (the
审核说明 section and ``# juesuan: ignore[CODE] reason`` comments) and sorts the findings by their place.
It also reports its own rules (see ``catalogue.ENGINE_RULES``): a figure that other rules found truncated
rather than rounded, and acknowledgements that explain nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Optional

from juesuan_check.checks.catalogue import Catalogue, Rule
from juesuan_check.checks.folding import fold
from juesuan_check.checks.reference import choose_profile
from juesuan_check.checks.view import ACKNOWLEDGEMENTS, ReportView, section_of
from juesuan_check.findings import Finding, Hit, Location
from juesuan_check.report.loader import Document, Path
from juesuan_check.report.model import Acknowledgement, Report
from juesuan_check.report.vocabulary import key
from juesuan_check.words import say

ACK_RULE = key(Acknowledgement, "code")


@dataclass
class _Ack:
    """One acknowledgement: of the findings of ``code`` under ``target`` (a section entry) or on
    ``line`` (an inline comment)."""

    code: str
    reason: str
    at: Path  # where a finding about the acknowledgement itself points
    target: Optional[Path] = None  # a section entry's 位置; None: the whole report
    line: Optional[int] = None  # an inline comment's line
    col: Optional[int] = None
    resolved: bool = True  # False when its 位置 names nothing in the report
    followed: str = ""  # the 位置 as followed (情况说明 › 三公经费), or how far it reached when unresolved
    used: bool = False
    refused: bool = False

    def covers(self, rule: Rule, hit: Hit, line: int) -> bool:
        if self.code != rule.code or not self.resolved or not self.reason:
            return False
        if self.line is not None:
            return line == self.line
        return self.target is None or hit.at[: len(self.target)] == self.target


def check(
    report: Report,
    doc: Document,
    catalogue: Catalogue,
    lang: str = "zh",
    profile: Optional[str] = None,
    previous: Optional[tuple[Report, Document]] = None,
) -> list[Finding]:
    """The findings of every rule of ``catalogue`` on ``report``, held to the template ``profile`` (by
    default the one for the report's year); cross-year rules compare it with ``previous``."""
    view = make_view(report, doc, catalogue, profile, previous)
    acks = _acknowledgements(view)
    findings = [_finding(view, rule, hit, lang, acks) for rule, hit in fold(list(_hits(view, catalogue)))]
    findings.extend(_acknowledgement_findings(view, catalogue, acks, lang))
    return sorted(findings, key=Finding.sort_key)


def make_view(
    report: Report,
    doc: Document,
    catalogue: Catalogue,
    profile: Optional[str] = None,
    previous: Optional[tuple[Report, Document]] = None,
) -> ReportView:
    before = None
    if previous is not None:
        before = ReportView(
            previous[0],
            previous[1],
            choose_profile(catalogue.profiles, previous[0].year, tables=previous[0].tables or ()),
            catalogue.classification,
        )
    chosen = choose_profile(catalogue.profiles, report.year, profile, report.tables or ())
    return ReportView(report, doc, chosen, catalogue.classification, before)


def _hits(view: ReportView, catalogue: Catalogue) -> Iterator[tuple[Rule, Hit]]:
    truncation = catalogue.engine_rule("truncation")
    for rule in catalogue.kind_rules:
        assert rule.kind is not None
        for hit in rule.kind.check(view, rule.params):
            if not hit.truncated:
                yield rule, hit
            elif truncation is not None:
                yield truncation, replace(hit, data={**hit.data, "rule": rule.code})


def _acknowledgements(view: ReportView) -> list[_Ack]:
    acks = []
    for index, ack in enumerate(view.report.acknowledgements):
        target, followed = view.resolve_place(ack.path) if ack.path else (None, "")
        acks.append(
            _Ack(
                ack.code,
                ack.reason,
                (ACKNOWLEDGEMENTS, index, ACK_RULE),
                target=target,
                resolved=ack.path is None or target is not None,
                followed=followed,
            )
        )
    for directive in view.doc.directives:
        for code in directive.codes:
            acks.append(_Ack(code, directive.reason, (), line=directive.line, col=directive.col))
    return acks


def _explanation(rule: Rule, hit: Hit, line: int, acks: list[_Ack]) -> Optional[str]:
    for ack in acks:
        if not ack.covers(rule, hit, line):
            continue
        if not rule.explainable:
            ack.refused = True
            continue
        ack.used = True
        return ack.reason
    return None


def _finding(view: ReportView, rule: Rule, hit: Hit, lang: str, acks: list[_Ack]) -> Finding:
    file_line = hit.line if hit.line is not None else view.where(hit.at)[0]
    here = view.location(hit.at, hit.line, hit.col)
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=rule.severity,
        message=rule.render(hit.data, lang),
        file=view.doc.file,
        line=here.line,
        col=here.col,
        path=here.path,
        section=section_of(hit.at),
        stated=hit.data.get("stated"),
        expected=hit.data.get("expected"),
        related=_related(view, hit),
        explained=_explanation(rule, hit, file_line, acks),
        source=hit.data.get("rule") if hit.truncated else None,
        place=here.place,
        figures=hit.figures,
        also=tuple(view.location(path, line, col) for path, line, col in hit.also),
        anchor=here.anchor,
    )


def _related(view: ReportView, hit: Hit) -> tuple[Location, ...]:
    here = tuple(view.location(p) for p in hit.related)
    before = view.previous
    if before is None:
        return here
    return here + tuple(before.location(p, other_file=True) for p in hit.related_previous)


def _acknowledgement_findings(view: ReportView, catalogue: Catalogue, acks: list[_Ack], lang: str) -> Iterator[Finding]:
    """An acknowledgement that explains nothing is itself a finding: it has no reason, names a rule that
    found nothing there (or no rule at all), or a rule whose findings may not be explained away."""
    for ack in acks:
        if ack.used:
            continue
        hit = Hit(ack.at, {"code": ack.code}, line=ack.line, col=ack.col)
        if ack.line is not None and not ack.reason:
            kind, data = "acknowledgement_reason", {}
        elif ack.refused:
            kind, data = "acknowledgement_refused", {}
        elif catalogue.get(ack.code) is not None or ack.code not in catalogue.all_codes:
            kind, data = "acknowledgement_unmatched", {"path": _ack_place(view, ack, lang)}
        else:
            continue  # the rule is not selected in this run
        rule = catalogue.engine_rule(kind)
        if rule is not None:
            yield _finding(view, rule, Hit(hit.at, {**hit.data, **data}, line=hit.line, col=hit.col), lang, [])


def _ack_place(view: ReportView, ack: _Ack, lang: str) -> str:
    """Where the acknowledgement looked: within its 位置, in the whole report, on the comment's line; for a
    位置 that names nothing, how far it reached."""
    if ack.line is not None:
        return say("ack.comment", lang, {"line": ack.line})
    written = view.report.acknowledgements[ack.at[1]].path  # type: ignore[index]
    if not written:
        return say("ack.whole", lang)
    if ack.resolved:
        return say("ack.within", lang, {"place": ack.followed})
    if ack.followed:
        return say("ack.partly", lang, {"place": written, "reached": ack.followed})
    return say("ack.nowhere", lang, {"place": written})
