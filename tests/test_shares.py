"""Shares of a stated base (NUM003) and shares of one complete classification (NUM008), on
sentences of published documents (government sites, gazetteers, news reports on 提案 handling).

Sentences marked "faithful" are real sentences with one figure changed to the error the rule is
for (published documents rarely carry it); the others are as published (traditional characters
converted, spacing normalised)."""

import pytest

from helpers import codes, findings, sentence_cases

# --- NUM003: shares of a base stated earlier in the paragraph, 比例, a rate's base after it -------

SHARE_FIRES = [
    # corpus 035: 20/71 = 28.2% and 37/71 = 52.1% (nor of 77)
    "2007年，提案委员会共收到提案77件，立案71件。其中，区各民主党派和工商联提案9件，委员提案62件。至年底全部办复完毕。提案所提问题已经解决或基本解决的20件，占29.8%。",
    "2007年，提案委员会共收到提案77件，立案71件。至年底全部办复完毕。正在解决或列入计划准备解决的37件，占55.2%。",
    # corpus 039: 1248/4610 = 27.07%
    "全区共有养老机构22家（公办7家，社会办6家，公建民营9家），拥有养老总床位4610张，每千名老人拥有床位45.27张。其中护理型床位1248张，护理型床位比例达到30.96%。",
    # the example: 256/400 = 64%
    "覆盖行政村256个，覆盖率为60%（全市共有行政村400个）。",
    # faithful: 22/92 = 23.91%, changed to 28.91%
    "交由市政府办理的提案共92件，其中集体提案25件，委员个人和联名提案67件。从办理情况来看，已经解决或基本解决的（A类）22件，占承办提案总数的28.91%。",
    # faithful: 4531/5002 = 90.6%, changed to 93.6%
    "经审查，立案5002件，并案262件，转为意见和建议626件。立案提案中，委员提案4531件，占93.6%。",
    # faithful: 564/801 = 70.41%, changed to 74.41%
    "市政协十一届三次会议以来，共收到提案835件，其中交由市政府及有关部门和单位办理的801件。据悉，801件提案中，已经解决或采纳的提案564件，占74.41%。",
    # faithful: 26/89 = 29.21%, changed to 32.21%
    "州政协共收到以提案形式的意见建议93件，经审查立案89件。截至去年12月，全部提案已办理完毕。已经解决或基本解决的26件，占总数的32.21%。",
    # faithful: 128/135 = 94.8%, changed to 90%
    "截止2018年2月2日10时，大会提案组共收到提案135件，经审查立案128件，占提案总数的90%。",
    # faithful: 4049/4438 = 91.23%, changed to 81.23%
    "经审查，立案4438件，合并处理88件。在立案提案中，委员提案4049件，占81.23%；集体提案389件，占8.77%。",
    # faithful: 62/86 = 72.1%, changed to 75.1%
    "大会共收到提案86件。经提案审查委员会审查，确定立案62件（并案8件），占提案总数的75.1%。",
    # faithful: 1405/4526 = 31.04%, changed to 35.04%
    "经审查，立案4526件。有关教科文卫体方面的提案有1405件，占35.04%。",
    # faithful: a census bulletin, 53403 of the 579101 = 9.22%, changed to 12.22%
    "全区常住人口中，0-14岁人口为117917人，占20.36%；15-59岁人口为382818人，占66.11%；60岁及以上人口为78366人，占13.53%，其中65岁及以上人口为53403人，占12.22%。",
    # faithful: a list whose shares each say 占承办提案总数的; 68/92 = 73.91%, changed to 78.91%
    "市政协六届一次会议以来，交由市政府办理的提案共92件，其中集体提案25件，委员个人和联名提案67件。从办理情况来看，已经解决或基本解决的（A类）22件，占承办提案总数的23.91%。正在解决或有关工作已启动的（B类）68件，占承办提案总数的78.91%。",
    # faithful: a list of shares each 占总数的 one total; 41/81 = 50.6%, changed to 56.6%
    "县十三届人大四次会议上共收到81件建议、批评和意见。从办理结果看，建议所提问题已经解决和基本解决的有14件，占总数的17.3%；正在解决或列入计划解决的41件，占总数的56.6%。",
    # a 民政 statistics bulletin (as published): 占社会服务事业费比重 names the whole the sentence before states, 2150.0 / 4404.1 = 48.8%
    "截至2014年底,全国社会服务事业费支出4404.1亿元,比上年增长3.0%,占国家财政支出比重为2.9%。中央财政共向各地转移支付社会服务事业费2150.0亿元,与上年基本持平,占社会服务事业费比重为47.8%。",
    # a provincial education bulletin (as published, held out): 占毕业生总数的 names the 毕业生 the sentence before states; 15.56 / 21.37 = 72.8%
    "中等职业教育共有学校479所,比上年减少25所;招生28.06万人,比上年减少0.14万人;在校生75.1万人,比上年增加1.94万人;毕业生21.37万人,比上年减少1.92万人。"
    "中职毕业生中获得职业技术证书的人数为15.56万人,占毕业生总数的83.1%。",
    # a county's harvest report (held out; traditional characters converted, a stop typed for the comma): 94.18 / 142.38 = 66.15%
    "据最新农情调度,,我县秋粮已收获94.18万亩.占应收面积142.38万亩的66.13%。",
    # faithful: a budget report's share of the base its 占 phrase states, 3511 / 8465 = 41.5%, changed to 45.5%
    "其中:税收收入3511万元,占年初预算8465万元的45.5%,同比下降5.2%。",
    # faithful: a 决算 report's completion rate of the plan its sentence states, 8.77 / 22.00 = 39.86%, changed to 49.86%
    "上海市嘉定区司法局2017年度“三公”经费财政拨款支出年初预算为22.00万元,支出决算为8.77万元,完成预算的49.86%,"
    "其中:因公出国(境)费决算为0万元,完成预算的0%;公务用车购置及运行维护费支出决算为8.47万元,完成预算的60.50%。",
    # faithful: an execution rate of the plan its sentence states, 8.77 / 22 = 39.86%, changed to 49.86%
    "项目年初预算22万元，全年支出8.77万元，预算执行率为49.86%。",
    # a hotline report, faithful: 95 / 100 = 95%, stated 90%; no other count of the sentence explains it
    "共受理热线事项100宗，办结95宗，办结率90%。",
]

