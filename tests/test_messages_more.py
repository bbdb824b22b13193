"""Messages in Chinese and English of CON001–CON002, DAT001–DAT005, SEQ001–SEQ004, NUM009 and NUM010:
every kind of message (and every clause and related location they use) in both languages, on the
sentences of real replies and reports; their documentation in both languages."""

import re

import pytest

from auditor.messages import Message, kinds, rule_doc, rule_summary
from auditor.registry import all_rules, get_rule
from auditor.text import Document

from helpers import findings, only_finding, run_cli
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (rule, kind, sentence, Chinese message, English message, Chinese related, English related)
CASES = [
    ("CON001", "CountConflict",
     "按照专人、专责要求，推荐确定责任心强、热爱儿童事业的 48 名镇（街道）“儿童督导员”和 484 名村（居委会）“儿童主任”。\n"
     "为儿童主任、儿童督导员配发工作指南，并为 48 名儿童督导员、486 儿童主任发放上岗证书。",
     "儿童主任：此处为 486，但第 1 行（全文第 1 段，属开头部分）为 484名；文中没有区分两者的限定语（范围、时段或单位）",
     "儿童主任: 486 here, but 484名 at line 1 (preamble, paragraph 1); nothing in the text (qualifier, period, unit) tells the two groups apart",
     ["此处儿童主任为 484名"], ["儿童主任 stated as 484名 here"]),
    ("CON001", "PartExceedsWhole", "一、基本情况\n全县配备儿童主任 593 名。\n二、主要做法\n为 603 名儿童主任发放上岗证书并开展培训。",
     "儿童主任：此处（培训）为 603名，多于第 2 行（全文第 2 段，属“一”部分）所述的总数 593名；其中一部分不能多于全体",
     "儿童主任: 603名 of them here (培训), more than the 593名 stated at line 2 (section 一, paragraph 2); a part of them cannot exceed them all",
     ["此处儿童主任为 593名"], ["儿童主任 stated as 593名 here"]),
    ("CON003", "OverlappingThresholds",
     "人口规模在1000人以上的村(社区)可以单独建设村级公益性公墓。人口规模在1000人以下的村(社区),原则上不允许再单独申请建设村级公墓。",
     "“1000人以上”与“1000人以下”都包含 1000人（“以上”“以下”均含本数），恰为 1000人 的情形两头都算；一头应写作“不满1000人”或“超过1000人”",
     "“1000人以上” and “1000人以下” both include 1000人 (以上 and 以下 include the number itself), "
     "so a case of exactly 1000人 falls under both; write 不满1000人 or 超过1000人 for one of them",
     ["此处为“1000人以上”"], ["1000人以上 here"]),
    ("DAT006", "StandardYearFused", "按照《人文地理实体地名通名使用规范》(DB35/T 16442017)进行命名。",
     "标准编号“DB35/T 16442017”中顺序号与年代号连在一起，应为“DB35/T 1644—2017”",
     "the standard number DB35/T 16442017 runs its serial and its year together: DB35/T 1644—2017", [], []),
    ("CON002", "NameVariant",
     "和玉龙代表：\n您提出的建议已交我们办理。现将办理情况答复如下：何玉龙代表提出完善集体公墓的建议，我局将认真采纳。",
     "“何玉龙代表”与主送的“和玉龙代表”姓名有一字之差，疑为笔误",
     "何玉龙代表 here, but the reply is addressed to 和玉龙代表: one character differs",
     ["主送为“和玉龙代表”"], ["addressed as 和玉龙代表"]),
    ("DAT001", "NotADate", "发文日期\n2022年08月22日\n现答复如下：我局高度重视。\n天门市民政局\n2022822\n",
     "2022822 不是有效日期，是否应为 2022年8月22日？", "2022822 is not a date; did you mean 2022年8月22日?",
     ["此处完整写出了同一日期"], ["the same date written in full"]),
    ("DAT001", "NotADate", "统计日期：202212",
     "202212 不是有效日期，是否应为 2022年1月2日 或 2022年12月？", "202212 is not a date; did you mean 2022年1月2日 or 2022年12月?", [], []),
    ("DAT001", "YearsRunTogether", "印发《迪庆妇女发展规划(20212030年)》。",
     "20212030 不是有效年份，是否应为 2021—2030年？（两个年份之间漏了连接号）",
     "20212030 is not a year; did you mean 2021—2030年? (the dash between two years was lost)", [], []),
    ("DAT001", "YearTooLong", "为解决困难群众生活，202223年春节前发放困难群众临时救助金。",
     "202223年 不是有效年份：年份写成了 6 位数字", "202223年 is not a year: it has 6 digits", [], []),
    ("DAT001", "YearLost", "——年11月27日在省十二届人大常委会第三十三次会议上",
     "年11月27日 缺少年份（“年”之前没有数字）", "年11月27日 has lost its year (no digits before 年)", [], []),
    ("DAT001", "NotADate", "20196月，我局印发了《实施方案》。",
     "20196月 不是有效日期，是否应为 2019年6月？", "20196月 is not a date; did you mean 2019年6月?", [], []),
    ("DAT001", "NoSuchMonth", "我局于2023年2023月16日召开专题会议。",
     "2023年2023月16日 不是有效日期：2023 不是月份（月份处重复写了年份 2023）",
     "2023年2023月16日 is not a date: 2023 is no month (the year 2023 written again in its place)", [], []),
    ("DAT001", "NoSuchMonth", "我局于2023年1015月召开专题会议。",
     "2023年1015月 不是有效日期：1015 不是月份", "2023年1015月 is not a date: 1015 is no month", [], []),
    ("DAT001", "MonthMissing", "截至1227日全省202个县级单位圆满完成全年残疾人“两项补贴”资金发放任务。",
     "1227日 不是有效日期：漏写了“月”，是否应为 12月27日？", "1227日 is not a date: the 月 is missing; did you mean 12月27日?", [], []),
    ("DAT002", "ImpossibleDate", "我局于2023年2月29日召开专题会议。",
     "2023年2月29日 这一日期不存在：2023年2月只有 28 天", "2023年2月29日 does not exist: 2月 has 28 days in 2023", [], []),
    ("DAT002", "ImpossibleDate", "于6月31日前完成摸底排查。",
     "6月31日 这一日期不存在：6月只有 30 天", "6月31日 does not exist: 6月 has 30 days", [], []),
    ("DAT002", "ImpossibleDate", "2023年13月，全市开展排查。",
     "2023年13月 这一日期不存在：没有 13 月", "2023年13月 does not exist: there is no month 13", [], []),
    ("DAT002", "ImpossibleDate", "自3月0日起施行。", "3月0日 这一日期不存在：没有 0 日", "3月0日 does not exist: there is no day 0", [], []),
    ("DAT002", "ImpossibleDate", "慰问活动于2月30日结束。",
     "2月30日 这一日期不存在：2月最多 29 天", "2月30日 does not exist: 2月 has at most 29 days", [], []),
    ("DAT003", "DocnoYear", "凉民发〔2022〕87号\n现答复如下：我局高度重视。\n凉州区民政局\n2023年3月17日",
     "发文字号 凉民发〔2022〕87号 的年份为 2022，与成文日期 2023年3月17日 的年份 2023 不符",
     "the document number 凉民发〔2022〕87号 has the year 2022, but the document is dated 2023年3月17日 (2023)",
     ["成文日期"], ["the document's own date"]),
    ("DAT003", "ReportedAsPast", "凉民发〔2023〕87号\n截至2023年6月底，已为265名孤儿发放基本生活费。\n凉州区民政局\n2023年3月17日",
     "2023年6月：按已经发生的事叙述，却晚于成文日期 2023年3月17日",
     "2023年6月 is reported as past, but the document is dated 2023年3月17日", ["成文日期"], ["the document's own date"]),
    ("DAT003", "ReportedAsPast",
     "县政府将提案办理纳入目标工作推进方案。今年3月28日召开的交办会议明确了责任和时限。\n鄄城县人民政府\n2026年1月27日",
     "今年3月28日（即 2026年3月28日）：按已经发生的事叙述，却晚于成文日期 2026年1月27日",
     "今年3月28日 (2026年3月28日) is reported as past, but the document is dated 2026年1月27日", ["成文日期"], ["the document's own date"]),
    ("DAT004", "WeekdayMismatch", "会议定于2023年3月17日（星期三）上午召开。",
     "2023年3月17日 是星期五，不是星期三", "2023年3月17日 falls on 星期五 (Friday), not 星期三", [], []),
    ("DAT004", "WeekdayMismatch", "2023年3月1日，我局召开会议，3月17日周三开展督查。",
     "3月17日 是星期五，不是星期三（年份未写，按上下文取 2023 年）",
     "3月17日 falls on 星期五 (Friday), not 星期三 (in 2023, the year assumed from the context)", [], []),
    ("DAT005", "SignedOtherDay",
     "发布日期: | 2019-11-21 | 成文日期: | 2019-11-21 |\n高振明代表：\n您提出的建议收悉。现答复如下：我区已组织调研。\n明山区人民政府\n2019年11月14日",
     "落款日期为 2019年11月14日，但文头成文日期为 2019-11-21，两者应为同一天",
     "the document is signed 2019年11月14日, but its 成文日期 is given as 2019-11-21", ["文头的成文日期"], ["the 成文日期 field"]),
    ("SEQ001", "RepeatsPrevious", "一是加强领导；二是强化保障；二是狠抓落实。",
     "“二是”重复，应为“三是”（该列举始于第 1 行）", "二是 repeats the previous marker; expected 三是 (list started at line 1)",
     ["前一序号“二是”"], ["previous marker 二是"]),
    ("SEQ001", "RepeatsPrevious", "第一，加强组织领导；第二，强化资金保障；第二，狠抓工作落实。",
     "“第二”重复，应为“第三”（该列举始于第 1 行）", "第二 repeats the previous marker; expected 第三 (list started at line 1)",
     ["前一序号“第二”"], ["previous marker 第二"]),
    ("SEQ001", "RepeatsEarlier", "一是加强领导；二是强化保障；三是狠抓落实；二是严格考核。",
     "“二是”与第 1 行的序号重复，应为“四是”", "二是 repeats the marker at line 1; expected 四是", ["前一序号“二是”"], ["previous marker 二是"]),
    ("SEQ002", "FirstMissing", "我局高度重视，迅速部署。二是加大排查力度，做到应保尽保；三是强化动态管理。",
     "本段“二是”之前没有“一是”", "二是 has no 一是 before it in its paragraph", ["前一序号“二是”"], ["previous marker 二是"]),
    ("SEQ002", "Skipped", "一是加强领导；四是狠抓落实。",
     "“四是”紧接在“一是”之后，缺少“二是、三是”（该列举始于第 1 行）", "四是 follows 一是; 二是、三是 is missing (list started at line 1)",
     ["前一序号“一是”"], ["previous marker 一是"]),
    ("SEQ003", "BrokenMarker", "（一）是调整领导小组。\n（二）是建立督导员制度。\n（）是建设未成年人保护工作站。",
     "序号“()”中没有数字，接第 2 行的“(二)”，此处应为“(三)”", "empty marker (); expected (三) after (二) (line 2)",
     ["前一序号“(二)”"], ["previous marker (二)"]),
    ("SEQ003", "BrokenMarker", "（一）加强领导。\n（二）强化保障。\n（三狠抓落实。",
     "序号“(三”缺少右括号，接第 2 行的“(二)”，此处应为“(三)”", "(三 is never closed; expected (三) after (二) (line 2)",
     ["前一序号“(二)”"], ["previous marker (二)"]),
    ("SEQ003", "BrokenMarker", "（一）加强领导。\n（二）强化保障。\n三）狠抓落实。",
     "序号“三)”缺少左括号，接第 2 行的“(二)”，此处应为“(三)”", "三) has no opening bracket; expected (三) after (二) (line 2)",
     ["前一序号“(二)”"], ["previous marker (二)"]),
    ("SEQ003", "LostNumeral", "四铺镇民政办切实履行社会事务管理职能。\n、踏实工作，保质保量完成任务\n（一）扎实开展社会救助工作，保障困难群众生活",
     "标题以“、”开头，缺少序号，应为“一、”", "heading opens with 、 and no numeral; expected 一、", ["前一序号“(一)”"], ["previous marker (一)"]),
    ("SEQ004", "OtherBrackets", "(一) 加强领导。\n(二) 强化保障。\n（三）狠抓落实。\n（四）严格考核。\n（五）完善制度。",
     "(一)、(二) 与本列举其他序号的括号不一致：5 个序号中有 3 个用全角括号，如“（三）”",
     "(一)、(二) use other brackets than the 3 of the 5 markers of this list that use full-width ones, e.g. （三）",
     ["全角括号"], ["full-width brackets"]),
    ("SEQ004", "PunctuatedMarker", "（一）、加强领导。\n（二）、强化保障。",
     "括号序号后不加标点，“（一）、”应写作“（一）”（本列举 2 个序号中有 2 个如此）",
     "no punctuation follows a bracketed marker: write （一）, not （一）、 (2 of 2 markers of this list)", [], []),
    ("NUM009", "CountWithoutUnit", "我镇现有孤儿22每人每月1100元，按时足额发放。",
     "我镇现有孤儿22：数字后没有单位，直接连着“每人每月”；可能丢了单位和标点（如“我镇现有孤儿22人，”）",
     "我镇现有孤儿22: the count has no unit and runs straight into 每人每月; its unit and a mark were probably lost (e.g. 我镇现有孤儿22人，)",
     [], []),
    ("NUM009", "CountWithoutUnit", "全镇百岁老人31",
     "全镇百岁老人31：数字后没有单位，段落在此结束，也没有标点；可能丢了单位和标点（如“全镇百岁老人31人，”）",
     "全镇百岁老人31: the count has no unit and ends its paragraph; its unit and a mark were probably lost (e.g. 全镇百岁老人31人，)",
     [], []),
    ("NUM011", "GarbledUnit", "平均补助水平389元/人.月；全省平均保障标准569元人/.月。",
     "569元人/.月：单位“元人/.月”写乱了，本文其他处写作“元/人.月”",
     "569元人/.月: the unit 元人/.月 is garbled; elsewhere the document writes 元/人.月", [], []),
    ("NUM012", "CountOutOfScale", "全镇80岁以上老人2794人。第三季度新增低保对象1932人，现有农村低保对象10521989人。",
     "10521989人：是本文其他人数、户数中最大者（2794人）的 3765 倍以上，疑为两个数字丢了中间的单位或标点而连在一起，或多打了数字，请核对",
     "10521989人: it is over 3765 times the largest other count of people or households in the text (2794人); two figures seem run together where a unit or a mark was lost, or digits were typed twice: check it",
     [], []),
    ("NUM012", "CountOutOfScale", "工程建成后能满足辖区内6个村民小组3638289人及420头大牲畜的饮水需求。",
     "3638289人：6个村民小组不可能有上百万人，疑为两个数字丢了中间的单位或标点而连在一起，或多打了数字，请核对",
     "3638289人: 6个村民小组 cannot hold a million people; two figures seem run together where a unit or a mark was lost, or digits were typed twice: check it",
     [], []),
    ("NUM013", "PerMilleAsPercent", "出生人口3423人，人口出生率8.35%；死亡人口3470人，人口死亡率8.47‰。",
     "人口出生率8.35%：出生率、死亡率、自然增长率按千分率（‰）计算，8.35% 即每千人每年 83.5 人，任何人口都达不到；疑为 8.35‰",
     "人口出生率 8.35%: birth, death and natural growth rates are per thousand (‰), and 8.35% would be 83.5 a year for every thousand people, which no population reaches; 8.35‰ was probably meant",
     [], []),
    ("NUM014", "ConvertedDiffers", "年末果园面积1.39万公顷(10.84万亩)，比上年增加0.05万公顷。",
     "1.39万公顷 × 15 = 20.85万亩，与括号中换算的 10.84万亩 不符（1公顷 = 15亩；已计入所写位数的舍入）",
     "1.39万公顷 × 15 = 20.85万亩, but the brackets restate it as 10.84万亩 (1公顷 = 15亩; rounding of the stated digits allowed)",
     [], []),
    ("NUM015", "GrowthNotDifference", "全年人口出生率为10.89‰，死亡率为5.87‰，人口自然增长率为6.02‰。",
     "出生率 10.89‰ − 死亡率 5.87‰ = 5.02‰，与自然增长率 6.02‰ 不符（已计入所写位数的舍入）",
     "birth rate 10.89‰ − death rate 5.87‰ = 5.02‰, but the natural growth rate is 6.02‰ (rounding of the stated digits allowed)",
     [], []),
    ("NUM015", "TwoPopulations", "全县当年出生人口3104人，出生率为7.15‰；死亡人口4058人，死亡率4.99‰。",
     "出生 3104人 ÷ 7.15‰ ≈ 43.4万人，死亡 4058人 ÷ 4.99‰ ≈ 81.3万人：同一人口的出生、死亡人数与比率隐含的人口相差悬殊，有数字或比率写错",
     "births 3104人 / 7.15‰ ≈ 43.4万人, deaths 4058人 / 4.99‰ ≈ 81.3万人: one population's counts and rates imply two populations far apart; a figure or a rate is wrong",
     [], []),
    ("NUM010", "ItemsReadTheSame",
     "全区纳入城乡低保8957户24835人。其中：12月份纳入低保3167户8112人，发放低保金373.9052万元；12月份纳入低保5790户16723人，发放低保金503.8417万元。",
     "3167户 与 5790户 所在的两项除数字外完全相同（12月份纳入低保……），区分两者的词语（如城市、农村）似已漏掉",
     "3167户 and 5790户 stand in two items that read the same but for their figures (12月份纳入低保…); the word that tells them apart seems lost",
     ["与此项文字相同的一项"], ["the item that reads the same"]),
    ("CON004", "ReferenceDiffers",
     "关于县政协十届五次会议第52号提案的答复\n\n张三委员：\n您提出的《关于加强农村养老服务的提案》（第25号）收悉。现答复如下：",
     "正文开头所答的“第25号”与标题中的“第52号”不一致：一件答复只答一件提案或建议，应核对编号、届次",
     "the opening answers 第25号, the title 第52号: a reply answers one proposal; check its number and session",
     ["标题为“第52号”"], ["the title names 第52号"]),
    ("SEQ005", "OrdinalLost", "您在第十七届人民代表大会第次会议提出的建议收悉。",
     "“第次会议”中届次、会次的数字缺失", "第次会议: the number of the session (届/次) is missing", [], []),
    ("NUM017", "PercentSignLost", "建议所提问题已解决和基本解决的有183件，占总数的31.8，正在解决的有245件。",
     "“占总数的31.8”是占比，数字后缺少“%”：应为 31.8%", "占总数的31.8 is a share with no %: 31.8% is meant", [], []),
    ("NUM016", "SeparatorsRunTogether", "审计发现违规问题已整改，调账处理金额3,.83万元。",
     "3,.83：数字中间的分隔符连在一起（逗号、小数点只能单独出现在数字之间），数值无法确定",
     "3,.83: two separators side by side inside a figure (a comma or a point stands alone between digits), so its value is unknown",
     [], []),
    ("NUM002", "AverageDoesNotFit", "全年发放临时救助金52万元，救助困难家庭320户，户均1500元。",
     "52万元 ÷ 320户 = 1625元，与文中的平均数 1500元 不符（已计入各数字按所写位数的舍入误差）",
     "52万元 / 320户 = 1625元, but the stated average is 1500元 (rounding of every stated digit allowed)", [], []),
]

