"""Writing the extracted report as a YAML draft for a person to review, with the place in the document of
every value as a comment, and the sentences that were not understood listed at the end."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from juesuan_check.extract.documents import Paragraph, Quote
from juesuan_check.extract.narrative import Draft
from juesuan_check.numbers import plain
from juesuan_check.report.loader import Origin
from juesuan_check.report.model import Report
from juesuan_check.report.places import Anchor
from juesuan_check.report.vocabulary import keys_in_order, model_at

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9.+][^#:]*$")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "~"}


@dataclass(frozen=True)
class Written:
    text: str
    places: dict[int, Paragraph | Quote]  # draft line → the paragraph (or its words) its value came from
    coverage: tuple[int, int] = (0, 0)  # sentences with figures understood, and all of them
    anchors: dict[tuple, Anchor] = field(default_factory=dict)  # each drafted value → where it is printed

    @property
    def origins(self) -> dict[int, Origin]:
        """Where each drafted line came from, as the engine locates findings in the document."""
        return {line: Origin(p.line, p.place, p.text) for line, p in self.places.items()}


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if text.endswith("%") and re.fullmatch(r"[0-9]+(\.[0-9]+)?%", text):
        return text
    plain_ok = text.isprintable() and text == text.strip() and ": " not in text and not text.endswith(":")
    if plain_ok and _PLAIN.match(text) and text.lower() not in _RESERVED:
        return text
    return json.dumps(text, ensure_ascii=False)


_FLOW_UNSAFE = re.compile(r"[,\[\]{}#]|: |^[-?:!&*|>'\"%@`~]")


def _flow(values: list) -> str:
    """A table's row or columns as a flow list: ``[208, 社会保障和就业支出, 120.50, ~]`` (a blank is ``~``; a
    classification code stays a bare number, as a person types it)."""
    shown = []
    for value in values:
        if value is None:
            shown.append("~")
        elif isinstance(value, str) and re.fullmatch(r"[1-9][0-9]{2,6}", value):
            shown.append(value)
        elif isinstance(value, str) and not _FLOW_UNSAFE.search(value) and value.strip() == value and value:
            shown.append(_scalar(value))
        elif isinstance(value, str):
            shown.append(json.dumps(value, ensure_ascii=False))
        else:
            shown.append(_scalar(value))
    return "[" + ", ".join(shown) + "]"


def _key_order(mapping: dict, path: tuple) -> list:
    """The keys of ``mapping`` in the order the report model declares them (its name first); keys the model
    does not know at ``path`` follow in their own order."""
    model = model_at(Report, path)
    order = keys_in_order(model) if model is not None else []
    position = {key: index for index, key in enumerate(order)}
    return sorted(mapping, key=lambda key: position.get(key, len(order)))


class _Writer:
    def __init__(self, draft: Draft):
        self.draft = draft
        self.lines: list[str] = []
        self.places: dict[int, Paragraph | Quote] = {}
        self.anchors: dict[tuple, Anchor] = {}

    def line(self, text: str, path: tuple) -> None:
        place = self.draft.places.get(path)
        if place is not None:
            self.places[len(self.lines) + 1] = place
            self.anchors[path] = place.anchor()
            text = f"{text}  # {place.place}"
        self.lines.append(text)

    def mapping(self, mapping: dict, indent: int, path: tuple, first_prefix: str = "") -> None:
        for index, key in enumerate(_key_order(mapping, path)):
            value = mapping[key]
            lead = first_prefix if index == 0 and first_prefix else " " * indent
            self.value(f"{lead}{key}:", value, indent, path + (key,))

    def value(self, head: str, value: Any, indent: int, path: tuple) -> None:
        if isinstance(value, dict):
            if not value:
                self.line(f"{head} {{}}", path)
                return
            self.line(head, path)
            self.mapping(value, indent + 2, path)
        elif isinstance(value, list):
            if not value:
                self.line(f"{head} []", path)
                return
            if path and path[-1] == "列" and not any(isinstance(e, (dict, list)) for e in value):
                self.line(f"{head} {_flow(value)}", path)  # a table's columns, on one line
                return
            self.line(head, path)
            for index, element in enumerate(value):
                here = path + (index,)
                if isinstance(element, list):  # a table's row, as a flow list
                    self.line(f"{' ' * (indent + 2)}- {_flow(element)}", here)
                elif isinstance(element, dict):
                    self.mapping(element, indent + 4, here, first_prefix=" " * (indent + 2) + "- ")
                else:
                    self.line(f"{' ' * (indent + 2)}- {_scalar(element)}", here)
        else:
            self.line(f"{head} {_scalar(value)}", path)


def write(draft: Draft, source: str) -> Written:
    writer = _Writer(draft)
    writer.lines += [
        f"# 由 juesuan extract 从 {source} 提取的草稿：请逐项核对后再检查。",
        "# 每个值后的注释是它在原文中的位置。",
    ]
    total = draft.read + len(draft.unread)
    if total:
        writer.lines.append(
            f"# 读懂 {draft.read} / {total} 个含数字的句子；没有读懂的列在 未读 之下，请人工补录后删去。"
        )
    writer.mapping(draft.data, 0, ())
    return Written("\n".join(writer.lines) + "\n", writer.places, (draft.read, total), writer.anchors)
