"""Which files a folder check reads: report files, not tools, caches, build output, what .gitignore ignores
or what the exclude setting names; and a fresh clone of this repository checked with `juesuan check .`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from conftest import ROOT
from juesuan_check.cli import main
from juesuan_check.discovery import Pattern, Rules, ignored

REPORT = (ROOT / "examples" / "2018-corrected.yaml").read_text(encoding="utf-8")


def listed(*args: str, cwd=None) -> list[str]:
    result = CliRunner().invoke(main, ["check", "--list-files", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def _tree(root, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(REPORT if name.lower().endswith((".yaml", ".yml")) else "", encoding="utf-8")


def test_a_folder_check_skips_tools_caches_build_output_and_hidden_folders(tmp_path):
    _tree(
        tmp_path,
        [
            "reports/2018.yaml",
            "reports/2019.YML",
            "reports/2020.Yaml",
            "reports/notes.txt",
            ".git/config.yaml",
            ".venv/lib/site.yaml",
            "env3/pyvenv.cfg",  # a virtual environment under another name
            "env3/lib/x.yaml",
            "conda/conda-meta/history.yaml",
            "build/lib/rules/x.yaml",
            "dist/x.yml",
            "node_modules/a/x.yaml",
            "src/__pycache__/x.yaml",
            ".github/workflows/ci.yml",
            ".pre-commit-config.yaml",
        ],
    )
    (tmp_path / "conda" / "conda-meta").mkdir(exist_ok=True)
    assert listed("--isolated", str(tmp_path)) == [
        str(tmp_path / "reports" / name) for name in ("2018.yaml", "2019.YML", "2020.Yaml")
    ]


def test_what_gitignore_ignores_is_skipped(tmp_path):
    (tmp_path / ".git").mkdir()  # a repository: the .gitignore files above the folder checked count too
    (tmp_path / ".gitignore").write_text("# drafts\ndrafts/\n*.bak.yaml\n!keep.bak.yaml\n/top.yaml\n", encoding="utf-8")
    _tree(
        tmp_path,
        [
            "top.yaml",
            "reports/top.yaml",
            "reports/2018.yaml",
            "reports/2018.bak.yaml",
            "reports/keep.bak.yaml",
            "reports/drafts/x.yaml",
            "reports/old/2017.yaml",
            "reports/old/scratch/y.yaml",
        ],
    )
    (tmp_path / "reports" / "old" / ".gitignore").write_text("scratch/\n", encoding="utf-8")
    reports = tmp_path / "reports"
    assert listed("--isolated", str(reports)) == [
        str(reports / name) for name in ("2018.yaml", "keep.bak.yaml", "old/2017.yaml", "top.yaml")
    ]
    assert listed("--isolated", str(tmp_path)) == [
        str(tmp_path / "reports" / name) for name in ("2018.yaml", "keep.bak.yaml", "old/2017.yaml", "top.yaml")
    ]


def test_a_file_or_folder_named_on_the_command_line_is_checked_whatever_excludes_it(tmp_path):
    (tmp_path / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    _tree(tmp_path, ["drafts/a.yaml", "drafts/b.yaml", "r.yaml"])
    assert listed("--isolated", str(tmp_path)) == [str(tmp_path / "r.yaml")]
    assert listed("--isolated", str(tmp_path / "drafts" / "a.yaml")) == [str(tmp_path / "drafts" / "a.yaml")]
    assert listed("--isolated", str(tmp_path / "drafts")) == [
        str(tmp_path / "drafts" / n) for n in ("a.yaml", "b.yaml")
    ]


def test_the_exclude_setting_and_option(tmp_path):
    _tree(tmp_path, ["reports/2018.yaml", "reports/templates/blank.yaml", "reports/2018-draft.yaml", "other/x.yaml"])
    (tmp_path / "juesuan.toml").write_text('exclude = ["templates/", "/other/"]\n', encoding="utf-8")
    assert listed(str(tmp_path)) == [str(tmp_path / "reports" / n) for n in ("2018-draft.yaml", "2018.yaml")]
    assert listed(str(tmp_path), "--exclude", "*-draft.yaml") == [str(tmp_path / "reports" / "2018.yaml")]


def test_no_report_file_left_is_a_usage_error(tmp_path):
    _tree(tmp_path, [".venv/x.yaml"])
    result = CliRunner().invoke(main, ["check", "--isolated", str(tmp_path)])
    assert result.exit_code == 2 and "没有找到" in result.stderr


@pytest.mark.parametrize(
    "pattern, path, is_dir, expected",
    [
        ("*.yaml", "a/b/c.yaml", False, True),
        ("/c.yaml", "a/c.yaml", False, False),
        ("a/*.yaml", "a/c.yaml", False, True),
        ("a/*.yaml", "a/b/c.yaml", False, False),
        ("a/**/c.yaml", "a/b/d/c.yaml", False, True),
        ("**/drafts", "x/drafts", True, True),
        ("drafts/", "x/drafts", False, False),
        ("docs/**", "docs/a/b.yaml", False, True),
        ("20[0-9][0-9].yaml", "r/2018.yaml", False, True),
        ("\\#notes.yaml", "#notes.yaml", False, True),
        ("name\\ ", "name ", False, True),
        ("ok?.yaml", "ok1.yaml", False, True),
    ],
)
def test_gitignore_patterns(tmp_path, pattern, path, is_dir, expected):
    rules = Rules.of(tmp_path, [pattern])
    assert ignored(tmp_path / path, is_dir, [rules]) is expected


def test_blank_lines_and_comments_are_not_patterns():
    assert Pattern.parse("") is None and Pattern.parse("# drafts") is None and Pattern.parse("/") is None


def test_the_repository_checked_as_a_whole_gives_its_report_files():
    """This working tree has its virtual environment, caches and test corpora; only the reports count."""
    examples = ("2018-corrected.yaml", "putuo-ghzy-2024.yaml", "putuo-sgb-2024.yaml")
    expected = [str(ROOT / "examples" / name) for name in examples] + [str(ROOT / "reports" / "2018.yaml")]
    assert listed(str(ROOT)) == expected


def test_a_fresh_clone_checked_with_dot_gives_exactly_the_report_files(tmp_path):
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a repository to make a clone from")
    files = subprocess.run(
        [git, "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True
    ).stdout.splitlines()
    clone = tmp_path / "clone"
    for name in files:
        if (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / name, clone / name)
    done = subprocess.run(
        [sys.executable, "-m", "juesuan_check", "check", "--format", "concise", "."],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    checked = {line.split(":")[0] for line in done.stdout.splitlines()[:-1]}
    examples = {"examples/2018-corrected.yaml", "examples/putuo-ghzy-2024.yaml", "examples/putuo-sgb-2024.yaml"}
    assert checked == examples | {"reports/2018.yaml"}
    assert done.stdout.splitlines()[-1] == "合计 4 个文件：13 错误，27 警告，16 提示，10 已说明"


def test_the_pre_commit_hook_checks_report_folders_without_editing():
    (hook,) = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    files = re.compile(hook["files"])
    for path in ("reports/2018.yaml", "dept/reports/2021.YML", "决算/2020.yaml"):
        assert files.search(path), path
    for path in (".pre-commit-config.yaml", ".github/workflows/ci.yml", "docs/github-actions.yml", "rules/a.yaml"):
        assert not files.search(path), path
