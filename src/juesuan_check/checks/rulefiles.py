"""The rule catalogue's files as written — rules/*.yaml, rules/profiles/*.yaml, rules/classification/*.yaml —
validated with the file and line of every mistake and turned into the runtime objects of ``catalogue``
and ``reference``. Imported only when the catalogue is not in the cache."""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path as FsPath
from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from juesuan_check.checks.catalogue import ENGINE_RULES, Bilingual, Catalogue, Examples, Rule
from juesuan_check.checks.kinds import KINDS, Params
from juesuan_check.checks.reference import BlockSpec, Classification, Entry, Need, Profile, TableSpec, Years
from juesuan_check.findings import Severity
from juesuan_check.report.loader import Document, load
from juesuan_check.report.problems import InputError, Problem
from juesuan_check.report.reading import validate


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class TextFile(_Strict):
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)


class ExamplesFile(_Strict):
    passing: str = Field(alias="pass", min_length=1)
    failing: str = Field(alias="fail", min_length=1)


class RuleDef(_Strict):
    code: str = Field(pattern=r"^[A-Z]{3}[0-9]{3}$")
    name: str = Field(pattern=r"^[a-z]+(\.[a-z][a-z0-9-]*)+$")
    severity: Severity
    kind: Optional[str] = None  # a rule kind (checks/kinds) …
    engine: Optional[str] = None  # … or one of the engine's own rules (catalogue.ENGINE_RULES)
    params: dict[str, Any] = Field(default_factory=dict)
    title: TextFile
    description: TextFile
    why: TextFile
    message: TextFile
    explainable: Optional[bool] = None
    examples: ExamplesFile
    merge: Optional[str] = None  # see checks/folding.py
    absorbed_by: dict[str, Literal["same", "within"]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _kind_or_engine(self) -> RuleDef:
        if (self.kind is None) == (self.engine is None):
            raise ValueError("give either kind (a rule kind) or engine (one of the engine's own rules)")
        return self


class RuleFile(_Strict):
    family: str = Field(pattern=r"^[A-Z]{3}$")
    title: TextFile
    rules: tuple[RuleDef, ...] = Field(min_length=1)


class Requirement(_Strict):
    path: str = Field(min_length=1)  # a selector (see ReportView.resolve_path)
    label: str = Field(min_length=1)  # what the message calls it


class YearsFile(_Strict):
    first: int = Field(alias="from", ge=1950, le=2100)
    last: Optional[int] = Field(None, alias="to", ge=1950, le=2100)


class BlockFile(_Strict):
    columns: tuple[str, ...] = ()
    rows: tuple[str, ...] = ()
    classes: bool = False
    codes: Optional[Literal["功能分类", "经济分类"]] = None

    def spec(self) -> BlockSpec:
        return BlockSpec(self.columns, self.rows, self.classes, self.codes)


class TableFile(BlockFile):
    name: str = Field(min_length=1)  # the title in this template
    id: Optional[str] = None  # the standard name rules use, when the title is a regional wording
    synonyms: tuple[str, ...] = ()
    blocks: dict[str, BlockFile] = Field(default_factory=dict)  # a table printed as two blocks (收入 | 支出)

    def spec(self, verified: bool) -> TableSpec:  # type: ignore[override]
        blocks = {key: block.spec() for key, block in self.blocks.items()} or {None: super().spec()}
        return TableSpec(self.id or self.name, self.name, self.synonyms, blocks, verified)


class ProfileFile(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    years: YearsFile
    source: str
    verified: bool = True  # False: its own requirements come from practice, not a circular (warnings)
    extends: Optional[str] = None
    parts: tuple[Requirement, ...] = ()  # top-level parts and 情况说明 sections
    region: Optional[str] = None  # a regional variant of a national template (chosen when its titles are used)
    tables: tuple[Union[str, TableFile], ...] = ()  # 部门决算表: by title, or with their columns and rows
    order: tuple[str, ...] = ()  # the tables' order, by standard name, when it differs from the base's
    labels: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # a label and its other wordings
    items: tuple[Requirement, ...] = ()  # finer items and counts
    lists: tuple[Requirement, ...] = ()  # lists that must not be empty
    drop: tuple[str, ...] = ()  # paths of the base's requirements this variant's template does not print
    operating_costs_units: tuple[str, ...] = ()  # unit types that report 机关运行经费
    glossary: tuple[str, ...] = ()  # terms that, once used, the 名词解释 should define
    glossary_items: Optional[bool] = None  # whether it should define every 项 of the breakdown too (inherited)


class EntryFile(_Strict):
    code: str = Field(pattern=r"^[0-9]{3}([0-9]{2}){0,2}$")
    name: str = Field(min_length=1)
    first: int = Field(2015, alias="from")
    last: Optional[int] = Field(None, alias="to")
    source: str
    verified: bool = True


class ClassificationFile(_Strict):
    sources: dict[str, str]
    entries: tuple[EntryFile, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_sources(self) -> ClassificationFile:
        unknown = {entry.source for entry in self.entries} - set(self.sources)
        if unknown:
            raise ValueError(f"entries cite undeclared sources: {', '.join(sorted(unknown))}")
        return self


def _text(model: TextFile) -> Bilingual:
    return Bilingual(model.zh, model.en)


def parse_catalogue(folders: list[FsPath]) -> Catalogue:
    rules: list[Rule] = []
    families: dict[str, Bilingual] = {}
    problems: list[Problem] = []
    for directory in folders:
        for file in sorted(FsPath(directory).glob("*.yaml")):
            doc = load(str(file))
            try:
                parsed = validate(doc, RuleFile)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            families[parsed.family] = _text(parsed.title)
            for index, definition in enumerate(parsed.rules):
                try:
                    rules.append(_rule(doc, parsed.family, index, definition))
                except InputError as exc:
                    problems.extend(exc.problems)
    problems.extend(_duplicates(rules))
    try:
        profiles = load_profiles(folders)
    except InputError as exc:
        problems.extend(exc.problems)
        profiles = {}
    try:
        classification = load_classification(folders)
    except InputError as exc:
        problems.extend(exc.problems)
        classification = Classification((), {})
    if problems:
        raise InputError(problems)
    return Catalogue(
        tuple(sorted(rules, key=lambda r: r.code)), families, frozenset(r.code for r in rules), profiles, classification
    )


def _rule(doc: Document, family: str, index: int, definition: RuleDef) -> Rule:
    where: tuple = ("rules", index)

    def problem(key: str, field: str, **params: Any) -> InputError:
        span = doc.span(where + (field,))
        line, col = (span.line, span.col) if span else (None, None)
        return InputError([Problem(doc.file, line, col, key, {"code": definition.code, **params})])

    if not definition.code.startswith(family):
        raise problem("rules.family", "code", family=family)
    spec = KINDS.get(definition.kind) if definition.kind is not None else None
    if definition.engine is not None:
        if definition.engine not in ENGINE_RULES:
            raise problem("rules.engine", "engine", kind=definition.engine, known="、".join(sorted(ENGINE_RULES)))
        fields, params = ENGINE_RULES[definition.engine], Params()
    elif spec is None:
        raise problem("rules.kind", "kind", kind=definition.kind, known="、".join(sorted(KINDS)))
    else:
        fields, params = spec.fields, validate(doc, spec.params, definition.params, where + ("params",))
    for template in (definition.message.zh, definition.message.en):
        used = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        unknown = used - fields
        if unknown:
            raise problem(
                "rules.message_field", "message", fields="、".join(sorted(unknown)), known="、".join(sorted(fields))
            )
    span = doc.span(where)
    return Rule(
        code=definition.code,
        name=definition.name,
        family=family,
        severity=definition.severity,
        kind=spec,
        engine=definition.engine,
        params=params,
        title=_text(definition.title),
        description=_text(definition.description),
        why=_text(definition.why),
        message=_text(definition.message),
        explainable_flag=definition.explainable,
        examples=Examples(definition.examples.passing, definition.examples.failing),
        file=doc.file,
        line=span.line if span else 1,
        merge=definition.merge,
        absorbed_by=dict(definition.absorbed_by),
    )


def _duplicates(rules: list[Rule]) -> list[Problem]:
    problems = []
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                first = seen[key]
                problems.append(
                    Problem(
                        rule.file,
                        rule.line,
                        None,
                        "rules.duplicate",
                        {"code": key, "first": f"{first.file}:{first.line}"},
                    )
                )
            seen[key] = rule
    return problems


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
    tables = tuple(
        TableSpec(entry, entry, (), {}, ok) if isinstance(entry, str) else entry.spec(ok) for entry in profile.tables
    )
    needs = (
        [Need("part", r.path, r.label, ok) for r in profile.parts]
        + [Need("item", r.path, r.label, ok) for r in profile.items]
        + [Need("list", r.path, r.label, ok) for r in profile.lists]
    )
    base = None
    if profile.extends is not None:
        if profile.extends not in files or profile.extends in seen:
            raise InputError(
                [Problem(file, None, None, "profile.extends", {"name": profile.name, "base": profile.extends})]
            )
        base_file, base_path = files[profile.extends]
        base = _resolve(base_file, base_path, files, seen + (profile.name,))
        needs = [need for need in base.needs if need.level != "table" and need.path not in profile.drop] + needs
        tables = _merged(base.tables, tables, profile.order, file, profile.name)
    elif profile.order:
        tables = _merged((), tables, profile.order, file, profile.name)
    needs += [Need("table", spec.id, spec.name, spec.verified) for spec in tables]
    labels = dict(base.labels) if base is not None else {}
    labels.update(profile.labels)
    return Profile(
        profile.name,
        profile.title,
        Years(profile.years.first, profile.years.last),
        profile.source,
        tuple(needs),
        profile.operating_costs_units or (base.operating_costs_units if base else ()),
        (base.glossary if base else ()) + profile.glossary,
        file,
        tables,
        tuple(labels.items()),
        profile.region or (base.region if base else None),
        profile.glossary_items if profile.glossary_items is not None else (base.glossary_items if base else True),
    )


def _merged(
    base: tuple[TableSpec, ...], own: tuple[TableSpec, ...], order: tuple[str, ...], file: str, name: str
) -> tuple[TableSpec, ...]:
    """The base's tables with this profile's: one of the same standard name replaces the base's in its place,
    a new one follows them; ``order`` (standard names) reorders them."""
    mine = {spec.id: spec for spec in own}
    # A table the base requires stays required as firmly when this profile rewords or redraws it.
    tables = [replace(mine.pop(spec.id), verified=spec.verified) if spec.id in mine else spec for spec in base]
    tables += mine.values()
    if not order:
        return tuple(tables)
    by_id = {spec.id: spec for spec in tables}
    if set(order) != set(by_id):
        raise InputError([Problem(file, None, None, "profile.order", {"name": name, "tables": "、".join(by_id)})])
    return tuple(by_id[table] for table in order)


def load_classification(directories: Iterable[FsPath]) -> Classification:
    entries: list[Entry] = []
    sources: dict[str, str] = {}
    for directory in directories:
        for file in sorted((FsPath(directory) / "classification").glob("*.yaml")):
            parsed = validate(load(str(file)), ClassificationFile)
            entries.extend(Entry(e.code, e.name, e.first, e.last, e.source, e.verified) for e in parsed.entries)
            sources.update(parsed.sources)
    return Classification(tuple(entries), sources)
