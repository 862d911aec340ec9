"""README stays true: its rule table is the catalogue's, its commands are the ones .ci/run uses."""

from __future__ import annotations

import re

from conftest import ROOT
from juesuan_check.checks.loading import load_catalogue
from juesuan_check.reporters.docs import readme_table

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_current():
    table = re.search(r"<!-- rules:start -->\n(.*?)\n<!-- rules:end -->", README, re.S)
    assert table, "README lacks the rules table markers"
    assert table.group(1) == readme_table(load_catalogue()), "regenerate with: python tools/update_readme.py"


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert len(commands) >= 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "juesuan check reports/2018.yaml" in commands[0]


def test_the_key_table_names_every_top_level_key_a_report_may_use():
    from juesuan_check.report.model import Report
    from juesuan_check.report.vocabulary import key

    table = README.split("| key | meaning |")[1].split("\n\n")[0]
    assert f"`{key(Report, 'aliases')}`" in table
