"""Measure the table reader on the real PDFs of ../shared/source (when present): not a test, a measurement.

    python benchmarks/tables.py [--source DIR] [--verbose]

For each PDF with a recorded file in examples/ (putuo-ghzy-2024, putuo-sgb-2024), every table of the
recorded file is compared with the table ``juesuan extract`` reads, cell for cell: rows and columns read,
cells that differ (a figure, its printed decimals, a blank for 0.00, a name or a code), rows missing or
extra, the empty-table sentence. Then the findings of ``juesuan check`` on the PDF are set beside those of
the recorded file: errors by rule on each side. The template (shanghai-template-2024.pdf) is read for its
coverage only. Finally a read and check of each PDF is timed (best of three).

The figures go into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from juesuan_check.checks.engine import check  # noqa: E402
from juesuan_check.checks.loading import load_catalogue  # noqa: E402
from juesuan_check.extract import extract  # noqa: E402
from juesuan_check.names import normalize  # noqa: E402
from juesuan_check.report.loader import load, parse  # noqa: E402
from juesuan_check.report.reading import read_report  # noqa: E402
from juesuan_check.report.tables import BLANKS, read_row  # noqa: E402

DOCUMENTS = {
    "putuo-ghzy-2024.pdf": "examples/putuo-ghzy-2024.yaml",
    "putuo-sgb-2024.pdf": "examples/putuo-sgb-2024.yaml",
}
TEMPLATE = "shanghai-template-2024.pdf"
SHOWN = ("rows", "cells", "cells equal", "cells differ")


def _blocks(table: dict) -> dict[str, dict]:
    found = {key: table[key] for key in ("收入", "支出") if isinstance(table.get(key), dict)}
    if "行" in table or "列" in table:
        found[""] = table
    return found


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, str) and value.strip() in BLANKS):
        return "~"
    if isinstance(value, Decimal):
        return str(value)
    return normalize(str(value))


def compare_table(recorded: dict, read: dict, verbose: bool) -> dict[str, int]:
    tally: Counter[str] = Counter()
    mine = _blocks(read)
    for key, block in _blocks(recorded).items():
        theirs = mine.get(key)
        rows = [read_row(i, tuple(r)) for i, r in enumerate(block.get("行") or ())]
        tally["rows"] += len(rows)
        tally["cells"] += sum(len(r.cells) for r in rows)
        if theirs is None or theirs.get("行") is None:
            tally["rows missing"] += len(rows)
            continue
        if [normalize(c) for c in block.get("列") or ()] != [normalize(c) for c in theirs.get("列") or ()]:
            tally["columns differ"] += 1
            if verbose:
                print(f"      columns {block.get('列')} ≠ {theirs.get('列')}")
        got = [read_row(i, tuple(r)) for i, r in enumerate(theirs.get("行") or ())]
        if len(got) != len(rows):
            tally["row count differs"] += 1
            if verbose:
                print(f"      {len(rows)} rows recorded, {len(got)} read")
        for want, have in zip(rows, got, strict=False):
            same_label = want.code == have.code and normalize(want.name) == normalize(have.name)
            if not same_label:
                tally["labels differ"] += 1
                if verbose:
                    print(f"      label {want.code} {want.name} ≠ {have.code} {have.name}")
            for index, value in enumerate(want.cells):
                other = have.cells[index] if index < len(have.cells) else "missing"
                if _cell(value) == _cell(other):
                    tally["cells equal"] += 1
                else:
                    tally["cells differ"] += 1
                    if verbose:
                        print(f"      {want.code or ''} {want.name} [{index}]: {_cell(value)} ≠ {_cell(other)}")
    if ("空表说明" in recorded) != ("空表说明" in read):
        tally["empty note differs"] += 1
    return tally


def findings(text: str, name: str, origins: Any = None) -> list:
    doc = parse(text, name, origins)
    return list(check(read_report(doc), doc, load_catalogue()))


def measure(source: Path, verbose: bool) -> None:
    for pdf, example in DOCUMENTS.items():
        path = source / pdf
        if not path.exists():
            print(f"{pdf}: not found")
            continue
        extraction = extract(str(path))
        drafted = parse(extraction.written.text, str(path)).data
        recorded = load(str(ROOT / example)).data
        print(f"\n{pdf}  vs  {example}")
        total: Counter[str] = Counter()
        for name, table in (recorded.get("部门决算表") or {}).items():
            read = (drafted.get("部门决算表") or {}).get(name)
            if read is None:
                print(f"  {name}: not read")
                total["tables missing"] += 1
                continue
            tally = compare_table(table, read, verbose)
            total.update(tally)
            print(
                f"  {name}: {tally['rows']} rows, {tally['cells']} cells recorded; "
                f"{tally['cells equal']} equal, {tally['cells differ']} differ"
                + "".join(
                    f", {k} {v}" for k, v in tally.items() if k not in ("rows", "cells", "cells equal", "cells differ")
                )
            )
        print(f"  total: {dict(total)}")
        for entry in extraction.tables:
            if not entry["read"]:
                print(f"  not read: {entry['table']} ({entry['place']}): {entry['reason']}")
        theirs = findings((ROOT / example).read_text(encoding="utf-8"), example)
        mine = findings(extraction.written.text, str(path), extraction.written.origins)
        for label, found in (("recorded", theirs), ("document", mine)):
            errors = Counter(f.code for f in found if f.severity.value == "error")
            warnings = Counter(f.code for f in found if f.severity.value == "warning")
            print(f"  {label} errors: {dict(sorted(errors.items()))}; warnings: {dict(sorted(warnings.items()))}")
        if verbose:
            for f in mine:
                if f.severity.value == "error":
                    print(f"    {f.code} {f.place or f.line}: {f.message}")
    template = source / TEMPLATE
    if template.exists():
        print(f"\n{TEMPLATE}")
        for entry in extract(str(template)).tables:
            state = "read" if entry["read"] else f"not read: {entry['reason']}"
            print(f"  {entry['table']}: {entry['rows']}×{entry['columns']}, pages {entry['pages']}: {state}")
    _synthetic()
    print("\ntimes (read + check, best of 3):")
    for pdf in [*DOCUMENTS, TEMPLATE]:
        path = source / pdf
        if not path.exists():
            continue
        best = min(_timed(path) for _ in range(3))
        print(f"  {pdf}: {best:.2f} s")


def _synthetic() -> None:
    """A PDF of about 30 pages written here (the GHZY tables of examples/, ruled, each running over pages),
    so that the speed is measured where ../shared is not."""
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from table_documents import tables_of, write_pdf

    with tempfile.TemporaryDirectory() as folder:
        target = write_pdf(
            tables_of(load(str(ROOT / DOCUMENTS["putuo-ghzy-2024.pdf"])).data), Path(folder) / "t.pdf", 9
        )
        import pdfplumber

        with pdfplumber.open(str(target)) as pdf:
            pages = len(pdf.pages)
        best = min(_timed(target) for _ in range(3))
        print(f"\nsynthetic {pages}-page PDF of nine ruled tables: read + check {best:.2f} s (best of 3)")


def _timed(path: Path) -> float:
    start = time.perf_counter()
    extraction = extract(str(path))
    findings(extraction.written.text, str(path), extraction.written.origins)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=str(ROOT.parent / "shared" / "source"))
    parser.add_argument("--verbose", action="store_true")
    arguments = parser.parse_args()
    measure(Path(arguments.source), arguments.verbose)


if __name__ == "__main__":
    main()