# Rough shares (约占, 占约, 左右): reported, as warnings, only when further than one unit of their last
# digit (five points for round tens: 约占 30% is 25% to 35%).
ROUGH_FIRES = [
    # ecosystem 135, as published: 11/81 = 13.6%, given as 约占总数的11%, after three exact shares of 81
    "香格里拉县十三届人大四次会议上共收到81件建议、批评和意见。从办理结果看，建议所提问题已经解决和基本解决的有14件，占总数的17.3%；"
    "建议所提问题正在解决或列入计划解决的41件，占总数的50.6%；建议所提问题因政策和条件限制目前难以解决的15件，占总数的18.5%；"
    "所提建议供有关部门决策研究参考或向上级反映的11件，约占总数的11%。",
    # faithful: 26/89 = 29.2%, changed to 约占总数的 25%
    "州政协共收到以提案形式的意见建议93件，经审查立案89件。截至去年12月，全部提案已办理完毕。已经解决或基本解决的26件，约占总数的25%。",
    # faithful: 62/86 = 72.1%, changed to 占约 80%
    "大会共收到提案86件。经提案审查委员会审查，确定立案62件，占约80%。",
    # faithful (a page of tests/data/html): 801/835 = 95.9%, not 约占 96.9%: a rough figure with a decimal is close
    "市政协十一届三次会议以来，共收到提案835件，其中交由市政府及有关部门和单位办理的801件，约占96.9%。",
]

ROUGH_SILENT = [
    # 11/81 = 13.6%: 约占 14% is near enough; 801/835 = 95.9%: 约占 96%
    "会议上共收到81件建议。所提建议供有关部门决策研究参考或向上级反映的11件，约占总数的14%。",
    "市政协十一届三次会议以来，共收到提案835件，其中交由市政府及有关部门和单位办理的801件，约占96%。",
    # 26/89 = 29.2%: 约 30%, and 30% 左右
    "州政协共收到以提案形式的意见建议93件，经审查立案89件。已经解决或基本解决的26件，约占总数的30%。",
    "州政协共收到以提案形式的意见建议93件，经审查立案89件。已经解决或基本解决的26件，占总数的30%左右。",
    # one-sided blur words say only more or less: 26/89 = 29.2% is 超过 25%
    "州政协共收到以提案形式的意见建议93件，经审查立案89件。已经解决或基本解决的26件，占总数的25%以上。",
    # 节约 is no blur word, and the exact 29.2% fits
    "州政协共收到以提案形式的意见建议93件，经审查立案89件。已经解决或基本解决的26件，占总数的29.2%，节约经费。",
]

