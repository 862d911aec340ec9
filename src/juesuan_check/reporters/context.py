"""What a reporter may need besides the results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from juesuan_check.findings import Finding, Tally
from juesuan_check.words import say

if TYPE_CHECKING:
    from juesuan_check.checks.catalogue import Catalogue


@dataclass(frozen=True)
class Context:
    """What a reporter may need besides the results: the language, the rules, and the tally of what has
    been reported so far (with the gate that judges it)."""

    lang: str = "zh"
    catalogue: Optional[Catalogue] = None
    tally: Tally = field(default_factory=Tally)
    show_explained: bool = False  # text: print explained findings in full, not only their count
    quiet: bool = False  # text, concise, github: print only what fails

    def fails(self, finding: Finding) -> bool:
        return self.tally.gate.fails(finding)

    def shown(self, finding: Finding) -> bool:
        """Whether a line-by-line output prints ``finding``: quiet prints only what fails."""
        return self.fails(finding) or not self.quiet


def count_words(counts: dict[str, int], lang: str) -> list[tuple[str, str]]:
    """Each count above zero as the outputs print it, with what it counts: ("error", "13 错误") …"""
    order = ("error", "warning", "info", "explained")
    return [(key, say(f"text.count.{key}", lang, {"count": counts[key]})) for key in order if counts.get(key, 0)]


def total_words(tally: Tally, lang: str) -> tuple[str, list[tuple[str, str]]]:
    """The run's total as the outputs print it: 合计 2 个文件： and its counts, files not checked last."""
    prefix = f"{say('text.total', lang)} {tally.files} {say('text.files', lang)}{say('text.colon', lang)}"
    parts = count_words(tally.counts, lang)
    if tally.invalid:
        parts.append(("invalid", f"{tally.invalid} {say('text.invalid', lang)}"))
    return prefix, parts
