"""Output formats: one registry of names, each with the module that writes it. Reporters are imported only
when chosen, and only the text reporters know rich.

A reporter is a function ``write(results, out, context)`` taking the per-file results in the order checked,
as an iterable it reads once: results stream from checking to output, so memory does not grow with the
number of files (except for SARIF and JUnit, whose documents are built whole; HTML keeps only counts, each
file's part of the page waiting in a temporary file until the summary is written). The context's tally
counts what passed through, for the summary lines and the exit code.

`juesuan diff` prints its comparison in the formats that have a ``diff`` module; in the others it reports
the cross-year findings like `juesuan check`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, TextIO

if TYPE_CHECKING:
    from juesuan_check.findings import FileResult
    from juesuan_check.reporters.context import Context


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # the module under reporters/ that writes `juesuan check` results
    diff: Optional[str] = None  # the module that writes a `juesuan diff` comparison, where the format has one
    source: bool = False  # shows the checked text beside each finding (the runner keeps it for the results)
    fallback: str = "text"  # how a character the console's encoding lacks is written: text, json or xml (streams)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", "text", diff="diff_text"),
        Format("concise", "concise"),
        Format("json", "json_format", diff="diff_json", fallback="json"),
        Format("jsonl", "jsonl", fallback="json"),
        Format("sarif", "sarif", fallback="json"),
        Format("junit", "junit", fallback="xml"),
        Format("github", "github"),
        Format("gitlab", "gitlab", fallback="json"),
        Format("html", "html", source=True),
    )
}
FORMAT_NAMES: tuple[str, ...] = tuple(FORMATS)


Reporter = Callable[[Iterable["FileResult"], TextIO, "Context"], None]


def reporter(name: str) -> Reporter:
    module = importlib.import_module(f"{__name__}.{FORMATS[name].module}")
    return module.write  # type: ignore[no-any-return]


def diff_reporter(name: str) -> Optional[Callable[..., None]]:
    """The writer of a `juesuan diff` comparison in format ``name``, or None when it reports findings only."""
    module_name = FORMATS[name].diff
    if module_name is None:
        return None
    return importlib.import_module(f"{__name__}.{module_name}").write  # type: ignore[no-any-return]
