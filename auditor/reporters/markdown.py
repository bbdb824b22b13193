"""``--format markdown``: a summary table by rule and by file, then the findings; written for
``$GITHUB_STEP_SUMMARY`` and pull-request comments. Text from documents is escaped, so that a
``|``, ``<`` or ``*`` in a message cannot break the tables or turn into markup."""

from __future__ import annotations

import re

from ..loading import printable
from ..messages import RelatedLine, Summary, Unreadable, by_severity, severity_name, word

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#!~])")
_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def md(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", printable(" ".join(str(text).split())))


def render(report, stream) -> None:
    summary = report.summary()
    findings = report.findings
    out = stream.write
    lang = getattr(report, "lang", "zh")
    w = lambda key: word(key, lang)  # noqa: E731
    out(f"## {w('report')}\n\n")
    line = Summary(summary["findings"], summary["files"], by_severity(summary["by_severity"], lang),
                   summary["figures_read"], summary["relations_checked"]).render(lang)
    out(line.removeprefix("Found ") + "\n\n")
    if findings:
        out(f"| {w('rule')} | {w('name')} | {w('findings')} |\n|---|---|--:|\n")
        for code, name, count in report.counts_by_rule():
            out(f"| {code} | {md(name)} | {count} |\n")
        out("\n")
    out(f"| {w('file')} | {w('findings')} | {w('figures read')} | {w('relations checked')} |\n|---|--:|--:|--:|\n")
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.path] = counts.get(finding.path, 0) + 1
    for result in report.results:
        found = md(Unreadable(result.error).render(lang)) if result.error else str(counts.get(result.path, 0))
        out(f"| {md(result.path)} | {found} | {result.figures} | {result.relations} |\n")
    if findings:
        out(f"\n### {w('Findings')}\n\n| {w('location')} | {w('rule')} | {w('severity')} | {w('message')} |\n|---|---|---|---|\n")
        for f in findings:
            message = md(f.message)
            for r in f.related:
                message += "<br>" + md(RelatedLine(f"{r.path}:{r.line}:{r.column}", r.message).render(lang))
            icon = f"{_ICON[str(f.severity)]} {severity_name(f.severity, lang)}"
            out(f"| {md(f.path)}:{f.line}:{f.column} | {f.rule} | {icon} | {message} |\n")
