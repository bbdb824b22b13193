"""Linting many files on several processes, with results in the order of the files.

``--jobs N`` runs N worker processes, at most one per available CPU (``auto``: one per CPU). The work is mapped in
order (``Executor.map``), so the output is identical to ``--jobs 1``. Few or small files, and
standard input, are linted in this process: starting workers would cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import TypeVar

    Item = TypeVar("Item")
    Result = TypeVar("Result")

# Below this much text a worker pool costs more than it saves (about 0.1 s of one process's work).
MIN_PARALLEL_BYTES = 1024 * 1024


def parse_jobs(value: str) -> int:
    """``--jobs``: a positive number, or ``auto`` for one per available CPU; never more than the
    CPUs available (more processes than CPUs only cost memory and start-up time)."""
    if value.strip().lower() == "auto":
        return available_cpus()
    try:
        jobs = int(value)
    except ValueError:
        raise ValueError(f"--jobs expects a positive number or auto, not {value!r}") from None
    if jobs < 1:
        raise ValueError(f"--jobs expects a positive number or auto, not {value!r}")
    return min(jobs, available_cpus())


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers_for(paths: list[str], jobs: int) -> int:
    """How many processes to use for ``paths``: 1 (this process) unless the work is worth spreading."""
    if jobs <= 1 or len(paths) < 2 or "-" in paths:
        return 1
    total = 0
    for path in paths:
        try:
            total += os.path.getsize(path)
        except OSError:
            continue  # reading it reports the error
        if total >= MIN_PARALLEL_BYTES:
            return min(jobs, len(paths))
    return 1


def warm_up(config) -> None:
    """Lint every rule's own examples once in this process, before the workers fork: the patterns
    and word lists compiled on first use (a good part of a second) are then inherited by every
    worker instead of compiled again in each."""
    from .engine import RuleCrash, lint_text

    for rule in config.rules():
        for examples in rule.examples().values():
            for text in examples:
                try:
                    lint_text(text, config=config)
                except RuleCrash:
                    pass  # the run reports it on the file that triggers it


def map_ordered(function: Callable[[Item], Result], items: Iterable[Item], workers: int) -> Iterator[Result]:
    """``map(function, items)``, on ``workers`` processes when more than one; results come in order.

    ``function`` and the items must be picklable (a module-level function, or a
    ``functools.partial`` of one)."""
    items = list(items)
    if workers <= 1:
        yield from map(function, items)
        return
    import gc
    from concurrent.futures import ProcessPoolExecutor

    # The workers fork from this process: objects moved out of the collector's reach are not
    # traversed, and their pages not copied, by each worker's collections.
    gc.freeze()
    # Chunks amortise the cost of a round trip, yet stay small enough to balance the load.
    chunksize = max(1, min(64, len(items) // (workers * 8)))
    # The function (with the configuration and lexicon it carries) goes to each worker once, not with
    # every chunk: a chunk's copy would be a new lexicon, whose compiled patterns each worker would
    # build again and whose pattern caches would compare it word by word (forked workers just
    # inherit the parent's objects, caches warm).
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_install, initargs=(function,))
    finished = False
    try:
        yield from pool.map(_call_installed, items, chunksize=chunksize)
        finished = True
    finally:
        # On Ctrl-C or an error, drop the work not started instead of finishing it first.
        pool.shutdown(wait=finished, cancel_futures=not finished)
        gc.unfreeze()


_installed: Callable | None = None  # in a worker: the function map_ordered maps


def _install(function: Callable) -> None:
    """A worker's start: keep the function to map, and leave Ctrl-C to the parent, which stops the
    run and reports it once, without a traceback per worker."""
    import signal

    global _installed
    _installed = function
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _call_installed(item):
    return _installed(item)
