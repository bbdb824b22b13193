"""Messages in Chinese and English of NUM007 (changes and growth rates), NUM008 (the shares of a
classification), NUM003 and NUM002 (shares and rate × count amounts): every kind in both languages,
on sentences of real bulletins, replies and proposal reports; the arithmetic is the same in both."""

import pytest

from auditor.messages import Message, kinds
from auditor.registry import all_rules, get_rule
from auditor.text import Document
from helpers import only_finding

# (rule, kind, sentence, Chinese message, English message)
CASES = [
    ("NUM007", "RateDoesNotFit", "全年救助困难群众 5200 人次，比上年增加 600 人次，增长 12.5%。",
     "600人次 / (5200人次 − 600人次) = 13.04%，保留 1 位小数应为 13.0%，文中为 12.5%（已计入各数字按所写位数的舍入误差）",
     "600人次 / (5200人次 − 600人次) = 13.04%, but the stated rate is 12.5% (rounded to 1 decimals the change gives 13.0%; "
     "the rounding of every stated figure is allowed for)"),
    ("NUM007", "RateDoesNotFit", "城乡低保保障标准由 1250 元提高到 1380 元，增幅 12%。",
     "(1380元 − 1250元) / 1250元 = 10.4%，取整应为 10%，文中为 12%（已计入各数字按所写位数的舍入误差）",
     "(1380元 − 1250元) / 1250元 = 10.4%, but the stated rate is 12% (rounded to 0 decimals the change gives 10%; "
     "the rounding of every stated figure is allowed for)"),
    ("NUM007", "ChangeDoesNotFit", "签约服务覆盖率达到 92.5%，比上年提高 3.2 个百分点（上年为 88.3%）。",
     "92.5% − 88.3% = 4.2个百分点，与文中“提高 3.2个百分点”不符",
     "92.5% − 88.3% = 4.2个百分点, but the stated change is 3.2个百分点"),
    ("NUM007", "ChangeDoesNotFit", "全县养老床位 3000 张，比上年增加 500 张（上年为 2000 张）。",
     "3000张 − 2000张 = 1000张，与文中“增加 500张”不符",
     "3000张 − 2000张 = 1000张, but the stated change is 500张"),
    ("NUM007", "ChangeDoesNotFit", "全市特困供养人员 1800 人，比上年减少 100 人（上年为 2000 人）。",
     "1800人 − 2000人 = -200人，与文中“减少 100人”不符",
     "1800人 − 2000人 = -200人, but the stated change is a fall of 100人"),
    ("NUM007", "TimesDoNotFit", "全县养老床位 3000 张，比上年增加 1000 张，增长 3 倍。",
     "3000张 / (3000张 − 1000张) = 1.50 倍，文中“3 倍”无论理解为“是原来的 3 倍”还是“比原来多 3 倍”都不符",
     "3000张 / (3000张 − 1000张) = 1.50 times, so neither 3 times as much nor 3 times more than the earlier figure fits"),
    ("NUM007", "DoublingDoesNotFit", "全市常住人口由 2010 年的 50 万人增长到 2020 年的 120 万人，翻了一番。",
     "120万人 / 50万人 = 2.40，而“翻了一番”应为原来的 2 倍",
     "120万人 / 50万人 = 2.40, but 翻了一番 means ×2"),
    ("NUM007", "PartsChangesDoNotAdd", "全市一般公共预算收入比上年减收1070万元。其中：税收收入增收1284万元；非税收入减收2300万元。",
     "各部分的增减 1284万元−2300万元 = −1016万元，与总体的增减 −1070万元 不符（各部分构成总体的全部）",
     "the parts' changes 1284万元−2300万元 = −1016万元, but the whole changed by −1070万元 (the parts make up the whole)"),
    ("NUM007", "AddingPartsChangesDoNotAdd",
     "“三公”经费支出35万元，比上年减少2.28万元；其中：因公出国（境）费0万元，较上年持平；公务用车运行维护费5万元，比上年减少0.28万元；"
     "公务接待费30万元，比上年减少2.5万元。",
     "各部分之和 0万元+5万元+30万元 = 35万元，其增减 0−0.28万元−2.5万元 = −2.78万元，与总体的增减 −2.28万元 不符",
     "the parts add up to the whole (0万元+5万元+30万元 = 35万元), but their changes 0−0.28万元−2.5万元 = −2.78万元, not the whole's −2.28万元"),
    ("NUM008", "StructureNotWhole", "全年地区生产总值增长5.2%，三次产业比例为0.4:20.9:77.7。",
     "三次产业结构 0.4:20.9:77.7 各项之和为 99.0，三次产业构成全部，应为 100（按所写位数舍入最多差 ±0.15）",
     "the three industries' structure 0.4:20.9:77.7 adds up to 99.0, not 100, though the three make the whole (rounding allows ±0.15)"),
    ("NUM008", "SharesNotWhole",
     "转交县政府办理的政协提案96件。经审查分类，乡村振兴与农业农村方面的提案11件，占比11%；产业经济与发展方面的提案10件，占比10%；"
     "城乡建设与基础设施的提案13件，占比13%；民生保障与公共服务的提案19件，占比19%；政务与社会治理的提案11件，占比11%；教育与健康的提案10件，占比10%。",
     "同一分类的 6 类占比 11% + 10% + 13% + 19% + 11% + 10% = 74%，不是 100%；按所写位数舍入也凑不成 100%（可能的范围为 71–80%）；"
     "各类数量 11件 + 10件 + 13件 + 19件 + 11件 + 10件 = 74件，也不等于总数 96件",
     "the 6 classes of one classification have shares 11% + 10% + 13% + 19% + 11% + 10% = 74%, not 100%: no rounding of the stated "
     "shares gives 100% (they allow 71–80%); their counts 11件 + 10件 + 13件 + 19件 + 11件 + 10件 = 74件, not the 96件 they are shares of"),
    ("NUM008", "SharesNotWhole",
     "提案委员会共收到提案77件，立案71件。提案所提问题已经解决或基本解决的20件，占29.8%；正在解决或列入计划准备解决的37件，占55.2%；因受条件限制一时难以解决的7件，占9.8%。",
     "同一分类的 3 类占比 29.8% + 55.2% + 9.8% = 94.8%，不是 100%；按所写位数舍入也凑不成 100%（可能的范围为 94.65–95.1%）",
     "the 3 classes of one classification have shares 29.8% + 55.2% + 9.8% = 94.8%, not 100%: no rounding of the stated shares "
     "gives 100% (they allow 94.65–95.1%)"),
    ("NUM003", "ShareOffTheListsBase",
     "交由区人民政府研究办理的代表建议共269件。列为A类的109件，占承办件总数的40.9%；列为B类的52件，占承办件总数的19.3%；列为C类的107件，占承办件总数的39.8%。",
     "109件 / 269件 = 40.5%，文中为 40.9%；同一列举的 3 项占比中 2 项都以 269件 为基数，此项与文中写出的任何总数都不相合",
     "109件 / 269件 = 40.5%, stated 40.9%: 2 of the list's 3 shares are of 269件, and this one fits no total the text states"),
    ("NUM003", "ShareOfAnotherBase",
     "区政协五届三次会议共收到提案223件，经审查立案205件。\n按提案类别分，有关科创走廊建设的提案25件，占12.2%；有关城镇化试点的提案15件，占6.7%；"
     "有关全域旅游发展的提案24件，占11.7%；有关生态环境保护的提案40件，占19.5%。",
     "15件 / 205件 = 7.3%，文中为 6.7%；同一列举的 4 项占比中 3 项都以 205件 为基数，此项却是以 223件 为基数算的，基数前后不一",
     "15件 / 205件 = 7.3%, stated 6.7%: 3 of the list's 4 shares are of 205件, but this one is of 223件: the list mixes two bases"),
    ("NUM003", "WholesOfOneName",
     "基本支出预算2476260.58元，占一般公共预算支出的84.06%，同比减少4966.66元。项目支出469500元，占一般公共预算支出的19.62%，同比增加70100元。",
     "两处“占一般公共预算支出”的占比所隐含的总数不同：2476260.58元 ÷ 84.06% = 2945825.1元，469500元 ÷ 19.62% = 2392966元；"
     "同一总数下两项占比至少有一项有误",
     "two shares of the 一般公共预算支出 imply different wholes: 2476260.58元 ÷ 84.06% = 2945825.1元, but 469500元 ÷ 19.62% = 2392966元; "
     "of one whole, at least one of them is wrong"),
    ("NUM008", "ShareOfClassesSum",
     "办理结果为A类(已解决或采纳的)458件,占52.3%;B类(计划解决或准备采纳的)265件,占33.2%;C类(留作参考的)116件,占14.5%。",
     "各类占比合计为 100%，总数即各类数量之和 839件，但 458件 / 839件 = 54.6%，文中为 52.3%；265件 / 839件 = 31.6%，文中为 33.2%；"
     "116件 / 839件 = 13.8%，文中为 14.5%",
     "the classes' shares make 100%, so their base is the counts' sum 839件, but 458件 / 839件 = 54.6%, stated 52.3%; "
     "265件 / 839件 = 31.6%, stated 33.2%; 116件 / 839件 = 13.8%, stated 14.5%"),
]

