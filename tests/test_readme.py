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


def test_the_tables_sample_is_a_valid_report_file(check_text):
    """The sample is an excerpt (its sums need the rows it leaves out), but every row of it fits its table."""
    sample = re.search(r"```yaml\n(部门决算表:\n.*?)```", README, re.S)
    assert sample, "README lacks the 部门决算表 sample"
    findings = check_text("年度: 2024\n" + sample.group(1))
    assert not [f for f in findings if f.code in ("TBL002", "TBL003", "TBL004", "TBL006", "TBL007", "TBL014")]


def test_the_tour_of_a_real_report_shows_its_findings():
    from click.testing import CliRunner

    from juesuan_check.cli import main

    shown = re.findall(r"(错误|警告)\s+([A-Z]{3}[0-9]{3}) (examples/putuo-ghzy-2024\.yaml):([0-9]+):([0-9]+)", README)
    assert len(shown) == 6
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--format", "concise", "--select", "TXT,TBL,XTB", shown[0][2]]
    )
    got = {tuple(line.split(":")[1:3]) + (line.split()[1],) for line in result.output.splitlines() if ":" in line}
    assert {(line, col, code) for _, code, _, line, col in shown} <= got
