"""NUM011: a compound unit (元/人·月) written out of order (元人/.月) in a document that writes the
same characters in a well-formed order elsewhere. Sentences in the style of 社会救助 disclosures."""

import pytest

from helpers import findings, sentence_cases

FIRES = {
    "NUM011": [
        "城市低保平均保障标准569元人/.月，平均补助水平389元/人.月。",
        "平均补助水平389元/人.月；全省平均保障标准569元人/.月。",
        "农村低保平均保障标准3712元人/.年，平均补助水平2592元/人.年。",
        "集中供养标准716元/人·月，分散供养标准683元人/·月。",
        "临时救助平均救助水平952元/人.次，医疗救助平均水平1200元人/.次。",
        "城市低保标准每人每月600元，即600元/人.月；农村低保标准400元人./月。",
        "孤儿基本生活保障标准1400元/人·月，事实无人抚养儿童1400元/·人月。",
        "护理补贴标准100元／人．月，残疾人生活补贴80元人／．月。",
    ],
}

SILENT = {
    "NUM011": [
        "城市低保平均保障标准569元/人.月，平均补助水平389元/人.月。",
        "城市低保平均保障标准569元人/.月。",  # nothing in the text says how the unit is meant
        "集中供养标准716元/人·月，分散供养标准683元/月·人。",  # both orders are units
        "临时救助平均救助水平952元/人.次，低保平均补助水平389元/人.月。",
        "农村低保标准3712元/人.年，城市低保标准569元/人.月。",
        "2019/2020学年资助学生1200人次，发放资助资金360万元。",
        "平均保障标准569元/人.月。平均补助水平389元/人.",  # a full stop after the unit
        "平均保障标准569元/人月，平均补助水平389元/人.月。",
        "全年救助1200人/次，发放资金36万元/年。",
        "详见http://www.mca.gov.cn/article/sj/，数据截至2019年6月底。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FIRES, SILENT))
def test_garbled_compound_unit(code, text, fires):
    assert any(f.rule == code for f in findings(text, [code])) == fires


def test_the_message_quotes_the_documents_own_spelling():
    (finding,) = findings("平均补助水平389元/人.月；全省平均保障标准569元人/.月。", ["NUM011"])
    assert "569元人/.月" in finding.message and "“元/人.月”" in finding.message
    assert finding.severity.name.lower() == "warning"
    (english,) = findings("平均补助水平389元/人.月；全省平均保障标准569元人/.月。", ["NUM011"], lang="en")
    assert "elsewhere the document writes 元/人.月" in english.message
