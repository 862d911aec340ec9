"""The two real 2024 reports of examples/ (their tables and the figures their narrative quotes, recorded from
the published PDFs): every identity of their printed tables holds, rounding gaps included, and what they get
wrong — a narrative figure or name that is not its cell's — is an error naming the sentence's line and the
cell's."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, run_cli

GHZY = "examples/putuo-ghzy-2024.yaml"
SGB = "examples/putuo-sgb-2024.yaml"


@pytest.fixture(scope="module")
def results():
    done = run_cli("check", GHZY, SGB, "--format", "json")
    assert done.returncode == 1, done.stderr.decode()
    return {entry["file"]: entry for entry in json.loads(done.stdout)["files"]}


def _line(file: str, text: str, occurrence: int = 0) -> int:
    lines = (ROOT / file).read_text(encoding="utf-8").splitlines()
    return [i + 1 for i, line in enumerate(lines) if text in line][occurrence]


def test_every_identity_of_the_printed_tables_holds(results):
    for entry in results.values():
        wrong = [f for f in entry["findings"] if f["code"][:3] in ("TBL", "XTB")]
        assert not wrong, [f["message"] for f in wrong]


def test_sgb_has_no_error(results):
    assert results[SGB]["summary"]["error"] == 0, [f["message"] for f in results[SGB]["findings"]]


def test_ghzy_errors_are_the_real_ones(results):
    errors = sorted((f["code"], f["line"]) for f in results[GHZY]["findings"] if f["severity"] == "error")
    assert errors == sorted(
        [
            ("TXT021", _line(GHZY, "名称: 机关事业单位退休人员活动费支出")),
            ("TXT021", _line(GHZY, "名称: 其他国土资源事务支出")),
            ("TXT021", _line(GHZY, "- 名称: 住房保障支出", 1)),
            ("TXT030", _line(GHZY, "合计: 5377.64")),
            ("TXT031", _line(GHZY, "名称: 人员经费")),
        ]
    )


@pytest.mark.parametrize(
    "code, sentence, cell, stated, expected",
    [
        ("TXT030", "合计: 5377.64", "- [合计, 9746.50, 5364.75, 4381.74]", "5377.64", "5364.75"),
        ("TXT031", "名称: 人员经费", "- [人员经费合计, 4884.09]", "4896.98", "4884.09"),
    ],
)
def test_a_quote_names_the_sentence_and_the_cell(results, code, sentence, cell, stated, expected):
    (finding,) = [f for f in results[GHZY]["findings"] if f["code"] == code]
    assert finding["line"] == _line(GHZY, sentence)
    assert (finding["stated"], finding["expected"]) == (stated, expected)
    assert f"第 {_line(GHZY, cell)} 行" in finding["message"]
    assert _line(GHZY, cell) in [related["line"] for related in finding["related"]]


def test_a_line_named_differently_from_its_code_in_the_table(results):
    messages = [f["message"] for f in results[GHZY]["findings"] if f["code"] == "TXT021"]
    assert any("2080599" in m and "其他行政事业单位养老支出" in m for m in messages)
    assert any("22102" in m and "住房改革支出" in m and "款" in m for m in messages)


def test_truncated_percentages_are_warnings_not_errors(results):
    truncated = {f["line"]: f["source"] for f in results[GHZY]["findings"] if f["code"] == "RND001"}
    assert truncated == {_line(GHZY, "占比: 99.86%"): "SHR001", _line(GHZY, "年初预算完成率: 95.45%"): "BUD001"}


def test_template_residue_under_sgb_empty_tables_is_a_warning(results):
    residue = {f["line"] for f in results[SGB]["findings"] if f["code"] == "TPL002"}
    assert residue == {_line(SGB, "表注: [无政府性基金"), _line(SGB, "表注: [无国有资本经营")}


def test_the_shanghai_profile_is_chosen_by_the_titles(results):
    assert not [f for f in results[GHZY]["findings"] if f["code"] in ("REQ002", "REQ007", "TBL002")]
