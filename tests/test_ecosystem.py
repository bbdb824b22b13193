"""The ecosystem corpus: auditor reads every real published document in tests/corpus/docs without an internal error.

One subprocess over the whole folder (JSON report), so the test stays fast. The reviewed findings are listed,
with a verdict each, in tests/corpus/REVIEW.md; this test does not pin them, since the rules keep changing.
"""

import json
import os
import subprocess
import sys

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


def test_auditor_reads_the_whole_corpus_without_an_internal_error(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(tmp_path / ".cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "check", str(DOCS), "--format", "json", "--no-cache"],
        capture_output=True, cwd=tmp_path, env=env, timeout=600,
    )
    err = proc.stderr.decode("utf-8", "replace")
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
