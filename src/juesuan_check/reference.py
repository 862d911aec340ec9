"""Reference data kept beside the rules: template profiles (rules/profiles/) and the functional
classification catalogue (rules/classification/). Both are data files validated when loaded, with the
file and line of any mistake, so that a finance bureau can extend them without writing Python."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .loader import load
from .problems import InputError, Problem
from .reading import validate
from .view import normalize


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Requirement(_Strict):
    path: str = Field(min_length=1)  # a selector (see ReportView.resolve_path)
    label: str = Field(min_length=1)  # what the message calls it


class Years(_Strict):
    first: int = Field(alias="from", ge=1950, le=2100)
    last: Optional[int] = Field(None, alias="to", ge=1950, le=2100)

    def contains(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)

    def distance(self, year: int) -> int:
        if self.contains(year):
            return 0
        return self.first - year if year < self.first else year - (self.last or year)


class ProfileFile(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    years: Years
    source: str
    verified: bool = True  # False: its own requirements come from practice, not a circular (warnings)
    extends: Optional[str] = None
    parts: tuple[Requirement, ...] = ()  # top-level parts and 情况说明 sections
    tables: tuple[str, ...] = ()  # 部门决算表 tables by name
    items: tuple[Requirement, ...] = ()  # finer items and counts
    lists: tuple[Requirement, ...] = ()  # lists that must not be empty
    operating_costs_units: tuple[str, ...] = ()  # unit types that report 机关运行经费
    glossary: tuple[str, ...] = ()  # terms that, once used, the 名词解释 should define


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


class Entry(_Strict):
    code: str = Field(pattern=r"^[0-9]{3}([0-9]{2}){0,2}$")
    name: str = Field(min_length=1)
    first: int = Field(2015, alias="from")
    last: Optional[int] = Field(None, alias="to")
    source: str
    verified: bool = True

    @property
    def level(self) -> str:
        return {3: "类", 5: "款", 7: "项"}[len(self.code)]

    def valid_in(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


class ClassificationFile(_Strict):
    sources: dict[str, str]
    entries: tuple[Entry, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_sources(self) -> ClassificationFile:
        unknown = {entry.source for entry in self.entries} - set(self.sources)
        if unknown:
            raise ValueError(f"entries cite undeclared sources: {', '.join(sorted(unknown))}")
        return self


@dataclass(frozen=True)
class Classification:
    """The 功能分类 catalogue: each code's names over the years, looked up by code or by name."""

    entries: tuple[Entry, ...]
    sources: dict[str, str]

    def by_name(self, name: str) -> list[Entry]:
        key = normalize(name)
        return [entry for entry in self.entries if normalize(entry.name) == key]

    def by_code(self, code: str, year: int) -> list[Entry]:
        return [entry for entry in self.entries if entry.code == code and entry.valid_in(year)]

    def names_of(self, code: str, year: int) -> list[str]:
        return [entry.name for entry in self.by_code(code, year)]


def load_profiles(directories: Iterable[FsPath]) -> dict[str, Profile]:
    files: dict[str, tuple[ProfileFile, str]] = {}
    problems: list[Problem] = []
    for directory in directories:
        for file in sorted((FsPath(directory) / "profiles").glob("*.yaml")):
            doc = load(str(file))
            try:
                parsed = validate(doc, ProfileFile)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            if parsed.name in files:
                problems.append(Problem(doc.file, 1, 1, "profile.duplicate", {"name": parsed.name}))
            files[parsed.name] = (parsed, doc.file)
    profiles = {}
    for name, (profile, file) in files.items():
        try:
            profiles[name] = _resolve(profile, file, files, ())
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return profiles


def _resolve(profile: ProfileFile, file: str, files: dict, seen: tuple[str, ...]) -> Profile:
    ok = profile.verified
    needs = (
        [Need("part", r.path, r.label, ok) for r in profile.parts]
        + [Need("table", name, name, ok) for name in profile.tables]
        + [Need("item", r.path, r.label, ok) for r in profile.items]
        + [Need("list", r.path, r.label, ok) for r in profile.lists]
    )
    own = Profile(profile.name, profile.title, profile.years, profile.source, tuple(needs),
                  profile.operating_costs_units, profile.glossary, file)
    if profile.extends is None:
        return own
    if profile.extends not in files or profile.extends in seen:
        raise InputError([Problem(file, None, None, "profile.extends", {"name": profile.name, "base": profile.extends})])
    base_file, base_path = files[profile.extends]
    base = _resolve(base_file, base_path, files, seen + (profile.name,))
    return Profile(
        own.name, own.title, own.years, own.source, base.needs + own.needs,
        own.operating_costs_units or base.operating_costs_units, base.glossary + own.glossary, file,
    )


def choose_profile(profiles: dict[str, Profile], year: int, name: Optional[str] = None) -> Optional[Profile]:
    """The profile named, or the one whose years contain ``year`` (else the nearest)."""
    if name is not None:
        return profiles.get(name)
    if not profiles:
        return None
    return min(profiles.values(), key=lambda p: (p.years.distance(year), -p.years.first))


def load_classification(directories: Iterable[FsPath]) -> Classification:
    entries: list[Entry] = []
    sources: dict[str, str] = {}
    for directory in directories:
        for file in sorted((FsPath(directory) / "classification").glob("*.yaml")):
            parsed = validate(load(str(file)), ClassificationFile)
            entries.extend(parsed.entries)
            sources.update(parsed.sources)
    return Classification(tuple(entries), sources)
