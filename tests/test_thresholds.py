"""CON003: one figure as the bound of both a 以上 and a 以下 tier. 以上 and 以下 include the number
itself, so the tiers overlap at it. The firing texts follow the tiers of published notices (the
labelled corpus, 008: 公墓 by village size); the silent ones bound one tier with 不满/低于/超过,
use different figures or units, or are the penalty ranges of a statute."""

import pytest

from helpers import codes, findings

OVERLAPPING = [
    "人口规模在1000人以上的村(社区)可以单独建设村级公益性公墓。人口规模在1000人以下的村(社区),原则上不允许再单独申请建设村级公墓。",
    "60周岁以上的老年人享受免费乘车。60周岁以下的残疾人凭证享受半价优惠。",
    "年销售额500万元以上的企业由市局负责监管;年销售额500万元以下的企业由县局负责监管。",
    "建筑面积200平方米以上的项目需报市级审批,200平方米以下的项目由县级审批。",
    "存栏500头以上的规模养殖场纳入重点监管,500头以下的养殖户由乡镇负责巡查。",
    "家庭人口3人以上的,每月补助300元;家庭人口3人以下的,每月补助200元。",
    "流转土地10亩以上的种植大户给予奖补,10亩以下的不予奖补。",
    "总投资100万元以上的项目由市发展改革委审批,100万元以下的项目由县发展改革局审批。",
    "对80周岁及以上老年人发放高龄津贴;80周岁以下的不在发放范围。",
    "常住人口1万人以上的乡镇设立便民服务中心,1万人以下的乡镇设立便民服务站。",
]

SILENT = [
    "人口规模在1000人以上的村(社区)可以单独建设村级公益性公墓。人口规模不满1000人的村(社区),原则上不允许再单独申请建设村级公墓。",
    "对情节严重的,处3年以上7年以下有期徒刑;情节较轻的,处3年以下有期徒刑或者拘役。",
    "违反本条例规定的,由主管部门责令改正,处1000元以上5000元以下罚款;情节轻微的,处1000元以下罚款。",
    "60周岁以上的老年人享受免费乘车。未满60周岁的残疾人凭证享受半价优惠。",
    "年销售额500万元以上的企业由市局负责监管;年销售额低于500万元的企业由县局负责监管。",
    "全县共有50人以上的企业126家。",
    "总投资100万元以上的项目由市审批,200万元以下的项目备案即可。",
    "家庭人口3人以上的,每月补助300元;承包土地3亩以下的,每亩补助50元。",
    "流转土地10亩以上的种植大户给予奖补,不足10亩的不予奖补。",
    "单笔5000元以上的支出须经集体研究,5000万元以下的项目由县级审批。",
    "工作年限满5年以上、10年以下的,每月补贴200元;超过10年的,每月补贴300元。",
    # a bound the text itself leaves out, in brackets (a city bulletin)
    "16周岁以上至60周岁以下(不含60周岁)的劳动年龄人口280.61万人;60周岁及以上人口58.31万人。",
]


@pytest.mark.parametrize("text", OVERLAPPING)
def test_tiers_that_share_their_bound_are_found(text):
    assert codes(text).count("CON003") == 1


@pytest.mark.parametrize("text", SILENT)
def test_tiers_that_do_not_overlap_stay_silent(text):
    assert "CON003" not in codes(text)


def test_the_message_names_the_bound_and_points_to_the_other_tier():
    (found,) = findings(OVERLAPPING[0], select=["CON003"], lang="en")
    assert found.message.startswith("“1000人以上” and “1000人以下” both include 1000人")
    assert found.severity.name == "WARNING" and found.related


def test_the_message_quotes_the_bounds_as_written():
    # a hotline report (held out): 及以上 beside 以下, quoted so
    (found,) = findings("平均办结时长2日及以上单位20家,平均办结时长2日以下单位22家。", ["CON003"])
    assert "“2日及以上”与“2日以下”" in found.message
