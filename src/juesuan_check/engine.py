"""The engine: runs each rule of the catalogue over a report and makes complete findings of the hits.

The engine, not the rule kinds, stamps code and severity, renders the message, finds the line, applies
the report's acknowledgements (审核说明) and sorts the findings by their place in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from .catalogue import Catalogue, Rule
from .findings import Finding, Hit, Location
from .loader import Document, Path
from .model import Report
from .reference import choose_profile
from .view import ReportView, section_of

ACK_KEY = "审核说明"


@dataclass
class _Ack:
    index: int
    code: str
    target: Optional[Path]  # None: the whole report
    reason: str
    resolved: bool  # False when its 位置 names nothing in the report
    used: bool = False
    refused: bool = False


def check(
    report: Report, doc: Document, catalogue: Catalogue, lang: str = "zh", profile: Optional[str] = None
) -> list[Finding]:
    """The findings of every rule of ``catalogue`` on ``report``, held to the template ``profile`` (by
    default the one for the report's year)."""
    chosen = choose_profile(catalogue.profiles, report.year, profile)
    view = ReportView(report, doc, chosen, catalogue.classification)
    acks = _acknowledgements(view)
    findings = [_finding(view, rule, hit, lang, acks) for rule, hit in _hits(view, catalogue)]
    findings.extend(_acknowledgement_findings(view, catalogue, acks, lang))
    return sorted(findings, key=Finding.sort_key)


def _hits(view: ReportView, catalogue: Catalogue) -> Iterator[tuple[Rule, Hit]]:
    truncation = catalogue.by_kind("truncation")
    for rule in catalogue.rules:
        for hit in rule.kind.check(view, rule.params):
            if not hit.truncated:
                yield rule, hit
            elif truncation is not None:
                yield truncation, Hit(hit.at, {**hit.data, "rule": rule.code}, hit.related, True, hit.line, hit.col)


def _acknowledgements(view: ReportView) -> list[_Ack]:
    acks = []
    for index, ack in enumerate(view.report.acknowledgements):
        target = view.resolve_path(ack.path) if ack.path else None
        resolved = ack.path is None or target is not None
        acks.append(_Ack(index, ack.code, target, ack.reason, resolved))
    return acks


def _explanation(rule: Rule, hit: Hit, acks: list[_Ack]) -> Optional[str]:
    for ack in acks:
        if ack.code != rule.code or not ack.resolved:
            continue
        if ack.target is not None and hit.at[: len(ack.target)] != ack.target:
            continue
        if not rule.explainable:
            ack.refused = True
            continue
        ack.used = True
        return ack.reason
    return None


def _finding(view: ReportView, rule: Rule, hit: Hit, lang: str, acks: list[_Ack]) -> Finding:
    line, col = (hit.line, hit.col or 1) if hit.line is not None else view.where(hit.at)
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=rule.severity,
        message=rule.render(hit.data, lang),
        file=view.doc.file,
        line=line,
        col=col,
        path=view.describe(hit.at),
        section=section_of(hit.at),
        stated=hit.data.get("stated"),
        expected=hit.data.get("expected"),
        related=tuple(Location(view.describe(p), *view.where(p)) for p in hit.related),
        explained=_explanation(rule, hit, acks),
        source=hit.data.get("rule") if hit.truncated else None,
        data=dict(hit.data),
    )


def _acknowledgement_findings(view: ReportView, catalogue: Catalogue, acks: list[_Ack], lang: str) -> Iterator[Finding]:
    """An acknowledgement that explains nothing is itself a finding: it names a rule that found nothing
    there (or no rule at all), or a rule whose findings may not be explained away."""
    unmatched = catalogue.by_kind("acknowledgement_unmatched")
    refused = catalogue.by_kind("acknowledgement_refused")
    for ack in acks:
        if ack.used:
            continue
        at = (ACK_KEY, ack.index, "规则")
        if ack.refused and refused is not None:
            severity = (catalogue.get(ack.code) or refused).severity.value
            yield _finding(view, refused, Hit(at, {"code": ack.code, "severity": severity}), lang, [])
        elif unmatched is not None and (catalogue.get(ack.code) or ack.code not in catalogue.all_codes):
            path = view.report.acknowledgements[ack.index].path or ""
            yield _finding(view, unmatched, Hit(at, {"code": ack.code, "path": path}), lang, [])