MODULES = ("auditor.rules.change", "auditor.rules.share")
CLAUSES = {"CountsNotWhole", "ShareAgainstSum", "BaseOfTheList", "OtherShareOfTheName", "TheWholesChange"}  # kinds that are only a clause of another message


@pytest.mark.parametrize("code, kind, sentence, zh, en", CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_each_kind_of_message_in_both_languages(code, kind, sentence, zh, en):
    hits = [h for h in get_rule(code).check(Document(sentence)) if hasattr(h, "message")]
    assert [type(h.message).__name__ for h in hits] == [kind]
    chinese, english = only_finding(sentence, code, "zh"), only_finding(sentence, code, "en")
    assert chinese.message == zh
    assert english.message == en
    assert (chinese.line, chinese.column, chinese.severity) == (english.line, english.column, english.severity)


def test_every_kind_of_these_rules_is_shown_by_a_case():
    all_rules()
    from test_messages_zh4 import RELATIONS  # a relation's arithmetic (--show-relations): shown there

    declared = {cls.__name__ for cls in kinds().values() if cls.__module__ in MODULES} - RELATIONS
    shown = set()
    for code, _, sentence, *_ in CASES:
        for hit in get_rule(code).check(Document(sentence)):
            if hasattr(hit, "message"):
                shown.add(type(hit.message).__name__)
                values = [w for v in hit.message.fields().values() for w in (v if isinstance(v, tuple) else (v,))]
                shown |= {type(v).__name__ for v in values if isinstance(v, Message)}
                shown |= {type(related.message).__name__ for related in hit.related}
    assert declared <= shown
    assert declared


def test_these_sentences_yield_no_plain_string():
    for code, _, sentence, *_ in CASES:
        for hit in get_rule(code).check(Document(sentence)):
            if hasattr(hit, "message"):
                assert isinstance(hit.message, Message), hit
