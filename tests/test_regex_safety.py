"""No regular expression of auditor can backtrack catastrophically.

Every pattern that auditor/ and rules/ compile (at import, when a rule builds one from the lexicon,
or in a reporter) is collected by running the whole tool in a fresh process with ``regex`` and
``re`` spied on. Each is then run over worst-case inputs: long runs of every character and word it
names, and of pairs of the characters it repeats, each followed by a character that makes the match
fail (the shape of input that makes nested quantifiers explode). The ``regex`` module's ``timeout``
bounds each run; a pattern that needs more has super-linear backtracking. In production the
per-file time limit (auditor/guards.py) stops any pattern that slips through.
"""

import json
import os
import subprocess
import sys

import pytest
import regex

from conftest import ROOT, SAMPLES

TIMEOUT = 5.0  # seconds per search; a linear pattern needs milliseconds on these inputs
RUN = 1000  # characters in a run of one character or word
PAIR_RUN = 200  # repetitions of a pair of characters
GROUPS = 5000  # digit groups in a run (a .docx the fuzzer damaged held 6 600: 50 s where a grouping backtracked)
SPIED = ("compile", "search", "match", "fullmatch", "findall", "finditer", "split", "splititer", "sub", "subn")
FLAGS_AT = {"compile": 1, "sub": 4, "subn": 4}  # where the flags argument stands (2 for the others)

COLLECT = r"""
import importlib, io, json, pkgutil, re, sys, contextlib
import regex

ROOT, OUT = sys.argv[1], sys.argv[2]
found = {}

def spy(module, name, flags_at):
    original = getattr(module, name)
    def wrapper(pattern, *args, **kwargs):
        if isinstance(pattern, str):
            frame = sys._getframe(1)
            while frame.f_code.co_filename == ROOT + "/auditor/lazyre.py":
                frame = frame.f_back  # compile_regex(…) for a pattern built from the lexicon: who built it
            where = frame.f_code.co_filename
            # not tests/, not a .venv inside
            if where.startswith((ROOT + "/auditor/", ROOT + "/rules/")):
                flags = args[flags_at - 1] if len(args) >= flags_at else kwargs.get("flags", 0)
                where = f"{where[len(ROOT) + 1:]}:{frame.f_lineno}"
                found.setdefault((module.__name__, pattern, int(flags)), where)
        return original(pattern, *args, **kwargs)
    setattr(module, name, wrapper)

for module in (regex, re):
    for name in %(spied)r:
        if hasattr(module, name):
            spy(module, name, %(flags_at)r.get(name, 2))

sys.path.insert(0, ROOT)
import auditor
from auditor import lazyre
lazyre._stored = {}  # no stored pattern states: every pattern is compiled, by regex or re, where the spies see it
from auditor.registry import all_rules
for info in pkgutil.walk_packages(auditor.__path__, "auditor."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
all_rules()

from auditor import cli
from auditor.reporters import FORMATS
with open(OUT + ".doc", "w", encoding="utf-8") as extra:
    # (两万名: a figure in Chinese numerals, so that the figure pattern's branch for them is compiled too)
    extra.write("<!-- auditor: disable-next-line PUN001 -->\n为老人提供“拔罐。\n一是加强；二是落实；二是保障。\n全市两万名老人。\n")
for fmt in sorted(FORMATS):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli.main(["check", "--no-cache", "--jobs", "1", "--format", fmt, ROOT + "/samples", OUT + ".doc"])
from auditor.lazyre import defined
for engine, pattern, flags, where in defined():  # the patterns compiled on first use, used or not
    path, line = where.rsplit(":", 1)
    if path.startswith((ROOT + "/auditor/", ROOT + "/rules/")):
        found.setdefault((engine, pattern, flags), f"{path[len(ROOT) + 1:]}:{line}")
json.dump([[m, p, f, w] for (m, p, f), w in sorted(found.items())], open(OUT, "w"))
"""


