"""Remake README's screenshot of the HTML review page: python tools/screenshot.py

The page of a small batch (the 2018 report, its correction, last year's report and five generated
reports of other offices) opened in headless Chromium: the top of the page (summary and chart) above a
unit opened to its findings beside the source, in 64 colours to keep the file small. Needs Chromium and
Pillow (installed with the test extras, by reportlab).
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from chromium import Browser, find_chromium  # noqa: E402
from generate import generate  # noqa: E402

WIDTH = 1100
TARGET = ROOT / "docs" / "review.png"
OPEN_UNIT = """(() => {
  const row = document.querySelector('tr.unit[data-status="fail"]');
  row.querySelector('button.open').click();
  window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 70);
})()"""


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        batch = ["reports/2018.yaml", "examples/2018-corrected.yaml", "tests/fixtures/2017-synthetic.yaml"]
        batch += [str(path) for path in generate(folder / "offices", 5, seed=3)]
        page = folder / "review.html"
        command = [sys.executable, "-m", "juesuan_check", "check", "--isolated", "--format", "html", "-o", str(page)]
        subprocess.run([*command, *batch], cwd=ROOT, check=False)
        with Browser(find_chromium() or "chromium") as browser:
            tab = browser.open(page.as_uri(), WIDTH, 560)
            top = folder / "top.png"
            tab.screenshot(top)
            tab.resize(WIDTH, 760)
            tab.evaluate(OPEN_UNIT)
            unit = folder / "unit.png"
            tab.screenshot(unit)
            if tab.errors():
                raise SystemExit(f"the page logged errors: {tab.errors()}")
        parts = [Image.open(top), Image.open(unit)]
        sheet = Image.new("RGB", (WIDTH, sum(part.height for part in parts) + 8), "#d9dce1")
        sheet.paste(parts[0], (0, 0))
        sheet.paste(parts[1], (0, parts[0].height + 8))
        buffer = io.BytesIO()
        sheet.quantize(128, method=Image.Quantize.MAXCOVERAGE).save(buffer, format="PNG", optimize=True)
    TARGET.write_bytes(buffer.getvalue())
    print(f"{TARGET.relative_to(ROOT)}: {len(buffer.getvalue()) // 1024} KB")


if __name__ == "__main__":
    main()
