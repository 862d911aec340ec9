"""Settings: ``[tool.juesuan]`` in pyproject.toml or a juesuan.toml, found upward from the first checked
file, under the options given on the command line (the command line wins).

A bad setting is an input problem naming the file, the line and the key (exit code 2).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from juesuan_check.report.problems import InputError, Problem
from juesuan_check.reporters import FORMAT_NAMES

Level = Literal["error", "warning", "info"]
CONFIG_FILES = ("juesuan.toml", "pyproject.toml")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when first used

    select: tuple[str, ...] = ()  # codes or family prefixes; empty: every rule
    ignore: tuple[str, ...] = ()
    severity: dict[str, Level] = Field(default_factory=dict)  # per-rule overrides
    fail_on: Level = Field("error", alias="fail-on")
    exit_zero: bool = Field(False, alias="exit-zero")
    lang: Literal["zh", "en"] = "zh"
    profile: Optional[str] = None
    rules: tuple[str, ...] = ()  # extra rule folders, relative to the settings file
    format: Optional[Literal[FORMAT_NAMES]] = None  # type: ignore[valid-type]

    def merged(self, overrides: dict[str, Any]) -> Settings:
        """These settings under the command line's: every option given there replaces the file's."""
        given = {key: value for key, value in overrides.items() if value not in (None, (), {})}
        return Settings.model_validate({**self.model_dump(by_alias=True), **given})


def find_config(start: Path) -> Optional[Path]:
    """The nearest juesuan.toml, or pyproject.toml with a [tool.juesuan] table, from ``start`` upward."""
    folder = start if start.is_dir() else start.parent
    for directory in [folder.resolve(), *folder.resolve().parents]:
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name == "juesuan.toml" or _has_table(candidate)):
                return candidate
    return None


def _has_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml has our table (judged on its text, so that a broken one is reported)."""
    try:
        return re.search(r"^\s*\[\s*tool\.juesuan\s*[\].]", pyproject.read_text(encoding="utf-8"), re.M) is not None
    except (OSError, UnicodeDecodeError):
        return False


def load_settings(path: Optional[Path]) -> Settings:
    if path is None:
        return Settings()
    import tomllib

    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(file, None, None, "config.unreadable", {"reason": str(exc)})]) from None
    except tomllib.TOMLDecodeError as exc:
        place = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, col = (int(place.group(1)), int(place.group(2))) if place else (None, None)
        detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise InputError([Problem(file, line, col, "config.syntax", {"detail": detail})]) from None
    table = data if path.name == "juesuan.toml" else data.get("tool", {}).get("juesuan", {})
    try:
        settings = Settings.model_validate(table)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            key = ".".join(str(part) for part in error["loc"])
            problems.append(
                Problem(
                    file,
                    _line_of(text, str(error["loc"][0])),
                    None,
                    "config.setting",
                    {"key": key, "msg": error["msg"]},
                )
            )
        raise InputError(problems) from None
    base = path.parent
    return settings.model_copy(update={"rules": tuple(str((base / folder).resolve()) for folder in settings.rules)})


def _line_of(text: str, key: str) -> Optional[int]:
    pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def check_codes(settings: Settings, known: frozenset[str], file: str) -> None:
    """Every code or prefix a setting names must name at least one rule."""
    problems = []
    for key, values in (
        ("select", settings.select),
        ("ignore", settings.ignore),
        ("severity", tuple(settings.severity)),
    ):
        for value in values:
            if not any(code.startswith(value) for code in known):
                problems.append(Problem(file, None, None, "config.code", {"key": key, "code": value}))
    if problems:
        raise InputError(problems)
