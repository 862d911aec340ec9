"""The rule catalogue cache: used while the rule files are unchanged, refreshed when one changes, and
never a reason to fail."""

from __future__ import annotations

import os
import shutil
import time

from juesuan_check.checks import cache
from juesuan_check.checks.loading import _parse, default_rules_dir


def _files(folder):
    return [f for pattern in ("*.yaml", "profiles/*.yaml", "classification/*.yaml") for f in folder.glob(pattern)]


def test_a_cached_catalogue_is_the_parsed_one(tmp_path, monkeypatch):
    monkeypatch.setenv("JUESUAN_CACHE_DIR", str(tmp_path / "cache"))
    files = _files(default_rules_dir())
    calls = []

    def build():
        calls.append(1)
        return _parse(())

    first = cache.cached(files, build)
    second = cache.cached(files, build)
    assert calls == [1]
    assert [r.code for r in second.rules] == [r.code for r in first.rules]
    assert second.get("SHR001").render(
        {"subject": "a", "stated": "1%", "expected": "2%", "arith": "1 ÷ 50", "base": "b"}, "zh"
    )


def test_a_changed_rule_file_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setenv("JUESUAN_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    key = cache.key_of(_files(rules))
    target = rules / "shares.yaml"
    time.sleep(0.01)
    target.write_text(target.read_text(encoding="utf-8").replace("占比与重算不符", "占比不对"), encoding="utf-8")
    assert cache.key_of(_files(rules)) != key


def test_a_broken_or_unwritable_cache_is_ignored(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("JUESUAN_CACHE_DIR", str(folder))
    files = _files(default_rules_dir())
    folder.mkdir()
    cache.path_of(folder, files).write_bytes(b"not a pickle")
    assert cache.cached(files, lambda: "built") == "built"
    monkeypatch.setenv("JUESUAN_CACHE_DIR", str(tmp_path / "file-not-folder"))
    (tmp_path / "file-not-folder").write_text("x")
    assert cache.cached(files, lambda: "built again") == "built again"
    monkeypatch.setenv("JUESUAN_NO_CACHE", "1")
    assert cache.directory() is None
    assert os.environ["JUESUAN_NO_CACHE"] == "1"
