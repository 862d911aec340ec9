"""Reading statements sentence by sentence (issue 13, item 2): amounts, shares, changes against last year
and against the budget in every phrasing, completion ratios, budget and actual side by side, breakdowns, paired
lists, counts, nothing spent, template residue and next year's budget.

Every sentence is written by its test, with invented units and figures.
"""

from __future__ import annotations

import pytest

from drafting import at, draft, names, part, plain, unread

THREE = "一、“三公”经费支出情况\n"


def three_public(tmp_path, text: str) -> dict:
    """The 三公经费 section drafted from ``text`` under a 三公 heading."""
    return draft(tmp_path, THREE + text).draft.data["情况说明"]["三公经费"]


# -- amounts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "section", "name", "total"),
    [
        ("2019年度收入总计为66.60万元。", "收入", "收入总计", "66.60"),
        ("2019年度收入总计是66.60万元。", "收入", "收入总计", "66.60"),
        ("2019年度支出总计共计64.20万元。", "支出", "支出总计", "64.20"),
        ("2019年度本年支出合计64.20万元。", "支出", "本年支出合计", "64.20"),
    ],
)
def test_an_amount_with_each_verb(tmp_path, sentence, section, name, total):
    data = draft(tmp_path, f"一、收入支出决算总体情况说明\n{sentence}\n").draft.data
    assert at(data, "情况说明", section) == {"名称": name, "年度": 2019, "合计": total}


def test_an_amount_stated_as_its_final_account(tmp_path):
    three = three_public(tmp_path, "2021年度“三公”经费支出决算为8.26万元。\n")
    assert at(three) == {"年度": 2021, "合计": "8.26"}


def test_a_total_with_he_ji_before_its_verb(tmp_path):
    three = three_public(
        tmp_path, "2021年度“三公”经费合计支出6.30万元，其中：公务接待2.30万元，公务用车运行费用4.00万元。\n"
    )
    assert at(three, "合计") == "6.30"
    assert [(item["名称"], str(item["金额"])) for item in three["明细"]] == [
        ("公务接待", "2.30"),
        ("公务用车运行费用", "4.00"),
    ]


def test_a_known_name_followed_by_he_ji(tmp_path):
    data = draft(
        tmp_path, "三、一般公共预算财政拨款基本支出决算情况说明\n2019年度一般公共预算财政拨款基本支出合计45.00万元。\n"
    ).draft.data
    assert "支出" not in data["情况说明"]
    assert at(data, "情况说明", "基本支出", "合计") == "45.00"


# -- shares -------------------------------------------------------------------------------------------------


def test_a_share_of_the_total_it_is_a_part_of_has_no_base(tmp_path):
    data = draft(
        tmp_path,
        "三、一般公共预算财政拨款基本支出决算情况说明\n2019年度一般公共预算财政拨款基本支出45.00万元，其中：人员经费"
        "40.00万元，占基本支出的88.89%；公用经费5.00万元，占基本支出的11.11%。\n",
    ).draft.data
    basic = data["情况说明"]["基本支出"]
    assert part(basic, "人员经费") == {"名称": "人员经费", "金额": "40.00", "占比": "88.89%"}
    assert part(basic, "公用经费") == {"名称": "公用经费", "金额": "5.00", "占比": "11.11%"}


def test_a_share_records_the_base_the_sentence_names(tmp_path):
    data = draft(
        tmp_path,
        "五、一般公共预算财政拨款支出决算情况说明\n2019年度一般公共预算财政拨款支出决算为80.00万元，占本年支出合计的"
        "95.24%。\n",
    ).draft.data
    assert at(data, "情况说明", "一般公共预算财政拨款支出", "总体情况") == {
        "年度": 2019,
        "合计": "80.00",
        "占比": "95.24%",
        "占比基数": "本年支出合计",
    }