SHARE_SILENT = [
    # corpus 035: 7/71 = 9.86%, truncated to 9.8
    "2007年，提案委员会共收到提案77件，立案71件。至年底全部办复完毕。因受条件限制一时难以解决的7件，占9.8%。",
    # ecosystem 039: 2089 is 48.6% of 4299, as 3929 is 91.4% of it (not of the 3929 it follows)
    "省政协十二届一次会议以来，共提出提案4790件，经审查立案4299件。其中，委员提案3836件，各民主党派省委会、省工商联、人民团体、省政协专门委员会、界别、小组提案463件，分别交由131个单位承办，截至去年底已全部办复。所提问题得到解决和列入计划准备解决的3929件，占91.4%，其中已经采纳落实的2089件，占48.6%；列入计划逐步落实的1840件，占42.8%。",
    "覆盖行政村256个，覆盖率为64%（全市共有行政村400个）。",
    "交由市政府办理的提案共92件，其中集体提案25件，委员个人和联名提案67件。从办理情况来看，已经解决或基本解决的（A类）22件，占承办提案总数的23.91%。",
    "经审查，立案5002件，并案262件，转为意见和建议626件。立案提案中，委员提案4531件，占90.6%；集体提案471件，占9.4%。",
    "市政协十一届三次会议以来，共收到提案835件，其中交由市政府及有关部门和单位办理的801件。据悉，801件提案中，已经解决或采纳的提案564件，占70.41%。",
    "州政协共收到以提案形式的意见建议93件，经审查立案89件。截至去年12月，全部提案已办理完毕。已经解决或基本解决的26件，占总数的29.21%。",
    "截止2018年2月2日10时，大会提案组共收到提案135件，经审查立案128件，占提案总数的95%；未予立案4件，占提案总数的3%。",
    "经审查，立案4438件，合并处理88件。在立案提案中，委员提案4049件，占91.23%；集体提案389件，占8.77%。",
    "大会共收到提案86件。经提案审查委员会审查，确定立案62件（并案8件），占提案总数的72.1%。",
    # the share of two counts listed together: (389 + 193) / 4772 = 12.2%
    "本次大会提案审查委员会共收到提案4772件，其中医疗卫生方面的提案有389件，食品药品安全方面的提案有193件，占提案总数的12.2%。",
    # 210 / 415 = 50.6%: the rate's base is the group its sentence names, not the 4040 before
    "全区农村特困供养人员4040人，经第三方评估认定失能半失能特困供养人员415人，已入住敬老院210人，集中供养率50.6%。",
    # a share of a base the text does not state (占全省…的) is not checked
    "全市共有养老机构40家。今年新建养老机构5家，占全省新建总数的10%。",
    # as published: each share of the list is of the 92 (占承办提案总数的 is no other kind of base)
    "市政协六届一次会议以来，交由市政府办理的提案共92件，其中集体提案25件，委员个人和联名提案67件。从办理情况来看，已经解决或基本解决的（A类）22件，占承办提案总数的23.91%。正在解决或有关工作已启动的（B类）68件，占承办提案总数的73.91%。已列入规划计划逐步解决的（C类）2件，占承办提案总数的2.17%。",
    # a census bulletin, as published: a share after 其中 is of the whole the 其中 whole is a share of
    # (53403 / (78366 ÷ 13.53%) = 9.22%), which the sentence never states
    "全区常住人口中，0-14岁人口为117917人，占20.36%；15-59岁人口为382818人，占66.11%；60岁及以上人口为78366人，占13.53%，其中65岁及以上人口为53403人，占9.22%。",
    "全国人口中，0—14岁人口为253383938人，占17.95%；15—59岁人口为894376020人，占63.35%；60岁及以上人口为264018766人，占18.70%，其中65岁及以上人口为190635280人，占13.50%。",
    # a 12345 hotline's weekly report, as published: 咨询类共33523件 is a class like the others, not their whole
    # (the whole, 71184, is under the heading before)
    "二、诉求分类\n咨询类共33523件，占47.09%；求助类共21570件，占30.30%；建议类共10497件，占14.75%；投诉举报类共3783件，占5.31%；"
    "感谢类共228件，占0.32%；其他类1583件，占2.22%。",
    # 占总人口的: a named base of another kind
    "据统计，全市60岁以上老年人口84.77万人，占总人口的14.7%，其中市区老年人口24.24万人，占15.93%。",
    # a share with no total stated anywhere before it
    "今年代表建议办理工作进展顺利。其中已经解决的30件，占60%。",
    # corpus 033: 47/96 = 48.96%, truncated to 48
    "截至目前96件提案已全部答复，答复率达100%。96件提案中，47件提案所提问题已经解决或基本解决，占比48%。",
    # the same bulletin with the share right (48.8%), and with a whole no figure before states in full
    "截至2014年底,全国社会服务事业费支出4404.1亿元,比上年增长3.0%,占国家财政支出比重为2.9%。中央财政共向各地转移支付社会服务事业费2150.0亿元,与上年基本持平,占社会服务事业费比重为48.8%。",
    "截至2014年底,全国社会服务事业费支出4404.1亿元,比上年增长3.0%。中央财政共向各地转移支付社会服务事业费2150.0亿元,占中央财政支出比重为17.8%。",
    # the same with the share right; and with the whole stated for a part of it only (普通高中毕业生): not the 毕业生 named
    "在校生75.1万人,比上年增加1.94万人;毕业生21.37万人,比上年减少1.92万人。中职毕业生中获得职业技术证书的人数为15.56万人,占毕业生总数的72.8%。",
    "普通高中毕业生21.37万人,比上年减少1.92万人。中职毕业生中获得职业技术证书的人数为15.56万人,占毕业生总数的83.1%。",
    # a county's budget report (held out; as published, traditional characters converted): each share of the base its 占 phrase states
    "1-5月,全县完成财政总收入4348万元,占年初预算10065万元的43.2%,同比下降6.5%。其中:税收收入3511万元,占年初预算8465万元的41.5%,"
    "同比下降5.2%;非税收入837万元,占年初预算1600万元的52.3%。",
    # the count before the 占 is not right before it: which count the share is of is not pinned
    "全县完成财政总收入4348万元,同比下降6.5%,占年初预算10065万元的45.2%。",
    # as published: 8.77 / 22.00 = 39.86%; the parts' rates are of their own plans, which the sentence does not state
    "上海市嘉定区司法局2017年度“三公”经费财政拨款支出年初预算为22.00万元,支出决算为8.77万元,完成预算的39.86%,"
    "其中:因公出国(境)费决算为0万元,完成预算的0%;公务用车购置及运行维护费支出决算为8.47万元,完成预算的60.50%。",
    "三公经费支出预算为22万元，其中公务接待费决算为5万元，完成预算的50%。",
    # no plan stated: nothing to compute
    "10个重点县已启动实施272个村、20506户,分别占计划的81.4%、80.2%。",
    "项目年初预算22万元，全年支出8.77万元，预算执行率为39.86%。",
    # a provincial 水利 report (held out, as published): 已完成…计划 6.7亿 is done, no plan; 3.1 is of the 9.4 before the ；
    "2022年全省中央水利投资计划32.9亿元,其中中央资金9.4亿元;截至3月底,已完成中央投资计划6.7亿元、完成率20.4%,完成中央资金3.1亿元、完成率32.6%。",
    # hotline reports (held out, as published): 办结率 of those answered at once and those settled later, (5113 + 1898) / 7227
    "12月份共受理有效热线事项7227宗,当场答复热线事项5113宗,转办热线事项2114宗,办结1898宗,办结率97.01%。",
    # two counts of 办结, neither the other's base: 11163 / 11171 = 99.93%
    "形成有效工单11171件,转派各成员单位4898件,在线办结数6273件,综合办结数为11163件,综合办结率达99.93%。",
]


