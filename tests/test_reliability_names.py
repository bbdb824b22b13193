"""File names that are not valid UTF-8 are shown escaped, each distinct: never merged into one."""

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8 need a byte-named file system")

FINDING = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n"
OTHER = "截止6月底，全县共发放救助金300万元。\n"


def run(cwd, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(cwd / ".cache"), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "auditor", "check", "--jobs", "1", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, timeout=120)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_text(FINDING, encoding="utf-8")
    (tmp_path / os.fsdecode(b"bad\xfe.txt")).write_text(OTHER, encoding="utf-8")
    return tmp_path


def test_two_names_that_differ_in_bytes_that_are_not_utf8_stay_two(folder):
    report = json.loads(run(folder, "--format", "json", ".").stdout)
    checked = [entry["path"] for entry in report["summary"]["checked"]]
    assert checked == ["./bad\\xfe.txt", "./bad\\xff.txt"]
    by_path = {f["path"]: f["rule"] for f in report["findings"]}
    assert by_path == {"./bad\\xff.txt": "PUN001", "./bad\\xfe.txt": "WRD001"}


@pytest.mark.parametrize("fmt", ["full", "concise", "github", "markdown", "html", "junit"])
def test_every_format_shows_each_name_escaped_and_stays_utf8(folder, fmt):
    result = run(folder, "--format", fmt, ".")
    out = result.stdout.decode("utf-8")
    if fmt == "markdown":  # a backslash is escaped for Markdown, and shows as one
        out = out.replace("\\\\", "\\")
    assert "bad\\xff.txt" in out and "bad\\xfe.txt" in out
    assert "\ufffd" not in out


def test_the_full_format_shows_each_file_its_own_source_line(folder):
    out = run(folder, "--format", "full", ".").stdout.decode("utf-8")
    blocks = out.split("\n\n")
    pun = next(b for b in blocks if "PUN001" in b and "bad\\xff.txt" in b)
    wrd = next(b for b in blocks if "WRD001" in b and "bad\\xfe.txt" in b)
    assert "为入住老人" in pun and "截止6月底" in wrd


@pytest.mark.usefixtures("english")
def test_an_unreadable_name_in_an_error_is_escaped_the_same_way(tmp_path):
    (tmp_path / os.fsdecode(b"bin\xff.txt")).write_bytes(b"\x00\x01")
    err = run(tmp_path, os.fsdecode(b"bin\xff.txt")).stderr.decode("utf-8")
    assert "auditor: error: bin\\xff.txt: binary file" in err


def test_sarif_percent_encodes_each_name_s_own_bytes(folder):
    report = json.loads(run(folder, "--format", "sarif", ".").stdout)
    uris = sorted({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in report["runs"][0]["results"]})
    assert uris == ["bad%FE.txt", "bad%FF.txt"]