def test_a_share_without_a_named_base(tmp_path):
    data = draft(
        tmp_path,
        "二、收入决算情况说明\n2022年本年收入合计412.50万元，其中：一般公共预算财政拨款收入385.90万元，占93.55%；其他收入"
        "26.60万元，占6.45%。\n",
    ).draft.data
    income = data["情况说明"]["收入"]
    assert part(income, "其他收入") == {"名称": "其他收入", "金额": "26.60", "占比": "6.45%"}


def test_a_second_share_of_the_same_amount_is_not_lost(tmp_path):
    extraction = draft(
        tmp_path,
        "一、一般公共预算财政拨款支出决算情况说明\n2019年度一般公共预算财政拨款支出76.00万元，占本年支出合计的95%，"
        "占财政拨款支出总计的100%。\n",
    )
    overall = at(extraction.draft.data, "情况说明", "一般公共预算财政拨款支出", "总体情况")
    assert (overall["占比"], overall["占比基数"]) == ("95%", "本年支出合计")
    assert unread(extraction) != []  # the other share: listed, since the node holds one


# -- changes against last year ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "change"),
    [
        ("比2019年度减少0.28万元", {"增减": "减少", "金额": "0.28"}),
        (
            "与2019年相比增加5.23万元，增长48.29%",
            {"增减": "增加", "金额": "5.23", "幅度": "48.29%", "幅度增减": "增长"},
        ),
        (
            "较2019年度决算数减少1.26万元，下降9.30%",
            {"增减": "减少", "金额": "1.26", "幅度": "9.30%", "幅度增减": "下降"},
        ),
        ("比去年增加0.80万元", {"增减": "增加", "金额": "0.80"}),
        ("比上年累计支出13.40万元减少0.40万元", {"增减": "减少", "金额": "0.40", "上年": "13.40"}),
        (
            "较上年12.70减少0.40万元，减少了3.15%",
            {"增减": "减少", "金额": "0.40", "上年": "12.70", "幅度": "3.15%", "幅度增减": "减少"},
        ),
        ("比上年下降1.8%", {"增减": "下降", "幅度": "1.8%", "幅度增减": "下降"}),
        ("同比减少0.42万元，下降3.2%", {"增减": "减少", "金额": "0.42", "幅度": "3.2%", "幅度增减": "下降"}),
        ("按同口径同比减少0.42万元，下降3.2%", {"增减": "减少", "金额": "0.42", "幅度": "3.2%", "幅度增减": "下降"}),
        ("与上年持平", {"增减": "持平"}),
        ("与上年相比无变化", {"增减": "无变化"}),
    ],
)
def test_a_change_against_last_year_in_each_phrasing(tmp_path, phrase, change):
    three = three_public(tmp_path, f"2020年度“三公”经费支出12.30万元，{phrase}。\n")
    assert at(three, "合计") == "12.30"
    assert at(three, "与上年相比") == change


def test_a_change_whose_amount_has_le_after_its_word(tmp_path):
    three = three_public(
        tmp_path,
        "2017年度“三公”经费总支出为2,345.67万元。与上年相比，“三公”经费支出减少了1,098.76万元，下降了31.90%。\n",
    )
    assert at(three, "合计") == "2345.67"
    assert at(three, "与上年相比") == {"增减": "减少", "金额": "1098.76", "幅度": "31.90%", "幅度增减": "下降"}


def test_a_base_year_is_kept_in_the_text_for_the_label_rules(tmp_path):
    three = three_public(tmp_path, "2020年度“三公”经费支出12.30万元，与2019年相比增加5.23万元。\n")
    assert three["原文"] == "2020年度“三公”经费支出12.30万元，与2019年相比增加5.23万元。"
    assert three["年度"] == 2020  # the label is the year the statement is of, not the base's


def test_a_rate_printed_without_its_percent_sign_is_a_misprint(tmp_path):
    data = draft(
        tmp_path, "一、收入支出决算总体情况说明\n2024年度收入总计812.40万元，比上年增加99.46万元，增长13.95。\n"
    ).draft.data
    income = at(data, "情况说明", "收入")
    assert income["漏印"] == ["增长13.95"]
    assert income["与上年相比"] == {"增减": "增加", "金额": "99.46"}  # no 幅度 made of it


