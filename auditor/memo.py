"""Derived data computed once per document without writing into it."""

from __future__ import annotations

import functools
import weakref

# Each live document's memo, by the document's id: a plain dict lookup per call (a WeakKeyDictionary
# makes a weak reference for every lookup). The entry goes when its document does.
_memos: dict[int, dict] = {}


def _new_memo(doc) -> dict:
    memo = _memos[id(doc)] = {}
    weakref.finalize(doc, _memos.pop, id(doc), None)
    return memo


def per_document(function):
    """Memoise ``function(doc)`` for as long as the document lives, outside the document, so helpers
    shared by several rules compute once while the document stays read-only."""

    @functools.wraps(function)
    def once(doc):
        memo = _memos.get(id(doc))
        if memo is None:
            memo = _new_memo(doc)
        try:
            return memo[function]
        except KeyError:
            value = memo[function] = function(doc)
            return value

    return once
