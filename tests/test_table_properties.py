"""Properties of the table rules on reports whose nine tables and the narrative quoting them are consistent by
construction (tests/consistent_tables.py): they raise nothing, whatever the rounding of each cell; and any one
printed cell changed by more than its rounding allows is an error at that cell — the finding's own place or
one of the places it names."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from consistent_tables import Builder, reports
from juesuan_check.findings import Severity
from test_properties import SETTINGS, findings


@SETTINGS
@given(reports())
def test_consistent_tables_raise_nothing(report: Builder):
    found = findings(report.text())
    assert not found, "\n".join(f"{f.code} {f.line}:{f.col}: {f.message}" for f in found) + "\n\n" + report.text()


@SETTINGS
@given(reports(), st.data())
def test_changing_one_cell_is_an_error_at_that_cell(report: Builder, data: st.DataObject):
    cell = data.draw(st.sampled_from(report.cells))
    lines = report.text().splitlines()
    line = lines[cell.line - 1]
    assert line[cell.col - 1 : cell.col - 1 + len(cell.text)] == cell.text
    changed = f"{Decimal(cell.text) * 3 + 1:.2f}"
    lines[cell.line - 1] = line[: cell.col - 1] + changed + line[cell.col - 1 + len(cell.text) :]
    errors = [f for f in findings("\n".join(lines) + "\n") if f.severity is Severity.ERROR]
    places = {(f.line, f.col) for f in errors} | {(r.line, r.col) for f in errors for r in f.related}
    assert (cell.line, cell.col) in places, f"{cell.text} → {changed} at {cell.line}:{cell.col}: " + "; ".join(
        f"{f.code} {f.line}:{f.col}" for f in errors
    )
