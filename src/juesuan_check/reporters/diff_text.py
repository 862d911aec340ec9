"""`juesuan diff` as a table: the rows that changed (all rows with --all), then the cross-year findings."""

from __future__ import annotations

from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from juesuan_check.diff import PREVIOUS_YEAR, SAME_YEAR, SWAPPED, Comparison, Row, interesting
from juesuan_check.numbers import plain
from juesuan_check.reporters import Context
from juesuan_check.reporters.text import finding_lines

_WORDS = {
    "zh": {
        "title": "比较 {old}（{old_year}年度）→ {new}（{new_year}年度）",
        PREVIOUS_YEAR: "上一年度的报告：新报告的“与上年相比”已按旧报告的数字核对。",
        SAME_YEAR: "同一年度的两个版本：以下是修改之处。",
        SWAPPED: "旧报告的年度晚于新报告：是否把两个文件的顺序写反了？（juesuan diff 旧 新）",
        "other": "两份报告不是相邻年度：只列出差异，不核对“与上年相比”。",
        "columns": ("位置", "旧", "新", "变化", "变化率"),
        "added": "新增", "removed": "删除",
        "summary": "{changed} 处修改，{added} 处新增，{removed} 处删除",
        "none": "两份报告没有差异",
        "unit": "注意：两份报告的单位不同（{old} → {new}）",
        "money": "注意：金额单位不同（{old} → {new}），金额未换算",
        "findings": "与上年报告对照的发现",
        "points": " 个百分点",
    },
    "en": {
        "title": "Comparing {old} ({old_year}) → {new} ({new_year})",
        PREVIOUS_YEAR: "Last year's report: the new report's changes on last year are checked against it.",
        SAME_YEAR: "Two versions of the same year: these are the corrections.",
        SWAPPED: "The old report is the later one: did you swap the files? (juesuan diff OLD NEW)",
        "other": "The reports are not of consecutive years: differences only, changes on last year not checked.",
        "columns": ("place", "old", "new", "change", "change %"),
        "added": "added", "removed": "removed",
        "summary": "{changed} changed, {added} added, {removed} removed",
        "none": "the reports do not differ",
        "unit": "Note: the reports are of different units ({old} → {new})",
        "money": "Note: the money units differ ({old} → {new}); amounts are not converted",
        "findings": "Findings against last year's report",
        "points": " pp",
    },
}


def show(value: Any, kind: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    text = plain(value) if not isinstance(value, str) else value
    if kind == "percent":
        text += "%"
    return text if len(text) <= 30 else text[:29] + "…"


def snippets(old: str, new: str, context: int = 6) -> tuple[str, str]:
    """The part of two texts that differs, with a little context on each side."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    left = max(0, start - context)

    def cut(text: str) -> str:
        stop = min(len(text), len(text) - end + context)
        return ("…" if left else "") + text[left:stop] + ("…" if stop < len(text) else "")

    return cut(old), cut(new)


def _signed(value: Any, suffix: str = "") -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + plain(value) + suffix


def write(comparison: Comparison, out: TextIO, context: Context, show_all: bool = False) -> None:
    words = _WORDS["en" if context.lang == "en" else "zh"]
    width = None if out.isatty() else 132  # a log or a file: wide enough for the table
    console = Console(file=out, highlight=False, emoji=False, width=width)
    old, new = comparison.old, comparison.new
    console.print(Text(words["title"].format(old=old.file, old_year=old.year, new=new.file, new_year=new.year),
                       style="bold"))
    console.print(words.get(comparison.relation, words["other"]))
    if old.unit != new.unit:
        console.print(Text(words["unit"].format(old=old.unit, new=new.unit), style="yellow"))
    if old.money_unit != new.money_unit:
        console.print(Text(words["money"].format(old=old.money_unit, new=new.money_unit), style="yellow"))
    rows = [row for row in comparison.rows if show_all or interesting(row, comparison.relation)]
    if rows:
        console.print(_table(rows, words))
    counts = {status: sum(1 for row in comparison.rows if row.status == status) for status in ("changed", "added", "removed")}
    console.print(words["summary"].format(**counts) if any(counts.values()) else words["none"])
    if comparison.findings:
        console.print()
        console.print(Text(words["findings"], style="bold"))
        for finding in comparison.findings:
            for line in finding_lines(finding, context.lang):
                console.print(line, soft_wrap=True)


def _table(rows: list[Row], words: dict) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    for index, column in enumerate(words["columns"]):
        table.add_column(column, justify="left" if index == 0 else "right", overflow="fold")
    style = {"changed": "", "added": "green", "removed": "red", "same": "dim"}
    for row in rows:
        kind = (row.new or row.old).kind  # type: ignore[union-attr]
        label = row.label
        if row.status in ("added", "removed"):
            label = f"{label}（{words[row.status]}）" if words is _WORDS["zh"] else f"{label} ({words[row.status]})"
        change = _signed(row.change, words["points"] if kind == "percent" else "")
        percent = _signed(row.change_percent, "%")
        old, new = show(row.old.value if row.old else None, kind), show(row.new.value if row.new else None, kind)
        if row.status == "changed" and kind == "text":
            old, new = snippets(str(row.old.value), str(row.new.value))  # type: ignore[union-attr]
        table.add_row(label, old, new, change, percent, style=style[row.status])
    return table
