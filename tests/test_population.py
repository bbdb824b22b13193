"""NUM015: the birth, death and natural growth rates of a sentence against each other, and the counts
of births and deaths against their rates. The second fired on a published county bulletin (held-out
sweep 17a); the silent ones are sentences of published bulletins, whose figures all hold."""

import pytest

from helpers import findings, sentence_cases

FIRES = {
    "NUM015": [
        "全年出生人口3.5万人，出生率为9.28‰；死亡人口2.1万人，死亡率为5.56‰；人口自然增长率为4.74‰。",
        "全县当年出生人口 3104 人, 出生率为 7.15‰ ;死亡人口 4058 人,死亡率 4.99‰ ;人口自然增长 率 2.16‰。",
        "全年人口出生率为10.89‰，死亡率为5.87‰，人口自然增长率为6.02‰。",
        "全年出生人口36569人，出生率为10.89‰；死亡人口29710人，死亡率为5.87‰。",
        "人口出生率为6.77‰，死亡率为7.37‰，自然增长率为0.60‰。",
    ],
}

SILENT = {
    "NUM015": [
        "全年出生人口3.5万人，出生率为9.28‰；死亡人口2.1万人，死亡率为5.56‰；人口自然增长率为3.72‰。",
        "全年出生人口36569人，出生率为10.89‰；死亡人口19710人，死亡率为5.87‰；人口自然增长率为5.02‰。",
        "全区共出生2138人(其中男1104人，女1034人)，出生率8.9‰，自增率4.63‰；死亡人口1026人，死亡率4.27‰。",
        "全年出生人口956万人，人口出生率为6.77‰；死亡人口1041万人，人口死亡率为7.37‰；人口自然增长率为-0.60‰。",
        "全年出生人口0.08万人，出生率为3.23‰；死亡人口0.11万人，死亡率为4.4‰；自然增长率为-1.18‰。",  # a unit off
        "全年人口出生率为8.73‰，死亡率为9.21‰，人口自然增长率为-0.47‰。",
        "婴儿死亡率为5.6‰，孕产妇死亡率为15.5/10万，出生人口性别比为106.8。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FIRES, SILENT))
def test_population_rates(code, text, fires):
    assert any(f.rule == code for f in findings(text, [code])) == fires


def test_two_populations_is_a_warning_that_shows_both():
    (finding,) = findings("全县当年出生人口3104人，出生率为7.15‰；死亡人口4058人，死亡率4.99‰。", ["NUM015"])
    assert finding.message.startswith("出生 3104人 ÷ 7.15‰ ≈ 43.4万人，死亡 4058人 ÷ 4.99‰ ≈ 81.3万人")
    assert finding.severity.name.lower() == "warning"
    (growth,) = findings("全年人口出生率为10.89‰，死亡率为5.87‰，人口自然增长率为6.02‰。", ["NUM015"])
    assert growth.message.startswith("出生率 10.89‰ − 死亡率 5.87‰ = 5.02‰，与自然增长率 6.02‰ 不符")
    assert growth.severity.name.lower() == "error"
