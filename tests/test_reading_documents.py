"""Reading documents of any shape (issue 13, items 1, 5, 6 and 7): a whole report or a part of one, a standalone
三公 notice, a web page's text; headings numbered in any style, split or joined; text normalised before it is read
(full-width and traditional characters, separators, radical look-alikes, PDF line and page breaks); the years and
unit names statements print; and what the reader says of the sentences it did not read.

Every document is written by its test, with invented units and figures.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from documents import write_docx
from drafting import at, check_json, codes, draft, names, part, plain, unread, write_pdf_pages, write_text
from juesuan_check.cli import main
from juesuan_check.extract import extract
from juesuan_check.extract.documents import read

PLACEHOLDER = "（原文未载单位名称）"

# -- 1. document shapes -------------------------------------------------------------------------------------

WHOLE_REPORT = """第一部分 某县某局概况
一、主要职责
负责全县某项事务的管理工作。
第二部分 某县某局2019年度部门决算表
收入支出决算总表
第三部分 某县某局2019年度部门决算情况说明
一、收入支出决算总体情况说明
2019年度收入总计120.50万元，与上年相比增加10.20万元，增长9.25%。
二、收入决算情况说明
本年收入合计120.50万元，其中：财政拨款收入100.00万元，占82.99%；其他收入20.50万元，占17.01%。
第四部分 名词解释
1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。
"""


def test_a_whole_report_with_its_four_part_headings(tmp_path):
    extraction = draft(tmp_path, WHOLE_REPORT)
    data = extraction.draft.data
    assert (data["单位"], data["年度"]) == ("某县某局", 2019)
    assert "范围" not in data  # a whole report: completeness is judged for all of it
    assert list(data["部门决算表"]) == ["收入支出决算总表"]
    assert data["名词解释"] == ["财政拨款收入"]
    income = data["情况说明"]["收入"]
    assert at(income, "合计") == "120.50"
    assert at(income, "与上年相比") == {"增减": "增加", "金额": "10.20", "幅度": "9.25%", "幅度增减": "增长"}
    assert at(income, "明细", 0, "名称") == "本年收入合计"
    assert part(income["明细"][0], "其他收入") == {"名称": "其他收入", "金额": "20.50", "占比": "17.01%"}
    assert extraction.written.coverage == (3, 3)


NEWER_NUMBERING = """第一部分 某市某区某中心概况
一、部门职责
负责某项公共服务工作。
第二部分 某市某区某中心2022年度部门决算情况说明
一、收入支出决算总体情况说明
2022年度收入总计88.40万元，支出总计86.10万元。
二、收入决算情况说明
2022年本年收入合计88.40万元，其中：一般公共预算财政拨款收入80.00万元，占90.50%；其他收入8.40万元，占9.50%。
第三部分 名词解释
1.财政拨款收入：指本年度从本级财政部门取得的财政拨款。
第四部分 附件
某市某区某中心2022年度部门决算表
"""


def test_the_newer_numbering_where_part_two_is_the_narrative(tmp_path):
    data = draft(tmp_path, NEWER_NUMBERING).draft.data
    assert (data["单位"], data["年度"]) == ("某市某区某中心", 2022)
    assert "范围" not in data
    narrative = data["情况说明"]
    assert at(narrative, "收入", "合计") == "88.40" and at(narrative, "支出", "合计") == "86.10"
    assert names(narrative["收入"]["明细"][0]) == ["一般公共预算财政拨款收入", "其他收入"]
    assert data["名词解释"] == ["财政拨款收入"]  # 第三部分 is the glossary here, not the narrative


def test_a_narrative_alone_without_part_headings_is_an_excerpt(tmp_path):
    extraction = draft(
        tmp_path,
        "一、收入支出决算总体情况说明\n2020年度收入总计56.78万元，支出总计55.00万元。\n"
        "二、支出决算情况说明\n2020年本年支出合计55.00万元，其中：基本支出50.00万元，占90.91%；项目支出5.00万元，"
        "占9.09%。\n",
    )
    data = extraction.draft.data
    assert (data["单位"], data["年度"], data["范围"]) == (PLACEHOLDER, 2020, "节选")
    assert at(data, "情况说明", "收入", "合计") == "56.78"
    spending = data["情况说明"]["支出"]
    assert part(spending["明细"][0], "项目支出") == {"名称": "项目支出", "金额": "5.00", "占比": "9.09%"}
    assert extraction.unread == []


NOTICE = """某县某局2021年度一般公共预算财政拨款“三公”经费支出决算情况说明
某县某局2021年度一般公共预算财政拨款“三公”经费支出决算为7.65万元，其中：因公出国（境）费0万元，公务接待费1.65万元，公务用车购置及运行维护费6.00万元。
"""


def test_a_standalone_three_public_notice(tmp_path):
    data = draft(tmp_path, NOTICE).draft.data
    assert (data["单位"], data["年度"], data["范围"]) == ("某县某局", 2021, "三公经费")
    three = data["情况说明"]["三公经费"]
    assert (at(three, "合计"), three["年度"], three["单位"]) == ("7.65", 2021, "某县某局")
    assert [(item["名称"], str(item["金额"])) for item in three["明细"]] == [
        ("因公出国（境）费", "0"),
        ("公务接待费", "1.65"),
        ("公务用车购置及运行维护费", "6.00"),
    ]


def test_a_notice_saved_as_word_reads_as_its_text(tmp_path):
    document = write_docx(NOTICE.splitlines(), tmp_path / "notice.docx")
    from_word = extract(str(document))
    assert from_word.draft.data == draft(tmp_path, NOTICE).draft.data
    assert from_word.draft.places[("情况说明", "三公经费", "合计")].place == "第 2 段"


WEB_PAGE = """首页 > 信息公开 > 财政资金
某县某镇2019年“三公”经费决算情况
发布时间：2020-09-18 16:20　浏览次数：127
字号：[大 中 小]
打印本页 关闭窗口
按照县政府关于推进政府信息公开的要求，现将某县某镇2019年度“三公”经费决算情况公布如下：
2019年度某县某镇“三公”经费支出决算为23.40万元，其中：因公出国（境）费0万元，公务接待费8.40万元，公务用车购置及运行维护费15.00万元。
扫一扫在手机打开当前页
主办单位：某县人民政府办公室　备案号：某ICP备12345678号-1
"""


def test_web_page_text_with_navigation_lines_around_it(tmp_path):
    extraction = draft(tmp_path, WEB_PAGE)
    data = extraction.draft.data
    assert (data["单位"], data["年度"], data["范围"]) == ("某县某镇", 2019, "三公经费")
    three = data["情况说明"]["三公经费"]
    assert at(three, "合计") == "23.40"
    assert names(three) == ["因公出国（境）费", "公务接待费", "公务用车购置及运行维护费"]
    assert three["原文"].startswith("按照县政府")  # the sentence that introduces the notice: its names and years
    assert extraction.unread == [] and extraction.written.coverage == (1, 1)  # dates and numbers of the page


# A heading in each numbering style, after a section of another kind: the sentence under it says only 支出, so
# it is placed by its heading.
@pytest.mark.parametrize(
    "heading",
    [
        "二、机关运行经费支出情况说明",
        "（二）机关运行经费支出情况",
        "2.机关运行经费支出情况说明",
        "2、机关运行经费情况说明",
        "(2)机关运行经费支出情况",
        "机关运行经费支出情况",
    ],
)
def test_headings_numbered_in_any_style_or_not_at_all(tmp_path, heading):
    data = draft(
        tmp_path,
        f"一、收入决算情况说明\n2020年本年收入合计40.00万元。\n{heading}\n2020年度支出12.00万元，比上年减少1.00万元。\n",
    ).draft.data
    operating = at(data, "情况说明", "机关运行经费")
    assert operating == {"年度": 2020, "合计": "12.00", "与上年相比": {"增减": "减少", "金额": "1.00"}}
    assert at(data, "情况说明", "收入") == {"名称": "本年收入合计", "年度": 2020, "合计": "40.00"}


def test_unnumbered_headings_that_name_a_year(tmp_path):
    data = draft(
        tmp_path,
        "2016年收入构成情况\n2016年度收入56.00万元，其中：财政拨款收入50.00万元，其他收入6.00万元。\n"
        "2016年支出构成情况\n2016年度支出54.00万元，其中：基本支出50.00万元，项目支出4.00万元。\n",
    ).draft.data
    narrative = data["情况说明"]
    assert (at(narrative, "收入", "合计"), names(narrative["收入"])) == ("56.00", ["财政拨款收入", "其他收入"])
    assert (at(narrative, "支出", "合计"), names(narrative["支出"])) == ("54.00", ["基本支出", "项目支出"])
    assert data["年度"] == 2016


def test_a_heading_whose_number_stands_on_a_line_of_its_own(tmp_path):
    data = draft(
        tmp_path,
        "一、收入决算情况说明\n2020年本年收入合计40.00万元。\n二、\n机关运行经费支出情况说明\n"
        "2020年度支出12.00万元，比上年减少1.00万元。\n",
    ).draft.data
    assert at(data, "情况说明", "机关运行经费", "合计") == "12.00"
    assert "与上年相比" not in data["情况说明"]["收入"]


def test_a_heading_wrapped_over_two_lines(tmp_path):
    extraction = draft(
        tmp_path,
        "一、收入决算情况说明\n2020年本年收入合计40.00万元。\n二、一般公共预算财政拨款安排的机关运行\n经费支出情况说明\n"
        "2020年度支出12.00万元，比上年减少1.00万元。\n",
    )
    data = extraction.draft.data
    assert "与上年相比" not in data["情况说明"]["收入"]
    assert at(data, "情况说明", "机关运行经费") == {
        "年度": 2020,
        "合计": "12.00",
        "与上年相比": {"增减": "减少", "金额": "1.00"},
    }
    assert extraction.unread == []


@pytest.mark.parametrize(
    "title",
    ["某县某局2018\n“三公经费”决算说明", "某县某局\n2018年度“三公”经费支出决算情况说明"],
    ids=["year-first", "unit-alone"],
)
def test_a_title_split_over_two_lines(tmp_path, title):
    data = draft(tmp_path, f"{title}\n2018年度一般公共预算财政拨款“三公”经费支出决算为3.30万元。\n").draft.data
    assert (data["单位"], data["年度"], data["范围"]) == ("某县某局", 2018, "三公经费")
    assert at(data, "情况说明", "三公经费", "合计") == "3.30"


def test_a_section_heading_joined_with_its_first_sentence(tmp_path):
    """A PDF line that holds the heading and the text after it: the heading is read as one, the sentence as a
    statement whose unit label does not include the heading's words."""
    data = draft(
        tmp_path,
        "九、政府采购支出情况说明某市某区规划和自然资源管理局2021年度政府采购支出总额12.34万元，其中：政府采购货物"
        "支出10.00万元、政府采购服务支出2.34万元。\n",
    ).draft.data
    procurement = at(data, "情况说明", "政府采购")
    assert procurement["单位"] == "某市某区规划和自然资源管理局" and procurement["合计"] == "12.34"
    assert names(data["情况说明"]["政府采购"]) == ["政府采购货物支出", "政府采购服务支出"]
    assert data["单位"] == "某市某区规划和自然资源管理局"


