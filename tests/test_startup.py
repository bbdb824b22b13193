"""The start-up path: what ``auditor check FILE`` imports, and that each shortcut changes no output.

Start-up is what a writer feels when pre-commit runs auditor on one document. These tests assert
on the modules a fresh process has loaded (``sys.modules``), never on timings: rich only for a
terminal, no TOML parser without a TOML file, no hashlib without a cache; and they check that the
shortcuts (plain text in place of rich, the lexicon as a literal, patterns compiled on first use)
give what the long way gives.
"""

import io
import json
import pickle
import subprocess
import sys
import tomllib

import pytest
import regex

from conftest import ROOT, SAMPLES

SAMPLE = SAMPLES / "000_b6047088c5d7eb81.txt"
NOT_ON_THE_PATH = ("rich", "tomllib", "importlib.resources", "hashlib", "pprint", "argparse", "typing", "pkgutil")  # (json: the probe uses it)


def _loaded_after(code: str, cwd, env=None) -> set[str]:
    """The modules of ``NOT_ON_THE_PATH`` that a fresh process has loaded after running ``code``."""
    probe = f"import sys\n{code}\nprint(__import__('json').dumps([m for m in {NOT_ON_THE_PATH!r} if m in sys.modules]), file=sys.stderr)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)
    return set(json.loads(run.stderr.strip().splitlines()[-1]))


def _clean_env(**extra):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR")}
    return {**env, **extra}


def test_importing_the_command_line_loads_neither_rich_nor_a_toml_parser(tmp_path):
    assert _loaded_after("import auditor.cli", tmp_path, _clean_env()) == set()


