"""Measure the HTML review page of a batch: making it, its size, and opening it in headless Chromium.

    python benchmarks/page.py [--files 1000] [--runs 5]

- making it: `juesuan check FOLDER --format html -o page.html`, wall time and peak memory, for a tenth of
  the files and for all of them (memory should not grow with the number of files), beside
  `--format concise` on the same files;
- the page: its size, and how much of it is the units' data;
- opening it (median of several fresh tabs): first contentful paint (the summary and chart on screen),
  DOMContentLoaded and load as the page's Navigation Timing reports them; then, in the open page, the time
  to open the unit with the most findings (its findings rendered from its JSON), to filter the table and
  to sort it, and the script's heap.

Needs Chromium (tests/chromium.py finds it); prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from chromium import Browser, find_chromium  # noqa: E402
from generate import generate  # noqa: E402
from run import juesuan, timed  # noqa: E402

BIGGEST_UNIT = """(() => {
  const rows = [...document.querySelectorAll('tr.unit')];
  const count = (r) => [2, 3, 4, 5].reduce((n, c) => n + Math.max(0, Number(r.cells[c].dataset.v)), 0);
  const row = rows.reduce((a, b) => (count(a) >= count(b) ? a : b));
  const start = performance.now();
  row.querySelector('button.open').click();
  const shown = row.nextElementSibling.querySelectorAll('article.finding').length;
  return [performance.now() - start, shown];
})()"""
FILTER = """(() => {
  const start = performance.now();
  const input = document.getElementById('search');
  input.value = '教育';
  input.dispatchEvent(new Event('input'));
  return performance.now() - start;
})()"""
SORT = """(() => {
  const start = performance.now();
  document.querySelector('th:nth-child(3) button').click();
  return performance.now() - start;
})()"""
NAVIGATION = """(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return [paint ? paint.startTime : null, nav.domContentLoadedEventEnd, nav.loadEventEnd];
})()"""


def make(tool: list[str], folder: Path, page: Path, fmt: str = "html") -> tuple[float, int]:
    return timed([*tool, "check", "--isolated", "--format", fmt, "-o", str(page), str(folder)])


def open_page(page: Path, runs: int) -> dict[str, float]:
    rows: list[list[float]] = []
    with Browser(find_chromium() or "chromium") as browser:
        for _ in range(runs):
            tab = browser.open(page.as_uri())
            paint, loaded, load = tab.evaluate(NAVIGATION)
            opened, findings = tab.evaluate(BIGGEST_UNIT)
            heap = tab.call("Runtime.getHeapUsage")["usedSize"] / 2**20
            rows.append([paint, loaded, load, opened, findings, tab.evaluate(FILTER), tab.evaluate(SORT), heap])
            if tab.errors():
                raise SystemExit(f"the page logged errors: {tab.errors()}")
            tab.call("Page.close")
    names = ["paint", "dom", "load", "open", "findings", "filter", "sort", "heap"]
    return {name: statistics.median(row[index] for row in rows) for index, name in enumerate(names)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tool = juesuan()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        tenth = max(1, args.files // 10)
        generate(root / "all", args.files)
        generate(root / "tenth", tenth)
        page = root / "page.html"
        small_time, small_memory = make(tool, root / "tenth", root / "tenth.html")
        html_time, html_memory = make(tool, root / "all", page)
        concise_time, concise_memory = make(tool, root / "all", root / "concise.txt", "concise")
        text = page.read_text(encoding="utf-8")
        units = re.findall(r'type="application/json" id="d\d+">(.*?)</script>', text)
        data = sum(len(unit.encode("utf-8")) for unit in units)
        size = page.stat().st_size
        opened = open_page(page, args.runs)
    mb = 2**20
    print(f"| measurement | {args.files} reports |")
    print("|---|---|")
    print(
        f"| making the page (`--format html`) | {html_time:.1f} s ({tenth} reports: {small_time:.1f} s; "
        f"`--format concise`: {concise_time:.1f} s) |"
    )
    print(
        f"| peak memory while checking and writing | {html_memory / 1024:.0f} MB "
        f"({tenth} reports: {small_memory / 1024:.0f} MB; `--format concise`: {concise_memory / 1024:.0f} MB) |"
    )
    print(f"| page size | {size / mb:.1f} MB, of which the units' data {data / mb:.1f} MB |")
    print(f"| first contentful paint (summary and chart on screen) | {opened['paint']:.0f} ms |")
    print(f"| DOMContentLoaded / load | {opened['dom']:.0f} ms / {opened['load']:.0f} ms |")
    print(f"| opening the largest unit ({opened['findings']:.0f} findings) | {opened['open']:.0f} ms |")
    print(f"| filtering / sorting the table | {opened['filter']:.0f} ms / {opened['sort']:.0f} ms |")
    print(f"| script heap after opening a unit | {opened['heap']:.1f} MB |")
    print(f"\nOpening: median of {args.runs} fresh tabs of one headless Chromium.")


if __name__ == "__main__":
    main()
