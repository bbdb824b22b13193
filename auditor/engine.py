"""Running rules over documents."""

from __future__ import annotations

from dataclasses import dataclass

from .config import Config
from .findings import Finding, Related
from .guards import check_size, time_budget, time_limit
from .registry import Hit, RelatedHit, Rule
from .text import Document


class RuleCrash(Exception):
    """A rule raised: a bug in auditor, reported as an error for that file only."""

    def __init__(self, rule: Rule, path: str, error: BaseException):
        super().__init__(f"{path}: internal error in {rule.code} ({rule.name}): {type(error).__name__}: {error}")


def lint_document(doc: Document, config: Config | None = None) -> list[Finding]:
    config = config or Config()
    findings = []
    for rule in config.rules():
        try:
            hits = list(rule.check(doc))
        except Exception as error:  # noqa: BLE001 - one broken rule must not hide the others' findings
            raise RuleCrash(rule, doc.path, error) from error
        for hit in hits:
            findings.append(_to_finding(doc, rule, hit, config))
    return sorted(set(findings), key=Finding.sort_key)


def lint_text(text: str, path: str = "<string>", config: Config | None = None) -> list[Finding]:
    """Lint one document given as text. Findings are plain, picklable data."""
    config = config or Config()
    return lint_document(Document(text, path, config.lexicon), config)


def _to_finding(doc: Document, rule: Rule, hit: Hit, config: Config) -> Finding:
    line, column, end_line, end_column = _range(doc, hit.start, hit.end)
    related = tuple(_related(doc, r) for r in hit.related)
    return Finding(
        path=doc.path,
        rule=rule.code,
        name=rule.name,
        severity=hit.severity or config.severity_of(rule),
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        message=hit.message,
        related=related,
    )


def _related(doc: Document, hit: RelatedHit) -> Related:
    line, column, end_line, end_column = _range(doc, hit.start, hit.end)
    return Related(doc.path, line, column, hit.message, end_line, end_column)


def _range(doc: Document, start: int, end: int) -> tuple[int, int, int, int]:
    source_start, source_end = doc.source_span(start, end)
    line, column = doc.position(source_start)
    end_line, end_column = doc.position(source_end)
    return line, column, end_line, end_column


@dataclass(frozen=True)
class FileResult:
    """What linting one file gave: its findings and how much was checked, or why it could not be read."""

    path: str
    findings: tuple[Finding, ...] = ()
    figures: int = 0  # numbers read as quantities
    relations: int = 0  # relations checked (sums, ratios, pairs of counts …)
    error: str | None = None


def lint_source(text: str, path: str, config: Config) -> FileResult:
    """Lint one file's text within the per-file size and time limits (:class:`LimitExceeded` past them)."""
    check_size(text, path)
    with time_limit(path, time_budget(len(text))):
        doc = Document(text, path, config.lexicon)
        findings = lint_document(doc, config)
    figures = sum(1 for q in doc.numbers if q.is_count) if "numbers" in doc.__dict__ else 0
    return FileResult(path, tuple(findings), figures, doc.checks)
