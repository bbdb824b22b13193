"""A progress bar on standard error when a person watches (a TTY, not CI) and there are many files."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

MIN_FILES = 8  # below this a bar only flickers


def wanted(count: int, stream=None) -> bool:
    stream = stream or sys.stderr
    return count >= MIN_FILES and stream.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


@contextmanager
def progress(count: int):
    """Yields ``advance()``, to call once per file; a no-op without a TTY."""
    if not wanted(count):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("linting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True, console=Console(stderr=True)
    ) as bar:
        task = bar.add_task("lint", total=count)
        yield lambda: bar.advance(task)
