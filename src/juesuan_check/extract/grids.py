"""Writing the figures of a table printed in the text (a 三公 table, a summary of income or spending) into its
section, beside what the sentences state.

Each figure goes where a sentence would have put it: 决算数 as the item's amount, 预算数 as its 年初预算, last
year's as the 上年 of its comparison, a change and a rate as its comparison. A figure the text states too is
taken once; a figure that differs from the text's is left unread (to be listed) and the item's changes with it,
since they may have been computed from either.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Optional

from juesuan_check.extract.inline_tables import EMPTY, Cell, is_total
from juesuan_check.extract.phrases import printed_name, sign
from juesuan_check.extract.reading import Path
from juesuan_check.extract.statements import StatementReader
from juesuan_check.extract.subjects import subject_of

_ORDER = {"actual": 0, "budget": 1, "previous": 2, "change": 3, "rate": 4}


class GridReader:
    def __init__(self, statements: StatementReader):
        self.s = statements
        self.r = statements.r

    def read(self, section: str, entries: list[tuple[str, str, int, Cell]]) -> None:
        conflicting: set[str] = set()
        saved = self.s.c.section, self.s.c.current
        self.s.c.section = section
        self.section = section
        for item, kind, polarity, cell in sorted(entries, key=lambda e: _ORDER[e[1]]):
            self.r.index = cell.index
            if cell.text in EMPTY:
                self.cover(cell)
                continue
            if item in conflicting:
                continue  # its other figures may have been computed from either version
            path = self.item(item)
            value = _number(cell.text)
            if path is None or value is None:
                continue
            if self.write(path, kind, polarity, value):
                self.cover(cell)
            elif kind == "actual":
                conflicting.add(item)
        self.s.c.section, self.s.c.current = saved

    def cover(self, cell: Cell) -> None:
        self.r.cover(0, len(self.r.paragraphs[cell.index].text))

    def item(self, label: str) -> Optional[Path]:
        node = ("情况说明", self.section)
        if is_total(label):
            return self.s.ensure(node)
        name = printed_name(label)
        subject = subject_of(name)
        if subject is None or subject.section != self.section:
            return None
        if subject.role == "total":
            return self.s.known(subject, name, None)
        return self.s.find(name, node) or self.s.known(subject, name, None)

    def write(self, path: Path, kind: str, polarity: int, value: Decimal) -> bool:
        """Record ``value``; False when the node has another figure there already."""
        if kind == "actual":
            key = ("金额",) if path[-2:-1] == ("明细",) else ("合计",)
            return self.put_all([(path + key, value, None)])
        if kind == "budget":
            return self.put_all([(path + ("年初预算",), value, None)])
        change = path + ("与上年相比",)
        if kind == "previous":
            return self.put_all([(change + ("上年",), value, None)])
        signed = value * polarity
        if kind == "change":
            if signed == 0:
                return self.put_all([(change + ("增减",), "持平", lambda old: old in ("持平", "无变化", "不变"))])
            word = "增加" if signed > 0 else "减少"
            return self.put_all([(change + ("金额",), abs(signed), None), (change + ("增减",), word, _agrees(signed))])
        if signed == 0:
            return self.put_all([(change + ("幅度",), "0%", lambda old: _number(str(old)) == 0)])
        word = "增长" if signed > 0 else "下降"
        has_word = self.r.get(change + ("增减",)) is not None or self.r.get(change + ("金额",)) is not None
        rate = (change + ("幅度",), f"{abs(signed)}%", lambda old: _number(str(old)) == abs(signed))
        return self.put_all([rate, (change + (("幅度增减",) if has_word else ("增减",)), word, _agrees(signed))])

    def put_all(self, values: list[tuple[Path, Any, Any]]) -> bool:
        """Record each (path, value, same) that is new, when every one that is there already agrees (``same``, or
        equality); False — and nothing written — when one does not."""
        for path, value, same in values:
            old = self.r.get(path)
            if old is not None and not (same(old) if same is not None else old == value):
                return False
        for path, value, _ in values:
            if self.r.get(path) is None:
                self.r.put(path, value)
        return True


def _agrees(signed: Decimal) -> Any:
    """Whether the direction word the text printed says what the table's signed figure does."""
    return lambda old: sign(str(old)) == (1 if signed > 0 else -1)


def _number(text: str) -> Optional[Decimal]:
    try:
        return Decimal(text.strip().rstrip("%"))
    except InvalidOperation:
        return None