JOINED_SHORT = """第三部分 某县某局2021年度部门决算情况说明
一、收入支出决算总体情况说明
某县某局2021年度收入总计50.00万元。
二、政府采购支出情况说明某县某局2021年度政府采购支出总额12.34万元，其中：政府采购货物支出10.00万元、政府采购服务支出2.34万元。
"""


def test_a_joined_heading_before_a_short_unit_name(tmp_path):
    path = write_text(tmp_path, JOINED_SHORT)
    procurement = extract(str(path)).draft.data["情况说明"]["政府采购"]
    assert procurement["单位"] == "某县某局"
    assert [code for code, _ in codes(check_json(path, "--select", "LBL"))] == []


def test_items_numbered_like_sections_are_items(tmp_path):
    data = draft(
        tmp_path,
        "三、“三公”经费支出决算情况说明\n2019年度“三公”经费支出决算为5.50万元。\n"
        "（一）因公出国（境）费0万元，与上年相比无变化。\n（二）公务接待费1.50万元，比上年减少0.20万元。\n"
        "（三）公务用车购置及运行维护费4.00万元，比上年增加0.30万元。\n四、机关运行经费支出情况说明\n"
        "2019年度机关运行经费支出12.00万元。\n",
    ).draft.data
    three = data["情况说明"]["三公经费"]
    assert at(three, "合计") == "5.50"
    assert part(three, "公务接待费") == {
        "名称": "公务接待费",
        "金额": "1.50",
        "与上年相比": {"增减": "减少", "金额": "0.20"},
    }
    assert part(three, "因公出国（境）费")["与上年相比"] == {"增减": "无变化"}
    assert at(data, "情况说明", "机关运行经费", "合计") == "12.00"  # the next real heading still ends the section


