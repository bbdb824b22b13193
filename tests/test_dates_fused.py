"""DAT001 widened: dates whose 月 was lost or whose year ran into the month (截至1227日, 20235月,
2022822, 2023年2023月16日), on sentences taken from or written like published 公文 (corpus 022:
截至1227日全省202个县级单位…); codes, ranges and spans of days stay silent."""

import pytest

from helpers import codes, findings, sentence_cases

POSITIVE = {
    "DAT001": [
        # corpus 022: released 2018-12-27, 截至12月27日 meant
        "截至1227日全省202个县级单位圆满完成全年残疾人“两项补贴”资金发放任务，下发资金15亿多元。",
        # ecosystem 068: 截至2月20日 meant
        "截至220日，收到市十四届人大六次会议期间由区政府会办的市人大代表建议3件。",
        "截止1130日，全县共发放临时救助金86.5万元。",
        "今年1115日，全市召开养老服务工作推进会。",
        "我局于1020日召开专题会议，研究部署困境儿童排查工作。",
        "20235月，我局印发了《困境儿童分类保障实施方案》。",
        "20196月，区民政局联合区残联开展两项补贴专项督查。",
        "我局于2022822召开专题会议，研究答复意见。",
        "2022年以来，我局持续开展关爱行动。感谢委员对民政工作的支持。\n天门市民政局\n2022822",
        "我局于2023年2023月16日召开专题会议。",
        "2022年2022月10日，县民政局组织开展养老机构安全检查。",
        "我局于2021年1015日召开专题会议。",
        # the two years of a span run together (a 妇女发展纲要 monitoring report, as a mirror site gives it)
        "国家统计局发布《中国妇女发展纲要(20112020年)》终期统计监测报告。",
        "20002015年間,我国孕产妇死亡率持续下降。",
        # a signature date under the issuing offices, its 月 and 日 lost (a 七普 bulletin)
        "现将人口普查结果公布如下。\n\n德阳市罗江区统计局\n\n德阳市罗江区第七次全国人口普查领导小组办公室\n\n2021年712\n",
    ],
}

NEGATIVE = {
    "DAT001": [
        "截至12月27日，全省202个县级单位圆满完成全年残疾人“两项补贴”资金发放任务。",
        "社会福利支出（科目编码2081107）安排资金20万元，儿童福利（2080799）安排15万元。",
        "凉民发〔2022〕87号文件明确，救助热线2033119全天开通。",
        "索引号：MB1A08302/2022-28054，联系电话：0935-2212345。",
        "2022—2023年度全县共表彰优秀儿童主任35名。",
        "2021-2023年，全县累计投入资金1200万元。",
        "整改工作应于120日内完成，逾期未完成的予以通报。",
        "养老机构应于180日以内完成消防设施改造。",
        "全年累计服务1227日，共接待群众3000余人次。",
        "截至2022年12月27日，全县共发放资金1227万元。",
        "项目编号20231015，合同金额20231015元。",
        "身份证号码为5326011985021012，联系人张某。",
        # eight digits that are no span: a code, an amount, a span backwards or of a century
        "项目编号20212030号，合同金额20212030元。",
        "图120102018年全国妇女就业人数变化。",
        "规划期为20302021年。",
        # a count after 年 in a sentence: no signature date
        "全县2021年712户家庭享受低保。",
        "全县2021年1250万元用于养老服务。",
    ],
}


@pytest.mark.parametrize("code,text,fires", sentence_cases(POSITIVE, NEGATIVE))
def test_sentence(code, text, fires):
    assert (code in codes(text, select=["DAT001"])) is fires, text


def test_month_day_message_gives_the_reading():
    (f,) = findings("截至1227日全省202个县级单位完成发放任务。", select=["DAT001"], lang="en")
    assert "12月27日" in f.message and "月 is missing" in f.message


def test_year_written_twice_is_named():
    (f,) = findings("我局于2023年2023月16日召开专题会议。", select=["DAT001"], lang="en")
    assert "2023 written again" in f.message


def test_two_readings_are_both_given():
    (f,) = findings("我局于112日召开专题会议。", select=["DAT001"])
    assert "1月12日" in f.message and "11月2日" in f.message
