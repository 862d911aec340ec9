"""Settings: ``[tool.juesuan]`` in pyproject.toml or a juesuan.toml, found upward from the first checked
file, under the options given on the command line.

A settings file is never ignored silently. It is read as UTF-8 (a BOM is accepted) or GBK/GB18030, as report
files are; a pyproject.toml that mentions ``tool.juesuan`` but is not valid TOML is reported, not skipped;
``--config`` takes a file of any name, with top-level keys or a ``[tool.juesuan]`` table. Whatever cannot be
read or is wrong is an input problem naming the file, the line and the key, in the user's language (exit 2).

The command line adds to the settings as ruff's does: ``--select`` replaces the selection, while
``--extend-select``, ``--ignore``, ``--exclude`` and ``--severity`` add to the file's.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError

from juesuan_check.report.problems import InputError, Problem
from juesuan_check.reporters import FORMAT_NAMES

Level = Literal["error", "warning", "info"]
CONFIG_FILES = ("juesuan.toml", "pyproject.toml")
TABLE = ("tool", "juesuan")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when first used

    select: tuple[str, ...] = ()  # codes or family prefixes; empty: every rule
    ignore: tuple[str, ...] = ()
    severity: dict[str, Level] = Field(default_factory=dict)  # per-rule overrides
    fail_on: Level = Field("error", alias="fail-on")
    exit_zero: StrictBool = Field(False, alias="exit-zero")  # not "yes" or "no"
    lang: Literal["zh", "en"] = "zh"
    profile: Optional[str] = None
    rules: tuple[str, ...] = ()  # extra rule folders, relative to the settings file
    format: Optional[Literal[FORMAT_NAMES]] = None  # type: ignore[valid-type]
    exclude: tuple[str, ...] = ()  # .gitignore-style patterns of paths a folder check skips

    def merged(self, overrides: dict[str, Any]) -> Settings:
        """These settings under the command line's. ``select`` and the single values replace the file's;
        ``extend-select``, ``ignore``, ``exclude`` and ``severity`` add to them."""
        given = {key: value for key, value in overrides.items() if value not in (None, (), {})}
        current = self.model_dump(by_alias=True)
        extend = given.pop("extend-select", ())
        if "select" in given or extend:
            select = tuple(given.pop("select", current["select"]))
            given["select"] = select + tuple(extend) if select else ()  # an empty selection is every rule
        for name in ("ignore", "exclude"):
            if name in given:
                given[name] = tuple(current[name]) + tuple(v for v in given[name] if v not in current[name])
        if "severity" in given:
            given["severity"] = {**current["severity"], **given["severity"]}
        return Settings.model_validate({**current, **given})


@dataclass(frozen=True)
class SettingsFile:
    """A settings file as read: its text and where our keys are (top level, or the [tool.juesuan] table)."""

    path: Path
    text: str
    table: tuple[str, ...]  # () for top-level keys, TABLE for [tool.juesuan]

    def line_of(self, *keys: Any) -> Optional[int]:
        """The line where the innermost of ``keys`` (a setting and what is inside it) is written."""
        lines = self.text.splitlines()
        start, end = self._region(lines)
        for name in reversed([k for k in keys if isinstance(k, str)]):
            pattern = re.compile(rf"(^|[{{,\s])[\"']?{re.escape(name)}[\"']?\s*=")
            for number in range(start, end):
                if pattern.search(lines[number]):
                    return number + 1
        return start if self.table else None  # the table's header

    def line_of_value(self, value: str) -> Optional[int]:
        """The line where ``value`` is written as a string or a key within our keys, if it is."""
        lines = self.text.splitlines()
        start, end = self._region(lines)
        pattern = re.compile(rf"[\"']{re.escape(value)}[\"']|(^|[{{,\s]){re.escape(value)}\s*=")
        return next((number + 1 for number in range(start, end) if pattern.search(lines[number])), None)

    def _region(self, lines: list[str]) -> tuple[int, int]:
        """The lines of our keys: the [tool.juesuan] table and its sub-tables, or the whole file."""
        if not self.table:
            return 0, len(lines)
        header = re.compile(r"^\s*\[+\s*(.*?)\s*\]*\s*(#.*)?$")
        start, end = 0, len(lines)
        for number, line in enumerate(lines):
            match = header.match(line)
            if not match or not line.lstrip().startswith("["):
                continue
            name = re.sub(r"[\"'\s]", "", match.group(1))
            ours = name == "tool.juesuan" or name.startswith("tool.juesuan.")
            if ours and not start:
                start = number + 1
            elif start and not ours:
                end = number
                break
        return (start, end) if start else (0, len(lines))

    def where(self) -> str:
        return str(self.path)


def find_config(start: Path) -> Optional[Path]:
    """The nearest juesuan.toml, or pyproject.toml with a [tool.juesuan] table, from ``start`` upward."""
    folder = start if start.is_dir() else start.parent
    for directory in [folder.resolve(), *folder.resolve().parents]:
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name == "juesuan.toml" or _is_ours(candidate)):
                return candidate
    return None


def _is_ours(pyproject: Path) -> bool:
    """Whether a pyproject.toml holds our settings. One that cannot be read or parsed is ours when it
    mentions our table at all, so that its problem is reported rather than the settings skipped."""
    import tomllib

    try:
        raw = pyproject.read_bytes()
    except OSError:
        return False
    try:
        text = _decode(raw, pyproject)
        return isinstance(tomllib.loads(text).get("tool", {}).get("juesuan"), dict)
    except (InputError, tomllib.TOMLDecodeError, AttributeError):
        text = raw.decode("utf-8", "replace")
        return re.search(r"^\s*\[[^\n]*juesuan|^\s*tool\s*\.\s*juesuan", text, re.M) is not None


def _decode(raw: bytes, path: Path) -> str:
    """A settings file's text: UTF-8 (with or without a BOM), else GBK/GB18030, as report files are read."""
    from juesuan_check.report.loader import text_of

    return text_of(raw, str(path), "config.encoding")


