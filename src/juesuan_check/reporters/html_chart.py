"""The review page's chart of findings by rule, drawn as inline SVG: one bar per rule, its unexplained
findings in the colour of the rule's severity and its explained ones in grey, with the number of findings
and of units. A bar is a button: the page's script lists the units with that rule's findings."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from juesuan_check.findings import Severity
from juesuan_check.words import say

_ROW = 28  # height of a bar's row
_BAR_X = 470  # where bars start; the code and title are written to the left
_BAR_WIDTH = 330  # the longest bar
_TITLE_WIDTH = 390  # room for the title, in pixels at 13 px


@dataclass
class RuleCount:
    code: str
    name: str
    severity: Severity
    open: int = 0  # unexplained findings
    explained: int = 0
    units: int = 0  # units with at least one finding of the rule

    @property
    def total(self) -> int:
        return self.open + self.explained


def chart(rules: list[RuleCount], titles: dict[str, str], lang: str) -> str:
    """The chart's section; ``rules`` in the order drawn, ``titles`` by code."""
    heading = f'<section id="rules"><h2>{escape(say("html.by_rule", lang))}</h2>'
    if not rules:
        return f'{heading}<p class="empty">{escape(say("html.no_findings", lang))}</p></section>\n'
    longest = max(rule.total for rule in rules)
    height = _ROW * len(rules) + 4
    bars = "".join(_bar(index, rule, titles[rule.code], longest, lang) for index, rule in enumerate(rules))
    return (
        f'{heading}<p class="hint">{escape(say("html.by_rule_hint", lang))}</p>'
        f'<svg class="chart" viewBox="0 0 1000 {height}" width="1000" height="{height}" role="list" '
        f'aria-label="{escape(say("html.by_rule", lang))}">{bars}</svg></section>\n'
    )


def _bar(index: int, rule: RuleCount, title: str, longest: int, lang: str) -> str:
    y = index * _ROW + 2
    middle = y + _ROW / 2 + 1
    count = say("html.rule_count", lang, {"count": rule.total, "units": rule.units})
    open_width = _BAR_WIDTH * rule.open / longest
    explained_width = _BAR_WIDTH * rule.explained / longest
    label = escape(f"{rule.code} {title}: {count}")
    return (
        f'<g class="rule {rule.severity.value}" data-rule="{escape(rule.code)}" data-count="{rule.total}" '
        f'data-units="{rule.units}" tabindex="0" role="listitem" aria-label="{label}">'
        f"<title>{label}</title>"
        f'<rect class="row" x="0" y="{y}" width="1000" height="{_ROW - 2}"></rect>'
        f'<text class="code" x="6" y="{middle}">{escape(rule.code)}</text>'
        f'<text class="title" x="72" y="{middle}">{escape(_clipped(title))}</text>'
        f'<rect class="open" x="{_BAR_X}" y="{y + 5}" width="{open_width:.1f}" height="{_ROW - 12}"></rect>'
        f'<rect class="explained" x="{_BAR_X + open_width:.1f}" y="{y + 5}" width="{explained_width:.1f}" '
        f'height="{_ROW - 12}"></rect>'
        f'<text class="count" x="{_BAR_X + open_width + explained_width + 8:.1f}" y="{middle}">{escape(count)}</text>'
        "</g>"
    )


def _clipped(title: str) -> str:
    """``title`` cut with … where it would run into the bars (a wide character is about 13 px, others 7)."""
    width = 0
    for index, char in enumerate(title):
        width += 13 if ord(char) > 0x2E80 else 7
        if width > _TITLE_WIDTH:
            return title[:index] + "…"
    return title
