"""The subject of each statement (issue 13, item 3): the 三公 items in any order, an item's change never read as
another item, the amounts awarded to small firms never read as parts of the purchases, a second figure for the same
thing listed rather than recorded, a list under one item ended by the next, a part named before its whole.

Every sentence is written by its test, with invented units and figures.
"""

from __future__ import annotations

import pytest

from drafting import at, draft, names, part, plain, unread

THREE = "一、“三公”经费支出情况\n"


def three_public(tmp_path, text: str) -> dict:
    """The 三公经费 section drafted from ``text`` under a 三公 heading."""
    return draft(tmp_path, THREE + text).draft.data["情况说明"]["三公经费"]


def test_items_in_any_order(tmp_path):
    three = three_public(
        tmp_path,
        "2020年度“三公”经费支出10.00万元。公务接待费3.00万元，比上年减少1.00万元；公务用车购置及运行维护费7.00万元，"
        "比上年增加2.00万元；因公出国（境）费0万元，与上年持平。\n",
    )
    assert plain(three["明细"]) == [
        {"名称": "公务接待费", "金额": "3.00", "与上年相比": {"增减": "减少", "金额": "1.00"}},
        {"名称": "公务用车购置及运行维护费", "金额": "7.00", "与上年相比": {"增减": "增加", "金额": "2.00"}},
        {"名称": "因公出国（境）费", "金额": "0", "与上年相比": {"增减": "持平"}},
    ]


def test_item_paragraphs_in_any_order_with_their_own_parts(tmp_path):
    three = draft(
        tmp_path,
        "二、“三公”经费支出决算具体情况说明\n2021年度“三公”经费支出决算中，公务接待费支出决算1.20万元，占28.57%；公务用车"
        "购置及运行维护费支出决算3.00万元，占71.43%；因公出国（境）费支出决算0万元，占0%。具体情况如下：\n"
        "1.公务用车购置及运行维护费支出3.00万元，完成预算100%。\n（1）公务用车运行维护费支出2.20万元，比上年减少0.30万元。\n"
        "（2）公务用车购置费支出0.80万元，比上年增加0.80万元。\n2.公务接待费支出1.20万元，完成预算60%，比上年减少0.10万元。\n"
        "3.因公出国（境）费支出0万元，完成预算0%。\n",
    ).draft.data["情况说明"]["三公经费"]
    assert names(three) == ["公务接待费支出", "公务用车购置及运行维护费支出", "因公出国（境）费支出"]
    assert part(three, "公务接待费支出") == {
        "名称": "公务接待费支出",
        "金额": "1.20",
        "占比": "28.57%",
        "年初预算完成率": "60%",
        "与上年相比": {"增减": "减少", "金额": "0.10"},
    }
    cars = part(three, "公务用车购置及运行维护费支出")
    assert (cars["占比"], cars["年初预算完成率"]) == ("71.43%", "100%")
    assert cars["明细"] == [
        {"名称": "公务用车运行维护费支出", "金额": "2.20", "与上年相比": {"增减": "减少", "金额": "0.30"}},
        {"名称": "公务用车购置费支出", "金额": "0.80", "与上年相比": {"增减": "增加", "金额": "0.80"}},
    ]
    assert part(three, "因公出国（境）费支出")["年初预算完成率"] == "0%"


def test_an_items_change_is_never_read_as_another_item(tmp_path):
    three = three_public(
        tmp_path,
        "2019年度“三公”经费支出决算数为116.50万元，同比减少6.40万元，下降5.2%。其中：因公出国（境）费支出0万元。"
        "公务用车购置费支出20.48万元，同比减少5.42万元，下降20.93%；公务用车运行维护费支出66.46万元，同比增加5.38万元，"
        "增长8.81%。公务接待费支出29.56万元，同比减少6.01万元，下降16.9%。\n",
    )
    assert at(three, "与上年相比") == {"增减": "减少", "金额": "6.40", "幅度": "5.2%", "幅度增减": "下降"}
    assert [(item["名称"], str(item["金额"])) for item in three["明细"]] == [
        ("因公出国（境）费支出", "0"),
        ("公务用车购置费支出", "20.48"),
        ("公务用车运行维护费支出", "66.46"),
        ("公务接待费支出", "29.56"),
    ]
    assert part(three, "公务用车购置费支出")["与上年相比"] == {
        "增减": "减少",
        "金额": "5.42",
        "幅度": "20.93%",
        "幅度增减": "下降",
    }
    assert part(three, "公务接待费支出")["与上年相比"]["金额"] == "6.01"


SMALL_FIRMS = (
    "一、政府采购支出情况\n2022年度政府采购支出总额50.00万元，其中：政府采购货物支出20.00万元、政府采购工程支出10.00"
    "万元、政府采购服务支出20.00万元。授予中小企业合同金额45.00万元，占政府采购支出总额的90%，其中：授予小微企业合同"
    "金额30.00万元，占授予中小企业合同金额的66.67%。\n"
)


