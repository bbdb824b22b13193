"""Derived data computed once per document without writing into it."""

from __future__ import annotations

import functools
import weakref


def per_document(function):
    """Memoise ``function(doc)`` for as long as the document lives. The memo is the function's
    own (a weak mapping from documents), so helpers shared by several rules compute once while the
    document stays read-only."""
    memo: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @functools.wraps(function)
    def once(doc):
        try:
            return memo[doc]
        except KeyError:
            value = memo[doc] = function(doc)
            return value

    return once
