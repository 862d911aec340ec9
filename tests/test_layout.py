"""Layout at 80 columns: `explain`, `rules` and `diff` never break inside a number, never start a line
with a closing mark, and never run past the line; diff shows its change-rate column only when it has
values, and a part only one report has by its values."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from conftest import ROOT
from juesuan_check.cli import main
from juesuan_check.reporters.layout import CLOSING, cells, wrap

FIXTURES = ROOT / "tests" / "fixtures"
SEED = str(ROOT / "reports" / "2018.yaml")
CORRECTED = str(ROOT / "examples" / "2018-corrected.yaml")


def at_80(*args: str) -> str:
    result = CliRunner(env={"COLUMNS": "80"}).invoke(main, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def assert_laid_out(text: str, width: int = 80) -> None:
    lines = text.splitlines()
    for number, line in enumerate(lines):
        assert cells(line) <= width, f"too long: {line!r}"
        body = line.lstrip()
        assert not body or body[0] not in CLOSING, f"begins with a closing mark: {line!r}"
        if number and re.search(r"[0-9]\.?$", lines[number - 1]) and re.match(r"[0-9.%]", line):
            raise AssertionError(f"a number broken across lines: {lines[number - 1]!r} / {line!r}")


def _codes() -> list[str]:
    return [row["code"] for row in json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).stdout)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_explain_at_80_columns(lang):
    for code in _codes():
        assert_laid_out(at_80("explain", code, "--lang", lang))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rules_at_80_columns(lang):
    text = at_80("rules", "--lang", lang)
    assert_laid_out(text)
    listing = json.loads(CliRunner().invoke(main, ["rules", "--format", "json", "--lang", lang]).stdout)
    joined = re.sub(r"\s+", "", text)
    for row in listing:  # every title in full, none cut off with …
        assert re.sub(r"\s+", "", row["title"]) in joined, row["code"]


@pytest.mark.parametrize(
    "old, new",
    [
        (FIXTURES / "2017-synthetic.yaml", FIXTURES / "2019-synthetic.yaml"),
        (ROOT / "reports" / "2018.yaml", ROOT / "examples" / "2018-corrected.yaml"),
        (FIXTURES / "2017-synthetic.yaml", ROOT / "reports" / "2018.yaml"),
    ],
)
def test_diff_at_80_columns(old, new):
    assert_laid_out(at_80("diff", "--isolated", "--all", str(old), str(new)))
    assert_laid_out(at_80("diff", "--isolated", str(old), str(new)))


def test_the_change_rate_column_only_where_it_has_values(tmp_path):
    text = (ROOT / "examples" / "2018-corrected.yaml").read_text(encoding="utf-8")
    changed = tmp_path / "new.yaml"
    changed.write_text(text.replace("网格管理中心开展", "网格管理中心组织开展"), encoding="utf-8")
    texts_only = at_80("diff", "--isolated", CORRECTED, str(changed))
    assert "变化率" not in texts_only
    assert "变化率" in at_80("diff", "--isolated", str(FIXTURES / "2017-synthetic.yaml"), SEED)


def test_an_added_section_shows_its_values_not_its_key(tmp_path):
    text = (ROOT / "examples" / "2018-corrected.yaml").read_text(encoding="utf-8")
    lines, kept, skipping = text.split("\n"), [], False
    for line in lines:
        if line.startswith("  国有资产:"):
            skipping = True
            continue
        if skipping and (line.startswith("   ") or not line.strip()):
            continue
        skipping = False
        kept.append(line)
    old = tmp_path / "old.yaml"
    old.write_text("\n".join(kept), encoding="utf-8")
    shown = at_80("diff", "--isolated", str(old), CORRECTED)
    assert "国有资产（新增）" not in shown
    assert "国有资产 › 截至（新增）" in shown and "2018年12月31日" in shown


@pytest.mark.parametrize(
    "text, width",
    [
        ("收入 与上年相比的幅度 16.67% ≠ 20.00 ÷ (120.00 − 20.00) = 20.00%（隐含上年数 100.00）", 23),
        ("常见错误是除以本年数，或沿用上年报告的百分比。完成年初预算的63.89%，其中基本支出完成年初预算的100%。", 20),
    ],
)
def test_wrap_keeps_numbers_whole_and_closing_marks_with_their_words(text, width):
    lines = wrap(text, width)
    assert "".join(line.replace(" ", "") for line in lines) == text.replace(" ", "")
    assert_laid_out("\n".join(lines), width)
