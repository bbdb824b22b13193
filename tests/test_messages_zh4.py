"""Messages in Chinese and English of NUM002 (rate × count × period against the amount paid),
NUM003 (a rate or share against its counts) and of tables (NUM001 totals, NUM003 shares, NUM007
changes: their messages are tests/test_messages_tables.py's), and the arithmetic of every relation
--show-relations lists: every kind in both languages, on sentences and tables of the kind replies,
reports and 决算 tables write."""

import pytest

from auditor.messages import Message, kinds, text
from auditor.registry import Checked, all_rules, get_rule
from auditor.text import Document
from helpers import only_finding

# (rule, kind, sentence, Chinese message, English message)
CASES = [
    ("NUM002", "PaidOnceDoesNotFit", "为 52 名重度残疾人每人发放一次性慰问金 800 元，共计 4.5 万元。",
     "52名 × 800元 = 4.16万元，与所列 4.5万元（允许误差 ±0.05万）不符；该标准为每人发放一次",
     "52名 × 800元 = 4.16万元, but the stated amount is 4.5万元 (±0.05万); the rate is paid once per person"),
    ("NUM002", "PeriodsDoNotFit", "按照每季度 2500 元的标准，对年满 18 周岁且继续在大中专院校就读的 77 名孤儿发放 2022 年度助学金 67 万元。",
     "77名 × 2500元 × 4 个季度（按“2022 年度”计）= 77万元，与所列 67万元（允许误差 ±0.5万）不符；"
     "无论按 1 至 4 个季度中的哪一种计算都对不上（每季度 19.25万元）",
     "77名 × 2500元 × 4 quarters (over 2022 年度) = 77万元; the stated 67万元 (±0.5万) fits no whole number of quarters "
     "from 1 to 4 (each adds 19.25万元)"),
    ("NUM002", "PeriodsDoNotFit", "自 2022 年 7 月起，按每人每月 500 元标准，为 120 名高龄老人发放 2022 年高龄津贴 75 万元。",
     "120名 × 500元 × 12 个月（“2022 年”内自某月起）= 72万元，与所列 75万元（允许误差 ±0.5万）不符；"
     "无论按 1 至 12 个月中的哪一种计算都对不上（每月 6万元）",
     "120名 × 500元 × 12 months (within 2022 年) = 72万元; the stated 75万元 (±0.5万) fits no whole number of months "
     "from 1 to 12 (each adds 6万元)"),
    ("NUM002", "NoWholeNumberOfPeriods", "按每人每月 500 元标准，为 120 名高龄老人发放高龄津贴 75.3 万元。",
     "120名 × 500元 = 每月 6万元，所列 75.3万元（允许误差 ±0.05万）不是它的整数倍（文中未写明发放时段，按至多十年计）",
     "120名 × 500元 = 6万元 per month; the stated 75.3万元 (±0.05万) is no whole number of months of it "
     "(no span stated: up to ten years)"),
    ("NUM003", "ShareDoesNotFit", "60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率92.1%。",
     "14810人 / 15147人 = 97.775%，保留 1 位小数应为 97.8%，与文中 92.1% 不符",
     "14810人 / 15147人 = 97.775%, but the stated figure is 92.1% (any rounding of the ratio to 1 decimals gives 97.8%)"),
    ("NUM003", "ShareDoesNotFit", "全县共有养老机构 40 家，其中公办机构 30 家，占百分之六十。",
     "30家 / 40家 = 75.00%，取整应为 75%，与文中 百分之六十（60%）不符",
     "30家 / 40家 = 75.00%, but the stated figure is 百分之六十 (60%) (any rounding of the ratio to 0 decimals gives 75%)"),
    ("NUM003", "ShareDoesNotFit",
     "2007年，提案委员会共收到提案77件，立案71件。至年底全部办复完毕。提案所提问题已经解决或基本解决的20件，占29.8%。",
     "20件 / 71件 = 28.169%，保留 1 位小数应为 28.2%，与文中 29.8% 不符；以文中其他数字为基数也都不符（20件 / 77件 = 25.974%）",
     "20件 / 71件 = 28.169%, but the stated figure is 29.8% (any rounding of the ratio to 1 decimals gives 28.2%); "
     "no other base the text states fits either (20件 / 77件 = 25.974%)"),
]

CASES.append(("NUM003", "RoughShareDoesNotFit", "会议共收到建议81件。向上级反映的11件，约占总数的11%。",
              "11件 / 81件 = 13.58%，超出文中约数 11% ± 1 的范围（约数按所写位数放宽）",
              "11件 / 81件 = 13.58%, outside the rough figure 11% ± 1 (as loose as its digits allow)"))
CASES.append(("NUM002", "AverageDoesNotFit", "全年发放临时救助金52万元，救助困难家庭320户，户均1500元。",
              "52万元 ÷ 320户 = 1625元，与文中的平均数 1500元 不符（已计入各数字按所写位数的舍入误差）",
              "52万元 / 320户 = 1625元, but the stated average is 1500元 (rounding of every stated digit allowed)"))