def test_a_document_without_a_unit_name_gets_the_placeholder_and_no_label_error(tmp_path):
    path = write_text(
        tmp_path,
        "一、“三公”经费支出情况\n2021年度“三公”经费支出8.00万元，其中：因公出国（境）费0万元，公务接待费3.00万元，"
        "公务用车购置及运行维护费5.00万元。\n二、机关运行经费支出情况\n2021年度机关运行经费支出10.00万元。\n",
    )
    data = extract(str(path)).draft.data
    assert data["单位"] == PLACEHOLDER
    assert all("单位" not in section for section in data["情况说明"].values())
    entry = check_json(path)
    assert entry["status"] == "checked" and entry["unit"] == PLACEHOLDER
    assert [f for f in entry["findings"] if f["code"].startswith("LBL")] == []


def test_a_numbered_statement_is_not_a_title(tmp_path):
    data = draft(
        tmp_path, "（一）收入情况\n（一）本单位2023年度收入总计108.10万元，较2022年度决算数增加18.90万元。\n"
    ).draft.data
    assert data["单位"] == PLACEHOLDER
    assert at(data, "情况说明", "收入", "合计") == "108.10"


# -- 5. normalisation before reading ------------------------------------------------------------------------


def test_full_width_digits_and_punctuation(tmp_path):
    three = draft(
        tmp_path,
        "一、“三公”经费支出情况\n２０２０年度“三公”经费支出１２．３４万元，比上年减少０．５６万元，下降４．３４％。\n"
        "其中:因公出国(境)费0万元,公务接待费２．３４万元;公务用车购置及运行维护费10.00万元。\n",
    ).draft.data["情况说明"]["三公经费"]
    assert (three["年度"], at(three, "合计")) == (2020, "12.34")
    assert at(three, "与上年相比") == {"增减": "减少", "金额": "0.56", "幅度": "4.34%", "幅度增减": "下降"}
    assert [(item["名称"], str(item["金额"])) for item in three["明细"]] == [
        ("因公出国（境）费", "0"),
        ("公务接待费", "2.34"),
        ("公务用车购置及运行维护费", "10.00"),
    ]


