"""Case files: tests/cases/<family>.yaml lists report fragments and every finding of that family they give.

A case's ``expect`` is the complete list of [code, line] for the codes of the file's families (the file
name's families plus RND and ACK, which report on behalf of every family), so a case fails on a missing
finding and on an extra one alike. A finding that holds other places of the same error (one root cause, one
finding) is [code, line, [their lines]].
"""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from conftest import ROOT

CASES = ROOT / "tests" / "cases"
FAMILY = {
    "sums": ("SUM",),
    "shares": ("SHR",),
    "changes": ("CHG",),
    "completion": ("BUD",),
    "identities": ("IDN",),
    "labels": ("LBL",),
    "acknowledgements": ("ACK",),
    "completeness": ("REQ",),
    "plausibility": ("PLA",),
    "classification": ("FUN",),
    "glossary": ("GLO",),
    "crossyear": ("XYR",),
    "tables": ("TBL",),
    "crosstables": ("XTB",),
    "quotes": ("TXT",),
    "template": ("TPL",),
    "printing": ("PRT",),
    "reading": ("EXT",),
}


def _cases():
    for file in sorted(CASES.glob("*.yaml")):
        for case in YAML(typ="safe").load(file.read_text(encoding="utf-8")):
            yield pytest.param(file.stem, case, id=f"{file.stem}: {case['name']}")


def test_every_case_file_names_a_family():
    assert {f.stem for f in CASES.glob("*.yaml")} <= set(FAMILY)


@pytest.mark.parametrize("family, case", list(_cases()))
def test_case(check_text, family, case):
    prefixes = tuple(case["only"]) if "only" in case else FAMILY[family] + ("RND", "ACK")
    findings = check_text(case["report"])
    got = sorted(
        [f.code, f.line, sorted(place.line for place in f.also)] if f.also else [f.code, f.line]
        for f in findings
        if f.code.startswith(prefixes)
    )
    assert got == sorted(case["expect"]), "\n".join(f"{f.code} {f.line}: {f.message}" for f in findings)
