"""Chinese throughout when the language is Chinese: click's usage errors, help headings, the examples'
comments; English with --lang en."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "juesuan_check", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    "args, chinese",
    [
        (["check"], "错误：缺少参数 'FILE...'"),
        (["check", "--format", "xml", "x"], "'xml' 不是可选值之一"),
        (["chek"], "没有命令 'chek'"),
        (["check", "--nope", "x"], "没有选项 '--nope'"),
        (["check", "--rules", "/no/such/folder", "x"], "目录 '/no/such/folder' 不存在"),
        (["check", "--jobs", "-1", "x"], "-1 不在范围"),
        (["check", "--fail-on"], "选项 '--fail-on' 需要一个值"),
    ],
)
def test_usage_errors_in_chinese(args, chinese):
    done = run(*args)
    assert done.returncode == 2
    assert chinese in done.stderr, done.stderr
    assert "Error" not in done.stderr and "Usage" not in done.stderr


def test_usage_errors_in_english_with_lang_en():
    done = run("check", "--lang", "en")
    assert done.returncode == 2 and "Error: Missing argument 'FILE...'" in done.stderr


def test_help_headings_in_chinese():
    done = run("--help")
    assert "选项:" in done.stdout and "命令:" in done.stdout and "显示此帮助并退出" in done.stdout


def test_the_examples_comments_are_chinese():
    """A finance officer reads the example files; their comments are in Chinese (English words only as
    names: a command, a path)."""
    for path in (ROOT / "examples" / "2018-corrected.yaml", ROOT / "reports" / "2018.yaml"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            comment = line[line.index("#") :] if "#" in line else ""
            if not comment or comment.startswith("# yaml-language-server:"):
                continue
            assert not re.search(r"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", comment), f"{path.name}:{number}: {comment}"


def test_no_comment_in_rules_or_examples_points_outside_the_repository():
    pattern = re.compile(r"\.\./|shared/|domain\.md")
    for folder in ("rules", "examples", "reports"):
        for path in (ROOT / folder).rglob("*.yaml"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if "#" in line and pattern.search(line[line.index("#") :]) and "schema/report.schema.json" not in line:
                    raise AssertionError(f"{path}:{number}: {line}")
            assert "domain.md" not in path.read_text(encoding="utf-8"), path
