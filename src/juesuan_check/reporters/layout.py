"""Line breaking for Chinese and mixed text at a given width, as Chinese typesetting does it: a line may
break between any two Chinese characters and at spaces, never inside a number or a word, never before a
closing mark (，。、）% …) and never after an opening one (（“ …). A terminal's own wrapping, and rich's for
a run of Chinese longer than the line, break anywhere.
"""

from __future__ import annotations

import re
import unicodedata

# Marks that never begin a line, and marks that never end one.
CLOSING = set("，。、；：？！）」』》〉】”’%％…—·,.;:?!)]}")
OPENING = set("（「『《〈【“‘([{")
# A run that is never broken: a number with its decimals and sign, a word, a code, a path.
_UNIT = re.compile(r"[0-9A-Za-z_.%+\-−/'#@:]+|\s+|.", re.S)


def cells(text: str) -> int:
    """How many terminal cells ``text`` takes (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _units(text: str) -> list[str]:
    """``text`` cut into the pieces a line may break between, each closing mark kept with what precedes it
    and each opening mark with what follows it."""
    pieces = _UNIT.findall(text)
    units: list[str] = []
    carry = ""
    for piece in pieces:
        if piece.isspace():
            if carry:
                units.append(carry)
                carry = ""
            units.append(" ")
            continue
        if piece[0] in CLOSING and units and not units[-1].isspace() and not carry:
            units[-1] += piece
            continue
        if piece in OPENING:
            carry += piece
            continue
        units.append(carry + piece)
        carry = ""
    if carry:
        units.append(carry)
    return units


def _words(text: str, room: int) -> list[str]:
    """The space-separated words of ``text`` kept whole, each word longer than ``room`` cut into units."""
    units: list[str] = []
    for index, word in enumerate(text.split(" ")):
        if index:
            units.append(" ")
        units.extend([word] if cells(word) <= room else _units(word))
    return units


def wrap(text: str, width: int, indent: str = "", hanging: str | None = None, keep_words: bool = False) -> list[str]:
    """``text`` as lines of at most ``width`` cells: the first begins with ``indent``, the others with
    ``hanging`` (by default ``indent``). With ``keep_words`` a line breaks only at spaces while the words
    fit (for labels such as 支出总计 › 基本支出 › 金额). A piece longer than a whole line is cut only as a
    last resort."""
    follow = indent if hanging is None else hanging
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = indent if not lines else follow, cells(indent if not lines else follow)
        start = line
        units = _words(paragraph, width - cells(follow)) if keep_words else _units(paragraph)
        for unit in units:
            size = cells(unit)
            if unit == " ":
                if line != start:
                    line, used = line + " ", used + 1
                continue
            if used + size > width and line.strip():
                lines.append(line.rstrip())
                line, used = follow, cells(follow)
            while used + size > width and size > width - cells(follow):  # longer than a line: cut it
                room = width - used
                head = _take(unit, room)
                lines.append((line + head).rstrip())
                unit = unit[len(head) :]
                size = cells(unit)
                line, used = follow, cells(follow)
            line, used = line + unit, used + size
        lines.append(line.rstrip())
    return lines


def _take(text: str, room: int) -> str:
    taken = ""
    for char in text:
        if cells(taken + char) > room:
            break
        taken += char
    return taken or text[:1]
