"""Every bad input exits 2 with a one-line message naming the file and line; none prints a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from conftest import ROOT, run_cli
from juesuan_check.cli import main

BAD = ROOT / "tests" / "bad"
EXPECTED = YAML(typ="safe").load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def _check(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def test_every_corpus_file_has_an_expectation():
    assert sorted(EXPECTED) == sorted(p.name for p in BAD.glob("*.yaml") if p.name != "expected.yaml")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input(name):
    line, fragment = EXPECTED[name]
    result = _check(str(BAD / name))
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    messages = result.stderr.strip().splitlines()
    assert messages, "no message"
    where = f"{BAD / name}:{line}:" if line is not None else f"{BAD / name}: "
    assert any(m.startswith(where) and fragment in m for m in messages), messages
    assert "Traceback" not in result.output


def test_the_corpus_is_large():
    assert len(EXPECTED) >= 40


def test_a_file_above_the_size_limit_is_refused_unread(tmp_path):
    from juesuan_check.report.loader import MAX_BYTES

    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    result = _check(str(big))
    assert result.exit_code == 2 and result.stderr.strip() == f"{big}: 文件超过 {MAX_BYTES // 1024} KB，不像是一份报告"


def test_gbk_text_is_read_like_utf8():
    """Chinese editors on Windows save "ANSI" (GBK) text; it is accepted and gives the same findings."""
    gbk = CliRunner().invoke(main, ["check", "--format", "json", str(BAD.parent / "good" / "2018-gbk.yaml")])
    utf8 = CliRunner().invoke(main, ["check", "--format", "json", str(ROOT / "reports" / "2018.yaml")])
    assert gbk.exit_code == utf8.exit_code == 1
    strip = lambda out: [(f["code"], f["line"], f["message"]) for f in json.loads(out)["files"][0]["findings"]]  # noqa: E731
    assert strip(gbk.stdout) == strip(utf8.stdout)


def test_bom_is_accepted():
    result = _check(str(BAD.parent / "good" / "bom.yaml"))
    assert result.exit_code != 2 and not result.stderr, result.output  # read and checked


@pytest.mark.parametrize("target, fragment", [("does/not/exist.yaml", "找不到文件"), ("tests", "没有找到")])
def test_missing_path_and_empty_folder(tmp_path, target, fragment):
    path = str(ROOT / target) if target != "tests" else str(tmp_path)
    result = _check(path)
    assert result.exit_code == 2
    assert fragment in result.stderr


def test_a_directory_given_as_a_file_is_expanded_not_read(tmp_path):
    (tmp_path / "a.yaml").write_text("单位: 某市某区中心\n年度: 2018\n金额单位: 万元\n情况说明: {}\n", encoding="utf-8")
    result = _check(str(tmp_path))
    assert result.exit_code != 2 and "a.yaml" in result.output, result.output


def test_english_messages():
    result = CliRunner().invoke(main, ["check", "--lang", "en", str(BAD / "typo_key.yaml")])
    assert "unknown key '占必'; did you mean '占比'?" in result.stderr


@pytest.mark.parametrize("name", ["not_yaml.yaml", "binary.yaml", "typo_key.yaml"])
def test_real_process_prints_no_traceback(name):
    done = run_cli("check", str(BAD / name))
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert len(done.stderr.decode().strip().splitlines()) == 1


def test_alias_bomb_is_refused_without_expanding():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    path = BAD.parent / "alias_bomb.tmp.yaml"
    try:
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = _check(str(path))
    finally:
        path.unlink()
    assert result.exit_code == 2
    assert "锚点" in result.stderr


def test_a_full_width_colon_inside_a_text_is_not_a_slip(tmp_path):
    report = tmp_path / "r.yaml"
    report.write_text(
        "单位: 某市某区网格管理中心\n年度: 2018\n金额单位: 万元\n情况说明:\n  支出:\n    合计: 1.00\n"
        "    原文: 说明：本单位支出 1.00 万元\n    原因: '年度：2018'\n",
        encoding="utf-8",
    )
    assert _check("--isolated", str(report)).exit_code in (0, 1)


def test_slips_in_english():
    result = CliRunner().invoke(main, ["check", "--lang", "en", str(BAD / "slip_fullwidth_colon.yaml")])
    assert f"{BAD / 'slip_fullwidth_colon.yaml'}:3:3: a full-width colon" in result.stderr
    assert "'年度: 2018'" in result.stderr
