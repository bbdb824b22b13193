"""Markdown: which parts of a .md file are not prose. Code (fenced or indented) and HTML comments
and blocks are kept in the file's text, so that lines and columns stay the file's own, but left out
of what the rules read. Parsed with markdown-it-py (CommonMark; rich already depends on it), so that
a fence inside a list or an unclosed fence reads as a Markdown renderer shows it; imported only when
a Markdown file is read."""

from __future__ import annotations

import re

from ..lazyre import lazy_re

_NOT_PROSE = ("fence", "code_block", "html_block")
_INLINE_COMMENT = lazy_re(r"<!--.*?-->", re.S)
_SUFFIXES = (".md", ".markdown")


def is_markdown(path: str) -> bool:
    return path.lower().endswith(_SUFFIXES)


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) offsets of ``text`` that are code or HTML, not prose."""
    from markdown_it import MarkdownIt

    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type in _NOT_PROSE and token.map:
            first, last = token.map
            spans.append((starts[first], min(starts[last], len(text))))
    for comment in _INLINE_COMMENT.finditer(text):
        if not any(start <= comment.start() < end for start, end in spans):
            spans.append(comment.span())
    return sorted(spans)
