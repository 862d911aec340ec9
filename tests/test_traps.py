"""Small traps: a report year that has not ended, the rule cache across versions and --no-cache, extract
overwriting a reviewed file, diff of published documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT
from juesuan_check.cli import main

FIXTURES = ROOT / "tests" / "fixtures"
DOCUMENT = FIXTURES / "dawa-wangge-2018.txt"
SEED = ROOT / "reports" / "2018.yaml"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


REPORT = "单位: 某市某区网格管理中心\n年度: {year}\n金额单位: 万元\n情况说明:\n  支出: {{合计: 1.20}}\n"


@pytest.mark.parametrize("offset, found", [(-1, False), (0, True), (1, True)])
def test_a_report_year_that_has_not_ended_is_a_finding(tmp_path, monkeypatch, offset, found):
    from juesuan_check.checks.kinds import labels

    monkeypatch.setattr(labels, "this_year", lambda: 2026)
    report = tmp_path / "r.yaml"
    report.write_text(REPORT.format(year=2026 + offset), encoding="utf-8")
    findings = json.loads(invoke("check", "--isolated", "--format", "json", str(report)).stdout)["files"][0]["findings"]
    hits = [f for f in findings if f["code"] == "LBL007"]
    assert bool(hits) is found
    if found:
        assert hits[0]["line"] == 2 and hits[0]["severity"] == "error"
        assert (
            hits[0]["message"]
            == f"报告年度 {2026 + offset} 不早于今年（2026）：这一年的决算还无法编制，年度是否写错了？"
        )


def test_the_rule_cache_is_versioned_by_the_tools_version(tmp_path, monkeypatch):
    from juesuan_check.checks import cache
    from juesuan_check.checks.loading import default_rules_dir

    folder = tmp_path / "cache"
    monkeypatch.setenv("JUESUAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("JUESUAN_NO_CACHE", raising=False)
    files = list(default_rules_dir().glob("*.yaml"))
    assert cache.cached(files, lambda: "0.1") == "0.1"
    (old,) = folder.glob("catalogue-*.pickle")
    assert old.name.startswith(f"catalogue-{cache.__version__}-")
    monkeypatch.setattr(cache, "__version__", "9.9.9")
    assert cache.cached(files, lambda: "9.9") == "9.9"  # another version never reads the old file
    assert [p.name.split("-")[1] for p in folder.glob("catalogue-*.pickle")] == ["9.9.9"]  # which is removed


def test_the_rule_cache_key_follows_the_code_of_the_checks(tmp_path):
    from juesuan_check.checks import cache

    before = cache.key_of([])
    kinds = cache._CODE / "kinds" / "labels.py"
    status = kinds.stat()
    try:
        os.utime(kinds, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
        assert cache.key_of([]) != before
    finally:
        os.utime(kinds, ns=(status.st_atime_ns, status.st_mtime_ns))


def test_no_cache_neither_reads_nor_writes_the_cache(tmp_path):
    env = {**os.environ, "JUESUAN_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("JUESUAN_NO_CACHE", None)
    command = [sys.executable, "-m", "juesuan_check", "check", "--isolated", str(SEED)]
    done = subprocess.run([*command, "--no-cache"], env=env, capture_output=True, timeout=120)
    assert done.returncode == 1 and not (tmp_path / "cache").exists()
    done = subprocess.run(command, env=env, capture_output=True, timeout=120)
    assert done.returncode == 1 and list((tmp_path / "cache").glob("catalogue-*.pickle"))
    for args in (
        ["rules", "--no-cache"],
        ["explain", "SHR001", "--no-cache"],
        ["diff", "--no-cache", str(SEED), str(SEED)],
    ):
        assert invoke(*args).exit_code == 0


def test_extract_does_not_overwrite_a_file_without_force(tmp_path):
    target = tmp_path / "2018.yaml"
    target.write_text("# reviewed by hand\n", encoding="utf-8")
    refused = invoke("extract", str(DOCUMENT), "-o", str(target))
    assert refused.exit_code == 2 and "--force" in refused.stderr and str(target) in refused.stderr
    assert target.read_text(encoding="utf-8") == "# reviewed by hand\n"
    forced = invoke("extract", str(DOCUMENT), "-o", str(target), "--force")
    assert forced.exit_code == 0 and target.read_text(encoding="utf-8").startswith("# ")
    assert "单位:" in target.read_text(encoding="utf-8")


def test_diff_accepts_published_documents_as_check_does():
    result = invoke("diff", "--isolated", "--format", "json", str(DOCUMENT), str(SEED))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["relation"] == "same-year"
    unreadable = invoke("diff", "--isolated", str(ROOT / "tests" / "bad" / "tab.yaml"), str(SEED))
    assert unreadable.exit_code == 2 and "制表符" in unreadable.stderr