def test_thousands_separators_with_and_without_a_space(tmp_path):
    three = draft(
        tmp_path,
        "一、“三公”经费支出情况\n2017年度“三公”经费支出2,921.70万元，其中：因公出国(境)费35.60万元，公务接待费"
        "1,239.70万元，公务用车购置及运行维护费1,646.40万元(公务用车购置费109.00万元、公务用车运行维护费1, 537.40"
        "万元)。\n",
    ).draft.data["情况说明"]["三公经费"]
    assert at(three, "合计") == "2921.70"
    cars = part(three, "公务用车购置及运行维护费")
    assert cars["金额"] == "1646.40"
    assert [(item["名称"], item["金额"]) for item in cars["明细"]] == [
        ("公务用车购置费", "109.00"),
        ("公务用车运行维护费", "1537.40"),
    ]


def test_traditional_characters(tmp_path):
    three = draft(
        tmp_path, "一、“三公”經費支出情況\n2020年度“三公”經費支出決算為12.50萬元，比上年減少1.50萬元。\n"
    ).draft.data["情况说明"]["三公经费"]
    assert at(three) == {"年度": 2020, "合计": "12.50", "与上年相比": {"增减": "减少", "金额": "1.50"}}


def test_wan_without_yuan(tmp_path):
    data = draft(
        tmp_path, "一、收入支出决算总体情况说明\n2023年度收入总计125.08万，比上年增加19.68万，增长18.67%。\n"
    ).draft.data
    assert data["金额单位"] == "万元"
    assert at(data, "情况说明", "收入", "合计") == "125.08"
    assert at(data, "情况说明", "收入", "与上年相比") == {
        "增减": "增加",
        "金额": "19.68",
        "幅度": "18.67%",
        "幅度增减": "增长",
    }


