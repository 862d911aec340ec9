"""Misprints: figures the document printed without the % or the unit that says what they are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from juesuan_check.checks.kinds.base import Params, kind
from juesuan_check.checks.view import ReportView
from juesuan_check.findings import Hit
from juesuan_check.report.model import Labels
from juesuan_check.report.vocabulary import key

# A rate or a share (after 增长, 下降, 占 …) wants a %; any other figure, a unit.
_RATE = re.compile(r"增长|下降|上升|降低|占|率|幅度")  # 增加/减少 come before amounts as well


@kind("misprint", fields={"subject", "stated", "sign"})
def misprint(view: ReportView, params: Params) -> Iterator[Hit]:
    misprints = key(Labels, "misprints")
    for ref in view.labelled:
        for index, text in enumerate(ref.labels.misprints):
            sign = "百分号（%）" if _RATE.search(text) else "单位"
            yield Hit(ref.path + (misprints, index), {"subject": view.describe(ref.path), "stated": text, "sign": sign})
