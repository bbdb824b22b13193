"""WRD001 (截止/截至) and WRD002 (代表/委员), on sentences written like the sample documents."""

import pytest

from helpers import codes, findings, sentence_cases

REPLY_TO_MEMBER = "邓文娟、吴倩委员：\n\n您提出的市政协九届一次会议第103号提案收悉，现答复如下。\n\n"
REPLY_TO_DEPUTY = "张建国代表：\n\n您在市十七届人大二次会议上提出的第12号建议收悉，现答复如下。\n\n"

POSITIVE = {
    "WRD001": [
        "截止6月底，全市摸排录入流动儿童13269人。",
        "截止目前，已开展走访探视 9 次，探访儿童 7800 余名。",
        "截止2023年底，全州共有城乡低保对象2.1万人。",
        "据统计，截止 2024 年 12 月 31 日，累计发放补贴 426.12 万元。",
        "全面完成提标工作。截止今年上半年，共保障特困人员2315人。",
        "截止十月底，全县已建成儿童之家92个。",
        # a news item of a county, as published: after the reporter's byline in brackets
        "本报讯(通讯员 文发勇) 截止11月29日，全县累计发放救助金120万元。",
    ],
    "WRD002": [
        REPLY_TO_MEMBER + "感谢代表一如既往对民政工作的支持与关注。",
        "尊敬的宋丽委员：\n\n您提出的关于关爱困境儿童工作的提案收悉。\n\n衷心感谢各位代表对民政工作的关心。",
        REPLY_TO_DEPUTY + "感谢委员对民政工作的关心和支持。",
        REPLY_TO_MEMBER + "感谢人大代表对我们工作的关心。",
        REPLY_TO_DEPUTY + "再次感谢尊敬的委员对我们工作的理解！",
        (REPLY_TO_MEMBER + "感谢代表一如既往对民政工作的支持与关注。").replace("\n", "\r\n"),
        REPLY_TO_MEMBER + "吴倩代表提出的意见我们将认真吸纳。",
    ],
}

NEGATIVE = {
    "WRD001": [
        "截至 12 月，累计为 265 名孤儿发放生活费 360.26 万元。",
        "本次申报的截止日期为6月30日。",
        "截止到6月底，全市共摸排流动儿童13269人。",
        "报名截止后不再受理，逾期视为放弃。",
        "申报工作于3月31日截止。",
        "项目申报截止时间为2024年5月20日。",
        "申报材料（含电子版）截止日期为2024年5月20日。",
    ],
    "WRD002": [
        REPLY_TO_MEMBER + "感谢您对民政工作的支持与关注。",
        REPLY_TO_MEMBER + "我代表市民政局，感谢委员对民政工作的关心。",
        "感谢代表一如既往对民政工作的支持与关注。",  # no addressee line
        REPLY_TO_MEMBER + "感谢上海市慈善基金会长宁区代表处的大力支持。",
        "各位代表、委员：\n\n关于政协提案和人大建议办理情况报告如下。\n\n感谢代表们的关心。",
        REPLY_TO_MEMBER + "感谢您代表广大群众提出宝贵意见。",
        REPLY_TO_DEPUTY + "感谢代表对民政工作的支持，请市政协委员会予以指导。",
        REPLY_TO_DEPUTY + "感谢各位代表、委员长期以来对民政工作的关心。",
        "各位委员：\n\n市政协十届四次会议今天开幕。\n\n感谢市人大代表对政协工作的支持。",
        REPLY_TO_MEMBER + "吴倩委员提出的意见我们将认真吸纳。",
        REPLY_TO_MEMBER + "调研中，吴倩代表民主党派发言。",
        REPLY_TO_MEMBER + "感谢您和市人大代表们对民政工作的关心。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(POSITIVE, NEGATIVE))
def test_sentence(code, text, fires):
    assert (code in codes(text, select=[code])) == fires


def test_jiezhi_points_at_the_word_and_quotes_the_time():
    [finding] = findings("今年以来，工作有序推进。截止 6 月底，全市摸排录入流动儿童 13269 人。", select=["WRD001"])
    assert finding.column == len("今年以来，工作有序推进。") + 1
    assert finding.end_column == finding.column + 2
    assert "截止 6 月底" in finding.message and "截至" in finding.message


def test_title_finding_cites_the_addressee_line():
    [finding] = findings(REPLY_TO_MEMBER + "感谢代表一如既往对民政工作的支持与关注。", select=["WRD002"])
    assert (finding.line, finding.column) == (5, 3)
    assert "邓文娟、吴倩委员" in finding.message
    assert finding.related[0].line == 1


def test_a_member_named_with_the_other_title():
    [finding] = findings(REPLY_TO_MEMBER + "吴倩代表提出的意见我们将认真吸纳。", select=["WRD002"], lang="en")
    assert finding.message.startswith("吴倩代表: expected 委员, as the reply is addressed (line 1: 邓文娟、吴倩委员：)")
