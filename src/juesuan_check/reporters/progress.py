"""A progress bar for a long run on a terminal: on standard error, gone when the run ends, and only when
standard error is a terminal (never in a log or a CI)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any, Optional

LONG_RUN = 20  # files: below this a run is over before a bar would help


@contextlib.contextmanager
def progress(total: int, enabled: bool = True, console: Optional[Any] = None) -> Iterator[Callable[[], None]]:
    """A function to call once per file checked; it moves a bar when the run is long and on a terminal."""
    if not enabled or total < LONG_RUN or (console is None and not sys.stderr.isatty()):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("juesuan"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console or Console(stderr=True),
        transient=True,
    )
    with bar:
        task = bar.add_task("check", total=total)
        yield lambda: bar.advance(task)
