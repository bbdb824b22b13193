"""NUM012: a head count far too large for what it counts: two figures run together when the unit or
mark between them was lost (1052户1989人 → 10521989人), or digits typed twice. Sentences in the style of
township reports and statistical bulletins; the first two fired on published documents."""

import pytest

from helpers import findings, sentence_cases

FIRES = {
    "NUM012": [
        "全镇80岁以上老人2794人。第三季度新增低保对象1932人，现有农村低保对象10521989人。",
        "工程建成后能满足辖区内6个村民小组3638289人及420头大牲畜的饮水需求。",
        "全乡共有留守儿童312人，其中农村留守儿童2981人；特困供养人员1564人，困境儿童5980127人。",
        "为3个村4521873人发放救灾物资。",
        "全年救助困难群众1260人次，临时救助困难家庭312户，救助流浪乞讨人员5624381人。",
        "新增就业1205人，城镇登记失业人员825人，农村劳动力转移就业2563124人。",
        "本社区12个居民小组共有1231204人。",
        "全县农村低保对象412人，其中本季度新增保障对象12352316人。",
        "全镇低保户245户，低保对象1865423人。",
        "2个自然村1024人，另5个自然村2035680人。",
    ],
}

SILENT = {
    "NUM012": [
        "全镇80岁以上老人2794人。第三季度新增低保对象1932人，现有农村低保对象1052户1989人。",
        "年末全市常住人口3365597人，比上年末增加36569人，其中城镇人口1893240人。",
        "全省参加城乡居民基本养老保险2365.8万人，领取待遇人数785.2万人。",
        "全省常住人口4563.2万人，出生人口35.2万人，死亡人口32.1万人。",
        "全年接待游客1235642人次，实现旅游收入12.3亿元。",  # 人次 of visits
        "全市户籍人口1523641人，其中男性778452人，女性745189人。",
        "全国共有城乡低保对象4000余万人。",
        "辖区内6个村民小组3638户8289人及420头大牲畜的饮水需求得到解决。",
        "全县总人口约1250000人。",  # blurred
        "全区有一百二十五万三千人参加医保。",  # Chinese numerals
        "全市常住人口1253462人；其中农村留守儿童2981人，困境儿童1120人，城镇人口702563人。",
        "全县户籍人口1203456人。全年新增就业825人，救助困难群众1260人次。",  # a population
        "全区参加城乡居民医保1123456人，全年救助困难群众1260人。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FIRES, SILENT))
def test_count_out_of_scale(code, text, fires):
    assert any(f.rule == code for f in findings(text, [code])) == fires


def test_the_message_names_the_largest_other_count_or_the_places():
    (finding,) = findings("全镇80岁以上老人2794人。第三季度新增低保对象1932人，现有农村低保对象10521989人。", ["NUM012"])
    assert finding.message.startswith("10521989人：是本文其他人数、户数中最大者（2794人）的 3765 倍以上")
    assert finding.severity.name.lower() == "warning"
    (places,) = findings("工程建成后能满足辖区内6个村民小组3638289人及420头大牲畜的饮水需求。", ["NUM012"], lang="en")
    assert places.message.startswith("3638289人: 6个村民小组 cannot hold a million people")
