"""README stays true: its rule table is the catalogue's, its commands are the ones .ci/run uses."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from conftest import ROOT
from juesuan_check.checks.loading import load_catalogue
from juesuan_check.reporters.docs import readme_table

README = (ROOT / "README.md").read_text(encoding="utf-8")
README_ZH = (ROOT / "README.zh.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [README, README_ZH], ids=["en", "zh"])
def test_rule_table_is_current(text):
    table = re.search(r"<!-- rules:start -->\n(.*?)\n<!-- rules:end -->", text, re.S)
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
    assert len(shown) == 9
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--format", "concise", "--select", "TXT,TBL,XTB", shown[0][2]]
    )
    got = {tuple(line.split(":")[1:3]) + (line.split()[1],) for line in result.output.splitlines() if ":" in line}
    assert {(line, col, code) for _, code, _, line, col in shown} <= got


def test_the_key_table_names_every_top_level_key_a_report_may_use():
    from juesuan_check.report.model import Report
    from juesuan_check.report.vocabulary import key

    table = README.split("| key | meaning |")[1].split("\n\n")[0]
    assert f"`{key(Report, 'aliases')}`" in table


def test_the_chinese_readme_is_linked_from_the_top_and_is_whole():
    assert "[README.zh.md](README.zh.md)" in README.split("\n## ")[0]
    for heading in (
        "## 两条命令",
        "## 报告文件",
        "## 用作门禁",
        "## 从公开文档到报告文件",
        "## 比较两份报告",
        "## 规则",
    ):
        assert heading in README_ZH
    assert README_ZH.count("\n| ") > 90  # the key, bad-input, settings and rule tables


def _commands(text: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)\n```", text, re.S)
    lines = [line for block in blocks for line in block.splitlines()]
    return [re.sub(r"\s+#.*$", "", line).strip() for line in lines if line.startswith("juesuan ")]


@pytest.mark.parametrize("text", [README, README_ZH], ids=["en", "zh"])
def test_every_command_in_the_readme_runs(tmp_path, monkeypatch, text):
    """Each `juesuan …` line of the README's shell blocks, in order, in a copy of the repository's files."""
    from juesuan_check.cli import main

    for folder in ("reports", "examples", "tests/fixtures", "schema"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    commands = _commands(text)
    assert len(commands) >= 8
    for command in commands:
        result = CliRunner().invoke(main, shlex.split(command)[1:])
        assert result.exit_code in (0, 1), (command, result.output)


def test_the_workflow_installs_from_the_repository():
    workflow = (ROOT / "docs" / "github-actions.yml").read_text(encoding="utf-8")
    installs = [line for line in workflow.splitlines() if "pip install" in line and not line.lstrip().startswith("#")]
    assert installs and all("git+https://github.com/juesuan-check/juesuan-check" in line for line in installs)


@pytest.mark.parametrize("text", [README, README_ZH], ids=["en", "zh"])
def test_the_pre_commit_snippet_names_a_rev_that_exists(text):
    snippet = re.search(r"```yaml\n(- repo: https://github.com/juesuan-check/juesuan-check\n.*?)```", text, re.S)
    assert snippet, "no pre-commit snippet"
    (entry,) = YAML(typ="safe").load(snippet.group(1))
    assert [hook["id"] for hook in entry["hooks"]] == ["juesuan-check"]
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("needs git to look the rev up")
    found = [
        subprocess.run([git, "rev-parse", "--verify", "--quiet", ref], cwd=ROOT, capture_output=True).returncode == 0
        for ref in (f"refs/tags/{entry['rev']}", f"refs/heads/{entry['rev']}", f"refs/remotes/origin/{entry['rev']}")
    ]
    assert any(found), f"rev {entry['rev']} is neither a tag nor a branch of this repository"
