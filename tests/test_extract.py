"""`juesuan extract`: drafting the report file from the published document, in text, Word and PDF."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import ROOT
from documents import write_docx, write_pdf
from juesuan_check.cli import main
from juesuan_check.extract import extract
from juesuan_check.report.loader import load, parse

# The published 2018 document (a copy of shared/source/dawa-wangge-2018.txt, so that CI has it).
SOURCE = ROOT / "tests" / "fixtures" / "dawa-wangge-2018.txt"
SEED = ROOT / "reports" / "2018.yaml"
LINES = [line.strip() for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _data(path) -> dict:
    return parse(extract(str(path)).written.text, "draft").data


def test_the_seed_text_drafts_the_report_file_exactly():
    extraction = extract(str(SOURCE))
    assert extraction.unread == []
    assert parse(extraction.written.text, "draft").data == load(str(SEED)).data


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_word_and_pdf_give_the_same_draft(tmp_path, kind):
    document = write_docx(LINES, tmp_path / "r.docx") if kind == "docx" else write_pdf(LINES, tmp_path / "r.pdf")
    assert _data(document) == load(str(SEED)).data


def test_gbk_text_gives_the_same_draft(tmp_path):
    gbk = tmp_path / "r.txt"
    gbk.write_bytes(SOURCE.read_text(encoding="utf-8").encode("gb18030"))
    assert _data(gbk) == load(str(SEED)).data


def test_every_value_names_its_place_in_the_document():
    text = extract(str(SOURCE)).written.text
    assert "占比: 86.38%  # 第 63 行" in text
    assert "年度: 2019  # 第 102 行" in text


def test_a_sentence_it_cannot_read_is_listed_with_its_line(tmp_path):
    document = tmp_path / "r.txt"
    document.write_text(
        "第三部分 某市某区某中心\n2020年度部门决算情况说明\n一、收入支出决算总体情况\n"
        "（一）收入总计100.00万元，包括：\n本年度另有调剂资金3.5万元用于设备更新。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(document)])
    assert result.exit_code == 0
    assert "未读:\n  - 本年度另有调剂资金3.5万元用于设备更新。  # 第 5 行\n" in result.stdout
    assert f"{document}:5: 没有读懂（第 5 行）：本年度另有调剂资金3.5万元用于设备更新。" in result.stderr


def test_a_scanned_pdf_is_refused_with_a_message(tmp_path):
    scan = write_pdf([], tmp_path / "scan.pdf", text=False)
    result = CliRunner().invoke(main, ["extract", str(scan)])
    assert result.exit_code == 2
    assert "没有文字层" in result.stderr and "Traceback" not in result.output


VARIANTS = """第三部分 某市某区某局2021年度部门决算情况说明
一、收入支出决算总体情况
（一）收入总计1,234.56万元，包括：
1.财政拨款收入1,200.00万元，占收入总计的97.20%。
2.其他收入34.56万元，占收入总计的2.80%。与上年相比，今年收入减少100.00万元，下降7.49%，主要原因是项目减少。
（二）支出总计1,100.00万元，包括：
1.基本支出1,000.00万元，占支出总计的90.91%。
2.项目支出100.00万元，占支出总计的9.09%。
与上年相比，今年支出与上年持平。
三、一般公共预算财政拨款“三公”经费支出决算情况
2021年度一般公共预算财政拨款安排的“三公”经费支出12,345.00元，完成年初预算的80%，主要原因是厉行节约。其中：因公出国（境）费0元，公务接待费2,345.00元，公务用车购置及运行维护费10,000.00元。
2.公务接待费2,345.00元，较上年增长345.00元，增长17.25%。2021年国内公务接待10批次，80人次。
"""


def test_phrasing_variants(tmp_path):
    document = tmp_path / "variants.txt"
    document.write_text(VARIANTS, encoding="utf-8")
    extraction = extract(str(document))
    data = parse(extraction.written.text, "draft").data["情况说明"]
    income = data["收入"]
    assert str(income["合计"]) == "1234.56"
    change = income["与上年相比"]  # "今年收入" speaks of the total, though it follows the last part
    assert {k: v for k, v in change.items() if k != "金额"} == {
        "增减": "减少",
        "幅度": "7.49%",
        "幅度增减": "下降",
        "原因": "项目减少",
    }
    assert str(change["金额"]) == "100.00"
    assert [c["名称"] for c in income["明细"]] == ["财政拨款收入", "其他收入"]
    assert data["支出"]["与上年相比"] == {"增减": "持平"}
    three = data["三公经费"]
    assert str(three["合计"]) == "12345.00" and three["原因"] == "厉行节约" and three["年度"] == 2021
    reception = three["明细"][1]
    assert reception["数量"] == {"批次": 10, "人次": 80}
    assert reception["与上年相比"]["增减"] == "增长" and reception["与上年相比"]["幅度"] == "17.25%"


def test_checking_the_document_finds_what_checking_its_report_file_finds():
    runner = CliRunner()
    from_document = json.loads(runner.invoke(main, ["check", "--format", "json", "--isolated", str(SOURCE)]).stdout)
    from_file = json.loads(runner.invoke(main, ["check", "--format", "json", "--isolated", str(SEED)]).stdout)
    key = lambda f: (f["code"], f["stated"], f["expected"], f["message"])  # noqa: E731
    assert sorted(map(key, from_document["files"][0]["findings"])) == sorted(
        map(key, from_file["files"][0]["findings"])
    )
    share = next(f for f in from_document["files"][0]["findings"] if f["code"] == "SHR001")
    assert (share["line"], share["place"]) == (63, "第 63 行")
