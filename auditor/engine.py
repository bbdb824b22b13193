"""Running rules over documents."""

from __future__ import annotations

from .config import Config
from .record import record
from .findings import Finding, Related, Relation
from .messages import TwoLanguageError, text
from .guards import check_size, return_freed_memory, time_budget, time_limit
from .policy import drop_redundant, severity
from .registry import Checked, Hit, RelatedHit, Rule
from .tables import tables
from .text import Document


class RuleCrash(TwoLanguageError):
    """A rule raised: a bug in auditor, reported as an error for that file only."""

    def __init__(self, rule: Rule, path: str, error: BaseException):
        said = f"{type(error).__name__}: {error}"
        super().__init__(f"{path}: internal error in {rule.code} ({rule.name}): {said}",
                         f"{path}: {rule.code}（{rule.name}）内部错误：{said}")


def run_rules(doc: Document, config: Config | None = None, relations: list | None = None) -> tuple[list[Finding], int]:
    """Every selected rule's findings (redundant ones included: see :mod:`auditor.policy`) and the
    number of relations they checked. Those relations, each with its rule's code, are added to
    ``relations`` when it is given (:func:`located` places them): a run that only counts them does
    not keep them (a 20 MB document checks 36 000)."""
    config = config or Config()
    findings, checked = [], 0
    for rule in config.rules():
        try:
            for item in rule.check(doc):
                if isinstance(item, Checked):
                    checked += 1
                    if relations is not None:
                        relations.append((rule.code, item))
                else:
                    findings.append(_to_finding(doc, rule, item, config))
        except Exception as error:  # noqa: BLE001 - one broken rule must not hide the others' findings
            raise RuleCrash(rule, doc.path, error) from error
    return sorted(set(findings), key=Finding.sort_key), checked


def located(doc: Document, checked: list[tuple[str, Checked]], lang: str) -> list[Relation]:
    """The relations of :func:`run_rules` with their line and column, their arithmetic in ``lang``."""
    relations = []
    for code, item in checked:
        line, column = doc.plain_position(item.start)
        relations.append(Relation(code, line, column, item.kind, text(item.arithmetic, lang), item.holds))
    return relations


def lint_document(doc: Document, config: Config | None = None) -> list[Finding]:
    """The findings of one document, redundant ones dropped."""
    return drop_redundant(run_rules(doc, config)[0])


def lint_text(text: str, path: str = "<string>", config: Config | None = None) -> list[Finding]:
    """Lint one document given as text. Findings are plain, picklable data."""
    config = config or Config()
    return lint_document(Document(text, path, config.lexicon), config)


def _to_finding(doc: Document, rule: Rule, hit: Hit, config: Config) -> Finding:
    line, column, end_line, end_column = _range(doc, hit.start, hit.end)
    related = tuple(_related(doc, r, config.lang) for r in hit.related)
    return Finding(
        path=doc.path,
        rule=rule.code,
        name=rule.name,
        severity=severity(rule, config.severity, hit.severity),
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        message=text(hit.message, config.lang),
        related=related,
        figures=tuple(doc.source_offset(start) for start in hit.figures),
    )


def _related(doc: Document, hit: RelatedHit, lang: str) -> Related:
    line, column, end_line, end_column = _range(doc, hit.start, hit.end)
    return Related(doc.path, line, column, text(hit.message, lang), end_line, end_column)


def _range(doc: Document, start: int, end: int) -> tuple[int, int, int, int]:
    source_start, source_end = doc.source_span(start, end)
    line, column = doc.position(source_start)
    end_line, end_column = doc.position(source_end)
    return line, column, end_line, end_column


@record(frozen=True)
class FileResult:
    """What linting one file gave: its findings and how much was checked, or why it could not be read."""

    path: str
    findings: tuple[Finding, ...] = ()
    figures: int = 0  # counts read in the prose, and the figures of the tables
    relations: int = 0  # relations checked (sums, ratios, pairs of counts …)
    error: str | None = None
    checked: tuple[Relation, ...] = ()  # those relations, when listed (the cache keeps none)


def lint_source(text: str, path: str, config: Config, relations: bool = True) -> FileResult:
    """Lint one file's text within the per-file size and time limits (:class:`LimitExceeded` past them).
    Redundant findings are kept: :func:`auditor.policy.settle` drops them after suppressions. The
    relations checked are listed when ``relations``, else only counted."""
    check_size(text, path)
    return_freed_memory(len(text))
    with time_limit(path, time_budget(len(text))):
        doc = Document(text, path, config.lexicon)
        checked: list | None = [] if relations else None
        findings, count = run_rules(doc, config, checked)
    figures = _figures_read(doc) if doc.numbers_read else 0
    listed = tuple(located(doc, checked, config.lang)) if checked else ()
    return FileResult(path, tuple(findings), figures, count, checked=listed)


def _figures_read(doc: Document) -> int:
    """The counts read in the prose, and the figures of the tables' figure columns."""
    cells = sum(1 for table in tables(doc) for row in table.data for c in table.value_columns if row.cells[c].has_figure)
    return cells + sum(1 for q in doc.numbers if q.is_count)
