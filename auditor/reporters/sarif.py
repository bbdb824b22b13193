"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning reads it.

Columns: SARIF consumers count UTF-16 code units (``columnKind: utf16CodeUnits``), while auditor
counts characters; a character outside the Basic Multilingual Plane (CJK Extension B such as 𠀀)
is two units, so columns are converted with the document's text. URIs are relative to the working
folder when the file is under it, with non-ASCII characters percent-encoded.
"""

from __future__ import annotations

import json
import os
import re
from itertools import accumulate
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..messages import rule_doc, rule_summary

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_LINES = re.compile(r"\r\n|\r|\n")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


_NOT_UTF8 = re.compile(r"\\x([89a-f][0-9a-f])")


def uri_of(path: str) -> str:
    """A relative URI reference for a path under the working folder, a file: URI otherwise. The
    bytes of a name that are not UTF-8, shown escaped (``\\xff``), are percent-encoded as bytes."""
    if path.startswith("<"):  # <stdin>
        return quote(path, safe="")
    path = _NOT_UTF8.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), path)  # back to os.fsdecode's form
    absolute = Path(os.path.abspath(path))
    try:
        return quote(os.fsencode(absolute.relative_to(Path.cwd()).as_posix()), safe="/")
    except ValueError:
        return absolute.as_uri()


class _Columns:
    """1-based character columns as 1-based UTF-16 code unit columns (astral characters count twice)."""

    def __init__(self, texts: dict[str, str]):
        self._texts = texts
        self._lines: dict[str, list[str]] = {}
        self._astral: dict[tuple[str, int], list[int] | None] = {}  # astral characters before each column

    def __call__(self, path: str, line: int, column: int) -> int:
        if path not in self._lines:
            self._lines[path] = _LINES.split(self._texts.get(path, ""))
        lines = self._lines[path]
        if not 0 < line <= len(lines):
            return column
        # Counted once per line, not once per finding: a long line with many findings stays linear.
        if (path, line) not in self._astral:
            text = lines[line - 1]
            self._astral[path, line] = list(accumulate((ord(c) > 0xFFFF for c in text), initial=0)) if _ASTRAL.search(text) else None
        before = self._astral[path, line]
        return column + (before[min(column - 1, len(before) - 1)] if before else 0)


def _region(columns, path, line, column, end_line, end_column) -> dict:
    end_line, end_column = (end_line, end_column) if end_line else (line, column + 1)
    start = columns(path, line, column)
    end = columns(path, end_line, end_column)
    if (end_line, end) <= (line, start):
        end_line, end = line, start + 1  # a point finding covers one unit, never an empty region
    return {"startLine": line, "startColumn": start, "endLine": end_line, "endColumn": end}


def _rule(rule, lang: str) -> dict:
    doc = rule_doc(rule, lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule_summary(rule, lang)},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": f"`auditor explain {rule.code}`\n\n```\n{doc}\n```"},
        "defaultConfiguration": {"level": _LEVEL[str(rule.severity)]},
    }


def sarif_document(report) -> dict:
    columns = _Columns(report.texts)
    lang = getattr(report, "lang", "zh")
    rules = list(report.rules)
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for f in report.findings:
        result = {
            "ruleId": f.rule,
            "level": _LEVEL[str(f.severity)],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": uri_of(f.path)},
                "region": _region(columns, f.path, f.line, f.column, f.end_line, f.end_column),
            }}],
        }
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        if f.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "message": {"text": r.message},
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri_of(r.path)},
                        "region": _region(columns, r.path, r.line, r.column, r.end_line, r.end_column),
                    },
                }
                for i, r in enumerate(f.related, 1)
            ]
        results.append(result)
    failed = [
        {"level": "error", "message": {"text": r.error},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri_of(r.path)}}}]}
        for r in report.results if r.error
    ]
    run = {
        "tool": {"driver": {
            "name": "auditor",
            "version": __version__,
            "rules": [_rule(rule, lang) for rule in rules],
        }},
        "language": "zh-CN" if lang == "zh" else "en-US",  # the language of the messages
        "invocations": [{"executionSuccessful": not failed, "toolExecutionNotifications": failed}],
        "columnKind": "utf16CodeUnits",
        "results": results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report, stream) -> None:
    json.dump(sarif_document(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
