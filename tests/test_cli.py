"""The command line as a user meets it: exit codes, formats, files and folders, languages, help."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT, run_cli
from juesuan_check.cli import main

SEED = str(ROOT / "reports" / "2018.yaml")
CORRECTED = str(ROOT / "examples" / "2018-corrected.yaml")


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_exit_codes():
    assert invoke("check", SEED).exit_code == 1
    assert invoke("check", CORRECTED).exit_code == 0
    assert invoke("check", str(ROOT / "tests" / "bad" / "tab.yaml")).exit_code == 2
    assert invoke("check").exit_code == 2  # usage: no file


def test_fail_on_warning_counts_unexplained_warnings_only(tmp_path):
    assert invoke("check", "--fail-on", "warning", CORRECTED).exit_code == 0  # its one warning is explained
    text = (ROOT / "examples" / "2018-corrected.yaml").read_text(encoding="utf-8")
    unexplained = tmp_path / "unexplained.yaml"
    unexplained.write_text(text.split("\n审核说明:")[0] + "\n", encoding="utf-8")
    assert invoke("check", str(unexplained)).exit_code == 0
    assert invoke("check", "--fail-on", "warning", str(unexplained)).exit_code == 1


def test_text_output_names_file_line_and_arithmetic():
    out = invoke("check", SEED).output
    assert f"{SEED}:70:13" in out
    assert "137.87 ÷ 138.84 = 99.30%" in out
    assert "情况说明 › 三公经费" in out
    assert "8 错误，13 警告，16 提示" in out


def test_english_output():
    out = invoke("check", "--lang", "en", SEED).output
    assert "share 86.38% ≠ 137.87 ÷ 138.84 = 99.30%" in out
    assert "8 errors, 13 warnings, 16 info" in out


def test_json_output_to_a_file(tmp_path):
    target = tmp_path / "out.json"
    result = invoke("check", "--format", "json", "-o", str(target), SEED, CORRECTED)
    assert result.exit_code == 1
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [f["file"] for f in document["files"]] == [SEED, CORRECTED]
    assert document["summary"]["error"] == 8
    assert document["files"][1]["summary"]["explained"] == 8


def test_folder_and_stdin():
    folder = invoke("check", str(ROOT / "examples"))  # the two real 2024 reports there have errors
    assert folder.exit_code == 1 and "2018-corrected.yaml" in folder.output and "putuo-sgb-2024.yaml" in folder.output
    text = (ROOT / "reports" / "2018.yaml").read_text(encoding="utf-8")
    piped = invoke("check", "-", input=text)
    assert piped.exit_code == 1 and "<stdin>:70:13" in piped.output


def test_invalid_file_among_good_ones_is_reported_and_exits_2():
    result = invoke("check", "--format", "json", CORRECTED, str(ROOT / "tests" / "bad" / "typo_key.yaml"))
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["files"][1]["status"] == "invalid"
    assert "占必" in document["files"][1]["problems"][0]["message"]


def test_rules_and_explain():
    listing = json.loads(invoke("rules", "--format", "json").output)
    assert {"SHR001", "CHG003", "IDN008", "LBL002"} <= {r["code"] for r in listing}
    explained = invoke("explain", "shr001")
    assert explained.exit_code == 0
    assert "占比与重算不符" in explained.output and "200.00 ÷ 250.00 = 80.00%" in explained.output
    assert invoke("explain", "NOPE01").exit_code == 2


TABLE_CODES = [
    rule["code"]
    for rule in json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).output)
    if rule["code"][:3] in ("TBL", "XTB", "TXT")
]


@pytest.mark.parametrize("code", TABLE_CODES)
def test_every_table_rule_is_explained_with_its_failing_example(code):
    explained = invoke("explain", code, "--lang", "en")
    assert explained.exit_code == 0 and code in explained.output
    assert "→" in explained.output  # the failing example's finding, with its place


def test_help_does_not_import_the_heavy_libraries():
    code = (
        "import sys; from juesuan_check.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pydantic', 'ruamel.yaml', 'rich') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_version_and_module_entry_point():
    done = run_cli("--version")
    assert done.returncode == 0 and b"juesuan-check" in done.stdout


BUREAU_PROFILE = """\
name: liaoning
title: 某省部门决算公开模板
years: {from: 2018}
source: 某省财政厅通知
extends: "2015"
tables: [机关运行经费支出决算表]
"""


def test_a_bureau_profile_adds_tables(tmp_path):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "liaoning.yaml").write_text(BUREAU_PROFILE, encoding="utf-8")
    result = invoke("check", "--format", "json", "--rules", str(tmp_path), "--profile", "liaoning", CORRECTED)
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [f["message"] for f in findings if f["code"] == "REQ002"] == [
        "部门决算表缺少《机关运行经费支出决算表》（某省部门决算公开模板）"
    ]
    assert invoke("check", CORRECTED).exit_code == 0  # without the bureau's profile nothing changes


REGION = 'name: region\ntitle: 某地模板\nyears: {from: 2018}\nsource: 某地通知\nextends: "2015"\n'


def _messages_with_profile(tmp_path, report: str, profile: str, code: str) -> list[str]:
    """The messages of ``code`` when ``report`` is checked against ``profile`` (as region), each profile in a
    folder of its own: a process loads a rules folder once."""
    document = tmp_path / "report.yaml"
    document.write_text(report, encoding="utf-8")
    folder = tmp_path / f"rules{len(profile)}"
    (folder / "profiles").mkdir(parents=True)
    (folder / "profiles" / "region.yaml").write_text(profile, encoding="utf-8")
    result = invoke("check", "--format", "json", "--rules", str(folder), "--profile", "region", str(document))
    return [f["message"] for f in json.loads(result.stdout)["files"][0]["findings"] if f["code"] == code]


def test_a_regional_profile_drops_an_item_its_template_does_not_print(tmp_path):
    report = (
        "单位: 某区某局\n年度: 2018\n金额单位: 万元\n范围: 情况说明\n"
        "情况说明:\n  国有资产:\n    车辆: {合计: 0}\n    专用设备: 0\n"
    )

    def missing(profile: str) -> list[str]:
        return [m for m in _messages_with_profile(tmp_path, report, profile, "REQ004") if "设备" in m]

    assert missing(REGION) == ["缺少单价50万元以上通用设备数（某地模板）"]
    assert missing(REGION + "drop: [情况说明/国有资产/通用设备]\n") == []


def test_a_profile_whose_glossary_is_a_fixed_list_does_not_ask_for_each_item(tmp_path):
    report = (
        "单位: 某区某局\n年度: 2018\n金额单位: 万元\n情况说明:\n  一般公共预算财政拨款支出:\n    功能分类:\n"
        "      合计: 10.00\n      明细:\n        - 名称: 一般公共服务支出\n          金额: 10.00\n"
        "          明细: [{名称: 行政运行, 金额: 10.00}]\n名词解释: [基本支出]\n"
    )
    assert _messages_with_profile(tmp_path, report, REGION, "GLO002") == ["用到了“行政运行”，名词解释中没有解释"]
    assert _messages_with_profile(tmp_path, report, REGION + "glossary_items: false\n", "GLO002") == []


def test_an_unknown_profile_is_a_usage_error():
    result = invoke("check", "--profile", "1999", CORRECTED)
    assert result.exit_code == 2 and "没有模板 1999" in result.stderr and "2015" in result.stderr
