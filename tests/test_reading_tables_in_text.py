"""Tables printed inside the text (issue 13, item 4): a web page's or a converted document's 三公 table, its cells
one per line, ended by ``|`` or with nothing between them, read into the 三公经费 section beside what the sentences
state; a cell that contradicts the text is left unread.

Every table is written by its test, with invented units and figures.
"""

from __future__ import annotations

from drafting import at, check_json, codes, draft, names, part, unread, write_text
from juesuan_check.extract import extract


def cells(rows: list[list[str]], ended: bool = True, lone: bool = True) -> str:
    """A table printed one cell per line: each cell ended by `` |`` (``ended``), each row started by a line holding
    a lone ``|`` (``lone``)."""
    lines = []
    for row in rows:
        if lone:
            lines.append("|")
        lines += [f"{cell} |" if ended else cell for cell in row]
    return "\n".join(lines) + "\n"


BUDGET_AND_ACTUAL = [
    ["项目", "预算数", "决算数"],
    ["合计", "12", "9.45"],
    ["因公出国（境）费", "0", "0"],
    ["公务接待费", "2", "1.45"],
    ["公务用车购置及运行维护费", "10", "8"],
    ["其中：公务用车运行维护费", "6", "5.20"],
    ["公务用车购置费", "4", "2.80"],
]
NOTICE_HEAD = (
    "某县某站2022年度一般公共预算财政拨款“三公”经费支出决算情况说明\n"
    "一、2022年度一般公共预算财政拨款“三公”经费支出决算表\n单位：万元\n"
)
NOTICE_TEXT = (
    "二、2022年度一般公共预算财政拨款“三公”经费支出情况说明\n"
    "某县某站2022年度一般公共预算财政拨款“三公”经费支出预算为12万元，支出决算为9.45万元，完成预算的78.75%。\n"
)


def test_cells_ended_by_a_bar_with_a_lone_bar_starting_each_row(tmp_path):
    extraction = draft(tmp_path, NOTICE_HEAD + cells(BUDGET_AND_ACTUAL) + NOTICE_TEXT)
    data = extraction.draft.data
    assert (data["单位"], data["年度"], data["范围"]) == ("某县某站", 2022, "三公经费")
    three = data["情况说明"]["三公经费"]
    assert (at(three, "合计"), at(three, "年初预算"), at(three, "年初预算完成率")) == ("9.45", "12", "78.75%")
    assert part(three, "因公出国（境）费") == {"名称": "因公出国（境）费", "金额": "0", "年初预算": "0"}
    assert part(three, "公务接待费") == {"名称": "公务接待费", "金额": "1.45", "年初预算": "2"}
    cars = part(three, "公务用车购置及运行维护费")
    assert (cars["金额"], cars["年初预算"]) == ("8", "10")
    assert cars["明细"] == [
        {"名称": "公务用车运行维护费", "金额": "5.20", "年初预算": "6"},
        {"名称": "公务用车购置费", "金额": "2.80", "年初预算": "4"},
    ]
    assert extraction.unread == [] and extraction.written.coverage == (13, 13)
    assert extraction.draft.places[("情况说明", "三公经费", "合计")].place == "第 11 行"  # the cell's line


def test_cells_ended_by_a_bar_without_row_markers_and_spaced_headers(tmp_path):
    spaced = {"项目": "项 目", "预算数": "预 算 数", "决算数": "决 算 数", "合计": "合 计"}
    rows = [[spaced.get(cell, cell) for cell in row] for row in BUDGET_AND_ACTUAL]
    assert rows[0] == ["项 目", "预 算 数", "决 算 数"]
    extraction = draft(tmp_path, NOTICE_HEAD + cells(rows, lone=False) + NOTICE_TEXT)
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert (at(three, "合计"), at(three, "年初预算")) == ("9.45", "12")
    assert part(three, "公务接待费") == {"名称": "公务接待费", "金额": "1.45", "年初预算": "2"}
    assert names(part(three, "公务用车购置及运行维护费")) == ["公务用车运行维护费", "公务用车购置费"]
    assert extraction.unread == []


