"""Control characters and line breaks in file names and document text are escaped in every output
that reaches a terminal or a CI log: no forged workflow command, no ANSI or OSC sequence."""

import os
import subprocess
import sys

import pytest

from conftest import ROOT

FORGED_NAME = "a\n::error file=README.md,line=1::Fake\nb.txt"
PUN_ERROR = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n"
# An OSC 52 clipboard write and a clear-screen, inside a sentence that two rules quote or show.
ESCAPES = "截止6月底“\x1b]52;c;cHduZWQ=\x1b\\\x1b[2J，全县发放救助金300万元。\n"
TEXT_FORMATS = ["full", "concise", "github", "markdown"]


def run(cwd, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(cwd / ".cache")}
    return subprocess.run([sys.executable, "-m", "auditor", "check", "--jobs", "1", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, timeout=120)


def forged_lines(output: bytes) -> list[bytes]:
    return [line for line in output.splitlines() if line.startswith((b"::error file=README.md", b"::Fake"))]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_a_file_name_with_line_breaks_forges_no_workflow_command(tmp_path, fmt):
    (tmp_path / FORGED_NAME).write_text(PUN_ERROR, encoding="utf-8")
    result = run(tmp_path, "--format", fmt, ".")
    assert result.returncode == 1
    assert b"PUN001" in result.stdout
    assert forged_lines(result.stdout + result.stderr) == []
    assert b"a\\n::error file=README.md" in result.stdout or b"a\\\\n" in result.stdout


@pytest.mark.parametrize("content", [b"\x00\x01binary", b""])
def test_errors_and_notes_on_standard_error_forge_no_line_either(tmp_path, content):
    (tmp_path / FORGED_NAME).write_bytes(content)
    result = run(tmp_path, "--format", "github", FORGED_NAME)
    assert forged_lines(result.stdout + result.stderr) == []
    assert b"a\\n::error file=README.md,line=1::Fake\\nb.txt" in result.stderr


def test_standard_input_named_with_a_line_break_forges_nothing(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(tmp_path / ".cache")}
    result = subprocess.run([sys.executable, "-m", "auditor", "check", "--format", "concise", "--stdin-filename", FORGED_NAME, "-"],
                            input=PUN_ERROR.encode(), cwd=tmp_path, env=env, capture_output=True, timeout=120)
    assert b"PUN001" in result.stdout
    assert forged_lines(result.stdout + result.stderr) == []


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_escape_sequences_from_a_document_are_shown_escaped_never_raw(tmp_path, fmt):
    (tmp_path / "doc.txt").write_text(ESCAPES, encoding="utf-8")
    result = run(tmp_path, "--format", fmt, "doc.txt")
    assert b"WRD001" in result.stdout and b"PUN001" in result.stdout
    assert b"\x1b" not in result.stdout + result.stderr
    assert "\x9b" not in result.stdout.decode("utf-8")  # nor a C1 control (0x9b is also a byte of many Chinese characters)
    if fmt == "full":  # the source line is shown, with its escapes as text
        assert b"\\x1b]52;c;cHduZWQ=\\x1b\\\\x1b[2J" in result.stdout


def test_the_underline_of_the_full_format_follows_the_escaped_line(tmp_path):
    (tmp_path / "doc.txt").write_text("前文\x1b7\x07“未闭合。\n", encoding="utf-8")  # ESC 7, BEL
    result = run(tmp_path, "--format", "full", "doc.txt")
    lines = result.stdout.decode().splitlines()
    source = next(i for i, line in enumerate(lines) if line.lstrip().startswith("1 |"))
    shown, underline = lines[source], lines[source + 1]
    assert shown.endswith("前文\\x1b7\\x07“未闭合。")
    assert shown.index("“") == underline.index("^") - len("前文")  # a CJK character takes two cells


def test_printable_escapes_controls_and_leaves_text_alone():
    from auditor.loading import printable

    assert printable("正文，（一）“引号”\\path") == "正文，（一）“引号”\\path"
    assert printable("a\nb\rc\td\x1b[2J\x07\x7f\x9b\u2028\u202e") == "a\\nb\\rc\\td\\x1b[2J\\x07\\x7f\\x9b\\u2028\\u202e"