CODES = ("CON001", "CON002", "CON003", "CON004", "DAT001", "DAT002", "DAT003", "DAT004", "DAT005", "DAT006",
         "SEQ001", "SEQ002", "SEQ003", "SEQ004", "NUM009", "NUM010", "NUM011", "NUM012", "NUM013", "NUM014", "NUM015", "NUM016", "NUM017", "SEQ005")
MODULES = ("auditor.rules.con", "auditor.rules.dat", "auditor.rules.seq", "auditor.rules.num_unit")
NUM010_KINDS = {"ItemsReadTheSame", "ReadsTheSame"}  # of auditor.rules.num, whose other kinds test_messages covers
# The kinds that are only a clause of another message or a related location (for test_messages' census).
CLAUSES = {"Location", "StatedAs", "AddressedAs", "SameDateInFull", "YearWrittenAgain", "NoMonth", "NoDayZero",
           "DaysInMonth", "DaysInFebruary", "FebruaryAtMost", "ReadAs", "OwnDate", "YearAssumed", "DateField",
           "EmptyMarker", "NeverClosed", "NoOpening", "PreviousMarker", "BracketStyle", "EndsParagraph", "RunsInto",
           "ReadsTheSame", "OtherTier", "TitleNames", "AboveEveryOther", "InFewPlaces"}
