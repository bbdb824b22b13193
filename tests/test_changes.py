"""Changes and growth rates (NUM007) and rate × count amounts (NUM002) on sentences of real documents.

Silent sentences are as published (统计公报 of 国家统计局 and provinces, 民政 reports, 决算说明,
the ecosystem corpus); firing ones are the issue's examples, real errors as published, and real
sentences with one figure mistyped the way documents mistype them (digits swapped, a decimal
point moved), which the rule must then catch.
"""

import pytest

from auditor.config import Config
from auditor.engine import lint_text
from auditor.messages import text as text_of
from auditor.registry import Checked, get_rule
from auditor.text import Document
from helpers import codes, sentence_cases

CHANGE_FIRES = [
    # the examples
    "全年救助困难群众 5200 人次，比上年增加 600 人次，增长 12.5%。",
    "城乡低保保障标准由 1250 元提高到 1380 元，增幅 12%。",
    "签约服务覆盖率达到 92.5%，比上年提高 3.2 个百分点（上年为 88.3%）。",
    # as published (ecosystem corpus 100.txt, a 决算说明): 2.4 / 1.06 is 226%, not 0.24%
    "2022年“三公”经费财政拨款支出决算为3.46万元,完成预算100%,较上年增加2.4万元,增长0.24%。",
    # 统计公报 sentences with one figure mistyped
    "全年粮食产量69541万吨，比上年增加888万吨，增产3.1%。",
    "2021年全国粮食总产量13657亿斤，比上年增加267亿斤，增长2.9%。",
    "广东户籍人口10049.7万人，增加102.8万人，增长1.30%。",
    "2014年全国夏粮总产量13659.6万吨(2731.9亿斤)，比2013年增产474.8万吨(94.9亿斤)，增长6.3%。",
    "全国粮食总产量61791万吨(12358亿斤)，比2016年增加166万吨(33亿斤)，增长3.0%。",
    "2020年财政拨款收入总计1614.63万元，与2019年相比增加540.23万元，增长5.28%。",
    "提出代表建议37527件，比上届增加了9649件，增幅达到43.6%。",
    # 民政 reports with one figure mistyped
    "城镇低保从当时的月人均270元提高到目前的月人均465元，增加了27%。",
    "资金 2860 万元，比上年的 2450 万元增加 140 万元。",
    "全国牛奶产量由1980年的114万吨增加到2018年的3075万吨，增长2.59倍。",
    "全市养老机构床位由 3200 张增加到 4800 张，翻了一番。",
    "全市城乡居民养老保险参保率为 96.8%，上年为 95.2%，提高 2.6 个百分点。",
    # faithful: the 2015 1% sample survey, 3377 / 133972 = 2.52%, changed to 2.62%; the earlier figure
    # opens the sentence (同…的 A 相比), the later one is the sentence before's
    "全国大陆31个省、自治区、直辖市和现役军人的人口为137349万人。同第六次全国人口普查2010年11月1日零时的133972万人相比，五年共增加3377万人，增长2.62%。",
    "全市接待游客1250万人次。与上年的1100万人次相比，增加150万人次，增长15.6%。",
    # faithful to a 决算说明 (17.40 / 25.78 = 67.5%, written 57.5%): the sentence opened by 较 leaves out
    # its subject, the figure of the sentence before
    "2.上级补助收入8.38万元，为事业单位开展业务活动取得的收入。较2020年度决算数减少17.40万元，下降57.5%。",
    # a 部门决算说明, as published: the rate of the line above (1930.74 / 111436.86) copied; 738.30 / 34583.04
    # is 2.13%. 比上年 A without 的 names the earlier figure
    "事业收入33844.74万元，比上年34583.04万元减少738.30万元，下降1.73%。",
    # a county's 教育经费 report, as published: 上年 A，本年 B (0.37%); 与上年的 A 同口径相比增 (−12.87%): 同口径
    # says the two figures are comparable, so the rate is of them
    "（1）普通小学上年10321.31元，本年10359.52元，同口径比上年增长20.97%。",
    "2021年全县一般公共预算教育经费为64469万元，与上年的73991万元同口径相比增12.05%。",
    # the same report: a fall written as a negative growth (增长-13.19%; the figures fall 33.96%)
    "（3）普通高中上年20316.59元，本年13417.25元，同口径增长-13.19%。",
    # the same with the rate mistyped: no rounding of the yuan reaches 17.78%
    "(1)示范区普通小学为6497元,比上年的5612元增长17.78%。",
    # the earlier figure named by its year and census (a 七普 bulletin): 3.86 − 2.62 is 1.24
    "平均每个家庭户的人口为2.62人,比2010年第六次全国人口普查的3.86人减少0.74人。",
    # the changes of a complete set's parts against the whole's (a 七普 bulletin): 202487 − 66271 is 136216
    "与2010年相比，全市常住人口增加136247人，其中城镇人口增加202487人，乡村人口减少66271人。",
    "全市一般公共预算收入比上年减收1070万元。其中：税收收入增收1284万元；非税收入减收2300万元。",
    "全区常住人口为579101人，与2010年第六次全国人口普查的442854人相比，增加136247人。\n\n"
    "与2010年第六次全国人口普查相比，城镇人口增加202487人，乡村人口减少66271人，城镇人口比重提高16.65个百分点。",
    # parts that add up to their whole, each with its change (a county's 三公 budget, one change mistyped): −12 − 219 is −231
    "2025年全市“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%；其中：因公出国（境）经费40万元，较上年持平；"
    "公务接待费242万元，较上年减少12万元，下降4.7%；公务用车购置及运行维护费1687万元，较上年减少219万元，下降11.5%。",
    # a base that the rounding lets reach 0 still bounds the rate from below: 0.45 / 1.05 is 42.9% at least
    "公务接待费1万元，比上年增加0.5万元，增长30%。",
    # a township's 三公 budget (held out, as published): 0 + 0.50 + 6.00 = 6.50, but 0 + 0 − 1.00 is not −0.50
    "2023年“三公”经费预算6.50万元,比上年减少0.50万元。其中:因公出国(境)费用0万元,较上年无增减;公务接待费0.50万元,较上年无增减;"
    "公务用车运行维护费6.00万元,比上年减少1.00万元,主要原因是车辆减少。",
    # a district's 三公 决算 (held out, as published): 减少支出 states the change; 613.80 / 1973.93 is 31.1%
    "经长乐区财政局汇总,2017年区级“三公”经费公共财政拨款支出1360.13万元,比上年减少支出613.80万元,下降36.0%。",
]