def read_settings(path: Path) -> SettingsFile:
    """The settings file at ``path`` as text, its problems raised with file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError([Problem(str(path), None, None, "config.unreadable", {"reason": exc.strerror})]) from None
    text = _decode(raw, path)
    return SettingsFile(path, text, TABLE if _mentions_table(text) or path.name == "pyproject.toml" else ())


def _mentions_table(text: str) -> bool:
    return re.search(r"^\s*\[\s*[\"']?tool[\"']?\s*\.\s*[\"']?juesuan\b", text, re.M) is not None


def load_settings(path: Optional[Path]) -> tuple[Settings, Optional[SettingsFile]]:
    """The settings in ``path`` (none: the defaults), with the file they came from."""
    if path is None:
        return Settings(), None
    source = read_settings(path)
    data = _parse(source)
    table: Any = data
    if source.table:
        table = data.get("tool", {}).get("juesuan") if isinstance(data.get("tool"), dict) else None
        if table is None:
            raise InputError([Problem(str(path), None, None, "config.no_table")])
        if not isinstance(table, dict):
            raise InputError([Problem(str(path), source.line_of("juesuan"), None, "config.not_table")])
    try:
        settings = Settings.model_validate(table)
    except ValidationError as exc:
        raise InputError([_setting_problem(source, error) for error in exc.errors()]) from None
    base = path.parent
    rules = tuple(str((base / folder).resolve()) for folder in settings.rules)
    missing = [
        Problem(str(path), source.line_of_value(folder), None, "config.rules_missing", {"folder": folder})
        for folder, resolved in zip(settings.rules, rules, strict=True)
        if not Path(resolved).is_dir()
    ]
    if missing:
        raise InputError(missing)
    return settings.model_copy(update={"rules": rules}), source


def _parse(source: SettingsFile) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError([_syntax_problem(source, str(exc))]) from None


# tomllib's messages, by how they begin, and the words that say them
_TOML_MESSAGES = (
    ("Expected ']' at the end of a table declaration", "config.toml.table"),
    ("Expected ']]' at the end of an array declaration", "config.toml.table"),
    ("Expected '=' after a key", "config.toml.equals"),
    ("Invalid value", "config.toml.value"),
    ("Unclosed at the end of the document", "config.toml.unclosed"),
    ("Unterminated string", "config.toml.string"),
    ("Illegal character '\\n'", "config.toml.string"),
    ("Unclosed array", "config.toml.array"),
    ("Unclosed inline table", "config.toml.inline"),
    ("Cannot overwrite a value", "config.toml.twice"),
    ("Cannot declare", "config.toml.twice"),
    ("Duplicate inline table key", "config.toml.twice"),
    ("Expected newline or end of document", "config.toml.newline"),
    ("Invalid statement", "config.toml.statement"),
    ("Invalid initial character for a key part", "config.toml.key"),
)
_FULL_WIDTH = "“”‘’：＝，［］｛｝　"


def _syntax_problem(source: SettingsFile, message: str) -> Problem:
    place = re.search(r"\(at line (\d+), column (\d+)\)", message)
    lines = source.text.splitlines()
    if place:
        line, col = int(place.group(1)), int(place.group(2))
    else:  # "at end of document": something opened was never closed
        line = next((n + 1 for n in range(len(lines) - 1, -1, -1) if lines[n].strip()), 1)
        col = None
    detail = re.sub(r"\s*\(at [^)]*\)$", "", message)
    if not place and detail == "Invalid value":
        detail = "Unclosed at the end of the document"
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    slip = next((ch for ch in text if ch in _FULL_WIDTH), None)
    if slip is not None:
        col = text.index(slip) + 1
        return Problem(str(source.path), line, col, "config.toml.fullwidth", {"char": slip, "line_text": text.strip()})
    key = next((key for start, key in _TOML_MESSAGES if detail.startswith(start)), "config.syntax")
    return Problem(str(source.path), line, col, key, {"detail": detail, "line_text": text.strip()})


_SETTING_ERRORS = {
    "literal_error": "config.setting.choice",
    "string_type": "config.setting.text",
    "bool_type": "config.setting.bool",
    "bool_parsing": "config.setting.bool",
    "tuple_type": "config.setting.list",
    "list_type": "config.setting.list",
    "dict_type": "config.setting.table",
    "model_type": "config.setting.table",
}


def _setting_problem(source: SettingsFile, error: Any) -> Problem:
    loc = tuple(error["loc"])
    name = ".".join(str(part) for part in loc)
    line = source.line_of(*loc)
    params: dict[str, Any] = {"key": name, "msg": error["msg"], "text": _shown(error.get("input"))}
    if error["type"] == "extra_forbidden":
        known = [field.alias or field_name for field_name, field in Settings.model_fields.items()]
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        if close:
            return Problem(
                str(source.path), line, None, "config.setting.unknown_suggest", {**params, "suggestion": close[0]}
            )
        return Problem(str(source.path), line, None, "config.setting.unknown", {**params, "known": "、".join(known)})
    if error["type"] == "literal_error":
        params["expected"] = "、".join(re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", ""))))
    return Problem(str(source.path), line, None, _SETTING_ERRORS.get(error["type"], "config.setting"), params)


def _shown(value: Any) -> str:
    text = str(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:39] + "…"


def check_codes(settings: Settings, known: frozenset[str], source: Optional[SettingsFile], command_line: str) -> None:
    """Every code or prefix a setting names must name at least one rule."""
    problems = []
    for key, values in (
        ("select", settings.select),
        ("ignore", settings.ignore),
        ("severity", tuple(settings.severity)),
    ):
        for value in values:
            if not any(code.startswith(value) for code in known):
                line = source.line_of_value(value) if source else None
                where = source.where() if source and line else command_line  # else it came from the command line
                problems.append(Problem(where, line, None, "config.code", {"key": key, "code": value}))
    if problems:
        raise InputError(problems)
