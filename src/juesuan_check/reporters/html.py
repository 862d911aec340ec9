"""``--format html``: one self-contained page for reviewing a batch of reports — a summary, a chart of the
findings by rule, a sortable and filterable table of the units, and each unit's findings beside the lines
of its report file (or the paragraphs of its document) with the printed and recomputed figures.

Memory stays flat however many files are checked: as the results come, each unit's row of the table is
written to a temporary file, followed by its findings and source lines as compact JSON in a
``<script type="application/json">`` that the browser keeps as text until the unit is opened and a small
inline script renders it. Only counts are kept, and once the last result has passed, the page is
written: the summary and the chart first (so that a browser shows them at once, before it has read a
thousand units), then the rows. No network is used (a Content-Security-Policy forbids it and lets only
the page's own script run); every user-provided text is escaped, and the script builds elements with
``textContent``, never markup.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from html import escape
from pathlib import Path
from typing import Any, Optional, TextIO

from juesuan_check import __version__
from juesuan_check.findings import SOURCE_AROUND, Figures, FileResult, Finding
from juesuan_check.numbers import plain
from juesuan_check.reporters.context import Context
from juesuan_check.reporters.html_chart import RuleCount, chart
from juesuan_check.words import say

_ASSETS = Path(__file__).parent
_COUNTED = ("error", "warning", "info", "explained")
_STATUS_RANK = {"fail": 0, "invalid": 1, "pass": 2}  # how the table sorts them


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    lang = context.lang
    counts = _Counts()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as rows:  # until the summary, which comes first
        for index, result in enumerate(results):
            status = _status(result, context)
            counts.add(result, status)
            rows.write(_row(index, result, status, lang))
            rows.write(_json_script(f"d{index}", _unit_data(result, lang)))
        script = (_ASSETS / "html.js").read_text(encoding="utf-8")
        out.write(_head(lang, (_ASSETS / "html.css").read_text(encoding="utf-8"), script))
        out.write(_summary(counts, context))
        titles = {code: _title(context, code, rule.name) for code, rule in counts.rules.items()}
        drawn = sorted(counts.rules.values(), key=lambda r: (-r.severity.rank, -r.total, r.code))
        out.write(chart(drawn, titles, lang))
        out.write(_table_head(lang))
        rows.seek(0)
        shutil.copyfileobj(rows, out)
        out.write("</tbody></table></section>\n")
        out.write(_json_script("page", _page_data(titles, lang)))
        out.write(f"<script>{script}</script>\n</main>\n</body>\n</html>\n")


@dataclass
class _Counts:
    """What the summary and the chart need of the results that have passed."""

    files: int = 0
    statuses: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_STATUS_RANK, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_COUNTED, 0))
    rules: dict[str, RuleCount] = field(default_factory=dict)

    def add(self, result: FileResult, status: str) -> None:
        self.files += 1
        self.statuses[status] += 1
        for key in _COUNTED:
            self.found[key] += result.counts.get(key, 0)
        for finding in result.findings:
            rule = self.rules.setdefault(finding.code, RuleCount(finding.code, finding.name, finding.severity))
            if finding.explained:
                rule.explained += 1
            else:
                rule.open += 1
        for code in {finding.code for finding in result.findings}:
            self.rules[code].units += 1


def _status(result: FileResult, context: Context) -> str:
    if result.problems:
        return "invalid"
    return "fail" if any(context.fails(f) for f in result.findings) else "pass"


def _title(context: Context, code: str, name: str) -> str:
    rule = context.catalogue.get(code) if context.catalogue is not None else None
    return rule.title.get(context.lang) if rule is not None else name


def _head(lang: str, style: str, script: str) -> str:
    # Only the page's own script may run (by its hash); nothing may be fetched, not even a font or image.
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    title = escape(say("html.title", lang))
    made_by = escape(say("html.made_by", lang, {"tool": f"juesuan-check {__version__}"}))
    return (
        f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        f'<header><h1>{title}</h1><p class="made-by">{made_by}</p></header>\n'
        f'<noscript><p class="noscript">{escape(say("html.noscript", lang))}</p></noscript>\n<main>\n'
    )


def _table_head(lang: str) -> str:
    columns = [  # how the column sorts, how it is aligned, its heading
        ("text", "", say("html.unit", lang)),
        ("num", "num", say("html.year", lang)),
        ("num", "num", say("severity.error", lang)),
        ("num", "num", say("severity.warning", lang)),
        ("num", "num", say("severity.info", lang)),
        ("num", "num", say("severity.explained", lang)),
        ("num", "", say("html.status", lang)),
    ]
    heads = "".join(
        f'<th class="{align}" aria-sort="none"><button type="button" data-column="{index}" data-sort="{sort}">'
        f"{escape(label)}</button></th>"
        for index, (sort, align, label) in enumerate(columns)
    )
    options = "".join(
        f'<option value="{value}">{escape(label)}</option>'
        for value, label in (
            ("", say("html.every_status", lang)),
            ("fail", say("html.fail", lang)),
            ("pass", say("html.pass", lang)),
            ("invalid", say("html.invalid", lang)),
        )
    )
    return (
        f'<section id="units"><h2>{escape(say("html.units", lang))}</h2>\n'
        f'<div class="controls"><input type="search" id="search" placeholder="{escape(say("html.search", lang))}" '
        f'aria-label="{escape(say("html.search", lang))}">'
        f'<select id="status" aria-label="{escape(say("html.status", lang))}">{options}</select>'
        f'<button type="button" id="rule-filter" hidden></button>'
        f'<span id="shown" aria-live="polite"></span><span class="hint">{escape(say("html.open_hint", lang))}</span>'
        f"</div>\n<table><thead><tr>{heads}</tr></thead><tbody>\n"
    )


def _row(index: int, result: FileResult, status: str, lang: str) -> str:
    label = escape(result.unit or result.file)
    codes = " ".join(sorted({f.code for f in result.findings}))
    cells = [
        f'<td data-v="{label}"><button type="button" class="open" aria-expanded="false">{label}</button>'
        f'<span class="file">{escape(result.file)}</span></td>',
        _number_cell(result.year, ""),
    ]
    for key in _COUNTED:
        cells.append(_number_cell(None if result.problems else result.counts.get(key, 0), key))
    status_label = escape(say(f"html.{status}", lang))
    cells.append(f'<td data-v="{_STATUS_RANK[status]}"><span class="status {status}">{status_label}</span></td>')
    return (
        f'<tr class="unit" id="u{index}" data-i="{index}" data-status="{status}" data-rules="{escape(codes)}">'
        f"{''.join(cells)}</tr>\n"
    )


def _number_cell(value: Optional[int], key: str) -> str:
    """A cell of the year or of a count (``key``: error, warning, info, explained); — for none."""
    shown = "—" if value is None else str(value)
    css = f"n {key}" + (" zero" if value == 0 else "")
    count = f' data-count="{key}"' if key else ""
    return f'<td class="{css.strip()}" data-v="{-1 if value is None else value}"{count}>{shown}</td>'


def _unit_data(result: FileResult, lang: str) -> dict[str, Any]:
    """A unit's findings for the page's script, each as a list (the order is read by html.js)."""
    source = result.source
    return {
        "findings": [_finding_row(f, lang) for f in result.findings],
        "problems": [[p.line, p.col, p.message(lang)] for p in result.problems],
        "lines": source.lines if source is not None else {},
        "paragraphs": source.paragraphs if source is not None else {},
        "sourced": source is not None,
    }


def _finding_row(f: Finding, lang: str) -> list[Any]:
    related = [[r.path, r.line, r.col, r.place, r.file] for r in f.related]
    figures = _figures(f.figures, lang) if f.figures is not None else None
    # in the order html.js reads
    return [f.code, f.severity.value, f.message, f.line, f.col, f.path, f.section, f.place, f.explained, f.source,
            f.stated, figures, related]  # fmt: skip


def _figures(figures: Figures, lang: str) -> list[str]:
    return [figures.stated, figures.expected, figures.low, figures.high, figures.expression, _off(figures, lang)]


def _off(figures: Figures, lang: str) -> str:
    """How far the printed figure is from the recomputed one, with its sign; empty when they are not numbers."""
    percent = figures.stated.endswith("%")
    if percent != figures.expected.endswith("%"):
        return ""
    try:
        difference = Decimal(figures.stated.rstrip("%")) - Decimal(figures.expected.rstrip("%"))
    except InvalidOperation:
        return ""
    text = plain(abs(difference))
    sign = "+" if difference > 0 else "−" if difference < 0 else ""
    return sign + text + (say("html.points", lang) if percent else "")


def _summary(counts: _Counts, context: Context) -> str:
    lang = context.lang
    cards = [("files", say("html.files", lang), counts.files)]
    cards += [(status, say(f"html.{status}", lang), counts.statuses[status]) for status in ("fail", "pass", "invalid")]
    cards += [(key, say(f"severity.{key}", lang), counts.found[key]) for key in _COUNTED]
    shown = "".join(
        f'<div class="card {key}"><span class="value" data-summary="{key}">{value}</span>'
        f'<span class="label">{escape(label)}</span></div>'
        for key, label, value in cards
        if value or key != "invalid"  # a card for unreadable files only when there are some
    )
    level = say(f"severity.{context.tally.gate.fail_on.value}", lang)
    return (
        f'<section id="summary"><h2>{escape(say("html.summary", lang))}</h2>'
        f'<div class="cards">{shown}</div><p class="gate">{escape(say("html.gate", lang, {"level": level}))}</p>'
        "</section>\n"
    )


def _page_data(titles: dict[str, str], lang: str) -> dict[str, Any]:
    labels = {
        "error": say("severity.error", lang),
        "warning": say("severity.warning", lang),
        "info": say("severity.info", lang),
        "explained": say("severity.explained", lang),
        "stated": say("html.stated", lang),
        "expected": say("html.expected", lang),
        "off": say("html.off", lang),
        "expression": say("html.expression", lang),
        "interval": say("html.interval", lang),
        "related": say("html.related", lang),
        "found_by": say("html.found_by", lang),
        "no_source": say("html.no_source", lang),
        "clean": say("html.no_findings", lang),
        "invalid": say("html.invalid", lang),
        "whole": say("text.whole", lang),
        "shown": say("html.shown", lang),
        "rule_filter": say("html.rule_filter", lang),
        "colon": say("text.colon", lang),
    }
    return {"labels": labels, "rules": titles, "around": SOURCE_AROUND, "lang": lang}


def _json_script(element_id: str, data: Any) -> str:
    """``data`` as JSON the browser keeps as text; <, > and & are escaped so that no text can end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>\n'
