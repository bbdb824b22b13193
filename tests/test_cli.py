"""The command line as a user runs it: exit codes, rule selection, JSON output, rules, explain, stdin.

Every run is a real subprocess in a scratch folder (its own cache, no configuration file above it).
"""

import json
import os
import subprocess
import sys

import jsonschema
import pytest

from auditor.registry import all_rules

from conftest import ROOT, SAMPLES

PUN_ERROR = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n"  # PUN001, error
JIEZHI_WARNING = "截止6月底，全县共发放救助金300万元。\n"  # WRD001, warning
BRACKETS_INFO = "(一)加强领导。\n（二）强化保障。\n（三）狠抓落实。\n"  # SEQ004, info
CLEAN = "截至6月底，全县共发放救助金300万元。\n一是加强领导；二是强化保障；三是狠抓落实。\n"

RELATED_SCHEMA = {
    "type": "object",
    "required": ["path", "line", "column", "message"],
    "additionalProperties": False,
    "properties": {
        "path": {"type": "string"},
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "message": {"type": "string", "minLength": 1},
    },
}
FINDING_SCHEMA = {
    "type": "object",
    "required": ["path", "rule", "name", "severity", "line", "column", "end_line", "end_column", "message", "related"],
    "additionalProperties": False,
    "properties": {
        "path": {"type": "string", "minLength": 1},
        "rule": {"type": "string", "pattern": "^[A-Z]+[0-9]{3}$"},
        "name": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
        "severity": {"enum": ["error", "warning", "info"]},
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "end_line": {"type": "integer", "minimum": 1},
        "end_column": {"type": "integer", "minimum": 1},
        "message": {"type": "string", "minLength": 1},
        "related": {"type": "array", "items": RELATED_SCHEMA},
    },
}
REPORT_SCHEMA = {
    "type": "object",
    "required": ["version", "findings", "summary"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": 1},
        "findings": {"type": "array", "items": FINDING_SCHEMA},
        "summary": {"type": "object"},
    },
}