def test_cells_without_separators_items_as_rows(tmp_path):
    """A web page's table, a blank line between cells: items as rows, a header of four columns of which the last
    two are blank (-) for every item."""
    rows = [
        ["经费项目", "2019年度支出（万元）", "支出减少情况（万元）", "支出减少率"],
        ["因公出国（境）费", "12.50", "-", "-"],
        ["公务接待费", "86.40", "-", "-"],
        ["公务用车购置及运行维护费", "1,020.30", "-", "-"],
        ["公务用车购置费", "320.10", "-", "-"],
        ["公务用车运行维护费", "700.20", "-", "-"],
        ["“三公”经费支出", "1,119.20", "-", "-"],
    ]
    text = "某区2019年“三公”经费决算汇总情况\n\n2019年度某区一般公共预算财政拨款开支“三公”经费决算情况\n\n"
    text += "\n\n".join(cell for row in rows for cell in row) + "\n"
    extraction = draft(tmp_path, text)
    data = extraction.draft.data
    assert (data["单位"], data["年度"], data["范围"]) == ("某区", 2019, "三公经费")
    three = data["情况说明"]["三公经费"]
    assert at(three, "合计") == "1119.20"
    assert [(item["名称"], str(item["金额"])) for item in three["明细"]] == [
        ("因公出国（境）费", "12.50"),
        ("公务接待费", "86.40"),
        ("公务用车购置及运行维护费", "1020.30"),
    ]
    assert part(three, "公务用车购置及运行维护费")["明细"] == [
        {"名称": "公务用车购置费", "金额": "320.10"},
        {"名称": "公务用车运行维护费", "金额": "700.20"},
    ]
    assert all("与上年相比" not in item for item in three["明细"])  # a blank is no change
    assert extraction.unread == []


YEARS_AS_ROWS = [
    ["年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", "合计", "车辆购置", "车辆运行"],
    ["2018年", "1500", "50", "600", "850", "100", "750"],
    ["2019年", "1350", "40", "560", "750", "60", "690"],
    ["2019年比2018年增减%", "-10.00", "-20.00", "-6.67", "-11.76", "-40.00", "-8.00"],
]
YEARS_HEAD = "某区2019年“三公”经费决算情况\n"
YEARS_CAPTION = "2019年决算数与2018年决算数对比情况\n"


def bars(rows: list[list[str]]) -> str:
    """A table printed one cell per line with a line holding ``|`` between every two cells."""
    return "\n|\n".join(cell for row in rows for cell in row) + "\n|\n"


def test_items_as_columns_years_as_rows_with_a_two_level_header(tmp_path):
    extraction = draft(tmp_path, YEARS_HEAD + YEARS_CAPTION + bars(YEARS_AS_ROWS))
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert at(three, "合计") == "1350"
    assert at(three, "与上年相比") == {"增减": "下降", "幅度": "10.00%", "上年": "1500"}
    assert part(three, "公务接待费") == {
        "名称": "公务接待费",
        "金额": "560",
        "与上年相比": {"增减": "下降", "幅度": "6.67%", "上年": "600"},
    }
    cars = part(three, "公车购置及运行维护费")
    assert (cars["金额"], cars["与上年相比"]["上年"]) == ("750", "850")
    assert cars["明细"] == [  # the columns under the merged header are the parts of its whole
        {"名称": "车辆购置", "金额": "60", "与上年相比": {"增减": "下降", "幅度": "40.00%", "上年": "100"}},
        {"名称": "车辆运行", "金额": "690", "与上年相比": {"增减": "下降", "幅度": "8.00%", "上年": "750"}},
    ]
    assert extraction.unread == []


TEXT_BEFORE_TABLE = (
    "某区2019年一般公共预算安排“三公”经费决算数1350万元，比上年决算数下降10.00%。分项情况是：因公出国（境）经费40万元；"
    "公务接待费560万元；公车购置及运行费750万元（其中公务用车购置费61万元，公务用车运行费689万元）。\n"
)


