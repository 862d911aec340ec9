from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_configure(config):
    """Keep the rule catalogue cache of the test run apart from the user's."""
    import os
    import tempfile

    os.environ.setdefault("JUESUAN_CACHE_DIR", tempfile.mkdtemp(prefix="juesuan-cache-"))


@pytest.fixture(scope="session")
def catalogue():
    from juesuan_check.checks.loading import load_catalogue

    return load_catalogue()


@pytest.fixture(scope="session")
def check_text(catalogue):
    """Findings for a report fragment (missing 单位/年度/金额单位 are filled in, lines stay the fragment's)."""
    from juesuan_check.checks.examples import run_example

    def run(text: str, lang: str = "zh"):
        return run_example(text, catalogue, "<case>", lang)

    return run


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden files from the current output")


@pytest.fixture
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path = ROOT):
    """Run the installed command line in a subprocess, as a user would."""
    import subprocess

    return subprocess.run(
        [sys.executable, "-m", "juesuan_check", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=60,
    )
