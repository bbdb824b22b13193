"""What is reported, decided in one place: severity, inline suppression, per-file ignores and
redundancy. Rules only say what they found; nothing here depends on which other rules ran,
except that a finding made redundant by another is dropped only when that other is reported."""

from __future__ import annotations

from collections.abc import Iterable

from .findings import Finding, Severity
from .record import replace
from .registry import Rule

# When two numeric findings are about one figure, the first in this order explains the other: a
# count stated twice with two values makes any sum or share built on it wrong as well.
_EXPLAINS_FIRST = ("CON001", "NUM001", "NUM002", "NUM003", "NUM004")
# Rules whose own findings explain each other: a figure in a wrong sum is reported once, while each
# restatement of a count that disagrees with the first statement is a finding of its own.
_ONCE_PER_FIGURE = frozenset({"NUM001", "NUM002", "NUM003"})


def severity(rule: Rule, configured: dict[str, Severity], stated: Severity | None) -> Severity:
    """The user's configured severity wins; else the one the rule gave this finding; else its default."""
    return configured.get(rule.code) or stated or rule.severity


def drop_redundant(findings: Iterable[Finding]) -> list[Finding]:
    """The findings without those about a figure that an earlier-ranked reported finding is about."""
    findings = list(findings)
    ranked = sorted(
        (f for f in findings if f.figures and f.rule in _EXPLAINS_FIRST),
        key=lambda f: (_EXPLAINS_FIRST.index(f.rule), f.line, f.column),
    )
    explained: set[int] = set()  # figures of the findings kept, of the rules ranked before this one
    explained_here: set[int] = set()  # … and of this rule
    rule = None
    dropped = set()
    for finding in ranked:
        if finding.rule != rule:
            explained |= explained_here
            explained_here, rule = set(), finding.rule
        own = explained_here if rule in _ONCE_PER_FIGURE else set()
        if explained.intersection(finding.figures) or own.intersection(finding.figures):
            dropped.add(id(finding))
        else:
            explained_here.update(finding.figures)
    # one finding that several rules give alike (a table cell that breaks a sum, a share and a
    # change: rules/table.py hands it to each of their rules) is kept once, by the first rule code
    said: set[tuple] = set()
    for finding in sorted(findings, key=lambda f: f.rule):
        key = (finding.path, finding.line, finding.column, finding.end_line, finding.end_column, finding.message)
        if id(finding) not in dropped and key in said:
            dropped.add(id(finding))
        said.add(key)
    return [f for f in findings if id(f) not in dropped]


def settle(result, text: str | None = None, project=None):
    """A FileResult as reported: inline suppressions (plain text and Markdown), per-file ignores,
    then redundancy among what is left."""
    if text is not None:
        from . import suppress

        result = suppress.apply(result, text)
    if project is not None:
        result = project.drop_ignored(result)
    kept = drop_redundant(result.findings)
    return replace(result, findings=tuple(kept)) if len(kept) != len(result.findings) else result