# -- changes against the budget, completion, budget beside actual ------------------------------------------


def test_a_change_against_the_budget(tmp_path):
    three = three_public(
        tmp_path, "2021年度“三公”经费支出9.07万元，较年初预算数减少10.93万元，下降54.65%，主要原因是严控公务接待。\n"
    )
    assert at(three, "合计") == "9.07"
    assert at(three, "与年初预算相比") == {
        "增减": "减少",
        "金额": "10.93",
        "幅度": "54.65%",
        "幅度增减": "下降",
        "原因": "严控公务接待",
    }
    assert "与上年相比" not in three


def test_changes_against_last_year_and_the_budget_in_one_sentence(tmp_path):
    three = three_public(
        tmp_path,
        "2020年度“三公”经费支出12.30万元，较上年减少1.90万元，下降13.38%，较年初预算数减少0.40万元，下降3.15%。\n",
    )
    assert at(three, "与上年相比") == {"增减": "减少", "金额": "1.90", "幅度": "13.38%", "幅度增减": "下降"}
    assert at(three, "与年初预算相比") == {"增减": "减少", "金额": "0.40", "幅度": "3.15%", "幅度增减": "下降"}


def test_a_bare_gap_against_the_budget(tmp_path):
    three = three_public(tmp_path, "2018年度本部门“三公”经费支出3.10万元，年初预算为4.00万元，差值为0.90万元。\n")
    assert at(three) == {"年度": 2018, "合计": "3.10", "年初预算": "4.00", "与年初预算相比": {"金额": "0.90"}}


def test_a_change_against_a_budget_of_the_year(tmp_path):
    three = three_public(
        tmp_path,
        "2.公务接待费支出3.14万元，与2021年度预算相比，增加1.14万元，增长57.00%，增长的原因是新设临时机构。\n",
    )
    assert part(three, "公务接待费支出")["与年初预算相比"] == {
        "增减": "增加",
        "金额": "1.14",
        "幅度": "57.00%",
        "幅度增减": "增长",
        "原因": "新设临时机构",
    }


def test_a_comparison_with_the_budget_carried_to_the_items_after_it(tmp_path):
    data = draft(
        tmp_path,
        THREE
        + "2020年某市市级“三公”经费支出合计12.34亿元，比预算数减少2.10亿元。“三公”经费中，因公出国（境）经费3.20亿元，"
        "比预算数减少0.50亿元；公务用车购置及运行费7.14亿元，减少1.20亿元；公务接待费2.00亿元，减少0.40亿元。\n",
    ).draft.data
    assert data["金额单位"] == "亿元"
    three = data["情况说明"]["三公经费"]
    assert at(three, "与年初预算相比") == {"增减": "减少", "金额": "2.10"}
    assert [(item["名称"], str(item["金额"]), plain(item["与年初预算相比"])) for item in three["明细"]] == [
        ("因公出国（境）经费", "3.20", {"增减": "减少", "金额": "0.50"}),
        ("公务用车购置及运行费", "7.14", {"增减": "减少", "金额": "1.20"}),
        ("公务接待费", "2.00", {"增减": "减少", "金额": "0.40"}),
    ]
    assert all("与上年相比" not in item for item in three["明细"])


def test_each_items_budget_and_gap_in_a_list(tmp_path):
    three = three_public(
        tmp_path,
        "2018年度本部门“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.90万元。其中：因公出国（境）支出0万元，年初预算"
        "为0万元，差值为0万元；公务用车运行维护费支出0万元，年初预算为0.95万元，差值为0.95万元，原因为压减开支；公务接待费"
        "支出2.05万元，年初预算为2万元，差值为0.05万元，原因为下乡次数增加。\n",
    )
    assert (at(three, "年初预算"), at(three, "与年初预算相比")) == ("2.95", {"金额": "0.90"})
    reception = part(three, "公务接待费支出")
    assert (reception["金额"], reception["年初预算"], reception["与年初预算相比"]) == ("2.05", "2", {"金额": "0.05"})
    cars = part(three, "公务用车运行维护费支出")
    assert (cars["年初预算"], cars["与年初预算相比"]) == ("0.95", {"金额": "0.95"})