CHANGE_SILENT = [
    "全年救助困难群众 5200 人次，比上年增加 600 人次，增长 13.0%。",
    "城乡低保保障标准由 1250 元提高到 1380 元，增幅 10.4%。",
    "签约服务覆盖率达到 92.5%，比上年提高 4.2 个百分点（上年为 88.3%）。",
    # 国家统计局, as published
    "全年粮食产量69541万吨，比上年增加888万吨，增产1.3%。",
    "2021年全国粮食总产量13657亿斤，比上年增加267亿斤，增长2.0%，全年粮食产量再创新高。",
    "2014年全国夏粮总产量13659.6万吨(2731.9亿斤)，比2013年增产474.8万吨(94.9亿斤)，增长3.6%。其中谷物产量12580.9万吨(2516.2亿斤)，增产438.8万吨(87.8亿斤)，增长3.6%；谷物中冬小麦产量11989.9万吨(2397.9亿斤)，比2013年增产404.5万吨(80.8亿斤)，增长3.5%。",
    "全国粮食总产量61791万吨(12358亿斤)，比2016年增加166万吨(33亿斤)，增长0.3%。其中谷物产量56455万吨(11291亿斤)，比2016年减少83万吨(17亿斤)，减少0.1%。",
    "全国粮食播种面积112220千公顷(168329万亩)，比2016年减少815千公顷(1222万亩)，下降0.7%。",
    "广东户籍人口10049.7万人，增加102.8万人，增长1.03%，成为全国常住人口与户籍人口同时达到过亿体量的省份。",
    "2021年，城镇就业人员总量达到46773万人，比2012年增加9486万人，年均增长1054万人；城镇就业占比进一步提高到62.7%，比2012年增加13.8个百分点，年均提高1.5个百分点。",
    # 民政 and 决算 documents, as published
    "城镇低保从当时的月人均270元提高到目前的月人均465元，增加了72%；农村低保标准从当时的年人均1900元提高到现在的年人均3900元，增加了105%。",
    "2020年财政拨款收入总计1614.63万元，与2019年相比增加540.23万元，增长50.28%；财政拨款支出总计1870.91万元，与2019年相比增加633.43万元，增长51.19%。",
    "4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。其中：税收收入8103万元，比上年增收1284万元，增长18.8%；非税收入16524万元，比上年减收2354万元，下降12.5%。",
    "4月，政府性基金预算收入累计完成2236万元，完成年初预算数25200万元的8.9%，比上年增收367万元，增长19.6%。",
    "五年来，代表们紧紧围绕党和国家中心工作，提出代表建议37527件，比上届增加了9649件，增幅达到34.6%。",
    "2012—2021年，全区居民人均可支配收入由8568元增加至24950元，累计增加16382元，年均增长12.6%。",
    "资金 2860 万元，比上年的 2450 万元增加 410 万元。",
    "全国牛奶产量由1980年的114万吨增加到2018年的3075万吨，增长25.9倍。",
    "全市养老机构床位由 3200 张增加到 6500 张，翻了一番。",
    "全市养老机构床位由 3200 张增加到 6100 张，接近翻一番。",
    # 国家统计局, as published: the figure of 同…相比 is the earlier one (not the later, less 3377)
    "全国大陆31个省、自治区、直辖市和现役军人的人口为137349万人。同第六次全国人口普查2010年11月1日零时的133972万人相比，五年共增加3377万人，增长2.52%，年平均增长率为0.50%。",
    "事业收入33844.74万元，比上年34583.04万元减少738.30万元，下降2.13%。",
    "（1）普通小学上年10321.31元，本年10359.52元，同口径比上年增长0.37%。",
    # a 教育经费 bulletin, as published: averages in whole 元 are rounded, 6497.4 / 5611.5 is 15.78%
    "(1)示范区普通小学为6497元,比上年的5612元增长15.78%。",
    # the same report, as published: a negative growth; points that compare two rates, not the amounts
    "2021年,全县教育经费总投入为73728万元,比上年的81381万元增长-9.41 %。",
    "全县财政经常性收入139857万元,比上年的143363万元增长-2.45%,一般公共预算教育经费增长高于财政经常性收入增长-10.42个百分点。",
    "全县财政经常性收入139857万元,比上年的143363万元下降2.45%,一般公共预算教育经费增长高于财政经常性收入增长10.42个百分点。",
    # a 统计局 analysis, as published: 拉动 … 增长 4.3 个百分点 is the sector's contribution, not its share's change
    "高技术产业投资同比增长25.3%，占全部投资比重由去年同期的17.1%提升至20.9%，拉动全部投资增长4.3个百分点。",
    "全年社会消费品零售总额9708.28亿元，比上年下降0.2%（上年为9498.12亿元，统计口径有调整）。",
    # a 决算说明, as published: 157.86 / (382.17 + 157.86) = 29.2%
    "1.一般公共预算财政拨款收入382.17万元，为市本级财政当年拨付的资金。较2020年度决算数减少157.86万元，下降29.2%，主要原因是军休人员自然减员。",
    # a 镇 决算说明, as published: after a ；, 较年初预算数 compares the budget, no figure of the clause before
    "2021年度镇本级“三公”经费决算4.5万元。经比较，2021年度镇本级“三公”经费较上年决算数减少0.03万元，下降0.6%；"
    "较年初预算数减少6.3万元，下降58.3%。",
    # the sentence opened by 较 after two figures of its unit: which one it compares is not said
    "基本支出300.00万元，项目支出82.17万元。较上年减少157.86万元，下降50.0%。",
    # two figures of the unit in the sentence before: which is the later one is not said
    "城镇接待1250万人次，乡村接待300万人次。与上年的1100万人次相比，增加250万人次，增长40%。",
    # a rate at comparable prices is not the ratio of the stated figures
    "据初步测算，全市实现生产总值617.50亿元，比上年增加40.1亿元，按可比价格计算，增长5.2%。",
    # an earlier figure that is not stated: nothing to check
    "全年猪牛羊禽肉产量9641万吨，比上年增长4.5%。其中，猪肉产量5794万吨，增长4.6%。",
    # a census bulletin, as published: (全区常住人口)与…的 A 相比: A is the earlier figure, 179316 / 662429
    "全区常住人口与2010年第六次全国人口普查的662429人相比,增加179316人,增长27.07%,年平均增长率为2.42%。",
    # points after two percentages are a change: never the later figure of a growth rate
    "农村居民收入增速为8.5%，比2019年的8.2%高0.4个百分点。",
    # the change is of the sum of the two figures before it (医院 and 卫生院): read charitably
    "全县有医院 200 个，乡镇卫生院 100 个，比上年增加 10 个，增长 3.4%。",
    "平均每个家庭户的人口为2.66人,比2010年第六次全国人口普查的3.62人减少0.96人。",
    "与2010年相比，全市常住人口增加136247人，其中城镇人口增加202278人，乡村人口减少66031人。",
    "全市一般公共预算收入比上年减收1070万元。其中：税收收入增收1284万元；非税收入减收2354万元。",
    # parts that are no complete set: 城镇 and 少数民族 may change by anything
    "全市常住人口增加136247人，其中城镇人口增加202487人，少数民族人口减少66271人。",
    # the parts name no year: which whole changed by the 1200 (户籍人口? 常住人口?) is not pinned
    "户籍人口比上年增加1200人。\n\n与上年相比，城镇人口增加8000人，乡村人口减少3000人。",
    # the whole's change is of another year: not compared
    "2022年末常住人口比上年增加1200人。\n\n与2010年相比，城镇人口增加202487人，乡村人口减少66271人。",
    # as published: 40 + 242 + 1687 = 1969, and 0 − 12 − 209 = −221
    "2025年全市“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%；其中：因公出国（境）经费40万元，较上年持平；"
    "公务接待费242万元，较上年减少12万元，下降4.7%；公务用车购置及运行维护费1687万元，较上年减少209万元，下降11%。",
    # the parts do not make the whole (40 + 242 = 282 of 1969): their changes need not make its change
    "2025年全市“三公”经费预算总额为1969万元，较上年减少221万元；其中：因公出国（境）经费40万元，较上年持平；公务接待费242万元，较上年减少12万元。",
    # a part's change against another basis (上年预算, 上年决算): not added up
    "三公经费支出35万元，比上年决算减少2万元。其中：公务接待费30万元，比上年预算减少3万元；公务用车运行维护费5万元，比上年决算增加1万元。",
    # a 决算 (held out, as published): 1万 and 0.5万 leave the earlier figure anywhere from 0 to 1.05万, so 100% fits
    "公务接待费1万元，比上年增加0.5万元，增长100%。",
    "2017年区级“三公”经费公共财政拨款支出1360.13万元,比上年减少支出613.80万元,下降31.1%。",
]


