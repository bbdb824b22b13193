"""``--format concise``: one line per finding, ``path:line:col: CODE [severity] message``; control
characters and line breaks in paths and messages are escaped, so a finding is always one line."""

from __future__ import annotations

from ..loading import printable
from ..messages import ConciseSummary


def line_of(finding) -> str:
    """One line, whatever the path and the message hold: their control characters are escaped."""
    return f"{printable(finding.path)}:{finding.line}:{finding.column}: {finding.rule} [{finding.severity}] {printable(finding.message)}"


def render(report, stream) -> None:
    for finding in report.findings:
        stream.write(line_of(finding) + "\n")
    if getattr(report, "quiet", False):
        return
    summary = report.summary()
    line = ConciseSummary(summary["findings"], summary["files"], summary["figures_read"], summary["relations_checked"])
    stream.write(line.render(getattr(report, "lang", "zh")) + "\n")