def test_amounts_in_yuan_and_rates_before_their_subject(tmp_path):
    data = draft(
        tmp_path,
        "一、决算收支增减变化情况说明\n2016年部门收入3456789.12元，支出3123456.78元，比上年收入增加20.4%，支出比上年增加"
        "18.5 %。\n",
    ).draft.data
    assert data["金额单位"] == "元"
    narrative = data["情况说明"]
    assert (at(narrative, "收入", "合计"), at(narrative, "支出", "合计")) == ("3456789.12", "3123456.78")
    assert at(narrative, "收入", "与上年相比") == {"增减": "增加", "幅度": "20.4%", "幅度增减": "增加"}
    assert at(narrative, "支出", "与上年相比") == {"增减": "增加", "幅度": "18.5%", "幅度增减": "增加"}


@pytest.mark.parametrize(
    ("sentence", "ratio"),
    [
        ("2021年度“三公”经费支出决算为8.00万元，完成年初预算100%。", "100%"),
        ("2021年度“三公”经费支出决算为8.00万元，完成预算的43%。", "43%"),
        ("2021年度“三公”经费支出决算为8.00万元，完成年初预算的61.5%。", "61.5%"),
    ],
)
def test_a_completion_ratio(tmp_path, sentence, ratio):
    three = three_public(tmp_path, sentence + "\n")
    assert at(three) == {"年度": 2021, "合计": "8.00", "年初预算完成率": ratio}


def test_the_budget_beside_the_final_account_is_not_the_total(tmp_path):
    three = three_public(tmp_path, "2020年度“三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的57%。\n")
    assert at(three) == {"年度": 2020, "年初预算": "3", "合计": "1.71", "年初预算完成率": "57%"}


def test_the_final_account_below_the_budget_in_its_own_clause(tmp_path):
    three = three_public(
        tmp_path, "2020年度“三公”经费支出预算为3万元，支出决算为1.71万元，决算数小于预算数，主要原因是压减开支。\n"
    )
    assert at(three, "与年初预算相比", "增减") == "小于"
    assert at(three, "年初预算") == "3" and at(three, "合计") == "1.71"


def test_the_final_account_below_the_budget_before_its_reason(tmp_path):
    three = three_public(
        tmp_path, "2020年度“三公”经费支出预算为3万元，支出决算为1.71万元，决算数小于预算数的主要原因是压减开支。\n"
    )
    assert at(three, "与年初预算相比", "增减") == "小于"


# -- breakdowns and lists -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "listed",
    [
        "（其中购置费0.50万元，运行费1.21万元）",
        "（其中：购置费0.50万元、运行费1.21万元）",
        "(购置费0.50万元,运行费1.21万元)",
    ],
)
def test_a_breakdown_in_parentheses(tmp_path, listed):
    three = three_public(tmp_path, f"2020年度公车购置及运行费1.71万元{listed}，比上年减少0.20万元。\n")
    cars = part(three, "公车购置及运行费")
    assert cars["金额"] == "1.71" and cars["与上年相比"] == {"增减": "减少", "金额": "0.20"}
    assert [(item["名称"], item["金额"]) for item in cars["明细"]] == [("购置费", "0.50"), ("运行费", "1.21")]


def test_a_list_of_amounts_joined_by_dun(tmp_path):
    data = draft(
        tmp_path,
        "一、政府采购支出情况\n2021年度政府采购支出总额30.00万元，其中：政府采购货物支出12.00万元、政府采购工程支出8.00"
        "万元、政府采购服务支出10.00万元。\n",
    ).draft.data
    procurement = data["情况说明"]["政府采购"]
    assert at(procurement, "合计") == "30.00"
    assert [(item["名称"], str(item["金额"])) for item in procurement["明细"]] == [
        ("政府采购货物支出", "12.00"),
        ("政府采购工程支出", "8.00"),
        ("政府采购服务支出", "10.00"),
    ]


