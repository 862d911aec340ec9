"""`juesuan diff --format json`: the two reports, their relation, every row, and the cross-year findings."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, TextIO

from juesuan_check.checks.comparison import Comparison, Side, interesting
from juesuan_check.numbers import plain
from juesuan_check.reporters.context import Context
from juesuan_check.reporters.json_format import finding_dict


def _value(value: Any) -> Any:
    return plain(value) if isinstance(value, Decimal) else value


def _side(side: Side) -> dict[str, Any]:
    return {"file": side.file, "year": side.year, "unit": side.unit, "money_unit": side.money_unit}


def document(comparison: Comparison, show_all: bool = True) -> dict[str, Any]:
    rows = []
    for row in comparison.rows:
        if not show_all and not interesting(row, comparison.relation):
            continue
        rows.append(
            {
                "path": row.label,
                "key": list(row.key),
                "status": row.status,
                "kind": (row.new or row.old).kind,  # type: ignore[union-attr]
                "old": _value(row.old.value) if row.old else None,
                "new": _value(row.new.value) if row.new else None,
                "change": _value(row.change),
                "change_percent": _value(row.change_percent),
                "old_line": row.old.line if row.old else None,
                "new_line": row.new.line if row.new else None,
            }
        )
    return {
        "version": 1,
        "old": _side(comparison.old),
        "new": _side(comparison.new),
        "relation": comparison.relation,
        "rows": rows,
        "findings": [finding_dict(f) | {"file": f.file} for f in comparison.findings],
    }


def write(comparison: Comparison, out: TextIO, context: Context, show_all: bool = False) -> None:
    json.dump(document(comparison, show_all), out, ensure_ascii=False, indent=2)
    out.write("\n")