@pytest.mark.parametrize("code, text, fires", sentence_cases({"NUM007": CHANGE_FIRES}, {"NUM007": CHANGE_SILENT}))
def test_change_sentences(code, text, fires):
    assert (code in codes(text, select=[code])) == fires, text


def checked(text, code):
    return [i for i in get_rule(code).check(Document(text)) if isinstance(i, Checked)]


def test_every_change_compared_is_listed_with_its_arithmetic():
    text = CHANGE_SILENT[5]  # 夏粮, 谷物, 冬小麦: three changes
    found = checked(text, "NUM007")
    assert [c.kind for c in found] == ["change"] * 3 and all(c.holds for c in found)
    assert text_of(found[0].arithmetic, "en") == "474.8万吨 / (13659.6万吨 − 474.8万吨) = 3.60% vs 3.6%"
    assert text_of(found[0].arithmetic, "zh") == "474.8万吨 / (13659.6万吨 − 474.8万吨) = 3.60% 对照 3.6%"


def test_the_message_shows_the_arithmetic():
    (finding,) = lint_text(CHANGE_FIRES[0], config=Config(select=("NUM007",)))
    assert "600人次 / (5200人次 − 600人次) = 13.04%" in finding.message and "12.5%" in finding.message
    (finding,) = lint_text(CHANGE_FIRES[2], config=Config(select=("NUM007",)))
    assert "92.5% − 88.3% = 4.2个百分点" in finding.message


