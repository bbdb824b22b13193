"""NUM005, NUM006, NUM016, NUM017: how a figure is written (a fractional head count, 余 after a precise number, separators run together, a share without %)."""

from __future__ import annotations

from auditor.lazyre import lazy
from auditor.numbers import clause_before
from auditor.messages import Message, english_doc
from auditor.registry import Hit, rule

# An average or a rate may be fractional: 户均2.5人, 平均每村3.5名, 每千名老人拥有床位35.5张, 发病率3.5例.
_BLANKS = lazy(r"[ \t]")
_HAN = lazy(r"\p{Han}")
_AVERAGE = lazy(r"均|每|率|比例|密度|指数|系数")
_COMPARED = lazy(r"比|较|增加|减少|提高|降低|上升|下降|增长")
_PER_POPULATION = lazy(r"每[十百千万]+[^,;。]{0,8}?(?:人口|人|户|名|张)")  # 每千常住人口执业医师数 …分别为5.87人
# an indicator per amount of output or of population, named without 每: 亿元GDP各类事故死亡人数0.113人
_PER_AMOUNT = lazy(r"(?<![\d.])(?:亿元|万元)(?:GDP|国内生产总值|地区生产总值|生产总值|工业增加值)|(?<![\d.])(?:十万|百万|万)(?:人口|从业人员|人|工时)")
# 个 of a difference of rates, alone or in a coordinated list: 提高0.6个和0.7个百分点, 减少2.14个千分点,
# 分别下降0.2个、下降0.6个、提高0.8个百分点
_POINTS_FOLLOW = lazy(r"(?:[ \t]*+[、和及与至到—-][ \t]*+(?:下降|提高|上升|降低|增加|减少)?[0-9.]++[ \t]*+个)*+[ \t]*+(?:百分点|千分点|基点)")


class FractionalCount(Message):
    """NUM005: a count of things that cannot be split, written with decimals."""

    written: str  # the figure as written: 6.67件
    unit: str
    digits: str  # 6.67
    zh = "{written}：以“{unit}”计的数量不能有小数，应为整数（如指万{unit}，应写作 {digits}万{unit}）"
    en = "{written}: a count of {unit} cannot be fractional; expected a whole number (or {digits}万{unit} if ten-thousands were meant)"


class ApproxBeforeMultiplier(Message):
    """NUM006: 余/多 between a number that is not round and its 万/亿 (15余万元)."""

    written: str
    approx: str
    digits: str
    fix: str
    exact: str  # 15万元
    zh = "{written}：{digits} 不是整十、整百的数，“{approx}”不宜放在“万”“亿”之前；应写作 {fix}（即比 {exact} 略多）"
    en = "{written}: {approx} after {digits}, which is not round, blurs a digit the figure states; write {fix} (a little over {exact})"


class ApproxAfterPrecise(Message):
    """NUM006: 余/多 after a number stated to its last digit (11余件)."""

    written: str
    approx: str
    digits: str
    exact: str  # 11件
    rounded: str = ""  # 10余件, when there is a round number below
    zh = "{written}：{digits} 不是整十、整百的数，其后不宜加“{approx}”；如为确数，应写作 {exact}{rounded}"
    en = "{written}: {approx} ('more than') after {digits}, which is not a round number; expected {exact} if exact{rounded}"


class OrRounded(Message):
    rounded: str
    zh = "；如为约数，可写作 {rounded}"
    en = ", or {rounded}"


