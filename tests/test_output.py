"""Output that never crashes and exit codes that never lie: a GBK console or redirect, -o into a folder that
does not exist, a reader that stops early, an internal error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT
from juesuan_check.cli import main

SEED = str(ROOT / "reports" / "2018.yaml")
CORRECTED = str(ROOT / "examples" / "2018-corrected.yaml")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def _run(*args: str, encoding: str = "gbk", **kwargs):
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run(
        [sys.executable, "-m", "juesuan_check", *args], cwd=ROOT, env=env, capture_output=True, timeout=120, **kwargs
    )


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "jsonl", "github", "sarif", "junit", "gitlab"])
def test_a_gbk_console_or_redirect_gets_every_format(fmt):
    done = _run("check", "--isolated", "--format", fmt, "--show-explained", SEED, CORRECTED)
    assert done.returncode == 1, done.stderr.decode("gbk", "replace")
    assert b"Traceback" not in done.stderr
    text = done.stdout.decode("gbk")  # every byte is GBK
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(text)  # the fallback is JSON's own escape: the data is unchanged
        assert "\\u203a" in text or "\\u2212" in text
    if fmt == "text":
        assert "情况说明 > 三公经费" in text  # › fell back to >
        assert "29.51 ÷ (158.61 - 29.51)" in text  # − fell back to -


def test_json_through_gbk_keeps_the_characters_gbk_lacks():
    document = json.loads(_run("check", "--isolated", "--format", "json", SEED).stdout.decode("gbk"))
    assert "情况说明 › 支出" in {f["section"] for f in document["files"][0]["findings"]}


def test_diff_and_problems_on_a_gbk_console():
    done = _run("diff", "--isolated", SEED, CORRECTED)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert "比较" in done.stdout.decode("gbk")
    bad = _run("check", str(ROOT / "tests" / "bad" / "typo_key.yaml"))
    assert bad.returncode == 2 and "占必" in bad.stderr.decode("gbk")


def test_an_ascii_console_falls_back_too():
    done = _run("check", "--isolated", "--format", "concise", SEED, encoding="ascii")
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert "SHR001" in done.stdout.decode("ascii")  # every byte is ASCII


def test_output_file_is_utf8_whatever_the_console(tmp_path):
    target = tmp_path / "out.txt"
    assert _run("check", "--isolated", SEED, "-o", str(target)).returncode == 1
    assert "情况说明 › 三公经费" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--isolated", SEED, "--format", "json", "-o"),
        ("diff", "--isolated", SEED, CORRECTED, "-o"),
        ("schema", "-o"),
        ("extract", str(ROOT / "tests" / "fixtures" / "dawa-wangge-2018.txt"), "-o"),
    ],
    ids=["check", "diff", "schema", "extract"],
)
def test_output_into_a_folder_that_does_not_exist_creates_it(tmp_path, args):
    target = tmp_path / "new" / "deeper" / "out.txt"
    result = invoke(*args, str(target))
    assert result.exit_code in (0, 1), result.output
    assert target.is_file() and target.stat().st_size > 0


def test_output_that_cannot_be_written_is_exit_2_with_a_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = invoke("check", "--isolated", SEED, "-o", str(blocker / "out.txt"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{blocker / 'out.txt'}: 无法写入输出文件")


def test_an_internal_error_has_its_own_exit_code_and_one_line(monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("a defect")

    monkeypatch.setattr("juesuan_check.runner.check", broken)
    result = invoke("check", "--isolated", CORRECTED)
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "内部错误" in lines[0] and "ZeroDivisionError: a defect" in lines[0]
    assert "github.com/juesuan-check/juesuan-check/issues" in lines[0] and "Traceback" not in result.stderr


@pytest.mark.parametrize("how", ["option", "environment"])
def test_the_traceback_of_an_internal_error_when_asked_for(monkeypatch, how):
    import juesuan_check.shell

    monkeypatch.setattr(juesuan_check.shell, "_verbose", False)

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a defect")

    monkeypatch.setattr("juesuan_check.runner.check", broken)
    if how == "environment":
        monkeypatch.setenv("JUESUAN_DEBUG", "1")
        result = invoke("check", "--isolated", CORRECTED)
    else:
        result = invoke("check", "--verbose", "--isolated", CORRECTED)
    assert result.exit_code == 3
    assert "Traceback" in result.stderr and "ZeroDivisionError" in result.stderr


def test_an_internal_error_in_a_real_process_is_exit_3_not_1(tmp_path):
    """A rule folder whose kind raises would be a defect; here a broken cache path stands in for one."""
    code = (
        "import sys, juesuan_check.runner as r\n"
        "def boom(*a, **k): raise RuntimeError('boom')\n"
        "r.check = boom\n"
        "from juesuan_check.cli import main\n"
        f"main(['check', '--isolated', {CORRECTED!r}])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, cwd=ROOT)
    assert done.returncode == 3 and b"Traceback" not in done.stderr


def test_help_names_the_exit_codes():
    for args in (["--help"], ["check", "--help"], ["diff", "--help"]):
        assert "3  内部错误" in invoke(*args).output


def test_a_reader_that_stops_early_leaves_the_runs_own_exit_code(tmp_path):
    """`juesuan check … | head`: the output stops, the check does not, and the exit code is the run's."""
    for index in range(60):
        (tmp_path / f"r{index:02}.yaml").write_text(
            (ROOT / "examples" / "2018-corrected.yaml").read_text(encoding="utf-8"), encoding="utf-8"
        )
    bad = tmp_path / "zz.yaml"
    for broken, expected in ((False, 0), (True, 2)):
        if broken:
            bad.write_text("年度: [\n", encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "juesuan_check", "check", "--isolated", "--show-explained", str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # as head does after its lines
        errors = process.stderr.read()
        assert process.wait(timeout=120) == expected, errors
        assert b"Traceback" not in errors and b"BrokenPipe" not in errors


# -- noise: explained findings, --quiet, the concise summary, the progress bar, problems printed once --------


def test_text_counts_explained_findings_unless_asked_to_show_them():
    counted = invoke("check", "--isolated", CORRECTED)
    assert counted.exit_code == 0
    assert (
        "已说明  " not in counted.stdout and "8 已说明（已说明的发现未列出，--show-explained 列出）" in counted.stdout
    )
    shown = invoke("check", "--isolated", "--show-explained", CORRECTED)
    assert shown.stdout.count("已说明  ") == 8 and "--show-explained 列出" not in shown.stdout


def test_quiet_prints_only_what_fails(tmp_path):
    quiet = invoke("check", "--isolated", "--quiet", CORRECTED, SEED, str(ROOT / "tests" / "bad" / "tab.yaml"))
    assert quiet.exit_code == 2
    assert "2018-corrected" not in quiet.stdout  # passes: nothing printed
    assert "SHR001" in quiet.stdout and "警告" not in quiet.stdout and "提示" not in quiet.stdout
    assert "tab.yaml" in quiet.stdout and "合计" not in quiet.stdout
    concise = invoke("check", "--isolated", "-q", "--format", "concise", "--fail-on", "warning", SEED)
    assert {line.split()[2] for line in concise.stdout.splitlines()} == {"[error]", "[warning]"}
    assert invoke("check", "--isolated", "-q", CORRECTED).stdout == ""


def test_concise_output_ends_with_a_summary_line():
    lines = invoke("check", "--isolated", "--format", "concise", SEED).stdout.splitlines()
    assert lines[-1] == "合计 1 个文件：8 错误，13 警告，16 提示"
    english = invoke("check", "--isolated", "--format", "concise", "--lang", "en", CORRECTED).stdout
    assert english.splitlines()[-1] == "total 1 files: 8 explained"


def test_a_long_run_on_a_terminal_shows_a_progress_bar():
    import io

    from rich.console import Console

    from juesuan_check.reporters.progress import LONG_RUN, progress

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=80)
    with progress(LONG_RUN, console=console) as advance:
        for _ in range(LONG_RUN):
            advance()
    assert f"{LONG_RUN}/{LONG_RUN}" in screen.getvalue()
    with progress(LONG_RUN - 1, console=console) as advance:  # a short run: no bar
        assert advance() is None
    with progress(LONG_RUN) as advance:  # standard error is not a terminal here: no bar
        assert advance() is None


def test_load_problems_are_printed_once_when_both_streams_go_to_one_place(tmp_path):
    log = tmp_path / "log.txt"
    with log.open("wb") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "juesuan_check", "check", "--isolated", str(ROOT / "tests" / "bad" / "tab.yaml")],
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            timeout=60,
        )
    assert done.returncode == 2
    assert log.read_text(encoding="utf-8").count("YAML 不允许用制表符") == 1


def test_statistics_have_a_header_in_the_language():
    out = invoke("check", "--isolated", "--statistics", SEED).stdout
    assert "  数量  代码    名称\n    16  GLO001  glossary.unused" in out
    english = invoke("check", "--isolated", "--statistics", "--lang", "en", SEED).stdout
    assert " count  code    name\n" in english
