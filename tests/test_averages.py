"""NUM002: an average (人均, 户均) stated after the total and the count it divides, in the order
reports use (发放…万元，救助…户，户均…元): the total over the count must give the average, within
the rounding of every stated digit."""

import pytest

from helpers import findings, sentence_cases

FIRES = {
    "NUM002": [
        "全年发放临时救助金52万元，救助困难家庭320户，户均1500元。",
        "全年共救助困难群众2000人，发放救助金200万元，人均救助800元。",
        "春节期间为1690名农村五保对象发放一次性生活补贴38万元，人均发放300元。",
        "为243户农村低保特困家庭发放救助金12.72万元，户均补助623元。",
        "共发放医疗救助金652.45万元，救助困难群众23445人，人均救助328.05元。",
        "发放一次性生活补贴629万元，惠及困难群众13690户，户均补贴560元。",
        "全年为856名困难残疾人发放生活补贴61.63万元，人均820元。",
        "对187户受灾群众发放救灾资金35.6万元，户均发放1500元。",
        "为65名孤儿发放助学金13万元，人均2500元。",
        "为3200名高龄老人发放高龄津贴96万元，人均发放350元。",
        "全县发放特困人员救助供养金1080万元，供养特困人员3600人，人均救助3500元。",
    ],
}

SILENT = {
    "NUM002": [
        "全年发放临时救助金52万元，救助困难家庭320户，户均1625元。",
        "全年共救助困难群众2000人，发放救助金200万元，人均救助1000元。",
        "春节期间为1690名农村五保对象发放一次性生活补贴38万元，人均发放225元。",
        "为243户农村低保特困家庭发放救助金12.72万元，户均补助523元。",  # 523.46, cut at the unit
        "全年发放临时救助金52万元，救助困难家庭320户，户均1600元。",  # 1625 rounded to hundreds
        "全年发放临时救助金52万元，其中救助困难家庭320户，户均1500元。",  # a part of the amount
        "城镇医疗救助23445人次，累计支出医疗救助金652.45万元，年人均救助水平达到328.05元。",  # 人次, not people
        "发放低保金71.71万元，保障118人，人均月补助506.4元。",  # monthly: counts change month by month
        "全年发放救助金200万元，救助困难群众2000人、困难家庭800户，户均2500元。",
        "全县农业人口12万人，农村经济总收入5.2亿元，农民人均纯收入8500元。",  # not an amount paid out
        "发放救助金200万元，比上年增加40万元，救助困难群众2000人，人均1000元。",
        "全年发放临时救助金约52万元，救助困难家庭320户，户均1500元。",  # a blurred total
        "为1200名老人人均发放300元，共计36万元。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FIRES, SILENT))
def test_average_of_a_stated_total(code, text, fires):
    assert any(f.rule == code for f in findings(text, [code])) == fires


def test_the_message_shows_the_division_and_is_a_warning():
    (finding,) = findings("全年发放临时救助金52万元，救助困难家庭320户，户均1500元。", ["NUM002"])
    assert "52万元 ÷ 320户 = 1625元" in finding.message and "1500元" in finding.message
    assert finding.severity.name.lower() == "warning"
    (english,) = findings("全年发放临时救助金52万元，救助困难家庭320户，户均1500元。", ["NUM002"], lang="en")
    assert "52万元 / 320户 = 1625元, but the stated average is 1500元" in english.message
