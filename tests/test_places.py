"""Where a drafted value is printed: every character of a paragraph keeps the character it was read from (the
normalised text mapped back to the printed one), and a value read from a document carries the place and the boxes
of its printed characters through the draft and the engine to the finding."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from documents import write_pdf
from juesuan_check.extract.documents import Line, Paragraph, read
from juesuan_check.extract.normalize import normalize, normalize_mapped
from juesuan_check.report.places import Anchor, Box, Placed
from juesuan_check.runner import check_file, prepare

# the characters normalisation folds, drops or keeps: digits of both widths, separators, spaces, punctuation,
# look-alike radicals, traditional forms, circled numbers, invisible and combining marks
_ALPHABET = list("0123456789１２３,，、 .。%％万元萬決⻔年（）():：;；①②\u200b\u00ad\te\u0301XＸ的为是")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
def test_the_mapped_normalisation_is_the_normalisation(text):
    folded, offsets = normalize_mapped(text)
    assert folded == normalize(text)
    assert len(offsets) == len(folded)
    assert list(offsets) == sorted(offsets) and all(0 <= at < len(text) for at in offsets)


def test_each_normalised_character_points_at_the_character_it_came_from():
    printed = "收入 1,234.50 萬元，占（①）１２%"
    folded, offsets = normalize_mapped(printed)
    assert folded == "收入1234.50万元，占（（1））12%"
    assert printed[offsets[folded.index("1234")]] == "1"
    assert printed[offsets[folded.index("万")]] == "萬"
    assert printed[offsets[folded.index("12%")]] == "１"
    assert [printed[offsets[i]] for i, c in enumerate(folded) if c == "4"] == ["4"]


def _line(text: str, page: int, number: int, x: float, y: float) -> Line:
    return Line(text, page, number, tuple(Box(page, x + 10 * i, y, x + 10 * (i + 1), y + 12) for i in range(len(text))))


def test_a_span_over_two_lines_is_one_box_a_line_at_the_first_lines_place():
    paragraph = Paragraph.of(
        [_line("支出合计12", 3, 7, 100, 500), _line("3.45万元。", 3, 8, 100, 480)], "第 3 页第 7 行", 3
    )
    assert paragraph.text == "支出合计123.45万元。"
    start = paragraph.text.index("123.45")
    anchor = paragraph.anchor(start, start + len("123.45万元"))
    assert (anchor.place, anchor.page, anchor.row) == ("第 3 页第 7 行", 3, 7)
    assert anchor.text == "123.45万元"
    assert anchor.boxes == (Box(3, 140, 500, 160, 512), Box(3, 100, 480, 160, 492))
    year = anchor.within(0, 3)  # a place inside the value: only its characters
    assert year.boxes == (Box(3, 140, 500, 160, 512), Box(3, 100, 480, 110, 492))


def test_a_word_paragraph_anchors_its_words_by_the_paragraph_and_the_printed_offsets():
    paragraph = Paragraph.of([Line("收入合计 1,234.50万元", 0, 12, start=2)], "第 12 段", 12)
    start = paragraph.text.index("1234.50")
    anchor = paragraph.anchor(start, start + 7)
    assert (anchor.paragraph, anchor.start, anchor.end) == (12, 2 + 5, 2 + 13)
    assert anchor.boxes == () and anchor.place == "第 12 段"


def test_a_value_inferred_with_nothing_to_corroborate_it_is_weak():
    assert Anchor("第 1 行", 1, placed=Placed.INFERRED).weak
    assert not Anchor("第 1 行", 1, placed=Placed.INFERRED, evidence=("收入支出决算总表 › 收入 › 合计",)).weak
    assert not Anchor("第 1 行", 1, placed=Placed.INHERITED).weak


def test_the_paragraphs_of_a_pdf_keep_the_box_of_every_character(tmp_path):
    pdf = write_pdf(
        ["一、收入支出决算总体情况说明", "某局2024年度收入总计123.45万元，支出总计120.00万元。"], tmp_path / "r.pdf"
    )
    paragraph = next(p for p in read(str(pdf)) if "123.45" in p.text)
    start = paragraph.text.index("123.45")
    anchor = paragraph.anchor(start, start + 6)
    assert anchor.page == 1 and len(anchor.boxes) == 1 and len(anchor.chars) == 6
    assert _text_in(pdf, anchor.boxes[0]) == "123.45"


def test_a_finding_on_a_pdf_points_at_the_boxes_of_its_printed_figure(tmp_path):
    lines = [
        "某某局2024年度部门决算情况说明",
        "一、收入决算情况说明",
        "2024年度收入合计100.00万元，其中：财政拨款收入60.00万元，占50.00%；其他收入40.00万元，占40.00%。",
    ]
    pdf = write_pdf(lines, tmp_path / "r.pdf", width=1000)
    result = check_file(str(pdf), prepare([str(pdf)], {}))
    share = next(f for f in result.findings if f.code == "SHR001" and f.stated == "50.00%")
    assert share.anchor is not None and share.anchor.page == 1
    assert "50.00%" in "".join(_text_in(pdf, box) for box in share.anchor.boxes)


def _text_in(pdf, box: Box) -> str:
    """The characters printed inside ``box`` (PDF user space), read back with another library."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as document:
        page = document.pages[box.page - 1]
        height = page.height
        inside = [
            c["text"]
            for c in page.chars
            if box.x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= box.x1 + 0.5
            and box.y0 - 0.5 <= height - (c["top"] + c["bottom"]) / 2 <= box.y1 + 0.5
        ]
    return "".join(inside)
