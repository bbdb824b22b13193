"""``--format concise``: one line per finding, ``path:line:col: CODE [severity] message``."""

from __future__ import annotations


def line_of(finding) -> str:
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.rule} [{finding.severity}] {finding.message}"


def render(report, stream) -> None:
    for finding in report.findings:
        stream.write(line_of(finding) + "\n")
    summary = report.summary()
    stream.write(
        f"Found {summary['findings']} finding(s) in {summary['files']} file(s); "
        f"{summary['figures_read']} figures read, {summary['relations_checked']} relations checked.\n"
    )
