"""Properties of the checks on reports generated consistent by construction (tests/consistent.py):
they raise nothing, at any scale, in 元 or 万元; and changing any one printed figure by more than its
rounding allows is an error at that figure's line."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistent import Builder, reports
from juesuan_check.checks.engine import check
from juesuan_check.checks.loading import load_catalogue
from juesuan_check.findings import Severity
from juesuan_check.report.loader import parse
from juesuan_check.report.reading import read_report

# Completeness and glossary rules judge a whole published document, which a generated fragment is not.
CATALOGUE = load_catalogue().select(ignore=("REQ", "GLO"))
# CI runs the same examples every time (derandomized); JUESUAN_EXAMPLES=N explores N fresh ones locally.
_EXPLORE = __import__("os").environ.get("JUESUAN_EXAMPLES")
SETTINGS = settings(
    max_examples=int(_EXPLORE or 60),
    derandomize=not _EXPLORE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def findings(text: str):
    doc = parse(text, "<generated>")
    return check(read_report(doc), doc, CATALOGUE)


@SETTINGS
@given(reports())
def test_a_consistent_report_raises_nothing(report: Builder):
    found = findings(report.text())
    assert not found, "\n".join(f"{f.code} {f.line}: {f.message}" for f in found) + "\n\n" + report.text()


def _changed(text: str, percent: bool) -> str:
    value = Decimal(text.rstrip("%"))
    if percent:
        shifted = value - 5 if value >= 5 else value + 5
        return f"{shifted:.2f}%"
    return f"{value * 3 + 1:.2f}"  # far enough that no rounding or truncation of the others explains it


@SETTINGS
@given(reports(), st.data())
def test_changing_one_figure_is_an_error_at_its_line(report: Builder, data: st.DataObject):
    figure = data.draw(st.sampled_from(report.figures))
    lines = report.text().splitlines()
    old = f"{figure.key}: {figure.text}"
    assert old in lines[figure.line - 1]
    new = f"{figure.key}: {_changed(figure.text, figure.text.endswith('%'))}"
    lines[figure.line - 1] = lines[figure.line - 1].replace(old, new, 1)
    errors = [f for f in findings("\n".join(lines) + "\n") if f.severity is Severity.ERROR]
    assert any(f.line == figure.line for f in errors), f"{old} → {new} at line {figure.line}: " + "; ".join(
        f"{f.code} {f.line}" for f in errors
    )
