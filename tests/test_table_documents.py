"""The 部门决算表 read from documents: the two real reports' tables of examples/, written by the tests as a
PDF, a Word document, Excel workbooks and a web page in the layouts published reports use, read back cell
for cell, and checked with the same findings as their recorded file."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, run_cli
from juesuan_check.extract import extract
from juesuan_check.names import normalize
from juesuan_check.report.loader import load, parse
from juesuan_check.report.tables import BLANKS, read_row
from table_documents import TITLE, tables_of, write_docx, write_html, write_pdf, write_xls, write_xlsx

EXAMPLES = {"ghzy": "examples/putuo-ghzy-2024.yaml", "sgb": "examples/putuo-sgb-2024.yaml"}


def _recorded(name: str) -> dict:
    return load(str(ROOT / EXAMPLES[name])).data


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, str) and value.strip() in BLANKS):
        return "~"
    return str(value) if isinstance(value, Decimal) else normalize(str(value))


def _rows(block: dict) -> list[tuple]:
    return [
        (row.code, normalize(row.name), tuple(_cell(c) for c in row.cells))
        for row in (read_row(i, tuple(r)) for i, r in enumerate(block.get("行") or ()))
    ]


def _blocks(table: dict) -> dict[str, dict]:
    found = {key: table[key] for key in ("收入", "支出") if isinstance(table.get(key), dict)}
    return found or {"": table}


def assert_same_tables(recorded: dict, drafted: dict) -> None:
    """Every table, block, column, row label and cell of ``recorded`` in ``drafted``; blanks apart from 0.00."""
    assert list(drafted["部门决算表"]) == list(recorded["部门决算表"])
    for name, table in recorded["部门决算表"].items():
        read = drafted["部门决算表"][name]
        for key, block in _blocks(table).items():
            mine = _blocks(read)[key]
            assert [normalize(c) for c in mine["列"]] == [normalize(c) for c in block["列"]], name
            assert _rows(mine) == _rows(block), (name, key)
        assert ("空表说明" in read) == ("空表说明" in table), name


WRITERS = {
    "pdf": lambda tables, path: write_pdf(tables, path.with_suffix(".pdf")),
    "pdf-pages": lambda tables, path: write_pdf(tables, path.with_suffix(".pdf"), rows_per_page=12),
    "docx": lambda tables, path: write_docx(tables, path.with_suffix(".docx")),
    "xlsx": lambda tables, path: write_xlsx(tables, path.with_suffix(".xlsx")),
    "xlsx-one-sheet": lambda tables, path: write_xlsx(tables, path.with_suffix(".xlsx"), one_sheet=True),
    "xls": lambda tables, path: write_xls(tables, path.with_suffix(".xls")),
    "html": lambda tables, path: write_html(tables, path.with_suffix(".html")),
}
OPTIONS = {"ghzy": {}, "sgb": {"split_codes": True, "separators": True, "blank": "—"}}


@pytest.mark.parametrize("report", sorted(EXAMPLES))
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_every_table_reads_back_cell_for_cell(tmp_path, report, kind):
    recorded = _recorded(report)
    document = WRITERS[kind](tables_of(recorded, **OPTIONS[report]), tmp_path / "report")
    extraction = extract(str(document))
    assert all(entry["read"] for entry in extraction.tables), extraction.tables
    assert_same_tables(recorded, parse(extraction.written.text, str(document)).data)


def test_a_table_crossing_pages_without_its_header_is_read_whole(tmp_path):
    recorded = _recorded("ghzy")
    document = write_pdf(tables_of(recorded), tmp_path / "long.pdf", rows_per_page=12)
    extraction = extract(str(document))
    crossing = [entry for entry in extraction.tables if entry["pages"][0] < entry["pages"][1]]
    assert crossing, extraction.tables
    assert_same_tables(recorded, parse(extraction.written.text, str(document)).data)


def _tables_only(report: str, change: tuple[str, str] = ("", "")) -> str:
    """The recorded file's tables alone, under a unit and a year of its own (``change`` replaces a row)."""
    lines = (ROOT / EXAMPLES[report]).read_text(encoding="utf-8").splitlines()
    start = lines.index("部门决算表:")
    end = next(i for i in range(start + 1, len(lines)) if lines[i][:1] not in (" ", "#", ""))
    head = ["单位: 某区某局", "年度: 2024", "范围: 节选", "金额单位: 万元", "情况说明: {}"]
    text = "\n".join([*head, *lines[start:end]]) + "\n"
    return text.replace(change[0], change[1], 1)


def _table_findings(path: Path) -> list[tuple[str, str]]:
    done = run_cli("check", str(path), "--format", "json", "--select", "TBL,XTB,TPL")
    assert done.returncode in (0, 1), done.stderr.decode()
    entry = json.loads(done.stdout)["files"][0]
    return sorted((f["code"], f["message"]) for f in entry["findings"])


CHANGED = ("[208, 社会保障和就业支出, 754.75, 754.75, ~", "[208, 社会保障和就业支出, 757.75, 754.75, ~")


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx", "html"])
def test_a_document_gives_the_findings_of_its_recorded_tables(tmp_path, kind):
    recorded_file = tmp_path / "tables.yaml"
    recorded_file.write_text(_tables_only("ghzy", CHANGED), encoding="utf-8")
    expected = _table_findings(recorded_file)
    assert any(code == "TBL201" for code, _ in expected), expected  # the changed cell breaks its row
    document = WRITERS[kind](tables_of(parse(recorded_file.read_text(encoding="utf-8"), "t").data), tmp_path / "doc")
    assert _table_findings(document) == expected


