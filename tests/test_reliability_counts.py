"""A file named twice is linted once; -q prints findings only; JUnit counts test cases, not findings."""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from conftest import ROOT

TWO_FINDINGS = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n截止6月底，全县共发放救助金300万元。\n"
CLEAN = "截至6月底，全县共发放救助金300万元。\n"


def run(cwd, *args, input=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(cwd / ".cache")}
    return subprocess.run([sys.executable, "-m", "auditor", "check", "--jobs", "1", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, timeout=120, input=input)


@pytest.fixture
def docs(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TWO_FINDINGS, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(TWO_FINDINGS, encoding="utf-8")
    (tmp_path / "docs" / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("paths", [
    ["docs/a.txt", "docs/a.txt"],
    ["docs/a.txt", "./docs/a.txt", "docs/../docs/a.txt"],
    ["docs/a.txt", "docs"],
    ["docs", "docs"],
])
def test_a_file_named_twice_is_linted_once(docs, paths):
    report = json.loads(run(docs, "--format", "json", *paths).stdout)
    files = [entry["path"] for entry in report["summary"]["checked"]]
    assert len(files) == len(set(os.path.normpath(f) for f in files))
    assert report["summary"]["findings"] == 2 * sum(1 for f in files if f.endswith(".txt"))  # clean.md has none
    assert "docs/a.txt" in [os.path.normpath(f) for f in files]


def test_standard_input_named_twice_is_read_once(docs):
    result = run(docs, "--format", "json", "-", "-", input=TWO_FINDINGS.encode())
    assert json.loads(result.stdout)["summary"]["files"] == 1


@pytest.mark.parametrize("fmt", ["full", "concise", "github"])
def test_quiet_hides_the_summary(docs, fmt):
    loud = run(docs, "--format", fmt, "docs").stdout.decode()
    quiet = run(docs, "-q", "--format", fmt, "docs").stdout.decode()
    assert "检查 3 个文件，发现 4 处问题" in loud
    assert "发现" not in quiet and "读取数字" not in quiet
    listed = 2 if fmt == "github" else 1  # github: the annotations, then the concise lines
    assert quiet.count("PUN001") == 2 * listed and quiet.count("WRD001") == 2 * listed


def test_junit_counts_files_as_test_cases_and_failing_files_as_failures(docs):
    (docs / "docs" / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    root = ET.fromstring(run(docs, "--format", "junit", "docs").stdout.split(b"\n", 1)[1])
    suite = root.find("testsuite")
    for element in (root, suite):
        assert element.get("tests") == "4"  # a.txt, b.txt, broken.txt, clean.md
        assert element.get("failures") == "2"  # a.txt and b.txt, two findings each
        assert element.get("errors") == "1"
    cases = suite.findall("testcase")
    assert len(cases) == 4
    assert sum(1 for case in cases if case.find("failure") is not None) == 2
    assert len(suite.findall("testcase/failure")) == 4  # every finding is still listed
