"""Output formats. Each module has ``render(report, stream)``; they are imported only when asked for."""

from __future__ import annotations

import importlib
from dataclasses import field

from ..record import record
from ..engine import FileResult
from ..findings import Finding, Severity

FORMATS = {
    "full": "text",
    "concise": "concise",
    "json": "json",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "markdown": "markdown",
    "html": "html",
}

# The formats that read the linted text (to show source lines, or columns in UTF-16 code units).
READS_SOURCE = frozenset({"full", "html", "sarif"})


@record
class Report:
    """Everything a reporter needs: the results per file and the rules that ran."""

    results: list[FileResult]
    rules: list = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # path -> source text, for showing source lines
    quiet: bool = False  # -q: the findings only, no summary lines
    lang: str = "zh"  # the language of headings and summary lines (the findings' messages come rendered)

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for r in self.results for f in r.findings), key=Finding.sort_key)

    def counts_by_rule(self) -> list[tuple[str, str, int]]:
        counts: dict[tuple[str, str], int] = {}
        for f in self.findings:
            counts[(f.rule, f.name)] = counts.get((f.rule, f.name), 0) + 1
        return sorted(((code, name, n) for (code, name), n in counts.items()), key=lambda t: (-t[2], t[0]))

    def summary(self) -> dict:
        findings = self.findings
        return {
            "files": len(self.results),
            "files_with_errors": sum(1 for r in self.results if r.error),
            "findings": len(findings),
            "by_severity": {str(s): sum(1 for f in findings if f.severity == s) for s in reversed(Severity)},
            "by_rule": {code: n for code, _, n in self.counts_by_rule()},
            "figures_read": sum(r.figures for r in self.results),
            "relations_checked": sum(r.relations for r in self.results),
            "checked": [
                {"path": r.path, "figures_read": r.figures, "relations_checked": r.relations}
                for r in self.results
                if not r.error
            ],
        }


def render(fmt: str, report: Report, stream) -> None:
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    module.render(report, stream)
