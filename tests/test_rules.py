"""The catalogue's own promises: every rule's examples run, every rule is documented in both languages,
every kind gives the fields its messages use, and a broken rule file is a load-time error."""

from __future__ import annotations

import string

import pytest

from juesuan_check.checks.catalogue import ENGINE_RULES
from juesuan_check.checks.examples import example_findings, example_views
from juesuan_check.checks.kinds import KINDS
from juesuan_check.checks.loading import load_catalogue
from juesuan_check.report.problems import InputError

CATALOGUE = load_catalogue()
CODES = [rule.code for rule in CATALOGUE.rules]


@pytest.mark.parametrize("code", CODES)
def test_passing_example_passes(code):
    rule = CATALOGUE.get(code)
    assert example_findings(rule, CATALOGUE, "pass") == []


@pytest.mark.parametrize("code", CODES)
def test_failing_example_fails(code):
    rule = CATALOGUE.get(code)
    findings = example_findings(rule, CATALOGUE, "fail")
    assert findings, f"{code}: the failing example finds nothing"
    for finding in findings:
        assert "?" not in finding.message.replace("？", ""), finding.message  # every template field was filled
    english = example_findings(rule, CATALOGUE, "fail", "en")
    assert [f.line for f in english] == [f.line for f in findings]


@pytest.mark.parametrize("code", CODES)
def test_rule_is_documented_in_both_languages(code):
    rule = CATALOGUE.get(code)
    for text in (rule.title, rule.description, rule.why, rule.message):
        assert text.zh.strip() and text.en.strip()
    assert not rule.message.zh.rstrip().endswith(("。", ".")), "messages carry no trailing period"


def test_codes_belong_to_their_family():
    assert all(rule.code.startswith(rule.family) for rule in CATALOGUE.rules)
    assert len(set(CODES)) == len(CODES)


def test_every_kind_is_used_by_a_rule():
    assert {rule.kind.name for rule in CATALOGUE.kind_rules} == set(KINDS)


def test_every_engine_rule_has_its_rule_entry():
    assert {rule.engine for rule in CATALOGUE.rules if rule.engine} == set(ENGINE_RULES)


def test_hits_carry_every_field_their_kind_declares():
    for rule in CATALOGUE.kind_rules:
        for which in ("pass", "fail"):
            text = rule.examples.passing if which == "pass" else rule.examples.failing
            for view in example_views(text, CATALOGUE):
                for hit in rule.kind.check(view, rule.params):
                    missing = rule.kind.fields - set(hit.data)
                    assert not missing, (rule.code, missing)


def _write_rules(tmp_path, text):
    (tmp_path / "local.yaml").write_text(text, encoding="utf-8")
    return tmp_path


GOOD_RULE = """\
family: LOC
title: {zh: 本地, en: Local}
rules:
  - code: LOC001
    name: local.total
    severity: warning
    kind: identity
    params: {left: 情况说明/支出, right: [情况说明/收入], relation: le}
    title: {zh: 支出大于收入, en: Spending above income}
    description: {zh: 说明, en: description}
    why: {zh: 原因, en: why}
    message: {zh: "{subject} {stated} 大于 {expected}", en: "{subject} {stated} above {expected}"}
    examples:
      pass: "情况说明: {收入: {合计: 2.00}, 支出: {合计: 1.00}}"
      fail: "情况说明: {收入: {合计: 1.00}, 支出: {合计: 2.00}}"
"""


def test_a_bureau_adds_its_own_rule_as_data(tmp_path):
    catalogue = load_catalogue([_write_rules(tmp_path, GOOD_RULE)])
    rule = catalogue.get("LOC001")
    assert example_findings(rule, catalogue, "pass") == []
    assert [f.message for f in example_findings(rule, catalogue, "fail")] == ["支出 2.00 大于 1.00"]


@pytest.mark.parametrize(
    "change, key, line",
    [
        (("kind: identity", "kind: identiti"), "rules.kind", 7),
        (("relation: le", "relation: lt"), "model.literal_error", 8),
        (("left: 情况说明/支出", "lefty: 情况说明/支出"), "model.extra_forbidden_suggest", 8),
        (("code: LOC001", "code: SUM001"), "rules.family", 4),
        (("{subject} {stated} 大于", "{subject} {nothing} 大于"), "rules.message_field", 12),
        (("severity: warning", "severity: fatal"), "model.enum", 6),
        (("right: [情况说明/收入]", "right: []"), "model.value_error", 8),
    ],
)
def test_a_broken_rule_file_is_a_load_error_naming_file_and_line(tmp_path, change, key, line):
    folder = _write_rules(tmp_path, GOOD_RULE.replace(*change))
    with pytest.raises(InputError) as caught:
        load_catalogue([folder])
    problems = caught.value.problems
    assert (key, line) in {(p.key, p.line) for p in problems}
    assert all(p.file.endswith("local.yaml") for p in problems)


def test_a_duplicate_code_is_a_load_error(tmp_path):
    with pytest.raises(InputError) as caught:
        load_catalogue([_write_rules(tmp_path, GOOD_RULE.replace("LOC", "SUM").replace("local.total", "sum.children"))])
    assert {p.key for p in caught.value.problems} == {"rules.duplicate"}


def test_templates_use_only_declared_fields():
    for rule in CATALOGUE.rules:
        for lang in ("zh", "en"):
            used = {f for _, f, _, _ in string.Formatter().parse(rule.message.get(lang)) if f}
            assert used <= rule.fields