def test_checking_a_document_into_a_pipe_loads_neither_rich_nor_tomllib_nor_hashlib(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    code = "from auditor.cli import main\nmain(['check', '--no-cache', 'doc.txt'])"
    assert _loaded_after(code, tmp_path, _clean_env()) == set()


def test_a_toml_configuration_and_forced_colour_still_load_what_they_need(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".auditor.toml").write_text('ignore = ["PUN"]\n', encoding="utf-8")
    code = "from auditor.cli import main\nmain(['check', '--no-cache', 'doc.txt'])"
    assert _loaded_after(code, tmp_path, _clean_env(FORCE_COLOR="1")) >= {"rich", "tomllib"}


# --- plain text in place of rich ------------------------------------------------------------------

HOSTILE = [
    "plain.txt",
    "有\t制表符/和\x1b[31m转义\x1b[0m.txt",
    "[bold]not markup[/bold] :smile: 😀 e\u0301 \u202eevil\u202c.md",
    "trailing spaces   ",
]


def _report(texts: dict[str, str]):
    from auditor import lint_text
    from auditor.engine import FileResult
    from auditor.findings import Finding, Related, Severity
    from auditor.reporters import Report

    results = []
    for path, text in texts.items():
        findings = list(lint_text(text, path))
        lines = text.splitlines() or [""]
        # and findings of our own, on hostile paths and messages, at the ends of long lines
        for i, hostile in enumerate(HOSTILE):
            line = 1 + i % len(lines)
            width = len(lines[line - 1])
            findings.append(Finding(
                path=path, rule="ZZZ001", name="test-only", severity=list(Severity)[i % 3], line=line,
                column=max(1, width - 2), end_line=line + (i % 2), end_column=width + 1,
                message=f"{hostile} [red]x[/red] \r\n 第{i}条 \u3000全角",
                related=(Related(hostile, line, 1, "related\t" + hostile),),
            ))
        results.append(FileResult(path, tuple(findings), figures=len(text) % 97, relations=i))
    return Report(results=results, texts=texts)


def _render_both(report, monkeypatch):
    from auditor.reporters import text

    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    plain = io.StringIO()
    text.render(report, plain)
    monkeypatch.setattr(text, "colours", lambda stream: True)  # the rich path, into the same kind of stream
    with_rich = io.StringIO()
    text.render(report, with_rich)
    return plain.getvalue(), with_rich.getvalue()


def test_the_plain_report_is_what_rich_writes_to_a_pipe_on_the_samples(monkeypatch):
    texts = {f"samples/{p.name}": p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}
    plain, with_rich = _render_both(_report(texts), monkeypatch)
    assert "NUM001" in plain and "  ZZZ001  test-only" in plain  # the findings and the counts by rule
    assert plain == with_rich


def test_the_plain_report_is_what_rich_writes_to_a_pipe_on_hostile_text(monkeypatch):
    texts = {
        HOSTILE[1]: "第一行\t有制表符，共计100人，其中男60人、女50人。\r\n第二行\x1b]8;;http://x\x07链接\x1b]8;;\x07。\n" + "长" * 300 + "。",
        HOSTILE[2]: "😀表情 e\u0301 （一）标题\n\n[bold]全市共有3所学校[/bold]，其中小学2所、中学2所。   \n",
        "quiet.md": "",
    }
    report = _report(texts)
    plain, with_rich = _render_both(report, monkeypatch)
    assert plain == with_rich
    summary = plain.splitlines()[-1]
    report.quiet = True
    plain, with_rich = _render_both(report, monkeypatch)
    assert plain == with_rich and summary not in plain


def test_colour_is_decided_as_rich_decides(monkeypatch):
    from auditor.reporters.text import colours

    class Tty(io.StringIO):
        def isatty(self):
            return True

    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    assert colours(Tty()) and not colours(io.StringIO())
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert colours(io.StringIO())
    monkeypatch.setenv("FORCE_COLOR", "")
    assert not colours(io.StringIO())
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert not colours(Tty())
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert colours(io.StringIO())


# --- the lexicon as a literal ---------------------------------------------------------------------


def test_the_generated_lexicon_module_is_in_step_with_the_toml():
    from auditor import lexicon, lexicon_data

    with open(lexicon_data.__file__, encoding="utf-8") as handle:
        written = handle.read()
    assert written == lexicon.data_module_text(lexicon.bundled_toml()), (
        "auditor/lexicon_data.py is out of date: run python -m auditor.lexicon"
    )
    toml = tomllib.loads((ROOT / "auditor" / "data" / "lexicon.toml").read_text(encoding="utf-8"))
    assert lexicon_data.LEXICON == toml
    assert lexicon.Lexicon.default() == lexicon.Lexicon.from_mapping(toml)


def test_a_toml_edited_since_the_module_was_made_is_read_instead(monkeypatch):
    from auditor import lexicon

    edited = lexicon.bundled_toml().replace(b'money_units = ["', b'money_units = ["\xe6\xac\xa7\xe5\x85\x83", "', 1)
    monkeypatch.setattr(lexicon, "bundled_toml", lambda: edited)
    assert "欧元" in lexicon._load_default().money_units
    assert "欧元" not in lexicon.Lexicon.default().money_units


# --- patterns compiled on first use ---------------------------------------------------------------


def test_a_lazy_pattern_compiles_once_and_answers_as_the_compiled_one():
    from auditor.lazyre import LazyPattern, defined, lazy, lazy_re

    source = r"(?P<n>[0-9]+)人"
    pattern, compiled = lazy(source), regex.compile(source)
    with pytest.raises(AttributeError):  # not compiled yet (looked up past __getattr__, which would compile)
        object.__getattribute__(pattern, "compiled")
    assert pattern.pattern == source
    text = "共有120人，其中男60人、女60人。"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    first = pattern.compiled
    assert pattern.search(text).group("n") == "120" and pattern.compiled is first  # compiled once
    assert pattern.sub("N", text) == compiled.sub("N", text)
    assert pattern.flags == compiled.flags
    backwards = lazy(r"[，。]", flags=regex.REVERSE)
    assert backwards.search(text).start() == len(text) - 1
    copy = pickle.loads(pickle.dumps(lazy_re(r"\d+")))
    assert isinstance(copy, LazyPattern) and copy.findall("a1b22") == ["1", "22"]
    assert ("regex", source, 0) in {(e, p, f) for e, p, f, _ in defined()}


def test_every_module_level_pattern_of_the_text_model_is_declared_where_it_is_written():
    import auditor.text  # noqa: F401  (imports the text model's modules)
    from auditor.lazyre import defined
    from auditor.registry import all_rules

    all_rules()
    places = {where.rsplit(":", 1)[0].replace(str(ROOT) + "/", "") for *_, where in defined()}
    assert {"auditor/numbers.py", "auditor/markers.py", "auditor/dates.py", "auditor/text.py", "rules/pun.py", "rules/wrd.py"} <= places


@pytest.mark.parametrize("fmt", ["full", "concise", "json"])
def test_a_piped_run_prints_what_a_run_under_forced_colour_prints_without_colour(fmt, tmp_path):
    """FORCE_COLOR="" (empty) makes rich treat the pipe as not a terminal: rich, then, against the plain path."""
    doc = tmp_path / "doc.txt"
    doc.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    command = [sys.executable, "-m", "auditor", "check", "--no-cache", "--format", fmt, "doc.txt"]
    piped = subprocess.run(command, capture_output=True, cwd=tmp_path, env=_clean_env(), timeout=120)
    coloured = subprocess.run(command, capture_output=True, cwd=tmp_path, env=_clean_env(FORCE_COLOR="1"), timeout=120)
    assert piped.returncode == coloured.returncode == 1
    assert piped.stdout.strip()
    if fmt == "full":
        assert b"\x1b[" in coloured.stdout and b"\x1b[" not in piped.stdout
        assert regex.sub(rb"\x1b\[[0-9;]*m", b"", coloured.stdout) == piped.stdout
    else:
        assert coloured.stdout == piped.stdout


# --- stored pattern state -------------------------------------------------------------------------


def test_the_stored_pattern_state_is_in_step_with_the_patterns():
    """auditor/regex_state.py holds the state of every pattern the bundled rules compile. (Made anew, the
    opcodes may list a set's members in another order: the patterns are compared; the next test checks
    that each state is its pattern. The regex release it was made with is not compared: a newer release
    on PyPI only makes the state unused, and the next test checks that patterns are then compiled.)"""
    from auditor import patternstate

    made = subprocess.run([sys.executable, "-c", "import sys; from auditor import patternstate; sys.stdout.write(patternstate.state_module_text())"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, check=True, env=_clean_env()).stdout
    with open(patternstate.STATE_MODULE, encoding="utf-8") as handle:
        written = handle.read()
    keys = lambda text: [line.split("): (")[0] for line in text.splitlines() if line.startswith("    (")]  # noqa: E731
    stale = "auditor/regex_state.py is out of date: run python -m auditor.patternstate"
    assert keys(made) == keys(written) and len(keys(made)) > 100, stale


def test_a_pattern_from_its_stored_state_is_the_pattern_regex_or_re_compiles():
    import re

    from auditor import lazyre, regex_state

    text = SAMPLE.read_text(encoding="utf-8")[:4000] + "\n2023年12月31日，共计1,234.5万元（其中：A 20%、B 30%）\n## 标题 **粗体**"
    engines = {"regex": (lazyre.compile_regex, regex.compile), "re": (lazyre.compile_re, re.compile)}
    assert {engine for engine, _, _ in regex_state.STATE} == set(engines)
    for (engine, source, flags), state in regex_state.STATE.items():
        from_state, compile = engines[engine]
        stored, compiled = from_state(source, flags), compile(source, flags)
        # built from the state where it fits this Python and regex release; else compiled (and cached) as usual
        assert type(stored) is type(compiled) and (stored is not compiled) == (lazyre._state(engine, source, flags) is not None)
        assert (stored.pattern, stored.flags, stored.groupindex, stored.groups) == (compiled.pattern, compiled.flags, compiled.groupindex, compiled.groups)
        assert [m.span() for m in stored.finditer(text)] == [m.span() for m in compiled.finditer(text)], source


# --- the command line read without argparse -------------------------------------------------------

QUICK = [
    ["check"], ["check", "a.txt"], ["check", "--no-cache", "a.txt"], ["check", "a.txt", "--no-cache"],
    ["check", "a.txt", "b.md", "--format", "json"], ["check", "--format=json", "a"], ["check", "-", "--stdin-filename", "x.md"],
    ["check", "--jobs", "2", "a"], ["check", "-j", "auto", "a"], ["check", "--jobs=100000", "a"],
    ["check", "--select", "num,con", "--ignore=PUN", "--extend-select", "SEQ001", "a"], ["check", "--fail-on", "info", "a"],
    ["check", "--lang", "en", "a"], ["check", "--lang", "english", "a"], ["check", "--lang=zh_CN", "-", "a"],
    ["check", "--include", "*.txt, *.md", "--exclude", "x", "--extend-exclude", "y", "--force-exclude", "a"],
    ["check", "--no-respect-gitignore", "a"], ["check", "--config", "c.toml", "a"], ["check", "--exit-zero", "--statistics", "--show-relations", "a"],
    ["check", "-o", "out.txt", "a"], ["check", "--baseline", "b.json", "--write-baseline", "w.json", "a"], ["check", "--cache-dir", "c", "a"],
    ["check", "--quiet", "--quiet", "a", "-q"], ["check", "--format", "json", "--format", "concise", "a"], ["check", ""],
    ["check", "--select=", "a"], ["check", "--select", "", "a"], ["check", "a", "-"], ["check", "--output=", "a"],
]
# argparse's own: errors, help, abbreviations, forms the quick reading leaves to it
LEFT_TO_ARGPARSE = [
    ["check", "--format", "bogus", "a"], ["check", "a", "--no-cache", "b"], ["check", "-j", "0", "a"], ["check", "-j2", "a"],
    ["check", "--fail-on", "fatal", "a"], ["check", "--lang", "fr", "a"], ["check", "--output", "-", "a"], ["check", "--annotate", "a.docx"],
    ["check", "--", "a"], ["check", "--no-cach", "a"], ["check", "--format"], ["check", "-h"], ["check", "-x"], ["check", "--jobs", "-1", "a"],
    ["rules"], [], ["check", "--no-cache=1", "a"], ["check", "-q=1", "a"], ["explain", "NUM001"], ["--version"],
]


@pytest.mark.parametrize("argv", QUICK)
def test_a_plain_check_command_line_is_read_as_argparse_reads_it(argv):
    from auditor.cli import build_parser, quick_check_args

    quick = quick_check_args(argv)
    assert quick is not None and vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", LEFT_TO_ARGPARSE)
def test_any_other_command_line_is_left_to_argparse(argv):
    from auditor.cli import quick_check_args

    assert quick_check_args(argv) is None


# --- records: dataclasses built cheaply -----------------------------------------------------------


def test_a_record_behaves_as_the_dataclass_with_the_same_declarations():
    import copy
    import dataclasses

    from auditor.record import record

    def declare():
        class Point:
            x: int
            y: int = 2
            tags: list = dataclasses.field(default_factory=list, compare=False)
            note: str = dataclasses.field(default="", hash=False)

            @property
            def total(self):
                return self.x + self.y

        return Point

    for options in ({}, {"eq": False}, {"frozen": True}, {"slots": True}, {"frozen": True, "slots": True}, {"slots": True, "eq": False}):
        light, full = record(**options)(declare()), dataclasses.dataclass(**options)(declare())
        a, b = light(1, note="n"), full(1, note="n")
        assert repr(a) == repr(b) and a.total == b.total == 3 and a.tags == b.tags == [] and a.tags is not light(1).tags
        assert (a == light(1, note="n", tags=[5])) == (b == full(1, note="n", tags=[5]))
        assert (a == light(2)) == (b == full(2)) and (a != "x") == (b != "x")
        assert (type(light).__hash__ is None) == (type(full).__hash__ is None)
        if options.get("frozen"):
            assert hash(a) == hash(light(1, note="other")) and hash(b) == hash(full(1, note="other"))
            with pytest.raises(dataclasses.FrozenInstanceError):
                a.x = 5
            assert copy.deepcopy(a) == a and copy.deepcopy(b) == b  # as pickle does: state set past the frozen __setattr__
        else:
            a.x = b.x = 7
            assert a.total == b.total == 9
        assert hasattr(a, "__dict__") == hasattr(b, "__dict__")
        assert copy.copy(a) is not a and repr(copy.copy(a)) == repr(a)
        with pytest.raises(TypeError):
            light()
        with pytest.raises(TypeError):
            light(1, 2, [], "", 5)
        with pytest.raises(TypeError):
            light(1, z=3)


def test_regex_flags_and_escape_without_regex_are_regex_s():
    from auditor import lazyre, lexicon

    assert (lazyre.MULTILINE, lazyre.REVERSE) == (regex.MULTILINE, regex.REVERSE)
    texts = ["".join(map(chr, range(0x250))), "（）【】“”、。…—～\u3000\u2028\xa0 \t\n", *lexicon.Lexicon.default().noun_canonical]
    assert [lazyre.escape(t) for t in texts] == [regex.escape(t) for t in texts]


def test_a_document_is_checked_with_regex_s_c_engine_alone(tmp_path):
    """With the stored states, regex's Python half (the pattern compiler) is not imported; a pattern
    that is not stored still compiles, and the package then uses the engine already loaded."""
    doc = tmp_path / "doc.txt"
    doc.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    code = (
        "import sys\nfrom auditor.cli import main\nmain(['check', '--no-cache', 'doc.txt'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'regex')\n"
        "from auditor.lazyre import compile_regex\n"
        "assert compile_regex(r'(?P<a>[0-9]+)x').sub(r'\\g<a>y', 'a12xb') == 'a12yb'\n"
        "assert sys.modules['regex._main']._regex is sys.modules['regex._regex']\n"
        "print(loaded, file=sys.stderr)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=_clean_env(), timeout=120)
    assert run.stderr.strip().splitlines()[-1] == "['regex._regex']", run.stderr


def test_a_pattern_from_a_stored_state_pickles_as_regex_pickles_it(tmp_path):
    """Workers (--jobs) are sent the configuration, whose lexicon keeps compiled patterns."""
    code = (
        "import pickle, sys\nfrom auditor.lexicon import Lexicon\n"
        "lexicon = Lexicon.default()\npattern = lexicon.noun_regex\nassert 'regex._main' not in sys.modules\n"
        "copy = pickle.loads(pickle.dumps(lexicon)).noun_regex\n"
        "assert (copy.pattern, copy.flags) == (pattern.pattern, pattern.flags) and copy.findall('儿童主任和孤儿') == pattern.findall('儿童主任和孤儿')\n"
        "import regex\nassert pickle.loads(pickle.dumps(regex.compile('a+'))).findall('caab') == ['aa']\nprint('ok')"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=_clean_env(), timeout=120)
    assert run.stdout.strip() == "ok", run.stderr


def test_the_command_is_main_in_a_process_whose_collector_runs_less_often(tmp_path):
    import configparser

    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg", encoding="utf-8")
    assert setup["options.entry_points"]["console_scripts"].split() == ["auditor", "=", "auditor.__main__:console"]
    doc = tmp_path / "doc.txt"
    doc.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    code = ("import gc, sys\nfrom auditor.__main__ import console\nsys.argv = ['auditor', 'check', '--no-cache', '--format', 'concise', 'doc.txt']\n"
            "code = console()\nprint(code, gc.get_threshold()[0], gc.isenabled(), file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=_clean_env(), timeout=120)
    module = subprocess.run([sys.executable, "-m", "auditor", "check", "--no-cache", "--format", "concise", "doc.txt"],
                            capture_output=True, text=True, cwd=tmp_path, env=_clean_env(), timeout=120)
    assert run.stderr.split() == ["1", "100000", "True"] and run.stdout == module.stdout and module.returncode == 1
