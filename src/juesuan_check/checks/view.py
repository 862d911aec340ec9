"""The report as the rules see it: every figure node with its path, parent and place in the file.

Rule kinds never walk the pydantic models themselves: they ask the view for nodes, texts, labels and
selectors, and give back paths (built from the models' attribute names with ``NodeRef.at``); the view
turns paths into places in the file, or in the published document the file was drafted from.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any, Optional

from pydantic import BaseModel

from juesuan_check.checks.reference import Classification, Profile
from juesuan_check.checks.tables import TableView
from juesuan_check.findings import Location
from juesuan_check.names import normalize
from juesuan_check.report.loader import Document, Path
from juesuan_check.report.model import CountNode, Item, Labels, Narrative, Node, Report, Section
from juesuan_check.report.values import Category
from juesuan_check.report.vocabulary import fields, key
from juesuan_check.report.vocabulary import path as model_path

NARRATIVE = key(Report, "narrative")
TABLES = key(Report, "tables")
ACKNOWLEDGEMENTS = key(Report, "acknowledgements")
CHILDREN = key(Node, "children")
CHANGE = key(Node, "change")
NEXT_BUDGET = key(Section, "next_budget")


@dataclass(frozen=True, eq=False)
class NodeRef:
    path: Path
    node: Node
    parent: Optional[NodeRef]  # the node this one is a part of (its 明细, or a named part like 中小企业)
    label: str  # the node's 名称, or its key when it has none

    def at(self, *steps: str | int) -> Path:
        """The path of a value of this node, by attribute names: ``ref.at("change", "percent")``."""
        return self.path + model_path(type(self.node), *steps)

    @property
    def value_path(self) -> Path:
        """The path of the node's printed figure (its 金额 or 合计)."""
        return self.at("amount" if self.node.amount is not None else "total")

    def trail(self) -> str:
        """The labels from the section down to this node: 支出 › 基本支出."""
        labels: list[str] = []
        ref: Optional[NodeRef] = self
        while ref is not None:
            labels.append(ref.label)
            ref = ref.parent
        return " › ".join(reversed(labels))


@dataclass(frozen=True)
class TextRef:
    path: Path
    text: str
    in_comparison: bool  # inside a 与上年相比 statement, where the previous year belongs
    ahead: int = 0  # 1 inside a 下年预算 block, whose year is the next one


@dataclass(frozen=True)
class LabelRef:
    path: Path  # of the object that carries 年度 / 单位 / 原文
    labels: Labels
    ahead: int = 0  # 1 inside a 下年预算 block, whose year is the next one


