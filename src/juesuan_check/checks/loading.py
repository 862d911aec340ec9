"""Loading the rule catalogue: the shipped rules/ plus any folders a user adds, parsed once per process and
kept in the cache (see ``cache``) while the files are unchanged."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path as FsPath

from juesuan_check.checks.cache import cached
from juesuan_check.checks.catalogue import Catalogue


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
    files = [
        f
        for folder in folders
        for pattern in ("*.yaml", "profiles/*.yaml", "classification/*.yaml")
        for f in folder.glob(pattern)
    ]
    return cached(files, lambda: _parse(directories))


def _parse(directories: tuple[FsPath, ...]) -> Catalogue:
    from juesuan_check.checks.rulefiles import (
        parse_catalogue,  # the file formats and their validation, only on a cache miss
    )

    return parse_catalogue([default_rules_dir(), *directories])
