"""The rule catalogue: rules/*.yaml read, validated and turned into rules the engine can run.

A rule file names a family (a three-letter code prefix) and lists its rules. Every mistake in a rule file
(an unknown kind, a bad parameter, a message that uses a field its kind does not give, a duplicate code)
is an input problem naming the file and line, raised when the catalogue is loaded, never a finding.
"""

from __future__ import annotations

import functools
import string
from dataclasses import dataclass, field, replace
from pathlib import Path as FsPath
from typing import Any, Iterable, Optional

from pydantic import BaseModel, ConfigDict, Field

from .findings import Severity
from .kinds import KINDS, KindSpec, Params
from .loader import Document, load
from .problems import InputError, Problem
from .reading import validate
from .reference import Classification, Profile, load_classification, load_profiles


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(_Strict):
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class Examples(_Strict):
    passing: str = Field(alias="pass", min_length=1)
    failing: str = Field(alias="fail", min_length=1)


class RuleDef(_Strict):
    code: str = Field(pattern=r"^[A-Z]{3}[0-9]{3}$")
    name: str = Field(pattern=r"^[a-z]+(\.[a-z][a-z0-9-]*)+$")
    severity: Severity
    kind: str
    params: dict[str, Any] = Field(default_factory=dict)
    title: Bilingual
    description: Bilingual
    why: Bilingual
    message: Bilingual
    explainable: Optional[bool] = None
    examples: Examples


class RuleFile(_Strict):
    family: str = Field(pattern=r"^[A-Z]{3}$")
    title: Bilingual
    rules: tuple[RuleDef, ...] = Field(min_length=1)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    family: str
    severity: Severity
    kind: KindSpec
    params: Params
    title: Bilingual
    description: Bilingual
    why: Bilingual
    message: Bilingual
    explainable_flag: Optional[bool]  # as the rule file says; None: warnings and notes may be explained
    examples: Examples
    file: str
    line: int

    @property
    def explainable(self) -> bool:
        """Whether a report may acknowledge this rule's findings with a written reason."""
        if self.explainable_flag is not None:
            return self.explainable_flag
        return self.severity is not Severity.ERROR

    def render(self, data: dict[str, Any], lang: str) -> str:
        return self.message.get(lang).format_map(_Blank(data))


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"


@dataclass(frozen=True)
class Catalogue:
    rules: tuple[Rule, ...]
    families: dict[str, Bilingual]
    all_codes: frozenset[str]  # every code of the full catalogue, also those not selected
    profiles: dict[str, Profile] = field(default_factory=dict)
    classification: Classification = field(default_factory=lambda: Classification((), {}))

    def get(self, code: str) -> Optional[Rule]:
        return next((rule for rule in self.rules if rule.code == code), None)

    def by_kind(self, kind: str) -> Optional[Rule]:
        return next((rule for rule in self.rules if rule.kind.name == kind), None)

    def select(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Catalogue:
        """The rules whose code starts with one of ``select`` (all when empty) and none of ``ignore``."""
        chosen = tuple(select)
        dropped = tuple(ignore)
        rules = tuple(
            rule for rule in self.rules
            if (not chosen or rule.code.startswith(chosen)) and not (dropped and rule.code.startswith(dropped))
        )
        return replace(self, rules=rules)

    def with_severity(self, overrides: dict[str, str]) -> Catalogue:
        """The catalogue with the severity of the rules whose code starts with a key of ``overrides`` changed."""
        if not overrides:
            return self
        rules = []
        for rule in self.rules:
            level = next((lvl for prefix, lvl in overrides.items() if rule.code.startswith(prefix)), None)
            rules.append(replace(rule, severity=Severity(level)) if level else rule)
        return replace(self, rules=tuple(rules))


def default_rules_dir() -> FsPath:
    """The catalogue shipped inside the package, or the repository's rules/ in a source checkout."""
    packaged = FsPath(__file__).parent / "rules"
    return packaged if packaged.is_dir() else FsPath(__file__).resolve().parents[2] / "rules"


def load_catalogue(directories: Iterable[FsPath] = ()) -> Catalogue:
    """The shipped catalogue plus the rule files in ``directories``; loaded once per process."""
    return _load(tuple(FsPath(d).resolve() for d in directories))


@functools.lru_cache(maxsize=8)
def _load(directories: tuple[FsPath, ...]) -> Catalogue:
    rules: list[Rule] = []
    families: dict[str, Bilingual] = {}
    problems: list[Problem] = []
    for directory in [default_rules_dir(), *directories]:
        for file in sorted(FsPath(directory).glob("*.yaml")):
            doc = load(str(file))
            try:
                parsed = validate(doc, RuleFile)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            families[parsed.family] = parsed.title
            for index, definition in enumerate(parsed.rules):
                try:
                    rules.append(_rule(doc, parsed.family, index, definition))
                except InputError as exc:
                    problems.extend(exc.problems)
    problems.extend(_duplicates(rules))
    folders = [default_rules_dir(), *directories]
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
    return Catalogue(tuple(sorted(rules, key=lambda r: r.code)), families, frozenset(r.code for r in rules),
                     profiles, classification)


def _rule(doc: Document, family: str, index: int, definition: RuleDef) -> Rule:
    where: tuple = ("rules", index)

    def problem(key: str, field: str, **params: Any) -> InputError:
        span = doc.span(where + (field,))
        line, col = (span.line, span.col) if span else (None, None)
        return InputError([Problem(doc.file, line, col, key, {"code": definition.code, **params})])

    if not definition.code.startswith(family):
        raise problem("rules.family", "code", family=family)
    spec = KINDS.get(definition.kind)
    if spec is None:
        raise problem("rules.kind", "kind", kind=definition.kind, known="、".join(sorted(KINDS)))
    params = validate(doc, spec.params, definition.params, where + ("params",))
    for lang in ("zh", "en"):
        fields = {name for _, name, _, _ in string.Formatter().parse(definition.message.get(lang)) if name}
        unknown = fields - spec.fields
        if unknown:
            raise problem("rules.message_field", "message", fields="、".join(sorted(unknown)),
                          known="、".join(sorted(spec.fields)))
    span = doc.span(where)
    return Rule(
        code=definition.code, name=definition.name, family=family, severity=definition.severity, kind=spec,
        params=params, title=definition.title, description=definition.description, why=definition.why,
        message=definition.message, explainable_flag=definition.explainable,
        examples=definition.examples, file=doc.file, line=span.line if span else 1,
    )


def _duplicates(rules: list[Rule]) -> list[Problem]:
    problems = []
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                first = seen[key]
                problems.append(Problem(rule.file, rule.line, None, "rules.duplicate",
                                        {"code": key, "first": f"{first.file}:{first.line}"}))
            seen[key] = rule
    return problems
