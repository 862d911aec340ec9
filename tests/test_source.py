"""The checked text beside the findings: the runner keeps the lines around each finding (and a document's
paragraphs) only when the output shows them, and `--show-source` prints them under each finding."""

from __future__ import annotations

import re

from click.testing import CliRunner
from rich.cells import cell_len

from conftest import ROOT
from juesuan_check.cli import main
from juesuan_check.findings import Finding, Location, Severity, Source
from juesuan_check.runner import check_file, prepare

SEED = "reports/2018.yaml"
DOCUMENT = "tests/fixtures/dawa-wangge-2018.txt"


def _finding(line: int, col: int = 1, section: str = "情况说明 › 支出", place=None, related=(), also=()) -> Finding:
    return Finding("SHR001", "share.recompute", Severity.ERROR, "m", "f.yaml", line, col, "p", section,
                   place=place, related=related, also=also)  # fmt: skip


def test_the_lines_around_a_finding_and_at_its_related_places():
    text = "\n".join(f"line {n}" for n in range(1, 41)) + "\n"
    source = Source.of(text, [_finding(10, related=(Location("total", 30, 5), Location("old", 7, 1, file="x")))])
    assert sorted(source.lines) == [8, 9, 10, 11, 12, 30]  # not line 7 of the other file
    assert source.around(10) == [(n, f"line {n}") for n in range(8, 13)]
    assert [n for n, _ in Source.of(text, [_finding(1)]).around(1)] == [1, 2, 3]  # the file's first line
    assert [n for n, _ in Source.of(text, [_finding(40)]).around(40)] == [38, 39, 40, 41]  # 41: after the last \n


def test_the_line_at_each_other_place_of_the_same_error():
    text = "\n".join(f"line {n}" for n in range(1, 41)) + "\n"
    source = Source.of(text, [_finding(10, also=(Location("copy", 25, 3), Location("copy", 33, 9)))])
    assert sorted(source.lines) == [8, 9, 10, 11, 12, 25, 33]  # one line each, as for related places
    paragraphs = {"第 3 行": "三", "第 5 行": "五", "第 9 行": "九"}
    found = _finding(3, place="第 3 行", also=(Location("x", 9, 1, place="第 9 行"),))
    assert Source.of("draft", [found], paragraphs).paragraphs == {"第 3 行": "三", "第 9 行": "九"}


def test_a_finding_about_the_whole_report_keeps_no_lines():
    assert Source.of("a: 1\nb: 2\n", [_finding(1, section="")]).lines == {}


def test_a_document_keeps_the_paragraphs_its_findings_name_and_nothing_else():
    paragraphs = {"第 3 行": "三", "第 5 行": "五", "第 9 行": "九"}
    source = Source.of("draft", [_finding(3, place="第 3 行", related=(Location("x", 9, 1, place="第 9 行"),))],
                       paragraphs)  # fmt: skip
    assert source == Source(lines={}, paragraphs={"第 3 行": "三", "第 9 行": "九"})


def test_crlf_and_very_long_lines():
    source = Source.of("a\r\n" + "长" * 5000 + "\r\nc\r\n", [_finding(2)])
    assert source.lines[1] == "a" and len(source.lines[2]) == 2000


def test_the_runner_keeps_the_source_only_when_asked(monkeypatch):
    monkeypatch.chdir(ROOT)
    run = prepare([SEED], {}, isolated=True)
    assert check_file(SEED, run).source is None
    result = check_file(SEED, run.__class__(run.settings, run.catalogue, source=True))
    lines = (ROOT / SEED).read_text(encoding="utf-8").split("\n")
    share = next(f for f in result.findings if f.code == "SHR001")
    assert result.source.around(share.line)[2] == (share.line, lines[share.line - 1])
    assert all(text == lines[n - 1] for n, text in result.source.lines.items())


def test_a_checked_document_keeps_its_paragraphs(monkeypatch):
    monkeypatch.chdir(ROOT)
    run = prepare([DOCUMENT], {}, isolated=True)
    result = check_file(DOCUMENT, run.__class__(run.settings, run.catalogue, source=True))
    share = next(f for f in result.findings if f.code == "SHR001")
    assert share.place == "第 63 行" and "86.38%" in result.source.paragraphs[share.place]
    assert result.source.lines == {}


def test_show_source_prints_the_lines_with_the_figure_marked(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(main, ["check", "--isolated", "--show-source", SEED]).stdout
    block = out[out.index(f"SHR001 {SEED}:70:13") :].splitlines()[:8]
    assert block[2].strip().startswith("68 │") and block[4].strip().startswith("70 │")
    numbered, caret = block[4], block[5]
    assert "占比: 86.38%" in numbered
    # the carets stand under 86.38%, counting a Chinese character as two columns, as terminals show it
    from rich.cells import cell_len

    start = cell_len(numbered[: numbered.index("86.38%")])
    assert caret[start:].startswith("^^^^^^") and caret[:start].strip() == "│"
    assert "1 │" not in out[: out.index("REQ005")]  # the whole report's finding shows no lines


def test_show_source_names_the_paragraph_of_a_document(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(main, ["check", "--isolated", "--show-source", DOCUMENT]).stdout
    assert "第 63 行 │ 1.基本支出137.87万元，占支出总计的86.38%" in out


def test_without_show_source_the_text_output_is_unchanged(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(main, ["check", "--isolated", SEED]).stdout
    assert " │ " not in out


def _block(out: str, head: str) -> list[str]:
    """The lines printed under the finding whose heading line ends with ``head``, up to the next finding."""
    lines = out[out.index(head) :].splitlines()[1:]
    end = next((i for i, line in enumerate(lines) if re.match(r"    \S", line)), len(lines))
    return lines[:end]


def test_show_source_marks_every_place_of_the_same_error(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(main, ["check", "--isolated", "--show-source", SEED]).stdout
    lines = (ROOT / SEED).read_text(encoding="utf-8").split("\n")
    block = _block(out, f"CHG001 {SEED}:46:36")  # the rate 22.68% copied from 收入 to 支出 and 财政拨款支出
    numbered = {int(line.split("│")[0]): index for index, line in enumerate(block) if re.match(r"\s+\d+ │", line)}
    assert list(numbered) == [44, 45, 46, 47, 48, 66, 97]
    for number in (46, 66, 97):  # each place's line, with carets under the copied figure
        row, caret = block[numbered[number]], block[numbered[number] + 1]
        assert row.endswith(lines[number - 1])
        start = cell_len(row[: row.index("22.68%")])
        assert caret[start:] == "^^^^^^" and caret[:start].strip() == "│"
    assert [line.strip() for line in block if "⋮" in line] == ["⋮", "⋮"]  # where lines are left out
    # a paragraph labelled 2019: its two mentions of 2019 in one 原文 line are marked on one caret line
    block = _block(out, f"LBL001 {SEED}:145:9")
    row = next(index for index, line in enumerate(block) if line.strip().startswith("160 │"))
    assert re.fullmatch(r"\s+│\s+\^{4}\s+\^{4}", block[row + 1])


def test_show_source_names_the_paragraph_of_each_place_of_a_document(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = CliRunner().invoke(main, ["check", "--isolated", "--show-source", DOCUMENT]).stdout
    block = _block(out, f"CHG001 {DOCUMENT}（第 60 行）")
    assert [line.split("│")[0].strip() for line in block if "│" in line] == ["第 60 行", "第 72 行", "第 81 行"]
    assert "增加22.68%" in block[-1]
    lbl = _block(out, f"LBL001 {DOCUMENT}（第 102 行）")
    assert sum("↳" in line for line in lbl) == 2  # the paragraph of two mentions named once
