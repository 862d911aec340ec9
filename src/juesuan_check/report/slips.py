"""Input-method slips: what a Chinese input method types where YAML wants ASCII — a full-width colon
(年度：2018), a colon without the space after it (年度:2018), a full-width comma between the entries of
{…}, full-width spaces used for indentation. YAML's own message for each is in English and often a line
off; each slip is found on its own line and told with the text to type instead.

A slip is looked for only where the file went wrong — the line of a YAML error and the one before it, a key
no report has, a value that should have been a mapping — so that a full-width colon inside a text is never
taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from juesuan_check.report.problems import Problem

_KEY = r"[\u4e00-\u9fff]{1,12}"  # the report's keys are Chinese words
_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'")


@dataclass(frozen=True)
class Slip:
    col: int  # 1-based, where the slip is
    key: str  # the words that tell it
    params: dict[str, Any] = field(default_factory=dict)


def _masked(line: str) -> str:
    """The line with quoted text blanked and the comment removed (positions kept)."""
    masked = _QUOTED.sub(lambda m: "_" * len(m.group()), line)
    comment = re.search(r"(^|\s)#", masked)
    return masked[: comment.start()] if comment else masked


def _fixed(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:39] + "…"


def line_slips(line: str) -> list[Slip]:
    """The slips on one line of a report file, left to right."""
    slips: list[Slip] = []
    indent = re.match(r"[ \u3000]*", line).group()  # type: ignore[union-attr]
    if "\u3000" in indent:
        fixed = indent.replace("\u3000", "  ") + line[len(indent) :]
        slips.append(Slip(indent.index("\u3000") + 1, "slip.indent", {"fixed": _fixed(fixed)}))
    masked = _masked(line)
    body = line
    # a key in block style: 年度：2018, 年度:2018, - 名称：基本支出
    block = re.match(rf"^([ \u3000]*(?:-\s+)*)({_KEY})(\s*：\s*|:(?=\S))", masked)
    if block is not None:
        rest = body[block.end() : len(masked)]
        fixed = f"{block.group(2)}: {rest.strip()}".rstrip()
        kind = "slip.colon" if "：" in block.group(3) else "slip.colon_space"
        slips.append(Slip(block.start(3) + 1, kind, {"fixed": _fixed(fixed)}))
    # inside {…}: a full-width comma before the next key, or a key with one of the slips above
    depth = 0
    for index, char in enumerate(masked):
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        if depth == 0:
            continue
        if char == "，" and re.match(rf"，\s*{_KEY}\s*[:：]", masked[index:]):
            fixed = body[max(0, masked.rfind("{", 0, index)) : index] + ", " + body[index + 1 :].lstrip()
            slips.append(Slip(index + 1, "slip.comma", {"fixed": _fixed(fixed.split("}")[0] + "}")}))
        elif char in "{,，":
            entry = re.match(rf"\s*({_KEY})(\s*：\s*|:(?=[^\s,}}]))", masked[index + 1 :])
            if entry is not None:
                at = index + 1 + entry.start(2)
                value = re.split(r"[,，}]", body[index + 1 + entry.end() :])[0]
                kind = "slip.colon" if "：" in entry.group(2) else "slip.colon_space"
                slips.append(Slip(at + 1, kind, {"fixed": _fixed(f"{entry.group(1)}: {value.strip()}")}))
    return slips


def problems_on(file: str, text: str, lines: list[int]) -> list[Problem]:
    """The slips on ``lines`` (1-based) of ``text`` as problems, each at its own line."""
    all_lines = text.splitlines()
    found = []
    for number in sorted(set(lines)):
        if 0 < number <= len(all_lines):
            for slip in line_slips(all_lines[number - 1]):
                found.append(Problem(file, number, slip.col, slip.key, slip.params))
    return found


def looks_slipped(key: str) -> bool:
    """Whether a key as read is a slip rather than a misspelling: it holds a colon or begins with a
    full-width space."""
    return key.startswith("\u3000") or "：" in key or re.search(r":\S", key) is not None
