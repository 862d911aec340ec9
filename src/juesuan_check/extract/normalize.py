"""Text as the reader compares it: one form for what documents print in many.

- full-width digits and letters folded (NFKC), CJK radical look-alikes (⻔, ⻋ …) mapped to the characters
  they stand for, and the traditional script of this domain's words (萬元, 決算, 經費 …) read as simplified;
- punctuation in its Chinese form (，。：；（）), whatever the document used;
- thousands separators dropped (9,787.85 and "1, 537.4" are 9787.85 and 1537.4);
- spaces dropped, except between two Latin letters or numbers (PDFs space digits off from the characters
  around them; two numbers side by side stay two).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# The CJK Radicals Supplement forms that PDFs put in place of ordinary characters, which NFKC leaves alone.
_RADICALS = str.maketrans(
    {
        "⻔": "门", "⻋": "车", "⻓": "长", "⻢": "马", "⻅": "见", "⻆": "角", "⻛": "风", "⻜": "飞", "⻝": "食",
        "⻬": "齐", "⻩": "黄", "⻄": "西", "⺠": "民", "⻚": "页", "⻉": "贝", "⻈": "讠", "⻘": "青", "⻙": "韦",
        "⻥": "鱼", "⻦": "鸟", "⻮": "齿", "⻰": "龙", "⻳": "龟", "⺟": "母", "⺝": "月", "⼀": "一",
    }
)  # fmt: skip
# The traditional characters of this domain's vocabulary (NFKC does not fold scripts).
_TRADITIONAL = str.maketrans(
    {
        "萬": "万", "億": "亿", "決": "决", "經": "经", "費": "费", "預": "预", "門": "门", "資": "资", "產": "产",
        "購": "购", "車": "车", "輛": "辆", "務": "务", "會": "会", "國": "国", "際": "际", "計": "计", "總": "总",
        "與": "与", "較": "较", "減": "减", "長": "长", "員": "员", "單": "单", "項": "项", "類": "类", "級": "级",
        "關": "关", "機": "机", "運": "运", "維": "维", "護": "护", "轉": "转", "餘": "余", "結": "结", "財": "财",
        "撥": "拨", "發": "发", "區": "区", "縣": "县", "鎮": "镇", "鄉": "乡", "廳": "厅", "說": "说", "況": "况",
        "報": "报", "點": "点", "開": "开", "調": "调", "節": "节", "約": "约", "標": "标", "準": "准", "實": "实",
        "數": "数", "幣": "币", "績": "绩", "價": "价", "設": "设", "備": "备", "採": "采", "業": "业", "雜": "杂",
        "補": "补", "貼": "贴", "醫": "医", "療": "疗", "衛": "卫", "險": "险", "養": "养", "職": "职", "離": "离",
        "環": "环", "農": "农", "鄰": "邻", "導": "导", "組": "组", "織": "织", "團": "团", "態": "态", "帶": "带",
        "條": "条", "劃": "划", "規": "规", "屬": "属", "對": "对", "個": "个", "專": "专", "場": "场", "歲": "岁",
        "貨": "货", "額": "额", "據": "据", "積": "积", "權": "权", "證": "证", "處": "处",
    }
)  # fmt: skip
# Circled numbers number items (①财政拨款收入：…); NFKC would make them bare digits, read as figures.
_CIRCLED = str.maketrans({chr(0x2460 + n): f"（{n + 1}）" for n in range(20)})
_PUNCTUATION = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"})
_THOUSANDS = re.compile(r"(?<![0-9.])(?P<head>[0-9]{1,3}(?:,\s?[0-9]{3})+)(?![0-9])")
_KEPT_COMMA = "\ue000"  # a private-use character NFKC leaves alone
_SPACE = re.compile(r"(?<![A-Za-z0-9.%])\s+|\s+(?![A-Za-z0-9.])")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalize(text: str) -> str:
    # A full-width comma separates two figures (各是120，135万元), never thousands: it is kept apart from NFKC,
    # which would make it the ASCII comma that thousands are written with.
    text = _INVISIBLE.sub("", text.translate(_RADICALS).translate(_CIRCLED)).replace("，", _KEPT_COMMA)
    text = unicodedata.normalize("NFKC", text).translate(_TRADITIONAL)
    text = _THOUSANDS.sub(lambda m: re.sub(r",\s?", "", m.group("head")), text)
    text = _SPACE.sub("", text).replace(_KEPT_COMMA, "，")
    return text.translate(_PUNCTUATION).replace("。。", "。")


def normalize_mapped(text: str) -> tuple[str, tuple[int, ...]]:
    """``normalize(text)``, and for each of its characters the index in ``text`` of the character it was made
    from, so that a span of the normalised text can be found where it is printed. The same steps character by
    character (slower: ``normalize`` is what names and cells are compared by; tests hold the two equal)."""
    chars, origins = _folded(text)
    folded = "".join(chars)
    drop: set[int] = set()
    # thousands separators (9,787.85) and the space after one (1, 537.4)
    for match in _THOUSANDS.finditer(folded):
        for inner in re.finditer(r",\s?", match.group("head")):
            drop.update(range(match.start("head") + inner.start(), match.start("head") + inner.end()))
    kept = [(c, o) for i, (c, o) in enumerate(zip(chars, origins, strict=True)) if i not in drop]
    spaced = "".join(c for c, _ in kept)
    gaps = {i for match in _SPACE.finditer(spaced) for i in range(match.start(), match.end())}
    kept = [(c, o) for i, (c, o) in enumerate(kept) if i not in gaps]
    out: list[str] = []
    at: list[int] = []
    paired = False  # the full stop before was the first of a pair (。。 is one full stop)
    for char, origin in kept:
        char = "，" if char == _KEPT_COMMA else char.translate(_PUNCTUATION)
        if char == "。" and paired:
            paired = False
            continue
        paired = char == "。" and not paired
        out.append(char)
        at.append(origin)
    return "".join(out), tuple(at)


def _folded(text: str) -> tuple[list[str], list[int]]:
    """Characters folded one by one (look-alikes, circled numbers, NFKC, the traditional script), each with the
    index of the character it came from; a character and the combining marks after it are folded together."""
    visible = [index for index, char in enumerate(text) if not _INVISIBLE.match(char)]
    chars: list[str] = []
    origins: list[int] = []
    at = 0
    while at < len(visible):
        end = at + 1
        while end < len(visible) and unicodedata.combining(text[visible[end]]):
            end += 1
        piece = _fold(text[visible[at]] if end == at + 1 else "".join(text[i] for i in visible[at:end]))
        chars.extend(piece)
        origins.extend([visible[at]] * len(piece))
        at = end
    return chars, origins


@functools.lru_cache(maxsize=8192)
def _fold(piece: str) -> str:
    piece = piece.translate(_RADICALS).translate(_CIRCLED).replace("，", _KEPT_COMMA)
    return unicodedata.normalize("NFKC", piece).translate(_TRADITIONAL)