def test_a_paired_list_of_totals_and_their_changes(tmp_path):
    data = draft(
        tmp_path,
        "一、收入支出决算总体情况说明\n2022年度收、支总计各是512.30、498.70万元。与2021年相比，收、支总计各增加20.10、"
        "15.40万元，各增长4.08%、3.19%。\n",
    ).draft.data
    narrative = data["情况说明"]
    assert (at(narrative, "收入", "名称"), at(narrative, "收入", "合计")) == ("收入总计", "512.30")
    assert (at(narrative, "支出", "名称"), at(narrative, "支出", "合计")) == ("支出总计", "498.70")
    assert at(narrative, "收入", "与上年相比") == {"增减": "增加", "金额": "20.10", "幅度": "4.08%", "幅度增减": "增长"}
    assert at(narrative, "支出", "与上年相比") == {"增减": "增加", "金额": "15.40", "幅度": "3.19%", "幅度增减": "增长"}


def test_one_figure_for_both_totals(tmp_path):
    extraction = draft(
        tmp_path,
        "一、收入支出决算总体情况说明\n某县某局2021年度收、支总计各123.45万元。与2020年相比，收、支总计各增加10.00万元，"
        "增长8.81%。\n",
    )
    narrative = extraction.draft.data["情况说明"]
    for section, name in (("收入", "收入总计"), ("支出", "支出总计")):
        assert (at(narrative, section, "名称"), at(narrative, section, "合计")) == (name, "123.45")
        assert at(narrative, section, "与上年相比") == {
            "增减": "增加",
            "金额": "10.00",
            "幅度": "8.81%",
            "幅度增减": "增长",
        }
    assert extraction.unread == []


def test_one_figure_for_both_appropriation_totals(tmp_path):
    extraction = draft(
        tmp_path,
        "四、财政拨款收入支出决算总体情况说明\n2021年度财政拨款收、支总计各86.20万元。与2020年相比，财政拨款收、支总计各"
        "减少3.10万元，下降3.47%。\n",
    )
    fiscal = at(extraction.draft.data, "情况说明", "财政拨款收入支出")
    assert fiscal["合计"] == "86.20"
    assert fiscal["与上年相比"] == {"增减": "减少", "金额": "3.10", "幅度": "3.47%", "幅度增减": "下降"}
    assert extraction.unread == []


def test_changes_of_two_totals_named_in_one_sentence(tmp_path):
    extraction = draft(
        tmp_path,
        "一、收入支出决算总体情况说明\n2021年度收入总计123.45万元，支出总计120.00万元，与2020年相比，收入总计增加10.00"
        "万元，增长8.81%，支出总计增加8.00万元，增长7.14%。\n",
    )
    narrative = extraction.draft.data["情况说明"]
    assert at(narrative, "收入", "与上年相比") == {"增减": "增加", "金额": "10.00", "幅度": "8.81%", "幅度增减": "增长"}
    assert at(narrative, "支出", "与上年相比") == {"增减": "增加", "金额": "8.00", "幅度": "7.14%", "幅度增减": "增长"}


# -- counts -------------------------------------------------------------------------------------------------


def test_counts_of_each_item_in_its_own_paragraph(tmp_path):
    three = three_public(
        tmp_path,
        "1.因公出国（境）费3.00万元。2019年因公出国（境）团组2个，累计8人次。\n"
        "2.公务接待费2.00万元。2019年国内公务接待15批次，120人次。\n"
        "3.公务用车购置及运行维护费7.00万元。2019年公务用车购置2辆，公务用车保有量9辆。\n",
    )
    assert part(three, "因公出国（境）费")["数量"] == {"团组": 2, "人次": 8}
    assert part(three, "公务接待费")["数量"] == {"批次": 15, "人次": 120}
    assert part(three, "公务用车购置及运行维护费")["数量"] == {"购置数": 2, "保有量": 9}