@rule("NUM005", "fractional-count", "warning")
@english_doc(
    """A count of things that cannot be split (件, 人, 户, 所 …: ``discrete_units`` in the
    lexicon) written with decimals and no multiplier: 6.67件(套), 3.5人. With a multiplier the
    figure is rounded (6.67万件), measures take decimals (6697.1吨), and so do averages and rates
    (户均2.5人, 每千人3.5张床位, 亿元GDP生产安全事故死亡人数0.113人; in a sentence that names one, each of its figures: 每千常住人口执业医师数、
    注册护士数分别为5.87人、8.12人), 4.9个亿 (spoken for 4.9亿元), and the figures an average is compared with in its sentence
    (平均每户2.90人，比上次普查的3.33人减少0.43人; also in the next sentence when it opens with 比).
    """
)
def fractional_count(doc):
    """不可分割的计数（件、人、户、所……）写成了小数。

    检查什么：以不可分割的单位计数（词表中的 ``discrete_units``）且没有“万”“亿”的数字带有小数，
    如 6.67件(套)、3.5人。带“万”“亿”的数字是约数（6.67万件），计量单位可以有小数（6697.1吨），
    平均数和比率也可以（户均2.5人、每千人3.5张床位、亿元GDP生产安全事故死亡人数0.113人；句中说明按每千人口等计的，其后各数：每千常住人口
    执业医师数、注册护士数分别为5.87人、8.12人），口语的“4.9个亿”（即 4.9亿元），同一句中与平均数比较的数字也可以（平均每户
    2.90人，比上次普查的3.33人减少0.43人；以“比”开头的下一句也是），都不报。

    为什么重要：半件、半个人不存在；这样的数字多半是漏写了“万”，或把别的数字抄错了位置。

    Incorrect:
        发放棉衣棉被等各类取暖物资6.67件(套)。

    Incorrect:
        今年新增儿童督导员3.5人。

    Correct:
        发放越冬燃煤6697.1吨，棉衣棉被等取暖物资6.67万件(套)。

    Correct:
        全县农村家庭户均2.5人。
    """
    plain = doc.plain
    for q in doc.numbers:
        if q.kind != "quantity" or q.unit_class != "discrete" or not q.decimals or q.multiplier != 1:
            continue
        if "/" in q.unit or plain[q.end : q.end + 1] == "/" or plain[q.start - 1 : q.start] == "第":
            continue
        if doc.ends_at(q.end) or (q.unit == "个" and plain[q.end : q.end + 1] in ("百", "千") and doc.ends_at(q.end + 1)):
            continue  # the text stops after it: an excerpt cut off (…超时间进度16.84个, …上升9.7个百)
        if _BLANKS.search(plain, q.start, q.end) and _HAN.match(plain, q.end):
            continue  # "城镇 639996 42.83 乡村 854261": a table laid out with spaces, the next cell's label
        if q.unit == "个" and (_measure_follows(doc, q.end) or _POINTS_FOLLOW.match(plain, q.end) or plain[q.end : q.end + 1] in ("亿", "万")):
            continue  # 0.5个工作日, 1.5个季度, 0.6个百分点, 4.9个亿 (spoken for 4.9亿元)
        before = clause_before(doc, q)
        if _AVERAGE.search(before) or _PER_AMOUNT.search(before) or before.rstrip(" \t").endswith("》"):
            continue  # an average or rate (亿元GDP…死亡人数0.113人), or a clause number (《办法》3.2条)
        sentence = doc.sentence_at(q.start)
        if sentence and _COMPARED.search(before) and _AVERAGE.search(plain, _compared_from(doc, sentence), q.start):
            continue  # "平均每个家庭户的人口为2.90人，比…的3.33人减少0.43人": an average compared
        if sentence and (_PER_POPULATION.search(plain, sentence.start, q.start) or _PER_AMOUNT.search(plain, sentence.start, q.start)):
            # "每千常住人口执业(助理)医师数、注册护士数分别为5.87人、8.12人", "全市平均万人拥有高中学生数为170.8人,
            # 初中学生数为608.5人": rates per thousand, per ten thousand, said once for the sentence
            continue
        yield Hit(q.start, q.end, FractionalCount(plain[q.start : q.end].strip(), q.unit, q.text))


