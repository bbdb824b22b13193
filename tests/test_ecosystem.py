"""The ecosystem corpus: auditor reads every real published document in tests/corpus/docs without an internal error.

One subprocess over the whole folder (JSON report), so the tests stay fast. The reviewed findings are listed,
with a verdict each, in tests/corpus/REVIEW.md, and pinned: auditor reports exactly the findings reviewed as
true, so a new finding fails CI until someone has read it and recorded a verdict, and a false alarm that was
fixed stays silent.
"""

import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from conftest import ROOT

DOCS = ROOT / "tests" / "corpus" / "docs"
TYPES = {"reply", "summary", "bulletin", "budget", "notice", "other"}


def corpus_files():
    return sorted(p for p in DOCS.iterdir() if p.suffix == ".txt")


def test_corpus_documents_have_the_header_and_enough_of_them():
    files = corpus_files()
    assert len(files) >= 150
    assert [p.name for p in files] == ["%03d.txt" % i for i in range(1, len(files) + 1)]
    for path in files:
        head, blank, body = path.read_text(encoding="utf-8").partition("\n\n")
        fields = dict(line[2:].split(": ", 1) for line in head.splitlines())
        assert list(fields) == ["source", "title", "province", "type"], path.name
        assert fields["source"].startswith("http"), path.name
        assert fields["type"] in TYPES, path.name
        assert blank and body.strip(), path.name


REVIEWED = re.compile(r"^- (\d{3}\.txt):(\d+) ([A-Z]{3}\d{3}) (true|false)\b", re.M)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """auditor's JSON report on the corpus, and its stderr."""
    tmp_path = tmp_path_factory.mktemp("ecosystem")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(tmp_path / ".cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "check", str(DOCS), "--format", "json", "--no-cache"],
        capture_output=True, cwd=tmp_path, env=env, timeout=600,
    )
    return proc, proc.stderr.decode("utf-8", "replace")


def test_auditor_reads_the_whole_corpus_without_an_internal_error(run):
    proc, err = run
    assert proc.returncode in (0, 1), err
    assert "Traceback" not in err
    report = json.loads(proc.stdout.decode("utf-8"))
    summary = report["summary"]
    names = {p.name for p in corpus_files()}
    assert summary["files"] == len(names) >= 150
    assert summary["files_with_errors"] == 0
    assert {os.path.basename(c["path"]) for c in summary["checked"]} == names
    for finding in report["findings"]:
        assert os.path.basename(finding["path"]) in names


def test_the_findings_are_the_reviewed_true_ones(run):
    proc, _ = run
    report = json.loads(proc.stdout.decode("utf-8"))
    reported = Counter(
        f"{os.path.basename(f['path'])}:{f['line']} {f['rule']}" for f in report["findings"]
    )
    reviewed = REVIEWED.findall((ROOT / "tests" / "corpus" / "REVIEW.md").read_text(encoding="utf-8"))
    true = Counter(f"{name}:{line} {code}" for name, line, code, verdict in reviewed if verdict == "true")
    false = {f"{name}:{line} {code}" for name, line, code, verdict in reviewed if verdict == "false"}
    assert not (set(reported) & false), "a false alarm reviewed in REVIEW.md is back"
    assert reported - true == Counter(), "new findings: read each one and record a verdict in tests/corpus/REVIEW.md"
    assert true - reported == Counter(), "findings reviewed as true are no longer reported"
