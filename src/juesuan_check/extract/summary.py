"""情况说明 parts that give totals and their parts: 收入, 支出, 年末结转和结余, and 财政拨款支出 with its
overview and its breakdown by functional classification."""

from __future__ import annotations

from typing import Any

from juesuan_check.extract import phrases as ph
from juesuan_check.extract.record import Path, Recorder

# The words by which a 与上年相比 sentence speaks of a section's total rather than of its last part.
SUBJECTS = {"收入": ("收入",), "支出": ("支出",), "年末结转和结余": ("结转", "结余")}


class Summary(Recorder):
    def _totals(self, text: str) -> None:
        node = self._node()
        body_offset = len(text) - len(ph.strip_numbering(text))
        self.numbered = body_offset > 0  # a part of the total is a numbered paragraph (1.财政拨款收入…)
        for sentence in ph.SENTENCE.finditer(text):
            self._totals_sentence(node, text, sentence.start(), sentence.group(0))
            self.numbered = False  # only the paragraph's first sentence names the part
        self.cover(0, body_offset)

    def _totals_sentence(self, node: Path, text: str, offset: int, sentence: str) -> None:
        found = ph.items(sentence)
        is_total = self.get(node + ("合计",)) is None and found and found[0].start <= 1
        change = ph.change(sentence)
        if change is not None:
            target = node if self._about_section(change.subject) else (self._last_child(node) or node)
            self._change(target, change, offset)
            found = [item for item in found if item.start >= change.end or item.end <= change.start]
        if is_total and found:
            first = found.pop(0)
            if first.name != self.section:
                self.put(node + ("名称",), first.name)
            self.put(node + ("合计",), first.amount, (offset + first.start, offset + first.end))
            self._money(first)
        elif found and self.numbered and "其中" not in sentence[: found[0].start]:
            first = found.pop(0)
            child = self.append(node + ("明细",), {"名称": first.name, "金额": first.amount})
            self.cover(offset + first.start, offset + first.end)
            self._money(first)
            self._share(child, sentence, offset)
        child = self._last_child(node)
        described = ph.description(sentence)
        if described is not None and child is not None and change is None and "说明" not in self.get(child):
            self.put(child + ("说明",), described.value, (offset + described.start, offset + described.end))
        elif described is not None and child is None and change is None:
            self.put(node + ("说明",), described.value)
        if "其中" in sentence and found and child is not None:
            for item in found:
                self.append(child + ("明细",), {"名称": item.name, "金额": item.amount})
                self.cover(offset + item.start, offset + item.end)
                self._money(item)
        elif found and child is not None and child != node and self.numbered:
            for item in found:
                self.append(child + ("明细",), {"名称": item.name, "金额": item.amount})
                self.cover(offset + item.start, offset + item.end)

    def _about_section(self, subject: str) -> bool:
        words = SUBJECTS.get(self.section or "", ())
        return subject.startswith(("今年", "本年")) or any(word in subject for word in words) or not subject

    def _appropriations(self, text: str) -> None:
        if self.sub is None:
            self.sub = "总体情况"
        if self.sub == "总体情况":
            self._overall(text)
        else:
            self._functional(text)

    def _overall(self, text: str) -> None:
        node = self._node()
        for sentence in ph.SENTENCE.finditer(text):
            offset, words = sentence.start(), sentence.group(0)
            self._year(node, words, offset, leading=True)
            change = ph.change(words)
            if change is not None:
                self._change(node, change, offset)
                continue
            completions = ph.completions(words)
            if completions:
                for subject, value, start, end in completions:
                    target = self._child_named(node, subject) or node
                    self.put(target + ("年初预算完成率",), f"{value}%", (offset + start, offset + end))
                    self._labels_at(words, offset)
                continue
            found = ph.items(words)
            if found and self.get(node + ("合计",)) is None:
                first = found.pop(0)
                self.put(node + ("合计",), first.amount, (offset + first.start, offset + first.end))
                self._money(first)
            for item in found:
                self.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
                self.cover(offset + item.start, offset + item.end)
                self._money(item)

    def _functional(self, text: str) -> None:
        node = self._node()
        sentences = list(ph.SENTENCE.finditer(text))
        first_words = sentences[0].group(0) if sentences else text
        if self.get(node + ("合计",)) is None:
            self._year(node, first_words, 0, leading=True)
            found = ph.items(text)
            if found:
                total = found.pop(0)
                self.put(node + ("合计",), total.amount, (total.start, total.end))
                self._money(total)
                for item, next_start in zip(found, [i.start for i in found[1:]] + [len(text)], strict=True):
                    child = self.append(node + ("明细",), {"名称": item.name, "金额": item.amount})
                    self.cover(item.start, item.end)
                    self._share(child, text[item.end : next_start], item.end)
            return
        found = ph.items(text)
        if not found:
            return
        first = found[0]
        self.cover(0, len(text) - len(ph.strip_numbering(text)))
        existing = self._child_named(node, first.name) if self._is_class(node, first.name) else None
        if existing is not None:
            self.cls = existing
            self.cover(first.start, first.end)
            return
        parent = self.cls or node
        item: dict[str, Any] = {"名称": first.name, "金额": first.amount}
        child = self.append(parent + ("明细",), item)
        self.cover(first.start, first.end)
        self._money(first)
        rest = text[first.end :]
        described = ph.description(rest)
        if described is not None:
            self.put(child + ("说明",), described.value, (first.end + described.start, first.end + described.end))
        done = ph.completion(rest)
        if done is not None:
            self.put(child + ("年初预算完成率",), f"{done.value}%", (first.end + done.start, first.end + done.end))
        why = ph.reason(rest)
        if why is not None:
            self.put(child + ("原因",), why.value, (first.end + why.start, first.end + why.end))

    def _is_class(self, node: Path, name: str) -> bool:
        return any(child.get("名称") == name for child in self.get(node + ("明细",)) or [])

    # 三公经费 -------------------------------------------------------------------------------------------
