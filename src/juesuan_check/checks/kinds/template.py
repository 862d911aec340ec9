"""Template residue: what a unit left of the template it filled in — unfilled choices (增加/减少), placeholders
(XX, 财政厅（局）), blank amounts recorded under 模板残留, the template's instructions, and the scope note of
another level of government."""

from __future__ import annotations

import re
from collections.abc import Iterator

from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.view import ReportView, TextRef
from juesuan_check.findings import Hit
from juesuan_check.names import clause_at, fold, region_prefixes
from juesuan_check.report.model import Labels, Report
from juesuan_check.report.tables import Table
from juesuan_check.report.vocabulary import key

# Printed placeholders: XX/×× for a name or a figure, the (局) of 财政厅（局）, an unfilled either/or.
PLACEHOLDER = re.compile(
    r"[XxＸｘ×]{2,}|[（(]局[）)]|增加[/／（(]减少|减少[/／（(]增加|增长[/／（(]下降|下降[/／（(]增长|上升[/／（(]下降"
)
# The template's instructions to whoever fills it in.
INSTRUCTION = re.compile(r"不涉及的不列|按上述格式|仍保留该表格式|本表下方作下述说明|此处填写|请根据实际|如无此项")
# The level a scope note names (省本级, 市本级 …) and the order of levels.
_SCOPE = re.compile(r"(省|市|州|县|区|旗|乡|镇)本级")
_LEVEL = {"省": 4, "市": 3, "州": 3, "县": 2, "区": 2, "旗": 2, "乡": 1, "镇": 1}


def _text_hit(view: ReportView, ref: TextRef, token: str, data: dict) -> Hit:
    line, col = view.locate(ref.path, token)
    return Hit(ref.path, {"subject": view.describe(ref.path), **data}, line=line, col=col)


@kind("template_placeholder", fields={"subject", "stated"})
def template_placeholder(view: ReportView, params: Params) -> Iterator[Hit]:
    """What the unit left unfilled, as recorded: 模板残留 entries, an unfilled choice of direction word, a
    placeholder in a paragraph's unit name."""
    residue, unit = key(Labels, "residue"), key(Labels, "unit")
    for ref in view.labelled:
        for index, text in enumerate(ref.labels.residue):
            yield Hit(ref.path + (residue, index), {"subject": view.describe(ref.path), "stated": text})
        if ref.labels.unit is not None and PLACEHOLDER.search(ref.labels.unit):
            yield Hit(ref.path + (unit,), {"subject": view.describe(ref.path), "stated": ref.labels.unit})
    table_residue = key(Table, "residue")
    for name, table in (view.report.tables or {}).items():
        for index, text in enumerate(table.residue):
            path = (key(Report, "tables"), name, table_residue, index)
            yield Hit(path, {"subject": f"《{name}》", "stated": text})
    for ref in view.nodes:
        for attr in ("change", "budget_change"):
            statement = getattr(ref.node, attr)
            if statement is None:
                continue
            for word_attr in ("direction", "percent_word"):
                word = getattr(statement, word_attr)
                if word is not None and PLACEHOLDER.search(word):
                    yield Hit(ref.at(attr, word_attr), {"subject": ref.label, "stated": word})


@kind("template_text", fields={"subject", "stated", "clause"})
def template_text(view: ReportView, params: Params) -> Iterator[Hit]:
    """A placeholder or an instruction of the template in the text as printed."""
    for ref in view.texts:
        for pattern in (PLACEHOLDER, INSTRUCTION):
            for match in pattern.finditer(ref.text):
                data = {"stated": match.group(0), "clause": clause_at(ref.text, match.start())}
                yield _text_hit(view, ref, match.group(0), data)


@kind("template_scope", fields={"subject", "stated", "clause", "unit"})
def template_scope(view: ReportView, params: Params) -> Iterator[Hit]:
    """A scope note of a higher level of government than the unit's own (省本级 in a county's report): a
    sentence copied from another level's template."""
    levels = [_LEVEL[prefix[-1]] for prefix in region_prefixes(view.report.unit) if prefix[-1] in _LEVEL]
    if not levels:
        return
    own = min(levels)
    for ref in view.texts:
        for match in _SCOPE.finditer(fold(ref.text)):
            if _LEVEL[match.group(1)] > own:
                data = {
                    "stated": match.group(0),
                    "clause": clause_at(ref.text, match.start()),
                    "unit": view.report.unit,
                }
                yield _text_hit(view, ref, match.group(0), data)
