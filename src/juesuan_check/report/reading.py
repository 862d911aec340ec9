"""From the loaded document to the typed report, with every validation error turned into a located problem."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from juesuan_check.report.loader import Document, Path, Span
from juesuan_check.report.model import Report
from juesuan_check.report.problems import InputError, Problem
from juesuan_check.report.values import Category
from juesuan_check.report.vocabulary import by_key, category_at, key, model_at
from juesuan_check.words import WORDS

M = TypeVar("M", bound=BaseModel)


# The decimals an amount can have in each money unit: to the fen (分), no finer.
DECIMALS = {"元": 2, "万元": 6, "亿元": 10}


def read_report(doc: Document) -> Report:
    if not isinstance(doc.data, dict):
        raise InputError([Problem(doc.file, 1, 1, "report.not_mapping")])
    finer = _finer_than_a_fen(doc)
    try:
        report = validate(doc, Report, _widened(doc.data))
    except InputError as exc:
        raise InputError(exc.problems + finer) from None
    if finer:
        raise InputError(finer)
    return report


def _widened(data: dict) -> dict:
    """The report's data with every amount printed with fewer decimals than its 金额小数位 read to that many
    (6.2 is 6.20, 1 is 1.00 in a report exported from a two-decimal spreadsheet), so that it stands for the
    narrow interval the table's figure stood for. Without 金额小数位, figures stand as printed."""
    places = data.get(key(Report, "money_decimals"))
    if not isinstance(places, int) or isinstance(places, bool) or not 0 <= places <= 6:
        return data
    quantum = Decimal((0, (1,), -places))

    def widen(value: Any, path: Path) -> Any:
        if isinstance(value, dict):
            return {k: widen(v, path + (k,)) for k, v in value.items()}
        if isinstance(value, list):
            return [widen(v, path + (i,)) for i, v in enumerate(value)]
        is_amount = isinstance(value, (int, Decimal)) and not isinstance(value, bool)
        if is_amount and category_at(Report, path) is Category.MONEY:
            written = Decimal(value)
            exponent = written.as_tuple().exponent
            if isinstance(exponent, int) and -exponent < places:
                return written.quantize(quantum)
        return value

    return widen(data, ())


def _finer_than_a_fen(doc: Document) -> list[Problem]:
    unit = doc.data.get(key(Report, "money_unit"))
    allowed = DECIMALS.get(unit) if isinstance(unit, str) else None
    if allowed is None:
        return []
    problems = []
    for path, span in doc.spans.items():
        if not path or category_at(Report, path) is not Category.MONEY:
            continue
        value = _at(doc.data, path)
        if isinstance(value, Decimal) and -value.as_tuple().exponent > allowed:  # type: ignore[operator]
            params = {
                "key": path[-1],
                "text": str(value),
                "places": -value.as_tuple().exponent,
                "unit": unit,
                "allowed": allowed,
            }
            problems.append(Problem(doc.file, span.line, span.col, "model.money_decimals", params))
    return problems


def _at(data: Any, path: Path) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def validate(doc: Document, model: type[M], data: Any = None, prefix: Path = ()) -> M:
    """``data`` (by default the whole document) as ``model``; errors name the file, line and key."""
    try:
        return model.model_validate(doc.data if data is None else data)
    except ValidationError as exc:
        raise InputError([_problem(doc, model, prefix, error) for error in exc.errors()]) from None


def _problem(doc: Document, model: type[BaseModel], prefix: Path, error: Any) -> Problem:
    inner: Path = tuple(error["loc"])
    loc: Path = prefix + inner
    kind = error["type"]
    params: dict[str, Any] = {"key": _key_name(loc), "path": "/".join(str(p) for p in loc), "msg": error["msg"]}
    params.update(error.get("ctx") or {})
    if kind == "extra_forbidden" and re.fullmatch(r"[0-9]+(\.[0-9]+)?", str(loc[-1])):
        kind = "extra_number"  # 1,234.56 inside {…}: the comma split the number into two entries
        span = doc.key_spans.get(loc) or doc.span(loc)
    elif kind == "extra_forbidden":
        import difflib

        known = _known_keys(model, inner[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.3)
        if close:
            kind = "extra_forbidden_suggest"
            params["suggestion"] = close[0]
        params["known"] = "、".join(known)
        span = doc.key_spans.get(loc) or doc.span(loc)
    elif kind == "missing":
        span = doc.span(loc[:-1]) if loc[:-1] else Span(1, 1, 0, 0)
    else:
        span = doc.spans.get(loc) or doc.span(loc)
        if kind in ("literal_error", "enum"):
            params["expected"] = "、".join(re.findall(r"'([^']*)'", error["ctx"]["expected"]))
        params.setdefault("text", _short(error.get("input")))
    line, col = (span.line, span.col) if span else (None, None)
    if kind in ("model_type", "model_attributes_type") and isinstance(error.get("input"), str) and line:
        from juesuan_check.report.slips import problems_on

        slips = problems_on(doc.file, doc.text, [line])  # 合计：1.00 is one string where a mapping belongs
        if slips:
            return slips[0]
    message = f"model.{kind}"
    if message not in WORDS:  # one of pydantic's own error types that a report file cannot normally cause
        message = "model.other"
    return Problem(doc.file, line, col, message, params)


def _key_name(loc: Path) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return ""


def _short(value: Any) -> str:
    text = str(value) if not isinstance(value, (dict, list)) else type(value).__name__
    return text if len(text) <= 40 else text[:37] + "…"


def _known_keys(root: type[BaseModel], loc: Path) -> list[str]:
    """The keys a mapping at ``loc`` accepts, found by following ``loc`` through the model classes."""
    model = model_at(root, loc)
    return list(by_key(model)) if model is not None else []
