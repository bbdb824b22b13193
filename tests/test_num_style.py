"""NUM005 (fractional count) and NUM006 (余/多 after a precise number)."""

import pytest

from helpers import codes, findings, sentence_cases

POSITIVE = {
    "NUM005": [
        "累计发放越冬燃煤6697.1吨，棉衣棉被等各类取暖物资6.67件(套)。",
        "今年新增镇（街道）儿童督导员3.5人。",
        "累计走访困难家庭100.5户，发放慰问金15.56万元。",
        "开展心理健康测评2.5场次，覆盖学生24120人。",
        "建成儿童之家12.5个，实现村级全覆盖。",
    ],
    "NUM006": [
        "全年印发 11 余件关于未成年人保护工作文件。",
        "共计捐赠15余万元助力困难群体。",
        "组织开展心理健康宣传月活动2次46余所学校。",
        "参与志愿服务的爱心人士达125多人。",
        "累计发放临时救助金1.5余万元。",
        "开展政策宣讲活动23余场次。",
        "累计捐赠 15 余万元。",
    ],
}

NEGATIVE = {
    "NUM005": [
        # a census bulletin: the average compared with the last census's
        "全区常住人口中共有家庭户172869户，平均每个家庭户的人口为2.90人，比2010年第六次全国人口普查的3.33人减少0.43人。",
        "发放棉衣棉被等各类取暖物资6.67万件(套)。",
        "累计发放越冬燃煤6697.1吨。",
        "全县农村家庭户均2.5人。",
        "每千名老年人拥有养老床位35.5张。",
        "审批时限由3个工作日缩短至0.5个工作日。",
        "依据《办法》第3.2条规定执行。",
        "累计救助城乡困难群众17.5万人次。",
        "全县乡镇民政专干平均2.5人，低保对象发病率为3.5例。",
        "按照《养老机构服务安全基本规范》4.2条执行。",
        # a 发改 report, as published: 4.9个亿 is spoken for 4.9亿元
        "预计一季度完成固定资产投资4.9个亿，同比增长28%。",
        # a 卫健 bulletin, as published: rates per thousand people
        "全区每千常住人口执业(助理)医师数、注册护士数分别为5.87人、8.12人。",
    ],
    "NUM006": [
        "已接假发订单 300 余单，纳鞋底订单 1300 余单。",
        "共计捐赠10余万元助力困难群体。",
        "录入新中国成立以来婚姻电子档案3.8万余份。",
        "参与活动的群众有50多人。",
        "截至目前，已开展走访探视 9 次，探访儿童 7800 余名。",
        "项目已持续实施2年多，累计投入15万余元。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(POSITIVE, NEGATIVE))
def test_sentence(code, text, fires):
    assert (code in codes(text, select=[code])) == fires


def test_fractional_count_spans_the_figure():
    text = "棉衣棉被等各类取暖物资6.67件(套)。"
    [finding] = findings(text, select=["NUM005"])
    assert finding.column == text.index("6.67") + 1
    assert finding.end_column == text.index("(") + 1
    assert "6.67件" in finding.message


@pytest.mark.parametrize("text", ["共计捐赠15余万元助力困难群体。", "共计捐赠 15 余万元助力困难群体。"])
def test_yu_before_multiplier_suggests_the_right_order(text):
    [finding] = findings(text, select=["NUM006"], lang="en")
    assert "write 15万余元" in finding.message


def test_yu_after_precise_number_suggests_exact_or_round():
    [finding] = findings("全年印发 11 余件关于未成年人保护工作文件。", select=["NUM006"], lang="en")
    assert "expected 11件 if exact, or 10余件" in finding.message


@pytest.mark.parametrize(
    "text, fires",
    [
        # a 残联 page (held out, as published): every share lost its %
        ("全县有持证残疾人3718人,分别为肢体残疾2156人,占总数的60,精神残疾389人,占总数的13.4,听力言语残疾454人。", True),
        ("我国各类残疾人共计有6400万,约占总人口的5,平均每5个家庭中就有一个家庭有残疾人。", True),
        # a share with its sign, an area, and a ratio of three (a county bulletin, as published)
        ("全县有持证残疾人3718人,其中肢体残疾2156人,占总数的58%。", False),
        ("项目占地的60亩已全部完成征收。", False),
        ("一、二、三产业增加值占地区生产总值的比重由上年的12.8:41.2:46调整为11.6:42.7:45.7,产业结构进一步优化。", False),
    ],
)
def test_a_share_whose_percent_sign_was_lost(text, fires):
    assert ("NUM017" in codes(text, ["NUM017"])) == fires