def _compared_from(doc, sentence) -> int:
    """Where the statement a comparison belongs to starts: its sentence, or the one before when the
    sentence opens with the comparison ("平均每个家庭户的人口为2.71人。比2010年…的2.96人减少0.25人")."""
    if sentence.index and _OPENS_COMPARED.match(doc.plain, sentence.start):
        return doc.sentences[sentence.index - 1].start
    return sentence.start


_OPENS_COMPARED = lazy(r"[ \t]*+(?:比|较|与|同)")


@rule("NUM006", "approximate-precise", "warning")
@english_doc(
    """余/多 after a number that is not round: 11余件, 46余所 ("more than 11" of a figure stated to
    the unit); and N余万 where N is not round (15余万元 says "more than 15 ten-thousands"; write
    15万余元). 300余单, 10余万元, 3.8万余份, 50多人 are fine.
    """
)
def approximate_precise(doc):
    """“余”“多”用在不是整数的数字之后。

    检查什么：“余”“多”跟在精确到个位的数字后面，如 11余件、46余所（“11 件多”）；以及 N余万 而 N
    不是整数，如 15余万元（说的是“十几个万”之外还多，应写作 15万余元）。300余单、10余万元、
    3.8万余份、50多人 都是正确用法。

    为什么重要：“余”“多”表示约数，只能加在整十、整百等整数之后；加在 11 这样的确数之后自相矛盾，
    读者不知道到底是 11 件还是十几件。

    Incorrect:
        全年印发 11 余件关于未成年人保护工作文件。

    Incorrect:
        共计捐赠15余万元助力困难群体。

    Correct:
        已接假发订单 300 余单，探访儿童 7800 余名，录入婚姻电子档案3.8万余份。

    Correct:
        共计捐赠10余万元，覆盖50多人。
    """
    for q in doc.numbers:
        if q.kind != "quantity" or q.approx not in ("余", "多") or q.unit_class == "percent" or q.chinese:
            continue
        if q.approx_position not in ("after_number", "before_multiplier") or not (q.unit or q.multiplier != 1):
            continue
        digits = q.text.replace(",", "")
        if "." not in digits and digits.endswith("0"):
            continue
        written = doc.plain[q.start : q.end].strip()
        if q.approx_position == "before_multiplier":
            tail = _BLANKS.sub("", written[written.index(q.approx) + 1 :])  # 万元
            multiplier = tail[: len(tail) - len(q.unit)] if q.unit and tail.endswith(q.unit) else tail
            fix = f"{digits}{multiplier}{q.approx}{q.unit}"
            yield Hit(q.start, q.end, ApproxBeforeMultiplier(written, q.approx, digits, fix, f"{digits}{multiplier}{q.unit}"))
        else:
            round_down = int(digits) // 10 * 10 if "." not in digits else 0
            other = OrRounded(f"{round_down}{q.approx}{q.unit}") if round_down else ""
            yield Hit(q.start, q.end, ApproxAfterPrecise(written, q.approx, digits, f"{digits}{q.unit}", other))


def _measure_follows(doc, offset: int) -> bool:
    lexicon = doc.lexicon
    after = doc.plain[offset : offset + 4].lstrip(" \t")
    return after.startswith(tuple(lexicon.measure_units) + tuple(lexicon.periods))


class SeparatorsRunTogether(Message):
    """NUM016: two separators side by side inside a figure (3,.83万元)."""

    written: str
    zh = "{written}：数字中间的分隔符连在一起（逗号、小数点只能单独出现在数字之间），数值无法确定"
    en = "{written}: two separators side by side inside a figure (a comma or a point stands alone between digits), so its value is unknown"


# A comma or point beside another between two digits: 3,.83, 12..5, 1,,234.
_RUN_TOGETHER = lazy(r"(?<=[0-9])[,.]{2}(?=[0-9])")
_FIGURE_CHARS = frozenset("0123456789,.")