def test_the_json_output_carries_the_coverage_of_the_tables(tmp_path):
    document = write_docx(tables_of(_recorded("sgb")), tmp_path / "r.docx")
    done = run_cli("check", str(document), "--format", "json")
    entry = json.loads(done.stdout)["files"][0]
    assert [t["table"] for t in entry["tables"]] == list(_recorded("sgb")["部门决算表"])
    first = entry["tables"][1]
    assert (first["read"], first["rows"], first["columns"]) == (True, 18, 7)
    assert any("9 张决算表" in note for note in entry["notes"])
    plain = run_cli("check", str(ROOT / EXAMPLES["sgb"]), "--format", "json")
    assert "tables" not in json.loads(plain.stdout)["files"][0]  # a report file has no coverage to give


def test_extract_prints_each_table_read_and_each_not_read(tmp_path):
    tables = tables_of(_recorded("ghzy"))
    tables[1].header[0][2] = ("本年收入总额", 2, 1)  # a header no template has
    document = write_html(tables, tmp_path / "r.html")
    done = run_cli("extract", str(document))
    err = done.stderr.decode()
    assert "《收入支出决算总表》读入 40 行 × 2 列" in err
    assert "《收入决算表》未读入" in err and "本年收入总额" in err
    drafted = parse(done.stdout.decode(), "r").data
    assert "行" not in drafted["部门决算表"]["收入决算表"]  # left out of the arithmetic, not read by position
    assert "# 《收入决算表》未读入" in done.stdout.decode()


def test_a_table_not_read_is_a_note_and_no_finding(tmp_path):
    tables = tables_of(_recorded("ghzy"))
    tables[2].rows[3][3] = "见附件"  # a cell of 支出决算表 that is no figure
    document = write_xlsx(tables, tmp_path / "r.xlsx")
    done = run_cli("check", str(document), "--format", "json", "--select", "TBL,XTB")
    entry = json.loads(done.stdout)["files"][0]
    unread = [t for t in entry["tables"] if not t["read"]]
    assert [t["table"] for t in unread] == ["支出决算表"] and "见附件" in unread[0]["reason"]
    assert any("支出决算表" in note and "不参与核对" in note for note in entry["notes"])
    assert not [f for f in entry["findings"] if "支出决算表 ›" in f["message"]]


def test_a_template_reads_as_a_template_its_placeholders_reported(tmp_path):
    recorded = copy.deepcopy(_recorded("ghzy"))
    income = recorded["部门决算表"]["收入决算表"]
    income["行"] = [["合计", *[None] * 7], ["205", "教育支出", *[None] * 7], ["…", "…", *[None] * 7]]
    document = write_pdf(tables_of(recorded), tmp_path / "template.pdf")
    done = run_cli("check", str(document), "--format", "json", "--select", "TPL001")
    entry = json.loads(done.stdout)["files"][0]
    assert entry["status"] == "checked"
    assert [f["code"] for f in entry["findings"]] == ["TPL001"]
    assert "收入决算表" in entry["findings"][0]["message"]


def test_a_workbook_cell_is_read_as_it_shows(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = TITLE
    sheet["A3"] = "一般公共预算财政拨款支出决算表"
    sheet["E4"] = "单位：万元"
    rows = [
        ["项目", None, "合计", "基本支出", "项目支出"],
        ["功能分类科目编码", "科目名称", None, None, None],
        ["208", "社会保障和就业支出", 6.2, 6.2, 0],
        ["合计", None, 6.2, 6.2, 0],
    ]
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(r, c, value)
            cell.number_format = "0.00"
    sheet.merge_cells("A5:B5")
    for column in "CDE":
        sheet.merge_cells(f"{column}5:{column}6")
    target = tmp_path / "one.xlsx"
    book.save(str(target))
    extraction = extract(str(target))
    drafted = parse(extraction.written.text, str(target)).data
    rows_read = drafted["部门决算表"]["一般公共预算财政拨款支出决算表"]["行"]
    assert [str(v) for v in rows_read[0][2:]] == ["6.20", "6.20", "0.00"]
    assert drafted["年度"] == 2024 and drafted["单位"] == "某区某局"


def test_a_workbook_of_figures_shown_without_trailing_zeros_is_read_to_its_decimals(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = TITLE
    sheet["A3"] = "一般公共预算财政拨款支出决算表"
    rows = [
        ["项目", None, "合计", "基本支出", "项目支出"],
        ["功能分类科目编码", "科目名称", None, None, None],
        [208, "社会保障和就业支出", 760.95, 6.2, 754.75],
        ["合计", None, 760.95, 6.2, 754.75],
    ]
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            sheet.cell(r, c, value)
    target = tmp_path / "general.xlsx"
    book.save(str(target))
    drafted = parse(extract(str(target)).written.text, str(target)).data
    assert drafted["金额小数位"] == 2
    assert [str(v) for v in drafted["部门决算表"]["一般公共预算财政拨款支出决算表"]["行"][0][2:]] == [
        "760.95",
        "6.2",
        "754.75",
    ]


def test_a_level_mark_after_a_name_is_no_part_of_it():
    from juesuan_check.names import normalize as compared

    assert compared("社会保障和就业支出（类）") == compared("社会保障和就业支出")
    assert compared("住房公积金(项)") == compared("住房公积金")
