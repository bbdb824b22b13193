"""The real documents in samples/ give exactly the findings their .expected files list.

Format of ``samples/NAME.expected`` (one entry per line, ``#`` starts a comment):

    SEQ001 23:1180        a finding that must be reported at line 23, column 1180
    !NUM001 23 181 名妇女  a trap: no NUM001 finding on line 23 may overlap the text "181 名妇女"

The reported set must equal the listed set, so a new false alarm fails the test as surely as a miss.
"""

import pytest

from auditor.config import Config
from auditor.engine import lint_text
from auditor.loading import read_text_file

from conftest import SAMPLES

DOCUMENTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md"))


def parse_expected(path):
    expected, traps = set(), []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("!") else raw.strip()
        if not line:
            continue
        if line.startswith("!"):
            code, line_no, excerpt = line[1:].split(None, 2)
            traps.append((code, int(line_no), excerpt))
        else:
            code, position = line.split()[:2]
            row, col = position.split(":")
            expected.add((code, int(row), int(col)))
    return expected, traps


@pytest.fixture(scope="module")
def results():
    return {doc.name: lint_text(read_text_file(str(doc)), doc.name, Config()) for doc in DOCUMENTS}


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: p.name)
def test_findings_match_expected(doc, results):
    expected, _ = parse_expected(doc.with_suffix(".expected"))
    reported = {(f.rule, f.line, f.column) for f in results[doc.name]}
    assert sorted(reported - expected) == [], "reported but not expected (false alarm, or update the .expected file)"
    assert sorted(expected - reported) == [], "expected but not reported"


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: p.name)
def test_traps_stay_silent(doc, results):
    _, traps = parse_expected(doc.with_suffix(".expected"))
    text = read_text_file(str(doc)).splitlines()
    for code, line_no, excerpt in traps:
        assert excerpt in text[line_no - 1], f"trap excerpt {excerpt!r} is not on line {line_no}"
        start = text[line_no - 1].index(excerpt) + 1
        for f in results[doc.name]:
            if f.rule == code and f.line == line_no:
                overlaps = f.column < start + len(excerpt) and f.end_column > start
                assert not overlaps, f"{code} fired on trap {excerpt!r}: {f.message}"
