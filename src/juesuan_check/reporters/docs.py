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
    """One line per rule: code, name, severity and title, the title wrapped under itself (never inside a
    number, never a line that begins with a closing mark) when the terminal is narrow."""
    from rich.console import Console
    from rich.text import Text

    from juesuan_check.reporters.layout import cells, wrap

    console = Console(file=out, highlight=False)
    rows = [(rule.code, rule.name, _severity(rule, lang), rule.title.get(lang)) for rule in catalogue.rules]
    headers = tuple(say(f"docs.column.{column}", lang) for column in ("code", "name", "severity", "title"))
    widths = [max(cells(row[index]) for row in [headers, *rows]) for index in range(3)]
    if console.width - sum(widths) - 6 < 16:  # too narrow for the name beside the title: drop the name
        widths[1] = 0
    for index, row in enumerate([headers, *rows]):
        lead = "".join(
            value + " " * (width - cells(value) + 2) for value, width in zip(row[:3], widths, strict=True) if width
        )
        for line in wrap(row[3], console.width, lead, " " * cells(lead)):
            console.print(Text(line, style="bold" if index == 0 else ""), soft_wrap=True)


def explain_rule(rule: Rule, catalogue: Catalogue, lang: str, out: TextIO) -> None:
    from rich.console import Console
    from rich.syntax import Syntax
    from rich.text import Text

    from juesuan_check.reporters.layout import wrap

    console = Console(file=out, highlight=False)

    def paragraph(text: str, style: str = "", indent: str = "", hanging: str | None = None) -> None:
        for line in wrap(text, console.width, indent, hanging):
            console.print(Text(line, style=style), soft_wrap=True)

    paragraph(f"{rule.code} {rule.name} [{_severity(rule, lang)}]", "bold")
    paragraph(rule.title.get(lang), "bold")
    console.print()
    paragraph(rule.description.get(lang))
    console.print()
    paragraph(say("docs.why", lang), "bold")
    paragraph(rule.why.get(lang))
    if rule.explainable:
        paragraph(say("docs.explainable", lang), "dim")
    for which in ("pass", "fail"):
        heading = say(f"docs.{which}", lang)
        console.print()
        paragraph(heading, "bold")
        text = rule.examples.passing if which == "pass" else rule.examples.failing
        console.print(
            Syntax(text.rstrip(), "yaml", theme="ansi_dark", background_color="default", word_wrap=True), soft_wrap=True
        )
        for finding in example_findings(rule, catalogue, which, lang):
            paragraph(f"{finding.line}:{finding.col} {finding.message}", "yellow", "  → ", "    ")


def readme_table(catalogue: Catalogue) -> str:
    """The README's rule table (Markdown): ``juesuan rules --format markdown``."""
    columns = [say(f"docs.column.{column}", "zh") for column in ("code", "name", "severity", "title")]
    lines = ["| " + " | ".join(columns) + " |", "|---|---|---|---|"]
    for rule in catalogue.rules:
        lines.append(f"| {rule.code} | `{rule.name}` | {_severity(rule, 'zh')} | {rule.title.zh} |")
    return "\n".join(lines)


def _severity(rule: Rule, lang: str) -> str:
    return say(f"severity.{rule.severity.value}", lang)
