"""Nothing in a valid report file is ignored: every scalar the YAML holds is a value of the typed model,
with its printed decimals, and checking never writes to the file."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

from conftest import ROOT
from juesuan_check.report.loader import load
from juesuan_check.report.reading import read_report

FILES = [
    "reports/2018.yaml",
    "examples/2018-corrected.yaml",
    "tests/fixtures/2017-synthetic.yaml",
    "tests/fixtures/2019-synthetic.yaml",
]


def _model_value(report: BaseModel, path: tuple) -> Any:
    value: Any = report
    for part in path:
        if isinstance(part, int) or isinstance(value, dict):  # a list's index, a table's name
            value = value[part]
            continue
        (name,) = [n for n, f in type(value).model_fields.items() if (f.alias or n) == part]
        value = getattr(value, name)
    return value


def _data_value(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


@pytest.mark.parametrize("name", FILES)
def test_every_scalar_is_read(name):
    doc = load(str(ROOT / name))
    report = read_report(doc)
    scalars = 0
    for path in doc.spans:
        raw = _data_value(doc.data, path)
        if isinstance(raw, (dict, list)) or not path:
            continue
        scalars += 1
        typed = _model_value(report, path)
        if isinstance(raw, str) and raw.endswith("%"):
            assert typed == Decimal(raw[:-1]) and str(typed) == raw[:-1].strip(), path
        elif isinstance(raw, Decimal):
            assert isinstance(typed, Decimal) and str(typed) == str(raw), path  # the printed decimals stay
        elif isinstance(raw, int) and not isinstance(raw, bool) and isinstance(typed, str):
            assert typed == str(raw), path  # a code written as a number
        else:
            assert typed == raw, path
    assert scalars > 100 or "fixtures" in name


def test_checking_never_writes_to_the_file(tmp_path):
    from click.testing import CliRunner

    from juesuan_check.cli import main

    target = tmp_path / "2018.yaml"
    target.write_bytes((ROOT / FILES[0]).read_bytes())
    before = target.read_bytes(), target.stat().st_mtime_ns
    for args in (
        ["check", str(target)],
        ["check", "--format", "sarif", str(target)],
        ["diff", str(target), str(target)],
    ):
        CliRunner().invoke(main, args)
    assert (target.read_bytes(), target.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2018.yaml"]
