"""NUM003 on a list of counts with their shares that names no base in its sentence: the list is of
the total stated before it that most of its shares fit, and a share that fits no total stated
before the list (nor the list's sum) is a warning. The texts are published (held-out samples of
proposal reports and a 扶贫 report) or faithful to them; each firing one changes one figure."""

import pytest

from helpers import findings

# Published, consistent: every share is its count over the total stated before the list.
CONSISTENT = [
    "截至2021年1月25日18时，共收到提案979件。经审查，立案的提案876件，转为意见和建议的提案103件。\n"
    "在立案的提案中，经济建设方面330件，占37.7%；政治建设方面27件，占3.1%；文化建设方面80件，占9.1%；社会建设方面374件，占42.7%；生态文明建设方面65件，占7.4%。",
    "省政协共收到提案1237件，提案经审查立案1018件，全部办复。\n"
    "其中，提案所提问题已经得到解决或采纳落实的342件，占33.6%；被纳入各类规划、计划或转化为政策正在组织实施的590件，占58%；因条件所限未能采纳或留作参考的86件，占8.4%。",
    "交由区人民政府研究办理的代表建议共269件。列为A类的110件，占承办件总数的40.9%；列为B类的52件，占承办件总数的19.3%；列为C类的107件，占承办件总数的39.8%。",
    # the one share that misses the list's total (15/205 = 7.3%) fits another total stated before it: 15/223 = 6.7%
    "区政协五届三次会议共收到提案223件，经审查立案205件，并案6件，不予立案12件。\n"
    "按提案类别分，有关G60科创走廊建设的提案25件，占12.2%；有关国家新型城镇化综合试点的提案15件，占7.3%；有关人文松江和全域旅游发展的提案24件，"
    "占11.7%；有关生态环境保护和城市治理的提案40件，占19.5%；有关民生保障和服务的提案64件，占31.2%；有关营商环境优化的提案11件，占5.4%。",
    # a truncated share fits: 29/838 = 3.46% stated 3.4%
    "经审查，立案838件。\n经济建设方面275件，占32.8%；政治建设方面91件，占10.9%；文化建设方面103件，占12.3%；社会建设方面239件，占28.5%；生态文明建设方面101件，占12.1%；其他方面29件，占3.4%。",
    # two of three is no majority of a list of four
    "共收到提案300件。\n经济方面的60件，占20%；社会方面的90件，占30%；文化方面的40件，占10%；其他方面的30件，占7%。",
]

# Published as they stand (the first two), or the lists above with one count changed.
WRONG = [
    ("区人大交由区人民政府研究办理的代表建议共269件(含闭会期间5件)。列为A类，正在解决或基本解决的代表建议109件，占承办件总数的40.9%；"
     "列为B类，已列入计划准备解决的代表建议52件，占承办件总数的19.3%；列为C类，因条件限制或其它原因暂时未能解决的代表建议107件，占承办件总数的39.8%。",
     "109件 / 269件 = 40.5%，文中为 40.9%"),
    ("我镇组织全体镇村干部精准识别贫困户，共核实建档立卡贫困户1139户2631人。\n"
     "当前我镇因病致贫755户占66.3%，因学致贫20户占1.76%，因无劳动力致贫234户占20.6%，因残致贫130户占11.4%，致贫原因多种复杂。",
     "234户 / 1139户 = 20.5%，文中为 20.6%"),
    (CONSISTENT[0].replace("文化建设方面80件", "文化建设方面86件"), "86件 / 876件 = 9.8%，文中为 9.1%"),
    (CONSISTENT[1].replace("的86件", "的68件"), "68件 / 1018件 = 6.7%，文中为 8.4%"),
    (CONSISTENT[4].replace("社会建设方面239件", "社会建设方面293件"), "293件 / 838件 = 35.0%，文中为 28.5%"),
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_a_list_whose_shares_fit_a_stated_total_stays_silent(text):
    assert [f for f in findings(text, select=["NUM003"])] == []


@pytest.mark.parametrize("text, said", WRONG)
def test_a_share_that_fits_no_total_stated_is_found_against_the_one_its_list_fits(text, said):
    found = findings(text, select=["NUM003"])
    assert len(found) == 1
    assert found[0].message.startswith(said)
    assert str(found[0].severity) == "warning"
    assert [r.message for r in found[0].related][0].startswith("此处写出总数")


def test_whole_percentages_need_three_shares_to_fix_the_total():
    # 20% and 30% of 300 fit, 10% does not: two whole percentages leave the total loose (no finding)
    text = "共收到提案300件。\n经济方面的60件，占20%；社会方面的90件，占30%；文化方面的40件，占10%。"
    assert findings(text, select=["NUM003"]) == []
    # with a decimal place two shares pin the total down: 40/300 = 13.3%, not 10.0%
    text = "共收到提案300件。\n经济方面的60件，占20.0%；社会方面的90件，占30.0%；文化方面的40件，占10.0%。"
    assert [f.message.split("；")[0] for f in findings(text, select=["NUM003"])] == ["40件 / 300件 = 13.3%，文中为 10.0%"]


def test_a_share_of_another_total_than_the_rest_of_its_list_is_a_warning():
    # a district's 提案 report, as published: five shares are of the 205 filed, 15/223 = 6.7% of those received
    text = CONSISTENT[3].replace("占7.3%", "占6.7%")
    (found,) = findings(text, select=["NUM003"])
    assert found.message.startswith("15件 / 205件 = 7.3%，文中为 6.7%") and "以 223件 为基数" in found.message
    assert str(found.severity) == "warning"
