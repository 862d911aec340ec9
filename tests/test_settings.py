"""Settings are never ignored silently: every settings file is read (UTF-8 with or without a BOM, GBK), a
bad one stops the run with its file, line and a message in the user's language, --config takes any file,
and the command line adds to the settings as ruff's does."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from conftest import ROOT
from juesuan_check.cli import main

BAD = ROOT / "tests" / "bad_settings"
EXPECTED = YAML(typ="safe").load((BAD / "expected.yaml").read_text(encoding="utf-8"))
CORRECTED = ROOT / "examples" / "2018-corrected.yaml"
SEED = ROOT / "reports" / "2018.yaml"


def invoke(*args: str):
    return CliRunner().invoke(main, ["check", *args])


@pytest.fixture
def warned(tmp_path):
    """A report that passes at the default gate and fails at --fail-on warning (its warnings unexplained)."""
    text = CORRECTED.read_text(encoding="utf-8").split("\n审核说明:")[0] + "\n"
    report = tmp_path / "project" / "reports" / "r.yaml"  # settings go in project/ or in tmp_path
    report.parent.mkdir(parents=True)
    report.write_text(text, encoding="utf-8")
    assert invoke("--isolated", str(report)).exit_code == 0
    return report


def test_every_corpus_file_has_an_expectation():
    assert sorted(EXPECTED) == sorted(p.name for p in BAD.glob("*.toml"))


def _ways(name: str) -> list[str]:
    if name.startswith("pyproject-"):
        return ["config", "pyproject.toml"]
    if name.startswith("juesuan-"):
        return ["config", "juesuan.toml"]
    return ["config"]


@pytest.mark.parametrize(
    "name, way", [(name, way) for name in sorted(EXPECTED) for way in _ways(name)], ids=lambda value: str(value)
)
def test_bad_settings(tmp_path, warned, name, way):
    line, fragment = EXPECTED[name]
    if way == "config":
        settings = BAD / name
        result = invoke("--config", str(settings), str(warned))
    else:
        settings = warned.parent.parent / way
        shutil.copyfile(BAD / name, settings)
        result = invoke(str(warned))
    assert result.exit_code == 2, result.output
    messages = result.stderr.strip().splitlines()
    assert any(m.startswith(f"{settings}:{line}:") and fragment in m for m in messages), messages
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "encoding, header", [("gbk", ""), ("utf-8-sig", ""), ("gb18030", "")], ids=["gbk", "bom", "gb18030"]
)
def test_a_settings_file_in_any_encoding_is_read(warned, encoding, header):
    text = '[project]\nname = "决算报告"  # 盘锦市大洼区\n\n[tool.juesuan]\nfail-on = "warning"  # 警告也失败\n'
    (warned.parent.parent / "pyproject.toml").write_bytes(text.encode(encoding))
    assert invoke(str(warned)).exit_code == 1


def test_a_bom_before_the_table_header_is_read(warned):
    (warned.parent.parent / "pyproject.toml").write_bytes('[tool.juesuan]\nfail-on = "warning"\n'.encode("utf-8-sig"))
    assert invoke(str(warned)).exit_code == 1


def test_a_pyproject_without_our_table_is_passed_over(warned):
    (warned.parent.parent / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (warned.parent.parent.parent / "juesuan.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert invoke(str(warned)).exit_code == 1  # the juesuan.toml further up applies


def test_a_broken_pyproject_that_does_not_mention_us_is_passed_over(warned):
    (warned.parent.parent / "pyproject.toml").write_text("[project\nname = 1\n", encoding="utf-8")
    assert invoke(str(warned)).exit_code == 0


@pytest.mark.parametrize(
    "name, content",
    [
        ("ci.toml", 'fail-on = "warning"\n'),
        ("settings.cfg", '# 门禁设置\nfail-on = "warning"\n'),
        ("team.toml", '[tool.juesuan]\nfail-on = "warning"\n'),
        ("pyproject.toml", '[project]\nname = "x"\n\n[tool.juesuan]\nfail-on = "warning"\n'),
    ],
)
def test_config_takes_a_file_of_any_name_with_top_level_keys_or_our_table(tmp_path, warned, name, content):
    settings = tmp_path / "elsewhere" / name
    settings.parent.mkdir()
    settings.write_text(content, encoding="utf-8")
    assert invoke("--config", str(settings), str(warned)).exit_code == 1


def test_config_naming_a_pyproject_without_our_table_says_so(tmp_path, warned):
    settings = tmp_path / "pyproject.toml"
    settings.write_text('[project]\nname = "x"\n', encoding="utf-8")
    result = invoke("--config", str(settings), str(warned))
    assert result.exit_code == 2 and result.stderr.strip() == f"{settings}: 设置文件中没有 [tool.juesuan] 表"


def test_settings_messages_in_english(tmp_path, warned):
    result = invoke("--lang", "en", "--config", str(BAD / "pyproject-unknown-key.toml"), str(warned))
    assert "unknown setting 'fail_on'; did you mean 'fail-on'?" in result.stderr


# -- the command line adds to the settings -------------------------------------------------------------------


def _codes(result) -> set[str]:
    return {f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]}


def test_ignore_on_the_command_line_keeps_the_settings_ignore_list(tmp_path):
    settings = tmp_path / "juesuan.toml"
    settings.write_text('ignore = ["GLO"]\n', encoding="utf-8")
    everything = _codes(invoke("--isolated", "--format", "json", str(SEED)))
    assert {"GLO001", "REQ001", "SHR001"} <= everything
    both = _codes(invoke("--config", str(settings), "--ignore", "REQ", "--format", "json", str(SEED)))
    assert both == {code for code in everything if not code.startswith(("GLO", "REQ"))}
    extended = _codes(invoke("--config", str(settings), "--extend-ignore", "REQ", "--format", "json", str(SEED)))
    assert extended == both


def test_select_replaces_and_extend_select_adds(tmp_path):
    settings = tmp_path / "juesuan.toml"
    settings.write_text('select = ["LBL"]\n', encoding="utf-8")
    assert _codes(invoke("--config", str(settings), "--format", "json", str(SEED))) == {"LBL001", "LBL002"}
    assert _codes(invoke("--config", str(settings), "--select", "SHR", "--format", "json", str(SEED))) == {"SHR001"}
    added = _codes(invoke("--config", str(settings), "--extend-select", "SHR", "--format", "json", str(SEED)))
    assert added == {"LBL001", "LBL002", "SHR001"}


def test_severity_on_the_command_line_adds_to_the_settings(tmp_path):
    settings = tmp_path / "juesuan.toml"
    settings.write_text('[severity]\nGLO001 = "error"\n', encoding="utf-8")
    result = invoke("--config", str(settings), "--severity", "PLA009=error", "--format", "json", str(SEED))
    severities = {f["code"]: f["severity"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert severities["GLO001"] == "error" and severities["PLA009"] == "error"


def test_an_unknown_code_on_the_command_line_is_named_as_such(tmp_path):
    settings = tmp_path / "juesuan.toml"
    settings.write_text('ignore = ["GLO"]\n', encoding="utf-8")
    result = invoke("--config", str(settings), "--ignore", "XYZ", str(SEED))
    assert result.exit_code == 2 and result.stderr.startswith("命令行: ") and "XYZ" in result.stderr
