"""The document against itself: a 今年 date after the document's own date (DAT003, corpus 033-2), the
成文日期 field against the signature date (DAT005, corpus 014-1), the addressee's name written
another way (CON002, corpus 003-1), and a part of a post's holders larger than all of them across
sections (CON001). Texts from or written like published replies and reports."""

import pytest

from helpers import codes, findings, sentence_cases

SIGNED_JAN = "\n鄄城县人民政府\n2026年1月27日"
SIGNED_MAR = "\n凉州区民政局\n2023年3月17日"


def reply(name, body, role="代表"):
    return f"{name}{role}：\n您提出的建议已交我们办理。现将办理情况答复如下：\n{body}\n香格里拉市民政局\n2023年6月17日"


def header(field, signed, published=None):
    published = published or field
    return (f"发布日期: | {published} | 成文日期: | {field} |\n高振明代表：\n您提出的建议收悉。现答复如下：\n"
            f"我区已组织区民政局进行调研，改建了29个社区养老服务中心。\n明山区人民政府\n{signed}")


ROSTER = "一、基本情况\n全县配备儿童主任 593 名，儿童督导员 18 名。\n二、主要做法\n"

POSITIVE = {
    "DAT003": [
        "县政府将提案办理纳入目标推进方案。今年3月28日召开的交办会议明确了责任和时限。" + SIGNED_JAN,
        "今年5月10日，我局召开了专题会议。" + SIGNED_JAN,
        "截至今年6月30日，已为265名孤儿发放基本生活费。" + SIGNED_MAR,
        "今年4月，全县已完成养老机构消防改造。" + SIGNED_MAR,
        "本年9月1日举办的培训班共培训儿童主任120人。" + SIGNED_MAR,
        "今年12月20日，我局组织了慰问活动。" + SIGNED_MAR,
        "今年7月15日已召开联席会议，研究部署相关工作。" + SIGNED_MAR,
        "今年8月举办的养老护理员技能大赛已圆满结束。" + SIGNED_MAR,
        "截至今年10月底，全县已建成村级互助幸福院46个。" + SIGNED_MAR,
        "今年11月3日举行的签约仪式上，我局签订了合作协议。" + SIGNED_MAR,
    ],
    "DAT005": [
        header("2019-11-21", "2019年11月14日"),
        header("2019-11-21", "2019年11月20日"),
        header("2020-03-02", "2020年2月28日"),
        header("2022-06-15", "2022年5月15日"),
        header("2021-12-30", "2020年12月30日"),
        header("2023-08-01", "2023年7月31日"),
        header("2018-01-05", "2017年12月29日"),
        header("2023年6月17日", "2023年6月18日"),
        header("2024-02-29", "2024年2月28日"),
        header("2019-11-21", "2019年11月12日", published="2019-11-25"),
        # a 发文日期 before the signature: issued before it was signed, whatever the field means
        ("发布机构: | 区教育局 | 发文日期: | 2023-07-18 |\n姜欣代表：\n你提出的建议悉。现答复如下：\n区政府高度重视学前教育。\n衢州市衢江区教育局\n2023年8月10日"),
    ],
    "CON002": [
        reply("和玉龙", "2、监狱何玉龙代表提出完善仓觉村村民小组集体公墓的建议，我局将认真采纳。"),
        reply("何玉龙", "和玉龙代表提出的建议很有针对性。"),
        reply("王晓明", "王小明委员提出的关于加强养老服务的提案，我局高度重视。", role="委员"),
        reply("张建国", "感谢张建军代表对民政工作的关心和支持。"),
        reply("李红梅", "李洪梅代表的建议已列入我局年度重点工作。"),
        reply("赵志刚", "针对赵志钢代表提出的问题，我局进行了专题调研。"),
        reply("刘德华", "刘得华委员关心的殡葬改革工作正在推进。", role="委员"),
        reply("陈立新", "陈丽新代表建议加快建设社区养老服务中心。"),
        reply("杨光明", "杨广明代表提出的建议，我局已会同相关部门研究办理。"),
        reply("周文斌", "周文彬代表所提建议符合推进殡葬改革政策。"),
    ],
    "CON001": [
        ROSTER + "为 603 名儿童主任发放上岗证书并开展培训。",
        ROSTER + "组织 600 名儿童主任参加业务培训。",
        ROSTER + "表彰优秀儿童主任 612 名。",
        ROSTER + "为 20 名儿童督导员开展专题培训。",
        ROSTER + "其中专职儿童主任 620 名。",
        "全区现有儿童督导员 12 名。\n\n组织 15 名儿童督导员参加省级培训。",
        "全市共有爱心妈妈 300 名。\n\n表彰优秀爱心妈妈 320 名。",
        ROSTER + "593 名儿童主任中，兼职儿童主任 600 名。",
        ROSTER + "部分儿童主任共 650 名参与了走访。",
        "全镇配备儿童主任 45 名。\n\n为 46 名儿童主任开展培训。",
    ],
}

