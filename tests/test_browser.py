"""The HTML review page in a real browser: headless Chromium opens the page made from a batch of reports
(YAML files, a published document, an unreadable file, a unit whose name is markup), runs its script
without an error or a request, and shows the same counts as the JSON output — in the summary, the chart,
each unit's row and each unit's findings with the lines of its file. A screenshot is left in
build/browser/ for people to look at.

Without Chromium the test is skipped; .ci/run installs it and sets JUESUAN_BROWSER_TEST=required, so
that there a missing browser fails the run instead.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from chromium import Browser, find_chromium
from conftest import ROOT
from juesuan_check.cli import main

CHROMIUM = find_chromium()
SHOTS = ROOT / "build" / "browser"
HOSTILE = "</script><img src=x onerror=alert(1)>&amp;中心"

if CHROMIUM is None and os.environ.get("JUESUAN_BROWSER_TEST") == "required":
    raise RuntimeError("JUESUAN_BROWSER_TEST=required but no chromium on the path (apt-get install chromium)")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on the path: apt-get install chromium")


def _batch(folder: Path) -> list[str]:
    """Reports of several units: the seed and its correction, last year's, the published document, an
    unreadable file, generated reports of other offices, and a unit named with markup."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    hostile = folder / "hostile.yaml"
    text = (ROOT / "examples" / "2018-corrected.yaml").read_text(encoding="utf-8")
    hostile.write_text(text.replace("网格管理中心", HOSTILE), encoding="utf-8")
    given = [
        "reports/2018.yaml",
        "examples/2018-corrected.yaml",
        "tests/fixtures/2017-synthetic.yaml",
        "tests/fixtures/dawa-wangge-2018.txt",
        "tests/bad/typo_key.yaml",
        str(hostile),
    ]
    return given + [str(path) for path in generate(folder / "generated", 6, seed=17)]


def _check(*args: str) -> str:
    result = CliRunner().invoke(main, ["check", "--isolated", *args])
    assert result.exit_code == 2, result.output  # the unreadable file
    return result.stdout


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        files = _batch(folder)
        document = json.loads(_check("--format", "json", *files))
        made = {}
        for lang in ("zh", "en"):
            made[lang] = folder / f"review-{lang}.html"
            _check("--format", "html", "--lang", lang, "-o", str(made[lang]), *files)
    finally:
        os.chdir(cwd)
    with Browser(CHROMIUM) as browser:
        yield document, {lang: browser.open(path.as_uri()) for lang, path in made.items()}, made


def test_the_page_runs_without_an_error_or_a_request(pages):
    _, opened, made = pages
    for lang, page in opened.items():
        assert page.errors() == [], lang
        assert page.requests() == [made[lang].as_uri()], lang


def test_the_summary_and_every_row_show_the_counts_of_the_json(pages):
    document, opened, _ = pages
    page = opened["zh"]
    summary = page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('[data-summary]')]"
        ".map(e => [e.dataset.summary, Number(e.textContent)]))"
    )
    statuses = Counter(_status(file) for file in document["files"])
    expected = {**document["summary"], "files": len(document["files"]), **statuses}
    assert summary == {key: expected.get(key, 0) for key in summary}
    assert set(summary) >= {"files", "fail", "pass", "invalid", "error", "warning", "info", "explained"}
    rows = page.evaluate(
        "[...document.querySelectorAll('tr.unit')].map(r => ({file: r.querySelector('.file').textContent,"
        " unit: r.querySelector('button.open').textContent, status: r.dataset.status,"
        " counts: Object.fromEntries([...r.querySelectorAll('[data-count]')]"
        ".map(c => [c.dataset.count, c.textContent]))}))"
    )
    assert len(rows) == len(document["files"])
    for row, file in zip(rows, document["files"], strict=True):
        assert row["file"] == file["file"]
        assert row["unit"] == (file["unit"] or file["file"])
        assert row["status"] == _status(file)
        keys = ("error", "warning", "info", "explained")
        expected = {key: str(file["summary"][key]) if file["summary"] else "—" for key in keys}
        assert row["counts"] == expected, file["file"]


def test_the_chart_shows_each_rules_findings_and_units(pages):
    document, opened, _ = pages
    bars = opened["zh"].evaluate(
        "[...document.querySelectorAll('svg.chart .rule')]"
        ".map(g => [g.dataset.rule, Number(g.dataset.count), Number(g.dataset.units)])"
    )
    findings = Counter(f["code"] for file in document["files"] for f in file["findings"])
    units = Counter(code for file in document["files"] for code in {f["code"] for f in file["findings"]})
    assert {code: (count, n) for code, count, n in bars} == {code: (findings[code], units[code]) for code in findings}
    rank = {"error": 0, "warning": 1, "info": 2}
    severity = {f["code"]: rank[f["severity"]] for file in document["files"] for f in file["findings"]}
    order = [(severity[code], -count) for code, count, _ in bars]
    assert order == sorted(order)  # errors first, then warnings, then notes; the most frequent first


