"""Rules: how a rule is declared, found, documented and selected.

A rule is a function that takes a :class:`~auditor.text.Document` and yields :class:`Hit` s.
It is declared with :func:`rule`; its docstring is its documentation (``auditor explain``) and
carries its examples::

    @rule("SEQ001", "duplicate-marker", "error")
    def duplicate_marker(doc):
        \"\"\"A list marker repeated within one list.

        Incorrect:
            一是加强领导；二是强化保障；二是狠抓落实。

        Correct:
            一是加强领导；二是强化保障；三是狠抓落实。
        \"\"\"

Each indented block under ``Incorrect:`` must make the rule fire and each under ``Correct:`` must
leave it silent; the test suite runs them all.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import field

from .record import record
from .findings import Severity


@record(frozen=True)
class Hit:
    """What a rule reports, in ``plain`` offsets; the engine turns it into a Finding."""

    start: int
    end: int
    message: str
    related: tuple["RelatedHit", ...] = ()
    severity: Severity | None = None  # overrides the rule's default (e.g. a rounding disclaimer downgrades)
    # ``plain`` starts of the figures the finding is about: a later finding on one of them is redundant
    figures: tuple[int, ...] = ()


@record(frozen=True)
class Checked:
    """A relation a rule checked (a sum, a ratio, a count stated twice …), yielded beside its Hits:
    counted as "relations checked" and listed by ``--show-relations`` with its arithmetic."""

    start: int
    end: int
    kind: str  # "sum", "share", "rate", "count", "respectively", "date" …
    arithmetic: object  # a Message (or a string, shown as it is): "44052+36680+10017+3001+2124 = 95874 vs 96143"
    holds: bool


@record(frozen=True)
class RelatedHit:
    start: int
    end: int
    message: str


@record(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    check: Callable = field(compare=False)

    @property
    def doc(self) -> str:
        import inspect  # for the documentation only

        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        """The docstring's first paragraph, on one line."""
        return " ".join(self.doc.split("\n\n", 1)[0].split())

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    def examples(self) -> dict[str, list[str]]:
        """The example documents of the docstring, by heading ("Correct", "Incorrect")."""
        result: dict[str, list[str]] = {"Correct": [], "Incorrect": []}
        heading, block = None, []
        for line in self.doc.splitlines() + [""]:
            stripped = line.rstrip()
            if stripped in ("Correct:", "Incorrect:"):
                heading, block = stripped[:-1], []
            elif heading and stripped.startswith("    "):
                block.append(stripped[4:])
            else:
                if heading and block:
                    result[heading].append("\n".join(block))
                block = []
                if stripped and not stripped.startswith(" "):
                    heading = None
        return result


_RULES: dict[str, Rule] = {}
# Selections made, keyed by the selectors and the identities of the rules declared (each entry keeps
# those rules alive, so that an identity is never reused for another rule).
_selected: dict[tuple, tuple[tuple[Rule, ...], list[Rule]]] = {}


def rule(code: str, name: str, severity: str):
    """Declare a rule: ``@rule("NUM001", "breakdown-sum", "error")``."""

    def register(check: Callable[..., Iterable[Hit]]):
        if code in _RULES and _RULES[code].check is not check:
            raise ValueError(f"rule {code} is declared twice")
        _RULES[code] = Rule(code, name, Severity.parse(severity), check)
        return check

    return register


def all_rules() -> list[Rule]:
    return select_rules()


def get_rule(code: str) -> Rule | None:
    _load_rule_modules()
    return _RULES.get(code.upper())


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = (), extend_select: Iterable[str] = ()) -> list[Rule]:
    """Rules chosen by code or prefix (``NUM``, ``NUM00``, ``ALL``); ignore wins over select."""
    _load_rule_modules()
    # Asked once per document: kept for these selectors and these rules (a test may declare its own).
    key = (tuple(select), tuple(ignore), tuple(extend_select), tuple(map(id, _RULES.values())))
    if key not in _selected:
        chosen = _prefixes(list(select) or ["ALL"]) + _prefixes(extend_select)
        ignored = _prefixes(ignore)
        declared = sorted(_RULES.values(), key=lambda r: r.code)
        _selected[key] = tuple(declared), [r for r in declared if r.code.startswith(chosen) and not r.code.startswith(ignored)]
    return list(_selected[key][1])


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    codes = [r.code for r in all_rules()]
    return [s for s in selectors if s.upper() != "ALL" and not any(c.startswith(s.upper()) for c in codes)]


def _prefixes(selectors: Iterable[str]) -> tuple[str, ...]:
    """Selectors as code prefixes, for one ``str.startswith`` per rule: ALL is the empty prefix."""
    return tuple("" if s.upper() == "ALL" else s.upper() for s in selectors)


_loaded = False


def _load_rule_modules() -> None:
    global _loaded
    if _loaded:
        return
    package = _rules_package()
    # the modules of the package's folder, listed as pkgutil.iter_modules lists them, without pkgutil
    names = set()
    for folder in package.__path__:
        for entry in os.listdir(folder):
            name, dot, suffix = entry.partition(".")
            if dot and suffix == "py" and name.isidentifier() and not name.startswith("_"):
                names.add(name)
    for name in sorted(names):
        importlib.import_module(f"{package.__name__}.{name}")
    _loaded = True


def _rules_package():
    """``auditor.rules``: installed from the top-level ``rules/`` folder (setup.cfg maps it);
    in a source checkout that is not installed, loaded from that folder directly."""
    try:
        return importlib.import_module("auditor.rules")
    except ModuleNotFoundError as error:
        if error.name != "auditor.rules":
            raise
    from importlib.util import module_from_spec, spec_from_file_location

    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(__file__))), "rules")
    spec = spec_from_file_location(
        "auditor.rules", os.path.join(folder, "__init__.py"), submodule_search_locations=[folder]
    )
    module = module_from_spec(spec)
    sys.modules["auditor.rules"] = module
    spec.loader.exec_module(module)
    return module
