"""The rule catalogue as the engine runs it: rules, families, template profiles and the classification.

Its files under rules/ are read by ``rulefiles`` (every mistake an input problem naming the file and line,
raised when the catalogue is loaded, never a finding); ``loading`` keeps the result in the cache until they
change.

Most rules are a kind (a small generator in ``kinds``) with parameters. A few are the engine's own: it
reports them on what other rules found (a figure truncated rather than rounded) and on the report's
acknowledgements. Their rule entries give them a code, a message and documentation like every other rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Optional

from juesuan_check.checks.kinds import COMPARISON_FIELDS, KindSpec, Params
from juesuan_check.checks.reference import Classification, Profile
from juesuan_check.findings import Severity


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


# The engine's own rules, by the name their rule entry gives under ``engine:``, with the fields their
# messages may use.
ENGINE_RULES: dict[str, frozenset[str]] = {
    "truncation": COMPARISON_FIELDS | {"rule"},
    "acknowledgement_unmatched": frozenset({"code", "path"}),
    "acknowledgement_refused": frozenset({"code"}),
    "acknowledgement_reason": frozenset({"code"}),
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    family: str
    severity: Severity
    kind: Optional[KindSpec]  # None for the engine's own rules
    engine: Optional[str]  # the name of an engine rule (a key of ENGINE_RULES), or None for a kind's rule
    params: Params
    title: Bilingual
    description: Bilingual
    why: Bilingual
    message: Bilingual
    explainable_flag: Optional[bool]  # as the rule file says; None: warnings and notes may be explained
    examples: Examples
    file: str
    line: int
    merge: Optional[str] = None  # hits with the same value of this field are one error (see checks.folding)
    absorbed_by: dict[str, str] = field(default_factory=dict)  # code → "same" | "within" (see checks.folding)

    @property
    def fields(self) -> frozenset[str]:
        """The data every finding of this rule carries, usable in its message."""
        return self.kind.fields if self.kind is not None else ENGINE_RULES[self.engine or ""]

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

    def engine_rule(self, name: str) -> Optional[Rule]:
        """The engine's own rule ``name``, when it is in this catalogue (not ignored)."""
        return next((rule for rule in self.rules if rule.engine == name), None)

    @property
    def kind_rules(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.kind is not None)

    def select(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Catalogue:
        """The rules whose code starts with one of ``select`` (all when empty) and none of ``ignore``.

        The engine's own rules report on what the selected rules find (a truncated share found by SHR001
        is reported as RND001), so they stay unless ``ignore`` names them."""
        chosen = tuple(select)
        dropped = tuple(ignore)
        rules = tuple(
            rule
            for rule in self.rules
            if (not chosen or rule.engine is not None or rule.code.startswith(chosen))
            and not (dropped and rule.code.startswith(dropped))
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
