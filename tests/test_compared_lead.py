"""NUM007 across two sentences, as 部门决算说明 write them: the year's figure in one sentence, and
the next opened by 与上年相比 stating the change and its rate for the same subject. The consistent
texts follow published 决算说明 (tests/corpus/docs/099 and the common 决算 wording); each wrong one
changes the rate beyond what the rounding of the stated figures allows (one unit of a rate's
last digit is never an error)."""

import pytest

from helpers import codes

CONSISTENT = [
    "2020年一般公共预算财政拨款支出1264.92万元,占本年支出合计的31.45%。与2019年相比,一般公共预算财政拨款增加27.44万元,增长2.22%。",
    "2022年度收入总计3560.12万元。与上年相比,收入总计增加356.2万元,增长11.1%。",
    "2022年度支出总计2890.5万元。与上年相比,支出总计减少210.3万元,下降6.8%。",
    "2021年度“三公”经费财政拨款支出12.6万元。与上年相比,“三公”经费财政拨款减少2.4万元,下降16%。",
    "本年度基本支出1020.36万元。与上年相比,基本支出增加60.12万元,增长6.26%。",
    "2023年度项目支出845.7万元。与上年相比,项目支出增加45.7万元,增长5.7%。",
    "2022年度机关运行经费支出36.8万元。与2021年相比,减少3.2万元,下降8%。",
    "2023年政府性基金预算财政拨款支出500万元。与上年相比,政府性基金预算财政拨款增加100万元,增长25%。",
    "2021年度公务接待费支出1.2万元。与上年相比,公务接待费减少0.3万元,下降20%。",
    "2022年度一般公共预算财政拨款基本支出680.4万元。与上年相比,一般公共预算财政拨款基本支出增加80.4万元,增长13.4%。",
    # the sentence before states two figures of the unit and the change names no subject: unclear
    "本年收入1200万元,支出1100万元。与上年相比,增加100万元,增长9.1%。",
    # the change's subject is not the figure before: 项目支出 is another quantity
    "2023年度基本支出845.7万元。与上年相比,项目支出增加45.7万元,增长9.7%。",
]

WRONG = [
    "2020年一般公共预算财政拨款支出1264.92万元,占本年支出合计的31.45%。与2019年相比,一般公共预算财政拨款增加27.44万元,增长3.22%。",
    "2022年度收入总计3560.12万元。与上年相比,收入总计增加356.2万元,增长10.1%。",
    "2022年度支出总计2890.5万元。与上年相比,支出总计减少210.3万元,下降7.8%。",
    "2021年度“三公”经费财政拨款支出12.6万元。与上年相比,“三公”经费财政拨款减少2.4万元,下降19%。",
    "本年度基本支出1020.36万元。与上年相比,基本支出增加60.12万元,增长5.26%。",
    "2023年度项目支出845.7万元。与上年相比,项目支出增加45.7万元,增长6.7%。",
    "2022年度机关运行经费支出36.8万元。与2021年相比,减少3.2万元,下降12%。",
    "2023年政府性基金预算财政拨款支出500万元。与上年相比,政府性基金预算财政拨款增加100万元,增长20%。",
    "2021年度公务接待费支出1.2万元。与上年相比,公务接待费减少0.3万元,下降35%。",
    "2022年度一般公共预算财政拨款基本支出680.4万元。与上年相比,一般公共预算财政拨款基本支出增加80.4万元,增长11.8%。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_a_change_of_the_figure_before_that_fits_stays_silent(text):
    assert "NUM007" not in codes(text)


@pytest.mark.parametrize("text", WRONG)
def test_a_change_of_the_figure_before_that_its_rate_contradicts_is_found(text):
    assert "NUM007" in codes(text)