def test_the_figure_right_after_bi_shang_nian_is_the_earlier_one():
    (finding,) = lint_text(next(t for t in CHANGE_FIRES if "1.73%" in t), config=Config(select=("NUM007",)))
    assert "(33844.74万元 − 34583.04万元) / 34583.04万元 = -2.135%" in finding.message


def test_a_rate_taken_over_the_new_figure_is_named_as_such():
    # a county bureau's 2025 budget, as published: 16803.36 / 116433.12 = 14.43%, the change over this year's figure
    text = "（二）社会保障和就业支出类科目 116433.12 元，占支出总预算 10.73 %，同比增加 16803.36 元，增长 14.43%。"
    (finding,) = lint_text(text, config=Config(select=("NUM007",), lang="zh"))
    assert "16803.36元 / (116433.12元 − 16803.36元) = 16.866%" in finding.message
    assert "文中的 14.43% 是以本期数 116433.12元 为基数算出的" in finding.message
    (finding,) = lint_text(text, config=Config(select=("NUM007",), lang="en"))
    assert "the stated 14.43% is the change over this period's 116433.12元" in finding.message
    # a rate that is simply wrong gets no such guess
    (finding,) = lint_text(CHANGE_FIRES[0], config=Config(select=("NUM007",), lang="zh"))
    assert "本期数" not in finding.message


