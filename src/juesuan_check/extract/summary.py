"""情况说明 parts that give totals and their parts: 收入, 支出, 年末结转和结余, and 财政拨款支出 with its
overview and its breakdown by functional classification."""

from __future__ import annotations

from typing import Any

from juesuan_check.extract import phrases as ph
from juesuan_check.extract.reading import Path, Reading
from juesuan_check.extract.sections import section

# The words by which a 与上年相比 sentence speaks of a section's total rather than of its last part.
SUBJECTS = {"收入": ("收入",), "支出": ("支出",), "年末结转和结余": ("结转", "结余")}


@section("收入", "支出", "年末结转和结余")
def _totals(r: Reading, text: str) -> None:
    node = r.node()
    body_offset = len(text) - len(ph.strip_numbering(text))
    r.numbered = body_offset > 0  # a part of the total is a numbered paragraph (1.财政拨款收入…)
    for sentence in ph.SENTENCE.finditer(text):
        _totals_sentence(r, node, text, sentence.start(), sentence.group(0))
        r.numbered = False  # only the paragraph's first sentence names the part
    r.cover(0, body_offset)


def _totals_sentence(r: Reading, node: Path, text: str, offset: int, sentence: str) -> None:
    found = ph.items(sentence)
    is_total = r.get(node + ("合计",)) is None and found and found[0].start <= 1
    change = ph.change(sentence)
    if change is not None:
        target = node if _about_section(r, change.subject) else (r.last_child(node) or node)
        r.change(target, change, offset)
        found = [item for item in found if item.start >= change.end or item.end <= change.start]
    if is_total and found:
        first = found.pop(0)
        if first.name != r.section:
            r.put(node + ("名称",), first.name)
        r.put(node + ("合计",), first.amount, (offset + first.start, offset + first.end))
        r.money(first)
    elif found and r.numbered and "其中" not in sentence[: found[0].start]:
        first = found.pop(0)
        child = r.append(node + ("明细",), {"名称": first.name, "金额": first.amount})
        r.cover(offset + first.start, offset + first.end)
        r.money(first)
        r.share(child, sentence, offset)
    child = r.last_child(node)
    described = ph.description(sentence)
    if described is not None and child is not None and change is None and "说明" not in r.get(child):
        r.put(child + ("说明",), described.value, (offset + described.start, offset + described.end))
    elif described is not None and child is None and change is None:
        r.put(node + ("说明",), described.value)
    if "其中" in sentence and found and child is not None:
        for item in found:
            r.append(child + ("明细",), {"名称": item.name, "金额": item.amount})
            r.cover(offset + item.start, offset + item.end)
            r.money(item)
    elif found and child is not None and child != node and r.numbered:
        for item in found:
            r.append(child + ("明细",), {"名称": item.name, "金额": item.amount})
            r.cover(offset + item.start, offset + item.end)


def _about_section(r: Reading, subject: str) -> bool:
    words = SUBJECTS.get(r.section or "", ())
    return subject.startswith(("今年", "本年")) or any(word in subject for word in words) or not subject


@section("财政拨款支出", "一般公共预算财政拨款支出")
def _appropriations(r: Reading, text: str) -> None:
    if r.sub is None:
        r.sub = "总体情况"
    if r.sub == "总体情况":
        _overall(r, text)
    else:
        _functional(r, text)


def _overall(r: Reading, text: str) -> None:
    node = r.node()
    for sentence in ph.SENTENCE.finditer(text):
        offset, words = sentence.start(), sentence.group(0)
        r.year(node, words, offset, leading=True)
        change = ph.change(words)
        if change is not None:
            r.change(node, change, offset)
            continue
        completions = ph.completions(words)
        if completions:
            for subject, value, start, end in completions:
                target = r.child_named(node, subject) or node
                r.put(target + ("年初预算完成率",), f"{value}%", (offset + start, offset + end))
                r.labels_at(words, offset)
            continue
        found = ph.items(words)
        if found and r.get(node + ("合计",)) is None:
            first = found.pop(0)
            r.put(node + ("合计",), first.amount, (offset + first.start, offset + first.end))
            r.money(first)
        for item in found:
            r.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
            r.cover(offset + item.start, offset + item.end)
            r.money(item)


def _functional(r: Reading, text: str) -> None:
    node = r.node()
    sentences = list(ph.SENTENCE.finditer(text))
    first_words = sentences[0].group(0) if sentences else text
    if r.get(node + ("合计",)) is None:
        r.year(node, first_words, 0, leading=True)
        found = ph.items(text)
        if found:
            total = found.pop(0)
            r.put(node + ("合计",), total.amount, (total.start, total.end))
            r.money(total)
            for item, next_start in zip(found, [i.start for i in found[1:]] + [len(text)], strict=True):
                child = r.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
                r.cover(item.start, item.end)
                r.share(child, text[item.end : next_start], item.end)
        return
    found = ph.items(text)
    if not found:
        return
    first = found[0]
    r.cover(0, len(text) - len(ph.strip_numbering(text)))
    existing = r.child_named(node, first.name) if _is_class(r, node, first.name) else None
    if existing is not None:
        r.cls = existing
        r.cover(first.start, first.end)
        return
    parent = r.cls or node
    item: dict[str, Any] = {"名称": first.name, "金额": first.amount}
    child = r.append(parent + ("明细",), item)
    r.cover(first.start, first.end)
    r.money(first)
    rest = text[first.end :]
    described = ph.description(rest)
    if described is not None:
        r.put(child + ("说明",), described.value, (first.end + described.start, first.end + described.end))
    done = ph.completion(rest)
    if done is not None:
        r.put(child + ("年初预算完成率",), f"{done.value}%", (first.end + done.start, first.end + done.end))
    why = ph.reason(rest)
    if why is not None:
        r.put(child + ("原因",), why.value, (first.end + why.start, first.end + why.end))


def _is_class(r: Reading, node: Path, name: str) -> bool:
    return any(child.get("名称") == name for child in r.get(node + ("明细",)) or [])