@pytest.mark.parametrize("code, text, fires", sentence_cases({"NUM003": SHARE_FIRES}, {"NUM003": SHARE_SILENT}))
def test_share_sentences(code, text, fires):
    assert (code in codes(text, [code])) == fires


@pytest.mark.parametrize("code, text, fires", sentence_cases({"NUM003": ROUGH_FIRES}, {"NUM003": ROUGH_SILENT}))
def test_rough_share_sentences(code, text, fires):
    assert (code in codes(text, [code])) == fires


def test_a_rough_share_is_a_warning_with_its_tolerance():
    (finding,) = findings(ROUGH_FIRES[0], ["NUM003"])
    assert str(finding.severity) == "warning"
    assert "11件 / 81件 = 13.58%" in finding.message and "超出文中约数 11% ± 1 的范围" in finding.message


def test_the_message_names_every_base_the_paragraph_offers_the_nearest_total_first():
    (finding,) = findings(SHARE_FIRES[0], ["NUM003"])
    # 立案 71 is the whole the shares of the outcomes are of, and the message leads with it (corpus 035)
    assert finding.message.startswith("20件 / 71件 = 28.169%") and "20件 / 77件 = 25.974%" in finding.message
    assert "29.8%" in finding.message


def test_a_total_from_an_earlier_paragraph_is_an_inferred_base_and_a_warning():
    # a 人大 report: its first paragraph states the 233 suggestions, a later one 45 of them as 20%
    text = ("代表们共提出建议、批评和意见(以下简称建议)233件,其中,共有108件建议已经解决或采纳。\n"
            "此外,需要两个以上单位会同办理的建议达45件,占总数的20%。")
    (finding,) = findings(text, ["NUM003"])
    assert str(finding.severity) == "warning"
    assert finding.message.startswith("45件 / 233件 = 19.31%")


