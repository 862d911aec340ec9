"""Read a report file: YAML text → plain data with Decimal numbers, and the place of every value.

The YAML is composed by ruamel.yaml into nodes — with libyaml (ruamel.yaml.clib) where it is installed,
seven times faster than the pure-Python round-trip parser, which reads files that use anchors — and
converted here, so that numbers go from their written text straight to ``Decimal`` (keeping their written
decimals) and nothing passes through float. Comments are read from the text itself (``directives``), so
nothing that round-tripping would keep is lost. Anchors, aliases, duplicate keys and unsupported tags are
refused with the file and line.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path as FsPath
from typing import Any, Optional, Union

from juesuan_check.report.places import Anchor
from juesuan_check.report.problems import InputError, Problem

Key = Union[str, int]
Path = tuple[Key, ...]

MAX_BYTES = 2 * 1024 * 1024  # a real report is 10–40 KB; anything far larger is not a report
MAX_DEPTH = 32  # the deepest report path is about 12 levels

_INT = re.compile(r"[-+]?[0-9]+")
_DECIMAL = re.compile(r"[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
_TAG = "tag:yaml.org,2002:"


@dataclass(frozen=True, slots=True)
class Span:
    """Where a value is written: 1-based line and column, and its character offsets in the text."""

    line: int
    col: int
    start: int
    end: int


@dataclass(frozen=True)
class Directive:
    """An inline acknowledgement: ``# juesuan: ignore[CODE, …] reason`` on the line of a finding."""

    line: int
    col: int
    codes: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class Origin:
    """Where in a published document a line of a drafted report file came from."""

    line: int  # the number a finding shows: the document's line, paragraph or page
    place: str  # how a reader finds it: 第 3 页第 4 行, 第 12 段
    text: str = ""  # the paragraph there, as read


@dataclass(frozen=True)
class Document:
    file: str
    text: str
    data: Any
    spans: dict[Path, Span]  # path → the value (for a scalar) or its key (for a mapping or list)
    key_spans: dict[Path, Span]  # path → the key that introduces it
    directives: tuple[Directive, ...] = ()
    origins: dict[int, Origin] = field(default_factory=dict)  # for a file drafted from a document: line → origin
    coverage: Optional[tuple[int, int]] = None  # drafted from a document: sentences with figures understood, all
    tables: tuple[dict[str, Any], ...] = ()  # for a file drafted from a document: the coverage of its tables
    anchors: dict[Path, Anchor] = field(default_factory=dict)  # drafted from a document: where each value is printed

    def origin(self, line: int) -> Optional[Origin]:
        """Where line ``line`` came from in the published document (the nearest drafted line at or above it)."""
        if not self.origins:
            return None
        if line in self.origins:
            return self.origins[line]
        before = [number for number in self.origins if number <= line]
        return self.origins[max(before)] if before else None

    def anchor(self, path: Path) -> Optional[Anchor]:
        """Where in the published document the value at ``path`` (or its nearest drafted ancestor) is printed."""
        if not self.anchors:
            return None
        for end in range(len(path), -1, -1):
            found = self.anchors.get(path[:end])
            if found is not None:
                return found
        return None

    def span(self, path: Path) -> Span | None:
        """The span of ``path`` or, when it is absent, of its nearest present ancestor."""
        for end in range(len(path), -1, -1):
            found = self.spans.get(path[:end]) or self.key_spans.get(path[:end])
            if found is not None:
                return found
        return None