def test_radical_look_alikes_are_read_as_the_characters_they_stand_for(tmp_path):
    data = draft(
        tmp_path,
        "某县某部⻔2020年度“三公”经费支出决算情况说明\n2020年度“三公”经费支出5.00万元，其中：公务用⻋购置及运行维护费"
        "5.00万元，公务接待费0万元。\n",
    ).draft.data
    assert data["单位"] == "某县某部门"
    assert names(data["情况说明"]["三公经费"]) == ["公务用车购置及运行维护费", "公务接待费"]


COPIED_FROM_A_PDF = """一、收入决算情况说明
1.财政拨款收入 210.30 万元，为从同级财政部门取得的财
政预算资金。较 2022 年度决算数增加 18.90 万元，增长
9.88%，主要原因是：在编人员增加。
2.其他收入 8.10 万元，为预算单位在“财政拨款收入”“事
业收入”“经营收入”之外取得的收入。较 2022 年度决算数增
加 0.78 万元，增长 10.65%，主要原因是：利息收入增加。
3.上年结转和结余 18.10 万元，为以前年度支出预算因客
观条件变化未执行完毕、结转到本年度按有关规定继续使用
的资金。较 2022 年度决算数增加 0.78
万元，增长 4.50%，主要原因是：结算安排合理。
"""


def test_text_copied_out_of_a_pdf_keeps_its_line_breaks(tmp_path):
    """Lines broken where the PDF broke them, a word or a figure and its 万元 on two lines, digits spaced off."""
    extraction = draft(tmp_path, COPIED_FROM_A_PDF)
    income = extraction.draft.data["情况说明"]["收入"]
    changes = {item["名称"]: (str(item["金额"]), plain(item["与上年相比"])) for item in income["明细"]}
    assert changes == {
        "财政拨款收入": (
            "210.30",
            {"增减": "增加", "金额": "18.90", "幅度": "9.88%", "幅度增减": "增长", "原因": "在编人员增加"},
        ),
        "其他收入": (
            "8.10",
            {"增减": "增加", "金额": "0.78", "幅度": "10.65%", "幅度增减": "增长", "原因": "利息收入增加"},
        ),
        "上年结转和结余": (
            "18.10",
            {"增减": "增加", "金额": "0.78", "幅度": "4.50%", "幅度增减": "增长", "原因": "结算安排合理"},
        ),
    }
    assert all("漏印" not in item for item in income["明细"])
    assert extraction.unread == []


