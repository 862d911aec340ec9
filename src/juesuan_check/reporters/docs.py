"""Rule documentation generated from the catalogue: the rules table, `juesuan explain`, README's table."""

from __future__ import annotations

import json
from typing import TextIO

from juesuan_check.checks.catalogue import Catalogue, Rule
from juesuan_check.checks.examples import example_findings
from juesuan_check.words import say


def rules_json(catalogue: Catalogue, lang: str) -> str:
    rows = [
        {
            "code": rule.code,
            "name": rule.name,
            "family": rule.family,
            "severity": rule.severity.value,
            "explainable": rule.explainable,
            "kind": rule.kind.name if rule.kind is not None else f"engine:{rule.engine}",
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
    for column in ("code", "name", "severity", "title"):
        table.add_column(say(f"docs.column.{column}", lang))
    for rule in catalogue.rules:
        table.add_row(rule.code, rule.name, _severity(rule, lang), rule.title.get(lang))
    Console(file=out, highlight=False).print(table)


def explain_rule(rule: Rule, catalogue: Catalogue, lang: str, out: TextIO) -> None:
    from rich.console import Console
    from rich.syntax import Syntax
    from rich.text import Text

    console = Console(file=out, highlight=False)
    console.print(Text(f"{rule.code} {rule.name}", style="bold"), Text(f"[{_severity(rule, lang)}]"))
    console.print(Text(rule.title.get(lang), style="bold"))
    console.print()
    console.print(rule.description.get(lang))
    console.print()
    console.print(Text(say("docs.why", lang), style="bold"))
    console.print(rule.why.get(lang))
    if rule.explainable:
        console.print(Text(say("docs.explainable", lang), style="dim"))
    for which in ("pass", "fail"):
        heading = say(f"docs.{which}", lang)
        console.print()
        console.print(Text(heading, style="bold"))
        text = rule.examples.passing if which == "pass" else rule.examples.failing
        console.print(Syntax(text.rstrip(), "yaml", theme="ansi_dark", background_color="default"))
        for finding in example_findings(rule, catalogue, which, lang):
            console.print(Text(f"  → {finding.line}:{finding.col} {finding.message}", style="yellow"))


def readme_table(catalogue: Catalogue) -> str:
    """The README's rule table (Markdown): ``juesuan rules --format markdown``."""
    columns = [say(f"docs.column.{column}", "zh") for column in ("code", "name", "severity", "title")]
    lines = ["| " + " | ".join(columns) + " |", "|---|---|---|---|"]
    for rule in catalogue.rules:
        lines.append(f"| {rule.code} | `{rule.name}` | {_severity(rule, 'zh')} | {rule.title.zh} |")
    return "\n".join(lines)


def _severity(rule: Rule, lang: str) -> str:
    return say(f"severity.{rule.severity.value}", lang)