def test_a_cell_that_contradicts_the_text_stays_unread(tmp_path):
    extraction = draft(tmp_path, YEARS_HEAD + TEXT_BEFORE_TABLE + YEARS_CAPTION + bars(YEARS_AS_ROWS))
    three = extraction.draft.data["情况说明"]["三公经费"]
    cars = part(three, "公车购置及运行费")
    assert cars["明细"][0] == {"名称": "公务用车购置费", "金额": "61"}
    assert cars["明细"][1] == {"名称": "公务用车运行费", "金额": "689"}
    # the table's 60 and 690 are listed, not recorded, and so is every other figure of their items: last year's
    # and the rates may have been computed from either version
    assert unread(extraction) == [
        "表格单元格：100",
        "表格单元格：750",
        "表格单元格：60",
        "表格单元格：690",
        "表格单元格：-40.00",
        "表格单元格：-8.00",
    ]
    assert at(three, "与上年相比") == {"增减": "下降", "幅度": "10.00%", "幅度增减": "下降", "上年": "1500"}
    assert part(three, "公务接待费")["与上年相比"] == {"增减": "下降", "幅度": "6.67%", "上年": "600"}


def test_the_unread_cells_are_info_findings_when_the_document_is_checked(tmp_path):
    path = write_text(tmp_path, YEARS_HEAD + TEXT_BEFORE_TABLE + YEARS_CAPTION + bars(YEARS_AS_ROWS))
    entry = check_json(path)
    unread_cells = [finding for finding in entry["findings"] if finding["code"] == "EXT001"]
    assert [(finding["line"], finding["severity"]) for finding in unread_cells] == [
        (30, "info"),
        (32, "info"),
        (44, "info"),
        (46, "info"),
        (58, "info"),
        (60, "info"),
    ]
    assert "表格单元格：60" in unread_cells[2]["message"]
    assert not [code for code, _ in codes(entry) if code.startswith(("SUM", "CHG", "TBL"))]


TEXT_AFTER_TABLE = (
    "二、2022年度一般公共预算财政拨款“三公”经费支出情况说明\n"
    "某县某站2022年度一般公共预算财政拨款“三公”经费支出预算为12万元，支出决算为9.45万元，完成预算的78.75%。\n"
    "2.公务接待费支出1.54万元，与2022年度预算相比，减少0.46万元，下降23.00%。\n"
)


def test_a_sentence_that_contradicts_the_table_before_it_makes_no_finding(tmp_path):
    path = write_text(tmp_path, NOTICE_HEAD + cells(BUDGET_AND_ACTUAL) + TEXT_AFTER_TABLE)
    extraction = extract(str(path))
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert "与年初预算相比" not in three
    assert part(three, "公务接待费") == {"名称": "公务接待费", "金额": "1.45", "年初预算": "2"}
    assert unread(extraction) == ["2.公务接待费支出1.54万元，与2022年度预算相比，减少0.46万元，下降23.00%。"]
    entry = check_json(path)
    assert [code for code, _ in codes(entry) if code.startswith(("BUD", "CHG", "SUM"))] == []


def test_a_summary_of_income_printed_in_the_text_is_read_into_its_section(tmp_path):
    rows = [
        ["项目", "决算数"],
        ["一般公共预算财政拨款收入", "80.00"],
        ["其他收入", "8.40"],
        ["本年收入合计", "88.40"],
    ]
    extraction = draft(tmp_path, "某县某局2022年度收入决算情况\n单位：万元\n" + cells(rows))
    income = extraction.draft.data["情况说明"]["收入"]
    assert (income["名称"], str(income["合计"])) == ("本年收入合计", "88.40")
    assert [(p["名称"], str(p["金额"])) for p in income["明细"]] == [
        ("一般公共预算财政拨款收入", "80.00"),
        ("其他收入", "8.40"),
    ]
    assert extraction.unread == []


def test_a_table_of_no_one_section_is_listed(tmp_path):
    rows = [["项目", "决算数"], ["办公楼维修", "80.00"], ["信息系统运维", "8.40"], ["合计", "88.40"]]
    extraction = draft(tmp_path, "某县某局2022年度项目支出情况\n单位：万元\n" + cells(rows))
    listed = [sentence.rstrip("|") for sentence in unread(extraction)]
    assert listed == ["表格单元格：80.00", "表格单元格：8.40", "表格单元格：88.40"]
    assert "情况说明" not in extraction.draft.data
