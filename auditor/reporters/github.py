"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=…,line=…,endLine=…,col=…,endColumn=…,title=NUM001::message``, with ``warning`` and
``notice`` for the other severities, escaped as the runner requires (actions/toolkit: ``%`` CR LF
in the message; the same plus ``:`` and ``,`` in properties). GitHub shows only the first few
annotations of a step, so the concise listing and a count follow them in the log.
"""

from __future__ import annotations

import os

from ..loading import printable
from ..messages import word

from .concise import render as render_concise

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """As the runner requires; then every other control character is escaped as text (``\\x1b``)."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def repository_path(path: str) -> str:
    """The path as GitHub matches it to the checkout: relative to the working folder, with ``/``."""
    relative = os.path.relpath(os.path.abspath(path))
    return path if path.startswith("<") or relative.startswith("..") else relative.replace(os.sep, "/")


def annotation(finding) -> str:
    properties = {
        "file": repository_path(finding.path),
        "line": finding.line,
        "endLine": finding.end_line or finding.line,
        "col": finding.column,
        "endColumn": finding.end_column or finding.column,
        "title": finding.rule,
    }
    if properties["endLine"] != finding.line:
        del properties["endColumn"]  # GitHub reads endColumn only for a span on one line
    fields = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{_COMMAND[str(finding.severity)]} {fields}::{escape_data(finding.message)}"


def render(report, stream) -> None:
    for finding in report.findings:
        stream.write(annotation(finding) + "\n")
    title = escape_property(word("unreadable", getattr(report, "lang", "zh")))
    for result in report.results:
        if result.error:
            stream.write(f"::error file={escape_property(repository_path(result.path))},title={title}::{escape_data(result.error)}\n")
    render_concise(report, stream)