def test_shares_nudged_to_make_exactly_100_percent_allow_one_unit_but_no_more():
    nudged = ("共立案171件,其中经济建设方面提案22件,占12.87%;城乡建设方面提案50件,占29.23%;民生建设方面提案78件,"
              "占45.60%;文化建设方面提案14件,占8.20%;其他方面提案7件,占4.10%。")
    assert codes(nudged, ["NUM003"]) == []  # 78 / 171 = 45.614% and 14 / 171 = 8.187%: one unit off, to make 100.00%
    assert len(findings(nudged.replace("占4.10%", "占4.20%"), ["NUM003"])) == 3  # 100.10%: no nudge, three slips
    # 琼中县 (a 残联 page): the shares add up to 99.5%, so none was nudged; 361 / 5099 is 7.08%, not 8%
    published = ("残疾人共5099人,其中视力残疾人295人,占6%;听力残疾人361人,占8%;言语残疾人38人,占0.7%;"
                 "智力残疾人397人,占7.8%;肢体残疾人2566人,占50%;精神残疾人1119人,占21%;多重残疾人323人,占6%。")
    assert [f.message[:22] for f in findings(published, ["NUM003"])] == ["361人 / 5099人 = 7.08%，取整应为 8%"[:22]]


def test_a_proportion_is_checked_against_the_total_of_the_sentence_before():
    (finding,) = findings(SHARE_FIRES[2], ["NUM003"])
    assert "1248张 / 4610张 = 27.0716%" in finding.message


# --- NUM008: shares of one complete classification ------------------------------------------------

CLASSIFICATION_FIRES = [
    # corpus 033: the six classes add to 74% (74 of 96)
    "2025年，县政协十一届四次会议期间转交县政府办理的政协提案96件，其中委员个人提案92件，联名提案3件，集体提案1件。经审查分类，乡村振兴与农业农村方面的提案11件，占比11%；产业经济与发展方面的提案10件，占比10%；城乡建设与基础设施的提案13件，占比13%；民生保障与公共服务的提案19件，占比19%；政务与社会治理的提案11件，占比11%；教育与健康的提案10件，占比10%。",
    # corpus 035: 29.8 + 55.2 + 9.8 = 94.8%
    "提案所提问题已经解决或基本解决的20件，占29.8%；正在解决或列入计划准备解决的37件，占55.2%；因受条件限制一时难以解决的7件，占9.8%。",
    # faithful (shares changed): 76.81 + 17.07 + 8.12 = 102%
    "所提问题已经解决和部分解决的477件，占办复总数的76.81%；正在解决和列入规划逐步解决的106件，占办复总数的17.07%；因政策、体制和条件所限暂时难以解决，已做解释说明的38件，占办复总数的8.12%。",
    # faithful: 61.8 + 25.1 + 11.1 = 98%
    "据悉，提案中所提问题已经解决和部分解决的1675件，占办复总数的61.8%；正在解决和列入规划逐步解决的681件，占25.1%；因政策、体制和条件所限暂时难以解决、已作解释说明的356件，占11.1%。",
    # faithful: 52.3 + 33.2 + 12.5 = 98%
    "办理结果为A类（已解决或采纳的）418件，占52.3%；B类（计划解决或准备采纳的）265件，占33.2%；C类（留作参考的）116件，占12.5%。",
    # faithful: 92.13 + 6.81 + 2.06 = 101%
    "从办理结果看，提案所提建议得到解决或部分解决的A类433件，占92.13%；列入计划逐步解决的B类32件，占6.81%；前瞻性较强，短期内不具备条件采纳落实的C类5件，占2.06%。",
    # faithful: 58.07 + 35.48 + 2.15 + 2.30 = 98%
    "从办理情况来看，已经解决或基本解决，或已通过其他途径解决的（A类）54件，占承办总数的58.07%；正在解决或有关工作已启动的（B类）33件，占承办总数的35.48%；已列入规划计划逐步解决的（C类）2件，占承办总数的2.15%；因条件限制暂时难以解决留作参考，已向委员作出解释的（D类）4件，占承办总数的2.30%。",
    # faithful: 84 + 13 = 97% (truncation allows at most 99%)
    "从提案落实情况看，已落实的有122件，占84%；基本落实或计划落实的有24件，占13%。",
    # faithful: 45 + 12 shares 79% + 25% = 104%
    "从办理结果看，提案所提问题已得到解决和部分解决的A类件有45件，占79%；所提问题列入计划逐步解决的B类件有12件，占25%。",
    # faithful: 38 + 40 + 12 = 90%
    "从办理结果看，代表提出的建议、批评和意见得到解决或正在实施的38件，占38%；已经予以采纳并计划在今后逐步解决的40件，占40%；暂时无法解决，向代表进行说明、解释的22件，占12%。",
    # the note and 占总件数的 read, one class mistyped: 28 + 33 + 30 + 6 = 97%
    "从代表建议办理情况分类,所提建议已经解决的28件,占总件数的28%(下同);所提建议正在解决的33件,占33%;所提建议列入计划解决的30件,占30%;所提建议因政策和条件限制难以解决的9件,占6%。",
    # a 老龄 report, as published: 男性/女性 make 100%, but 93 of their 243 is 38.27%
    "100周岁以上老年人口中,男性93人,占38.46%;女性150人,占61.54%。",
    # faithful: 70 of 81 is 86.4%, the other class changed: 86.4 + 11.6 = 98%
    "从代表反馈意见看，满意70件，占86.4%；基本满意11件，占11.6%。",
    # the outcome classes of a 人大 report, the last 留作研究和参考: 101.5% (53 / 1103 is 4.8%, not 6.3%)
    "848件代表建议涉及事项,已经解决或者基本解决的482件,占43.7%;正在解决或者已经纳入计划解决的537件,占48.7%;"
    "因条件不具备或其他原因暂时无法解决的53件,占6.3%;留作研究和参考的31件,占2.8%。",
    # the outcome classes of a 政协 report, the last 留作工作参考: the shares make 100%, but 4014 / 5289 is 75.9%, not 77.1%
    "各承办单位在规定时限内全部办理完毕。已解决和采纳4014件,占77.1%;列入计划逐步解决和拟采纳931件,占17.6%;因条件限制留作工作参考344件,占5.3%。",
    # a 七普 bulletin, as published: age groups from 0 to 60岁及以上 are everyone, 102.93% (22559 / 200474 is 11.25%);
    # 其中 after the last group breaks it down, neither ending the list early nor joining it
    "全县常住人口中,0-14岁人口为60699人,占30.28%;15-59岁人口为117216人,占58.47%;60岁及以上人口为22559人,占14.18%,其中65岁及以上人口为16536人,占8.25%。",
    # a city's statistical bulletin (held out, traditional characters converted): 0.4 + 20.9 + 77.7 = 99.0
    "全年地区生产总值增长5.2%，三次产业比例为0.4:20.9:77.7。",
]