def read_text(path: str) -> tuple[str, str]:
    """Read a report as text; returns its display name and contents. ``-`` reads standard input."""
    if path == "-":
        return "<stdin>", decode(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>")
    fs = FsPath(path)
    if not fs.exists():
        raise InputError([Problem(path, None, None, "file.missing")])
    if fs.is_dir():
        raise InputError([Problem(path, None, None, "file.directory")])
    try:
        with fs.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError([Problem(path, None, None, "file.unreadable", {"reason": exc.strerror})]) from None
    return path, decode(raw, path)


def decode(raw: bytes, file: str) -> str:
    if len(raw) > MAX_BYTES:
        raise InputError([Problem(file, None, None, "file.too_large", {"limit": MAX_BYTES // 1024})])
    if b"\x00" in raw:
        raise InputError([Problem(file, None, None, "file.binary")])
    return text_of(raw, file, "file.not_utf8")


def text_of(raw: bytes, file: str, problem: str) -> str:
    """UTF-8 (with or without a BOM), else GBK: Chinese editors on Windows save "ANSI" text as GBK, which
    GB18030 reads (and is its superset). Neither: ``problem`` at the line of the first byte UTF-8 refused."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        line = raw[:first_bad].count(b"\n") + 1
        raise InputError([Problem(file, line, None, problem)]) from None


def load(path: str) -> Document:
    name, text = read_text(path)
    return parse(text, name)


def parse(
    text: str,
    file: str,
    origins: Optional[dict[int, Origin]] = None,
    coverage: Optional[tuple[int, int]] = None,
    tables: tuple[dict[str, Any], ...] = (),
    anchors: Optional[dict[Path, Anchor]] = None,
) -> Document:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if not text.strip():
        raise InputError([Problem(file, None, None, "file.empty")])
    try:
        root = _compose(text)
    except MarkedYAMLError as exc:
        raise InputError(_slips_near(file, exc, text) or [_syntax_problem(file, exc, text)]) from None
    except (YAMLError, RecursionError) as exc:
        key = "yaml.too_deep" if isinstance(exc, RecursionError) else "yaml.syntax"
        raise InputError([Problem(file, None, None, key, {"detail": str(exc), "limit": MAX_DEPTH})]) from None
    if root is None:
        raise InputError([Problem(file, None, None, "file.empty")])
    converter = _Converter(file, text)
    data = converter.convert(root, ())
    if converter.problems:
        raise InputError(converter.problems)
    return Document(
        file,
        text,
        data,
        converter.spans,
        converter.key_spans,
        directives(text),
        origins or {},
        coverage,
        tables,
        anchors or {},
    )


_DIRECTIVE = re.compile(r"(?:^|\s)#\s*juesuan:\s*ignore\[([^\]]*)\]\s*(.*?)\s*$")


def directives(text: str) -> tuple[Directive, ...]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "juesuan:" not in line:
            continue
        match = _DIRECTIVE.search(line)
        if match:
            codes = tuple(code.strip().upper() for code in match.group(1).split(",") if code.strip())
            found.append(Directive(number, match.start() + (line[match.start()] != "#") + 1, codes, match.group(2)))
    return tuple(found)


def _compose(text: str) -> Any:
    """The node tree of ``text``: by libyaml when it can, else (and for its error) by the pure-Python
    round-trip parser, so that what is accepted and what an error says do not depend on libyaml."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    if "&" not in text and "*" not in text:  # only the round-trip parser keeps anchors on its nodes
        try:
            return YAML(typ="safe").compose(text)
        except YAMLError:
            pass  # libyaml is stricter in places (a "?" inside [...]): let the reference parser decide
    return YAML(typ="rt", pure=True).compose(text)


def _syntax_problem(file: str, exc: Any, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    at_end = mark is not None and mark.index >= len(text.rstrip())
    if exc.context_mark is not None and ("<stream end>" in str(exc.problem) or at_end):
        mark = exc.context_mark  # where the unclosed construct began, not the end of the file
    detail = " ".join(part for part in (exc.context, exc.problem) if part)
    line_text = text.splitlines()[mark.line] if mark is not None and mark.line < len(text.splitlines()) else ""
    key = "yaml.tab" if "\t" in line_text[: (mark.column if mark else 0) + 1] else "yaml.syntax"
    if "expected a single document" in detail:
        key = "yaml.several_documents"
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    return Problem(file, line, col, key, {"detail": detail})


def _slips_near(file: str, exc: Any, text: str) -> list[Problem]:
    """Input-method slips where the parser stopped: on its line, the line before, or where the construct it
    was reading began (YAML reports a full-width colon on the line after it)."""
    from juesuan_check.report.slips import problems_on

    lines = [mark.line + 1 for mark in (exc.problem_mark, exc.context_mark) if mark is not None]
    return problems_on(file, text, [*lines, *(line - 1 for line in lines)])


def _span(node: Any) -> Span:
    start = node.start_mark
    return Span(start.line + 1, start.column + 1, start.index, node.end_mark.index)


class _Converter:
    def __init__(self, file: str, text: str = ""):
        self.file = file
        self.text = text
        self.spans: dict[Path, Span] = {}
        self.key_spans: dict[Path, Span] = {}
        self.problems: list[Problem] = []
        self._anchors: set[int] = set()
        self._seen: set[int] = set()  # nodes converted so far: meeting one again means an alias

    def _problem(self, node: Any, message: str, **params: Any) -> None:
        span = _span(node)
        self.problems.append(Problem(self.file, span.line, span.col, message, params))

    def convert(self, node: Any, path: Path) -> Any:
        from ruamel.yaml.nodes import MappingNode, SequenceNode

        if getattr(node, "anchor", None) or id(node) in self._seen:
            # An alias is the anchored node itself; report each anchor once and never expand it.
            if id(node) not in self._anchors:
                self._anchors.add(id(node))
                self._problem(node, "yaml.anchor", anchor=str(node.anchor or ""))
            return None
        self._seen.add(id(node))
        if len(path) > MAX_DEPTH:
            self._problem(node, "yaml.too_deep", limit=MAX_DEPTH)
            return None
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            items = []
            for index, child in enumerate(node.value):
                self.spans[path + (index,)] = _span(child)
                items.append(self.convert(child, path + (index,)))
            return items
        return self._scalar(node)

    def _mapping(self, node: Any, path: Path) -> dict[str, Any]:
        from ruamel.yaml.nodes import ScalarNode

        from juesuan_check.report.slips import looks_slipped, problems_on

        result: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == _TAG + "merge":
                self._problem(key_node, "yaml.complex_key")
                continue
            key = str(key_node.value)
            if looks_slipped(key):  # 名称:基本支出 or 名称：基本支出 inside {…}, a full-width indent
                slips = problems_on(self.file, self.text, [key_node.start_mark.line + 1])
                if slips:
                    self.problems.extend(p for p in slips if p not in self.problems)
                    continue
            if key in seen:
                self._problem(key_node, "yaml.duplicate_key", key=key, first=seen[key])
                continue
            seen[key] = key_node.start_mark.line + 1
            child = path + (key,)
            self.key_spans[child] = _span(key_node)
            scalar = isinstance(value_node, ScalarNode)
            self.spans[child] = _span(value_node if scalar else key_node)
            result[key] = self.convert(value_node, child)
        return result

    def _scalar(self, node: Any) -> Any:
        tag = str(node.tag)
        text = node.value
        kind = tag[len(_TAG) :] if tag.startswith(_TAG) else None
        if kind == "str":
            return text
        if kind == "null":
            return None
        if kind == "bool":
            return text.lower() == "true"
        if kind == "timestamp":  # a date as written is a label, not a value to compute with
            return text
        if kind == "int":
            if _INT.fullmatch(text):
                return int(text)
            self._problem(node, "yaml.number_form", text=text)
            return None
        if kind == "float":
            if _DECIMAL.fullmatch(text):
                return Decimal(text)
            lowered = text.lower()
            key = "yaml.not_finite" if ("nan" in lowered or "inf" in lowered) else "yaml.exponent"
            self._problem(node, key, text=text)
            return None
        self._problem(node, "yaml.tag", tag=tag)
        return None