def test_amounts_awarded_to_small_firms_are_never_parts_of_the_purchases(tmp_path):
    procurement = draft(tmp_path, SMALL_FIRMS).draft.data["情况说明"]["政府采购"]
    assert names(procurement) == ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"]
    assert at(procurement, "中小企业", "金额") == "45.00"
    assert at(procurement, "小微企业", "金额") == "30.00"


def test_the_shares_awarded_to_small_firms(tmp_path):
    extraction = draft(tmp_path, SMALL_FIRMS)
    procurement = extraction.draft.data["情况说明"]["政府采购"]
    assert at(procurement, "中小企业", "占比") == "90%"
    assert at(procurement, "小微企业", "占比") == "66.67%"
    assert extraction.unread == []


def test_the_reserved_share_and_what_small_firms_won_of_it(tmp_path):
    procurement = draft(
        tmp_path,
        "一、政府采购支出情况\n2023年度政府采购支出总额50.00万元，其中：政府采购货物支出20.00万元、政府采购服务支出"
        "30.00万元。面向中小企业预留政府采购项目预算金额35.00万元，在面向中小企业预留的政府采购项目中，由中小企业供应商中标"
        "或成交的，采购金额33.00万元。\n",
    ).draft.data["情况说明"]["政府采购"]
    assert names(procurement) == ["政府采购货物支出", "政府采购服务支出"]
    assert at(procurement, "预留", "金额") == "35.00"
    assert at(procurement, "中小企业", "金额") == "33.00"


REFUSED = (
    "2021年度“三公”经费支出8.00万元，其中：因公出国（境）费0万元，公务接待费3.00万元，公务用车购置及运行维护费"
    "5.00万元。\n"
)


def test_a_second_different_figure_for_the_same_thing_is_listed_not_recorded(tmp_path):
    extraction = draft(tmp_path, THREE + REFUSED + "公务接待费3.20万元。\n")
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert part(three, "公务接待费")["金额"] == "3.00"
    assert unread(extraction) == ["公务接待费3.20万元。"]
    assert extraction.unread[0][0].place == "第 3 行"


def test_the_same_figure_printed_again_is_read_once(tmp_path):
    extraction = draft(tmp_path, THREE + REFUSED + "公务接待费3.00万元，比上年减少0.40万元。\n")
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert part(three, "公务接待费") == {
        "名称": "公务接待费",
        "金额": "3.00",
        "与上年相比": {"增减": "减少", "金额": "0.40"},
    }
    assert extraction.unread == []


def test_nothing_of_a_refused_sentence_lands_on_another_item(tmp_path):
    extraction = draft(tmp_path, THREE + REFUSED + "公务接待费3.20万元，比上年减少0.40万元，主要用于上级检查接待。\n")
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert part(three, "公务用车购置及运行维护费") == {"名称": "公务用车购置及运行维护费", "金额": "5.00"}
    assert unread(extraction) == ["公务接待费3.20万元，比上年减少0.40万元，主要用于上级检查接待。"]


def test_a_list_under_one_item_ends_at_the_next_item(tmp_path):
    three = three_public(
        tmp_path,
        "2021年度“三公”经费支出10.00万元，其中：公务接待费4.00万元，其中：外事接待费0.50万元；公务用车购置及运行维护费"
        "6.00万元。\n",
    )
    assert names(three) == ["公务接待费", "公务用车购置及运行维护费"]
    assert part(three, "公务接待费")["明细"] == [{"名称": "外事接待费", "金额": "0.50"}]
    assert "明细" not in part(three, "公务用车购置及运行维护费")


def test_a_part_named_before_its_whole_ends_up_under_it(tmp_path):
    three = three_public(
        tmp_path,
        "2021年度“三公”经费支出10.00万元，其中：公务用车购置费2.00万元，公务用车运行维护费3.00万元，公务接待费5.00万元，"
        "因公出国（境）费0万元。公务用车购置及运行维护费5.00万元，比上年减少1.00万元。\n",
    )
    assert names(three) == ["公务接待费", "因公出国（境）费", "公务用车购置及运行维护费"]
    cars = part(three, "公务用车购置及运行维护费")
    assert (cars["金额"], cars["与上年相比"]) == ("5.00", {"增减": "减少", "金额": "1.00"})
    assert cars["明细"] == [{"名称": "公务用车购置费", "金额": "2.00"}, {"名称": "公务用车运行维护费", "金额": "3.00"}]


@pytest.mark.parametrize("listed", [True, False], ids=["in-a-list", "alone"])
def test_a_reason_that_names_another_subject_adds_no_part(tmp_path, listed):
    lead = "本单位2023年度本年收入合计116.12万元，其中：" if listed else "本单位2023年度"
    narrative = draft(
        tmp_path,
        f"（一）收入情况\n{lead}财政拨款收入108.10万元，较2022年度决算数增加18.90万元，增长21.19%，主要原因是：人员经费"
        "增加。\n",
    ).draft.data["情况说明"]
    assert list(narrative) == ["收入"]
    assert names(narrative["收入"]) == ["财政拨款收入"]
    assert part(narrative["收入"], "财政拨款收入")["与上年相比"]["原因"] == "人员经费增加"
