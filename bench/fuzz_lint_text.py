"""A hypothesis fuzz of lint_text (a script, not a test): documents of prose and tab-separated tables
built from the words and figures of official documents (合计 rows, 其中 rows, 万元 columns, figures
of 1 to 400 digits, percentages, changes), every rule on. A find is any exception, or a finding
outside the document. tests/test_properties.py runs a few examples of the same kind in the suite;
this runs many, for as long as it is given::

    python bench/fuzz_lint_text.py --minutes 10
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from auditor.config import Config  # noqa: E402
from auditor.engine import lint_text  # noqa: E402

CONFIG = Config()
LABELS = ["合计", "小计", "总计", "其中：", "（一）", "1.", "甲", "乙", "人均", "占比", "比上年增长", "增减%", "2023年", "上年", "本年"]
HEADERS = ["项目", "金额（万元）", "人数（人）", "2022年", "2023年", "增长%", "占比%", "上年数", "本年数", "增减额", "单位：亿元"]
PROSE = ["全年共帮扶困难群众", "其中男童", "、女童", "人，", "万元，", "比上年增长", "%，", "占", "合计", "。", "一是", "二是",
         "，同比下降", "个百分点", "是上年的", "倍", "截至2023年12月31日", "较上年", "增加", "减少"]


def figure():
    digits = st.one_of(st.integers(0, 10**6).map(str), st.integers(1, 400).map(lambda n: "9" * n),
                       st.integers(1, 60).map(lambda n: "1" * n + "." + "5" * (n % 7 + 1)))
    return st.tuples(st.sampled_from(["", "", "-", "−"]), digits, st.sampled_from(["", "", "%", "万", "亿", "万元", "人", "‰"])).map("".join)


@st.composite
def documents(draw):
    blocks = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            cols = draw(st.integers(2, 5))
            rows = [draw(st.lists(st.sampled_from(HEADERS), min_size=cols, max_size=cols))]
            for _ in range(draw(st.integers(1, 8))):
                cells = [draw(st.sampled_from(LABELS))] + [draw(st.one_of(figure(), st.sampled_from(["", "—", "-"]))) for _ in range(cols - 1)]
                rows.append(cells)
            blocks.append("\n".join("\t".join(r) for r in rows))
        else:
            pieces = draw(st.lists(st.one_of(st.sampled_from(PROSE), figure()), min_size=1, max_size=30))
            blocks.append("".join(pieces))
    return "\n\n".join(blocks)


def check(text: str) -> None:
    lines = text.split("\n")
    for f in lint_text(text, "<fuzz>", CONFIG):
        assert 1 <= f.line <= len(lines) + 1, f


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    started = time.monotonic()
    examples = rounds = 0
    while time.monotonic() < deadline:
        tried = []

        @settings(max_examples=500, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck))
        @given(documents())
        def fuzz(text):
            tried.append(1)
            check(text)

        fuzz()  # a failure raises, with hypothesis's smallest failing document
        examples += len(tried)
        rounds += 1
        print(f"{time.strftime('%H:%M:%S')} {examples} documents, no find", flush=True)
    print(f"done: {(time.monotonic() - started) / 60:.1f} min, {examples} documents, no find", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