@rule("NUM016", "malformed-figure", "error")
@english_doc(
    """A figure with two separators side by side, as a slip of the keyboard leaves it: ``调账处理金额3,.83万元``,
    ``12..5万元``, ``1,,234人``. Its value cannot be known (3.83? 3, then 0.83?), so every sum and share that uses it is in doubt.
    """
)
def malformed_figure(doc):
    """数字中间的分隔符连在一起，数值无法确定。

    检查什么：键盘误触留下的数字，如“调账处理金额3,.83万元”“12..5万元”“1,,234人”：逗号、小数点紧挨着出现在两个数字之间。

    为什么重要：这样的数字读不出确定的数值（3.83？还是 3 和 0.83？），用到它的合计、占比都无从核对。

    Incorrect:
        审计发现违规问题金额3.5亿元，已整改，调账处理金额3,.83万元。

    Correct:
        审计发现违规问题金额3.5亿元，已整改，调账处理金额3.83万元，涉及资金1,234万元。
    """
    plain = doc.plain
    if ",." not in plain and ".," not in plain and ".." not in plain and ",," not in plain:
        return  # the cheap test first: almost no text has any
    for m in _RUN_TOGETHER.finditer(plain):
        start, end = m.start(), m.end()
        while start and plain[start - 1] in _FIGURE_CHARS:
            start -= 1
        while end < len(plain) and plain[end] in _FIGURE_CHARS:
            end += 1
        if start and plain[start - 1].isascii() and plain[start - 1].isalpha():
            continue  # a version or a file name (v1..2)
        if "，" in doc.text[doc.source_offset(m.start()) : doc.source_offset(m.end())]:
            continue  # "分别为3，，4": a comma of the prose typed twice between two figures
        yield Hit(start, end, SeparatorsRunTogether(plain[start:end]))


class PercentSignLost(Message):
    """NUM017: a share after 占…的 with no % (占总数的31.8)."""

    written: str
    digits: str
    zh = "“{written}”是占比，数字后缺少“%”：应为 {digits}%"
    en = "{written} is a share with no %: {digits}% is meant"


# "占总数的31.8，", "约占总人口的5。": a share whose % was lost (a web page's copy, most often). Not 占地的 60 亩
# (a unit after the figure makes it a count), nor 比重由上年的12.8:41.2:46 (a ratio).
_SHARE_WITHOUT_SIGN = lazy(r"占[^,;:。()\d%的]{0,12}的[ \t]*+(?P<n>\d{1,3}(?:\.\d{1,2})?)(?=[ \t]*+(?:[,;。、)\n]|:(?!\d)))")


@rule("NUM017", "percent-sign-lost", "warning")
@english_doc(
    """A share after 占…的 whose figure has no %: ``已解决的有183件，占总数的31.8，…``. Without the sign
    the figure reads as a count; a page's copy often loses it. Only a figure of at most 100 followed
    by punctuation counts: 占地的60亩 is an area.
    """
)
def percent_sign_lost(doc):
    """占比的数字后缺少“%”。

    检查什么：“占……的”之后的数字没有“%”，如“已解决的有183件，占总数的31.8，……”。没有百分号，读者会当成数量；
    网页转载时最常丢失这一符号。只报不超过 100、其后紧接标点的数字：“占地的60亩”是面积。

    为什么重要：占比少了百分号，数值的意思就变了，也无法与所据的数量核对。

    Incorrect:
        建议所提问题已解决和基本解决的有183件，占总数的31.8，正在解决的有245件。

    Correct:
        建议所提问题已解决和基本解决的有183件，占总数的31.8%，正在解决的有245件。
    """
    plain = doc.plain
    if "占" not in plain:
        return
    for m in _SHARE_WITHOUT_SIGN.finditer(plain):
        if float(m.group("n")) > 100:
            continue
        yield Hit(m.start("n"), m.end("n"), PercentSignLost(m.group().strip(), m.group("n")))
