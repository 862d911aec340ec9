"""Which files a folder check reads: the report files (.yaml, .yml in any case) under each folder given,
skipping what is not a report folder — hidden folders (.git, .venv …), virtual environments, build output —
what the .gitignore files ignore and what the ``exclude`` setting names. A file named on the command line is
always checked.

The .gitignore patterns are matched here rather than by asking git, which may not be installed, and the
folder need not be a repository. They are matched entry by entry as the walk goes down, pruning an ignored
folder, which is git's own rule (nothing inside an ignored folder comes back) and keeps a folder named on
the command line from being excluded by a pattern about its parents.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

SUFFIXES = (".yaml", ".yml")
# Folders that hold tools, caches and build output, never reports (ruff skips much the same).
SKIPPED_FOLDERS = frozenset(
    {"__pycache__", "__pypackages__", "node_modules", "site-packages", "venv", "build", "dist", "_build", "buck-out"}
)


@dataclass(frozen=True)
class Pattern:
    """One line of a .gitignore (or of the ``exclude`` setting), relative to ``root``."""

    regex: re.Pattern[str]
    negated: bool
    directories_only: bool
    anchored: bool  # matched against the path from the root, else against the name alone

    @classmethod
    def parse(cls, line: str) -> Optional[Pattern]:
        text = line.rstrip("\n\r")
        if not text.strip() or text.startswith("#"):
            return None
        text = re.sub(r"(?<!\\)\s+$", "", text)  # trailing blanks, unless escaped
        negated = text.startswith("!")
        text = text[1:] if negated else text
        if text.startswith(("\\#", "\\!")):
            text = text[1:]
        directories_only = text.endswith("/")
        text = text.rstrip("/")
        anchored = "/" in text
        text = text.lstrip("/")
        if not text:
            return None
        return cls(re.compile(_translate(text) + r"\Z", re.S), negated, directories_only, anchored)

    def matches(self, relative: str, is_dir: bool) -> bool:
        if self.directories_only and not is_dir:
            return False
        target = relative if self.anchored else relative.rsplit("/", 1)[-1]
        return self.regex.match(target) is not None


def _translate(pattern: str) -> str:
    """A gitignore glob as a regular expression: ``*`` and ``?`` stay within a folder, ``**`` crosses them."""
    out, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
        elif pattern.startswith("/**", index) and index + 3 == len(pattern):
            out.append("/.*")
            index += 3
        elif pattern.startswith("**", index):
            out.append(".*")
            index += 2
        elif char == "*":
            out.append("[^/]*")
            index += 1
        elif char == "?":
            out.append("[^/]")
            index += 1
        elif char == "[":
            end = pattern.find("]", index + 2)
            if end == -1:
                out.append(re.escape(char))
                index += 1
            else:
                body = pattern[index + 1 : end].replace("\\", "\\\\")
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                index = end + 1
        elif char == "\\" and index + 1 < len(pattern):
            out.append(re.escape(pattern[index + 1]))
            index += 2
        else:
            out.append(re.escape(char))
            index += 1
    return "".join(out)


@dataclass(frozen=True)
class Rules:
    """The patterns of one .gitignore file or setting, and the folder they are relative to."""

    root: Path
    patterns: tuple[Pattern, ...]

    @classmethod
    def of(cls, root: Path, lines: Iterable[str]) -> Rules:
        return cls(root, tuple(p for p in (Pattern.parse(line) for line in lines) if p is not None))

    @classmethod
    def read(cls, gitignore: Path) -> Optional[Rules]:
        try:
            text = gitignore.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return cls.of(gitignore.parent, text.splitlines())

    def verdict(self, path: Path, is_dir: bool) -> Optional[bool]:
        """True when the last pattern matching ``path`` ignores it, False when it re-includes it, None when
        no pattern speaks of it (or it is not under the root)."""
        try:
            relative = path.relative_to(self.root).as_posix()  # "/"-separated on Windows too
        except ValueError:
            return None
        found = None
        for pattern in self.patterns:
            if pattern.matches(relative, is_dir):
                found = not pattern.negated
        return found


def ignored(path: Path, is_dir: bool, rules: Iterable[Rules]) -> bool:
    """Whether ``path`` is ignored: the deepest rules that speak of it decide (``rules`` from the top down)."""
    decision = False
    for layer in rules:
        verdict = layer.verdict(path, is_dir)
        if verdict is not None:
            decision = verdict
    return decision


def is_report_file(name: str) -> bool:
    return name.lower().endswith(SUFFIXES) and not name.startswith(".")


def skipped_folder(folder: Path) -> bool:
    """A hidden folder, a virtual environment or a folder of tools and build output."""
    name = folder.name
    if name.startswith(".") or name in SKIPPED_FOLDERS:
        return True
    return (folder / "pyvenv.cfg").is_file() or (folder / "conda-meta").is_dir()


def _ancestor_gitignores(folder: Path) -> list[Rules]:
    """The .gitignore files above ``folder`` up to the root of its repository (none outside a repository)."""
    found: list[Rules] = []
    for directory in folder.parents:
        rules = Rules.read(directory / ".gitignore")
        if rules is not None:
            found.append(rules)
        if (directory / ".git").exists():
            return list(reversed(found))
    return []


def discover(arguments: Iterable[str], exclude: Optional[Rules] = None) -> Iterator[str]:
    """The files to check: each argument that is not a folder as given; under each folder, its report files
    that nothing excludes, in name order."""
    for argument in arguments:
        start = Path(argument)
        if argument == "-" or not start.is_dir():
            yield argument
            continue
        yield from (str(path) for path in sorted(_walk(start, exclude)))


def _walk(start: Path, exclude: Optional[Rules]) -> Iterator[Path]:
    absolute = start.resolve()
    above = _ancestor_gitignores(absolute)
    layers: dict[Path, list[Rules]] = {}
    for folder, subfolders, files in os.walk(start):
        here = Path(folder)
        real = absolute / here.relative_to(start)
        rules = list(layers.get(real.parent, above) if real != absolute else above)
        own = Rules.read(real / ".gitignore")
        if own is not None:
            rules.append(own)
        layers[real] = rules
        checks = [*rules, exclude] if exclude is not None else rules
        subfolders[:] = sorted(
            name for name in subfolders if not skipped_folder(here / name) and not ignored(real / name, True, checks)
        )
        for name in files:
            if is_report_file(name) and not ignored(real / name, False, checks):
                yield here / name
