"""A cache of the loaded rule catalogue, so that a check does not parse the rule files every time.

The key is a hash of every rule, profile and classification file's path, size and modification time, of
the code that parses them and runs them (checks/), the tool's version and Python's: any change to the
catalogue or to the tool is a miss. Each file's name carries the tool's version, and storing one removes
the files of other versions, so that the folder does not grow with upgrades. The cache lives in
$JUESUAN_CACHE_DIR, else $XDG_CACHE_HOME/juesuan-check, else ~/.cache/juesuan-check; JUESUAN_NO_CACHE=1
(or ``--no-cache``) turns it off. A cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from juesuan_check import __version__

T = TypeVar("T")


def directory() -> Path | None:
    if os.environ.get("JUESUAN_NO_CACHE"):
        return None
    explicit = os.environ.get("JUESUAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "juesuan-check"


_CODE = Path(__file__).parent  # checks/: the catalogue's parser and the rule kinds


def key_of(files: Iterable[Path]) -> str:
    digest = hashlib.sha256(f"{__version__}|{sys.version}".encode())
    for file in sorted([*files, *_CODE.rglob("*.py")]):
        status = file.stat()
        digest.update(f"{file}|{status.st_size}|{status.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:32]


def cached(files: Iterable[Path], build: Callable[[], T]) -> T:
    """``build()``, or its result from the cache when ``files`` are unchanged since it was stored."""
    folder = directory()
    if folder is None:
        return build()
    try:
        target = path_of(folder, files)
    except OSError:  # a file vanished while it was looked at
        return build()
    try:
        with target.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own file, keyed by the content it was made from
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    value = build()
    _store(folder, target, value)
    return value


def path_of(folder: Path, files: Iterable[Path]) -> Path:
    return folder / f"catalogue-{__version__}-{key_of(files)}.pickle"


def _store(folder: Path, target: Path, value: Any) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("catalogue-*.pickle"):
            if not old.name.startswith(f"catalogue-{__version__}-"):
                old.unlink(missing_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)
    except (OSError, pickle.PickleError, TypeError, AttributeError):
        pass
