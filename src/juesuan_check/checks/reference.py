"""Reference data kept beside the rules: template profiles (rules/profiles/) and the functional
classification catalogue (rules/classification/), as the engine uses them. Their files are read and
validated by ``rulefiles``, with the file and line of any mistake, so that a finance bureau can extend
them without writing Python."""

from __future__ import annotations

import functools
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
class Profile:
    name: str
    title: str
    years: Years
    source: str
    needs: tuple[Need, ...]
    operating_costs_units: tuple[str, ...]
    glossary: tuple[str, ...]
    file: str

    def of(self, level: str) -> list[Need]:
        return [need for need in self.needs if need.level == level]


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


def choose_profile(profiles: dict[str, Profile], year: int, name: Optional[str] = None) -> Optional[Profile]:
    """The profile named, or the one whose years contain ``year`` (else the nearest)."""
    if name is not None:
        return profiles.get(name)
    if not profiles:
        return None
    return min(profiles.values(), key=lambda p: (p.years.distance(year), -p.years.first))