FILLER = [
    "某县某局认真落实中央八项规定精神，严格控制一般性支出，厉行节约，规",
    "范公务接待和公务用车管理，压减非必要开支，提高资金使用效益，加强",
    "预算执行管理。",
]
PDF_PARAGRAPHS = [
    ["某县某局2021年度“三公”经费支出决算情况说明"],
    ["一、“三公”经费支出总体情况"],
    [  # the figure at the end of a full line, its 万元 on the next
        "2021年度某县某局一般公共预算财政拨款安排的“三公”经费支出决算为12.34",
        "万元，比上年减少0.56万元，下降4.34%，主要原因是严格控制公务接待和公",
        "务用车支出。",
    ],
    FILLER,
    ["二、“三公”经费支出具体情况"],
    ["1.因公出国（境）费0万元，与上年持平。"],
    [  # the figure at the foot of page 1, its 万元 at the top of page 2
        "2.一般公共预算财政拨款安排的公务用车购置及运行维护费支出决算为8.00",
        "万元，比上年增加0.50万元，增长6.67%，主要原因是公务用车维修费用增",
        "加。",
    ],
    FILLER,
    FILLER,
    FILLER,
    FILLER,
]


def test_a_pdf_with_figures_split_across_lines_and_pages(tmp_path):
    pdf = write_pdf_pages(PDF_PARAGRAPHS, tmp_path / "notice.pdf", per_page=11, header="某县某局2021年度部门决算公开")
    extraction = extract(str(pdf))
    three = extraction.draft.data["情况说明"]["三公经费"]
    assert at(three, "合计") == "12.34"
    assert at(three, "与上年相比") == {
        "增减": "减少",
        "金额": "0.56",
        "幅度": "4.34%",
        "幅度增减": "下降",
        "原因": "严格控制公务接待和公务用车支出",
    }
    cars = part(three, "公务用车购置及运行维护费支出")
    assert (cars["金额"], cars["与上年相比"]["金额"], cars["与上年相比"]["幅度"]) == ("8.00", "0.50", "6.67%")
    assert extraction.draft.places[("情况说明", "三公经费", "合计")].place == "第 1 页第 4 行"
    assert extraction.unread == []
    texts = [paragraph.text for paragraph in read(str(pdf))]
    assert not any("部门决算公开" in text or text.startswith("-") for text in texts)  # running lines dropped
    assert len(texts) == 11


def test_a_two_page_pdf_with_a_running_header(tmp_path):
    pdf = write_pdf_pages(
        PDF_PARAGRAPHS[:-2], tmp_path / "notice.pdf", per_page=11, header="某县某局2021年度部门决算公开"
    )
    three = extract(str(pdf)).draft.data["情况说明"]["三公经费"]
    assert part(three, "因公出国（境）费")["与上年相比"] == {"增减": "持平"}
    cars = part(three, "公务用车购置及运行维护费支出")
    assert (cars["金额"], cars["与上年相比"]["金额"]) == ("8.00", "0.50")


# -- 6. years and unit names as printed ---------------------------------------------------------------------


def test_a_statement_labels_its_section_with_the_unit_and_year_it_prints(tmp_path):
    data = draft(
        tmp_path,
        "第三部分 某市某区网格管理中心2018年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
        "区网格中心2018年度收入总计60.00万元。\n二、一般公共预算财政拨款“三公”经费支出决算情况说明\n"
        "某市某区网格管理中心2018年度一般公共预算财政拨款“三公”经费支出决算为0.90万元。\n"
        "三、机关运行经费支出情况说明\n2017年度机关运行经费支出5.00万元。\n",
    ).draft.data
    narrative = data["情况说明"]
    assert (narrative["三公经费"]["单位"], narrative["三公经费"]["年度"]) == ("某市某区网格管理中心", 2018)
    assert (narrative["收入"]["单位"], narrative["收入"]["年度"]) == ("区网格中心", 2018)  # a short name, as printed
    assert narrative["机关运行经费"]["年度"] == 2017


def test_a_wrong_year_label_is_found_when_the_document_is_checked(tmp_path):
    path = write_text(
        tmp_path,
        "第三部分 某县某局2018年度部门决算情况说明\n一、机关运行经费支出情况说明\n2017年度机关运行经费支出5.00万元。\n",
    )
    entry = check_json(path, "--select", "LBL")
    assert codes(entry) == [("LBL001", 3)]
    assert entry["findings"][0]["stated"] == "2017"