# --- NUM002: one-off per-person amounts, 人均/户均 said to make the total, a count after another amount ---

RATE_FIRES = [
    # the example: 52 × 800 = 4.16万
    "为 52 名重度残疾人每人发放一次性慰问金 800 元，共计 4.5 万元。",
    # labelled corpus 040-1, as published (the count follows the 低保 amounts of the year's quarters)
    "第四季度享受人员:1075户2496人 拨款金额:1116165 元 第一季度到第四季度低保拨款总金额:4368036元 20xx年新市坝镇特困人员41人,每月300元,全年拨款金额453600元 ;我镇在福利院居住的特困人员5人",
    # 民政 reports with one figure mistyped
    "春节期间为 1690 名农村五保对象每人发放一次性生活补贴 200 元，共计 38 万元。",
    "为 13664 户城乡低保户每户发放电价补贴 50 元，共计 60 万元。",
    "为 120 名高龄老人人均发放 3000 元，共计 38 万元。",
    "对 35 户受灾群众户均补助 1500 元，共计发放救助资金 6.25 万元。",
    "为全县 86 名孤儿每人发放两节慰问金 400 元，合计 3.84 万元。",
    "走访慰问 215 名困难党员，每人发放慰问金 500 元，共计 12.75 万元。",
    "为 18 名在读孤儿每人发放助学金 10000 元，共计 16 万元。",
    "为 62 名困境儿童每人发放一次性生活补助 600 元，共计 3.27 万元。",
    "全年为 150 名特困人员人均月发放护理补贴 300 元，共计 45.4 万元。",
]

