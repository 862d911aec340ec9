"""The checked text beside the findings: the runner keeps the lines around each finding (and a document's
paragraphs) only when the output shows them, and `--show-source` prints them under each finding."""

from __future__ import annotations

from click.testing import CliRunner

from conftest import ROOT
from juesuan_check.cli import main
from juesuan_check.findings import Finding, Location, Severity, Source
from juesuan_check.runner import check_file, prepare

SEED = "reports/2018.yaml"
DOCUMENT = "tests/fixtures/dawa-wangge-2018.txt"


def _finding(line: int, col: int = 1, section: str = "情况说明 › 支出", place=None, related=()) -> Finding:
    return Finding("SHR001", "share.recompute", Severity.ERROR, "m", "f.yaml", line, col, "p", section,
                   place=place, related=related)  # fmt: skip


def test_the_lines_around_a_finding_and_at_its_related_places():
    text = "\n".join(f"line {n}" for n in range(1, 41)) + "\n"
    source = Source.of(text, [_finding(10, related=(Location("total", 30, 5), Location("old", 7, 1, file="x")))])
    assert sorted(source.lines) == [8, 9, 10, 11, 12, 30]  # not line 7 of the other file
    assert source.around(10) == [(n, f"line {n}") for n in range(8, 13)]
    assert [n for n, _ in Source.of(text, [_finding(1)]).around(1)] == [1, 2, 3]  # the file's first line
    assert [n for n, _ in Source.of(text, [_finding(40)]).around(40)] == [38, 39, 40, 41]  # 41: after the last \n


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