# 化隆县 七普 bulletin: the 60+ share is wrong (22559 / 200474 = 11.25%), the 65+ share of 200474 right
CASES.append(("NUM003", "SharesOfTwoWholes",
              "0-14岁人口为60699人,占30.28%;15-59岁人口为117216人,占58.47%;60岁及以上人口为22559人,占14.18%,其中65岁及以上人口为16536人,占8.25%。",
              "16536人 ÷ 8.25% = 200436人，而 22559人 ÷ 14.18% = 159090人：两个占比的总数不一致；"
              "若 8.25% 是占 22559人 的比例，16536人 / 22559人 = 73.3011%，也不符",
              "16536人 ÷ 8.25% = 200436人, but 22559人 ÷ 14.18% = 159090人: the two shares are not of one whole; "
              "nor is 8.25% a share of 22559人 (16536人 / 22559人 = 73.3011%)"))

MODULES = ("auditor.rules.ratio",)
# kinds that are only a clause of another message
CLAUSES = {"SpanOver", "SpanWithin", "SpanNotStated", "SpanOnce"}
# kinds of a relation's arithmetic (--show-relations), each shown by RELATION_CASES
RELATIONS = {"RateChecked", "RatiosChecked", "TableChecked", "PartWithin", "NameChecked", "DocNumberYearChecked", "PastChecked",
             "WeekdayChecked", "SignedChecked", "RespectivelyChecked", "TimesChecked", "ClassificationChecked", "Versus", "ReferenceChecked"}

RELATION_CASES = [
    ("NUM002", "Versus", "全年发放临时救助金52万元，救助困难家庭320户，户均1500元。", "52万元 / 320户 对照 1500元", "52万元 / 320户 vs 1500元"),
    ("CON004", "ReferenceChecked",
     "关于县政协十届五次会议第52号提案的答复\n\n张三委员：\n您提出的《关于加强农村养老服务的提案》（第25号）收悉。现答复如下：",
     "第25号 对照标题中的 第52号", "第25号 vs title 第52号"),
    ("NUM002", "RateChecked", "为 52 名重度残疾人每人发放一次性慰问金 800 元，共计 4.5 万元。",
     "800元 × 52名 × 1–1（发放一次）对照 4.5万元", "800元 × 52名 × 1–1 (once) vs 4.5万元"),
    ("NUM002", "RateChecked", "按每人每月 500 元标准，为 120 名高龄老人发放高龄津贴 75.3 万元。",
     "500元 × 120名 × 1–120（文中未写明发放时段，按至多十年计）对照 75.3万元",
     "500元 × 120名 × 1–120 (no span stated: up to ten years) vs 75.3万元"),
    ("NUM003", "RatiosChecked", "2007年，提案委员会共收到提案77件，立案71件。至年底全部办复完毕。提案所提问题已经解决或基本解决的20件，占29.8%。",
     "20件 / 71件；20件 / 77件 对照 29.8%", "20件 / 71件; 20件 / 77件 vs 29.8%"),
    ("NUM001", "TableChecked", "项目\t人数\n城市\t120\n其中：女性\t150\n农村\t340\n合计\t460",
     "其中 150 = 150 ≤ 城市 120?（位于“人数”列）", "其中 150 = 150 ≤ 城市 120? (column 人数)"),
    ("NUM007", "TableChecked", "项目\t上年\t本年\t增减\n\t100\t120\t30",
     "120-100 = 20 对照 30（位于第 1 行）", "120-100 = 20 vs 30 (1)"),
    ("NUM001", "TableChecked", "项目\t合计\t其中：男\t其中：女\n\t120\t80\t70\n农村\t300\t100\t200",
     "80+70 = 150 ≤ 合计 120?（位于第 1 行）", "80+70 = 150 ≤ 合计 120? (row row 1)"),
    ("CON001", "PartWithin", "一、基本情况\n全县配备儿童主任 593 名。\n二、主要做法\n为 603 名儿童主任发放上岗证书并开展培训。",
     "儿童主任：603名（培训）应不超过 593名", "儿童主任: 603名 (培训) within 593名"),
    ("CON001", "Versus", "一、基本情况\n全县配备儿童主任 593 名。\n二、主要做法\n为 603 名儿童主任发放上岗证书。",
     "儿童主任: 593名 对照 603名", "儿童主任: 593名 vs 603名"),
    ("CON002", "NameChecked", "和玉龙代表：\n您提出的建议已交我们办理。现将办理情况答复如下：何玉龙代表提出完善集体公墓的建议，我局将认真采纳。",
     "何玉龙代表 对照主送 和玉龙代表", "何玉龙代表 vs addressee 和玉龙代表"),
    ("DAT003", "DocNumberYearChecked", "凉民发〔2023〕87号\n截至2023年2月底，已为265名孤儿发放基本生活费。\n凉州区民政局\n2023年3月17日",
     "文号年份 2023 对照成文年份 2023", "document number year 2023 vs dated 2023"),
    ("DAT003", "PastChecked", "凉民发〔2023〕87号\n截至2023年6月底，已为265名孤儿发放基本生活费。\n凉州区民政局\n2023年3月17日",
     "2023年6月 作为已发生的事写出，成文日期为 2023年3月17日", "2023年6月 reported as past, dated 2023年3月17日"),
    ("DAT004", "WeekdayChecked", "会议定于2023年3月17日（星期四）上午召开。",
     "2023-03-17 是星期五，文中为星期四", "2023-03-17 is weekday 5, stated 4"),
    ("DAT005", "SignedChecked",
     "发布日期: | 2019-11-25 | 成文日期: | 2019-11-21 |\n高振明代表：\n您提出的建议收悉。现答复如下：我区已组织调研。\n明山区人民政府\n2019年11月14日",
     "落款日期 2019-11-14 对照成文日期栏 2019-11-21", "signed 2019-11-14 vs 成文日期 field 2019-11-21"),
    ("NUM004", "RespectivelyChecked", "护理标准分三档分别达到 1800 元/年、3612 元/年、5412 元/年。",
     "3 项，3 个数值（1800元/年、3612元/年、5412元/年）", "3 subjects, 3 values (1800元/年、3612元/年、5412元/年)"),
    ("NUM007", "TimesChecked", "全县养老床位 3000 张，比上年增加 1000 张，增长 3 倍。",
     "3000张 / (3000张 − 1000张) = 1.50 对照 3倍（是原来的或比原来多）", "3000张 / (3000张 − 1000张) = 1.50 vs 3倍 (as much or more)"),
    ("NUM007", "Versus", "全县养老床位 3000 张，比上年增加 500 张（上年为 2000 张）。",
     "3000张 − 2000张 = 1000张 对照 500张", "3000张 − 2000张 = 1000张 vs 500张"),
    ("NUM008", "ClassificationChecked",
     "提案委员会共收到提案77件，立案71件。提案所提问题已经解决或基本解决的20件，占29.8%；正在解决或列入计划准备解决的37件，占55.2%；因受条件限制一时难以解决的7件，占9.8%。",
     "29.8%+55.2%+9.8% = 94.8% 对照 100%；20件+37件+7件 = 64", "29.8%+55.2%+9.8% = 94.8% vs 100%; 20件+37件+7件 = 64"),
    ("NUM008", "ClassificationChecked",
     "转交县政府办理的政协提案96件。经审查分类，乡村振兴与农业农村方面的提案11件，占比11%；产业经济与发展方面的提案10件，占比10%；"
     "城乡建设与基础设施的提案13件，占比13%；民生保障与公共服务的提案19件，占比19%；政务与社会治理的提案11件，占比11%；教育与健康的提案10件，占比10%。",
     "11%+10%+13%+19%+11%+10% = 74% 对照 100%；11件+10件+13件+19件+11件+10件 = 74（总数 96件）",
     "11%+10%+13%+19%+11%+10% = 74% vs 100%; 11件+10件+13件+19件+11件+10件 = 74 of 96件"),
]


