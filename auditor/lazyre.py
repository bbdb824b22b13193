"""Patterns compiled on first use: ``lazy(r"…")`` in place of ``regex.compile(r"…")``.

Compiling the module-level patterns of the text model and the rules cost a third of a start-up,
and a typical document needs about half of them. A :class:`LazyPattern` compiles its pattern the
first time one of its methods is asked for, then keeps the compiled pattern's bound methods in its
slots: later calls cost what a call on the compiled pattern costs.

``pattern`` (the source) is there without compiling, so that patterns can be built from others.
Every lazy pattern is listed by :func:`defined` with where it was written, compiled or not (the
test of catastrophic backtracking checks them all).
"""

from __future__ import annotations

import re
import sys

import regex

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer", "scanner")


class LazyPattern:
    """A compiled pattern that compiles on first use (``compile(pattern, flags)``)."""

    __slots__ = ("pattern", "_flags", "_compile", "where", "compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0, compile=regex.compile, where: str = "") -> None:
        self.pattern = pattern
        self._flags = flags
        self._compile = compile
        self.where = where  # "auditor/numbers.py:54": the line that declared it

    def __getattr__(self, name: str):
        # Called only for an attribute not set yet: the first use compiles.
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self._compile(self.pattern, self._flags)
        self.compiled = compiled
        for method in _METHODS:
            if hasattr(compiled, method):
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __reduce__(self):
        return (LazyPattern, (self.pattern, self._flags, self._compile, self.where))

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


_DEFINED: list[LazyPattern] = []


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``regex.compile(pattern, flags)``, done on first use."""
    return _declare(LazyPattern(pattern, flags, regex.compile, _caller()))


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)`` (the standard library's ``re``), done on first use."""
    return _declare(LazyPattern(pattern, flags, re.compile, _caller()))


def defined() -> list[tuple[str, str, int, str]]:
    """Every lazy pattern declared so far: (``"regex"`` or ``"re"``, source, flags, where declared)."""
    return [("re" if p._compile is re.compile else "regex", p.pattern, int(p._flags), p.where) for p in _DEFINED]


def _declare(pattern: LazyPattern) -> LazyPattern:
    _DEFINED.append(pattern)
    return pattern


def _caller() -> str:
    frame = sys._getframe(2)
    return f"{frame.f_code.co_filename}:{frame.f_lineno}"
