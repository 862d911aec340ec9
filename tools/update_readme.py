"""Regenerate the rule table of README.md and README.zh.md from the catalogue: python tools/update_readme.py"""

import re
from pathlib import Path

from juesuan_check.checks.loading import load_catalogue
from juesuan_check.reporters.docs import readme_table

root = Path(__file__).resolve().parents[1]
table = readme_table(load_catalogue())
for readme in (root / "README.md", root / "README.zh.md"):
    text = readme.read_text(encoding="utf-8")
    updated = re.sub(
        r"<!-- rules:start -->\n(?:.*?\n)?<!-- rules:end -->",
        lambda _: f"<!-- rules:start -->\n{table}\n<!-- rules:end -->",
        text,
        flags=re.S,
    )
    readme.write_text(updated, encoding="utf-8")
    print(f"{readme.name} rule table:", "updated" if updated != text else "already current")