def test_a_variant_of_the_unit_name_in_a_statement_is_reported(tmp_path):
    path = write_text(
        tmp_path,
        "第三部分 某区规划和自然资源局2024年度部门决算情况说明\n一、政府采购支出情况说明\n"
        "某区规划与自然资源局2024年度政府采购支出总额12.34万元，其中：政府采购货物支出10.00万元、政府采购服务支出"
        "2.34万元。\n",
    )
    finding = check_json(path, "--select", "LBL")["findings"]
    assert [(f["code"], f["line"], f["stated"], f["expected"]) for f in finding] == [
        ("LBL002", 3, "某区规划与自然资源局", "某区规划和自然资源局")
    ]


def test_self_references_are_not_unit_labels(tmp_path):
    path = write_text(
        tmp_path,
        "某县某镇2020年度“三公”经费决算情况\n我镇2020年度“三公”经费支出12.00万元，比上年减少3.00万元。\n"
        "本部门2020年度机关运行经费支出5.00万元。\n",
    )
    narrative = extract(str(path)).draft.data["情况说明"]
    assert "单位" not in narrative["三公经费"] and "单位" not in narrative["机关运行经费"]
    assert codes(check_json(path, "--select", "LBL")) == []


LAST_YEAR_AS_LABEL = """某县2016年“三公”经费决算情况
某县2016年一般公共预算安排“三公”经费决算数356万元，比上年决算数下降12.36%。
2015年某县“三公”经费支出决算同比下降的原因主要是各单位严格执行厉行节约有关规定。
"""


def test_a_sentence_naming_last_year_as_its_label_is_kept_and_reported(tmp_path):
    path = write_text(tmp_path, LAST_YEAR_AS_LABEL)
    three = extract(str(path)).draft.data["情况说明"]["三公经费"]
    assert three["原文"] == "2015年某县“三公”经费支出决算同比下降的原因主要是各单位严格执行厉行节约有关规定。"
    assert three["与上年相比"]["原因"] == "各单位严格执行厉行节约有关规定"
    entry = check_json(path, "--select", "LBL")
    assert codes(entry) == [("LBL006", 3)]


# -- 7. honest about what it did not read -------------------------------------------------------------------

PARTLY_READ = """一、“三公”经费支出情况
2021年度“三公”经费支出8.00万元。
另有往来款项2.50万元待清理。
"""


def test_an_unread_sentence_is_an_info_finding_at_its_line(tmp_path):
    path = write_text(tmp_path, PARTLY_READ)
    entry = check_json(path)
    assert entry["status"] == "checked"
    assert entry["reading"] == {"sentences": 2, "understood": 1}
    unread_findings = [f for f in entry["findings"] if f["code"] == "EXT001"]
    assert [(f["severity"], f["line"], f["place"]) for f in unread_findings] == [("info", 3, "第 3 行")]
    assert "另有往来款项2.50万元待清理。" in unread_findings[0]["message"]


def test_an_unread_sentence_of_a_pdf_is_placed_by_page_and_line(tmp_path):
    paragraphs = [*PDF_PARAGRAPHS, ["另有往来款项2.50万元待清理。"]]
    pdf = write_pdf_pages(paragraphs, tmp_path / "notice.pdf", per_page=11, header="某县某局2021年度部门决算公开")
    unread_findings = [f for f in check_json(pdf)["findings"] if f["code"] == "EXT001"]
    assert [(f["line"], f["place"]) for f in unread_findings] == [(3, "第 3 页第 5 行")]


def test_a_document_with_text_is_never_empty(tmp_path):
    path = write_text(tmp_path, "某县某局2021年度部门决算公开\n本单位2021年度“三公”经费支出3.00万元。\n")
    result = CliRunner().invoke(main, ["check", "--isolated", str(path)])
    assert "文件是空的" not in result.output
    assert result.exit_code == 0