@pytest.mark.parametrize("code, kind, sentence, zh, en", CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_each_kind_of_message_in_both_languages(code, kind, sentence, zh, en):
    hits = [h for h in get_rule(code).check(Document(sentence)) if hasattr(h, "message")]
    assert [type(h.message).__name__ for h in hits] == [kind]
    chinese, english = only_finding(sentence, code, "zh"), only_finding(sentence, code, "en")
    assert chinese.message == zh
    assert english.message == en
    assert (chinese.line, chinese.column, chinese.severity) == (english.line, english.column, english.severity)


@pytest.mark.parametrize("code, kind, sentence, zh, en", RELATION_CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(RELATION_CASES)])
def test_the_relations_checked_in_both_languages(code, kind, sentence, zh, en):
    shown = [(text(c.arithmetic, "zh"), text(c.arithmetic, "en")) for c in get_rule(code).check(Document(sentence))
             if isinstance(c, Checked) and type(c.arithmetic).__name__ == kind]
    assert (zh, en) in shown, shown


def test_every_kind_of_relation_is_shown_by_a_case():
    assert {case[1] for case in RELATION_CASES} == RELATIONS


def test_every_kind_of_these_rules_is_shown_by_a_case():
    all_rules()
    declared = {cls.__name__ for cls in kinds().values() if cls.__module__ in MODULES}
    shown = set()
    for code, _, sentence, *_ in CASES:
        for hit in get_rule(code).check(Document(sentence)):
            message = getattr(hit, "message", None) or getattr(hit, "arithmetic", None)
            if isinstance(message, Message):
                shown.add(type(message).__name__)
                shown |= {type(v).__name__ for v in message.fields().values() if isinstance(v, Message)}
            shown |= {type(related.message).__name__ for related in getattr(hit, "related", ())}  # ShareOfTheParent
    assert declared <= shown


def test_these_sentences_yield_no_plain_string():
    for code, _, sentence, *_ in CASES:
        for hit in get_rule(code).check(Document(sentence)):
            assert isinstance(getattr(hit, "message", None) or hit.arithmetic, Message), hit