RATE_SILENT = [
    "为 52 名重度残疾人每人发放一次性慰问金 800 元，共计 4.16 万元。",
    "第四季度享受人员:1075户2496人 拨款金额:1116165 元 第一季度到第四季度低保拨款总金额:4368036元 20xx年新市坝镇特困人员41人,每月300元,全年拨款金额147600元 ;我镇在福利院居住的特困人员5人",
    "为 120 名高龄老人人均发放 3000 元，共计 36 万元。",
    # an average the text does not say makes the total
    "全年救助 3000 人，人均救助 800 元，发放救助金 200 万元。",
    # as published (ecosystem corpus): 118 × 506.4 × 12 = 71.71万
    "2016年，城市低保对象67户、118人，发放低保补助金71.71万元，人均月补助506.4元/月/人，按月实行了社会化发放。",
    # as published: no rate
    "春节期间为1690名农村五保对象发放一次性生活补贴3.8万元。",
    # as published: no count
    "本次补贴对象为2024年12月在保在册的城乡低保对象、特困人员、孤儿、事实无人抚养儿童，标准为每人100元，所需资金由省级财政拨付。",
    "对 35 户受灾群众户均补助 1500 元，共计发放救助资金 5.25 万元。",
    "走访慰问 215 名困难党员，每人发放慰问金 500 元，共计 10.75 万元。",
    "为 62 名困境儿童每人发放一次性生活补助 600 元，共计 3.72 万元。",
    "为 18 名在读孤儿每人发放助学金 10000 元，共计 18 万元。",
    "全年为 150 名特困人员人均月发放护理补贴 300 元，共计 54 万元。",
    # two rates for two groups: which product is meant is not one
    "为 40 名孤儿每人发放 500 元、为 20 名困境儿童每人发放 300 元，共计 2.7 万元。",
]


@pytest.mark.parametrize("code, text, fires", sentence_cases({"NUM002": RATE_FIRES}, {"NUM002": RATE_SILENT}))
def test_rate_sentences(code, text, fires):
    assert (code in codes(text, select=[code])) == fires, text


def test_every_rate_compared_is_listed():
    (found,) = checked(RATE_FIRES[0], "NUM002")
    assert found.kind == "rate" and not found.holds
    assert text_of(found.arithmetic, "en") == "800元 × 52名 × 1–1 (once) vs 4.5万元"
    assert text_of(found.arithmetic, "zh") == "800元 × 52名 × 1–1（发放一次）对照 4.5万元"


# --- tables: 增减/增长% columns are NUM007's, 占比 columns NUM003's -------------------------------------

FINAL_ACCOUNTS = (
    "表1 2023年度收入决算表\n"
    "单位：万元\n"
    "项目\t2022年\t2023年\t增减额\t增长%\t占比%\n"
    "一、一般公共预算财政拨款\t4812.30\t5120.45\t308.15\t6.4\t87.3\n"
    "二、政府性基金预算财政拨款\t560.00\t612.80\t52.80\t9.4\t10.4\n"
    "三、其他收入\t120.50\t132.00\t11.50\t9.5\t2.3\n"
    "合计\t5492.80\t5865.25\t372.45\t6.8\t100.0\n"
)


def test_table_changes_and_shares_are_run_by_their_rules():
    assert codes(FINAL_ACCOUNTS, select=["NUM003", "NUM007"]) == []
    kinds = sorted({c.kind for code in ("NUM003", "NUM007") for c in checked(FINAL_ACCOUNTS, code)})
    assert kinds == ["change", "share"]
    changes = [c for c in checked(FINAL_ACCOUNTS, "NUM007")]
    assert len(changes) == 8 and all(c.holds for c in changes)  # 增减额 and 增长% of four rows


@pytest.mark.parametrize("wrong, right, code", [
    ("\t308.15\t6.4\t", "\t380.15\t6.4\t", "NUM007"),  # 增减额 mistyped
    ("\t52.80\t9.4\t", "\t52.80\t4.9\t", "NUM007"),  # 增长% mistyped
    ("\t9.5\t2.3\n", "\t9.5\t3.2\n", "NUM003"),  # 占比% mistyped
])
def test_a_wrong_table_cell_is_found_by_its_rule(wrong, right, code):
    text = FINAL_ACCOUNTS.replace(wrong, right)
    assert text != FINAL_ACCOUNTS
    assert codes(text, select=["NUM003", "NUM007"]) == [code]