def test_a_document_that_prints_no_year_still_lists_what_it_did_not_read(tmp_path):
    path = write_text(
        tmp_path, "一、“三公”经费支出情况\n本单位“三公”经费支出8.00万元。\n另有往来款项2.50万元待清理。\n"
    )
    result = CliRunner().invoke(main, ["check", "--isolated", str(path)])
    assert "缺少必填的键" not in result.output
    assert "另有往来款项2.50万元待清理。" in result.output


def test_extract_prints_the_coverage_on_standard_error(tmp_path):
    partly = CliRunner().invoke(main, ["extract", str(write_text(tmp_path, PARTLY_READ, "partly.txt"))])
    assert partly.exit_code == 0
    assert "读懂 1 / 2 个含数字的句子；1 句没有读懂" in partly.stderr
    assert "未读:\n  - 另有往来款项2.50万元待清理。  # 第 3 行\n" in partly.stdout
    whole = CliRunner().invoke(main, ["extract", str(write_text(tmp_path, NOTICE, "notice.txt"))])
    assert "读懂全部 1 个含数字的句子" in whole.stderr
    assert "# 读懂 1 / 1 个含数字的句子" in whole.stdout


def test_the_draft_lists_unread_sentences_under_their_key(tmp_path):
    extraction = draft(tmp_path, PARTLY_READ)
    assert extraction.draft.data["未读"] == ["另有往来款项2.50万元待清理。"]
    assert extraction.written.coverage == (1, 2)
    assert unread(extraction) == ["另有往来款项2.50万元待清理。"]
    assert plain(extraction.draft.data["情况说明"]["三公经费"]) == {"年度": 2021, "合计": "8.00"}


# -- what checking a document finds -------------------------------------------------------------------------


def test_a_missing_percent_sign_and_a_truncated_share_are_reported(tmp_path):
    path = write_text(
        tmp_path,
        "第三部分 某县某局2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
        "2024年度收入总计812.40万元，比上年增加99.46万元，增长13.95。\n二、支出决算情况说明\n"
        "2024年本年支出合计800.00万元，其中：基本支出798.94万元，占99.86%；项目支出1.06万元，占0.13%。\n",
    )
    entry = check_json(path)
    assert codes(entry) == [("PRT001", 3), ("RND001", 5)]
    assert [finding["severity"] for finding in entry["findings"]] == ["warning", "warning"]
    assert "增长13.95" in entry["findings"][0]["message"]


def test_purchases_broken_over_pdf_lines_add_up(tmp_path):
    """The goods amount at the start of a line after its name, the small-firm amounts after the parts: the parts
    are the three kinds, and no sum is found wrong."""
    paragraphs = [
        ["第三部分 某区某局2024年度部门决算情况说明"],
        ["九、政府采购支出情况说明"],
        [
            "2024年度某区某局政府采购支出总额1520.40万元，其中：政府采购货物支出",
            "905.30万元、政府采购工程支出0万元、政府采购服务支出615.10万元。授予",
            "中小企业合同金额1480.00万元，占政府采购支出总额的97.34%，其中：授予小",
            "微企业合同金额1300.00万元，占授予中小企业合同金额的87.84%。",
        ],
    ]
    pdf = write_pdf_pages(paragraphs, tmp_path / "report.pdf", per_page=30)
    procurement = extract(str(pdf)).draft.data["情况说明"]["政府采购"]
    assert [(item["名称"], str(item["金额"])) for item in procurement["明细"]] == [
        ("政府采购货物支出", "905.30"),
        ("政府采购工程支出", "0"),
        ("政府采购服务支出", "615.10"),
    ]
    assert (at(procurement, "中小企业", "金额"), at(procurement, "小微企业", "金额")) == ("1480.00", "1300.00")
    entry = check_json(pdf)
    assert [code for code, _ in codes(entry) if not code.startswith("EXT")] == []
