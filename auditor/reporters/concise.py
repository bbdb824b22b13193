"""``--format concise``: one line per finding, ``path:line:col: CODE [severity] message``; control
characters and line breaks in paths and messages are escaped, so a finding is always one line."""

from __future__ import annotations

from ..loading import printable


def line_of(finding) -> str:
    """One line, whatever the path and the message hold: their control characters are escaped."""
    return f"{printable(finding.path)}:{finding.line}:{finding.column}: {finding.rule} [{finding.severity}] {printable(finding.message)}"


def render(report, stream) -> None:
    for finding in report.findings:
        stream.write(line_of(finding) + "\n")
    if getattr(report, "quiet", False):
        return
    summary = report.summary()
    stream.write(
        f"Found {summary['findings']} finding(s) in {summary['files']} file(s); "
        f"{summary['figures_read']} figures read, {summary['relations_checked']} relations checked.\n"
    )