class ReportView:
    def __init__(
        self,
        report: Report,
        doc: Document,
        profile: Optional[Profile] = None,
        classification: Optional[Classification] = None,
        previous: Optional[ReportView] = None,
    ):
        self.report = report
        self.doc = doc
        self.previous = previous  # the previous year's report, when comparing (juesuan diff)
        self.profile = profile  # the template profile the report is held to
        self.classification = classification  # the 功能分类 catalogue
        self.nodes: list[NodeRef] = []
        self.texts: list[TextRef] = []
        self.labelled: list[LabelRef] = []
        self.count_nodes: list[tuple[Path, CountNode]] = []
        self.memo: dict[tuple[str, Path], Any] = {}  # figures derived once and shared by rule kinds
        self._by_path: dict[Path, NodeRef] = {}
        self._names: Optional[dict[str, list[NodeRef]]] = None
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(doc.text) if ch == "\n"]
        self._walk(report, (), None, False, 0)

    # -- building -----------------------------------------------------------------------------------

    def _walk(self, obj: BaseModel, path: Path, parent: Optional[NodeRef], in_comparison: bool, ahead: int) -> None:
        if isinstance(obj, CountNode):
            self.count_nodes.append((path, obj))
        if isinstance(obj, Node):
            own_key = path[-1] if path and isinstance(path[-1], str) else None
            label = getattr(obj, "name", None) or (own_key if parent is not None and own_key else _key_label(path))
            ref = NodeRef(path, obj, parent, label)
            self.nodes.append(ref)
            self._by_path[path] = ref
            parent = ref
        if isinstance(obj, Labels):
            self.labelled.append(LabelRef(path, obj, ahead))
        for attr, spec in fields(type(obj)).items():
            value = getattr(obj, attr)
            if value is None:
                continue
            child_path = path + (spec.key,)
            comparison = in_comparison or spec.key == CHANGE
            later = 1 if spec.key == NEXT_BUDGET else ahead
            scanned = spec.category is Category.TEXT and path[:1] != (ACKNOWLEDGEMENTS,)
            items = value.items() if spec.keyed else enumerate(value) if spec.many else [(None, value)]
            for index, item in items:
                here = child_path if index is None else child_path + (index,)
                if isinstance(item, BaseModel):
                    self._walk(item, here, parent, comparison, later)
                elif scanned:
                    self.texts.append(TextRef(here, item, comparison, later))

    # -- queries ------------------------------------------------------------------------------------

    @functools.cached_property
    def tables(self) -> TableView:
        """The 部门决算表 as the rules see them (read on first use)."""
        return TableView(self.report, self.profile, self.classification)

    def node(self, path: Path) -> Optional[NodeRef]:
        return self._by_path.get(path)

    def describe(self, path: Path) -> str:
        """A reader's name for a place: the trail of the nearest figure node and the keys below it, or the
        table, row and column of a cell."""
        if path[:1] == (TABLES,):
            described = self.tables.describe(path)
            if described is not None:
                return described
        for end in range(len(path), 0, -1):
            ref = self._by_path.get(path[:end])
            if ref is not None:
                rest = [str(step) for step in path[end:] if isinstance(step, str) and step != CHILDREN]
                return " › ".join([ref.trail(), *rest])
        return _key_label(path) or (str(path[-1]) if path else "报告")

    def named(self, name: str) -> list[NodeRef]:
        """The figure nodes a sentence may mean by ``name`` (本年支出合计, “三公”经费): those whose label, or
        whose key in the report, is that name (compared after ``normalize``)."""
        if self._names is None:
            self._names = {}
            for ref in self.nodes:
                keys = {normalize(ref.label)}
                if ref.path and isinstance(ref.path[-1], str):
                    keys.add(normalize(ref.path[-1]))
                for found in keys:
                    self._names.setdefault(found, []).append(ref)
        return self._names.get(normalize(name), [])

    def children(self, ref: NodeRef) -> list[NodeRef]:
        return [self._by_path[ref.at("children", index)] for index in range(len(ref.node.children))]

    def where(self, path: Path) -> tuple[int, int]:
        span = self.doc.span(path)
        return (span.line, span.col) if span else (1, 1)

    def location(
        self, path: Path, line: Optional[int] = None, col: Optional[int] = None, other_file: bool = False
    ) -> Location:
        """Where ``path`` is (or ``line``/``col`` within it): in the report file, or — when the file was drafted
        from a published document — at the place in the document its value came from."""
        if line is None:
            line, col = self.where(path)
        origin = self.doc.origin(line)
        file = self.doc.file if other_file else None
        if origin is not None:
            return Location(self.describe(path), origin.line, 1, file, origin.place, self.doc.anchor(path))
        return Location(self.describe(path), line, col or 1, file)

    def line_words(self, path: Path) -> str:
        """What a message puts in “第 … 行” for ``path``: its line in the report file, or — drafted from a
        document — its place there (第 8 页第 5 行 gives “8 页第 5”), so that a cell is named where it is."""
        location = self.location(path)
        found = re.fullmatch(r"第 (.+) 行", location.place or "")
        return found.group(1) if found else str(location.line)

    def locate(self, path: Path, needle: str, occurrence: int = 0) -> tuple[int, int]:
        """Line and column of the ``occurrence``-th ``needle`` inside the text value at ``path``."""
        span = self.doc.spans.get(path)
        if span is None:
            return self.where(path)
        raw = self.doc.text[span.start : span.end]
        offset = -1
        for _ in range(occurrence + 1):
            offset = raw.find(needle, offset + 1)
            if offset < 0:
                return span.line, span.col
        absolute = span.start + offset
        line = bisect.bisect_right(self._line_starts, absolute)
        return line, absolute - self._line_starts[line - 1] + 1

    def resolve(self, selector: str) -> Optional[NodeRef]:
        """The figure node named by ``selector`` (see ``resolve_path``), if it is one."""
        path = self.resolve_path(selector)
        return self._by_path.get(path) if path is not None else None

    def resolve_path(self, selector: str) -> Optional[Path]:
        """The path of the part named by a selector such as ``情况说明/支出/基本支出/工资福利支出``.

        Each segment is a key of the report (情况说明, 支出, 总体情况 …) or the 名称 of an item in the
        current node's 明细, compared after ``normalize``; ``a|b`` accepts either, and ``*text`` any item
        whose name contains ``text``. A key whose value is absent does not resolve.
        """
        path, _, matched = self.trace(selector)
        return path if matched == len(selector.split("/")) else None

    def resolve_place(self, place: str) -> tuple[Optional[Path], str]:
        """The part a 审核说明 位置 names, and the place as followed (its segments joined by ›).

        A place is written as the output prints it (情况说明 › 三公经费) or with / (情况说明/三公经费); a part of
        情况说明 may leave 情况说明 out (三公经费 › 因公出国（境）费). When nothing is found, the second value
        is how far the place reached in the report.
        """
        segments = [part.strip() for part in re.split(r"[/／›>]", place) if part.strip()]
        tries = [segments] if segments[:1] == [NARRATIVE] else [segments, [NARRATIVE, *segments]]
        reached = ""
        for attempt in tries:
            selector = "/".join(attempt)
            path, _, matched = self.trace(selector)
            if matched == len(attempt):
                return path, " › ".join(attempt)
            if len(" › ".join(attempt[:matched])) > len(reached):
                reached = " › ".join(attempt[:matched])
        return None, reached

    def trace(self, selector: str) -> tuple[Path, Any, int]:
        """Follow ``selector`` as far as the report goes: the path reached, its value, the segments matched."""
        obj: Any = self.report
        path: Path = ()
        for matched, segment in enumerate(selector.split("/")):
            alternatives = segment.split("|")
            step = _child_named(obj, alternatives) or _field_named(obj, set(alternatives))
            if step is None:
                return path, obj, matched
            steps, obj = step
            path = path + steps
        return path, obj, len(selector.split("/"))


