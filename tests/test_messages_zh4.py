"""Messages in Chinese and English of NUM002 (rate × count × period against the amount paid) and
NUM003 (a rate or share against its counts), and of the relations they list (--show-relations):
every kind in both languages, on sentences of the kind replies and reports write."""

import pytest

from auditor.config import Config
from auditor.engine import lint_text
from auditor.messages import Message, kinds, text
from auditor.registry import Checked, all_rules, get_rule
from auditor.text import Document

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
     "20件 / 77件 = 25.974%，保留 1 位小数应为 26.0%，与文中 29.8% 不符；以文中其他数字为基数也都不符（20件 / 71件 = 28.169%）",
     "20件 / 77件 = 25.974%, but the stated figure is 29.8% (any rounding of the ratio to 1 decimals gives 26.0%); "
     "no other base the text states fits either (20件 / 71件 = 28.169%)"),
]

MODULES = ("auditor.rules.ratio",)
CLAUSES = {"SpanOver", "SpanWithin", "SpanNotStated", "SpanOnce"}  # kinds that are only a clause of another message
RELATIONS = {"RateChecked", "RatiosChecked"}  # kinds of a relation's arithmetic (--show-relations)


def _found(sentence, code, lang):
    found = [f for f in lint_text(sentence, config=Config(select=(code,), lang=lang)) if f.rule == code]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("code, kind, sentence, zh, en", CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_each_kind_of_message_in_both_languages(code, kind, sentence, zh, en):
    hits = [h for h in get_rule(code).check(Document(sentence)) if hasattr(h, "message")]
    assert [type(h.message).__name__ for h in hits] == [kind]
    chinese, english = _found(sentence, code, "zh"), _found(sentence, code, "en")
    assert chinese.message == zh
    assert english.message == en
    assert (chinese.line, chinese.column, chinese.severity) == (english.line, english.column, english.severity)


@pytest.mark.parametrize("code, sentence, zh, en", [
    ("NUM002", "为 52 名重度残疾人每人发放一次性慰问金 800 元，共计 4.5 万元。",
     "800元 × 52名 × 1–1（发放一次）对照 4.5万元", "800元 × 52名 × 1–1 (once) vs 4.5万元"),
    ("NUM002", "按每人每月 500 元标准，为 120 名高龄老人发放高龄津贴 75.3 万元。",
     "500元 × 120名 × 1–120（文中未写明发放时段，按至多十年计）对照 75.3万元",
     "500元 × 120名 × 1–120 (no span stated: up to ten years) vs 75.3万元"),
    ("NUM003", "2007年，提案委员会共收到提案77件，立案71件。至年底全部办复完毕。提案所提问题已经解决或基本解决的20件，占29.8%。",
     "20件 / 77件；20件 / 71件 对照 29.8%", "20件 / 77件; 20件 / 71件 vs 29.8%"),
])
def test_the_relations_checked_in_both_languages(code, sentence, zh, en):
    (checked,) = [c for c in get_rule(code).check(Document(sentence)) if isinstance(c, Checked)]
    assert (text(checked.arithmetic, "zh"), text(checked.arithmetic, "en")) == (zh, en)


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
    assert declared <= shown
    assert CLAUSES | RELATIONS <= declared


def test_these_sentences_yield_no_plain_string():
    for code, _, sentence, *_ in CASES:
        for hit in get_rule(code).check(Document(sentence)):
            assert isinstance(getattr(hit, "message", None) or hit.arithmetic, Message), hit