NEGATIVE = {
    "DAT003": [
        "今年1月10日，我局召开了专题会议。" + SIGNED_JAN,
        "计划于今年3月28日召开交办会议。" + SIGNED_JAN,
        "将于今年3月28日召开的交办会议要明确责任。" + SIGNED_JAN,
        "力争今年6月底前完成改造。" + SIGNED_MAR,
        "今年3月1日，我局召开了专题会议。" + SIGNED_MAR,
        "去年5月10日，我局召开了专题会议。" + SIGNED_JAN,
        "3月28日召开的交办会议明确了责任和时限。" + SIGNED_JAN,
        "今年3月28日召开的交办会议明确了责任和时限。",
        "定于今年4月召开的联席会议要提前准备。" + SIGNED_MAR,
        "今年12月底前，全县要建成村级互助幸福院46个。" + SIGNED_MAR,
    ],
    "DAT005": [
        header("2019-11-21", "2019年11月21日"),
        header("2019-11-21", "2019年11月21日", published="2019-11-25"),
        header("2020-03-02", "2020年3月2日"),
        header("2023年6月17日", "2023年6月17日"),
        # the publishing date is not the 成文日期
        ("发布日期: | 2019-11-25 |\n高振明代表：\n您提出的建议收悉。现答复如下：\n我区已组织调研。\n明山区人民政府\n2019年11月14日"),
        # a 发文日期 after the signature: the day a portal published the reply (a 教育局's reply)
        ("发布机构: | 区教育局 | 发文日期: | 2023-12-18 |\n姜欣代表：\n你提出的建议悉。现答复如下：\n区政府高度重视学前教育。\n衢州市衢江区教育局\n2023年8月10日"),
        # no signature date under the body
        ("成文日期: | 2019-11-21 |\n高振明代表：\n您提出的建议收悉。现答复如下：\n我区已组织调研。\n明山区人民政府"),
        # the 成文日期 field without a full date
        header("2019年11月", "2019年11月14日"),
        # a date in the body, not under the signature
        ("成文日期: 2019-11-21\n高振明代表：\n2019年11月14日，我区召开会议。现答复如下：\n我区已组织调研。\n明山区人民政府\n2019年11月21日"),
        header("2024-02-29", "2024年2月29日"),
        header("2018-01-05", "2018年1月5日"),
    ],
    "CON002": [
        reply("和玉龙", "和玉龙代表提出的建议，我局将认真采纳。"),
        reply("和玉龙", "我局联系了各位代表，与全体代表和人大代表进行了沟通。"),
        reply("和玉龙", "经村民委员会讨论，和玉龙代表的建议已落实。"),
        reply("王晓明", "本届政协委员共提出提案96件，县政协委员会高度重视。", role="委员"),
        reply("张建国", "张建国、张建军等代表联名提出的建议已办结。"),
        # two persons addressed: both names are the reply's own
        "张建国代表、张建军代表：\n你们提出的建议已交我们办理。张建军代表关心的问题已解决。\n某市民政局\n2023年6月17日",
        reply("李红梅", "李红梅代表建议加快建设社区养老服务中心，县人大代表也多次提出。"),
        # a two-character name is not compared
        "王刚代表：\n您提出的建议已交我们办理。王钢代表的建议另行答复。\n某市民政局\n2023年6月17日",
        reply("周文斌", "市人大代表、县人大代表和政协委员共同参与了调研。"),
        # no addressee line
        "市民政局关于和玉龙代表建议的答复。何玉龙代表提出的建议我局已办理。",
    ],
    "CON001": [
        ROSTER + "为 580 名儿童主任发放上岗证书并开展培训。",
        ROSTER + "组织 593 名儿童主任参加业务培训。",
        ROSTER + "表彰优秀儿童主任 50 名。",
        ROSTER + "累计培训儿童主任 1200 人次。",
        ROSTER + "清退不合格儿童主任 620 名。",
        "2021年全县配备儿童主任 593 名。\n\n2023年为 603 名儿童主任开展培训。",
        ROSTER + "每个村配备 1 名儿童主任。",
        "全区现有儿童督导员 12 名。\n\n组织 10 名儿童督导员参加省级培训。",
        "A镇配备儿童主任 12 名。\n\nB镇为 15 名儿童主任开展培训。",
        ROSTER + "先后组织 3 期培训，培训儿童主任 900 名。",
    ],
}


@pytest.mark.parametrize("code,text,fires", sentence_cases(POSITIVE, NEGATIVE))
def test_sentence(code, text, fires):
    assert (code in codes(text, select=[code])) is fires, text


def test_this_year_is_read_in_the_documents_year():
    (f,) = findings(POSITIVE["DAT003"][0], select=["DAT003"])
    assert "2026年3月28日" in f.message and f.severity.name == "WARNING"


def test_field_and_signature_are_both_named():
    (f,) = findings(header("2019-11-21", "2019年11月14日"), select=["DAT005"])
    assert "2019年11月14日" in f.message and "2019-11-21" in f.message


def test_name_variant_points_to_the_addressee():
    (f,) = findings(POSITIVE["CON002"][0], select=["CON002"])
    assert "何玉龙代表" in f.message and "和玉龙代表" in f.message


def test_part_exceeding_whole_names_both():
    (f,) = findings(POSITIVE["CON001"][0], select=["CON001"], lang="en")
    assert "603" in f.message and "593" in f.message and "line 2" in f.message