def collected_patterns():
    out = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"auditor_patterns_{os.getpid()}.json")
    script = COLLECT % {"spied": SPIED, "flags_at": FLAGS_AT}
    subprocess.run([sys.executable, "-c", script, str(ROOT), out], check=True, cwd=ROOT, timeout=600)
    with open(out, encoding="utf-8") as file:
        patterns = json.load(file)
    os.remove(out)
    os.remove(out + ".doc")
    return patterns


def worst_cases(source: str):
    """Runs of each character and literal word of the pattern, and of pairs of its repeatable characters."""
    literal = {c for c in source if c.isprintable() and c not in "\\[](){}|?*+^$"}
    alphabet = sorted(literal | set("1a 。一,") | {"\n"})
    words = {w for w in regex.findall(r"[^\\\[\](){}|?*+.^$<>=!:]{2,}", source) if len(w) <= 12}
    for c in alphabet:
        yield c * RUN + "\x00"
    for word in sorted(words):
        yield word * (RUN // len(word)) + "\x00"
    structural = [c for c in alphabet if c.isascii() or not c.isalnum()][:24]
    for a in structural:
        for b in structural:
            if a < b:
                yield (a + b) * PAIR_RUN + "\x00"
    yield "".join(alphabet) * 20 + "\x00"
    for separator in " ,\t":  # groups of digits, as a bulletin groups them (1 017 690), run on without a unit
        yield ("370" + separator) * GROUPS + "\x00"


PATTERNS = collected_patterns()
SAMPLE_TEXT = "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))


def test_the_inventory_holds_the_patterns_of_the_engine_the_rules_and_the_reporters():
    places = {where.split(":")[0] for _, _, _, where in PATTERNS}
    assert {"auditor/text.py", "auditor/markers.py", "auditor/numbers.py", "auditor/dates.py"} <= places
    assert any(p.startswith("rules/") for p in places)
    assert any(p.startswith("auditor/reporters/") for p in places)
    assert len(PATTERNS) >= 30


@pytest.mark.parametrize("engine, source, flags, where", PATTERNS, ids=[p[3] for p in PATTERNS])
def test_no_pattern_backtracks_catastrophically(engine, source, flags, where):
    pattern = regex.compile(source, flags if engine == "regex" else _regex_flags(flags))
    for attack in [SAMPLE_TEXT, *worst_cases(source)]:
        try:
            for _ in pattern.finditer(attack, timeout=TIMEOUT):
                pass
        except TimeoutError:
            pytest.fail(f"{where}: pattern {source!r} backtracks catastrophically on {attack[:40]!r}… ({len(attack)} characters)")


def _regex_flags(re_flags: int) -> int:
    import re

    names = ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII")
    return sum(getattr(regex, n) for n in names if re_flags & getattr(re, n))


def _possessive_or_atomic(node) -> bool:
    """Whether a parsed ``re`` pattern (or a part of one) holds a possessive quantifier or an atomic group."""
    from re import _constants as constants, _parser

    if isinstance(node, _parser.SubPattern):
        return any(op in (constants.POSSESSIVE_REPEAT, constants.ATOMIC_GROUP) or _possessive_or_atomic(argument)
                   for op, argument in node)
    if isinstance(node, (list, tuple)):
        return any(_possessive_or_atomic(item) for item in node)
    return False


@pytest.mark.parametrize("source, flags, where", [p[1:] for p in PATTERNS if p[0] == "re"], ids=[p[3] for p in PATTERNS if p[0] == "re"])
def test_no_stdlib_pattern_uses_what_python_3_11_0_to_3_11_4_gets_wrong(source, flags, where):
    """Possessive quantifiers and atomic groups of stdlib ``re`` (new in 3.11) match wrongly before
    3.11.5 (Debian 12's python3 is 3.11.2): they belong in ``regex`` patterns only."""
    from re import _parser

    assert not _possessive_or_atomic(_parser.parse(source, flags)), f"{where}: {source!r}"


def test_the_possessive_check_sees_a_possessive_quantifier():
    from re import _parser

    assert _possessive_or_atomic(_parser.parse(r"(?:a|“[^”]*+”)*"))
    assert _possessive_or_atomic(_parser.parse(r"(?>ab)c"))
    assert not _possessive_or_atomic(_parser.parse(r"(?:a|“[^”]*”)*[*+]"))