# A kind that only ever comes beside another finding, so that no case shows it alone.
BESIDE = [("NUM013", "SiblingPerMille", "出生人口4903人，出生率为10.8%，死亡人口488人，死亡率为1.1%。")]


@pytest.mark.parametrize("code, kind, sentence, zh, en, related_zh, related_en", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_each_kind_of_message_in_both_languages(code, kind, sentence, zh, en, related_zh, related_en):
    hits = [h for h in get_rule(code).check(Document(sentence)) if hasattr(h, "message")]
    assert [type(h.message).__name__ for h in hits] == [kind]
    chinese, english = only_finding(sentence, code, "zh"), only_finding(sentence, code, "en")
    assert chinese.message == zh
    assert english.message == en
    assert [r.message for r in chinese.related] == related_zh
    assert [r.message for r in english.related] == related_en
    assert (chinese.line, chinese.column) == (english.line, english.column)


def _kinds_in(message):
    """The kinds of a message and of the messages its fields hold."""
    if not isinstance(message, Message):
        return set()
    found = {type(message).__name__}
    for value in message.fields().values():
        found |= _kinds_in(value)
    return found


def test_every_kind_of_these_rules_is_shown_by_a_case():
    all_rules()
    from test_messages_zh4 import RELATIONS  # a relation's arithmetic (--show-relations): shown there

    declared = {cls.__name__ for name, cls in kinds().items() if cls.__module__ in MODULES} - RELATIONS | NUM010_KINDS
    shown = set()
    for code, _, sentence, *_ in CASES + BESIDE:
        for hit in get_rule(code).check(Document(sentence)):
            if hasattr(hit, "message"):
                shown |= _kinds_in(hit.message)
                for related in hit.related:
                    shown |= _kinds_in(related.message)
    assert declared - shown == set()
    assert len(declared) >= 40


def test_these_rules_yield_no_plain_string():
    """Every finding and related location of these rules is a typed message (no English f-string left)."""
    for code, _, sentence, *_ in CASES:
        for hit in get_rule(code).check(Document(sentence)):
            if hasattr(hit, "message"):
                assert isinstance(hit.message, Message), hit
                assert all(isinstance(r.message, Message) for r in hit.related), hit


def test_the_location_in_english_is_the_documents_own_description():
    from auditor.rules.con import _location

    doc = Document("一、基本情况\n全县配备儿童主任 593 名。\n（二）工作成效\n为 580 名儿童主任发放上岗证书。\n二、下一步打算\n继续做好工作。")
    for offset in (0, doc.plain.index("593"), doc.plain.index("580"), doc.plain.index("继续")):
        assert _location(doc, offset).render("en") == doc.describe_location(offset)
    assert _location(doc, doc.plain.index("580")).render("zh") == "全文第 4 段，属“一（二）”部分"


@pytest.mark.parametrize("code", CODES)
def test_documentation_in_both_languages(code):
    rule = get_rule(code)
    chinese = rule_doc(rule, "zh")
    assert re.search(r"[\u4e00-\u9fff]{6}", rule_summary(rule, "zh"))
    assert "检查什么：" in chinese and "为什么重要：" in chinese and "错误示例：" in chinese and "正确示例：" in chinese
    english = rule_doc(rule, "en")
    assert len(re.findall(r"[A-Za-z]+", rule_summary(rule, "en"))) >= 4
    assert "检查什么" not in english and "Incorrect:" in english and "Correct:" in english
    assert rule.examples()["Incorrect"] and rule.examples()["Correct"]  # still run by test_rule_examples


def test_check_prints_these_rules_in_chinese_by_default_and_in_english_on_request(tmp_path):
    chinese = run_cli("check", "--no-cache", str(ROOT / "samples"), cwd=tmp_path).stdout
    for said in ("SEQ001 [error] “二是”重复，应为“三是”（该列举始于第 25 行）",
                 "DAT001 [error] 2022822 不是有效日期，是否应为 2022年8月22日？",
                 "CON001 [warning] 儿童主任：此处为 486，但第 31 行（全文第 15 段，属“二（三）”部分）为 484名",
                 "SEQ003 [error] 序号“()”中没有数字，接第 34 行的“(二)”，此处应为“(三)”",
                 "NUM009 [warning] 儿童主任260：数字后没有单位，直接连着“筛查建档”",
                 "SEQ004 [info] (一)、(二) 与本列举其他序号的括号不一致",
                 "相关：", "此处儿童主任为 484名"):
        assert said in chinese, said
    english = run_cli("check", "--no-cache", "--lang", "en", str(ROOT / "samples"), cwd=tmp_path).stdout
    for said in ("SEQ001 [error] 二是 repeats the previous marker; expected 三是 (list started at line 25)",
                 "DAT001 [error] 2022822 is not a date; did you mean 2022年8月22日?",
                 "CON001 [warning] 儿童主任: 486 here, but 484名 at line 31 (section 二 (三), paragraph 15)",
                 "儿童主任 stated as 484名 here"):
        assert said in english, said


def test_a_rate_beside_one_per_thousand_is_named_in_both_languages():
    ((_, _, sentence),) = BESIDE
    kinds_found = [type(h.message).__name__ for h in get_rule("NUM013").check(Document(sentence)) if hasattr(h, "message")]
    assert kinds_found == ["PerMilleAsPercent", "SiblingPerMille"]
    zh = findings(sentence, ["NUM013"])[1].message
    en = findings(sentence, ["NUM013"], lang="en")[1].message
    assert zh == "死亡率1.1%：与同句的出生率10.8%同为千分率（后者按百分数读任何人口都达不到），疑为 1.1‰"
    assert en == "死亡率 1.1%: a rate of the same kind as 出生率10.8% in its sentence, which is per thousand; 1.1‰ was probably meant"
