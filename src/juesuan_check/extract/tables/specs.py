"""The tables a document may print, as the template profiles (rules/profiles/) name and lay them out: a
printed title is looked up among every profile's titles and their other wordings, and a header is read with
the words of the tables that title may be."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Optional

from juesuan_check.checks.reference import BlockSpec, Profile, TableSpec
from juesuan_check.checks.tables import Labels
from juesuan_check.extract.tables.items import squeeze
from juesuan_check.names import normalize

# The header words of the columns that label a row rather than hold figures.
LABEL_WORDS = frozenset(
    {
        "项目",
        "科目",
        "编码",
        "名称",
        "科目编码",
        "科目名称",
        "项目名称",
        "功能分类",
        "经济分类",
        "功能分类科目",
        "经济分类科目",
        "功能分类科目编码",
        "经济分类科目编码",
        "支出功能分类科目编码",
        "功能分类科目名称",
        "经济分类科目名称",
        "类",
        "款",
        "项",
        "类款项",
        "行次",
        "栏次",
        "序号",
    }
)
# Label columns that carry no part of a row's label (row numbers of the central form).
IGNORED_LABELS = frozenset({"行次", "栏次", "序号"})
# A row label's ordinal (一、 （二） 3.), which no header prints.
ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])")
# Before a title: its number in the list of tables (表一、 附表1 公开01表 一、 1.).
_NUMBERING = re.compile(
    r"^(?:附?表\s*[0-9一二三四五六七八九十]+[、.．:：]?|公开\s*[0-9]+\s*表|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．])"
)


@dataclass(frozen=True)
class Candidate:
    """One table a title may be: its spec in one profile, with that profile's other wordings."""

    spec: TableSpec
    labels: Labels

    def block(self, key: Optional[str]) -> Optional[BlockSpec]:
        return self.spec.blocks.get(key)

    @functools.cached_property
    def rows(self) -> frozenset[str]:
        """The labels of the rows the template prints, as compared."""
        return frozenset(self.labels.canon(row) for block in self.spec.blocks.values() for row in block.rows)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every header word of this table, as compared (``Labels.canon``): its block keys and each level of its
        columns, in any of their wordings."""
        found = set()
        for key, block in self.spec.blocks.items():
            if key is not None:
                found.add(self.labels.canon(key))
            for column in block.columns:
                found.update(self.labels.canon(level) for level in column.split("/"))
        for other in self.labels.synonyms:
            found.update(other.split("/"))
        return frozenset(found)


@dataclass(frozen=True)
class Specs:
    """Every table title of every profile, longest first (财政拨款收入支出决算总表 before 收入支出决算总表)."""

    titles: tuple[tuple[str, tuple[Candidate, ...]], ...]

    @classmethod
    def of(cls, profiles: dict[str, Profile]) -> Specs:
        found: dict[str, list[Candidate]] = {}
        for profile in profiles.values():
            labels = Labels.of(profile)
            for spec in profile.tables:
                for name in spec.names:
                    candidates = found.setdefault(normalize(name), [])
                    if all(c.spec.blocks != spec.blocks for c in candidates):
                        candidates.append(Candidate(spec, labels))
        ordered = sorted(found.items(), key=lambda item: -len(item[0]))
        return cls(tuple((name, tuple(candidates)) for name, candidates in ordered))

    def title(self, text: str) -> Optional[tuple[str, tuple[Candidate, ...]]]:
        """The table a line titles: the line is a known title, after its numbering and what stands before
        it on the line (the unit and year: XX局2024年度收入支出决算总表). The title as printed is returned."""
        plain = squeeze(text)
        body = _NUMBERING.sub("", plain)
        if not body or len(body) > 60 or re.search(r"[，。；：:]", body):
            return None
        compared = normalize(body)
        for name, candidates in self.titles:
            if compared == name:
                return body, candidates
            if compared.endswith(name) and len(compared) - len(name) <= 40 and re.search(r"年度?|部门|单位", body):
                return body[len(body) - _printed_length(body, name) :], candidates
        return None


def _printed_length(body: str, name: str) -> int:
    """How many characters at the end of ``body`` print ``name`` (quotes count though ``normalize`` drops
    them)."""
    for length in range(len(name), len(body) + 1):
        if normalize(body[-length:]) == name:
            return length
    return len(name)


def unknown_title(text: str) -> Optional[str]:
    """A line that reads as the title of a table no profile knows: short, ending in 表, no sentence."""
    body = _NUMBERING.sub("", squeeze(text))
    if body.endswith("部门决算表") or re.search(r"[，。；]", body):
        return None
    if 4 <= len(body) <= 40 and re.search(r"(?:决算|情况|明细|统计|汇总)表$", body):
        return body
    return None


@functools.lru_cache(maxsize=4)
def default_specs() -> Specs:
    from juesuan_check.checks.loading import load_catalogue

    return Specs.of(load_catalogue().profiles)
