"""Reading the 情况说明 sentence by sentence, whatever section a sentence stands in.

A sentence is taken clause by clause (，；：). A clause states an amount of a subject (…为/是/共计 A万元), or
says something of the subject the sentence is about: its share (占…p%), its change against last year or against
the budget (与上年相比…增加 A万元，增长 p%; 较年初预算数减少…; 决算数小于预算数; 差值为…), its budget and
completion (年初预算为…，完成年初预算的 p%), its reason (主要原因是…), what it was for (主要用于…) and its counts
(团组, 人次, 批次, 辆). The subject comes from the clause's own noun phrase first (``subjects``), the list a
sentence opens (其中：…, 包括：…) and the numbered item it stands in second, and the heading last. A statement whose
place is uncertain is not recorded: its sentence is listed as not understood, so that no arithmetic is made
from a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Optional

from juesuan_check.extract.phrases import (
    ACTUAL,
    AMOUNT,
    BARE,
    BARE_SHARE,
    BOUGHT_AND_HELD,
    BUDGET,
    BUDGET_BASE,
    BUDGET_WORD,
    CLAUSE,
    COMPLETION,
    COUNTS,
    DIRECTION,
    FILLER,
    FLAT,
    GAP,
    GENERIC,
    LIST,
    LIST_START,
    LISTED,
    LOOSE_REASON,
    NOTE,
    NOTE_OPENS,
    NOTHING,
    NUMBER,
    NUMBERING,
    OTHER_BUDGET,
    PAIR,
    PAIR_CHANGE,
    PARENTHESES,
    PERCENT,
    PLACEHOLDER_FIGURE,
    REASON,
    SHARE,
    SHARE_AFTER,
    SMALL_FIRMS,
    WITHIN,
    YEAR,
    YEAR_BASE,
    after_amount,
    agree,
    as_money,
    foreign,
    is_class,
    is_subject,
    number,
    outer,
    printed_name,
    reason_rest,
    share_word,
    sign,
    split_phrase,
    unit_in,
)
from juesuan_check.extract.reading import Path, Reading
from juesuan_check.extract.subjects import FUNCTIONAL, Subject, last_named, parts_of, same_name, subject_of


@dataclass
class Context:
    """What the reader knows while it reads a paragraph and the ones after it."""

    section: Optional[str] = None  # from the heading
    sub: Optional[str] = None  # 总体情况 or 功能分类 within 财政拨款支出
    current: Optional[Path] = None  # the node the sentences speak of
    lists: dict[str, Path] = field(default_factory=dict)  # numbering style → the last node an item of it named
    open_list: Optional[Path] = None  # a 其中：/包括： that ends a paragraph opens a list for the next
    cls: Optional[Path] = None  # the current 功能分类 class
    year: Optional[int] = None  # the report's year, as the document prints it
    ahead: bool = False  # the section speaks of next year's budget (2022年“三公”经费预算安排情况)
    other_budget: bool = False  # the section names a budget with no key (全年预算, 调整预算): 预算数 is ambiguous


@dataclass
class Sentence:
    """One sentence being read: where it stands in its paragraph and what it has said so far."""

    text: str
    offset: int
    list_parent: Optional[Path] = None
    list_kind: str = "包括"  # 其中 (of which: maybe not all) or 包括 (made of)
    carried: bool = False  # the list was opened by the paragraph before (其中： at its end)
    list_children: list[Path] = field(default_factory=list)
    comparison: Optional[str] = None  # year | budget: a 与上年相比 / 与年初预算相比 opened in this sentence
    target: Optional[Path] = None  # the node a comparison speaks of
    change: Optional[Path] = None  # the 与上年相比 or 与年初预算相比 mapping it has written
    subjects: list[Path] = field(default_factory=list)  # the nodes its statements spoke of, in order
    refused: bool = False  # it printed another figure for something already recorded: the rest is not read
    amounts: list[Path] = field(default_factory=list)  # the nodes whose amounts it stated, in order
    read_to: int = 0  # where a reason read on from its clause ends: the clauses before it are read
    targeted: int = 0  # how many amounts it had stated when its comparison's subject was last set


class StatementReader:
    """Reads the sentences of 情况说明 paragraphs into a reading, clause by clause."""

    def __init__(self, reading: Reading, context: Context):
        self.r = reading
        self.c = context
        self.totals: dict[Path, str] = {}  # each section node and the subject its total was read as
        self.inferred: set[int] = set()  # the wholes whose parts were placed by what they are, not by a list

    # -- places in the report file ------------------------------------------------------------------------

    APPROPRIATIONS = ("财政拨款支出", "一般公共预算财政拨款支出")

    def section_node(self, section: str) -> Path:
        if section in self.APPROPRIATIONS:
            sub = self.c.sub if self.c.section == section and self.c.sub else "总体情况"
            return ("情况说明", section, sub)
        if self.c.ahead:
            return ("情况说明", section, "下年预算")
        return ("情况说明", section)

    def next_year(self, phrase: str) -> bool:
        """Whether a noun phrase names next year's budget (2022年度“三公”经费预算 in a 2021 report)."""
        year = YEAR.search(phrase)
        return (
            self.c.year is not None
            and year is not None
            and int(year.group(0)) == self.c.year + 1
            and "预算" in phrase[year.end() :]
            and "决算" not in phrase[year.end() :]
        )

    def ensure(self, path: Path) -> Path:
        if self.r.get(path) is None:
            self.r.put(path, {})
        return path

    def child(self, parent: Path, name: str) -> Path:
        """The part of ``parent`` named ``name``: an existing one of the same name, or a new one."""
        self.ensure(parent)
        children = self.r.get(parent + ("明细",)) or []
        for index, existing in enumerate(children):
            if same_name(existing.get("名称", ""), name):
                return parent + ("明细", index)
        subject = subject_of(name)
        if subject is not None and subject.parent is not None:  # a part of a part, under its whole
            whole = [i for i, c in enumerate(children) if is_subject(c, subject.parent)]
            if len(whole) == 1:
                self.inferred.add(id(children[whole[0]]))  # placed by what it is, not by a printed list
                return self.child(parent + ("明细", whole[0]), name)
        if subject is not None:  # 事业收入 after 教育事业收入: the one part of the same subject
            alike = [i for i, c in enumerate(children) if subject_of(str(c.get("名称", ""))) == subject]
            if len(alike) == 1:
                return parent + ("明细", alike[0])
        path = self.r.append(parent + ("明细",), {"名称": name})
        if subject is not None:  # a whole named after its parts: they move under it
            members = [
                i
                for i, c in enumerate(children[:-1])
                if (part := subject_of(str(c.get("名称", "")))) is not None and part.parent == subject.name
            ]
            if members:
                moved = {parent + ("明细", i) for i in members}
                index = self.r.adopt(parent + ("明细",), path[-1], members)
                path = parent + ("明细", index)
                self.inferred.add(id(self.r.get(path)))  # parts named before it: maybe not all of them
                self.c.lists = {k: v for k, v in self.c.lists.items() if v not in moved}
        return path

    def find(self, name: str, within: Optional[Path]) -> Optional[Path]:
        """An existing node named ``name`` at or under ``within``."""
        if within is None:
            return None
        node = self.r.get(within)
        if isinstance(node, dict):
            if same_name(node.get("名称", ""), name):
                return within
            for index in range(len(node.get("明细", []) or [])):
                found = self.find(name, within + ("明细", index))
                if found is not None:
                    return found
        return None

    # -- amounts ----------------------------------------------------------------------------------------------

    def place(self, phrase: str, numbered: Optional[str], s: Sentence) -> Optional[Path]:
        """Where the subject ``phrase`` names is recorded, or None when that is uncertain."""
        name = printed_name(phrase)
        if not name:
            return None
        subject = subject_of(name)
        functional = FUNCTIONAL.match(name)
        if functional and self.c.section in self.APPROPRIATIONS:
            return self.functional(name, functional, numbered)  # 某支出（类）: a class wherever it is listed
        if s.list_parent is not None and subject is not None and self.outside_list(subject, s):
            self.close_list(s)
            s.list_parent = None  # 其中：国内公务接待…；公务用车购置及运行维护费…: the list has ended
        own_total = (
            subject is not None and subject.role == "total" and s.list_parent == self.section_node(subject.section)
        )
        if s.list_parent is not None and own_total:
            return None  # the list's own total named inside it: not one of its parts
        if s.list_parent is not None and not (subject and subject.role == "total" and not self.under_list(subject, s)):
            if s.carried and subject is None and self.c.section not in self.APPROPRIATIONS:
                return None  # a sentence after a list's paragraph that names nothing known: not surely a part
            return self.list_child(s, subject, name)
        if functional or (subject is None and self.c.section in self.APPROPRIATIONS):
            return self.functional(name, functional, numbered)
        if subject is None:
            if numbered and self.c.current is not None:
                return self.numbered_child(numbered, name)
            return None
        return self.known(subject, name, numbered)

    def outside_list(self, subject: Subject, s: Sentence) -> bool:
        """Whether a known part of a section cannot be a part of the list's node: a list under one 三公 item
        does not hold another item of the same rank."""
        assert s.list_parent is not None
        whole = subject_of(str((self.r.get(s.list_parent) or {}).get("名称", "")))
        if whole is None or whole.role == "total" or subject.role != "part" or subject.section != whole.section:
            return False
        if subject.section != "三公经费":  # elsewhere a part may be broken down by another (财政拨款收入)
            return False
        return subject.parent != whole.name

    def under_list(self, subject: Subject, s: Sentence) -> bool:
        return s.list_parent is not None and s.list_parent[:2] == ("情况说明", subject.section)

    def list_child(self, s: Sentence, subject: Optional[Subject], name: str) -> Path:
        assert s.list_parent is not None
        if subject is not None and subject.role == "named" and s.list_parent[:2] == ("情况说明", subject.section):
            return self.named(subject, name)
        path = self.child(s.list_parent, name)
        if path not in s.list_children:
            s.list_children.append(path)
        return path

    def named(self, subject: Subject, name: str) -> Path:
        base = self.section_node(subject.section)
        path = base + (subject.key,)
        self.ensure(path)
        self.r.put(path + ("名称",), name)
        return path

    def known(self, subject: Subject, name: str, numbered: Optional[str]) -> Path:
        base = self.section_node(subject.section)
        if subject.role == "named":
            return self.named(subject, name)
        if subject.role == "total":
            node = self.ensure(base)
            first = self.totals.setdefault(node, subject.name)
            if first != subject.name:
                # a second total of the section (本年收入合计 after 收入总计): a part of the first
                self.r.put(node + ("明细不全",), True)
                return self.child(node, name)
            if subject.section in ("收入", "支出", "政府采购") and "名称" not in self.r.get(node):
                self.r.put(node + ("名称",), name)
            return node
        parent = base
        if subject.parent is not None:
            parent = self.find(subject.parent, base) or base
            if parent != base:  # placed under its whole by what it is: the whole's parts may not all be named
                self.inferred.add(id(self.r.get(parent)))
        elif numbered and self.c.lists.get(outer(numbered)) is not None and self.c.section == subject.section:
            parent = self.c.lists[outer(numbered)] or base
        path = self.child(parent, name)
        if numbered:
            self.c.lists[numbered] = path
        return path

    def numbered_child(self, numbered: str, name: str) -> Path:
        parent = self.c.lists.get(outer(numbered)) or self.section_total()
        path = self.child(parent, name)
        self.c.lists[numbered] = path
        return path

    def section_total(self) -> Path:
        return self.section_node(self.c.section) if self.c.section else ("情况说明",)

    def functional(self, name: str, match: Optional[re.Match], numbered: Optional[str]) -> Optional[Path]:
        """A 功能分类 class (类) or item (项) of the appropriations section being read."""
        section = self.c.section if self.c.section in self.APPROPRIATIONS else "一般公共预算财政拨款支出"
        total = ("情况说明", section, "功能分类")
        if match is not None:
            cls = self.child(total, match.group("cls"))
            self.c.cls = cls
            item, group = match.group("item"), match.group("section")
            parent = self.child(cls, group) if group else cls  # 某（类）某（款）某（项）: the 款 between them
            return self.child(parent, item) if item else parent
        if is_class(name):
            self.c.cls = self.child(total, name)
            return self.c.cls
        if self.c.cls is not None:
            return self.child(self.c.cls, name)
        return None

    # -- reading -------------------------------------------------------------------------------------------

    def paragraph(self, text: str) -> None:
        """Read one paragraph of a 情况说明 section."""
        if OTHER_BUDGET.search(text):
            self.c.other_budget = True
        match = NUMBERING.match(text)
        numbered = None
        if match and (match.group("arabic") or match.group("paren") or match.group("circled")):
            numbered = "arabic" if match.group("arabic") else "paren" if match.group("paren") else "circled"
            self.r.cover(0, match.end())
        list_parent, self.c.open_list = self.c.open_list, None
        carried = list_parent is not None
        if numbered:
            list_parent = None  # a numbered item names its own subject
        said: list[Sentence] = []
        heading_ahead = self.c.ahead
        for found in re.finditer(r"[^。！？]+[。！？]?", text):
            s = Sentence(found.group(0), found.start(), list_parent=list_parent, carried=carried)
            carried = False
            if said and said[-1].comparison and LIST_START.match(s.text):
                s.comparison = said[-1].comparison  # 比2017年减少…。其中：A减少…；B…: the parts' changes
            if PLACEHOLDER_FIGURE.search(s.text) and self.residue(s):
                continue
            self.sentence(s, numbered if found.start() <= (match.end() if match else 0) else None)
            self.close_list(s)
            said.append(s)
            if any("下年预算" in path for path in s.subjects):
                self.c.ahead = True  # the paragraph goes on about next year's budget
            list_parent = s.list_parent if s.list_parent is not None and LIST.search(s.text.rstrip("。")) else None
        if list_parent is not None:
            self.c.open_list = list_parent
        self.keep_years(said)
        self.c.ahead = heading_ahead

    def named_in(self, text: str) -> Optional[Path]:
        """The recorded node a sentence names before its first figure, if any (nothing is created)."""
        figure = AMOUNT.search(text)
        subject = subject_of(printed_name(text[: figure.start()] if figure else text) or "-")
        if subject is None or self.r.get(("情况说明", subject.section)) is None:
            return None
        if subject.role == "total":
            return self.section_node(subject.section)
        return self.find(subject.name, self.section_node(subject.section))

    def residue(self, s: Sentence) -> bool:
        """A sentence of the template left unfilled (收入支出总计XXX万元…): recorded as printed, under 模板残留 of
        what it speaks of, for the template rules; none of its figures is read."""
        node = self.named_in(s.text.replace("X", "0")) or (
            self.ensure(self.section_node(self.c.section)) if self.c.section else self.named_total(s.text)
        )
        if node is None:
            return False
        found = list(self.r.get(node + ("模板残留",)) or [])
        text = s.text.strip().rstrip("。")
        if text not in found:
            self.r.put(node + ("模板残留",), [*found, text])
        self.r.cover(s.offset, s.offset + len(s.text))
        self.c.current = node
        return True

    def named_total(self, text: str) -> Optional[Path]:
        """The section whose total a sentence names before its first placeholder (2020年度收入总计XXX万元), made if
        the report has none yet."""
        figure = PLACEHOLDER_FIGURE.search(text)
        subject = subject_of(printed_name(text[: figure.start()] if figure else text) or "-")
        if subject is None or subject.role != "total":
            return None
        return self.ensure(self.section_node(subject.section))

    def finish(self) -> None:
        """A whole whose parts were placed under it by what they are (公务用车购置费 under 公务用车购置及运行维护费)
        holds all of them only when every part of its kind is named; otherwise it says 明细不全."""
        for path, node in _nodes(self.r.data.get("情况说明"), ("情况说明",)):
            if id(node) not in self.inferred or node.get("明细不全"):
                continue
            whole = subject_of(str(node.get("名称", "")))
            wanted = parts_of(whole.name) if whole is not None else set()
            named = {getattr(subject_of(str(c.get("名称", ""))), "name", None) for c in node.get("明细", [])}
            if not wanted or not wanted <= named:
                self.r.put(path + ("明细不全",), True)

    def keep_years(self, said: list[Sentence]) -> None:
        """A paragraph that names a year its statements did not take as a label — a comparison's base (与2021年
        相比) or a year no statement took — is a candidate for the 原文 of what it speaks of, where the label rules
        look for a wrong year; the reader keeps those naming a year other than the report's. The 原文 is the
        paragraph's sentences that name a year."""
        node = None
        for s in said:
            for year in YEAR.finditer(s.text):
                if node is None and self.r.uncovered(s.offset + year.start()):
                    node = s.subjects[0] if s.subjects else self.named_in(s.text) or self.c.current
        if node is None:
            return
        text = "".join(s.text for s in said if YEAR.search(s.text)).strip()
        self.r.year_texts.append((node, self.r.index, text))
        for s in said:
            self.cover_years(s.text, s.offset)

    def close_list(self, s: Sentence) -> None:
        """A list that says 其中 and names one part names only a part: its parent says so (明细不全)."""
        if s.list_parent is not None and len(s.list_children) == 1 and s.list_kind == "其中":
            self.r.put(s.list_parent + ("明细不全",), True)

    def sentence(self, s: Sentence, numbered: Optional[str]) -> None:
        if self.pairs(s) or self.small_firms(s):
            return
        offset = s.offset
        for clause in CLAUSE.finditer(s.text):
            for part in after_amount(clause.group(0)):  # A 1万元、B 2万元: one clause each
                if s.refused:
                    return  # a second figure for what the sentence speaks of: nothing more of it is recorded
                start = offset + clause.start() + clause.group(0).index(part)
                if start < s.read_to:
                    continue  # the words of a reason read with the clause before
                self.clause_with_parts(s, part, start, numbered)
                numbered = None  # only the paragraph's first clause names the numbered item

    def clause_with_parts(self, s: Sentence, text: str, at: int, numbered: Optional[str]) -> None:
        """A clause whose figure is broken down in parentheses (公车购置及运行费995万元（其中购置费38万元，运行费
        958万元）): the clause is read without them, then what they list as the parts of what it stated."""
        inner = PARENTHESES.search(text)
        if inner is None or not AMOUNT.search(inner.group("list")):
            self.clause(s, text, at, numbered)
            return
        around = text[: inner.start()] + FILLER * (inner.end() - inner.start()) + text[inner.end() :]
        self.clause(s, around, at, numbered)
        whole = self.c.current
        if whole is None:
            return
        listed = inner.group("list")
        start = at + inner.start("list")
        kind = "其中" if listed.startswith("其中") or listed.startswith("含") else "包括"
        part = Sentence(listed, start, list_parent=whole, list_kind=kind)
        self.r.cover(at + inner.start(), start)
        self.r.cover(at + inner.end() - 1, at + inner.end())
        for clause in LISTED.finditer(listed):
            self.clause(part, clause.group(0).removeprefix("含"), start + clause.start(), None)
        self.close_list(part)
        self.c.current = whole

    def clause(self, s: Sentence, text: str, at: int, numbered: Optional[str]) -> None:
        body = text.rstrip("，；：,;:")
        if not body:
            return
        if LIST_START.match(body) and s.list_parent is None and self.c.current is not None:
            s.list_parent = self.c.current
            s.list_kind = "其中" if body.startswith("其中") else "包括"
        within = WITHIN.fullmatch(body)
        if within is not None:  # 在项目支出当中，A a，B b: a list of the parts of what it names
            parent = self.within(within.group("name"))
            if parent is not None:
                s.list_parent, s.list_kind = parent, "包括"
                self.r.cover(at, at + len(text))
                return
        if LIST.search(body) and not AMOUNT.search(body):
            if self.c.current is not None:
                if s.list_parent != self.c.current:  # a list inside a list: its own parts
                    self.close_list(s)
                    s.list_children = []
                s.list_parent = self.c.current
                s.list_kind = "其中" if "其中" in body or "主要" in body else "包括"
            self.r.cover(at, at + len(text))
            return
        if NOTE_OPENS.fullmatch(body) and self.c.current is not None and self.note_list(s, text, at):
            return
        alone = body.rstrip("。") == s.text.strip().rstrip("。")  # 1、某（类）某（款）某（项）。: a sentence of its own
        whole = text.endswith("：") or (alone and bool(FUNCTIONAL.match(printed_name(body))))
        if whole and not re.search(r"[0-9]", NUMBERING.sub("", body)) and self.topic(s, body, numbered):
            self.r.cover(at, at + len(text))
            return
        for read in (self.budget_word, self.reason, self.completion, self.gap, self.comparison, self.budget,
                     self.actual, self.share, self.amount, self.counts, self.note, self.nothing):  # fmt: skip
            if read(s, body, at, numbered):
                break

    def note_list(self, s: Sentence, text: str, at: int) -> bool:
        """人员经费480.00万元，主要包括：基本工资、津贴补贴…；: what the node consists of, as its 说明 (the items as
        printed, separated by 、), up to the ；that ends it; not when it lists figures."""
        start = at - s.offset + len(text)
        end = s.text.find("；", start)
        listed = s.text[start : end if end >= 0 else len(s.text)]
        what = listed.strip("，。； ")
        assert self.c.current is not None
        if not what or AMOUNT.search(listed) or PERCENT.search(listed):
            return False
        if self.r.get(self.c.current + ("说明",)) is None:
            self.r.put(self.c.current + ("说明",), what)
        self.r.cover(at, at + len(text) + len(listed))
        s.read_to = max(s.read_to, s.offset + start + len(listed))
        return True

    def topic(self, s: Sentence, body: str, numbered: Optional[str]) -> bool:
        """1.社会保障和就业（类）…（项）：支出决算为…: a clause that names what the next ones speak of."""
        name = printed_name(body)
        if not name or LIST.search(body) or (subject_of(name) is None and not FUNCTIONAL.match(name)):
            return False
        path = self.place(body, numbered, s)
        if path is None:
            return False
        self.c.current = path
        return True

    def heading_subject(self, heading: str) -> None:
        """A sub-heading that names a part of the section (（1）因公出国（境）支出情况): its paragraphs speak of
        that part."""
        name = re.sub(r"(?:决算)?(?:的)?(?:情况|说明|情况说明)+[。：]?$", "", heading).strip("。： ")
        subject = subject_of(name)
        if not name or subject is None or self.c.section is None or subject.section != self.c.section:
            return
        if subject.role == "total":
            self.c.current = self.section_total()
            return
        path = self.find(name, self.section_total()) or self.known(subject, printed_name(name), None)
        self.c.current = path

    def within(self, name: str) -> Optional[Path]:
        """The node 在…中 names: one of that name, or the node being read when the names share a word."""
        for place in (self.c.current, self.section_total() if self.c.section else None):
            found = self.find(name, place)
            if found is not None:
                return found
        current = self.r.get(self.c.current) if self.c.current else None
        if isinstance(current, dict) and share_word(str(current.get("名称", "")), name):
            return self.c.current
        return None

    # -- what a clause says -------------------------------------------------------------------------------

    def reason(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        found = REASON.search(body)
        loose = LOOSE_REASON.match(body) if s.comparison else None
        if found is None and loose is None:
            return False
        if found is not None and AMOUNT.search(body[: found.start()]):
            return False  # an amount first: the reason is read with the rest of the sentence
        why = (found or loose).group("text").strip("，；。 ")
        rest = s.text[at - s.offset + len(body) :]
        rest = reason_rest(rest)
        why = (why + rest).strip("，；：。 ") if found is not None else why
        target = s.change if s.comparison and s.change is not None else self.c.current
        lead = body[: found.start()] if found is not None else ""
        subject_words = re.sub(rf"(?:同比)?(?:{DIRECTION})(?:（[^）]*）)?的?$", "", lead)  # …支出减少的
        named = self.subject_in(subject_words, numbered, s) if subject_of(printed_name(subject_words) or "-") else None
        changed = re.search(r"同比|比上年|较上年|与上年|增加|减少|增长|下降", lead)
        in_change = s.comparison is not None and s.change is not None
        node = named or (self.c.current if changed and not in_change else None)
        if node is not None:  # 2015年“三公”经费支出决算同比下降的原因主要是…: the reason of what it names
            target = node + ("与上年相比",) if changed and self.r.get(node + ("与上年相比",)) else node
        if target is None or not why:
            return False
        s.subjects.append(named or target)
        key = "原因"
        if self.r.get(target + (key,)) is None:
            self.r.put(target + (key,), why)
        self.r.cover(at, at + len(body))
        for year in YEAR.finditer(lead):  # a year the reason's subject is labelled with stays to be checked
            self.r.mark_base(at + year.start())
        start = at + len(body)
        self.r.cover(start, start + len(rest) if found is not None else start)
        if found is not None:
            s.read_to = max(s.read_to, start + len(rest))
        return True

    def completion(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        found = COMPLETION.search(body)
        if found is None:
            return False
        target = self.subject_in(body[: found.start()], numbered, s) or self.c.current
        if target is None:
            return False
        self.r.put(target + ("年初预算完成率",), f"{found.group('value')}%", (at + found.start(), at + found.end()))
        self.r.cover(at, at + found.start())
        return True

    def gap(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        found = GAP.search(body)
        if found is None or self.c.current is None:
            return False
        value, _ = as_money(found)
        self.r.put(self.c.current + ("与年初预算相比", "金额"), value, (at + found.start(), at + found.end()))
        self.r.cover(at, at + found.start())
        return True

    def budget_word(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        found = BUDGET_WORD.search(body)
        if found is None or self.c.current is None:
            return False
        word = found.group("word")
        word = {"同": "持平", "低于": "小于", "高于": "大于"}.get(word, word)
        if found.group("flat"):
            word = "持平"
        if "年初" in found.group(0) or not self.c.other_budget:
            # beside a 全年预算 or 调整预算, 决算数小于预算数 may speak of either: the word is not recorded
            self.r.put(self.c.current + ("与年初预算相比", "增减"), word, (at + found.start(), at + found.end()))
        reason = REASON.search(body[found.end() :])
        if reason is not None:  # 决算数小于预算数的主要原因是…: its reason, as far as reason() would take it
            end = at - s.offset + len(body)
            rest = reason_rest(s.text[end:])
            why = (reason.group("text") + rest).strip("，；：。 ")
            if why and self.r.get(self.c.current + ("原因",)) is None:
                self.r.put(self.c.current + ("原因",), why)
            self.r.cover(at, s.offset + end + len(rest))
            s.read_to = max(s.read_to, s.offset + end + len(rest))
        self.r.cover(at, at + len(body))
        return True

    def comparison(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        budget = BUDGET_BASE.search(body)
        year = None if budget else YEAR_BASE.search(body)
        opener = budget or year
        if opener is not None:
            s.comparison = "budget" if budget else "year"
            before = body[: opener.start()]
            # 较上年减少…；较年初预算数减少…: a second comparison of the same subject
            carried = s.target if s.target is not None and self.c.current not in s.subjects else None
            named = self.subject_in(before, numbered, s)
            s.target = named or carried or self.c.current
            s.targeted = len(s.amounts)
            if named is not None:
                self.c.current = named
            s.change = None
            self.r.cover(at + opener.start(), at + opener.end())
            for year in YEAR.finditer(opener.group(0)):
                self.r.mark_base(at + opener.start() + year.start())
            self.cover_years(body, at)
        if s.comparison is None:
            return False
        if opener is None and len(s.amounts) > s.targeted and s.amounts[-1] != s.target:
            s.target, s.change = s.amounts[-1], None  # …，比预算数减少…；B 30.87亿元，减少…: B's own change
            s.targeted = len(s.amounts)
        rest = body[opener.end() :] if opener is not None else body
        shift = opener.end() if opener is not None else 0
        words = re.search(rf"(?P<word>{DIRECTION})了?", rest)
        if words is None:
            if opener is not None and FLAT.search(rest):
                self.write_change(s, at, {"增减": "无变化" if "无变化" in rest else "持平"})
                self.r.cover(at, at + len(body))
                return True
            if opener is not None and not AMOUNT.search(rest) and not PERCENT.search(rest):
                self.r.cover(at, at + len(body))
                return True  # a comparison's opening clause: its words follow
            return False
        subject = rest[: words.start()]
        previous = AMOUNT.search(subject) or re.match(rf"^(?P<value>{NUMBER})(?![0-9.%年])", subject)
        if subject and not previous:
            target = self.subject_in(subject, numbered, s)
            if target is not None:
                s.target, s.change = target, None
                s.targeted = len(s.amounts)
        after = rest[words.end() :]
        amount = AMOUNT.match(after)
        percent = PERCENT.match(after)
        statement: dict[str, Any] = {}
        spans = [(at + shift + words.start(), at + shift + words.end())]
        word = words.group("word")
        if amount:
            statement["增减"] = word
            statement["金额"], _ = as_money(amount)
            spans.append((at + shift + words.end() + amount.start(), at + shift + words.end() + amount.end()))
        elif percent:
            if not (self.change_has(s, "增减") or self.change_has(s, "金额")):
                statement["增减"] = word  # a change printed as a rate alone: its word says both
            statement["幅度增减"] = word
            statement["幅度"] = f"{percent.group('value')}%"
            spans.append((at + shift + words.end() + percent.start(), at + shift + words.end() + percent.end()))
        elif FLAT.search(word) or sign(word) == 0:
            statement["增减"] = word
        elif (bare_figure := BARE.match(after)) is not None:  # 增长12.50。: a rate without its %
            target = s.target or self.c.current
            if target is None:
                return False
            self.misprint(target, word + bare_figure.group("value"))
            self.r.cover(at + shift + words.start(), at + shift + words.end() + bare_figure.end())
            return True
        else:
            return False
        if previous is not None and s.comparison == "year":
            statement["上年"] = number(previous.group("value"))
            spans.append((at + shift + previous.start(), at + shift + previous.end()))
        if not self.write_change(s, at, statement):
            s.refused = True
            return True
        for span in spans:
            self.r.cover(*span)
        self.r.cover(at, at + shift + words.start())
        tail = after[(amount or percent).end() :] if (amount or percent) else after
        second = re.match(rf"[，,]?(?P<word>{DIRECTION})了?(?P<value>{NUMBER})%", tail)
        if second is not None:
            if self.write_change(s, at, {"幅度增减": second.group("word"), "幅度": f"{second.group('value')}%"}):
                self.r.cover(at, at + len(body))
            else:
                s.refused = True
        return True

    def misprint(self, target: Path, printed: str) -> None:
        """A figure printed without the sign that says what it is, recorded as printed (漏印), not computed."""
        found = list(self.r.get(target + ("漏印",)) or [])
        if printed not in found:
            self.r.put(target + ("漏印",), [*found, printed])

    def change_has(self, s: Sentence, key: str) -> bool:
        return s.change is not None and self.r.get(s.change + (key,)) is not None

    def write_change(self, s: Sentence, at: int, statement: dict[str, Any]) -> bool:
        """Record a comparison's figures; False — and nothing recorded — when the node's comparison says
        otherwise already (a second, different statement of the same change: left unread)."""
        target = s.target or self.c.current
        if target is None:
            return True
        s.subjects.append(target)
        key = "与年初预算相比" if s.comparison == "budget" else "与上年相比"
        change = s.change or target + (key,)
        recorded = self.r.get(change) or {}
        if any(name in recorded and not agree(recorded[name], value) for name, value in statement.items()):
            return False
        s.change = change
        for name, value in statement.items():
            if self.r.get(change + (name,)) is None:
                self.r.put(change + (name,), value)
        return True

    def budget(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        found = BUDGET.search(body)
        if found is None or "决算" in body[: found.start()]:
            return False
        named = self.subject_in(body[: found.start()], numbered, s)
        target = named or self.c.current
        if target is None:
            return False
        value, _ = as_money(found)
        self.r.put(target + ("年初预算",), value, (at + found.start(), at + found.end()))
        self.c.current = target
        if named is not None:
            self.labels(target, body[: found.start()], at)
        self.r.cover(at, at + found.start())
        return True

    def actual(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        found = ACTUAL.search(body)
        if found is None:
            return False
        named = self.subject_in(body[: found.start()], numbered, s)
        target = named or self.c.current
        if target is None:
            return False
        if not self.set_amount(target, found, at, s):
            return False
        if named is not None:
            self.labels(target, body[: found.start()], at)
        self.r.cover(at, at + found.start())
        return True

    def set_amount(self, path: Path, found: re.Match, at: int, s: Sentence) -> bool:
        """Record the amount of ``path``; False when it has another amount already (a second figure for the
        same thing is not a restatement: it stays unread, to be listed)."""
        value, unit = as_money(found)
        node = self.r.get(path) or {}
        key = "金额" if path[-2:-1] == ("明细",) or path[-1] in ("中小企业", "小微企业", "预留") else "合计"
        stated = node.get("金额", node.get("合计"))
        if stated is not None and Decimal(stated) != value:
            s.refused = True
            return False
        s.subjects.append(path)
        s.amounts.append(path)
        self.c.current = path
        self.r.units[unit] += 1
        if stated is not None:
            self.r.cover(at + found.start(), at + found.end())  # printed again
            return True
        self.r.put(path + (key,), value, (at + found.start(), at + found.end()))
        return True

    def share(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        bare_share = BARE_SHARE.search(body)
        if bare_share is not None and self.c.current is not None and not AMOUNT.search(body[bare_share.start() :]):
            self.misprint(self.c.current, bare_share.group(0))  # 占6.20。: a share without its %
            self.r.cover(at + bare_share.start(), at + bare_share.end())
            return True
        found = SHARE.search(body)
        if found is None or AMOUNT.search(body[: found.start()]):
            return False
        target = self.subject_in(body[: found.start()], numbered, s) or self.c.current
        if target is None:
            return False
        return self.write_share(target, found, at)

    def write_share(self, target: Path, found: re.Match, at: int) -> bool:
        """Record a share of ``target``; False when it has another already (a node holds one share: a second
        one, of another base, stays unread)."""
        share = f"{found.group('value')}%"
        if self.r.get(target + ("占比",)) not in (None, share):
            return False
        self.r.put(target + ("占比",), share, (at + found.start(), at + found.end()))
        base = found.group("base").strip()
        if base and not self.is_parent(target, base):
            self.r.put(target + ("占比基数",), base)
        return True

    def is_parent(self, target: Path, base: str) -> bool:
        """Whether the base a share names is the total the node is a part of."""
        if len(target) >= 2 and target[-2] == "明细":
            parent = self.r.get(target[:-2]) or {}
            name = parent.get("名称") or target[-3]
            subject, named = subject_of(base), subject_of(str(name))
            return (
                same_name(str(name), base)
                or (subject is not None and subject == named)
                or (subject is not None and subject.role == "total" and target[:2] == ("情况说明", subject.section))
            )
        return False

    def amount(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        found = AMOUNT.search(body)
        if found is None:
            return False
        phrase = body[: found.start()]
        if re.search(r"预算(?:数)?(?:为|是|：)?$", phrase) and "决算" not in phrase:
            return False  # 全年预算为…, 追加预算…: a budget of a kind with no key, not an amount
        name = printed_name(phrase)
        if name in ("收入", "支出") and any(p[:2] in (("情况说明", "收入"), ("情况说明", "支出")) for p in s.subjects):
            phrase = phrase.replace(name, f"{name}总计")  # 部门收入A元，支出B元: the other total
            name = printed_name(phrase)
        generic = name in GENERIC and s.list_parent is None
        path = self.part_named(phrase) or (self.place(phrase, numbered, s) if name and not generic else self.c.current)
        if path is None:
            return False
        if not self.set_amount(path, found, at, s):
            return False
        self.labels(path, phrase, at)
        self.r.cover(at, at + found.start())
        rest = body[found.end() :]
        share = SHARE.search(rest)
        if share is not None:
            self.write_share(path, share, at + found.end())
        return True

    def part_named(self, phrase: str) -> Optional[Path]:
        """基本支出为教育事业支出 A万元: the part of a node the phrase names after 为, when the node is known."""
        name = printed_name(phrase)
        whole, _, part = name.rpartition("为")
        if not whole or not part or subject_of(part) is not None:
            return None
        for place in (self.c.current, self.section_total() if self.c.section else None):
            found = self.find(printed_name(whole), place)
            if found is not None:
                return self.child(found, part)
        return None

    def counts(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        both = BOUGHT_AND_HELD.search(body)
        if both is not None:
            for key, name in (("bought", "购置数"), ("held", "保有量")):
                target = self.count_target(key)
                if target is not None and self.r.get(target + ("数量", name)) is None:
                    self.r.put(target + ("数量", name), int(both.group(key)))
            self.r.cover(at + both.start(), at + both.end())
            return True
        found_any = False
        for key, pattern in COUNTS.items():
            for found in pattern.finditer(body):
                value = next(group for group in found.groups() if group is not None)
                target = self.count_target(key, s.text[: at - s.offset + found.start()])
                if target is None:
                    continue
                name = {"groups": "团组", "batches": "批次", "persons": "人次", "bought": "购置数", "held": "保有量"}[
                    key
                ]
                if key in ("batches", "persons") and foreign(s.text[: at - s.offset + found.start()]):
                    name = "外事批次" if key == "batches" else "外事人次"
                recorded = self.r.get(target + ("数量", name))
                if recorded is None:
                    self.r.put(target + ("数量", name), int(value), (at + found.start(), at + found.end()))
                elif recorded == int(value):
                    self.r.cover(at + found.start(), at + found.end())
                else:
                    continue  # another count of the same thing: left unread
                found_any = True
        return found_any

    def count_target(self, key: str, before: str = "") -> Optional[Path]:
        three = ("情况说明", "三公经费")
        named = last_named(before, "三公经费") if key == "persons" else None
        if named is not None and named.role == "part":
            found = self.find(named.name, three)
            if found is not None:
                return found
        kinds = {
            "groups": ("因公出国（境）费",),
            "batches": ("公务接待费",),
            "persons": ("因公出国（境）费", "公务接待费"),
            "bought": ("公务用车购置费", "公务用车购置及运行维护费"),
            "held": ("公务用车运行维护费", "公务用车购置及运行维护费"),
        }[key]
        if key != "persons":
            for kind in kinds:
                found = self.find(kind, three)
                if found is not None:
                    return found
        # the item being read, when it is one these counts belong to; else the count is not placed
        current = self.r.get(self.c.current) if self.c.current is not None else None
        subject = subject_of(str(current.get("名称", ""))) if isinstance(current, dict) else None
        return self.c.current if subject is not None and subject.name in kinds else None

    def note(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        found = NOTE.search(body)
        if found is None or self.c.current is None or AMOUNT.search(body) or PERCENT.search(body):
            return False
        what = found.group(0).strip("，；：。 ")
        if self.r.get(self.c.current + ("说明",)) is None:
            self.r.put(self.c.current + ("说明",), what)
        self.r.cover(at + found.start(), at + found.end())
        return True

    def nothing(self, s: Sentence, body: str, at: int, numbered: Optional[str]) -> bool:
        """本年度无因公出国（境）支出: an amount of nothing, for a subject the report knows."""
        found = NOTHING.search(body.rstrip("。！"))
        if found is None:
            return False
        name = printed_name(found.group("name"))
        subject = subject_of(name)
        if subject is None or (self.c.section is not None and subject.section != self.c.section):
            return False
        if subject.role == "total":
            path: Optional[Path] = self.ensure(self.section_node(subject.section))
        else:
            path = self.find(name, self.section_total()) if self.c.section else None
        if path is None:
            return False
        node = self.r.get(path) or {}
        if subject.role == "total" and "原文" not in node:
            self.r.put(path + ("原文",), s.text.strip("。；， "))  # the whole statement: its names and years
        if "金额" not in node and "合计" not in node:
            key = "金额" if path[-2:-1] == ("明细",) else "合计"
            self.r.put(path + (key,), Decimal(0))
        self.c.current = path
        return True

    def small_firms(self, s: Sentence) -> bool:
        """The 政府采购 sentences on small firms (面向中小企业预留…预算金额A; 在面向中小企业预留的政府采购项目中，由中小
        企业供应商中标或成交的，采购金额B): each amount to its key, and the sentence read by nothing else, so that
        no amount of it is taken for a part of the purchases; what has no key stays unread."""
        if self.c.section != "政府采购" or not re.search(r"预留|中标或成交|授予", s.text):
            return False
        node = self.ensure(self.section_node("政府采购"))
        for pattern, keys in SMALL_FIRMS:
            for found in pattern.finditer(s.text):
                key = keys.get(found.group("who"))
                if key is None or self.r.get(node + (key, "金额")) is not None:
                    continue
                value, unit = as_money(found)
                self.r.put(node + (key, "名称"), found.group("name").removeprefix("在").replace("，", ""))
                self.r.put(node + (key, "金额"), value)
                self.r.units[unit] += 1
                self.r.cover(s.offset + found.start(), s.offset + found.end())
                share = SHARE_AFTER.match(s.text, found.end())
                if share is not None:  # …，占政府采购支出总额的90%: its share, of the base it names
                    self.r.put(node + (key, "占比"), f"{share.group('value')}%")
                    self.r.put(node + (key, "占比基数"), share.group("base"))
                    self.r.cover(s.offset + share.start(), s.offset + share.end())
        return True

    def pairs(self, s: Sentence) -> bool:
        """收、支总计各是A、B万元 (or 各A万元, one figure for both) and their changes: two statements in one; with
        财政拨款 before them, the totals of 财政拨款收入支出."""
        found = PAIR.search(s.text)
        change = PAIR_CHANGE.search(s.text)
        if found is None and change is None:
            return False
        fiscal = (found or change).group("fiscal") is not None  # type: ignore[union-attr]
        if fiscal and any(m is not None and m.group("b") not in (None, m.group("a")) for m in (found, change)):
            s.refused = True  # 财政拨款收、支总计 are one figure; two different ones: left unread
            return True
        base = YEAR_BASE.search(s.text)
        targets = (
            [(("情况说明", "财政拨款收入支出"), "财政拨款收入支出总计", "a")]
            if fiscal
            else [(("情况说明", "收入"), "收入总计", "a"), (("情况说明", "支出"), "支出总计", "b")]
        )
        for node, name, key in targets:
            self.ensure(node)
            if found is not None and self.r.get(node + ("合计",)) is None:
                if not fiscal:
                    self.r.put(node + ("名称",), name)
                self.r.put(node + ("合计",), number(found.group(key) or found.group("a")))
                self.totals.setdefault(node, name)
            if base is not None and YEAR.search(base.group(0)):
                self.r.year_texts.append((node, self.r.index, s.text))
            if change is not None:
                statement: dict[str, Any] = {
                    "增减": change.group("word"),
                    "金额": number(change.group(key) or change.group("a")),
                }
                if change.group("pword"):
                    percent = change.group("q") if key == "b" and change.group("q") else change.group("p")
                    statement["幅度"] = f"{percent}%"
                    statement["幅度增减"] = change.group("pword")
                self.r.put(node + ("与上年相比",), statement)
        spans = [m.span() for m in (found, change) if m is not None]
        for start, end in spans:
            self.r.cover(s.offset + start, s.offset + end)
        for year in YEAR.finditer(base.group(0) if base else ""):
            self.r.cover(s.offset + base.start() + year.start(), s.offset + base.start() + year.end())  # type: ignore[union-attr]
        s.read_to = s.offset + max(end for _, end in spans)  # what follows the pair is read as ever
        return False

    # -- subjects inside a clause ---------------------------------------------------------------------------

    def subject_in(self, phrase: str, numbered: Optional[str], s: Sentence) -> Optional[Path]:
        """The node a clause names before what it says (基本支出完成…, 公务接待费支出决算减少…), if the
        report has it or the clause makes it."""
        name = printed_name(phrase)
        if not name or name in ("今年", "本年", "全年", "支出", "收入", "结转结余", "决算数", "其中"):
            current = self.c.current
            if current is not None and self.c.section is not None and current[:2] == ("情况说明", self.c.section):
                return None  # 支出决算为… under an item of the section being read: that item's
            return self.section_of_word(name or "")
        if self.next_year(phrase) and not self.c.ahead:
            self.c.ahead = True
            try:
                return self.subject_in(phrase, numbered, s)
            finally:
                self.c.ahead = False
        subject = subject_of(name)
        for within in (self.c.current, self.section_total() if self.c.section else None):
            found = self.find(name, within)
            if found is not None:
                return found
        if subject is not None and subject.role == "total":
            return self.known(subject, name, numbered)
        if subject is not None:
            return self.place(phrase, numbered, s)
        return None

    def section_of_word(self, name: str) -> Optional[Path]:
        """The section a bare word speaks of (今年支出增加…: the 支出 section), when the report has it."""
        for word, section in (("收入", "收入"), ("支出", "支出"), ("结余", "年末结转和结余")):
            if name.endswith(word) and self.r.get(("情况说明", section)) is not None:
                return ("情况说明", section)
        return None

    def labels(self, path: Path, phrase: str, at: int) -> None:
        """The year and the unit a statement prints before its subject (2018年中共某某纪检委政府采购…)."""
        node_path = path if path[-2:-1] != ("明细",) else None
        lead, _ = split_phrase(phrase)
        lead = NUMBERING.sub("", lead)
        year = YEAR.search(lead)
        if year is not None:
            self.r.cover(at + phrase.find(year.group(0)), at + phrase.find(year.group(0)) + 4)
            if node_path is not None and self.r.get(node_path + ("年度",)) is None:
                self.r.put(node_path + ("年度",), int(year.group(0)))
        if node_path is None:
            return
        head = lead[: year.start()] if year else ""
        tail = re.sub(r"^年度?", "", lead[year.end() :]) if year else lead
        for candidate in (head, tail):
            unit = unit_in(candidate)
            if unit and self.r.get(node_path + ("单位",)) is None:
                self.r.put(node_path + ("单位",), unit)

    def cover_years(self, body: str, at: int) -> None:
        for year in YEAR.finditer(body):
            self.r.cover(at + year.start(), at + year.end())


def _nodes(data: Any, path: Path) -> Any:
    """Every mapping in ``data`` with its path."""
    if isinstance(data, dict):
        yield path, data
        for key, value in data.items():
            yield from _nodes(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _nodes(value, path + (index,))