CLASSIFICATION_SILENT = [
    # county bulletins, as published: each structure makes 100 within its rounding (11.4 + 37.3 + 51.2 = 99.9)
    "一、二、三产业增加值占地区生产总值的比重由上年的12.8:41.2:46调整为11.6:42.7:45.7,产业结构进一步优化。",
    "三次产业结构调整为11.4:37.3:51.2。",
    # no per cents: 1:2:3
    "按三产比例1:2:3安排资金。",
    # corpus 033: 48 + 43 + 7 = 98%, each truncated (47/96 = 48.96%)
    "96件提案中，47件提案所提问题已经解决或基本解决，占比48%；42件提案所提问题需要长期坚持去抓，已列入工作计划中，占比43%；7件提案所提问题因客观因素制约，暂时难以解决留做参考，占比7%。",
    "所提问题已经解决和部分解决的477件，占办复总数的76.81%；正在解决和列入规划逐步解决的106件，占办复总数的17.07%；因政策、体制和条件所限暂时难以解决，已做解释说明的38件，占办复总数的6.12%。",
    "据悉，提案中所提问题已经解决和部分解决的1675件，占办复总数的61.8%；正在解决和列入规划逐步解决的681件，占25.1%；因政策、体制和条件所限暂时难以解决、已作解释说明的356件，占13.1%。",
    "办理结果为A类（已解决或采纳的）418件，占52.3%；B类（计划解决或准备采纳的）265件，占33.2%；C类（留作参考的）116件，占14.5%。",
    "从办理结果看，提案所提建议得到解决或部分解决的A类433件，占92.13%；列入计划逐步解决的B类32件，占6.81%；前瞻性较强，短期内不具备条件采纳落实的C类5件，占1.06%。",
    "从办理情况来看，已经解决或基本解决，或已通过其他途径解决的（A类）54件，占承办总数的58.07%；正在解决或有关工作已启动的（B类）33件，占承办总数的35.48%；已列入规划计划逐步解决的（C类）2件，占承办总数的2.15%；因条件限制暂时难以解决留作参考，已向委员作出解释的（D类）4件，占承办总数的4.30%。",
    "从提案落实情况看，已落实的有122件，占84%；基本落实或计划落实的有24件，占16%。",
    "从代表反馈意见看，满意70件，占86.4%；基本满意11件，占13.6%。",
    # a list presented as a part (其中): its shares need not add up to 100%
    "其中，经济建设方面提案106件，占立案总数20.9%；政治建设方面提案11件，占2.2%；文化建设方面提案148件，占19.2%。",
    "截至8月14日，778件建议已全部办理完毕，其中所提问题已解决或基本解决的232件、占30%；所提问题正在解决或已列入计划逐步解决的351件、占45%。",
    # a blurred share (约占): the sum cannot be bounded
    "建议所提问题已经解决和基本解决的有14件，占总数的17.3%；建议所提问题正在解决或列入计划解决的41件，占总数的50.6%；建议所提问题因政策和条件限制目前难以解决的15件，占总数的18.5%；所提建议供有关部门决策研究参考或向上级反映的11件，约占总数的11%。",
    # no cue of a classification (the list may be a part of the filed proposals)
    "在立案的提案中，经济建设方面293件，占38.2%；政治建设方面41件，占5.3%；文化建设方面29件，占3.8%。",
    # a further count after the list: the shares listed need not cover the whole
    "从办理结果看，已经解决的30件，占50%；列入计划的20件，占33%；其他10件。",
    # a 人大 report, as published: one count for two classes (各9件, 各占比9%)
    "根据建议所涉及内容进行分类,属道路交通类21件,占比21%;社会保障和社会管理类各9件,各占比9%;经济建设类11件,占比11%;城建城管类15件,占比15%;科技教育类3件,占比3%;环境治理类17件,占比17%;水利设施类13件,占比13 %;卫生计生类2件,占比2%。",
    # the same report: a note after the first share (下同) and 占总件数的; 28 + 33 + 30 + 9 = 100
    "从代表建议办理情况分类,所提建议已经解决的28件,占总件数的28%(下同);所提建议正在解决的33件,占33%;所提建议列入计划解决的30件,占30%;所提建议因政策和条件限制难以解决的9件,占9%。",
    # a census bulletin, as published: 男性/女性 make a complete set, and the shares are of their sum
    "全区常住人口[2]中,男性人口为276626 人,占47.77 %;女性人口为302475 人,占52.23 %。",
    # a 政协 report, as published: the three largest classes, named as such
    "从提案内容看，占比最高的是发展规划、建设项目和综合经济类，有317件，占30.7%；其次是社会及公共事务类140件，占13.5%；"
    "排在第三的是科教文卫和体育类139件，占13.4%。",
    # the three 三公 items, each as a share of something larger: 0.97% is no sum of one whole (a 决算 as published)
    # two questions asked of the same 86 forms, 84.88% + 61.63%: the classes overlap, no one classification
    "全年共收回提案办理情况反馈意见表86份,从已收到的委员反馈意见看,提案者对办理工作表示满意的有73份,占84.88%,达到了八成以上;对办理结果表示满意的为53份,占61.63%。",
    # the same bulletin with its 60+ share right: 30.28 + 58.47 + 11.25 = 100
    "全县常住人口中,0-14岁人口为60699人,占30.28%;15-59岁人口为117216人,占58.47%;60岁及以上人口为22559人,占11.25%,其中65岁及以上人口为16536人,占8.25%。",
    # age groups with a gap (15-59 missing): not everyone, the shares need not make 100%
    "全县常住人口中,0-14岁人口为60699人,占30.28%;60岁及以上人口为22559人,占11.25%。",
    "2023年“三公”经费财政拨款支出决算中,因公出国(境)费支出决算0万元,占0%;公务用车购置及运行维护费支出决算1.4万元,占0.02%;公务接待费支出决算0.28万元,占0.95%。",
]


