"""``--format markdown``: a summary table by rule and by file, then the findings; written for
``$GITHUB_STEP_SUMMARY`` and pull-request comments. Text from documents is escaped, so that a
``|``, ``<`` or ``*`` in a message cannot break the tables or turn into markup."""

from __future__ import annotations

import re

from ..loading import printable

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#!~])")
_ICON = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


def md(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", printable(" ".join(str(text).split())))


def render(report, stream) -> None:
    summary = report.summary()
    findings = report.findings
    out = stream.write
    out("## auditor report\n\n")
    out(
        f"{summary['findings']} finding(s) in {summary['files']} file(s): "
        + ", ".join(f"{n} {s}" for s, n in summary["by_severity"].items())
        + f". {summary['figures_read']} figures read, {summary['relations_checked']} relations checked.\n\n"
    )
    if findings:
        out("| rule | name | findings |\n|---|---|--:|\n")
        for code, name, count in report.counts_by_rule():
            out(f"| {code} | {md(name)} | {count} |\n")
        out("\n")
    out("| file | findings | figures read | relations checked |\n|---|--:|--:|--:|\n")
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.path] = counts.get(finding.path, 0) + 1
    for result in report.results:
        found = "unreadable: " + md(result.error) if result.error else str(counts.get(result.path, 0))
        out(f"| {md(result.path)} | {found} | {result.figures} | {result.relations} |\n")
    if findings:
        out("\n### Findings\n\n| location | rule | severity | message |\n|---|---|---|---|\n")
        for f in findings:
            message = md(f.message)
            for r in f.related:
                message += f"<br>related: {md(r.path)}:{r.line}:{r.column} {md(r.message)}"
            out(f"| {md(f.path)}:{f.line}:{f.column} | {f.rule} | {_ICON[str(f.severity)]} | {message} |\n")
