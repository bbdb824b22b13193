"""NUM014: a figure restated in brackets in another unit that the conversion does not give. The first
fired on a published county bulletin; the silent ones are the restatements of published bulletins."""

import pytest

from helpers import findings, sentence_cases

FIRES = {
    "NUM014": [
        "年末果园面积1.39万公顷(10.84万亩)，比上年增加0.05万公顷。",
        "全年粮食播种面积17.8万公顷（167万亩），比上年增加0.3万公顷。",
        "全年粮食总产量404.5万吨(90.8亿斤)，比上年增长1.2%。",
        "全县耕地面积16.35万亩(1.90万公顷)。",
        "全市国土面积1200平方公里（1.8万亩）。",
        "全年蔬菜产量1250吨(125万斤)。",
    ],
}

SILENT = {
    "NUM014": [
        "年末果园面积1.39万公顷(20.85万亩)，比上年增加0.05万公顷。",
        "全年粮食播种面积17.8万公顷(267万亩)，比上年增加0.3万公顷。",
        "全年粮食总产量404.5万吨(80.8亿斤)，比上年增长1.2%。",  # 80.89: a unit off in the last digit
        "全年粮食产量13659.6万吨(2731.9亿斤)，比上年增加267万吨。",
        "全年粮食产量474.8万吨(94.9亿斤)。",
        "全县耕地面积16.35万亩(1.09万公顷)。",
        "全年蔬菜产量1250吨(250万斤)。",
        "全年造林面积1.2万公顷(其中人工造林0.8万公顷)。",  # a detail in brackets, not a restatement
        "新建高标准农田2.5万亩(1667公顷)，投入资金3000万元(含中央资金1200万元)。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FIRES, SILENT))
def test_converted_unit(code, text, fires):
    assert any(f.rule == code for f in findings(text, [code])) == fires


def test_the_message_shows_the_conversion_at_the_restated_figure():
    (finding,) = findings("年末果园面积1.39万公顷(10.84万亩)，比上年增加0.05万公顷。", ["NUM014"])
    assert finding.message.startswith("1.39万公顷 × 15 = 20.85万亩，与括号中换算的 10.84万亩 不符（1公顷 = 15亩")
    assert finding.column == 15  # at 10.84万亩