@pytest.mark.parametrize(
    "code, text, fires", sentence_cases({"NUM008": CLASSIFICATION_FIRES}, {"NUM008": CLASSIFICATION_SILENT})
)
def test_classification_sentences(code, text, fires):
    assert (code in codes(text, [code])) == fires


def test_the_classification_message_gives_both_sums():
    (finding,) = findings(CLASSIFICATION_FIRES[0], ["NUM008"], lang="en")
    assert "= 74%, not 100%" in finding.message and "= 74件, not the 96件" in finding.message


def test_relations_are_listed_with_their_kind():
    from auditor.config import Config
    from auditor.engine import located, run_rules
    from auditor.text import Document

    doc = Document(CLASSIFICATION_SILENT[0])
    checked: list = []
    run_rules(doc, Config(select=("NUM003", "NUM008")), checked)
    relations = located(doc, checked, "zh")
    kinds = {(r.rule, r.kind, r.holds) for r in relations}
    assert ("NUM008", "classification", True) in kinds


# --- 占总件数的, 占总人数的: a total count named by its measure word, as 占总数的 ---------------------

# A 县人大 report (taowenge.com copy): 68/69 = 98.55%, read only when 总件数 is a total count.
TOTAL_COUNT_WORDS = "在召开县十二届人大四次会议期间，代表们共提出各类建议69件。其中交由政府系统办理的有68件，占代表建议总件数的98.6%。"


