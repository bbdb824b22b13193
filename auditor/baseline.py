"""A baseline: the findings a document already had, hidden so that only new ones show.

``--write-baseline FILE`` records the current findings; ``--baseline FILE`` hides them. An entry
is keyed by the file, the rule, the text of the finding's span and a few characters on each side
of it, never by line or column, so that paragraphs inserted or removed elsewhere do not bring an
old finding back. Identical keys are counted: two baselined occurrences hide two findings, and a
third one shows.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import replace

VERSION = 1
CONTEXT = 10  # characters on each side of the span that belong to the key
_LINES = re.compile(r"\r\n|\r|\n")


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names it."""


def _normal_path(path: str) -> str:
    if path.startswith("<"):
        return path
    return os.path.relpath(os.path.abspath(path)).replace(os.sep, "/")


def key_of(finding, lines: list[str]) -> tuple[str, str, str, str]:
    """(path, rule, span text, context) of a finding; the context marks the span with ⟦⟧."""
    line = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    span = line[start:end]
    context = line[max(0, start - CONTEXT) : start] + "⟦⟧" + line[end : end + CONTEXT]
    return _normal_path(finding.path), finding.rule, span, context


def _keys(report):
    split = {path: _LINES.split(text) for path, text in report.texts.items()}
    for finding in report.findings:
        yield finding, key_of(finding, split.get(finding.path, []))


def write(report, path: str) -> int:
    """Record the report's findings in ``path`` (atomically); returns how many."""
    from .atomic import write_text

    counts = Counter(key for _, key in _keys(report))
    messages = {key: finding.message for finding, key in _keys(report)}
    entries = [
        {"path": p, "rule": rule, "text": span, "context": context, "count": n, "message": messages[(p, rule, span, context)]}
        for (p, rule, span, context), n in sorted(counts.items())
    ]
    write_text(path, json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n")
    return sum(counts.values())


def load(path: str) -> Counter:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("version") != VERSION:
            raise ValueError(f"unsupported version {data.get('version')!r}")
        return Counter({(e["path"], e["rule"], e["text"], e["context"]): int(e.get("count", 1)) for e in data["findings"]})
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BaselineError(f"{path}: not a valid auditor baseline: {error}") from None


def apply(report, baseline: Counter) -> int:
    """Hide the report's baselined findings (in place); returns how many were hidden."""
    remaining = Counter(baseline)
    hidden = set()
    for finding, key in _keys(report):
        if remaining[key] > 0:
            remaining[key] -= 1
            hidden.add(id(finding))
    if hidden:
        report.results[:] = [
            replace(r, findings=tuple(f for f in r.findings if id(f) not in hidden)) if r.findings else r
            for r in report.results
        ]
    return len(hidden)
