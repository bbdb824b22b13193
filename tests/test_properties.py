"""Property-based tests: the whole pipeline over documents built from real fragments of the samples,
mutated (characters inserted, deleted and swapped, lines duplicated, fragments spliced).

For every generated document: no exception, every finding (and every related location) inside the
document, and the same bytes of JSON each time. The number of examples is bounded
(AUDITOR_HYPOTHESIS_EXAMPLES, default 60) so that the suite stays quick in .ci/run.
"""

import io
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.config import Config
from auditor.engine import lint_source
from auditor.reporters import Report, render
from conftest import SAMPLES

CONFIG = Config()
EXAMPLES = int(os.environ.get("AUDITOR_HYPOTHESIS_EXAMPLES", "60"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,  # machines differ; the engine's own time limit bounds a run
    database=None,  # nothing written into the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

LINES = sorted({line for p in sorted(SAMPLES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()})
# Characters that change how the text is read: digits in every form, numerals, multipliers and units,
# list markers, paired marks, sentence ends, line breaks, Markdown, and whitespace of all kinds.
SPECIAL = list(
    "0123456789０１２３４５６７８９.．,，、。；;：:！？!?%‰"
    "〇零一二两三四五六七八九十百千万亿廿卅余多约近超是第年月日号周星期岁名人户个元件所"
    "①②⑳ⅢⅫ()（）[]【】〔〕《》“”‘’\"'#*\n\r\t 　\u200b\ufeff\x00"
) + ["\r\n", "一是", "二是", "（一）", "（二）", "二、", "1.", "合计", "其中", "截止", "2023年2月29日", "（星期三）", "〔2023〕87号", "**", "\n\n"]

inserted = st.one_of(st.sampled_from(SPECIAL), st.characters(), st.sampled_from(LINES).map(lambda line: line[:40]))


@st.composite
def documents(draw):
    lines = draw(st.lists(st.sampled_from(LINES), min_size=1, max_size=10))
    text = draw(st.sampled_from(["\n", "\n\n", "\r\n"])).join(lines)
    for _ in range(draw(st.integers(0, 12))):
        operation = draw(st.sampled_from(["insert", "delete", "swap", "duplicate_line", "cut"]))
        at = draw(st.integers(0, max(0, len(text) - 1)))
        if operation == "insert":
            text = text[:at] + draw(inserted) + text[at:]
        elif operation == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        elif operation == "swap" and at + 1 < len(text):
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
        elif operation == "duplicate_line":
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end + 1
            text = text[:end] + text[start:end] + text[end:]
        elif operation == "cut":
            text = text[: at + 1]
    return text


def json_of(text):
    result = lint_source(text, "generated.txt", CONFIG)
    stream = io.StringIO()
    render("json", Report([result], CONFIG.rules(), {"generated.txt": text}), stream)
    return result, stream.getvalue()


def line_lengths(text):
    """Characters in each line, lines split as the text model splits them (\\r\\n, \\r, \\n)."""
    return [len(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def assert_inside(lengths, line, column):
    assert 1 <= line <= len(lengths), (line, len(lengths))
    assert 1 <= column <= lengths[line - 1] + 1, (line, column, lengths[line - 1])


@SETTINGS
@given(documents())
def test_generated_documents_lint_without_error_inside_their_bounds_and_deterministically(text):
    result, first = json_of(text)
    lengths = line_lengths(text)
    for f in result.findings:
        assert_inside(lengths, f.line, f.column)
        assert_inside(lengths, f.end_line, f.end_column)
        assert (f.line, f.column) <= (f.end_line, f.end_column)
        assert f.message.strip()
        for related in f.related:
            assert_inside(lengths, related.line, related.column)
    report = json.loads(first)
    assert len(report["findings"]) == len(result.findings)
    assert json_of(text)[1] == first


@SETTINGS
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=400), st.sampled_from(LINES))
def test_arbitrary_text_around_a_real_line(noise, line):
    for text in (noise, noise + line, line + noise, line[: len(line) // 2] + noise + line[len(line) // 2 :]):
        result, first = json_of(text)
        lengths = line_lengths(text)
        for f in result.findings:
            assert_inside(lengths, f.line, f.column)
            assert_inside(lengths, f.end_line, f.end_column)
        assert json_of(text)[1] == first