def run(*args, cwd, input=None):
    """``auditor ARGS`` in ``cwd``; stdout and stderr decoded."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(cwd / ".cache")}
    done = subprocess.run(
        [sys.executable, "-m", "auditor", *map(str, args)],
        input=input, capture_output=True, cwd=cwd, env=env, timeout=300,
    )
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    return done.returncode, out, err


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "pun.txt").write_text(PUN_ERROR, encoding="utf-8")
    (tmp_path / "jiezhi.txt").write_text(JIEZHI_WARNING, encoding="utf-8")
    (tmp_path / "brackets.txt").write_text(BRACKETS_INFO, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def rules_in(out):
    return sorted({f["rule"] for f in json.loads(out)["findings"]})


# --- exit codes ---------------------------------------------------------------------------------


def test_a_clean_file_exits_0(folder):
    code, out, err = run("check", "clean.txt", cwd=folder)
    assert code == 0, out + err
    assert "clean.txt:" not in out


@pytest.mark.parametrize(
    "file, fail_on, expected",
    [
        ("pun.txt", None, 1),  # an error fails at the default (warning)
        ("jiezhi.txt", None, 1),  # so does a warning
        ("brackets.txt", None, 0),  # an info finding does not
        ("brackets.txt", "info", 1),
        ("jiezhi.txt", "error", 0),
        ("jiezhi.txt", "warning", 1),
        ("pun.txt", "error", 1),
    ],
)
def test_findings_fail_the_run_at_or_above_fail_on(folder, file, fail_on, expected):
    code, out, _ = run("check", file, *(["--fail-on", fail_on] if fail_on else []), "--format", "concise", cwd=folder)
    assert f"{file}:" in out  # the finding is reported whatever the exit code
    assert code == expected


@pytest.mark.parametrize(
    "args",
    [
        ["check"],  # no path
        ["check", "clean.txt", "--no-such-option"],
        ["check", "clean.txt", "--fail-on", "fatal"],
        ["check", "clean.txt", "--format", "xml"],
        ["check", "clean.txt", "--select", "NOPE"],
        ["check", "clean.txt", "--ignore", "XYZ9"],
        ["explain", "NOPE001"],
        ["no-such-command"],
        [],
    ],
)
def test_usage_errors_exit_2_with_one_clear_line(folder, args):
    code, out, err = run(*args, cwd=folder)
    assert code == 2
    assert err.strip(), "a usage error says what is wrong"
    assert "clean.txt:" not in out


@pytest.mark.usefixtures("english")
def test_an_unreadable_file_exits_2_and_the_others_are_still_linted(folder):
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, out, err = run("check", "pun.txt", "missing.txt", "binary.txt", "jiezhi.txt", "--format", "concise", cwd=folder)
    assert code == 2
    assert "pun.txt:1:" in out and "PUN001" in out
    assert "jiezhi.txt:1:" in out and "WRD001" in out
    errors = [line for line in err.splitlines() if line.startswith("auditor: error:")]
    assert len(errors) == 2
    assert "missing.txt" in errors[0] and "no such file" in errors[0]
    assert "binary.txt" in errors[1] and "binary" in errors[1]


def test_exit_zero_hides_findings_but_never_an_unreadable_file(folder):
    assert run("check", "pun.txt", "--exit-zero", cwd=folder)[0] == 0
    assert run("check", "pun.txt", "missing.txt", "--exit-zero", cwd=folder)[0] == 2
    assert run("check", "clean.txt", "--select", "NOPE", "--exit-zero", cwd=folder)[0] == 2


# --- selection ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options, expected",
    [
        ([], ["PUN001", "SEQ004", "WRD001"]),
        (["--select", "PUN"], ["PUN001"]),
        (["--select", "pun001"], ["PUN001"]),  # codes are case-insensitive
        (["--select", "PUN,WRD"], ["PUN001", "WRD001"]),
        (["--select", "SEQ00"], ["SEQ004"]),  # any prefix of a code
        (["--ignore", "PUN"], ["SEQ004", "WRD001"]),
        (["--ignore", "PUN001,SEQ"], ["WRD001"]),
        (["--select", "PUN,WRD", "--ignore", "WRD001"], ["PUN001"]),  # ignore wins
        (["--select", "ALL", "--ignore", "ALL"], []),
    ],
)
def test_select_and_ignore_take_codes_and_prefixes(folder, options, expected):
    _, out, _ = run("check", "pun.txt", "jiezhi.txt", "brackets.txt", *options, "--format", "json", cwd=folder)
    assert rules_in(out) == expected


# --- JSON ---------------------------------------------------------------------------------------


def test_json_is_exactly_one_object_in_the_documented_schema(folder):
    code, out, err = run("check", "pun.txt", "jiezhi.txt", "brackets.txt", "clean.txt", "missing.txt", "--format", "json", cwd=folder)
    assert code == 2
    report = json.loads(out)  # the whole of stdout: nothing before or after the object
    jsonschema.validate(report, REPORT_SCHEMA)
    assert {f["path"] for f in report["findings"]} == {"pun.txt", "jiezhi.txt", "brackets.txt"}
    assert report["summary"]["findings"] == len(report["findings"]) == 3
    assert "missing.txt" in err and "missing.txt" not in {f["path"] for f in report["findings"]}
    pun = next(f for f in report["findings"] if f["rule"] == "PUN001")
    assert (pun["line"], pun["column"], pun["end_line"], pun["end_column"], pun["severity"]) == (1, 8, 1, 9, "error")


def test_json_on_the_samples_validates_and_keeps_paths_as_given():
    code, out, _ = run("check", "--format", "json", "samples/", cwd=ROOT)
    assert code == 1
    report = json.loads(out)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["findings"], "the samples have findings"
    names = {p.name for p in SAMPLES.glob("*.txt")}
    for finding in report["findings"]:
        assert finding["path"].startswith("samples/") and finding["path"][len("samples/"):] in names
        for related in finding["related"]:
            assert related["path"] == finding["path"]
    relative = json.loads(run("check", "--format", "json", "./samples", cwd=ROOT)[1])
    assert all(f["path"].startswith("./samples/") for f in relative["findings"])


def test_a_clean_run_still_prints_one_json_object(folder):
    code, out, _ = run("check", "clean.txt", "--format", "json", cwd=folder)
    assert code == 0
    report = json.loads(out)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["findings"] == []


# --- rules and explain --------------------------------------------------------------------------

RULES = all_rules()


def test_rules_lists_every_rule_with_code_name_and_severity(tmp_path):
    code, out, _ = run("rules", cwd=tmp_path)
    assert code == 0
    listed = {line.split()[0]: line.split()[1:3] for line in out.splitlines() if line.strip()}
    assert listed == {r.code: [r.name, str(r.severity)] for r in RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_explain_shows_the_documentation_and_both_kinds_of_example(tmp_path, rule, lang):
    code, out, _ = run("explain", rule.code.lower(), "--lang", lang, cwd=tmp_path)
    assert code == 0
    assert rule.code in out and rule.name in out
    examples = rule.examples()
    assert examples["Incorrect"] and examples["Correct"], f"{rule.code} needs an Incorrect and a Correct example"
    if lang == "en" or not getattr(rule.check, "doc_en", None):  # a rule not converted yet keeps its English headings
        assert "Incorrect:" in out and "Correct:" in out
    else:
        assert "错误示例：" in out and "正确示例：" in out and "Incorrect:" not in out
    for block in examples["Incorrect"] + examples["Correct"]:
        for line in block.splitlines():
            assert line.strip() in out


# --- standard input -----------------------------------------------------------------------------


def test_stdin_is_linted_under_the_given_name(tmp_path):
    code, out, _ = run("check", "-", "--stdin-filename", "reply.txt", "--format", "json", cwd=tmp_path, input=PUN_ERROR.encode())
    assert code == 1
    report = json.loads(out)
    assert [(f["path"], f["rule"], f["line"], f["column"]) for f in report["findings"]] == [("reply.txt", "PUN001", 1, 8)]


def test_stdin_without_a_name_is_called_stdin(tmp_path):
    code, out, _ = run("check", "-", "--format", "concise", cwd=tmp_path, input=JIEZHI_WARNING.encode())
    assert code == 1
    assert out.startswith("<stdin>:1:1: WRD001")


def test_stdin_in_gb18030_is_decoded(tmp_path):
    code, out, _ = run("check", "-", "--format", "concise", cwd=tmp_path, input=PUN_ERROR.encode("gb18030"))
    assert code == 1
    assert out.startswith("<stdin>:1:8: PUN001")


@pytest.mark.usefixtures("english")
def test_binary_stdin_is_refused_under_its_name(tmp_path):
    code, out, err = run("check", "-", "--stdin-filename", "scan.txt", cwd=tmp_path, input=b"\x00\x01\x02" * 100)
    assert code == 2
    assert err.count("\n") == 1 and "scan.txt" in err and "binary" in err


@pytest.mark.parametrize("keep_text", [True, False])
def test_a_files_text_comes_back_only_when_the_output_reads_it(tmp_path, keep_text):
    from auditor.cli import check_one
    from auditor.config import Config

    path = tmp_path / "a.txt"
    path.write_text("一是加强；二是落实；二是保障。\n", encoding="utf-8")
    result, text, _ = check_one(str(path), Config(), keep_text=keep_text)
    assert [f.rule for f in result.findings] == ["SEQ001"]
    assert text == (path.read_text(encoding="utf-8") if keep_text else None)
