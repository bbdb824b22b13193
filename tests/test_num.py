"""NUM001–NUM004 on sentences written like the documents they audit, and a property test of NUM001."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.findings import Severity

from helpers import findings, sentence_cases

SIGNED = "\n凉州区民政局\n2023年3月17日"  # a document's own date: the time a "以来" period runs to


def fired(text, code, lang="en"):
    """The findings of one rule, with English messages (tests/test_messages.py checks the Chinese)."""
    return [f for f in findings(text, select=[code], lang=lang) if f.rule == code]


# --- NUM001 breakdown-sum ------------------------------------------------------------------------

NUM001_FIRES = [
    "2018 年以来，共计开展“两癌”宣传活动 300 余场次，共计为 96143 名妇女进行了妇女“两癌”免费检查（其中 2018 年 44052 人，"
    "2019 年 36680 人，2020 年 10017 人，2021 年 3001 人，2022 年 2124 人）。" + SIGNED,
    "截至2022年底，全县共有低保对象 28832 人，其中城市低保对象 6026 人，农村低保对象 22797 人。",
    "全市共有养老机构 40 家，其中公办 25 家，民办 16 家。",
    "发放高龄津贴 120.5 万元、护理补贴 80.3 万元、服务补贴 34.04 万元，合计 244.84 万元。",
    "共发放各类补贴 1.22 亿元（其中城市 4200 万元、农村 8200 万元）。",
    "2020—2022年共救助困难群众 1500 人次，其中2020年 500 人次，2021年 400 人次，2022年 300 人次。",
    "全年发放救助资金 786.4893 万元，分别为城市 360.26 万元、农村 426.12 万元。",
    "年份\t检查人数（人）\n\n2018年\t44052\n\n2019年\t36680\n\n2020年\t10017\n\n合计\t91000",
    "全县共有城乡低保对象 15230 人，其中城市低保 2560 人，农村低保 12770 人；特困供养人员 1860 人，其中集中供养 320 人，分散供养 1540 人。",
    "| 年份 | 检查人数（人） |\n|---|---|\n| 2018年 | 44052 |\n| 2019年 | 36680 |\n| 合计 | 80000 |",
    "2019年以来，累计救助困难群众 5230 人次（2019年 1200 人次，2020年 1350 人次，2021年 1280 人次，2022年 1300 人次）。\n2023年3月1日",
    "全年救助 500 人（较上年增加 50 人），其中城市 600 人。",
    "共 30 人（男 18 人，女 13 人）。",
    # an earlier figure is taken as the total only when the parts add up to it exactly
    "全区总人口 196418 人，未成年人 1964 人，其中：留守儿童 1705 人，困境儿童 428 人。",
    "全区现有未成年人 1964 人，其中：留守儿童 1705 人；困境儿童 428 人。",
    "本年支出合计5862.34万元，其中：基本支出806.52万元，占13.8%；项目支出5065.82万元，占86.2%。",
    "2023年全市投入资金2860万元，比2022年的2450万元增加410万元。其中，市级财政投入860万元，县级财政投入2100万元。",
    # a county's 2022 statistical bulletin, as published: the age groups add up to 112535, not 112635
    "据公安部门户籍人口及其变动情况统计，年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人；男性人口57753人，"
    "女性人口54882人，男女性别比为105.23:100（女性为100）；0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、"
    "48951人和25594人。",
    # faithful: the same with the women changed (57753 + 54782 = 112535): the second cut, by sex, is checked too
    "年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54782人。",
    # a city's 12345 hotline report, as published: the classes' shares make 100% (of their sum, 195532), so
    # they are the whole, yet the total stated is 284406
    "11月份，12345政务服务便民热线共受理群众各类诉求284406件。其中，咨询类诉求124599件，占63.72%；求助类诉求56672件，占28.98%；"
    "投诉类诉求1983件，占1.01%；建议类诉求1182件，占0.6%；举报类890件，占0.46%；感谢类415件，占0.21%；其它类诉求9791件，占5.01%。",
    # a 决算说明's 其中： that ends its line, the parts below it one a line (1380.20 + 80.00 + 30.00 = 1490.20)
    "本年收入合计1480.20万元，其中：\n财政拨款收入1380.20万元，占93.24%；\n事业收入80.00万元，占5.40%；\n其他收入30.00万元，占2.03%。",
    # faithful to a 决算说明 (67.64 made 76.64): numbered items, each with its own clauses
    # a 镇 残联 report, as published: two cuts of the 1907; by sex they fit (1258 + 649), by residence not
    # (1719 + 170 = 1889)
    "全镇共有残疾人1907人，其中农村残疾人1719人，非农人口170人，男性1258人，女性649人。",
    # a 县 预算执行 report, as published: 59.69 + 1.4 + 0.46 + 0.8 + 3.48 = 65.83, not the 66.05 stated (the
    # 安排预算稳定调节基金 0.22 of its table is left out of the list)
    "全县一般公共预算支出完成59.69亿元，下降18.2%。加上上解支出1.4亿元、调出资金0.46亿元、地方政府债务还本支出0.8亿元，"
    "以及结转下年3.48亿元后，支出总计66.05亿元。",
    # a 卫生院 决算说明, as published: numbered items, each with its change; the 上年结转和结余 of item 5 is
    # left out of the 收入总计 (364.6552 + 0 + 93.1608 + 0 + 5.9219 = 463.7379)
    "2021年度，收入总计为457.8161万元，其中：\n1.财政拨款收入364.6552万元，为财政拨款资金。较上年度决算数减少24.1522万元，"
    "下降6.2118%，主要是公共卫生财政拨款减少。\n2.上级补助收入0万元，与上年相比没有变化。\n3.事业收入93.1608万元，为事业单位开展"
    "专业业务活动及辅助活动所取得的收入。较上年度决算数增加33.1608万元，增长55.268%\n4.其他收入0万元，为预算单位在“财政拨款”"
    "“事业收入”“经营收入”之外取得的收入。\n5.上年结转和结余5.9219万元，为以前年度支出预算因客观条件变化未执行完的资金。",
    "2020年一般公共预算支出决算数为1264.92万元，完成预算59.7%。其中：\n"
    "1.社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为76.64万元，完成预算89.53%，"
    "决算数小于预算数的主要原因是年初预算估算不足。\n"
    "2.卫生健康（类）公立医院（款）妇幼保健医院（项）：支出决算为1196.48万元，完成预算58.12%。\n"
    "3.农林水（类）农业农村（款）其他农业农村支出（项）：支出决算为0.8万元，完成预算100%。",
]

NUM001_SILENT = [
    # the same hotline's classes adding up to the total they make 100% of
    "11月份，12345政务服务便民热线共受理群众各类诉求195532件。其中，咨询类诉求124599件，占63.72%；求助类诉求56672件，占28.98%；"
    "投诉类诉求1983件，占1.01%；建议类诉求1182件，占0.6%；举报类890件，占0.46%；感谢类415件，占0.21%；其它类诉求9791件，占5.01%。",
    # every cut adds up: by place, by sex, by age from 0 to 60 and over
    "年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人；男性人口57753人，女性人口54882人；0-17岁、18-34岁、"
    "35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25694人。",
    # age groups with a gap (18-34, then 40-59) are not everyone: not summed
    "年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人；18-34岁、40-59岁户籍人口分别为19099人、48951人。",
    # a later clause that is a subset (享受低保), after the ；: not summed
    "年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人；享受低保1200人，特困供养300人。",
    "2018 年以来共计为符合条件的 181 名妇女及时申报了每人 1 万元的救助资金，其中 2018 年救助 41 名患病妇女，2019 年救助 59 名患病妇女，"
    "2020 年救助 27 名患病妇女，2021 年救助 26 名患病妇女，2022 年救助 28 名患病妇女。" + SIGNED,
    "全区现有未成年人 196418 人，其中：留守儿童 1705 人，困境儿童 4282 人，孤儿 265 人，事实无人抚养儿童 472 人，18 岁以下残疾儿童 1017 人。",
    "全年发放救助资金 786.3893 万元，分别为城市 360.26 万元、农村 426.12 万元。",
    "全年发放救助资金 786.4 万元，分别为城市 360.26 万元、农村 426.12 万元。",
    "共投入资金 10.3 万元，分别为 4.1 万元、6.1 万元。",
    "2020年以来共救助困难群众 1500 人次，其中2020年 500 人次，2021年 400 人次。",
    "全区现有儿童 5000 人，其中留守儿童约 3000 人、困境儿童 2500 人。",
    "全县共有低保对象 300 人，其中城市 100 人（男 60 人、女 40 人），农村 200 人。",
    "项目\t城区\t乡镇\t合计\n低保人数\t6026\t22797\t28823\n特困人数\t74\t2315\t2389\n合计\t6100\t25112\t31212",
    "目前，纳入保障的事实无人抚养儿童349人，其中，3名家庭监护不力的儿童收住市儿童福利院。",
    "全区现有留守儿童 300 人，其中女童 160 人，较上年减少 200 人。",
    "全年发放低保金 1.35 亿元，分别为城市低保每人每月 800 元、农村低保每人每月 500 元。",
    "全县 16 个乡镇 235 个村（社区）全部建立未成年人保护工作站，其中 12 个乡镇建成标准化站点。",
    "2022年共投入 500 万元建设敬老院，发放高龄津贴 120 万元、护理补贴 80 万元，合计 200 万元。",
    "全年救助 500 人（较上年增加 50 人），其中城市 200 人。",
    "共 30 人（男 18 人，女 12 人）。",
    "全县 60 岁以上老年人 5.2 万人（占总人口 18%），安置 200 户（600 人）。",
    "| 年份 | 检查人数（人） | 覆盖率 |\n|---|---|---|\n| 2018年 | 44052 | 95% |\n| 2019年 | 36680 | 97% |\n| 合计 | 80732 | 96% |",
    # found on new consistent documents
    "全市有孤儿444人，其中集中养育126人、社会散居318人；事实无人抚养儿童1573人。",
    "截至2024年6月30日，全市城乡低保对象分别为5120人、18230人，特困人员分别为620人、3410人。",
    "2023年全市投入资金2860万元，比2022年的2450万元增加410万元，增长16.7%。其中，市级财政投入860万元，县级财政投入2000万元。",
    # the parts one a line after 其中：, as published (67.64 + 1196.48 + 0.8 = 1264.92), then the next heading
    "2020年一般公共预算支出决算数为1264.92万元，完成预算59.7%。其中：\n"
    "1.社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为67.64万元，完成预算89.53%。\n"
    "2.卫生健康（类）公立医院（款）妇幼保健医院（项）：支出决算为1196.48万元，完成预算58.12%。\n"
    "3.农林水（类）农业农村（款）其他农业农村支出（项）：支出决算为0.8万元，完成预算100%。\n"
    "六、一般公共预算财政拨款基本支出决算情况说明\n2020年一般公共预算财政拨款基本支出1035.20万元。",
    # two figures in the unit on an item's line (the budget and the outcome): which is the part is unclear
    "2020年一般公共预算支出决算数为1264.92万元。其中：\n1.社会保障和就业支出：年初预算为75.55万元，支出决算为67.64万元。\n"
    "2.卫生健康支出：年初预算为2058.20万元，支出决算为1196.48万元。\n3.农林水支出：年初预算为0.8万元，支出决算为0.8万元。",
    # a 政府工作报告, as published: after the ；, 社会消费品零售总额 is a whole of its own, no part of 财政收入
    "一般公共预算收入完成36.8亿元，增长5%，其中税收收入30.2亿元，占财政收入的82.1%，财政、税收收入总量保持全市第一；"
    "社会消费品零售总额实现261.5亿元，增长6.4%。",
    # 其中： alone on its line, after a sentence whose figure is not the whole the items break down
    # (a 2025 部门预算说明: the items are the 支出总预算 by function, not its 项目支出)
    "项目支出预算48100元，占支出总预算的4.43%，同比无增减变化。\n其中：\n(一)文化旅游体育与传媒支出类科目850088.3元；\n"
    "(二)社会保障和就业支出类科目116433.12元；\n(三)卫生健康支出类科目43897.73元。",
    # a 统计公报, as published: the 大牲畜 (cattle in 头, horses in 匹) make up their total exactly; the
    # pigs after them are another figure, and so are the poultry after the sheep
    "年末大牲畜存栏40202头，其中：黄牛及肉牛存栏28510头；奶牛存栏8984头；马存栏2708匹；生猪存栏32029头；"
    "羊存栏20409只，其中：山羊1403只；绵羊19006只；禽存栏188399只。",
    # a 人社 report, as published: a ；-clause with a detail of its part (6200 + 3817 = 10017; the 120 is in the 3817)
    "全年发放创业担保贷款10017万元，其中：贷免扶补339户，发放贷款6200万元；担保贷款195户，发放贷款3817万元，"
    "扶持小微企业1户，发放贷款120万元。",
    # a 预算调整 report, as published: each part is changed from one figure to another (65000 + 10000 + 5000 and
    # 35000 + 10000 + 5000 are the totals before and after)
    "政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由年初预算的65000万元调整为35000万元，"
    "城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。",
    # a 财政 report, as published: the 其中 breaks down the revenue, not the 增收 right before it
    "全区一般公共预算收入累计完成61646万元，占年初预算数109466万元的56.3%，同比增长10.7%，增收5939万元。"
    "其中税务部门完成28684万元，财政部门完成32962万元。",
    "全镇共有残疾人1907人，其中农村残疾人1737人，非农人口170人，男性1258人，女性649人。",
    # a 县 预算执行 report, as published: the 其中 breaks down the three figures before it, not the last (结余)
    "2024年，当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元，总体执行率87%。其中：县直各部门批复指标39.41亿元，"
    "已用指标33.79亿元，预算结余5.62亿元，总体执行率86%；各乡镇批复指标11.49亿元，已用指标7.94亿元，预算结余3.55亿元。",
    # the same report: a stray ） does not take the figure after it out of the sentence's totals
    "全县完成一般公共预算收入7.71亿元，其中：税收收入5.93亿元、非税收入1.78亿元）、上级补助收入21.64亿元（其中：返还性收入1.91亿元、"
    "一般性转移支付18.05亿元、专项转移支付1.68亿元）。",
    # a 统计公报, as published: 出栏 is an indicator of its own, not a part of 出售; 供气量 after the ； another
    "全年出售牲畜225647头(只)，其中：出售肉畜171057头(只)，出栏牲畜205487头(只)，出栏率43.1%。",
    "市区自来水年供水量3320万立方米，其中生活用水1734.74万立方米；天然气年供气量1.75亿立方米。",
    # a 民政 statistical table, as published: 679 + 400 + 140 + 188 = 1407 (its rows are not read as parts, and
    # nothing is reported rather than a sum of no rows)
    "| 指标名称 | 单位 | 数量 |\n| 一、综合 | ||\n| (一)行政区划 | ||\n| 乡镇级合计 | 个 | 1,407 |\n| 1.镇 | 个 | 679 |\n"
    "| 2.乡 | 个 | 400 |\n| 3.民族乡 | 个 | 140 |\n| 6.街道 | 个 | 188 |",
    # the same report's income side, as published: the figure added to is the 收入 before its 其中 list
    "全县一般公共预算收入完成13.62亿元，下降3.8%。其中：税收收入8.53亿元，下降9.4%；非税收入5.09亿元，增长7.5%。"
    "加上上级补助收入39亿元、地方政府债务收入4.15亿元，以及动用预算稳定调节基金0.05亿元、调入资金7.89亿元、上年结转1.34亿元后，"
    "收入总计66.05亿元。",
    # a 县 budget report, as published: the detail in brackets is no item added (623396 + … + 4558 = 929393)
    "全县一般公共预算本级支出623396万元，下降11.44%，加上：上解支出33067万元、债务还本支出268007万元、安排预算稳定调节基金365万元、"
    "年终结余4558万元（其中：本级791万元），支出总计929393万元。",
    # a 教育 report, as published: 含 marks a detail of the part before it (144 + 77 = 221)
    "全市2004年共资助特困生221人，其中上学期资助特困生144名含高考特困生5名，下学期资助特困生77名。",
    # a 国有资产 report, as published: the first ；-clause lists two parts of one unit (495 + 13 ≤ 724), the
    # clauses after it are the peers of 固定资产
    "固定资产724亿元，占18.3%，其中：房屋2,841万平方米、价值495亿元，车辆19,124台、价值13亿元；在建工程348亿元，占8.8%；"
    "无形资产、长期投资等其他资产209亿元，占5.2%。",
    # a 教育经费 report, as published: the second part is within the first (一般公共预算 ⊂ 国家财政性)
    "全县教育经费总投入为73728万元。其中：国家财政性教育经费64507万元，一般公共预算教育经费64469万元。",
    # a 人社 report, as published: after 其中, three activities, each an indicator of its own
    "全年城镇新增就业4564人，其中就业困难人员实现再就业493人，促进创业991人，劳动力技能提升培训4491人。",
    # a 部门预算说明, as published: the inner list (包括…) ends at the ； that ends the outer list's part
    "收入预算总额为7783.26万元。其中：财政拨款收入751.8万元，占收入预算总额的9.7%，包括一般公共预算收入751.8万元；"
    "其他收入7000万元，占收入预算总额的90.3%。",
    # a list of lines ends at a blank line: the next paragraph's figure is no part
    "本年收入合计1480.20万元，其中：\n财政拨款收入1380.20万元；\n其他收入100.00万元\n\n本年结转结余900.00万元。",
]


def test_a_second_cut_of_complementary_labels_is_checked_on_its_own():
    text = next(t for t in NUM001_FIRES if "1719" in t)
    (finding,) = fired(text, "NUM001")
    assert "1719+170 = 1889" in finding.message and "1907" in finding.message and "1258" not in finding.message


def test_figures_added_up_to_a_stated_total_must_make_it():
    text = next(t for t in NUM001_FIRES if "59.69" in t)
    (finding,) = fired(text, "NUM001")
    assert "59.69亿元+1.4亿元+0.46亿元+0.8亿元+3.48亿元 = 65.83亿元" in finding.message and "66.05亿元" in finding.message
    assert "加上 … 总计" in finding.message
    (finding,) = fired(text, "NUM001", lang="zh")
    assert "文中写明“加上……后”的总计" in finding.message


def test_num001_message_shows_the_arithmetic():
    (finding,) = fired(NUM001_FIRES[0], "NUM001")
    assert "44052+36680+10017+3001+2124 = 95874 ≠ stated total 96143 (off by 269)" in finding.message
    assert "2018–2022" in finding.message


def test_a_later_cut_by_age_says_why_it_must_add_up():
    text = next(t for t in NUM001_FIRES if "105.23" in t)
    (finding,) = fired(text, "NUM001")
    assert "18891+19099+48951+25594 = 112535 ≠ stated total 112635 (off by 100)" in finding.message
    assert "the age groups run without a gap from 0 to 60 and over" in finding.message
    (finding,) = fired(text, "NUM001", lang="zh")
    assert "各年龄段从 0 岁到 60 岁及以上首尾相接，合起来即为全部" in finding.message


def test_parts_whose_shares_make_100_percent_are_the_whole_and_one_finding_says_so():
    text = next(t for t in NUM001_FIRES if "284406" in t)
    (finding,) = findings(text, select=["NUM001", "NUM003"], lang="en")
    assert finding.rule == "NUM001"
    assert "= 195532 ≠ stated total 284406 (off by 88874)" in finding.message and "the parts' shares add up to 100%" in finding.message


def test_num001_message_shows_the_tolerance_of_rounded_figures():
    (finding,) = fired(NUM001_FIRES[6], "NUM001")
    assert "360.26万元+426.12万元 = 786.38万元" in finding.message
    assert "tolerance" in finding.message


def test_a_rounding_disclaimer_makes_a_rounded_sum_a_warning():
    text = NUM001_FIRES[6] + "\n注：因四舍五入，合计数与分项之和可能略有出入。"
    (finding,) = fired(text, "NUM001")
    assert finding.severity == Severity.WARNING
    (finding,) = fired(NUM001_FIRES[6], "NUM001")
    assert finding.severity == Severity.ERROR


def test_num001_counts_the_relations_it_checked():
    from auditor.engine import lint_source
    from auditor.config import Config

    result = lint_source(next(t for t in NUM001_SILENT if "196418" in t), "<string>", Config(select=("NUM001",)))
    assert result.relations == 1 and result.findings == ()


_SCALES = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def _written(value: Decimal, unit: str, decimals: int) -> tuple[str, Decimal]:
    """A value in 元 as a document writes it, and the half-unit of its last written digit in 元."""
    scaled = (value / _SCALES[unit]).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    exact = unit == "元" and decimals == 0
    return f"{scaled}{unit}", Decimal(0) if exact else _SCALES[unit] * Decimal(1).scaleb(-decimals) / 2


_figure = st.tuples(st.sampled_from(sorted(_SCALES)), st.integers(0, 4))


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(st.integers(1, 10**10), min_size=2, max_size=6),
    styles=st.lists(_figure, min_size=7, max_size=7),
    bump=st.integers(0, 5),
    which=st.integers(0, 5),
)
def test_num001_is_silent_on_rounded_breakdowns_and_fires_beyond_the_tolerance(parts, styles, bump, which):
    values = [Decimal(p) for p in parts]
    total_text, total_half = _written(sum(values), *styles[-1])
    written = [_written(v, *style) for v, style in zip(values, styles)]
    sentence = "全年共发放救助资金 {}，分别为{}。"
    text = sentence.format(total_text, "、".join(w for w, _ in written))
    assert fired(text, "NUM001") == [], text

    # move one part by more than the parts' half-units and one unit of the total's last digit
    # together: neither rounding nor cutting explains that
    i = which % len(values)
    tolerance = 2 * total_half + sum(h for _, h in written)
    unit, decimals = styles[i]
    step = max(_SCALES[unit] * Decimal(1).scaleb(-decimals), Decimal(1))
    moved = values[i] + step * (int(2 * tolerance / step) + 1 + bump)
    changed = list(written)
    changed[i] = _written(moved, unit, decimals)
    text = sentence.format(total_text, "、".join(w for w, _ in changed))
    assert len(fired(text, "NUM001")) == 1, text


# --- NUM002 rate-amount --------------------------------------------------------------------------

NUM002_FIRES = [
    "按照每季度 2500 元的标准，对年满 18 周岁且继续在大中专院校就读的 77 名孤儿发放 2022 年度助学金 67 万元。",
    "按照每人每月 500 元的标准，为 120 名高龄老人发放 2022 年度高龄津贴 75 万元。",
    "对 150 户困难家庭每户补助 2000 元，共发放补助资金 35 万元。",
    "为 1200 名经济困难老年人按照 100 元/人/月的标准发放服务补贴，全年共计 140 万元。",
    "按每人 7000 元标准，为 60 名困难学生发放助学金 4.2 万元。",
    "自2023年7月起，按每人每月 300 元标准为 200 名困境儿童发放生活补贴 40 万元。",
    "全年为1200户特殊困难老年人家庭实施适老化改造，每户补助标准为3000元，共计380万元。",
    "区领导走访慰问各类对象40户，每户2000元现金，共计10万元。",
]

NUM002_SILENT = [
    "按照每季度 2500 元的标准，对年满 18 周岁且继续在大中专院校就读的 77 名孤儿发放 2022 年度助学金 77 万元。",
    "将50名符合条件的孤儿纳入“福彩圆梦 孤儿助学”项目，发放助学金25万元。",
    "自2023年7月起，按每人每月 300 元标准为 200 名困境儿童发放生活补贴 36 万元。",
    "全年救助 3000 人次，每人救助 800 元，发放救助金 200 万元。",
    "全年救助 3000 人，人均救助 800 元，发放救助金 200 万元。",
    "按每人每月 500 元标准，为 120 名高龄老人和 30 名百岁老人发放津贴 75 万元。",
    "儿童福利院集中供养孤儿4人，养育费标准每人每月2016元，分散供养孤儿32人，养育标准每人每月1260元。",
    "按每人每月 300 元标准为 200 名困境儿童发放生活补贴，人均年增收 3600 元。",
    "全年为1200户特殊困难老年人家庭实施适老化改造，每户补助标准为3000元，共计360万元。",
    "按照80-89周岁每人每月 100 元、90-99周岁每人每月 200 元的标准，全年为 6120 名高龄老人发放高龄津贴 798.6 万元。",
    # a 民政 news item, as published: two items of the rate, then their total (40 × (2000 + 500) = 10 万)
    "1、区领导走访慰问各类对象40户，每户2000元现金，500元物品，共计10万元。",
]


def test_num002_message_shows_the_product_and_the_periods_tried():
    (finding,) = fired(NUM002_FIRES[0], "NUM002")
    assert "77名 × 2500元 × 4" in finding.message and "= 77万元" in finding.message
    assert "67万元 (±0.5万)" in finding.message and "from 1 to 4" in finding.message


# --- NUM003 percent-ratio ------------------------------------------------------------------------

NUM003_FIRES = [
    "60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率92.1%。",
    "60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率97.9%。",
    "全县应签约 2000 人，已签约 1800 人，签约率 95%。",
    "全县共有养老机构 40 家，其中公办机构 30 家，占 60%。",
    "全县共有养老机构 40 家，其中公办机构 30 家，占比 70%。",
    "全市有养老机构 86 家，床位 1.12 万张，其中护理型床位 6200 张，占比 65.4%。",
    "60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率百分之九十二点一。",
    # a 决算说明's parts one a line under 其中：, each with its share of the total above (1380.20 / 1480.20 = 93.24%)
    "本年收入合计1480.20万元，其中：\n财政拨款收入1380.20万元，占95.24%；\n其他收入100.00万元，占6.76%。",
    # a county's report on 建议 and 提案, as published: 74 / (49 + 66) = 64.35%, not 64.25%
    "2019年，县政府系统共承办人大代表建议49件、政协委员提案66件。其中，已解决或正在解决的74件，占64.25%。",
]

NUM003_SILENT = [
    "60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率97.78%。",
    "60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率97.8%。",
    "60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率98%。",
    "全县共有养老机构 40 家，其中公办机构 30 家，占 75%。",
    "全县 1200 名老人中，80 岁以上 300 人，体检率 95%。",
    "参保人数 35120 人，较上年增长 5.2%。",
    "全县共有 8 个乡镇，其中 1 个乡镇已建成，占 12%。",
    "全县共有 8 个乡镇，其中 1 个乡镇已建成，占 13%。",
    "全县 18 个乡镇 216 个村实现全覆盖，覆盖率 100%。",
    "全县户籍人口 28 万人，共有老年人 52310 人，占总人口的 18.6%。",
    "全市有养老机构 86 家，床位 1.12 万张，其中护理型床位 6200 张，占比 55.4%。",
    "60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率百分之九十七点七八。",
    "本年收入合计1480.20万元，其中：\n财政拨款收入1380.20万元，占93.24%；\n其他收入100.00万元，占6.76%。",
    # a 国有资产 report, as published: the shares of the parts are of the city's total, as the share of the
    # whole they break down is (2134 ÷ 53.8% = 3967; 395 / 3967 = 10%)
    "全市行政单位资产总额2,134亿元，占全市53.8%，其中：城建部门395亿元，占10%；交通部门343亿元，占8.7%；水务部门224亿元，占5.7%。",
    # a 卫健 report, as published: the rates are of the live births (5503 / 6411 = 85.84%)
    "当年活产数6411人，产妇总数6404人，孕产妇系统管理5503人，孕产妇系统管理率85.84%。",
    # a 统计公报, as published: 成活率 is of the young born, which the text does not state
    "年末大牲畜和羊存栏609525头(只)，比上年增长27.8%，年内成活仔畜182524头(只)，成活率90%。",
    # the same: 8 / (49 + 66) = 6.96%, of the two stated together (not of 66 or 49 alone)
    "2019年，县政府系统共承办人大代表建议49件、政协委员提案66件。其中，因政策、资金等因素暂不能办理的8件，占6.95%。",
]


def test_a_rounding_disclaimer_makes_a_percentage_a_warning():
    (finding,) = fired(NUM003_FIRES[1] + "\n注：部分数据因四舍五入存在尾差。", "NUM003")
    assert finding.severity == Severity.WARNING


def test_num003_message_shows_the_ratio():
    (finding,) = fired(NUM003_FIRES[0], "NUM003")
    assert "14810人 / 15147人 = 97.775%" in finding.message and "92.1%" in finding.message


# --- NUM004 respectively-arity -------------------------------------------------------------------

NUM004_FIRES = [
    "认真落实孤儿和事实无人抚养儿童基本生活保障标准自然增长机制，集中供养儿童、社会散居孤儿、事实无人抚养儿童、感染艾滋病儿童保障标准分别达到 1600 元/ 月、1200 元/月，及时足额落实各项福利待遇。",
    "城区、乡镇、农村三个项目分别投资5亿元、3亿元。",
    "A镇、B镇、C镇分别投入资金 100 万元、200 万元。",
    "民政局、财政局分别投入资金 100 万元、200 万元、300 万元。",
    "低保、特困人员、孤儿分别为 6026 人、2389 人。",
    "护理标准分三档分别达到 1800 元/年、3612 元/年。",
]

NUM004_SILENT = [
    "逐年稳步提高城乡低保和特困供养保障标准，城乡低保年保障标准分别提高到8580元、5580元。",
    "城乡特困供养人员年生活补贴分别提高到11160元、7260元。",
    "护理标准分三档分别达到 1800 元/年、3612 元/年、5412 元/年。",
    "住房和城乡建设局、自然资源局分别投入 100 万元、200 万元。",
    "孤儿、事实无人抚养儿童、困境儿童等分别纳入保障 105 人、1561 人。",
    "各乡镇分别配备 2 名工作人员。",
    "2022年、2023年分别新增养老床位 120 张、150 张。",
    "上半年和下半年分别开展培训 3 次和 5 次。",
    "两项补贴、低保、特困分别惠及 300 人、200 人、100 人。",
    # 服装、鞋帽、针纺织品 is one category of the retail statistics (a 区 release)
    "限额以上单位饮料、烟酒、服装、鞋帽、针纺织品商品零售额分别增长25.6%、7.3%、6.9%。",
    # a county's tax report copied from a document-sharing site (held out): a page number breaks the list, which runs past the excerpt
    "其中城市维护建设税、房产税、城镇土地使用税、车船税、契税分别增收 4 万元、3 万\n4、元、4 万元、\n",
    "其中城市维护建设税、房产税、城镇土地使用税分别增收 4 万元、3 万元、",
]


@pytest.mark.parametrize(
    "code, text, fires",
    sentence_cases(
        {"NUM001": NUM001_FIRES, "NUM002": NUM002_FIRES, "NUM003": NUM003_FIRES, "NUM004": NUM004_FIRES},
        {"NUM001": NUM001_SILENT, "NUM002": NUM002_SILENT, "NUM003": NUM003_SILENT, "NUM004": NUM004_SILENT},
    ),
)
def test_each_sentence_fires_once_or_leaves_the_rule_silent(code, text, fires):
    assert len(fired(text, code)) == (1 if fires else 0)


def test_num004_message_names_subjects_and_values():
    (finding,) = fired(NUM004_FIRES[0], "NUM004")
    assert "4 subjects" in finding.message and "2 values (1600元/月、1200元/月)" in finding.message


def test_one_root_cause_one_finding():
    """A count already in conflict with an earlier statement is not summed again (block, don't cascade)."""
    text = "全县有孤儿 54 人。截至目前，全县共有孤儿 52 人，其中集中供养 30 人，分散供养 24 人。"
    assert [f.rule for f in findings(text, select=["CON001", "NUM001"])] == ["CON001"]
    assert [f.rule for f in findings(text.split("。", 1)[1], select=["CON001", "NUM001"])] == ["NUM001"]
