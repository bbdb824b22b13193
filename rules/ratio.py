"""NUM: rates multiplied out (rate × count × period) and percentages computed from two counts."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from decimal import Decimal
from functools import lru_cache

from auditor.lazyre import compile_regex, escape, lazy
from auditor.findings import Severity
from auditor.numbers import (
    TOTAL_COUNT_WORD,
    Quantity,
    amount,
    as_written,
    clause_bounds,
    fixed,
    label_names,
    rounded,
    names_change_or_rate,
    own_share,
    per_whole,
    share_cue,
    quantities_of,
    rounding_disclaimed,
    shares_of_one_whole,
    subjects,
    unit_group,
)
from auditor.messages import Message, Versus, english_doc
from auditor.numerals import cn_int
from auditor.record import record, replace
from auditor.registry import Checked, Hit, RelatedHit, rule
from auditor.rules.num import totals_of_parts_on_lines
from auditor.rules.share import shares_of_one_named_whole, shares_of_the_lists_base
from auditor.rules.table import table_share_ratios

# The payment a rate may name between 每人 and the figure ("每人发放一次性慰问金 800 元"): words of the
# lexicon (rate_payment_words), after at most a few characters (一次性, 生活, 临时 …).
_PAYMENT = r"(?:[ \t]*+\p{Han}{0,6}?(?:{payments}))?"
_PER_BEFORE_PATTERN = (
    r"每(?:[ \t]*+(人|户|名))?(?:[ \t]*+每)?(?:[ \t]*+(半年|季度|季|月|年))?(?:[ \t]*+(?:补助|发放|给予|资助|标准))*+"
    + _PAYMENT + r"(?:[ \t]*+[为是:])?[ \t]*+$"
)
# 人均/户均 before a figure: an average per person or household (人均发放 3000 元, 户均补助 1500 元), a
# rate only when the amount after it is said to be the total (共计, 合计 …).
_AVERAGE_BEFORE_PATTERN = (
    r"(人|户)均(?:[ \t]*+(月|年))?(?:[ \t]*+(?:补助|发放|给予|资助|救助|补贴|补差))*+" + _PAYMENT + r"(?:[ \t]*+(?:[为是:]|达到|达))?[ \t]*+$"
)
_TOTAL_BEFORE = lazy(r"(?:共计|合计|总计|累计|共|计)[ \t]*+(?:发放|支出|拨付|下拨|投入)?[^,;。0-9]{0,8}?(?:[为达:][ \t]*+)?$")
_AVERAGE = lazy(r"人均|户均|平均")
_RATE_WINDOW = 24  # characters before a figure that its 每人每月 … may take


def _per_patterns(doc):
    return _compiled_per(doc.lexicon)


@lru_cache(maxsize=8)
def _compiled_per(lexicon):
    payments = "|".join(escape(w) for w in sorted(lexicon.rate_payment_words, key=len, reverse=True))
    return (compile_regex(_PER_BEFORE_PATTERN.replace("{payments}", payments)),
            compile_regex(_AVERAGE_BEFORE_PATTERN.replace("{payments}", payments)))
_SPAN_MONTHS = lazy(r"(\d{1,2}|[一二三四五六七八九十]{1,2})[ \t]*个月")
_SPAN_FROM = lazy(r"(\d{1,2})[ \t]*月(?:份)?[ \t]*(?:起|开始|至|到|—|-)")
_SPAN_YEAR = lazy(r"(?:19|20)\d\d[ \t]*年(?:度)?(?![ \t]*(?:\d|以来|至今))|全年|年度|一年")
_MONTHS = {"年": 12, "半年": 6, "季度": 3, "季": 3, "月": 1}
_PERIOD_NAMES = {"年": "years", "半年": "half-years", "季度": "quarters", "季": "quarters", "月": "months"}
_CHANGE_BEFORE = lazy(r"较上年|比上年|同比|环比|增加|减少|提高|降低|增长|下降")
_REACH = 300  # characters around a figure that a relation may span (bounds the work on run-on text)


# --- messages (zh and en; auditor.messages) --------------------------------------------------------

# A period of a rate: how a number of them is counted, and what one is called (4 个季度, 每季度).
_PERIOD_COUNTED = {"年": "年", "半年": "个半年", "季度": "个季度", "季": "个季度", "月": "个月"}
_PERIOD_ONE = {"年": "年", "半年": "半年", "季度": "季度", "季": "季度", "月": "月"}


class SpanOver(Message):
    """The span a rate is paid over, as the text states it: 2022 年度, 6 个月."""

    words: str
    zh = "按“{words}”计"
    en = "over {words}"


class SpanWithin(Message):
    """A part of a stated year (the text says from which month: 7月起)."""

    words: str
    zh = "“{words}”内自某月起"
    en = "within {words}"


class SpanNotStated(Message):
    zh = "文中未写明发放时段，按至多十年计"
    en = "no span stated: up to ten years"


class SpanOnce(Message):
    zh = "发放一次"
    en = "once"


class PaidOnceDoesNotFit(Message):
    """NUM002: a rate paid once (每人发放一次性慰问金 800 元) times its count is not the amount."""

    product: str  # 52名 × 800元
    computed: str
    stated: str  # as written
    half: str  # the stated amount's rounding, "" when exact
    household: bool
    zh = "{product} = {computed}，与所列 {stated}{half_zh}不符；该标准为每{who_zh}发放一次"
    en = "{product} = {computed}, but the stated amount is {stated}{half_en}; the rate is paid once per {who_en}"

    @property
    def half_zh(self) -> str:
        return f"（允许误差 ±{self.half}）" if self.half else " "

    @property
    def half_en(self) -> str:
        return f" (±{self.half})" if self.half else ""

    @property
    def who_zh(self) -> str:
        return "户" if self.household else "人"

    @property
    def who_en(self) -> str:
        return "household" if self.household else "person"


class NoWholeNumberOfPeriods(Message):
    """NUM002: a rate per period (每季度, 每月) whose amount is no whole number of periods, the text
    stating no span."""

    product: str
    each: str  # the product for one period
    stated: str
    half: str
    period: str  # 年, 半年, 季度, 季, 月
    span: Message
    zh = "{product} = 每{one_zh} {each}，所列 {stated}{half_zh}不是它的整数倍（{span}）"
    en = "{product} = {each} per {one_en}; the stated {stated}{half_en} is no whole number of {names_en} of it ({span})"

    half_zh = PaidOnceDoesNotFit.half_zh
    half_en = PaidOnceDoesNotFit.half_en

    @property
    def one_zh(self) -> str:
        return _PERIOD_ONE[self.period]

    @property
    def one_en(self) -> str:
        return _PERIOD_NAMES[self.period][:-1]

    @property
    def names_en(self) -> str:
        return _PERIOD_NAMES[self.period]


class PeriodsDoNotFit(Message):
    """NUM002: a rate × count × the periods the text allows (1 to 4 quarters of a 年度) that gives
    the stated amount for no whole number of periods."""

    product: str
    most: int  # the most periods the span allows
    fewest: int
    full: str  # the product over the most periods
    each: str  # the product for one period
    stated: str
    half: str
    period: str
    span: Message
    zh = ("{product} × {most} {counted_zh}（{span}）= {full}，与所列 {stated}{half_zh}不符；"
          "无论按 {fewest} 至 {most} {counted_zh}中的哪一种计算都对不上（每{one_zh} {each}）")
    en = ("{product} × {most} {names_en} ({span}) = {full}; the stated {stated}{half_en} fits no whole number "
          "of {names_en} from {fewest} to {most} (each adds {each})")

    half_zh = PaidOnceDoesNotFit.half_zh
    half_en = PaidOnceDoesNotFit.half_en
    one_zh = NoWholeNumberOfPeriods.one_zh
    names_en = NoWholeNumberOfPeriods.names_en

    @property
    def counted_zh(self) -> str:
        return _PERIOD_COUNTED[self.period]


class _OtherBases:
    """The other bases a share was tried against, closest first (at most three, then "…")."""

    others: tuple[str, ...]

    @property
    def others_zh(self) -> str:
        return f"；以文中其他数字为基数也都不符（{'；'.join(self.others)}）" if self.others else ""

    @property
    def others_en(self) -> str:
        return f"; no other base the text states fits either ({', '.join(self.others)})" if self.others else ""


class RoughShareDoesNotFit(_OtherBases, Message):
    """NUM003: a share the text gives as rough (约占 11%) that is not near the count over any base
    the text states: further than one unit of its last digit (5 points for round tens: 约占 30%)."""

    formula: str  # 11件 / 81件
    computed: str  # 13.58%
    stated: str  # as written: 11%
    slack: str  # how far a rough share may be: 1.1
    others: tuple[str, ...] = ()
    zh = "{formula} = {computed}，超出文中约数 {stated} ± {slack} 的范围（约数按所写位数放宽）{others_zh}"
    en = "{formula} = {computed}, outside the rough figure {stated} ± {slack} (as loose as its digits allow){others_en}"


class ShareDoesNotFit(_OtherBases, Message):
    """NUM003: a rate or share (管理率 92.1%, 占 60%) that no rounding of its count over the base
    the text states gives; the other bases the text offers tried too."""

    formula: str  # 14810人 / 15147人
    computed: str  # 97.7751%: two more decimals than stated
    stated: str  # as written: 92.1%, 百分之三十
    value: str  # a percentage written in Chinese numerals, in digits (30%); "" otherwise
    decimals: int  # of the stated figure
    rounded: str  # the ratio at the stated decimals: 97.8%
    others: tuple[str, ...] = ()  # "389件 / 4772件 = 8.1517%"
    zh = "{formula} = {computed}，{digits_zh}应为 {rounded}，与文中 {stated}{value_zh}不符{others_zh}"
    en = ("{formula} = {computed}, but the stated figure is {stated}{value_en} (any rounding of the ratio to "
          "{decimals} decimals gives {rounded}){others_en}")

    @property
    def digits_zh(self) -> str:
        return f"保留 {self.decimals} 位小数" if self.decimals else "取整"

    @property
    def value_zh(self) -> str:
        return f"（{self.value}）" if self.value else " "

    @property
    def value_en(self) -> str:
        return f" ({self.value})" if self.value else ""



class SharesOfTwoWholes(_OtherBases, Message):
    """NUM003: a share after 其中 whose count is a part of a count with a share of its own ("60岁及以上
    人口为22559人，占14.18%，其中65岁及以上人口为16536人，占8.25%"): the two shares imply two different
    wholes, and the share is not one of the part over its parent count either."""

    numerator: str  # 16536人
    stated: str  # 8.25%
    whole: str  # 16536人 ÷ 8.25% = 200436人
    parent: str  # 22559人
    parent_share: str  # 14.18%
    parent_whole: str  # 159090人
    formula: str  # 16536人 / 22559人
    computed: str  # 73.3011%
    others: tuple[str, ...] = ()
    zh = ("{numerator} ÷ {stated} = {whole}，而 {parent} ÷ {parent_share} = {parent_whole}：两个占比的总数不一致；"
          "若 {stated} 是占 {parent} 的比例，{formula} = {computed}，也不符{others_zh}")
    en = ("{numerator} ÷ {stated} = {whole}, but {parent} ÷ {parent_share} = {parent_whole}: the two shares are not "
          "of one whole; nor is {stated} a share of {parent} ({formula} = {computed}){others_en}")


class ShareOfTheParent(Message):
    """The related location of SharesOfTwoWholes: the parent count's own share."""

    share: str
    whole: str
    zh = "此处的占比 {share} 隐含总数 {whole}"
    en = "the share {share} here implies a whole of {whole}"


class RatiosChecked(Message):
    """``--show-relations``: a share against the ratios of its count over each base tried."""

    ratios: tuple[str, ...]  # 14810人 / 15147人
    stated: str
    zh = "{ratios} 对照 {stated}"
    en = "{ratios} vs {stated}"


class RateChecked(Message):
    """``--show-relations``: a rate × count × the periods allowed, against the stated amount."""

    rate: str
    count: str
    fewest: int
    most: int
    span: Message
    stated: str
    zh = "{rate} × {count} × {fewest}–{most}（{span}）对照 {stated}"
    en = "{rate} × {count} × {fewest}–{most} ({span}) vs {stated}"


def _in_sentence(doc, quantities, starts, q) -> list[Quantity]:
    sentence = doc.sentence_at(q.start)
    if sentence is None:
        return []
    start, end = max(sentence.start, q.start - _REACH), min(sentence.end, q.end + _REACH)
    return quantities[bisect_left(starts, start) : bisect_left(starts, end)]


@rule("NUM002", "rate-amount", "error")
@english_doc(
    """A rate × count × period that disagrees with the stated amount.

    In one sentence: a rate (每季度 2500 元, 每人每月 500 元, 每户补助标准为 3000 元, 1600 元/月), one count of
    the people or households it is paid to, and the amount paid after them. The rule is
    charitable: it tries every whole number of periods the text allows (a 每季度 rate over a 年度 is
    1 to 4 quarters, 每月 over "6 个月" is 1 to 6 months, a partial year when the text says 7月起;
    with no span stated, any number up to ten years, unless the paragraph states its figures as of a
    date or as accumulated, 截至/截止/累计: paid to a roster that changed) and fires only when none fits, comparing
    intervals (67万 stands for [66.5万, 67.5万]). A rate may name what it pays (每人发放一次性慰问金
    800 元: paid once). 人次 is never multiplied by a per-person rate, a per-household rate needs a
    count of 户, and 人均/户均 (an average, rounded at its last digit) is a rate only when the text
    says the amount after it is the total (人均发放 3000 元，共计 36 万元); a sentence with two
    candidate counts or two rates (tiers by age) is ambiguous and left alone, as is an amount after
    the rate that a stated total follows (每户2000元现金，500元物品，共计10万元: a second item of the
    rate). A count before the rate
    is looked for after the last amount of money before it (低保金 4368036 元 特困人员 41 人，每月 300 元).
    An average stated after the amount and the count it divides (发放临时救助金52万元，救助困难家庭320户，
    户均1500元: 1625) is checked too, as a warning: one amount paid out and one count of payees before
    it, neither a part (其中) nor a tier; the average may be rounded at its last digit or its trailing
    zeros; monthly averages are left alone, and so is a 补差 (人均月补差276元: the mean of top-ups that
    differ from person to person).
    """
)
def rate_amount(doc):
    """发放标准 × 人数（户数）× 期数与所列金额不符。

    检查什么：同一句中的一个发放标准（每季度 2500 元、每人每月 500 元、每户补助标准为 3000 元、
    1600 元/月）、一个领取对象的人数或户数，以及其后所列的发放金额。标准可以写明发的是什么（每人
    发放一次性慰问金 800 元：只发一次）。人次不与按人计的标准相乘，按户计的标准须配户数；人均、户均
    是平均数（按末位取整），只有文中说明其后的金额是总额时（人均发放 3000 元，共计 36 万元）才当作
    标准。同一句有两个可能的人数或两个标准（按年龄分档）时，对应关系不明，不检查；标准之后的金额
    后面还有写明的总额时（每户2000元现金，500元物品，共计10万元：前者是标准的另一项），也不检查。
    标准之前的人数只在它前面最后一笔金额之后找（低保金 4368036 元 特困人员 41 人，每月 300 元）。

    怎样比较：从宽认定，文中允许的每一种整数期数都试一遍（每季度的标准、发放“年度”的金额，按
    1 至 4 个季度；每月的标准、“6 个月”，按 1 至 6 个月；写明“7月起”的，按年内部分月份；文中
    未写明时段的，按至多十年；但该段写明是截至某日或累计的数字时不查：名单在发放期间会变动），都对不上才报告。金额按区间比较（67万 代表 [66.5万, 67.5万]）。
    文中有四舍五入的说明时，涉及约数的问题降为警告。

    先写总额和人数（户数）、后写平均数的（发放临时救助金52万元，救助困难家庭320户，户均1500元：
    实为 1625 元），也核对“总额 ÷ 人数”，报告为警告：平均数之前只有一笔发放金额和一个领取人数，
    二者都不是“其中”的一部分或分档；平均数可以按末位或末尾的零取整；按月的人均数不检查，人均补差（人均月补差276元：
    各人补差各不相同，是平均数）也不检查。

    为什么重要：标准、人数和总额是答复里最容易被核对的三个数，三者对不上，说明其中至少有一个写错。

    Incorrect:
        按照每季度 2500 元的标准，对年满 18 周岁且继续在大中专院校就读的 77 名孤儿发放 2022 年度助学金 67 万元。

    Incorrect:
        按每人每月 500 元标准，为 120 名高龄老人发放全年高龄津贴 75 万元。

    Incorrect:
        为 52 名重度残疾人每人发放一次性慰问金 800 元，共计 4.5 万元。

    Incorrect:
        全年发放临时救助金52万元，救助困难家庭320户，户均1500元。

    Correct:
        按照每季度 2500 元的标准，对 77 名孤儿发放 2022 年度助学金 77 万元。

    Correct:
        为 120 名高龄老人人均发放 3000 元，共计 36 万元。

    Correct:
        将50名符合条件的孤儿纳入“福彩圆梦 孤儿助学”项目，发放助学金25万元。

    Correct:
        全年发放临时救助金52万元，救助困难家庭320户，户均1625元。
    """
    quantities, starts = quantities_of(doc)
    per_patterns = money_ends = None
    rated = []
    for q in quantities:
        if q.unit_class == "money":
            if per_patterns is None:
                per_patterns = _per_patterns(doc)
            per = _rate(doc, q, per_patterns)
            if per is not None:
                rated.append((q, per))
    rates = {q.start for q, _ in rated}
    for rate, per in rated:
        per_unit, period, average = per
        sentence = _in_sentence(doc, quantities, starts, rate)
        if any(q is not rate and q.start in rates for q in sentence):
            continue  # tiered rates (每人每月 100 元、200 元): which product is meant is unclear
        # a count before the rate is one after the last amount of money before it: "发放低保金 4368036
        # 元 特困人员 41 人，每月 300 元" pays the rate to the 41, not to the 低保 households before
        if money_ends is None:  # every amount, also one the text model misreads ("金额:1116165 元" as a time)
            money_ends = [q.end for q in doc.numbers if q.unit_class == "money"]
        i = bisect_right(money_ends, rate.start)
        boundary = money_ends[i - 1] if i else -1
        counts = [q for q in sentence if q is not rate and q.start > boundary and _counts_payees(q, per_unit)]
        if len(counts) != 1:
            continue  # no count of payees, or two: which product is meant is unclear
        count = counts[0]
        after = max(rate.start, count.start)
        paid = [q for q in sentence if q.start > after and q.unit_class == "money" and "/" not in q.unit and q.start not in rates]
        if not paid:
            continue
        total = paid[0]
        if len(paid) > 1 and not _stated_total(doc.plain, after, total) and any(_stated_total(doc.plain, total.end, q) for q in paid[1:]):
            continue  # "每户2000元现金，500元物品，共计10万元": a second item of the rate, then their total
        if _CHANGE_BEFORE.search(doc.plain, max(after, total.start - 8), total.start):
            continue  # "标准提高到 310 元/人月，较上年增加 117 元": a change of the rate, not the amount paid
        if average and not _stated_total(doc.plain, rate.end, total):
            continue  # "人均救助 800 元，发放救助金 200 万元": the text does not say the amount is the product
        if average and "补差" in doc.plain[max(0, rate.start - 8) : rate.start]:
            continue  # "16319人，人均月补差276元，累计发放3067.8万元": the mean of top-ups that differ, month by month
        since = rate.end if average else min(rate.start, count.start)
        if _AVERAGE.search(doc.plain, since, total.start):
            continue  # "人均增收 3600 元": an average, not the amount paid
        if not (rate.exact and count.exact and total.exact):
            continue
        readings = _periods(doc, rate, total, period)
        if isinstance(readings[1], SpanNotStated) and _paid_as_of(doc, count, total):
            continue  # "截止11月，…728人，每人每月75元，发放资金59.4465万元": a roster at a date, paid while it changed
        hit = _check_rate(doc, rate, count, total, per, readings)
        ks, span = readings
        shown = RateChecked(as_written(doc, rate), as_written(doc, count), ks.start, ks.stop - 1, span, as_written(doc, total))
        yield Checked(total.start, total.end, "rate", shown, hit is None)
        if hit:
            yield replace(hit, figures=(rate.start, count.start, total.start))
    yield from _averages_of_stated_totals(doc, quantities, starts, rated)


def _stated_total(plain: str, since: int, q: Quantity) -> bool:
    """Whether the words before ``q`` (after ``since``) state it as a total: 共计, 合计 …"""
    return _TOTAL_BEFORE.search(plain, max(since, q.start - 16), q.start) is not None


class AverageDoesNotFit(Message):
    """NUM002: an average (人均, 户均) that the total and the count before it contradict."""

    total: str
    count: str
    quotient: str
    average: str
    zh = "{total} ÷ {count} = {quotient}，与文中的平均数 {average} 不符（已计入各数字按所写位数的舍入误差）"
    en = "{total} / {count} = {quotient}, but the stated average is {average} (rounding of every stated digit allowed)"


# Where a total before an average is an amount paid out: the words of its clause before it.
_PAID_OUT = lazy(r"发放|支出|拨付|下拨|投入|补助|救助|补贴|资金|金")
_NOT_ONE_WHOLE = lazy(r"其中|分别|以上|以下")


def _averages_of_stated_totals(doc, quantities, starts, rated):
    """"全年发放临时救助金52万元，救助困难家庭320户，户均1625元": an average stated after the total and
    the count it divides (the common order in reports). Only where the sentence has one amount paid
    out and one count of payees before the average, neither of them a part (其中) or a tier; the
    average may be rounded at its last stated digit, or at its trailing zeros (1500 is 1450 to 1550).
    A monthly average (人均月补助) is of counts that change month by month: no exact relation."""
    plain = doc.plain
    previous_end = -1
    for rate, (per_unit, period, _) in rated:
        since, previous_end = previous_end, rate.end
        if period or not rate.exact or "均" not in plain[max(0, rate.start - _RATE_WINDOW) : rate.start]:
            continue
        # the figures since the rate before it: "城市…118人…71.71万元，户均…；农村…1325人…586.07万元，户均…"
        before = [q for q in _in_sentence(doc, quantities, starts, rate) if since < q.start < rate.start]
        paid = [q for q in before if q.unit_class == "money"]
        counts = [q for q in before if _counts_payees(q, per_unit or "人")]
        if len(paid) != 1 or len(counts) != 1 or not (paid[0].exact and counts[0].exact):
            continue
        total, count = paid[0], counts[0]
        clause_start = clause_bounds(plain, total.start, total.end)[0]
        if ("/" in total.unit or _NOT_ONE_WHOLE.search(plain, min(total.start, count.start), rate.start)
                or not _PAID_OUT.search(plain, clause_start, total.start)
                or _CHANGE_BEFORE.search(plain, max(clause_start, total.start - 8), total.start)):
            continue
        holds = _average_fits(rate, count, total)
        yield Checked(rate.start, rate.end, "average", Versus(f"{as_written(doc, total)} / {as_written(doc, count)}", as_written(doc, rate)), holds)
        if not holds:
            quotient = amount(rounded(total.value / count.value, max(rate.decimals, 1) + 1), Decimal(1), rate.unit)
            yield Hit(rate.start, rate.end,
                      AverageDoesNotFit(as_written(doc, total), as_written(doc, count), quotient, as_written(doc, rate)),
                      severity=Severity.WARNING, figures=(total.start, count.start, rate.start))


def _average_fits(average: Quantity, count: Quantity, total: Quantity) -> bool:
    """Whether some value the average's digits may stand for, times the count, gives the total."""
    digits, zeros = average.value / average.multiplier, 0
    while not average.decimals and digits and digits % 10 == 0:
        digits, zeros = digits / 10, zeros + 1
    # 800.5 is 800.4 to 800.6 (averages are rounded or cut); 1500 is 1450 to 1550
    spread = average.multiplier * (Decimal(1).scaleb(zeros) / 2 if zeros else Decimal(1).scaleb(-average.decimals))
    c_low, c_high = count.interval()
    t_low, t_high = total.interval()
    return (average.value - spread) * c_low <= t_high and (average.value + spread) * c_high >= t_low


def _rate(doc, q: Quantity, patterns) -> tuple[str | None, str | None, bool] | None:
    """(per whom, per which period, whether an average) when the figure is a rate of money, else None."""
    if q.unit_class != "money":
        return None
    if "/" in q.unit:
        parts = q.unit.split("/")[1:]
        whom = next((p for p in parts if p in ("人", "名", "户")), None)
        period = next((p for p in parts if p in _MONTHS), None)
        return whom, period, False
    start = max(0, q.start - _RATE_WINDOW)
    per_before, average_before = patterns
    if doc.plain.find("每", start, q.start) >= 0:
        before = per_before.search(doc.plain, start, q.start)
        if before and (before.group(1) or before.group(2)):
            return before.group(1), before.group(2), False
    if doc.plain.find("均", start, q.start) >= 0:
        before = average_before.search(doc.plain, start, q.start)
        if before:
            # 月人均补差 is 人均月补差: a period may stand before 人均 as well as after it
            ahead = doc.plain[before.start() - 1 : before.start()]
            return before.group(1), before.group(2) or (ahead if ahead in _MONTHS else None), True
    return None  # no 每 or 均 before the figure (the common case): no need to run the patterns


def _counts_payees(q: Quantity, per_unit: str | None) -> bool:
    """A count the rate may be paid to (a blurred one too: it makes the sentence ambiguous)."""
    if q.in_range:
        return False
    group = unit_group(q)
    if per_unit == "户":
        return group == "户"
    return group == "人"


def _periods(doc, rate: Quantity, total: Quantity, period: str | None) -> tuple[range, Message]:
    """The numbers of periods the text allows between the rate and the amount, and why."""
    if period is None:
        return range(1, 2), SpanOnce()
    sentence = doc.sentence_at(total.start)
    context = doc.plain[max(sentence.start, total.start - _REACH) : total.end] if sentence else ""
    per_year = 12 // _MONTHS[period]
    months = _SPAN_MONTHS.search(context)
    if months:
        n = int(months.group(1)) if months.group(1).isdigit() else (cn_int(months.group(1)) or 0)
        if n:
            return range(1, max(1, n // _MONTHS[period]) + 1), SpanOver(months.group().strip())
    year = _SPAN_YEAR.search(context)
    if year and not _SPAN_FROM.search(context):
        return range(1, per_year + 1), SpanOver(year.group().strip())
    if year:
        return range(1, per_year + 1), SpanWithin(year.group().strip())
    return range(1, per_year * 10 + 1), SpanNotStated()


_AS_OF = lazy(r"截至|截止|累计")  # a count as of a date, an amount paid up to it: over no one roster


def _paid_as_of(doc, count: Quantity, total: Quantity) -> bool:
    """Whether the paragraph states its figures as of a date or accumulated before the count."""
    paragraph = doc.paragraph_at(count.start)
    return paragraph is not None and _AS_OF.search(doc.plain, max(paragraph.start, count.start - _REACH), total.start) is not None


def _check_rate(doc, rate, count, total, per, readings) -> Hit | None:
    whom, period, average = per
    ks, span = readings
    r_low, r_high = rate.interval()
    if average:  # an average is rounded: to one unit of its last digit either way (人均 800 元 is 799.6 …)
        unit = rate.multiplier * Decimal(1).scaleb(-rate.decimals)
        r_low, r_high = rate.value - unit, rate.value + unit
    c_low, c_high = count.interval()
    t_low, t_high = total.interval()
    for k in ks:
        if r_low * c_low * k <= t_high and r_high * c_high * k >= t_low:
            return None
    scale = total.multiplier
    unit = total.unit
    stated = as_written(doc, total)
    half = amount(total.ulp / 2, scale) if total.ulp else ""
    product = f"{as_written(doc, count)} × {as_written(doc, rate)}"
    each = amount(rate.value * count.value, scale, unit)
    if not period:
        message = PaidOnceDoesNotFit(product, each, stated, half, whom == "户")
    elif isinstance(span, SpanNotStated):
        message = NoWholeNumberOfPeriods(product, each, stated, half, period, span)
    else:
        full = amount(rate.value * count.value * ks[-1], scale, unit)
        message = PeriodsDoNotFit(product, ks[-1], ks[0], full, each, stated, half, period, span)
    severity = Severity.WARNING if (rate.ulp or total.ulp) and rounding_disclaimed(doc) else None
    return Hit(total.start, total.end, message, severity=severity)


_RATE_CUE = lazy(r"([\p{Han}]{1,2})率[ \t]*+(?:(?:为|达到|达|是|:)[ \t]*+)?$")
_RATE_NAME = lazy(r"(\p{Han}{1,6}?)率[ \t]*+(?:(?:为|达到|达|是|:)[ \t]*+)?$")  # the rate's whole name: 综合办结率
_SHARE_CUE = lazy(
    r"占(?:比)?[ \t]*+(?:(?:为|达到|达|是)[ \t]*+)?$|占[^,;。0-9]{0,8}?(?:总|全)[^,;。0-9]{0,6}?的[ \t]*+$|占\p{Han}{2,4}?(?:总数|总量)[ \t]*+$|占总人口[ \t]*+$"
)
# "护理型床位比例达到 30.96%": a share named by what it counts (the stem before 比例 names the part).
# "约占总数的11%", "占约11%", "占11%左右": a share the author rounded loosely. Only one far from
# every base is reported, as a warning (:func:`_check_ratio`). 节约, 签约 … are no blur words.
_ROUGH_CUE = lazy(r"(?<![节制签预条公合契违履])(?:大约|约|大概|大致)(?![束定请见谈])[^,;。0-9%]{0,8}$")
_ROUGH_WORDS = frozenset({"约", "大约", "左右", "上下"})
_PROPORTION_CUE = lazy(r"([\p{Han}]{2})(?:比例|比重)[ \t]*+(?:(?:为|达到|达|是|:)[ \t]*+)?$")
_TOTAL_WORD = "(?:" + TOTAL_COUNT_WORD + "|总量)"  # 总数, 总件数, 总量: a whole of some count or amount
# A share whose cue names no particular base (占, 占比, 占总数的, 占总件数的): its base may be a total stated
# earlier in the paragraph. 占全省…的, 占农村人口的 name a base that need not be one the text states.
_ONLY_BLANKS = lazy(r"[ \t]*+[(,]?[ \t]*+")
_BARE_SHARE = lazy(r"占(?:比)?[ \t]*+(?:(?:为|达到|达|是)[ \t]*+)?$|占(?:" + TOTAL_COUNT_WORD + r"|总量|全部|总体|总)的[ \t]*+$|占总人口的?[ \t]*+$")
# "占立案总数的 15.6%", "占提案总数的 95%": a base named by a word the clause of its figure carries.
_NAMED_TOTAL = lazy(r"占(\p{Han}{2,4}?)" + _TOTAL_WORD + r"的?[ \t]*+$")
# A share whose base is named (占总人口的, 占全省…的): a bare 占 after it shares that kind of base.
# 占总数的 names none: the shares of a list that each say it are of one total.
_NAMED_BASE = lazy(r"(占(?!(?:" + TOTAL_COUNT_WORD + r"|总量|全部|总体)的)[^,;。0-9]{1,10}的)[ \t]*+[0-9.]+[ \t]*+%")
# "…68件，占代表建议总件数的98.6%。…21件，占总件数的30.49%": a bare 总件数 after a share that named one
# is the same total count, not another base.
_NAMES_TOTAL_COUNT = lazy(_TOTAL_WORD + "的$")
_BARE_TOTAL = lazy("占" + _TOTAL_WORD + r"的[ \t]*+$")
# "分别占总人口的 51.8% 和 48.2%", "分别占 65%、35%": shares listed after 分别占, of the counts before it.
_RESPECTIVE_SHARES = lazy(r"分别占(?:比)?[^,;。0-9%]{0,10}?(?:的)?[ \t]*+(?:(?:为|达到|达|是)[ \t]*+)?(?=[0-9])")
_SHARE_LEAD = lazy(r"[ \t]*+")
_SHARE_LIST_GAP = lazy(r"[ \t]*+(?:、|和|与|及|,)[ \t]*+(?:占[ \t]*+)?")  # "分别占96.25%和占3.75%": 占 said again
_TOTAL_CUE = lazy(r"(?:共|共有|总|合计|总计|全区|全市|全县|全镇|现有)[^,;。0-9]{0,8}$")
# "占规模以上工业总产值比重达37.5%": the share names its base; a figure of another whole is no base.
_GENERIC_BASE = lazy(TOTAL_COUNT_WORD + "|总量|全部|总体|^总$")  # 占总数的: names no particular whole
_SHARE_OF_NAMED = lazy(r"占(\p{Han}{2,8}?)的[ \t]*+$")  # 占转移劳动力的 48%: of the whole named so


def _named_whole(doc, earlier, name: str):
    """The count before a share of a named whole and that whole: a total stated earlier in the
    sentence whose words name it ("已转移农村劳动力33613人…，其中转移妇女劳动力16820人，占转移
    劳动力的48%"); None when the sentence states none."""
    counts = [q for q in earlier if unit_group(q) is not None and q.unit_class in ("discrete", "money")]
    if len(counts) < 2:
        return None
    numerator = counts[-1]
    bases = [q for q in counts[:-1] if unit_group(q) == unit_group(numerator) and q.value >= numerator.value
             and _is_total(doc, q) and label_names(doc.plain, q, name)]
    return (numerator, bases) if bases else None


_WHOLE_OF_AREA = lazy(r"全(?:社会|国|省|市|州|县|区|镇|乡)")  # a share's whole named by its area
_OCCUPY_NAMED = lazy(r"占(\p{Han}{2,12}?)的?(?:比重|比例)[ \t]*+(?:(?:为|达到|达|是|:)[ \t]*+)?$")
_BREAKDOWN_AFTER = lazy(r"[ \t]*+[,;。:]?[ \t]*+其中")
_PARAGRAPH_REACH = 400  # characters before a share in which its paragraph may state its base
_DOCUMENT_REACH = 3000  # characters before its paragraph in which the total that 占总数的 names may be stated
# a share's own clause that opens with its subject: "第一产业就业人员占23.6%", "战略新兴产业增加值占比达25%"
_SUBJECT_OF_SHARE = lazy(r"[ \t]*+(\p{Han}{2,16}?)[ \t]*+占")
_BRACKET_AFTER = lazy(r"[ \t]*+\(")
_NO_SUBJECT = ("分别", "均", "各", "约", "共", "合计", "总计")  # 分别占, 均占: words before 占 that name no subject
# a clause that names a class by a 的-phrase and states no count of it, right before its share
_UNCOUNTED_CLASS = lazy(r",[^,;:。\d]{2,40}的[ \t]*+,[ \t]*+占[^,;:。\d]{0,12}$")
_CHANGE_CLAUSE_AFTER = lazy(r"[ \t]*+,[^,;:。()0-9]{1,12}")  # "215.66万人，比上年末增加": the next clause opens with a change
# 占总数的, 占提案总数, 占总人口(比重): of a total count
_OF_TOTAL = lazy(r"占(?:\p{Han}{2,4}?)?" + TOTAL_COUNT_WORD + r"的?[ \t]*+$|占总人口(?:的|比重|的比重)?[ \t]*+(?:为|达到|达|是)?[ \t]*+$")


@rule("NUM003", "percent-ratio", "error")
@english_doc(
    """A rate or share that disagrees with the two counts it is computed from.

    A named rate (管理率, 签约率, 覆盖率 …) after two counts of the same unit in two clauses (of
    the same noun, when both name one), the numerator's clause carrying the rate's stem
    ("健康管理人数14810人 … 管理率97.78%" is 14810/15147; the other counts of the unit before it are
    tried as its base too: 活产数6411人，产妇总数6404人，…系统管理率85.84%; after the parts of the
    numerator, 立案236件，其中…74件，立案率93.3%, the base is a total stated with 共 before it in its
    sentence or the one before: 共提交提案254件; so it is of the one count of its unit in its sentence
    when the total names what the count counts (高考考生共11899人；…上线考生11399人，上线率98.42%); not when a rate of the
    first count stands between them and is not 100%: 竣工64645人、竣工率89.57%，入住63557人、入住率
    88.07% are of a plan the text does not state), or after one such count with its base
    stated right after the rate ("覆盖行政村256个，覆盖率为60%（全市共有行政村400个）"). A share (占
    60%, 占比, 占总数的 60%, 护理型床位比例 30.96%; 占转移劳动力的 48%, against a total of the sentence
    whose words name it: 已转移农村劳动力 33613 人) after a count, against the base the text names:
    the total stated earlier in the sentence (共, 全区, 现有 …, or the figure a 其中 breaks down) or,
    for a share whose cue names no other base, a total stated earlier in the paragraph ("共收到提案
    77件，立案71件。…解决的20件，占29.8%"; a share that names its whole, 占毕业生总数的, also against a
    figure stated under that very name: 毕业生21.37万人; a 占 phrase that states its base, 已收获94.18万亩，
    占应收面积142.38万亩的66.13%, is of that base and the count right before it; a completion rate, 完成预算的
    71.1% (预算执行率, 完成率), is of the one figure of its sentence that names the plan, 支出预算为25.6万元, and the one
    other, 支出决算为18.2万元), and the sum of counts stated together as a total
    (共承办人大代表建议49件、政协委员提案66件: 115); for a part set on its own line under a 其中： that
    ends its line, the total that 其中 breaks down. Every base the text offers is tried, the nearest total
    first (立案 71, then 收到 77), and a share that fits one of them is consistent (a named rate also when it is its
    count with one other of its sentence over a third: 当场答复5113宗，…办结1898宗，办结率97.01% of 受理7227宗) ("3929件，占91.4%，
    其中…2089件，占48.6%" is 2089 of the same 4299
    as the 91.4%). The ratio is an interval (rounded counts widen it) and the stated percentage may
    be rounded half-up, half-even or truncated; only a percentage that no rounding of any ratio can
    give fires (a warning when the document has a rounding disclaimer). 个百分点 (a difference) and
    growth rates are not ratios of counts and are left alone. Shares listed after 分别占 are each
    of the count listed in the same place before it (男性 45.01 万人，女性 41.91 万人，分别占总人口的
    51.8% 和 48.2%). A share the text gives as rough (约占 11%, 占约 11%, 11%左右) fits within
    one unit of its last digit (5 points for round tens: 约占 30% is 25% to 35%); one further from
    every base is a warning. A whole that 其中 breaks down and that is itself a share of an unstated
    total (78366人，占13.53%，其中…53403人，占9.22%) offers that total too: 78366 ÷ 13.53%. A count
    that carries its own share and is broken down by nothing is a class like the numerator's, no
    base of it (咨询类共33523件，占47.09%；求助类共21570件，占30.30%), nor is one whose share names the
    same total as the numerator's (…478件，占建议总数的48.19%；…364件，占建议总数的36.69%); shares of a list that make 100%
    are of the list's sum (NUM001 compares that sum with the total stated), and when the stated
    shares add up to exactly 100% one may be a unit off in its last digit, nudged to make the
    100%. A share of 总数 (占总数的 20%, 占提案总数 20%) in a paragraph that states no count that could
    be its total is of a total stated with 共 in the paragraphs before (代表们共提出建议233件), named
    in full when the share names it (a bare 占总件数的 after 占代表建议总件数的 names that total too); the base
    is inferred, so a share that fits none is a warning. A share that names a
    whole the sentence's total is not (低保对象21064人，其中城镇低保对象4745人，占全区非农人口的4.06%)
    is of a population the text does not state: left alone, as is a rate after 其中 that names a part
    the numerator's clause does not (总上线率为98.42%，其中一本上线率为16.19%) and a share in brackets
    that names its own subject (专任教师153人(双师型教师占5.29%)). A part's share after 其中 that fits
    neither its parent count nor the whole the parent's own share implies is reported with both
    wholes (60岁及以上人口为22559人，占14.18%，其中65岁及以上人口为16536人，占8.25%: 200436 against
    159090). A share of a measure (面积, 产量) is
    checked only against a total its sentence states (乡镇总面积96.25平方公里，其中耕地面积23.43平方公里，
    占总面积的24.32%). A share after a count and the clause of its change is the count's (乡村常住人口
    233.36万人，比上年末减少5.45万人，占总人口比重51.38%: 233.36 over the 常住人口 443.6万); 占总人口
    (的, 比重) is a share of 总数, of the population stated in the paragraphs before; a proportion
    that names its whole (占社会服务事业费比重为47.8%) is of a figure before it in the paragraph that
    states that whole (全国社会服务事业费支出4404.1亿元). A list of three
    or more counts with their shares that no reading above
    checks (占, 占比, 占承办件总数的, each in the same words) is of the total stated before it that
    most of its shares fit (at least two, three for whole percentages, and more than half): a share
    that fits neither that total nor any other stated before the list, nor the list's sum, is a
    warning (交办的代表建议共269件 … A类109件，占承办件总数的40.9%；B类52件，占19.3%；C类107件，占39.8%:
    52 and 107 are of 269, and 109/269 = 40.5%), and so is one that fits only another total when three
    or more fit the list's (收到提案223件，…立案205件。…25件，占12.2%；…15件，占6.7%；…: 15/223, the rest of 205). Two shares of a whole named in the same words (占一般公共预算
    支出的) in one paragraph, section or list, whose whole the text does not state, must imply the same
    whole (count ÷ share); two that do not are a warning (2476260.58元 ÷ 84.06% = 2945825元, but
    469500元 ÷ 19.62% = 2392966元); completion rates (占年度预算的) and shares of different years are
    not compared.
    """
)
def percent_ratio(doc):
    """比率或占比与据以计算的两个数量不符。

    检查什么：一是有名称的比率（管理率、签约率、覆盖率等）：前面两个分句各有一个同单位的数量（都
    说明对象时须为同一对象），分子所在分句含有比率的词干（“健康管理人数14810人……管理率97.78%”
    即 14810/15147；其前同单位的其他数量也作为分母试算：活产数6411人，产妇总数6404人，……系统管理率85.84%；分子之后列出其分项（立案236件，其中……74件，立案率93.3%）时，分母是本句或上一句以“共”写出的总数（共提交提案254件）；本句只有这一个同单位数量、而上一句以“共”写出的总数所计对象相同时也是如此（高考考生共11899人；……上线考生11399人，上线率98.42%）；两个数量之间写有前一数量的比率且不是 100% 时不查：
    竣工64645人、竣工率89.57%，入住63557人、入住率88.07%，分母是文中没写的计划数）；或前面只有一个这样的数量，而紧接比率之后写明了总数（“覆盖行政村256个，
    覆盖率为60%（全市共有行政村400个）”）。二是占比（占 60%、占比、占总数的 60%、护理型床位
    比例 30.96%；占转移劳动力的 48%，分母是同一句中写明、名称与之相合的总数：已转移农村劳动力 33613 人）：
    分子是其前的数量，分母是文中给出的总数——同一句前面写明的总数（共、全区、
    现有等，或“其中”所分解的数字），以及占比未指明其他基数时，同一段前面写明的总数（“共收到提案
    77件，立案71件。……解决的20件，占29.8%”；写明整体名称的占比，如“占毕业生总数的”，也与前文以这一名称写出的数字核对：“毕业生21.37万人”；“占”字短语中写出基数的，如“已收获94.18万亩，占应收面积142.38万亩的66.13%”，是紧接其前的数量与该基数之比；完成率（完成预算的71.1%、预算执行率、完成率）是同句中唯一写明计划（预算、计划、目标、任务）的数字与另一个数字之比：支出预算为25.6万元，支出决算为18.2万元），以及作为总数一并写出的几个数之和（共承办人大代表建议
    49件、政协委员提案66件：115件）；“其中：”位于行尾、分项逐行列出时，各行的占比以“其中”
    所分解的合计为基数。“分别占”后列出的各个占比，各自对应“分别”前
    依次列出的数量。

    怎样比较：文中给出的每一个可能的基数都试一遍（先试最近写明的总数：立案 71，再试收到 77），
    合于其中一个即不报告（具名的比率，分子与同句另一数量之和除以第三个数量相合的，也不报告：当场答复5113宗，……办结1898宗，办结率97.01%，即 (5113+1898)/7227；“3929件，占91.4%，其中……2089件，占48.6%”中的 48.6% 与 91.4% 同以 4299
    为基数）。比值按区间计算（约数放宽区间），
    所写百分数可以是四舍五入、四舍六入五成双或截断的结果；只有任何一种舍入都得不到所写数值时才
    报告（文中有四舍五入的说明时降为警告）。写作约数的占比（约占 11%、占约 11%、11%左右）与
    计算值相差不超过末位的一个单位（整十的约数放宽到 5 个百分点：约占 30% 即 25%～35%）即算相合，
    超出时报告为警告；“其中”所分解的数字本身带有占比而总数未写出时（78366人，占13.53%，其中……
    53403人，占9.22%），也以 78366 ÷ 13.53% 为基数试一遍；本身带有占比、又没有被“其中”分解的数字，是与
    分子并列的一类，不是基数（咨询类共33523件，占47.09%；求助类共21570件，占30.30%），占比写明的总数与分子的相同时也是
    并列的一类（……478件，占建议总数的48.19%；……364件，占建议总数的36.69%）；一组占比合计为
    100% 的列举，各占比以各类数量之和为基数（与所写总数是否相符由 NUM001 核对），所写占比之和恰为 100% 时，
    允许某项为凑足 100% 而与计算值相差末位的一个单位；“占总数的 20%”“占提案总数 20%”所在段落前面没有写出可作总数的数量时，
    以前面段落用“共”写出的总数为基数（代表们共提出建议233件；占比写明名称时须名称相合；前面的占比写了“占代表建议总件数的”，其后只写“占总件数的”也指同一总数），基数是推断的，不符时报告为警告；占比写明的基数不是句中
    总数时（低保对象21064人，其中城镇低保对象4745人，占全区非农人口的4.06%），基数文中未写，不检查；“其中”之后的比率所写的部分
    分子所在分句未写（总上线率为98.42%，其中一本上线率为16.19%），括号中的占比写明了自己的主语（专任教师153人(双师型教师占5.29%)），
    同样不检查；“其中”所列部分的占比，既不合其上级数量、也不合上级数量连同其占比所隐含的总数时，消息写出两个总数（60岁及以上人口为
    22559人，占14.18%，其中65岁及以上人口为16536人，占8.25%：200436 与 159090）；计量数（面积、产量）的
    占比只以同一句写明的总数为基数（乡镇总面积96.25平方公里，其中耕地面积23.43平方公里，占总面积的24.32%）；
    数量之后紧接其增减的分句、再写占比时，占比是该数量的（乡村常住人口233.36万人，比上年末减少5.45万人，占总人口比重51.38%：
    分子是 233.36万，分母是常住人口 443.6万）；“占总人口（的、比重）”与“占总数的”同样读，基数是前面段落写出的人口；写明总体名称的比重（占社会服务事业费比重为47.8%），以本段前面写出该总体的数字为基数（全国社会服务事业费支出4404.1亿元）；以上各种读法都未核对的、三项以上逐项写出数量及占比的列举（占、占比、占承办件总数的，各项写法相同），以列举前写出的、
    多数占比都相合的总数为基数（至少两项，整数百分比至少三项，且超过半数）：某项与该总数、列举前写出的其他总数以及各项之和都不相合时，
    报告为警告（交办的代表建议共269件……A类109件，占承办件总数的40.9%；B类52件，占19.3%；C类107件，占39.8%：52件、107件
    都以 269件 为基数，而 109/269 = 40.5%）；有三项以上合于该总数、某项只合于另一个总数的，也报告为警告，基数前后不一（收到提案223件，……立案205件。……25件，占12.2%；……15件，占6.7%：15/223，其余以 205 为基数）；同一段、同一节或同一列举中两处“占”同一名称总数的占比（占一般公共预算支出的），
    该总数文中未写出时，各自隐含的总数（数量 ÷ 占比）应相同，不同时报告为警告（2476260.58元 ÷ 84.06% = 2945825元，
    而 469500元 ÷ 19.62% = 2392966元），完成率（占年度预算的）和不同年份的占比不作比较；“以上”“近”
    “超过”只说明大小方向，不检查。“个百分点”（差值）和增长率不是两个数量之比，不检查。

    为什么重要：占比是读者最常动手验算的数字，算不出来的百分数会让整份材料的数字失去可信度。

    Incorrect:
        60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率92.1%。

    Incorrect:
        全县共有养老机构 40 家，其中公办机构 30 家，占 60%。

    Incorrect:
        全区共有养老机构22家，拥有养老总床位4610张，每千名老人拥有床位45.27张。其中护理型床位1248张，护理型床位比例达到30.96%。

    Incorrect:
        2007年，提案委员会共收到提案77件，立案71件。至年底全部办复完毕。提案所提问题已经解决或基本解决的20件，占29.8%。

    Incorrect:
        覆盖行政村256个，覆盖率为60%（全市共有行政村400个）。

    Incorrect:
        会议共收到建议81件。向上级反映的11件，约占总数的11%。

    Incorrect:
        交由区人民政府研究办理的代表建议共269件。列为A类的109件，占承办件总数的40.9%；列为B类的52件，占承办件总数的19.3%；列为C类的107件，占承办件总数的39.8%。

    Correct:
        60周岁以上家庭医生签约人数15147人，65周岁以上健康管理人数14810人，管理率97.78%。

    Correct:
        交由区人民政府研究办理的代表建议共269件。列为A类的110件，占承办件总数的40.9%；列为B类的52件，占承办件总数的19.3%；列为C类的107件，占承办件总数的39.8%。

    Correct:
        会议共收到建议81件。向上级反映的11件，约占总数的14%。

    Correct:
        全县共有养老机构 40 家，其中公办机构 30 家，占 75%。

    Correct:
        经审查立案4299件。所提问题得到解决和列入计划准备解决的3929件，占91.4%，其中已经采纳落实的2089件，占48.6%。

    Correct:
        覆盖行政村256个，覆盖率为64%（全市共有行政村400个）。
    """
    quantities, starts = quantities_of(doc)
    plain = doc.plain
    respective = _respective_shares(doc)
    checked = set()  # the shares read here: a list of others is read against the total most of them fit
    for percent in (q for q in doc.numbers if q.unit in ("%", "‰") and not q.in_range and (q.exact or q.approx in _ROUGH_WORDS)):
        if percent.start in respective:
            yield from _check_respective(doc, quantities, starts, percent, *respective[percent.start])
            continue
        stated = _base_in_the_phrase(doc, quantities, starts, percent) or _share_of_the_plan(doc, quantities, starts, percent)
        if stated is not None:  # "已收获94.18万亩，占应收面积142.38万亩的66.13%": of the figure the 占 names
            numerator, base = stated
            hit = _check_ratio(doc, numerator, [base], percent)
            checked.add(percent.start)
            yield Checked(percent.start, percent.end, "share", RatiosChecked((f"{as_written(doc, numerator)} / {as_written(doc, base)}",),
                                                                            as_written(doc, percent)), hit is None)
            if hit:
                yield replace(hit, figures=(numerator.start, base.start, percent.start))
            continue
        before = plain[max(0, percent.start - 16) : percent.start]
        named = _RATE_CUE.search(before)
        proportion = None if named else _PROPORTION_CUE.search(before)
        of_named = None
        if not named and not proportion and not _SHARE_CUE.search(before):
            of_named = _SHARE_OF_NAMED.search(before)  # "其中转移妇女劳动力16820人，占转移劳动力的48%"
            if of_named is None:
                continue
        sentence = [q for q in _in_sentence(doc, quantities, starts, percent) if q.exact]
        earlier = [q for q in sentence if q.start < percent.start]
        if named and named.group(1) + "率" in doc.lexicon.unstated_base_rates:
            continue  # 出生率, 失业率: of a population the text does not state (年平均人口, 劳动力)
        if named:
            full = _RATE_NAME.search(before)
            pair = (_named_rate_pair(doc, earlier, named.group(1), full.group(1) if full else "") or _rate_base_after(doc, sentence, percent, named.group(1))
                    or _stem_count_of_total(doc, quantities, starts, earlier, percent, named.group(1)))
            if pair is None or _rate_of_a_part(plain, percent, named, pair[0]):
                continue
            bases, numerator = [pair[1]], pair[0]
            # the other counts of its unit before the rate are tried too: "当年活产数6411人，产妇总数6404人，
            # 孕产妇系统管理5503人，孕产妇系统管理率85.84%" is of the 6411 live births
            bases += [q for q in earlier if q is not numerator and q is not pair[1] and q.start < numerator.start
                      and unit_group(q) == unit_group(numerator) and q.value >= numerator.value]
        elif of_named is not None:
            found = _named_whole(doc, earlier, of_named.group(1))
            if found is None:
                continue
            numerator, bases = found
        else:
            found = _share_bases(doc, quantities, starts, earlier, percent, proportion.group(1) if proportion else None)
            if found is None:
                continue
            numerator, bases = found
            occupied = _OCCUPY_NAMED.search(plain, max(0, percent.start - 24), percent.start)
            if occupied:
                name = occupied.group(1)[-2:]
                whole = _WHOLE_OF_AREA.match(occupied.group(1))  # 占全社会用电量比重: not of 第二产业用电量
                bases = [b for b in bases if name in (label := plain[clause_bounds(plain, b.start, b.end)[0] : b.start])
                         and (whole is None or whole.group() in label)]
                if not bases:
                    continue
        siblings = _siblings(doc, earlier, numerator) if not named else ()
        if siblings and len(bases) == 1 and (of_named or _SHARE_OF_NAMED.search(before)) and _list_makes(siblings + (numerator,), bases[0]):
            # "民办学校280所,其中民办幼儿园270所、民办中小学10所,占全市各级各类学校的19.25%": the list's share of
            # the whole it names, not stated (a bare 占25% after the list is the last count's: the list's would be 100%)
            continue
        rough = not percent.exact or _ROUGH_CUE.search(plain, max(0, percent.start - 12), percent.start) is not None
        implied = [] if of_named else _implied_totals(doc, [base for base in bases if not isinstance(base, _Together)])
        intervals = [interval for _, interval in implied]
        tried = [f"{as_written(doc, numerator)} / {_base_written(doc, base)}" for base in bases]
        tried += [f"{as_written(doc, numerator)} / ({as_written(doc, base)} ÷ {as_written(doc, share)})" for (base, share), _ in implied]
        listed = shares_of_one_whole(doc, numerator)
        if listed is not None:
            # shares that make 100% are of the sum of their counts, whatever the total stated (NUM001 compares the two)
            intervals.append(_Together(tuple(listed)).interval())
            tried.append(f"{as_written(doc, numerator)} / ({as_written(doc, listed[0])}+…+{as_written(doc, listed[-1])})")
        if listed is not None and _nudged_to_the_whole(doc, numerator, listed, percent):
            hit = None
        else:
            hit = _check_ratio(doc, numerator, bases, percent, siblings, rough, intervals, [pair for pair, _ in implied])
        composite = _composite_fit(doc, earlier, numerator, percent) if hit and named else None
        if composite:
            hit = None  # "受理7227宗，当场答复5113宗，转办2114宗，办结1898宗，办结率97.01%": (5113 + 1898) / 7227
            tried.append(composite)
        shown = RatiosChecked(tuple(tried), as_written(doc, percent))
        checked.add(percent.start)
        yield Checked(percent.start, percent.end, "share", shown, hit is None)
        if hit:
            if hit.severity is None and not any(doc.paragraph_at(b.start) is doc.paragraph_at(numerator.start) for b in bases):
                hit = replace(hit, severity=Severity.WARNING)  # its base is a total stated in another paragraph: inferred
            # the share's own figures: another share of the same base is a finding of its own
            yield replace(hit, figures=(numerator.start, percent.start))
    yield from shares_of_the_lists_base(doc, checked)
    yield from shares_of_one_named_whole(doc, checked)
    yield from table_share_ratios(doc)  # tables' 占比 columns (rules/table.py)


# "占应收面积142.38万亩的66.13%", "占2023年预算8465万元的41.5%": a share whose 占 phrase states its base
_OCCUPY_BEFORE_BASE = lazy(r"占(?:[^,;:。!?0-9%]|(?:19|20)[0-9]{2}年度?)*+$")
_BASE_THEN_SHARE = lazy(r"[ \t]*+的[ \t]*+(?:比重|比例)?[ \t]*+(?:(?:为|达到|达|是)[ \t]*+)?")
_COUNT_THEN_OCCUPY = lazy(r"[ \t]*+[,.]?[ \t]*+")  # "94.18万亩，占…", "94.18萬畝.占…" (a stop typed for the comma)


def _base_in_the_phrase(doc, quantities, starts, percent: Quantity) -> tuple[Quantity, Quantity] | None:
    """The count right before a 占 phrase that states the share's base, and that base."""
    plain = doc.plain
    i = bisect_left(starts, percent.start)
    if i < 2:
        return None
    numerator, base = quantities[i - 2], quantities[i - 1]
    if not _BASE_THEN_SHARE.fullmatch(plain, base.end, percent.start):
        return None
    occupy = _OCCUPY_BEFORE_BASE.search(plain, max(0, base.start - 24), base.start)
    if occupy is None or not _COUNT_THEN_OCCUPY.fullmatch(plain, numerator.end, occupy.start()):
        return None
    if unit_group(base) is None or unit_group(numerator) != unit_group(base) or not (numerator.exact and base.exact) or base.value <= 0:
        return None
    return numerator, base


# "支出预算为25.6万元，支出决算为18.2万元，完成预算的71.1%": a completion rate, of the plan its sentence states
_OF_THE_PLAN = lazy(r"(?:完成|占|为|达到|达|是)[ \t]*+(?:年初|全年|年度|调整后|当年)?(?P<plan>预算|计划|目标任务|目标|任务)数?[ \t]*+的[ \t]*+$"
                    r"|(?P<named>预算|计划|任务|目标)?(?:执行|完成)率[ \t]*+(?:为|达到|达|是|:)?[ \t]*+$")
_PLAN_WORDS = ("预算", "计划", "目标", "任务")
_DONE_WORDS = ("完成", "执行", "实现", "已")


def _share_of_the_plan(doc, quantities, starts, percent: Quantity) -> tuple[Quantity, Quantity] | None:
    """The amount done and the plan a completion rate (完成预算的 71.1%) is of: the one figure of its
    sentence whose words name the plan (预算, 计划, 目标, 任务), and the one other figure of its unit,
    not a change, before the rate (or the one after the plan, when figures of earlier years precede it)."""
    plain = doc.plain
    cue = _OF_THE_PLAN.search(plain, max(0, percent.start - 16), percent.start)
    sentence = doc.sentence_at(percent.start) if cue else None
    if sentence is None:
        return None
    named = cue.group("plan") or cue.group("named")
    words = (named[:2],) if named else _PLAN_WORDS  # 执行率, 完成率: of whichever plan the sentence states
    figures = [q for q in quantities[bisect_left(starts, sentence.start) : bisect_left(starts, cue.start())]
               if q.exact and unit_group(q) is not None]
    labels = {q.start: plain[clause_bounds(plain, q.start, q.end)[0] : q.start] for q in figures}
    # a figure said done (已完成中央投资计划6.7亿元) is of the plan, not the plan
    plans = [q for q in figures if any(w in labels[q.start] for w in words) and not any(w in labels[q.start] for w in _DONE_WORDS)]
    if len(plans) != 1 or plans[0].value <= 0:
        return None
    plan = plans[0]
    done = [q for q in figures if q is not plan and unit_group(q) == unit_group(plan) and not any(w in labels[q.start] for w in words)
            and not names_change_or_rate(doc.lexicon, labels[q.start])]
    if len(done) != 1:
        done = [q for q in done if q.start > plan.start]  # "上年决算20万元，本年预算25.6万元，决算18.2万元"
    if len(done) != 1 or "其中" in plain[min(plan.end, done[0].end) : max(plan.start, done[0].start)]:
        return None  # "预算为22万元，其中公务接待费决算为5万元，完成预算的50%": of the part's own plan, not stated
    return done[0], plan


def _nudged_to_the_whole(doc, numerator: Quantity, listed: list[Quantity], percent: Quantity) -> bool:
    """Whether a share of a list whose stated shares add up to exactly 100% is within one unit of its
    last digit of its count over the list's sum, either way: shares are nudged so (78件 / 171件 =
    45.614% stated 45.60%, the five shares 100.00%), as NUM008 allows. Shares that add up to 99.5%
    were not: 361人 / 5099人 = 7.08% stated 8% is a slip."""
    scale = per_whole(percent)
    if sum((own_share(doc, q, named=True).value for q in listed), Decimal(0)) != scale:
        return False
    total = sum((q.value for q in listed), Decimal(0))
    # its rounded value one unit from the stated one: up to 1.5 units from the exact one
    return total > 0 and abs(numerator.value / total * scale - percent.value) <= percent.ulp * Decimal("1.5")


def _respective_shares(doc) -> dict[int, tuple[Quantity, Quantity, list[Quantity]]]:
    """Shares listed after 分别占 ("公办机构 25 家、民办机构 15 家，分别占 62.5% 和 37.5%"): the k-th
    share is of the k-th count listed right before 分别. By each share's start: (its count, the
    list's first share, whose cue names the base, and the list's counts). Lists whose counts and
    shares differ in number are NUM004's."""
    plain, numbers = doc.plain, doc.numbers
    starts = [q.start for q in numbers]
    paired = {}
    for cue in _RESPECTIVE_SHARES.finditer(plain):
        i = bisect_left(starts, cue.end())
        shares = []
        while i < len(numbers) and numbers[i].unit in ("%", "‰") and numbers[i].exact:
            gap = plain[shares[-1].end : numbers[i].start] if shares else plain[cue.end() : numbers[i].start]
            if not (_SHARE_LIST_GAP if shares else _SHARE_LEAD).fullmatch(gap):
                break
            shares.append(numbers[i])
            i += 1
        j = bisect_left(starts, cue.start())
        counts = numbers[max(0, j - len(shares)) : j]
        sentence = doc.sentence_at(cue.start())
        if len(shares) < 2 or len(counts) != len(shares) or sentence is None or counts[0].start < sentence.start:
            continue
        group = unit_group(counts[0])
        if group is None or any(unit_group(q) != group or not q.exact or q.unit_class not in ("discrete", "money") for q in counts):
            continue
        for count, share in zip(counts, shares):
            paired[share.start] = (count, shares[0], counts)
    return paired


def _check_respective(doc, quantities, starts, percent, numerator, first_share, listed):
    # the other counts of the list are no bases of this one (男性 45.01 万人，女性 41.91 万人)
    sentence = [q for q in _in_sentence(doc, quantities, starts, percent)
                if q.exact and q.start <= numerator.start and (q is numerator or q not in listed)]
    found = _share_bases(doc, quantities, starts, sentence, first_share, None)
    bases = [base for base in found[1] if base not in listed] if found and found[0] is numerator else []
    if not bases:
        return
    hit = _check_ratio(doc, numerator, bases, percent)
    shown = RatiosChecked(tuple(f"{as_written(doc, numerator)} / {as_written(doc, base)}" for base in bases), as_written(doc, percent))
    yield Checked(percent.start, percent.end, "share", shown, hit is None)
    if hit:
        yield replace(hit, figures=(numerator.start, percent.start))


def _stem_count_of_total(doc, quantities, starts, earlier, percent, stem: str):
    """A named rate whose numerator's clause carries its stem, after parts of that count, of a total
    stated with 共 before it in its sentence or the one before ("全年共提交提案254件。经审查，立案236件，
    其中委员提案162件，集体提案74件，立案率93.3%": 236 / 254)."""
    plain = doc.plain
    counts = [q for q in earlier if unit_group(q) is not None and q.unit_class == "discrete"]
    numerator = next((q for q in reversed(counts) if stem in plain[clause_bounds(plain, q.start, q.end)[0] : q.start]), None)
    if numerator is None:
        return None
    sentence = doc.sentence_at(numerator.start)
    if sentence is None or sentence.index == 0:
        return None
    parts_between = "其中" in plain[numerator.end : percent.start]
    if not parts_between and (numerator is not counts[-1] or any(unit_group(q) == unit_group(numerator) for q in counts[:-1])):
        return None  # the count that its parts stand between and the rate, or the one count of its unit in the sentence
    start = doc.sentences[sentence.index - 1].start
    for base in reversed(quantities[bisect_left(starts, start) : bisect_left(starts, numerator.start)]):
        if unit_group(base) == unit_group(numerator) and base.exact and base.value >= numerator.value:
            clause_start = clause_bounds(plain, base.start, base.end)[0]
            if not _TOTAL_CUE.search(plain, clause_start, base.start):
                return None
            # with no parts between, the total must count what the numerator counts: "高考考生共11899人；…
            # 上线考生11399人，上线率98.42%" (a total of 学生 is no base of a 考生's rate)
            return (numerator, base) if parts_between or _counts_the_same(plain, numerator, base) else None
    return None


def _counts_the_same(plain: str, numerator: Quantity, base: Quantity) -> bool:
    """Whether the base's clause names the noun that ends the numerator's label (上线考生 … 考生共11899人,
    共有11899名考生)."""
    noun = plain[clause_bounds(plain, numerator.start, numerator.end)[0] : numerator.start].strip(" \t")[-2:]
    start, end = clause_bounds(plain, base.start, base.end)
    return len(noun) == 2 and (noun in plain[start : base.start] or noun in plain[base.end : end])


_RATE_STATED = lazy(r"率[ \t]*+(?:为|达到|达|是)?[ \t]*+[0-9]")  # a named rate between two counts


def _named_rate_pair(doc, sentence, stem: str, name: str = ""):
    counts = [q for q in sentence if unit_group(q) is not None and q.unit_class == "discrete"]
    if len(counts) < 2 or unit_group(counts[-1]) != unit_group(counts[-2]):
        return None
    a, b = counts[-2], counts[-1]
    if len(name) > len(stem) and _labelled_with(doc, sentence, a, stem) and _labelled_with(doc, sentence, b, stem):
        # "在线办结数6273件，综合办结数为11163件，综合办结率达99.93%": of the two counts of 办结, the 综合办结 one is the
        # numerator (应签约 2000 人，已签约 1800 人，签约率: the rate's name tells neither, and the order decides)
        stem = name
    clause_a, clause_b = clause_bounds(doc.plain, a.start, a.end), clause_bounds(doc.plain, b.start, b.end)
    nouns = subjects(doc)
    noun_a, noun_b = nouns.get(a.start), nouns.get(b.start)
    if clause_a == clause_b or (noun_a and noun_b and noun_a.noun != noun_b.noun):
        return None  # "18 个乡镇 216 个村实现全覆盖，覆盖率 100%": not a numerator and its base
    rate = _RATE_STATED.search(doc.plain, a.end, b.start)
    if rate and not doc.plain.startswith("100%", rate.end() - 1):
        # "竣工64645人、住房竣工率89.57%，累计搬迁入住63557人、累计入住率88.07%": a is a part of a base of
        # its own (but "34个项目全部开工，开工率为100%，竣工32个，竣工率94.12%": a is all)
        return None
    for numerator, denominator in ((b, a), (a, b)):
        if _labelled_with(doc, sentence, numerator, stem) and numerator.value <= denominator.value:
            return numerator, denominator
    return None


def _composite_fit(doc, sentence, numerator: Quantity, percent: Quantity) -> str | None:
    """The numerator with one other count of its sentence over a third, when a named rate is that: a
    rate some reports define so (办结率 of a hotline: those answered at once and those settled later,
    over all received)."""
    counts = [q for q in sentence if q is not numerator and q.exact and unit_group(q) == unit_group(numerator)]
    scale, stated = per_whole(percent), _stated_share(percent)
    for other in counts:
        together = _Together((numerator, other)).interval()
        for base in counts:
            if base is not other and base.interval()[0] > 0 and _ratio_fits(together, base.interval(), stated, scale):
                return f"({as_written(doc, other)}+{as_written(doc, numerator)}) / {as_written(doc, base)}"
    return None


def _labelled_with(doc, sentence, q: Quantity, stem: str) -> bool:
    """Whether ``q``'s own words (its clause, from the figure before it) carry the rate's stem, not
    negated: "立案78件、并案6件" labels the 6 并案; "不立案23件", "不予立案的11件" are no count of 立案."""
    plain = doc.plain
    start = max([clause_bounds(plain, q.start, q.end)[0]] + [p.end for p in sentence if p.end <= q.start])
    at = plain.find(stem, start, q.start)
    return at >= 0 and not any(word in plain[max(start, at - 2) : at] for word in _NEGATIONS)  # 不立案, 不予立案


_NEGATIONS = ("不", "未", "非", "无")


def _rate_base_after(doc, sentence, percent, stem: str):
    """"覆盖行政村256个，覆盖率为60%（全市共有行政村400个）": one count before the rate, its clause
    carrying the rate's stem, and the total it is a rate of stated right after the rate."""
    plain = doc.plain
    counts = [q for q in sentence if unit_group(q) is not None and q.unit_class == "discrete"]
    before = [q for q in counts if q.start < percent.start]
    after = [q for q in counts if q.start > percent.end]
    if len(before) != 1 or not after:
        return None
    numerator, base = before[0], after[0]
    clause_start = clause_bounds(plain, numerator.start, numerator.end)[0]
    if stem not in plain[clause_start : numerator.end + 4]:
        return None
    if not _ONLY_BLANKS.fullmatch(plain[percent.end : clause_bounds(plain, base.start, base.end)[0]].lstrip("(,，")) \
            and plain[percent.end : percent.end + 1] not in "(,":
        return None
    base_clause = clause_bounds(plain, base.start, base.end)[0]
    if base_clause > percent.end + 2 or not _TOTAL_CUE.search(plain, base_clause, base.start):
        return None  # the figure after the rate is no total stated for it
    if unit_group(base) != unit_group(numerator) or base.value < numerator.value or not _same_noun(doc, numerator, base):
        return None
    return numerator, base


def _same_noun(doc, a, b) -> bool:
    nouns = subjects(doc)
    noun_a, noun_b = nouns.get(a.start), nouns.get(b.start)
    return not (noun_a and noun_b and noun_a.noun != noun_b.noun)


def _share_bases(doc, quantities, starts, sentence, percent, stem):
    """The share's numerator and the bases the text offers for it, or None when it names none.

    The numerator is the last count before the share in its sentence. The bases: the total the
    sentence states (共…, or the figure a 其中 breaks down), and, when the cue names no other base,
    the counts of the same unit stated before it in the paragraph (none when the share names a base
    whose words the sentence's total lacks: 占全区非农人口的4.06%). The share is checked only when
    one of them is plainly a total (共, 总, 全区 …, or a figure a 其中 breaks down)."""
    plain = doc.plain
    counts = [q for q in sentence if unit_group(q) is not None and q.unit_class in ("discrete", "money", "measure")]
    # "立案62件(并案8件)，占72.1%": a figure in a closed bracket is no numerator of the share after it
    counts = [q for q in counts if not _bracketed_before(plain, q, percent)]
    if not counts:
        return None
    numerator = counts[-1]
    if len(counts) >= 2 and _not_a_part(doc, numerator) and _CHANGE_CLAUSE_AFTER.fullmatch(plain, counts[-2].end, numerator.start):
        # "乡村常住人口233.36万人，比上年末减少5.45万人，占总人口比重51.38%": the count before its change
        numerator = counts[-2]
    group = unit_group(numerator)
    if stem and stem not in plain[clause_bounds(plain, numerator.start, numerator.end)[0] : numerator.start]:
        return None  # "…比例达到 30%" names a part that is not the count before it
    if _not_a_part(doc, numerator):
        return None
    if _UNCOUNTED_CLASS.search(plain, numerator.end, percent.start):
        return None  # "提出的8314件建议，涉及…高质量发展的，占建议总数的46.5%": of a class whose count is not stated
    own_clause = clause_bounds(plain, percent.start, percent.end)[0]
    subject = _SUBJECT_OF_SHARE.match(plain, own_clause, percent.start) if own_clause > numerator.end else None
    bracket = _BRACKET_AFTER.match(plain, numerator.end)
    if subject is None and bracket and bracket.end() < percent.start:
        subject = _SUBJECT_OF_SHARE.match(plain, bracket.end(), percent.start)  # "专任教师153人(双师型教师占5.29%)"
    if subject and not subject.group(1).endswith(_NO_SUBJECT) and not label_names(plain, numerator, subject.group(1)):
        return None  # "泛半导体产业产值36亿元，同比增长30%，战略新兴产业增加值占比达25%": a subject with no count stated
    listed_under = None if stem else totals_of_parts_on_lines(doc).get(numerator.start)
    if listed_under is not None:
        return numerator, [listed_under]  # "本年收入合计 1480.20 万元，其中：⏎财政拨款收入 1380.20 万元，占 93.24%；"
    in_sentence = _sentence_base(doc, counts)
    if in_sentence is False:
        return None  # the sentence names another base
    of = _SHARE_OF_NAMED.search(plain, max(0, percent.start - 16), percent.start)
    if in_sentence is not None and of and not _GENERIC_BASE.search(of.group(1)) and of.group(1)[-2:] not in \
            plain[clause_bounds(plain, in_sentence.start, in_sentence.end)[0] : in_sentence.start]:
        return None  # "低保对象21064人，其中城镇低保对象4745人，占全区非农人口的4.06%": of a population not stated
    bases = [in_sentence] if in_sentence is not None else []
    if numerator.unit_class == "measure":
        return (numerator, bases) if bases else None  # 面积, 产量: only a total its sentence states
    cue_start = max(0, percent.start - 16)
    named = None if stem else _NAMED_TOTAL.search(plain, cue_start, percent.start)
    bare = stem is not None or named is not None or _BARE_SHARE.search(plain, cue_start, percent.start) is not None
    if not bare:
        return (numerator, bases) if bases else None
    paragraph = doc.paragraph_at(numerator.start)
    if paragraph is None:
        return (numerator, bases) if bases else None
    # from the sentence's start: a long list of shares of one total (…的14件，占总数的17.3%；…的11件，
    # 约占总数的11%) keeps its base however far the list runs
    sentence = doc.sentence_at(numerator.start)
    low = max(paragraph.start, (sentence.start if sentence else numerator.start) - _PARAGRAPH_REACH)
    total_named = bool(bases)

    own_cue = share_cue(plain, numerator, percent)

    def candidates(low: int, high: int) -> list[tuple[bool, Quantity]] | None:
        """(a total, the figure) for the possible bases stated in [low, high); None when a share
        between one of them and the numerator names a base of its own."""
        found = []
        for candidate in quantities[bisect_left(starts, low) : bisect_left(starts, high)]:
            if candidate.value <= 0 or not candidate.exact or unit_group(candidate) != group:
                continue
            if candidate.value < numerator.value or _not_a_part(doc, candidate) or not _same_noun(doc, numerator, candidate):
                continue
            if named and named.group(1)[-2:] not in plain[clause_bounds(plain, candidate.start, candidate.end)[0] : candidate.start]:
                continue  # "占立案总数的": a figure whose clause does not say 立案 ("占承办提案总数的": 提案)
            bare = own_share(doc, candidate)
            share = bare or own_share(doc, candidate, named=True)
            if share is not None and (bare or share_cue(plain, candidate, share) == own_cue) and not _BREAKDOWN_AFTER.match(plain, share.end):
                # "咨询类共33523件，占47.09%；求助类共21570件，占30.30%", "…的建议有478件，占建议总数的48.19%；…的建议
                # 有364件，占建议总数的36.69%": a class like the numerator's, not its whole
                continue
            other = _NAMED_BASE.search(plain, candidate.end, numerator.start)
            if other and other.group(1).removesuffix("的") not in plain[cue_start : percent.start] and not (
                    _NAMES_TOTAL_COUNT.search(other.group(1)) and _BARE_TOTAL.search(plain, cue_start, percent.start)):
                # "老年人口 84.77 万人，占总人口的 14.7%，其中市区 24.24 万人，占 15.93%": a share of its own
                # population; a list whose shares each say 占承办提案总数的 (or 占总人口的, 占总人口比重) is of one total
                return None
            found.append((_is_total(doc, candidate), candidate))
        return found

    earlier = candidates(low, numerator.start)
    if earlier is None:
        return None
    if not bases and not earlier and _OF_TOTAL.search(plain, cue_start, percent.start) and not any(
            unit_group(q) == group and q.value >= numerator.value
            for q in quantities[bisect_left(starts, paragraph.start) : bisect_left(starts, numerator.start)]):
        # "占总数的20%" in a paragraph that states no count that could be its total: the totals of its
        # count stated in the paragraphs before ("代表们共提出建议…233件" opens the report), named in
        # full when the share names them (占承办提案总数的: not 共收到提案835件)
        further = candidates(max(0, paragraph.start - _DOCUMENT_REACH), paragraph.start)
        if further is None:
            return None
        further = [c for is_total, c in further if is_total and (named is None or label_names(plain, c, named.group(1)))]
        earlier = [(True, c) for c in sorted(further, key=lambda c: -c.value)]  # the greatest first: the message names it
    else:
        # the nearest total first, the base a message names: "共收到提案77件，立案71件。…解决的20件，占29.8%"
        # is read against 立案 71 (then 77, then the other figures)
        earlier.sort(key=lambda pair: (not pair[0], -pair[1].start))
    for is_total, candidate in earlier:
        total_named = total_named or is_total
        if all(candidate.value != base.value for base in bases):
            bases.append(candidate)  # one base a value: "81件 … 共收到81件" is tried once
    together = _coordinated_totals(doc, quantities[bisect_left(starts, low) : bisect_left(starts, numerator.start)], numerator)
    if together:  # stated together as the total: the nearest base (共承办建议49件、提案66件。其中…的74件，占64.25%)
        bases, total_named = [*together, *bases], True
    if bases and not total_named and stem:
        # "…社会服务事业费支出4404.1亿元…。…转移支付社会服务事业费2150.0亿元，…，占社会服务事业费比重为47.8%": the
        # share names its whole, which a figure before states in full
        occupied = _OCCUPY_NAMED.search(plain, max(0, percent.start - 24), percent.start)
        total_named = occupied is not None and any(label_names(plain, b, occupied.group(1)) for b in bases if not isinstance(b, _Together))
    if bases and not total_named and named:
        # "毕业生21.37万人，比上年减少1.92万人。中职毕业生中获得…证书的人数为15.56万人，占毕业生总数的83.1%": the
        # share names its whole, which a figure before states under that very name
        total_named = any(_stated_as(plain, b, named.group(1)) for b in bases if not isinstance(b, _Together))
    if not bases or not total_named:
        return None
    return numerator, bases


# The words before a figure that state it as the whole a share names: the name, with 全市/共 or 为 at most.
_STATED_AS = lazy(r"(?:全(?:国|省|市|州|县|区|镇|乡)|共有|共|现有)?[ \t]*+(?P<name>\p{Han}{2,8}?)(?:总数|人数)?[ \t]*+(?:为|达到|达|是|共|有|共有)?[ \t]*+")


def _stated_as(plain: str, q: Quantity, name: str) -> bool:
    m = _STATED_AS.fullmatch(plain, clause_bounds(plain, q.start, q.end)[0], q.start)
    return m is not None and m.group("name") == name


# Between two counts that one verb states together: "共承办人大代表建议49件、政协委员提案66件".
_COORDINATED = lazy(r"[ \t]*+(?:、|和|及|与)[^,;:。!?()\d]{0,12}")


@record(frozen=True)
class _Together:
    """Counts stated together as one total: a base by their sum."""

    parts: tuple[Quantity, ...]

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def value(self) -> Decimal:
        return sum((q.value for q in self.parts), Decimal(0))

    def interval(self) -> tuple[Decimal, Decimal]:
        low, high = zip(*(q.interval() for q in self.parts))
        return sum(low, Decimal(0)), sum(high, Decimal(0))


def _base_written(doc, base) -> str:
    if isinstance(base, _Together):
        return "(" + "+".join(as_written(doc, q) for q in base.parts) + ")"
    return as_written(doc, base)


def _coordinated_totals(doc, candidates, numerator) -> list[_Together]:
    """Counts that one verb of a total states together (共承办人大代表建议49件、政协委员提案66件): the
    base of a share of the two together (其中，已解决或正在解决的74件，占64.25%: of 115)."""
    plain = doc.plain
    group = unit_group(numerator)
    found = []
    run: list[Quantity] = []
    for q in [*candidates, None]:
        same = q is not None and q.exact and unit_group(q) == group
        if same and run and _COORDINATED.fullmatch(plain, run[-1].end, q.start):
            run.append(q)
            continue
        if len(run) >= 2 and _TOTAL_CUE.search(plain, clause_bounds(plain, run[0].start, run[0].end)[0], run[0].start):
            together = _Together(tuple(run))
            if together.value >= numerator.value:
                found.append(together)
        run = [q] if same else []
    return found


def _list_makes(listed, base) -> bool:
    """Whether the counts of a list add up to the base (within their rounding): a share after the
    list is then the whole list's, of a greater whole, not the last count's of the base."""
    if isinstance(base, _Together):
        return False
    low, high = base.interval()
    listed_low, listed_high = _Together(tuple(listed)).interval()
    return listed_low <= high and low <= listed_high


def _siblings(doc, sentence, numerator):
    """The counts listed right before the numerator in its sentence (same unit, no share and no
    total between): a share after a list may be of the list's sum."""
    plain = doc.plain
    run, after = [], numerator
    for q in reversed([q for q in sentence if q.start < numerator.start]):
        between = plain[q.end : after.start]
        if _is_total(doc, q) or unit_group(q) != unit_group(numerator) or "%" in between or "‰" in between:
            break
        run.append(q)
        after = q
    return tuple(reversed(run))


def _bracketed_before(plain: str, q, percent) -> bool:
    """The figure stands in a bracket that closes before the percentage."""
    between = plain[q.end : percent.start]
    close = between.find(")")
    return close >= 0 and "(" not in between[:close]


def _sentence_base(doc, counts):
    """The total the share's sentence states for its last count: a figure, None when the sentence
    states none, False when it names a base of another kind."""
    plain = doc.plain
    numerator = counts[-1]
    for candidate in reversed(counts[:-1]):
        if unit_group(candidate) != unit_group(numerator):
            continue
        if _NAMED_BASE.search(plain, candidate.end, numerator.start):
            return False
        clause_start = clause_bounds(plain, candidate.start, candidate.end)[0]
        whole = _TOTAL_CUE.search(plain, clause_start, candidate.start) or "其中" in plain[candidate.end : numerator.start]
        if whole and candidate.value >= numerator.value:
            return candidate  # "共有 40 家，其中公办 30 家，占 75%", "床位 1.12 万张，其中护理型 6200 张，占比 55.4%"
        return None
    return None


def _is_total(doc, q) -> bool:
    """A figure the text states as a whole: 共有 …, 总床位 …, 全区 …, 立案 … (lexicon base_words),
    or one a 其中 breaks down."""
    plain = doc.plain
    clause_start = clause_bounds(plain, q.start, q.end)[0]
    if _TOTAL_CUE.search(plain, clause_start, q.start) or _BREAKDOWN_AFTER.match(plain, q.end):
        return True
    clause = plain[clause_start : q.start]
    return any(word in clause for word in doc.lexicon.base_words)


# "总上线考生11399人，总上线率为98.42%，其中一本上线率为16.19%": a rate of a part (一本) that 其中 names
_PART_OF_RATE = lazy(r"其中[ \t]*+(\p{Han}{1,8})$")


def _rate_of_a_part(plain: str, percent: Quantity, named, numerator: Quantity) -> bool:
    """Whether the rate is 其中 a part's, a part the numerator's clause does not name: its count is not stated."""
    stem_start = max(0, percent.start - 16) + named.start()
    part = _PART_OF_RATE.search(plain, clause_bounds(plain, percent.start, percent.end)[0], stem_start)
    return part is not None and part.group(1) not in plain[clause_bounds(plain, numerator.start, numerator.end)[0] : numerator.start]


def _not_a_part(doc, q) -> bool:
    """A figure that is a change or a rate (比上年增加 20 件, 每千名老人 45 张), not a part or a whole."""
    clause = doc.plain[clause_bounds(doc.plain, q.start, q.end)[0] : q.start]
    return names_change_or_rate(doc.lexicon, clause)


def _implied_totals(doc, bases) -> list[tuple[tuple[Quantity, Quantity], tuple[Decimal, Decimal]]]:
    """The whole a base is itself a share of, when a bare share and 其中 follow it ("60岁及以上人口为
    78366人，占13.53%，其中65岁及以上人口为53403人，占9.22%": the 9.22% is of the 78366 ÷ 13.53% that
    the sentence never states): ((base, its share), the interval of base ÷ share)."""
    implied = []
    for base in bases:
        share = own_share(doc, base, named=True)  # 公共基础设施1,933亿元，占全市资产总额48.8%，其中…
        if share is None or share.value <= 0 or not _BREAKDOWN_AFTER.match(doc.plain, share.end):
            continue  # only a whole that 其中 breaks down: a sibling's share would hide a share of the wrong base
        b_low, b_high = base.interval()
        # the share rounded or cut at its last digit
        s_low, s_high = (share.value - share.ulp / 2) / 100, (share.value + share.ulp) / 100
        if s_low > 0:
            implied.append(((base, share), (b_low / s_high, b_high / s_low)))
    return implied


def _stated_share(percent: Quantity) -> tuple[Decimal, Decimal]:
    """The values a stated percentage stands for: rounded half-up, half-even or truncated."""
    return percent.value - percent.ulp / 2, percent.value + percent.ulp


def _ratio_fits(n: tuple[Decimal, Decimal], d: tuple[Decimal, Decimal], stated: tuple[Decimal, Decimal], scale: Decimal) -> bool:
    """Whether some ratio of a numerator in ``n`` over a base in ``d`` (d positive) is a share in ``stated``."""
    return n[0] / d[1] * scale <= stated[1] and n[1] / d[0] * scale >= stated[0]


def _check_ratio(doc, numerator, bases, percent, siblings=(), rough=False, implied=(), wholes=()) -> Hit | None:
    """A finding when no base fits the share, of the numerator or of it with the counts listed
    right before it ("医疗卫生方面的提案有389件，食品药品安全方面的提案有193件，占提案总数的12.2%"
    is (389 + 193) / 4772). A rough share (约占 11%) fits within one unit of its last digit, or half
    of its round tens (约占 30% is 25% to 35%), and one that does not is a warning."""
    scale = per_whole(percent)
    stated = _stated_share(percent)
    if rough:
        round_tens = not percent.decimals and percent.value % 10 == 0 and percent.value > 0
        slack = Decimal(5) if round_tens else percent.ulp
        stated = percent.value - slack, percent.value + slack
    n_low, n_high = numerator.interval()
    numerators = [(n_low, n_high)]
    for sibling in reversed(siblings):
        s_low, s_high = sibling.interval()
        n_low, n_high = n_low + s_low, n_high + s_high
        numerators.append((n_low, n_high))
    for d_low, d_high in [base.interval() for base in bases] + list(implied):
        if d_low <= 0:
            return None
        for n in numerators:
            if _ratio_fits(n, (d_low, d_high), stated, scale):
                return None
    def ratio(base, digits):
        return fixed(numerator.value / base.value * scale, digits) + percent.unit

    def formula(base):
        return f"{as_written(doc, numerator)} / {_base_written(doc, base)}"

    first, *others = bases
    others.sort(key=lambda base: abs(numerator.value / base.value * scale - percent.value))
    tried = tuple(f"{formula(base)} = {ratio(base, percent.decimals + 2)}" for base in others[:3]) + (("…",) if len(others) > 3 else ())
    if rough:
        return Hit(percent.start, percent.end, RoughShareDoesNotFit(
            formula(first), ratio(first, percent.decimals + 2), as_written(doc, percent), fixed(slack, percent.decimals), tried),
            severity=Severity.WARNING)
    severity = Severity.WARNING if rounding_disclaimed(doc) else None
    if wholes:  # the parent's own share implies the whole the part's share is more likely of: name both
        parent, parent_share = wholes[0]
        message = SharesOfTwoWholes(
            as_written(doc, numerator), as_written(doc, percent), _whole_of(numerator, percent), as_written(doc, parent),
            as_written(doc, parent_share), _whole_of(parent, parent_share), formula(first), ratio(first, percent.decimals + 2), tried,
        )
        related = (RelatedHit(parent_share.start, parent_share.end, ShareOfTheParent(as_written(doc, parent_share), _whole_of(parent, parent_share))),)
        return Hit(percent.start, percent.end, message, related, severity=severity)
    message = ShareDoesNotFit(
        formula(first), ratio(first, percent.decimals + 2), as_written(doc, percent),
        f"{percent.value}{percent.unit}" if percent.chinese else "", percent.decimals, ratio(first, percent.decimals), tried,
    )
    return Hit(percent.start, percent.end, message, severity=severity)


def _whole_of(count: Quantity, share: Quantity) -> str:
    """The whole that a count and its share imply (16536人 ÷ 8.25% = 200436人), at the count's digits."""
    whole = count.value / share.value * per_whole(share) / count.multiplier
    digits = len(count.numeral.partition(".")[2])
    return amount(rounded(whole, digits) * count.multiplier, count.multiplier, count.unit)