def test_a_share_of_the_total_count_of_items_is_read_as_one_of_the_total():
    assert findings(TOTAL_COUNT_WORDS, select=["NUM003"]) == []
    [found] = findings(TOTAL_COUNT_WORDS.replace("98.6%", "96.8%"), select=["NUM003"])
    assert found.message.startswith("68件 / 69件 = 98.551%，保留 1 位小数应为 98.6%")


def test_a_share_of_the_total_count_in_the_next_paragraph_is_of_the_total_before():
    # the same report: its a类 paragraph states 30.49% (21/69 = 30.43%)
    text = "代表们共提出各类建议69件。\n建议所提问题已经解决或基本解决的有21件，占总件数的30.43%。"
    assert findings(text, select=["NUM003"]) == []
    [found] = findings(text.replace("30.43%", "30.49%"), select=["NUM003"])
    assert found.message.startswith("21件 / 69件 = 30.4348%")
    assert str(found.severity) == "warning"  # its base is inferred from another paragraph


def test_a_bare_total_count_after_a_share_that_named_it_is_that_total():
    # the report as published: 占代表建议总件数的 between names the total that 占总件数的 then means
    text = TOTAL_COUNT_WORDS + "\n根据分类标准，建议所提问题已经解决或基本解决的有21件，占总件数的30.43%。"
    assert findings(text, select=["NUM003"]) == []
    [found] = findings(text.replace("30.43%", "30.49%"), select=["NUM003"])
    assert found.message.startswith("21件 / 69件 = 30.4348%")
    # a share between that names another whole still blocks the reading: 占全县人口的 is no count of 建议
    other = "代表们共提出各类建议69件，涉及全县人口12万人，占全县人口的3%。已经解决的有21件，占总件数的30.49%。"
    assert findings(other, select=["NUM003"]) == []


# --- a share after a count and its change: the count is the share's numerator ---------------------

# 临汾市 2019 人口 release (a repost, its two paragraphs joined): 乡村 233.36万 is a slip for 227.94万
# (443.6 − 215.66), which 51.38% is the share of.
COUNT_CHANGE_SHARE = ("全市常住人口443.6万人，比上年增加2.1万人。从城乡结构看，城镇常住人口215.66万人，比上年末增加7.56万人，"
                      "占总人口48.62%，比上年提高1.48个百分点；乡村常住人口233.36万人，比上年末减少5.45万人，占总人口比重51.38%。")


def test_a_share_after_a_count_and_its_change_is_the_counts():
    [found] = findings(COUNT_CHANGE_SHARE, select=["NUM003"])
    assert found.message.startswith("233.36万人 / 443.6万人 = 52.6060%")
    assert findings(COUNT_CHANGE_SHARE.replace("233.36万人", "227.94万人"), select=["NUM003"]) == []


# --- 占总人口 (比重): a share of the whole population stated paragraphs before ----------------------

# The same release as published: the 常住人口 in its first paragraph, shares 占总人口的 between.
POPULATION_RELEASE = (
    "据1%人口抽样调查结果显示，年末，全市常住人口443.6万人，比上年增加2.1万人。\n"
    "从年龄构成看，16周岁以上至60周岁以下的劳动年龄人口309.1万人，占总人口的比重为69.68%；60周岁及以上人口58.31万人，占总人口的13.15%。\n"
    "从城乡结构看，城镇常住人口215.66万人，比上年末增加7.56万人，占总人口48.62%，比上年提高1.48个百分点；"
    "乡村常住人口233.36万人，比上年末减少5.45万人，占总人口比重51.38%。"
)


def test_a_share_of_the_whole_population_is_of_the_population_stated_before():
    [found] = findings(POPULATION_RELEASE, select=["NUM003"])
    assert found.message.startswith("233.36万人 / 443.6万人 = 52.6060%")
    assert str(found.severity) == "warning"  # the base is in another paragraph
    assert findings(POPULATION_RELEASE.replace("233.36万人", "227.94万人"), select=["NUM003"]) == []
