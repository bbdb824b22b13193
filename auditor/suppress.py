"""Inline suppression comments, like markdownlint's, for Markdown and plain text.

    <!-- auditor: disable-next-line NUM001 -->    the next non-blank line
    <!-- auditor: disable-line NUM001 -->         this line (Markdown, after the text)
    <!-- auditor: disable NUM001 SEQ -->          from here on …
    <!-- auditor: enable NUM001 -->               … until here (no codes: everything)

Codes are rule codes or prefixes separated by spaces or commas; none means every rule. In a
Markdown file a comment may stand anywhere on a line; in plain text it must be a line of its own.
A finding is suppressed when the line it starts on is.
"""

from __future__ import annotations

import re

from .lazyre import lazy_re
from .record import replace

_DIRECTIVE = lazy_re(r"<!--\s*auditor:\s*(disable-next-line|disable-line|disable|enable)\b(.*?)-->", re.IGNORECASE)
_LINES = lazy_re(r"\r\n|\r|\n")
ALL = "ALL"


def suppressed_lines(text: str, markdown: bool) -> dict[int, frozenset[str]]:
    """Line number (1-based) -> the codes or prefixes suppressed on it (``ALL`` for every rule)."""
    result: dict[int, frozenset[str]] = {}
    active: set[str] = set()
    pending: set[str] = set()  # from disable-next-line, for the next non-blank line
    for number, line in enumerate(_LINES.split(text), 1):
        directives = list(_DIRECTIVE.finditer(line))
        if directives and not markdown and _DIRECTIVE.sub("", line).strip():
            directives = []  # plain text: a directive must be the whole line
        here: set[str] = set()
        for directive in directives:
            kind = directive.group(1).lower()
            codes = set(re.findall(r"[A-Za-z]+\d*", directive.group(2).upper())) or {ALL}
            if kind == "disable":
                active |= codes
            elif kind == "enable":
                active = set() if ALL in codes else active - codes
            elif kind == "disable-line":
                here |= codes
            else:
                pending |= codes
        content = _DIRECTIVE.sub("", line).strip()
        if content and pending and not directives:
            here |= pending
            pending = set()
        if active or here:
            result[number] = frozenset(active | here)
    return result


def unknown_codes(text: str, markdown: bool) -> list[tuple[int, str]]:
    """(line, code) of each code in a suppression comment that names no rule and is the prefix of
    none (a misspelling such as NUMM001 would otherwise suppress nothing, silently)."""
    if "auditor:" not in text:
        return []
    from .registry import unknown_selectors

    found = []
    for number, line in enumerate(_LINES.split(text), 1):
        directives = list(_DIRECTIVE.finditer(line))
        if directives and not markdown and _DIRECTIVE.sub("", line).strip():
            continue  # plain text: not a directive unless it is the whole line
        for directive in directives:
            codes = re.findall(r"[A-Za-z]+\d*", directive.group(2).upper())
            found += [(number, code) for code in unknown_selectors(codes)]
    return found


def is_suppressed(rule: str, codes: frozenset[str]) -> bool:
    return any(code == ALL or rule.startswith(code) for code in codes)


def apply(result, text: str):
    """The FileResult without the findings its text's comments suppress."""
    if "auditor:" not in text or not result.findings:
        return result
    lines = suppressed_lines(text, markdown=result.path.lower().endswith((".md", ".markdown")))
    kept = tuple(f for f in result.findings if not is_suppressed(f.rule, lines.get(f.line, frozenset())))
    return replace(result, findings=kept) if len(kept) != len(result.findings) else result