def _key_label(path: Path) -> str:
    keys = [str(step) for step in path if isinstance(step, str) and step != NARRATIVE]
    if path[:1] == (NARRATIVE,) and len(keys) == 1 and keys[0] not in _SECTIONS:
        keys.insert(0, NARRATIVE)  # 情况说明 › 年度, not a bare 年度 that reads like the report's
    return " › ".join(keys)


def _child_named(obj: Any, alternatives: list[str]) -> Optional[tuple[Path, Item]]:
    if not isinstance(obj, Node):
        return None
    exact = {normalize(alt) for alt in alternatives if not alt.startswith("*")}
    parts = [normalize(alt[1:]) for alt in alternatives if alt.startswith("*")]
    for index, child in enumerate(obj.children):
        name = normalize(child.name)
        if name in exact or any(part in name for part in parts):
            return (CHILDREN, index), child
    return None


def _field_named(obj: Any, wanted: set[str]) -> Optional[tuple[Path, Any]]:
    if not isinstance(obj, BaseModel):
        return None
    for attr, spec in fields(type(obj)).items():
        if spec.key in wanted and getattr(obj, attr) is not None:
            return (spec.key,), getattr(obj, attr)
    return None


def section_of(path: Path) -> str:
    """The section a path belongs to, for grouping findings: 情况说明 › 支出, or a top-level key."""
    if len(path) >= 2 and (path[0] == NARRATIVE and path[1] in _SECTIONS or path[0] == TABLES):
        return f"{path[0]} › {path[1]}"
    return str(path[0]) if path else ""


_SECTIONS = frozenset(spec.key for spec in fields(Narrative).values()) - {spec.key for spec in fields(Labels).values()}
