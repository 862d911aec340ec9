"""`juesuan diff`: rows aligned item by item, and the cross-year checks against last year's report."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import ROOT
from juesuan_check.cli import main

SEED = "reports/2018.yaml"
CORRECTED = "examples/2018-corrected.yaml"
Y2017 = "tests/fixtures/2017-synthetic.yaml"
Y2019 = "tests/fixtures/2019-synthetic.yaml"


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def diff(*args: str):
    return CliRunner().invoke(main, ["diff", "--isolated", *args])


def rows(*args: str) -> dict[str, dict]:
    document = json.loads(diff("--format", "json", *args).stdout)
    return {row["path"]: row for row in document["rows"]}


def test_a_draft_and_its_correction():
    result = diff(SEED, CORRECTED)
    assert result.exit_code == 0
    assert "同一年度的两个版本" in result.stdout
    table = rows(SEED, CORRECTED)
    share = table["支出总计 › 基本支出 › 占比"]
    assert (share["old"], share["new"], share["change"], share["status"]) == ("86.38", "99.30", "12.92", "changed")
    assert (table["三公经费 › 年度"]["old"], table["三公经费 › 年度"]["new"]) == (2019, 2018)
    assert table["政府采购支出总额 › 单位"]["new"] == "盘锦市大洼区网格管理中心"
    assert "支出总计 › 合计" not in table  # unchanged rows only with --all
    assert rows("--all", SEED, CORRECTED)["支出总计 › 合计"]["status"] == "same"


def test_the_text_table_shows_old_and_new():
    out = diff(SEED, CORRECTED).stdout
    line = next(line for line in out.splitlines() if line.startswith("支出总计 › 基本支出 › 占比"))
    assert "86.38%" in line and "99.30%" in line and "+12.92 个百分点" in line
    assert any(line.startswith("三公经费 › 年度") and "2019" in line and "2018" in line for line in out.splitlines())


def test_last_years_real_figure_judges_this_years_change():
    result = diff("--format", "json", Y2017, SEED)
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["relation"] == "previous-year"
    by_code = {}
    for finding in document["findings"]:
        by_code.setdefault(finding["code"], []).append(finding)
    income = next(f for f in by_code["XYR001"] if f["path"].startswith("收入总计"))
    assert (income["stated"], income["expected"]) == ("129.10", "120.00")
    assert income["file"] == SEED and income["line"] == 46
    (elsewhere,) = [r for r in income["related"] if r.get("file")]
    assert (elsewhere["file"], elsewhere["line"]) == (Y2017, 10)
    percent = next(f for f in by_code["XYR002"] if f["path"].startswith("收入总计"))
    assert (percent["stated"], percent["expected"]) == ("22.68%", "32.18%")
    assert [f["line"] for f in by_code["XYR004"]] == [60]


def test_both_lines_are_in_the_text_output():
    out = diff(Y2017, SEED).stdout
    assert f"{SEED}:46:25" in out and f"↳ {Y2017}:10:9" in out


def test_a_consistent_next_year_and_a_renamed_class():
    result = diff("--format", "json", CORRECTED, Y2019)
    assert result.exit_code == 0, result.stdout
    document = json.loads(result.stdout)
    assert document["findings"] == []
    table = {row["path"]: row for row in document["rows"]}
    renamed = table["财政拨款支出 › 功能分类 › 卫生健康支出 › 名称"]
    assert (renamed["old"], renamed["new"], renamed["status"]) == ("医疗卫生与计划生育支出", "卫生健康支出", "changed")
    assert not any(row["status"] == "added" and "卫生健康支出" in row["path"] for row in document["rows"])


def test_swapped_files_are_pointed_out():
    assert "顺序写反" in diff(SEED, Y2017).stdout


def test_ci_formats_carry_the_cross_year_findings():
    lines = diff("--format", "github", Y2017, SEED).stdout.splitlines()
    assert any(line.startswith(f"::error file={SEED},line=46,col=25,title=XYR001") for line in lines)
    assert diff("--exit-zero", Y2017, SEED).exit_code == 0


def test_unreadable_input_exits_2():
    result = diff(SEED, "tests/bad/tab.yaml")
    assert result.exit_code == 2 and "tab.yaml:5:1" in result.stderr


def test_sarif_related_locations_name_their_own_file():
    document = json.loads(diff("--format", "sarif", Y2017, SEED).stdout)
    places = [
        (loc["physicalLocation"]["artifactLocation"]["uri"], loc["physicalLocation"]["region"]["startLine"])
        for result in document["runs"][0]["results"]
        for loc in result.get("relatedLocations", [])
    ]
    assert (Y2017, 10) in places
    assert all(uri in (Y2017, SEED) for uri, _ in places)


TABLES_2023 = """\
单位: 某市某区某局
年度: 2023
金额单位: 万元
情况说明: {}
部门决算表:
  收入支出决算总表:
    收入: {列: [决算数], 行: [[本年收入合计, 100.00], [年初结转和结余, ~], [总计, 100.00]]}
    支出:
      列: [决算数]
      行: [[医疗卫生与计划生育支出, 90.00], [本年支出合计, 90.00], [年末结转和结余, 10.00], [总计, 100.00]]
  一般公共预算财政拨款支出决算表:
    列: [合计, 基本支出, 项目支出]
    行: [[210, 卫生健康支出, 90.00, 90.00, ~], [2101101, 行政单位医疗, 90.00, 90.00, ~], [合计, 90.00, 90.00, ~]]
"""
TABLES_2024 = """\
单位: 某市某区某局
年度: 2024
金额单位: 万元
情况说明: {}
部门决算表:
  收入支出决算总表:
    收入: {列: [决算数], 行: [[本年收入合计, 95.00], [年初结转和结余, 12.00], [总计, 107.00]]}
    支出: {列: [决算数], 行: [[卫生健康支出, 95.00], [本年支出合计, 95.00], [年末结转和结余, 12.00], [总计, 107.00]]}
  一般公共预算财政拨款支出决算表:
    列: [合计, 基本支出, 项目支出]
    行: [[2101101, 行政单位医疗, 95.00, 95.00, ~], [210, 卫生健康支出, 95.00, 95.00, ~], [合计, 95.00, 95.00, ~]]
"""


def test_tables_align_by_code_and_label_and_the_opening_balance_carries_over(tmp_path):
    old, new = tmp_path / "2023.yaml", tmp_path / "2024.yaml"
    old.write_text(TABLES_2023, encoding="utf-8")
    new.write_text(TABLES_2024, encoding="utf-8")
    document = json.loads(diff("--format", "json", "--all", str(old), str(new)).stdout)
    by_path = {row["path"]: row for row in document["rows"]}
    row = by_path[
        "一般公共预算财政拨款支出决算表 › 210 卫生健康支出 › 合计"
    ]  # renamed class, same code; rows reordered
    assert (row["old"], row["new"], row["status"]) == ("90.00", "95.00", "changed")
    assert by_path["收入支出决算总表 › 收入 › 年初结转和结余 › 决算数"]["old"] == "—"  # a blank is not 0.00
    (carried,) = [f for f in document["findings"] if f["code"] == "XYR005"]
    assert (carried["stated"], carried["line"]) == ("12.00", 7)
