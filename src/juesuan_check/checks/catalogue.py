"""The rule catalogue as the engine runs it: rules, families, template profiles and the classification.

The files under rules/ are read by ``rulefiles`` (every mistake an input problem naming the file and line,
raised when the catalogue is loaded, never a finding) and kept in the cache (``cache``) until they change.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from pathlib import Path as FsPath
from typing import Any, Iterable, Optional

from juesuan_check.checks.cache import cached
from juesuan_check.findings import Severity
from juesuan_check.checks.kinds import KindSpec, Params
from juesuan_check.checks.reference import Classification, Profile


@dataclass(frozen=True)
class Bilingual:
    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class Examples:
    passing: str
    failing: str


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
    packaged = FsPath(__file__).parents[1] / "rules"
    return packaged if packaged.is_dir() else FsPath(__file__).resolve().parents[3] / "rules"


def load_catalogue(directories: Iterable[FsPath] = ()) -> Catalogue:
    """The shipped catalogue plus the rule files in ``directories``: once per process, and from the cache
    (see ``cache``) while the files are unchanged."""
    return _load(tuple(FsPath(d).resolve() for d in directories))


@functools.lru_cache(maxsize=8)
def _load(directories: tuple[FsPath, ...]) -> Catalogue:
    folders = [default_rules_dir(), *directories]
    files = [f for folder in folders for pattern in ("*.yaml", "profiles/*.yaml", "classification/*.yaml")
             for f in folder.glob(pattern)]
    return cached(files, lambda: _parse(directories))


def _parse(directories: tuple[FsPath, ...]) -> Catalogue:
    from juesuan_check.checks.rulefiles import parse_catalogue  # the file formats and their validation, only on a cache miss

    return parse_catalogue([default_rules_dir(), *directories])


