"""Reference data kept beside the rules: template profiles (rules/profiles/) and the functional
classification catalogue (rules/classification/), as the engine uses them. Their files are read and
validated by ``rulefiles``, with the file and line of any mistake, so that a finance bureau can extend
them without writing Python."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Optional

from juesuan_check.names import normalize


@dataclass(frozen=True)
class Years:
    first: int
    last: Optional[int] = None

    def contains(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)

    def distance(self, year: int) -> int:
        if self.contains(year):
            return 0
        return self.first - year if year < self.first else year - (self.last or year)


@dataclass(frozen=True)
class Need:
    """One thing a profile requires: a part, a table, an item or a non-empty list."""

    level: str  # part | table | item | list
    path: str  # a selector, or the table's name
    label: str
    verified: bool


@dataclass(frozen=True)
class BlockSpec:
    """What the template prints in a table, or in one block of a table printed as two (收入 | 支出)."""

    columns: tuple[str, ...] = ()  # the number columns, by header (levels joined with /)
    rows: tuple[str, ...] = ()  # the rows it prints by name (totals, sources …), all of them expected
    classes: bool = False  # it also prints one row per 功能分类 类, by name (the year's catalogue says which)
    codes: Optional[str] = None  # "功能分类" (类/款/项 = 3/5/7 digits) or "经济分类" (3/5): rows by code


@dataclass(frozen=True)
class TableSpec:
    """One table of a template: the standard name rules use (``id``), its title in this template and the
    other titles it is printed under, and what each of its blocks prints."""

    id: str
    name: str
    synonyms: tuple[str, ...]
    blocks: dict[Optional[str], BlockSpec]  # None: the table is one block
    verified: bool

    @property
    def names(self) -> tuple[str, ...]:
        return (self.id, self.name, *self.synonyms)


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    years: Years
    source: str
    needs: tuple[Need, ...]
    operating_costs_units: tuple[str, ...]
    glossary: tuple[str, ...]
    file: str
    tables: tuple[TableSpec, ...] = ()  # in the order the template prints them
    labels: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a row or column label and its other wordings
    region: Optional[str] = None  # a regional variant of a national template
    glossary_items: bool = True  # the 名词解释 explains every 项 of the functional breakdown (not Shanghai's)

    def of(self, level: str) -> list[Need]:
        return [need for need in self.needs if need.level == level]

    def known_tables(self) -> frozenset[str]:
        return frozenset(normalize(name) for spec in self.tables for name in spec.names)


@dataclass(frozen=True)
class Entry:
    """One name of one 功能分类 code, valid from ``first`` to ``last`` (open when None)."""

    code: str
    name: str
    first: int
    last: Optional[int]
    source: str
    verified: bool

    @property
    def level(self) -> str:
        return {3: "类", 5: "款", 7: "项"}[len(self.code)]

    def valid_in(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


@dataclass(frozen=True)
class Classification:
    """The 功能分类 catalogue: each code's names over the years, looked up by code or by name."""

    entries: tuple[Entry, ...]
    sources: dict[str, str]

    @functools.cached_property
    def _names(self) -> dict[str, list[Entry]]:
        index: dict[str, list[Entry]] = {}
        for entry in self.entries:
            index.setdefault(normalize(entry.name), []).append(entry)
        return index

    def by_name(self, name: str) -> list[Entry]:
        return self._names.get(normalize(name), [])

    def by_code(self, code: str, year: int) -> list[Entry]:
        return [entry for entry in self.entries if entry.code == code and entry.valid_in(year)]

    def names_of(self, code: str, year: int) -> list[str]:
        return [entry.name for entry in self.by_code(code, year)]


def choose_profile(
    profiles: dict[str, Profile], year: int, name: Optional[str] = None, tables: Iterable[str] = ()
) -> Optional[Profile]:
    """The profile named, or the one whose years contain ``year`` (else the nearest); among those, the one
    that knows most of the report's table titles (a regional variant prints its own), else a national one."""
    if name is not None:
        return profiles.get(name)
    if not profiles:
        return None
    titles = {normalize(title) for title in tables}
    return min(
        profiles.values(),
        key=lambda p: (p.years.distance(year), -len(titles & p.known_tables()), p.region is not None, -p.years.first),
    )