def test_each_unit_opens_to_its_findings_beside_the_source(pages):
    document, opened, _ = pages
    page = opened["zh"]
    shown = page.evaluate(
        "[...document.querySelectorAll('tr.unit')].map(row => { row.querySelector('button.open').click();"
        " const detail = row.nextElementSibling;"
        " return {findings: [...detail.querySelectorAll('article.finding')].map(f => ({"
        "   code: f.querySelector('.code-name').textContent, message: f.querySelector('.message').textContent,"
        "   hit: (f.querySelector('.lines .hit .text') || {}).textContent,"
        "   hitLine: Number((f.querySelector('.lines .hit .ln') || {}).textContent),"
        "   paragraph: (f.querySelector('.paragraph') || {}).textContent,"
        "   explained: (f.querySelector('.reason') || {}).textContent})),"
        "  problems: detail.querySelectorAll('.problem').length}; })"
    )
    assert page.errors() == []
    for unit, file in zip(shown, document["files"], strict=True):
        assert len(unit["findings"]) == len(file["findings"]), file["file"]
        assert unit["problems"] == len(file["problems"])
        lines = _lines(file["file"])
        for seen, finding in zip(unit["findings"], file["findings"], strict=True):
            assert (seen["code"], seen["message"]) == (finding["code"], finding["message"])
            if not finding["section"]:  # about the whole report (a missing part): no place to show
                assert "hit" not in seen and "paragraph" not in seen
            elif finding["place"]:  # a published document: the paragraph at the place
                assert seen["paragraph"].startswith(finding["place"]) and len(seen["paragraph"]) > 10
            else:  # a report file: its line, marked
                assert (seen["hitLine"], seen["hit"]) == (finding["line"], lines[finding["line"] - 1])
            assert ("explained" in seen) == bool(finding["explained"])  # undefined when there is no reason


def test_a_unit_named_with_markup_is_shown_as_text(pages):
    _, opened, _ = pages
    page = opened["zh"]
    names = page.evaluate("[...document.querySelectorAll('tr.unit button.open')].map(b => b.textContent)")
    assert f"盘锦市大洼区{HOSTILE}" in names
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert not [e for e in page.browser.events if e["method"] == "Page.javascriptDialogOpening"]


def test_filters_sorting_and_choosing_a_rule(pages):
    document, opened, _ = pages
    page = opened["zh"]
    visible = "[...document.querySelectorAll('tr.unit')].filter(r => !r.hidden)"
    set_search = (
        "s => { const i = document.getElementById('search'); i.value = s; i.dispatchEvent(new Event('input')); }"
    )
    office = document["files"][-1]["unit"][len("盘锦市大洼区") :]  # a generated unit's office
    page.evaluate(f"({set_search})({json.dumps(office)})")
    named = [f for f in document["files"] if office in (f["unit"] or "") or office in f["file"]]
    assert page.evaluate(f"{visible}.length") == len(named) > 0
    page.evaluate(f"({set_search})('')")
    page.evaluate("document.querySelector('svg.chart .rule[data-rule=\"SHR001\"]').dispatchEvent(new Event('click'))")
    with_rule = [f["file"] for f in document["files"] if any(x["code"] == "SHR001" for x in f["findings"])]
    assert page.evaluate(f"{visible}.map(r => r.querySelector('.file').textContent)") == with_rule
    page.evaluate("document.getElementById('rule-filter').click()")
    assert page.evaluate(f"{visible}.length") == len(document["files"])
    errors = page.evaluate(
        "(() => { const b = document.querySelector('th:nth-child(3) button'); b.click(); b.click();"
        " return [...document.querySelectorAll('tr.unit')].map(r => Number(r.cells[2].dataset.v)); })()"
    )
    assert errors == sorted(errors, reverse=True)
    assert page.errors() == []


def test_the_english_page_speaks_english(pages):
    _, opened, _ = pages
    page = opened["en"]
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.evaluate("document.querySelector('h1').textContent") == "Final-accounts disclosure review"
    page.evaluate("document.querySelector('tr.unit button.open').click()")
    assert page.evaluate("document.querySelector('article.finding .badge').textContent") in ("error", "warning", "info")
    assert page.errors() == []


def test_a_screenshot_for_people_to_look_at(pages):
    _, opened, made = pages
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = opened["zh"]
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(SHOTS / "review.png")
    page.evaluate("document.getElementById('units').scrollIntoView()")
    page.screenshot(SHOTS / "review-unit.png")
    shutil.copy(made["zh"], SHOTS / "review.html")
    assert (SHOTS / "review.png").read_bytes().startswith(b"\x89PNG")


def _status(file: dict) -> str:
    if file["problems"]:
        return "invalid"
    return "fail" if any(f["severity"] == "error" and not f["explained"] for f in file["findings"]) else "pass"


def _lines(file: str) -> list[str]:
    path = Path(file) if Path(file).is_absolute() else ROOT / file
    return path.read_text(encoding="utf-8").split("\n") if path.suffix == ".yaml" else []
