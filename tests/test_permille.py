"""NUM013: a birth, death or natural growth rate written with % at a value no population reaches (a
‰ that lost its sign). The first five fired on published pages (a 盟 bulletin, a county bulletin, a
news page quoting the national bulletin); the others are bulletin sentences with the sign lost."""

import pytest

from helpers import findings, sentence_cases

FIRES = {
    "NUM013": [
        "出生人口3423人,人口出生率8.35%;死亡人口3470人,人口死亡率8.47%;人口自然增长率-0.12%。",
        "出生人口4903人,其中男性2677人,出生率为10.8%,死亡人口488人,死亡率为1.1%,自然增长率为9.7%。",
        "2023年我国人口出生率6.39%,人口死亡率7.87%,人口自然增长率-1.48%。",
        "2022年我国人口出生率6.77%,人口死亡率7.37%,人口自然增长率-0.60%。",
        "2020年我国人口出生率8.52%,人口死亡率7.07%,人口自然增长率1.45%。",
        "全年出生人口7472人,出生率为12.17%,死亡人口3516人,死亡率为5.73%。",
        "全年出生人口3.5万人,出生率为9.28%;死亡人口2.1万人,死亡率为5.56%;人口自然增长率为3.74%。",
        "常住人口出生率为13.67%，死亡率为4.94%。",
        "全县户籍人口出生率10.48%，比上年下降1.2个千分点。",
        "受老龄化影响，全县人口自然增长率为-5.11%。",
    ],
}

SILENT = {
    "NUM013": [
        "出生人口3423人，人口出生率8.35‰；死亡人口3470人，人口死亡率8.47‰。",
        "全院收治重症患者120人，死亡率为8.3%。",  # a hospital's mortality: no 出生 in the sentence
        "全年道路交通万车死亡率为5.15%。",  # another rate: 万车死亡率
        "婴儿死亡率为5.6%，孕产妇死亡率为15.5/10万。",
        "该地区人口出生率为1.0%，死亡率为0.65%。",  # below 5: may be meant as %
        "全年出生率比上年下降5.2%。",  # a change of the rate, not the rate
        "仔猪死亡率为6%，出生重1.2公斤。",
        "出生率、死亡率分别为8.2‰和6.1‰。",
        "城镇化率为60.5%，人口出生率为0.98%。",
        "全市病死率为5.2%，出生缺陷发生率为8.5‰。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FIRES, SILENT))
def test_permille_as_percent(code, text, fires):
    assert any(f.rule == code for f in findings(text, [code])) == fires


def test_each_impossible_rate_is_one_finding_that_names_the_per_mille_meant():
    found = findings("2023年我国人口出生率6.39%,人口死亡率7.87%,人口自然增长率-1.48%。", ["NUM013"])
    assert [f.message.split("：")[0] for f in found] == ["人口出生率6.39%", "人口死亡率7.87%", "人口自然增长率-1.48%"]
    assert found[0].message.endswith("即每千人每年 63.9 人，任何人口都达不到；疑为 6.39‰")
    # the rate of the same sentence that a population could reach is per thousand too (6.39 − 7.87 = −1.48)
    assert found[2].message.endswith("与同句的人口出生率6.39%同为千分率（后者按百分数读任何人口都达不到），疑为 -1.48‰")
    assert found[0].severity.name.lower() == "warning"
    (negative,) = findings("受老龄化影响，全县人口自然增长率为-5.11%。", ["NUM013"])
    assert negative.message.endswith("即每千人每年 -51.1 人，任何人口都达不到；疑为 -5.11‰")