def test_purchases_and_fleet_in_one_clause(tmp_path):
    three = three_public(
        tmp_path, "2016年度公务用车购置及运行维护费支出30万元，2016年公务用车购置数及保有量分别为2辆和45辆。\n"
    )
    assert part(three, "公务用车购置及运行维护费支出")["数量"] == {"购置数": 2, "保有量": 45}


def test_counts_inside_the_list_of_items(tmp_path):
    three = three_public(
        tmp_path,
        "2021年度“三公”经费支出10.00万元。其中：因公出国（境）费为0万元；公务接待费4.00万元，其中：国内公务接待35"
        "批次，280人次；公务用车购置及运行维护费为6.00万元，共计购置公务用车1辆，年末公务用车保有量7辆。\n",
    )
    assert part(three, "公务接待费")["数量"] == {"批次": 35, "人次": 280}
    assert part(three, "公务用车购置及运行维护费")["数量"] == {"购置数": 1, "保有量": 7}


COUNTS_AFTER_THE_LIST = (
    "2019年度“三公”经费支出12.00万元，其中：因公出国（境）费3.00万元，公务接待费2.00万元，公务用车购置及运行维护费"
    "7.00万元。2019年因公出国（境）团组2个，累计8人次；国内公务接待15批次，120人次；公务用车购置2辆，公务用车保有量"
    "9辆。\n"
)


def test_counts_in_a_sentence_after_the_list_of_items(tmp_path):
    three = three_public(tmp_path, COUNTS_AFTER_THE_LIST)
    assert part(three, "因公出国（境）费")["数量"]["团组"] == 2
    assert part(three, "公务接待费")["数量"] == {"批次": 15, "人次": 120}
    assert {k: v for k, v in part(three, "公务用车购置及运行维护费")["数量"].items() if k != "人次"} == {
        "购置数": 2,
        "保有量": 9,
    }


def test_persons_of_a_trip_abroad_after_its_groups(tmp_path):
    three = three_public(tmp_path, COUNTS_AFTER_THE_LIST)
    assert part(three, "因公出国（境）费")["数量"] == {"团组": 2, "人次": 8}
    assert "人次" not in part(three, "公务用车购置及运行维护费")["数量"]


def test_foreign_receptions_counted_apart(tmp_path):
    three = three_public(
        tmp_path,
        "2021年度公务接待费1.00万元。国内公务接待10批次，60人次；外事接待2批次，9人次。\n",
    )
    assert part(three, "公务接待费")["数量"] == {"批次": 10, "人次": 60, "外事批次": 2, "外事人次": 9}


# -- nothing spent, template residue, next year's budget ----------------------------------------------------


def test_no_spending_on_an_item_is_an_amount_of_nothing(tmp_path):
    three = three_public(
        tmp_path,
        "2018年度本部门“三公”经费支出1.00万元。\n（1）因公出国（境）支出情况。\n本部门本年度无因公出国（境）支出，较上年无"
        "变化。\n",
    )
    assert part(three, "因公出国（境）支出") == {
        "名称": "因公出国（境）支出",
        "金额": "0",
        "与上年相比": {"增减": "无变化"},
    }


@pytest.mark.parametrize(
    ("section", "heading", "sentence"),
    [
        ("三公经费", "一、“三公”经费支出情况", "2020年度本单位无“三公”经费支出。"),
        ("政府采购", "二、政府采购支出情况", "2020年度本单位无政府采购支出。"),
    ],
)
def test_no_spending_on_a_section_is_a_total_of_nothing(tmp_path, section, heading, sentence):
    data = draft(tmp_path, f"{heading}\n{sentence}\n").draft.data
    assert at(data, "情况说明", section) == {"原文": sentence.rstrip("。"), "合计": "0"}


