"""What a reporter may need besides the results."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from juesuan_check.findings import Finding, Tally

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
