"""The seed report end to end: the published 2018 document and its corrected version."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, run_cli

GOLDEN = ROOT / "tests" / "golden" / "2018.json"


@pytest.fixture(scope="module")
def seed():
    done = run_cli("check", "reports/2018.yaml", "--format", "json")
    assert done.returncode == 1, done.stderr.decode()
    return json.loads(done.stdout)


def test_json_output_matches_the_golden_file(seed, update_golden):
    if update_golden:
        GOLDEN.write_text(json.dumps(seed, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    golden["tool"]["version"] = seed["tool"]["version"]
    assert seed == golden


def _found(seed, code, line):
    findings = seed["files"][0]["findings"]
    return [f for f in findings if f["code"] == code and line in {f["line"], *(a["line"] for a in f["also"])}]


def _line_of(text: str, occurrence: int = 0) -> int:
    lines = (ROOT / "reports" / "2018.yaml").read_text(encoding="utf-8").splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if text in line]
    return hits[occurrence]


@pytest.mark.parametrize(
    "code, anchor, occurrence, stated, expected",
    [
        ("LBL001", "年度: 2019", 0, "2019", "2018"),
        ("LBL001", "2019年参加出国", 0, "2019", "2018"),  # the paragraph's year, mentioned in its text
        ("LBL001", "2019年国内公务接待", 0, "2019", "2018"),
        ("LBL002", "中共盘锦市大洼区纪检委", 0, "中共盘锦市大洼区纪检委", "盘锦市大洼区网格管理中心"),
        ("SHR001", "占比: 86.38%", 0, "86.38%", "99.30%"),
        ("CHG001", "幅度: 22.68%", 0, "22.68%", "22.86%"),
        ("CHG001", "幅度: 22.68%", 1, "22.68%", "22.86%"),  # the same rate copied: one error, three places
        ("CHG001", "幅度: 22.68%", 2, "22.68%", "22.86%"),
        ("CHG001", "幅度: 68.87%", 0, "68.87%", "69.76%"),
        ("CHG003", "幅度: 100%", 0, "100%", "—"),
        ("IDN008", "年初预算完成率: 63.89%", 0, "217.31", "159.62"),
        ("PLA001", "合计: 16.61", 0, "16.61", "7.26"),
        ("CHG008", "名称: 上年结转和结余", 0, "0", "19.77"),
    ],
)
def test_the_errors_of_the_published_report_are_found_at_their_lines(seed, code, anchor, occurrence, stated, expected):
    found = _found(seed, code, _line_of(anchor, occurrence))
    assert found, f"{code} not reported at the line of {anchor!r}"
    assert found[0]["stated"] == stated
    assert found[0]["expected"] == expected


def test_one_root_cause_is_one_error(seed):
    findings = seed["files"][0]["findings"]
    (copied,) = [f for f in findings if f["code"] == "CHG001" and f["stated"] == "22.68%"]
    assert [a["line"] for a in copied["also"]] == [_line_of("幅度: 22.68%", 1), _line_of("幅度: 22.68%", 2)]
    assert not [f for f in findings if f["code"] in ("CHG009", "LBL003", "PLA007")]
    (year,) = [f for f in findings if f["code"] == "LBL001"]
    assert {a["line"] for a in year["also"]} == {_line_of("2019年参加出国"), _line_of("2019年国内公务接待")}


def test_the_arithmetic_is_in_the_message(seed):
    messages = [f["message"] for f in seed["files"][0]["findings"]]
    assert "基本支出 占比 86.38% ≠ 137.87 ÷ 138.84 = 99.30%（占支出总计）" in messages
    assert any("29.51 ÷ (158.61 − 29.51) = 22.86%" in m for m in messages)


def test_the_budget_gap_is_a_warning(seed):
    (gap,) = [f for f in seed["files"][0]["findings"] if f["code"] == "IDN008"]
    assert gap["severity"] == "warning"


def test_figures_that_hold_raise_nothing(seed):
    quiet = [
        _line_of("占比: 0.7%"),  # 项目支出 0.97 ÷ 138.84 = 0.70%
        _line_of("占比: 75.54%"),
        _line_of("占比: 14.41%"),
        _line_of("占比: 2.18%"),
        _line_of("占比: 7.87%"),
        _line_of("合计: 137.87"),  # 基本支出 = 131.58 + 6.29 and 人员经费/公用经费 = the economic classes
        _line_of("名称: 人员经费"),
        _line_of("金额: 6.29"),
    ]
    lines = {f["line"] for f in seed["files"][0]["findings"]}
    assert not lines & set(quiet)


def test_the_corrected_report_passes():
    done = run_cli("check", "examples/2018-corrected.yaml", "--format", "json")
    assert done.returncode == 0, done.stdout.decode()
    result = json.loads(done.stdout)["files"][0]
    assert result["summary"]["error"] == 0
    assert result["summary"]["warning"] == 0
    assert all(f["explained"] for f in result["findings"])


def test_the_checked_file_is_not_written():
    path = ROOT / "reports" / "2018.yaml"
    before = path.read_bytes(), path.stat().st_mtime_ns
    run_cli("check", str(path))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_identities_that_hold_do_run(tmp_path):
    """人员经费 and 公用经费 hold in the seed because they agree, not because the identity was skipped."""
    text = (ROOT / "reports" / "2018.yaml").read_text(encoding="utf-8")
    changed = text.replace("名称: 人员经费\n        金额: 131.58", "名称: 人员经费\n        金额: 131.00")
    changed = changed.replace("金额: 6.29", "金额: 6.87")
    assert changed.count("131.00") == 1 and "6.87" in changed
    path = tmp_path / "changed.yaml"
    path.write_text(changed, encoding="utf-8")
    done = run_cli("check", str(path), "--format", "json")
    codes = {f["code"] for f in json.loads(done.stdout)["files"][0]["findings"]}
    assert {"IDN001", "IDN002"} <= codes


def test_the_domain_findings_of_the_published_report(seed):
    findings = seed["files"][0]["findings"]
    messages = {f["code"]: [] for f in findings}
    for f in findings:
        messages[f["code"]].append(f["message"])
    assert "缺少第二部分 部门决算表（2015—2019年度决算模板）" in messages["REQ001"]
    assert [f["line"] for f in findings if f["code"] == "REQ005"] == [_line_of("单位列表: []")]
    assert "129.10 − 109.33 = 19.77" in messages["CHG008"][0]
    unused = " ".join(messages["GLO001"])
    for term in ("节能环保支出（类）", "农林水事务（类）", "交通运输（类）"):
        assert term in unused
    assert "事业运行（项）" not in unused and "住房公积金（项）" not in unused  # these are spent on
    (wandering,) = [f for f in findings if f["code"] == "FUN005"]
    assert wandering["line"] == _line_of("说明: 主要是其他政府办公厅（室）及相关机构事务支出等支出")


def test_the_corrected_report_moved_to_2019_is_told_the_class_was_renamed(tmp_path):
    text = (ROOT / "examples" / "2018-corrected.yaml").read_text(encoding="utf-8")
    moved = tmp_path / "2019.yaml"
    moved.write_text(text.replace("\n年度: 2018\n", "\n年度: 2019\n", 1), encoding="utf-8")
    document = json.loads(run_cli("check", str(moved), "--format", "json").stdout)
    renamed = [f for f in document["files"][0]["findings"] if f["code"] == "FUN001"]
    assert len(renamed) == 1
    assert renamed[0]["stated"] == "医疗卫生与计划生育支出" and renamed[0]["expected"] == "卫生健康支出"
