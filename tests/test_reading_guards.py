"""Never a false error: documents where a hasty reading would put a figure in the wrong place, and the findings
the tool must not make from them. Each document is written here; checking it must raise no error of arithmetic
or label, and what the reader could not place must be listed."""

from __future__ import annotations

from drafting import at, check_json, codes, draft, part, unread, write_text

THREE = "一、“三公”经费支出情况\n"
ARITHMETIC = ("SUM", "SHR", "CHG", "BUD", "IDN", "LBL", "PRT")


def errors(entry: dict) -> list[str]:
    return [f["code"] for f in entry["findings"] if f["severity"] == "error" or f["code"].startswith("PRT")]


def test_a_part_named_alone_leaves_its_whole_open(tmp_path):
    """…运行维护费18万元，其中：购置费3万元；因公出国…: one part named, the list ended by the next item."""
    path = write_text(
        tmp_path,
        THREE + "2021年度“三公”经费支出18.00万元，其中：公务用车购置及运行维护费18.00万元，其中：公务用车购置费3.00"
        "万元；因公出国（境）费0万元。\n",
    )
    assert not [code for code in errors(check_json(path)) if code.startswith("SUM")]


def test_a_part_placed_by_what_it_is_leaves_its_whole_open(tmp_path):
    extraction = draft(
        tmp_path,
        THREE + "2021年度“三公”经费支出20.00万元，其中：公务用车购置及运行维护费18.00万元，公务接待费2.00万元。"
        "公务用车购置费3.00万元。\n",
    )
    cars = part(extraction.draft.data["情况说明"]["三公经费"], "公务用车购置及运行维护费")
    assert cars["明细不全"] is True


def test_share_and_completion_columns_of_a_table_in_the_text_are_not_rates(tmp_path):
    table = "\n".join(
        ["|", "项目|", "决算数|", "预算完成率|", "占比（%）|", "|", "公务接待费|", "2.00|", "50|", "100|",
         "|", "合计|", "2.00|", "50|", "100|"]
    )  # fmt: skip
    extraction = draft(tmp_path, "某县某局2021年度“三公”经费支出决算情况说明\n" + table + "\n")
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert "与上年相比" not in three and "与上年相比" not in part(three, "公务接待费")


def test_other_budgets_are_no_initial_budget(tmp_path):
    three = draft(
        tmp_path,
        THREE + "2021年度“三公”经费支出决算8.00万元，追加预算2.00万元，完成调整预算的80%。\n",
    ).draft.data["情况说明"]["三公经费"]
    assert "年初预算" not in three and "年初预算完成率" not in three


def test_a_full_year_budget_is_neither_the_initial_budget_nor_an_amount(tmp_path):
    path = write_text(
        tmp_path,
        "一、一般公共预算财政拨款支出决算具体情况\n2021年度一般公共预算财政拨款支出年初预算为0万元，全年预算为12.00万元，支出决算为"
        "11.00万元。\n决算数小于预算数的主要原因：人员变动。\n",
    )
    data = draft(tmp_path, path.read_text(encoding="utf-8")).draft.data
    assert "与年初预算相比" not in str(data)
    assert "BUD004" not in errors(check_json(path))


def test_two_units_named_by_statements_give_no_unit_to_compare_with(tmp_path):
    path = write_text(
        tmp_path,
        "一、“三公”经费支出情况\n某县甲局2021年度“三公”经费支出8.00万元。\n二、政府采购支出情况\n"
        "某县乙局2021年度政府采购支出总额5.00万元。\n",
    )
    assert draft(tmp_path, path.read_text(encoding="utf-8")).draft.data["单位"] == "（原文未载单位名称）"
    assert not [code for code in errors(check_json(path)) if code.startswith("LBL")]


def test_a_full_width_comma_between_two_figures_separates_them(tmp_path):
    narrative = draft(tmp_path, "一、收入支出决算总体情况说明\n2021年度收、支总计各是120，135万元。\n").draft.data[
        "情况说明"
    ]
    assert (str(at(narrative, "收入", "合计")), str(at(narrative, "支出", "合计"))) == ("120", "135")


def test_a_second_different_change_of_the_same_thing_is_listed(tmp_path):
    extraction = draft(
        tmp_path,
        THREE + "2021年度“三公”经费支出8.00万元，比上年减少1.00万元。\n“三公”经费比上年减少5.00万元。\n",
    )
    assert at(extraction.draft.data, "情况说明", "三公经费", "与上年相比", "金额") == "1.00"
    assert unread(extraction) == ["“三公”经费比上年减少5.00万元。"]


def test_the_narrative_after_tables_without_part_headings_is_read(tmp_path):
    extraction = draft(
        tmp_path,
        "某县某局2021年度部门决算\n收入支出决算总表\n一般公共预算财政拨款收入\n100.00\n"
        "一、收入决算情况说明\n2021年度本年收入合计100.00万元，其中：财政拨款收入60.00万元，其他收入45.00万元。\n",
    )
    assert "收入" in extraction.draft.data["情况说明"]
    assert "SUM001" in [code for code, _ in codes(check_json(write_text(tmp_path, extraction_text(tmp_path))))]


def extraction_text(tmp_path) -> str:
    return (
        "某县某局2021年度部门决算\n收入支出决算总表\n一般公共预算财政拨款收入\n100.00\n"
        "一、收入决算情况说明\n2021年度本年收入合计100.00万元，其中：财政拨款收入60.00万元，其他收入45.00万元。\n"
    )


def test_figures_with_other_measures_are_no_misprints(tmp_path):
    path = write_text(
        tmp_path,
        THREE + "2021年度“三公”经费支出8.00万元，比上年增长1倍，增加3项。\n",
    )
    assert "PRT001" not in [code for code, _ in codes(check_json(path))]


def test_a_document_of_a_title_alone_says_nothing_was_read(tmp_path):
    from click.testing import CliRunner

    from juesuan_check.cli import main

    path = write_text(tmp_path, "某县某局2021年度部门决算情况说明\n")
    result = CliRunner().invoke(main, ["check", "--isolated", str(path)])
    assert result.exit_code == 2
    assert "没有读到情况说明的任何数字" in result.output and "缺少必填的键" not in result.output
