"""A baseline: the findings a document already had, hidden so that only new ones show.

``--write-baseline FILE`` records the current findings; ``--baseline FILE`` hides them. An entry
is keyed by the file, the rule, the text of the finding's span and a few characters on each side
of it, never by line or column, so that paragraphs inserted or removed elsewhere do not bring an
old finding back. The file is named relative to the project root (the folder of the configuration
file, or else of the baseline file), so that running from a subfolder or with absolute paths keys
it alike. Identical keys are counted: two baselined occurrences hide two findings, and a
third one shows.
"""

from __future__ import annotations

import os
import re
from collections import Counter

from .record import replace

VERSION = 1
CONTEXT = 10  # characters on each side of the span that belong to the key
_LINES = re.compile(r"\r\n|\r|\n")


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names it."""


def project_root(baseline_path: str, config_path=None) -> str:
    """The folder that baselined paths are relative to: the configuration file's when there is one,
    else the baseline file's; never the working folder, so that a run from a subfolder or with
    absolute paths finds the same keys."""
    anchor = str(config_path) if config_path is not None else baseline_path
    return os.path.dirname(os.path.abspath(anchor))


def _normal_path(path: str, root: str | None = None) -> str:
    if path.startswith("<"):
        return path
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")


def key_of(finding, lines: list[str], root: str | None = None) -> tuple[str, str, str, str]:
    """(path, rule, span text, context) of a finding; the context marks the span with ⟦⟧; the path
    is relative to ``root`` (default: the working folder)."""
    line = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    span = line[start:end]
    context = line[max(0, start - CONTEXT) : start] + "⟦⟧" + line[end : end + CONTEXT]
    return _normal_path(finding.path, root), finding.rule, span, context


def _keys(report, root: str | None = None):
    split = {path: _LINES.split(text) for path, text in report.texts.items()}
    for finding in report.findings:
        yield finding, key_of(finding, split.get(finding.path, []), root)


def write(report, path: str, root: str | None = None) -> int:
    """Record the report's findings in ``path`` (atomically), their paths relative to ``root``;
    returns how many."""
    from .atomic import write_text

    counts = Counter(key for _, key in _keys(report, root))
    messages = {key: finding.message for finding, key in _keys(report, root)}
    entries = [
        {"path": p, "rule": rule, "text": span, "context": context, "count": n, "message": messages[(p, rule, span, context)]}
        for (p, rule, span, context), n in sorted(counts.items())
    ]
    import json  # a baseline is rare: json is not imported at start-up

    write_text(path, json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n")
    return sum(counts.values())


MAX_BASELINE_BYTES = 256 * 1024 * 1024  # a baseline larger than this is refused unread
MAX_COUNT = 10**9


def load(path: str) -> Counter:
    """The baselined keys with their counts; a BaselineError (one line naming the file) for a file
    that is missing, too large, not JSON, or not shaped as :func:`write` writes it."""
    import json

    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BASELINE_BYTES + 1)
        if len(raw) > MAX_BASELINE_BYTES:
            raise ValueError(f"larger than {MAX_BASELINE_BYTES // 2**20} MB")
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
        if not isinstance(data, dict):
            raise ValueError("expected a JSON object")
        if data.get("version") != VERSION:
            raise ValueError(f"unsupported version {data.get('version')!r:.40}")
        entries = data["findings"]
        if not isinstance(entries, list):
            raise ValueError("'findings' must be a list")
        return Counter(dict(_entry(e, i) for i, e in enumerate(entries)))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a valid auditor baseline: nested too deeply") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise BaselineError(f"{path}: not a valid auditor baseline: {reason}") from None


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number a baseline holds")


def _entry(entry, index: int):
    """((path, rule, text, context), count) of one entry, or a ValueError naming it."""
    if not isinstance(entry, dict):
        raise ValueError(f"finding {index + 1}: expected an object")
    key = tuple(entry[name] for name in ("path", "rule", "text", "context"))
    if not all(isinstance(part, str) for part in key):
        raise ValueError(f"finding {index + 1}: path, rule, text and context must be strings")
    count = entry.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise ValueError(f"finding {index + 1}: count must be a whole number from 1 to {MAX_COUNT}, not {count!r:.40}")
    return key, count


def apply(report, baseline: Counter, root: str | None = None) -> int:
    """Hide the report's baselined findings (in place); returns how many were hidden."""
    remaining = Counter(baseline)
    hidden = set()
    for finding, key in _keys(report, root):
        if remaining[key] > 0:
            remaining[key] -= 1
            hidden.add(id(finding))
    if hidden:
        report.results[:] = [
            replace(r, findings=tuple(f for f in r.findings if id(f) not in hidden)) if r.findings else r
            for r in report.results
        ]
    return len(hidden)
