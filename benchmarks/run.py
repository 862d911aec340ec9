"""Measure juesuan-check against the floors it cannot go below, side by side, and print the ratios.

    python benchmarks/run.py [--runs 7] [--files 1000]

- start-up: `juesuan --help` against `python -c "import click"`;
- one report: `juesuan check examples/2018-corrected.yaml` against importing click, pydantic, ruamel.yaml
  and rich (the libraries' own import cost, the floor for a cold run);
- a report with its nine tables (examples/putuo-ghzy-2024.yaml) against a narrative-only report
  (examples/2018-corrected.yaml), one cold check each and a folder of copies of each;
- a folder of generated reports (benchmarks/generate.py): `juesuan check FOLDER` on one core and with
  `--jobs 2`, against only parsing the same files with ruamel.yaml round-trip;
- peak memory of the folder run, for a tenth of the files and for all of them.

Times are medians of several runs of a fresh process (wall clock), with the rule catalogue cache warm as
it is for a user after the first run. Ratios are ours ÷ floor.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
from generate import generate  # noqa: E402

NARRATIVE = "examples/2018-corrected.yaml"
TABLES = "examples/putuo-ghzy-2024.yaml"
IMPORT_FLOOR = (
    "import click; from pydantic import BaseModel; from ruamel.yaml import YAML; from rich.console import Console"
)
PARSE_FLOOR = """
import sys
from ruamel.yaml import YAML
yaml = YAML(typ="rt")
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as handle:
        yaml.load(handle)
"""


def juesuan() -> list[str]:
    found = shutil.which("juesuan", path=str(Path(sys.executable).parent)) or shutil.which("juesuan")
    return [found] if found else [sys.executable, "-m", "juesuan_check"]


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time of one run of ``command``, and its peak resident memory in KB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def median(command: list[str], runs: int) -> float:
    timed(command)  # warm the file cache and the rule catalogue cache
    return statistics.median(timed(command)[0] for _ in range(runs))


def row(name: str, ours: float, floor: float, target: str) -> str:
    return f"| {name} | {ours * 1000:.0f} ms | {floor * 1000:.0f} ms | {ours / floor:.2f}× | {target} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    tool = juesuan()
    python = sys.executable
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()} {platform.release()}",
        f"Date: {time.strftime('%Y-%m-%d')}; median of {args.runs} runs; {args.files} generated files",
        "",
        "| measurement | ours | floor | ratio | target |",
        "|---|---|---|---|---|",
    ]
    help_ours = median([*tool, "--help"], args.runs)
    help_floor = median([python, "-c", "import click"], args.runs)
    lines.append(row("`juesuan --help` vs `import click`", help_ours, help_floor, "≤ 1.5×"))
    one_ours = median([*tool, "check", "--isolated", NARRATIVE], args.runs)
    one_floor = median([python, "-c", IMPORT_FLOOR], args.runs)
    lines.append(row("`juesuan check` one report vs library imports", one_ours, one_floor, "≤ 1.3×"))
    tables = median([*tool, "check", "--isolated", TABLES], args.runs)
    lines.append(row("`juesuan check` a report with nine tables vs a narrative-only one", tables, one_ours, "≤ 1.5×"))

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "reports"
        files = generate(folder, args.files)
        folder_runs = max(3, args.runs // 2)
        check = [*tool, "check", "--isolated", "--format", "concise", str(folder)]
        parse = [python, "-c", PARSE_FLOOR, *map(str, files)]
        ours = median(check, folder_runs)
        floor = median(parse, folder_runs)
        parallel = median([*check, "--jobs", "2"], folder_runs)
        lines.append(row(f"{args.files} reports, one core, vs ruamel.yaml round-trip parse", ours, floor, "≤ 1.5×"))
        lines.append(row(f"{args.files} reports, `--jobs 2`, vs one core", parallel, ours, "≈ 0.5×"))
        copies = max(10, args.files // 10)
        with_tables, narrative_only = Path(scratch) / "tables", Path(scratch) / "narrative"
        for folder_of, source in ((with_tables, TABLES), (narrative_only, NARRATIVE)):
            folder_of.mkdir()
            for index in range(copies):
                shutil.copy(ROOT / source, folder_of / f"{index:04d}.yaml")
        many = [*tool, "check", "--isolated", "--format", "concise"]
        per_table = median([*many, str(with_tables)], folder_runs)
        per_narrative = median([*many, str(narrative_only)], folder_runs)
        name = f"{copies} reports with nine tables vs {copies} narrative-only, one core"
        lines.append(row(name, per_table, per_narrative, "—"))
        small = Path(scratch) / "tenth"
        generate(small, max(1, args.files // 10))
        memory_small = timed([*tool, "check", "--isolated", "--format", "concise", str(small)])[1]
        memory_all = timed(check)[1]
        lines.append("")
        lines.append(
            f"Peak memory of the folder run: {memory_small / 1024:.0f} MB for {max(1, args.files // 10)} files, "
            f"{memory_all / 1024:.0f} MB for {args.files} files "
            f"(per file {(ours / args.files) * 1000:.1f} ms on one core)."
        )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
