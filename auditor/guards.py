"""Per-file limits: no document may take the run down with it.

A file larger than :data:`MAX_TEXT_CHARS` is refused before it is parsed, and linting one file
stops after :data:`TIME_LIMIT_SECONDS` plus :data:`SECONDS_PER_MILLION_CHARS` for each million
characters (work that grows in step with the text never trips it; a blow-up does); either way that file gets one clear error and the other
files are still linted. The time limit is an interval timer (``SIGALRM``), which also interrupts a
regular expression in the middle of a match: the ``regex`` module checks for signals while it
backtracks. Where no timer can be set (Windows, or a thread other than the main one), files run
unbounded.
"""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager
from collections.abc import Iterator

from .messages import TwoLanguageError

MAX_TEXT_CHARS = 32 * 1024 * 1024
TIME_LIMIT_SECONDS = 60.0
SECONDS_PER_MILLION_CHARS = 30.0
_AGAIN = 0.001  # seconds after which a signal that landed in a finaliser is handled again


class LimitExceeded(TwoLanguageError):
    """A file over a size or time limit; the message is one line that names the file."""


class _OutOfTime(BaseException):
    """Raised by the timer. A BaseException, so that no ``except Exception`` in a rule swallows it."""


def in_finaliser(frame) -> bool:
    """Whether a signal handler was called inside a ``__del__`` (the ``regex`` compiler runs many):
    Python swallows an exception raised there, printing "Exception ignored", and carries on."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def check_size(text: str, path: str, limit: int | None = None) -> None:
    limit = MAX_TEXT_CHARS if limit is None else limit
    if len(text) > limit:
        raise LimitExceeded(
            f"{path}: too large to check ({len(text):,} characters; the limit is {limit:,}); the file is skipped",
            f"{path}: 文件过大，未检查（{len(text):,} 个字符，上限为 {limit:,}）",
        )


def time_budget(chars: int) -> float:
    """Seconds allowed for a text of ``chars`` characters (0: no limit)."""
    if TIME_LIMIT_SECONDS <= 0:
        return 0
    return TIME_LIMIT_SECONDS + SECONDS_PER_MILLION_CHARS * chars / 1_000_000


@contextmanager
def time_limit(path: str, seconds: float) -> Iterator[None]:
    """Raise :class:`LimitExceeded` if the body runs longer than ``seconds`` (0: no limit)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    armed = True

    def out_of_time(signum, frame):
        if not armed:  # a signal that lands after the body has finished is ignored
            return
        if in_finaliser(frame):
            signal.setitimer(signal.ITIMER_REAL, _AGAIN)  # once the finaliser has returned
            return
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _OutOfTime:
        raise LimitExceeded(f"{path}: not checked: linting took longer than its limit of {seconds:.1f} s",
                            f"{path}: 未检查完：检查用时超过 {seconds:.1f} 秒的上限") from None
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_LARGE_TEXT_CHARS = 1_000_000
_heap_tuned = False


def return_freed_memory(chars: int) -> None:
    """Before a large text is parsed, ask glibc's malloc to give every freed block of 128 KiB or
    more back to the system at once. By default it raises that threshold each time such a block is
    freed (to 20 MB after the file's bytes are decoded), and the copies and lists that a large
    document's parse makes and drops stay in the process: a tenth of its peak memory. Small files
    never pay for loading ctypes; other C libraries are left as they are."""
    global _heap_tuned
    if _heap_tuned or chars < _LARGE_TEXT_CHARS or not sys.platform.startswith("linux"):
        return
    _heap_tuned = True
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        if hasattr(libc, "gnu_get_libc_version"):  # glibc, not musl
            libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):
        pass


_M_MMAP_THRESHOLD = -3  # from glibc's malloc.h
