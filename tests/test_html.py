"""The HTML review page as written (tests/test_browser.py opens it in a browser): self-contained, every user
text escaped, the counts of the JSON output, and written as the results come."""

from __future__ import annotations

import base64
import gc
import hashlib
import io
import json
import re
import weakref
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from conftest import ROOT
from juesuan_check.cli import main
from juesuan_check.findings import Figures, Tally
from juesuan_check.reporters import html
from juesuan_check.reporters.context import Context
from juesuan_check.runner import check_file, prepare

SEED = "reports/2018.yaml"
CORRECTED = "examples/2018-corrected.yaml"
BAD = "tests/bad/typo_key.yaml"
COUNTS = ("error", "warning", "info", "explained")
HOSTILE = "</script><img src=x onerror=alert(1)>&amp;中心"


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)


def _check(*args: str) -> str:
    return CliRunner().invoke(main, ["check", "--isolated", *args]).stdout


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.yaml"
    text = (ROOT / CORRECTED).read_text(encoding="utf-8").replace("网格管理中心", HOSTILE)
    path.write_text(text, encoding="utf-8")
    return str(path)


class _Tags(HTMLParser):
    """The names of the elements and attributes of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.found.add(tag)
        self.found.update(name for name, _ in attrs)


def _unit_data(page: str, index: int) -> dict:
    found = re.search(rf'<script type="application/json" id="d{index}">(.*?)</script>', page)
    assert found, index
    return json.loads(found.group(1))


def test_the_page_needs_nothing_from_outside(hostile):
    page = _check("--format", "html", SEED, CORRECTED, BAD, hostile)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    tags = _Tags()
    tags.feed(page)
    assert not tags.found & {"link", "img", "iframe", "object", "embed", "src", "href", "srcset", "action"}
    assert not re.search(r"@import|url\(|https?://", page)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy
    (script,) = re.findall(r"<script>(.*?)</script>", page, re.S)  # the one script that runs
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    assert f"script-src 'sha256-{digest}'" in policy


def test_every_user_text_is_escaped(hostile):
    page = _check("--format", "html", hostile)
    assert "<img" not in page and "&amp;amp;" in page  # the name's "&amp;" shown as typed
    assert page.count("<script") == page.count("</script>") == 3  # unit data, page data, the script
    assert "盘锦市大洼区&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;中心" in page
    data = _unit_data(page, 0)
    assert any(HOSTILE in text for text in data["lines"].values())  # the JSON keeps the text as it is


def test_the_summary_and_rows_show_the_counts_of_the_json():
    files = [SEED, CORRECTED, "tests/fixtures/2017-synthetic.yaml", BAD]
    page = _check("--format", "html", *files)
    document = json.loads(_check("--format", "json", *files))
    summary = {key: int(value) for key, value in re.findall(r'data-summary="(\w+)">(\d+)<', page)}
    assert {key: summary[key] for key in document["summary"]} == document["summary"]
    assert (summary["files"], summary["fail"], summary["pass"], summary["invalid"]) == (4, 2, 1, 1)
    for index, file in enumerate(document["files"]):
        row = re.search(rf'<tr class="unit" id="u{index}"[^>]*>(.*?)</tr>', page).group(1)
        counts = dict(re.findall(r'data-count="(\w+)">([^<]*)<', row))
        expected = {key: str(file["summary"][key]) if file["summary"] else "—" for key in COUNTS}
        assert counts == expected
        data = _unit_data(page, index)
        assert [f[0] for f in data["findings"]] == [f["code"] for f in file["findings"]]
        assert [p[2] for p in data["problems"]] == [p["message"] for p in file["problems"]]


def test_a_unit_carries_its_findings_with_the_lines_and_arithmetic():
    page = _check("--format", "html", SEED)
    data = _unit_data(page, 0)
    lines = (ROOT / SEED).read_text(encoding="utf-8").split("\n")
    assert all(text == lines[int(n) - 1] for n, text in data["lines"].items())
    share = next(f for f in data["findings"] if f[0] == "SHR001")
    code, severity, message, line, col, path, section, place, explained, source, stated, figures, related, also = share
    assert (line, col, stated, section) == (70, 13, "86.38%", "情况说明 › 支出")
    assert str(line) in data["lines"] and all(str(r[1]) in data["lines"] for r in related)
    assert figures == ["86.38%", "99.30%", "99.29417", "99.30854", "137.87 ÷ 138.84", "−12.92 个百分点"]


def test_a_finding_carries_the_other_places_of_the_same_error_with_their_lines():
    data = _unit_data(_check("--format", "html", SEED), 0)
    lines = (ROOT / SEED).read_text(encoding="utf-8").split("\n")
    rate = next(f for f in data["findings"] if f[0] == "CHG001")  # 22.68% copied into three sections
    assert (rate[3], rate[4]) == (46, 36)
    assert rate[13] == [
        ["支出总计 › 与上年相比 › 幅度", 66, 36, None],
        ["财政拨款支出 › 总体情况 › 与上年相比 › 幅度", 97, 38, None],
    ]
    year = next(f for f in data["findings"] if f[0] == "LBL001")  # a paragraph labelled 2019, and its mentions
    assert [(line, col) for _, line, col, _ in year[13]] == [(155, 13), (160, 24), (160, 48)]
    for _, line, col, _ in rate[13] + year[13]:
        assert data["lines"][str(line)] == lines[line - 1]
        assert data["lines"][str(line)][col - 1 :].startswith(("22.68%", "2019"))
    document = _unit_data(_check("--format", "html", "tests/fixtures/dawa-wangge-2018.txt"), 0)
    rate = next(f for f in document["findings"] if f[0] == "CHG001")
    assert [a[3] for a in rate[13]] == ["第 72 行", "第 81 行"]
    assert all("22.68%" in document["paragraphs"][a[3]] for a in rate[13])


def test_a_unit_carries_the_notes_on_how_its_file_was_read():
    for lang, note in (("zh", "金额按 2 位小数理解"), ("en", "amounts read to 2 decimals")):
        page = _check("--format", "html", "--lang", lang, SEED, "tests/fixtures/two-decimals.yaml")
        assert _unit_data(page, 0)["notes"] == []
        (shown,) = _unit_data(page, 1)["notes"]
        assert shown.startswith(note)


def test_english_labels():
    page = _check("--format", "html", "--lang", "en", SEED)
    assert '<html lang="en">' in page and "<h1>Final-accounts disclosure review</h1>" in page
    assert '"stated":"printed"' in page and "units shown" in page


@pytest.mark.parametrize(
    "stated, expected, lang, off",
    [
        ("86.38%", "99.30%", "zh", "−12.92 个百分点"),
        ("22.68%", "22.60%", "en", "+0.08 pp"),
        ("0", "19.77", "zh", "−19.77"),
        ("2019", "2019", "zh", "0"),
        ("2019年", "2018年", "zh", ""),
        ("86.38%", "99.30", "zh", ""),
    ],
)
def test_how_far_off_the_printed_figure_is(stated, expected, lang, off):
    assert html._off(Figures(stated, expected, "0", "0", ""), lang) == off


def test_the_page_keeps_no_result_once_it_has_written_it():
    """Memory stays flat: a unit's result is let go as soon as its row is written, whatever the number."""
    run = prepare([SEED], {}, isolated=True)
    run = run.__class__(run.settings, run.catalogue, source=True)
    written: list[weakref.ref] = []

    def results():
        for path in [SEED, CORRECTED, SEED, CORRECTED]:
            gc.collect()
            assert all(ref() is None for ref in written[:-1])  # the last is still the reporter's loop variable
            result = check_file(path, run)
            written.append(weakref.ref(result))
            yield result
            del result

    out = io.StringIO()
    html.write(results(), out, Context("zh", run.catalogue, Tally()))
    assert out.getvalue().count('<tr class="unit"') == 4
    assert out.getvalue().index('id="summary"') < out.getvalue().index('id="rules"') < out.getvalue().index('id="u0"')


def test_the_cross_year_findings_of_diff_come_with_the_new_reports_lines():
    result = CliRunner().invoke(
        main, ["diff", "--isolated", "--format", "html", "tests/fixtures/2017-synthetic.yaml", SEED]
    )
    data = _unit_data(result.stdout, 0)
    lines = (ROOT / SEED).read_text(encoding="utf-8").split("\n")
    assert data["sourced"] and {f[0][:3] for f in data["findings"]} == {"XYR"}
    assert all(str(f[3]) in data["lines"] for f in data["findings"])
    assert all(text == lines[int(n) - 1] for n, text in data["lines"].items())