def test_a_sentence_with_placeholders_is_template_residue(tmp_path):
    extraction = draft(
        tmp_path, THREE + "2020年度“三公”经费支出5.00万元。\n因公出国（境）费XXX万元，比上年增加XX万元。\n"
    )
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert three["模板残留"] == ["因公出国（境）费XXX万元，比上年增加XX万元"]
    assert at(three, "合计") == "5.00" and "明细" not in three  # none of its figures read


@pytest.mark.parametrize(
    ("phrase", "change"),
    [
        (
            "比上年增加/减少0万元，增长（下降）0%",
            {"增减": "增加/减少", "金额": "0", "幅度": "0%", "幅度增减": "增长（下降）"},
        ),
        (
            "比上年减少0.50万元，下降（增长）3.86%",
            {"增减": "减少", "金额": "0.50", "幅度": "3.86%", "幅度增减": "下降（增长）"},
        ),
        ("比上年增加（减少）0万元", {"增减": "增加（减少）", "金额": "0"}),
    ],
)
def test_an_unchosen_direction_word_is_recorded_as_printed(tmp_path, phrase, change):
    three = three_public(tmp_path, f"2020年度“三公”经费支出5.00万元，{phrase}。\n")
    assert at(three, "与上年相比") == change


def test_placeholders_before_any_section_are_not_dropped(tmp_path):
    extraction = draft(tmp_path, "一、收入支出决算总体情况说明\n2020年度收入总计XXX万元，比上年增加XX万元。\n")
    income = extraction.draft.data.get("情况说明", {}).get("收入", {})
    assert income.get("模板残留") == ["2020年度收入总计XXX万元，比上年增加XX万元"]


def test_next_years_budget_printed_beside_the_accounts(tmp_path):
    data = draft(
        tmp_path,
        "一、2022年“三公”经费预算安排情况\n2022年度“三公”经费预算总计21.80万元，其中：因公出国（境）经费0万元，公务接待"
        "11.80万元，公务用车运行费用10.00万元。\n二、2021年“三公”经费决算情况\n2021年度“三公”经费合计支出20.12万元，其中："
        "因公出国（境）经费0万元，公务接待12.39万元，公务用车运行费用7.73万元。\n",
    ).draft.data
    assert data["年度"] == 2021  # the year joined to 决算, not to 预算安排
    three = data["情况说明"]["三公经费"]
    assert (at(three, "合计"), names(three)) == ("20.12", ["因公出国（境）经费", "公务接待", "公务用车运行费用"])
    budget = three["下年预算"]
    assert (budget["年度"], at(budget, "合计")) == (2022, "21.80")
    assert [(item["名称"], str(item["金额"])) for item in budget["明细"]] == [
        ("因公出国（境）经费", "0"),
        ("公务接待", "11.80"),
        ("公务用车运行费用", "10.00"),
    ]


def test_next_years_budget_after_the_accounts_with_its_change(tmp_path):
    data = draft(
        tmp_path,
        "三、“三公”经费支出情况\n2021年度“三公”经费支出决算为20.12万元。\n四、2022年“三公”经费预算安排情况\n"
        "2022年度“三公”经费预算总计21.80万元，较2021年度增加1.68万元。\n",
    ).draft.data
    three = data["情况说明"]["三公经费"]
    assert at(three, "合计") == "20.12" and "与上年相比" not in three
    assert at(three, "下年预算", "合计") == "21.80"
    assert at(three, "下年预算", "与上年相比") == {"增减": "增加", "金额": "1.68"}


def test_foreign_receptions_in_parentheses_after_each_count(tmp_path):
    three = three_public(
        tmp_path,
        "2021年度公务接待费1.00万元。国内公务接待共12批次（其中外事接待1批次），80人次（其中外事接待6人次）。"
        "因公出国（境）团组0次，累计0人次。\n",
    )
    assert part(three, "公务接待费")["数量"] == {"批次": 12, "人次": 80, "外事批次": 1, "外事人次": 6}
