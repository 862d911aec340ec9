"""Rule documentation generated from the catalogue: the rules table, `juesuan explain`, README's table."""

from __future__ import annotations

import json
from typing import TextIO

from juesuan_check.checks.catalogue import Catalogue, Rule
from juesuan_check.checks.examples import example_findings

_SEVERITY = {"zh": {"error": "错误", "warning": "警告", "info": "提示"},
             "en": {"error": "error", "warning": "warning", "info": "info"}}


def rules_json(catalogue: Catalogue, lang: str) -> str:
    rows = [
        {
            "code": rule.code,
            "name": rule.name,
            "family": rule.family,
            "severity": rule.severity.value,
            "explainable": rule.explainable,
            "kind": rule.kind.name,
            "title": rule.title.get(lang),
            "description": rule.description.get(lang),
        }
        for rule in catalogue.rules
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def rules_table(catalogue: Catalogue, lang: str, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("代码", "名称", "级别", "说明") if lang != "en" else ("code", "name", "severity", "title"):
        table.add_column(column)
    for rule in catalogue.rules:
        table.add_row(rule.code, rule.name, _SEVERITY[_lang(lang)][rule.severity.value], rule.title.get(lang))
    Console(file=out, highlight=False).print(table)


def explain_rule(rule: Rule, catalogue: Catalogue, lang: str, out: TextIO) -> None:
    from rich.console import Console
    from rich.syntax import Syntax
    from rich.text import Text

    zh = lang != "en"
    console = Console(file=out, highlight=False)
    console.print(Text(f"{rule.code} {rule.name}", style="bold"), Text(f"[{_SEVERITY[_lang(lang)][rule.severity.value]}]"))
    console.print(Text(rule.title.get(lang), style="bold"))
    console.print()
    console.print(rule.description.get(lang))
    console.print()
    console.print(Text("为什么重要" if zh else "Why it matters", style="bold"))
    console.print(rule.why.get(lang))
    if rule.explainable:
        console.print(Text("可在 审核说明 中书面说明。" if zh else "May be acknowledged under 审核说明.", style="dim"))
    for which, heading in (("pass", "通过的示例" if zh else "Passing example"),
                           ("fail", "不通过的示例" if zh else "Failing example")):
        console.print()
        console.print(Text(heading, style="bold"))
        text = rule.examples.passing if which == "pass" else rule.examples.failing
        console.print(Syntax(text.rstrip(), "yaml", theme="ansi_dark", background_color="default"))
        for finding in example_findings(rule, catalogue, which, lang):
            console.print(Text(f"  → {finding.line}:{finding.col} {finding.message}", style="yellow"))


def readme_table(catalogue: Catalogue) -> str:
    """The README's rule table (Markdown): ``juesuan rules --format markdown``."""
    lines = ["| 代码 | 名称 | 级别 | 说明 |", "|---|---|---|---|"]
    for rule in catalogue.rules:
        lines.append(f"| {rule.code} | `{rule.name}` | {_SEVERITY['zh'][rule.severity.value]} | {rule.title.zh} |")
    return "\n".join(lines)


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "zh"
