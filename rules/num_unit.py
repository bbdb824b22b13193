"""NUM009: a count of people (or places, or registrations) written without its unit, run straight into the next words.
NUM011: a compound unit (元/人·月) whose characters the document elsewhere writes in their right order.
NUM012: a head count far too large for what it counts: two figures run together (1052户1989人 → 10521989人).
NUM013: a birth, death or natural growth rate written with % at a value no population reaches: a ‰ that lost its sign.
NUM014: a figure restated in brackets in another unit (1.39万公顷(10.84万亩)) that its conversion does not give.
NUM015: a natural growth rate that is not the birth rate less the death rate, or births and deaths whose
counts and rates imply two populations."""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache

from auditor.lazyre import compile_re, lazy, lazy_re
from auditor.messages import Message, english_doc
from auditor.numbers import Quantity, amount, as_written, clause_before, number_starts, rounded
from auditor.findings import Severity
from auditor.record import record
from auditor.registry import Checked, Hit, rule
from auditor.tables import in_table

_CLAUSE_TAIL = lazy(r"\p{Han}*$")
_WORDS_SHOWN = 12  # characters of what the count counts, quoted in the message


class CountWithoutUnit(Message):
    """NUM009: a head count with no unit, run into the next words or ending its paragraph."""

    words: str  # what it counts, as written before it: 我镇现有孤儿
    figure: str
    said: Message
    unit: str  # the unit such a count takes: 人, 个, 件
    zh = "{words}{figure}：数字后没有单位，{said}；可能丢了单位和标点（如“{words}{figure}{unit}，”）"
    en = "{words}{figure}: the count has no unit and {said}; its unit and a mark were probably lost (e.g. {words}{figure}{unit}，)"


class EndsParagraph(Message):
    zh = "段落在此结束，也没有标点"
    en = "ends its paragraph"


class RunsInto(Message):
    following: str
    zh = "直接连着“{following}”"
    en = "runs straight into {following}"


@rule("NUM009", "count-without-unit", "warning")
@english_doc(
    """A head count (or a count of places or registrations) written right after what it counts,
    with no unit, that runs straight into the next words or ends its paragraph with no punctuation:
    text was lost where the unit and a mark stood (孤儿22每人每月… for 孤儿22人，每人每月…;
    未保工作站18设立… for 未保工作站18个，设立…). A bare figure followed by a mark
    (儿童主任634，) or a space (a table, a list) is a style, and is left alone, as is a line among
    lines that each end with a bare figure (a table flattened to 社区服务中心190 ⏎ 社区服务站7,149); so is a figure
    followed by a unit, a multiplier, a blur word or a range.
    """
)
def count_without_unit(doc):
    """人数后没有单位，直接连着下文。

    检查什么：紧跟在所计对象之后、没有单位的人数（或站点数、登记数），直接连着后面的文字，或在段末而
    没有标点：原有的单位和标点丢了（孤儿22每人每月……，原为 孤儿22人，每人每月……；未保工作站18设立……，
    原为 未保工作站18个，设立……）。不带单位但后接标点（儿童主任634，）
    或空格（表格、清单）的，是一种写法，不报；前后各行也都以不带单位的数字结尾的（表格压成一行一项：社区服务中心190、社区服务站7,149），也不报；后接单位、“万”“亿”、模糊词或区间的，也不报。

    为什么重要：丢了单位和标点，数字就与下文连读，读者无法确定数值到哪里为止、计的是什么。

    Incorrect:
        我镇现有孤儿22每人每月1100元，按时足额发放。

    Incorrect:
        我镇分散特困供养人员381同时时刻关注其生活状况。

    Incorrect:
        全镇百岁老人31

    Incorrect:
        设置乡镇未保工作站18设立儿童保护督导员18人。

    Incorrect:
        累计办理收养登记14积极组织实施孤儿医疗康复明天计划。

    Correct:
        我镇现有孤儿22人，每人每月1100元，按时足额发放。

    Correct:
        全县共有儿童主任634，儿童督导员12。

    Correct:
        全镇百岁老人31人。

    Correct:
        设置乡镇未保工作站18个，设立儿童保护督导员18人。
    """
    plain, lexicon = doc.plain, doc.lexicon
    followers = lexicon.number_followers
    counted = [(tuple(nouns), unit) for nouns, unit in ((lexicon.person_nouns, "人"), (lexicon.place_nouns, "个"),
                                                        (lexicon.record_nouns, "件")) if nouns]
    cell = in_table(doc)  # a table's figures have their unit in its header
    for q in doc.numbers:
        if q.kind != "quantity" or q.unit or q.chinese or not q.exact or not q.text.isdigit() or cell(q.start):
            continue
        before = plain[max(0, q.start - 8) : q.start]
        unit = next((unit for nouns, unit in counted if before.endswith(nouns)), None)
        if unit is None:
            continue
        after = plain[q.end : q.end + 1]
        if after in ("", "\n"):
            line_start = plain.rfind("\n", 0, q.start) + 1
            if "\t" in plain[line_start : q.end] or _in_a_list_of_bare_figures(plain, line_start, q.end):
                continue
            said = EndsParagraph()
        elif _is_han(after) and after not in followers:
            said = RunsInto(plain[q.end : q.end + 4])
        else:
            continue
        words = _CLAUSE_TAIL.search(plain[max(0, q.start - _WORDS_SHOWN) : q.start]).group()
        yield Hit(q.start, q.end, CountWithoutUnit(words, q.text, said, unit))


def _in_a_list_of_bare_figures(plain: str, line_start: int, line_end: int) -> bool:
    """Whether the line before or after (blank lines skipped) also ends with a bare figure: a table
    flattened to one "name figure" a line (社区服务指导中心16 ⏎ 社区服务中心190 ⏎ 社区服务站7,149)."""
    before = plain[:line_start].rstrip().rpartition("\n")[2]
    after = plain[line_end:].lstrip().partition("\n")[0]
    return any(line[-1:].isdigit() for line in (before.strip(), after.strip()))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


class GarbledUnit(Message):
    """NUM011: a compound unit written out of order, the document's own spelling beside it."""

    figure: str
    written: str  # 元人/.月
    usual: str  # 元/人.月
    zh = "{figure}{written}：单位“{written}”写乱了，本文其他处写作“{usual}”"
    en = "{figure}{written}: the unit {written} is garbled; elsewhere the document writes {usual}"


_SEPARATORS = "/／.·．•∙・"  # of a compound unit: per (/), times (·)


@rule("NUM011", "garbled-unit", "warning")
@english_doc(
    """A compound unit after a figure (元/人·月: per person and month) whose slash and
    separators stand where no unit puts them (元人/.月: a separator right after the slash),
    while the same characters in a well-formed order (元/人.月) are written elsewhere in the
    document: characters were transposed. A unit that is only unusual, or that the document
    never writes otherwise, is left alone.
    """
)
def garbled_unit(doc):
    """复合单位的字符顺序写乱了，本文其他处有正确写法。

    检查什么：数字后的复合单位（元/人·月：每人每月），斜杠和分隔点的位置不成单位（元人/.月：斜杠后
    紧跟分隔点），而本文其他处把同样的字符写成了正确的顺序（元/人.月）：是字符颠倒。只是少见、
    或本文别处没有另一种写法的单位，不报。

    为什么重要：单位写乱，读者看不出标准是按人还是按月计，数据无法核对。

    Incorrect:
        城市平均补助水平389元/人.月；全省平均保障标准569元人/.月。

    Correct:
        城市平均补助水平389元/人.月；全省平均保障标准569元/人.月。

    Correct:
        临时救助平均救助水平952元/人.次，低保平均补助水平389元/人.月。
    """
    plain = doc.plain
    if not _may_hold_garbled_unit(plain):
        return
    tokens = list(_unit_tokens(doc.lexicon).finditer(plain))
    usual = {}
    for m in tokens:
        unit = m.group(2).rstrip(_SEPARATORS)
        if _WELL_FORMED.fullmatch(unit):
            usual.setdefault("".join(sorted(unit)), unit)
    for m in tokens:
        unit = m.group(2).rstrip(_SEPARATORS)
        if _WELL_FORMED.fullmatch(unit) or not any(c in unit for c in "/／"):
            continue
        same = usual.get("".join(sorted(unit)))
        if same is not None:
            yield Hit(m.start(1), m.start(2) + len(unit), GarbledUnit(m.group(1), unit, same))


def _may_hold_garbled_unit(plain: str) -> bool:
    """Whether a slash has, within a unit's reach, two separators side by side (元人/.月) or one
    right after a figure (569/元人.月): a compound unit out of order has one of them, and most texts
    have neither (a look at each slash costs far less than reading every figure's unit)."""
    for slash in "/／":
        at = plain.find(slash)
        while at >= 0:
            if _CLOSE_SEPARATORS.search(plain, max(0, at - 8), at + 9):
                return True
            at = plain.find(slash, at + 1)
    return False


_CLOSE_SEPARATORS = lazy_re(rf"[{re.escape(_SEPARATORS)}]{{2}}|[0-9][{re.escape(_SEPARATORS)}]")
_WELL_FORMED = lazy(rf"\p{{Han}}+(?:[{re.escape(_SEPARATORS)}]\p{{Han}}+)+")


@lru_cache(maxsize=8)
def _unit_tokens(lexicon):
    """A figure and the run of unit characters and separators after it (569 元人/.月)."""
    units = (*lexicon.discrete_units, *lexicon.money_units, *lexicon.measure_units, *lexicon.periods, *lexicon.multipliers)
    chars = "".join(sorted({c for unit in units for c in unit}))
    return compile_re(rf"(\d+(?:\.\d+)?)([{re.escape(chars + _SEPARATORS)}]{{2,8}})")


class CountOutOfScale(Message):
    """NUM012: a head count a thousand times any other of the document, or millions in a few villages."""

    figure: str
    said: Message
    zh = "{figure}：{said}，疑为两个数字丢了中间的单位或标点而连在一起，或多打了数字，请核对"
    en = "{figure}: {said}; two figures seem run together where a unit or a mark was lost, or digits were typed twice: check it"


class AboveEveryOther(Message):
    largest: str
    times: int
    zh = "是本文其他人数、户数中最大者（{largest}）的 {times} 倍以上"
    en = "it is over {times} times the largest other count of people or households in the text ({largest})"


class InFewPlaces(Message):
    places: str
    zh = "{places}不可能有上百万人"
    en = "{places} cannot hold a million people"


_MILLION = 1_000_000
_SCALE = 1000  # times the document's next largest count: no 公文 counts on two scales so far apart
_PEOPLE_AND_HOMES = ("人", "名", "户", "人次")
_FEW_PLACES = lazy(r"[0-9]{1,3}[ \t]*个(?:村民小组|居民小组|自然村|行政村|村|社区|组)[ \t]*(?:共有|共|有|计)?[ \t]*$")


@rule("NUM012", "count-out-of-scale", "warning")
@english_doc(
    """An exact head count of a million or more written in 人 without 万, in a text whose other
    counts of people and households are all a thousand times smaller, or right after a few villages
    or village groups (6个村民小组3638289人): two figures were run together when a unit or a mark
    was lost (现有农村低保对象10521989人 in a township report, for 1052户1989人), or digits were
    typed twice. A large count beside other large ones (全市常住人口3365597人, 城镇人口…) is left alone,
    and so is the count of a whole population (户籍人口, 常住人口, 参保: the lexicon's population_words).
    """
)
def count_out_of_scale(doc):
    """人数大得不合常理，疑为两个数字连写。

    检查什么：写成“人”而不用“万”的百万以上确数，而本文其他人数、户数都不到它的千分之一，或者紧跟
    在几个村、村民小组之后（6个村民小组3638289人）：丢了单位或标点，两个数字连在了一起（镇的工作
    总结中“现有农村低保对象10521989人”，原为 1052户1989人），或多打了数字。身边还有同一量级人数的
    （全市常住人口3365597人、城镇人口……），或数的是整个人口（户籍人口、常住人口、参保：词表的 population_words）的，
    不报。

    为什么重要：这样的数字一眼看去就不可信，会让读者怀疑全文数据的可靠性。

    Incorrect:
        全镇80岁以上老人2794人。第三季度新增低保对象1932人，现有农村低保对象10521989人。

    Incorrect:
        工程建成后能满足辖区内6个村民小组3638289人及420头大牲畜的饮水需求。

    Correct:
        全镇80岁以上老人2794人。第三季度新增低保对象1932人，现有农村低保对象1052户1989人。

    Correct:
        年末全市常住人口3365597人，比上年末增加36569人，其中城镇人口1893240人。

    Correct:
        全县户籍人口1203456人。全年新增就业825人，救助困难群众1260人次。
    """
    counts = [q for q in doc.numbers if q.kind == "quantity" and q.unit in _PEOPLE_AND_HOMES and q.exact and not q.chinese]
    for q in counts:
        if q.unit not in ("人", "名") or q.multiplier != 1 or q.value < _MILLION:
            continue
        few = _FEW_PLACES.search(doc.plain, max(0, q.start - 20), q.start)
        clause = clause_before(doc, q)
        if not few and any(word in clause for word in doc.lexicon.population_words):
            continue  # 全县户籍人口1203456人: a population, not a count of the work reported
        if few:
            said = InFewPlaces(few.group().strip())
        else:
            others = [o for o in counts if o is not q]
            largest = max(others, key=lambda o: o.value, default=None)
            if largest is None or largest.value * _SCALE > q.value:
                continue
            said = AboveEveryOther(as_written(doc, largest), int(q.value / largest.value))
        yield Hit(q.start, q.end, CountOutOfScale(as_written(doc, q), said))


class PerMilleAsPercent(Message):
    """NUM013: a rate of a population per thousand written with % at a value no population reaches."""

    rate: str  # 人口出生率
    figure: str  # 8.35%
    per_thousand: str  # 83.5
    meant: str  # 8.35‰
    zh = ("{rate}{figure}：出生率、死亡率、自然增长率按千分率（‰）计算，{figure} 即每千人每年 {per_thousand} 人，"
          "任何人口都达不到；疑为 {meant}")
    en = ("{rate} {figure}: birth, death and natural growth rates are per thousand (‰), and {figure} would be "
          "{per_thousand} a year for every thousand people, which no population reaches; {meant} was probably meant")


class SiblingPerMille(Message):
    """NUM013: a small rate written with % beside a rate of the same kind that is per thousand."""

    rate: str  # 死亡率
    figure: str  # 1.1%
    sibling: str  # 出生率为10.8%
    meant: str  # 1.1‰
    zh = "{rate}{figure}：与同句的{sibling}同为千分率（后者按百分数读任何人口都达不到），疑为 {meant}"
    en = "{rate} {figure}: a rate of the same kind as {sibling} in its sentence, which is per thousand; {meant} was probably meant"


_IMPOSSIBLE = Decimal(5)  # percent, 50‰: above any population's yearly birth, death or natural growth rate


@lru_cache(maxsize=8)
def _per_mille_rate(lexicon):
    """A rate of the lexicon's per_mille_rates right before its figure (出生率为8.35%). It starts with the
    word, not an optional 人口: a pattern with a literal first is scanned many times faster."""
    words = "|".join(map(re.escape, lexicon.per_mille_rates))
    return compile_re(rf"({words})[ \t]*(?:为|是|达到|达)?[ \t]*(?=[-−]?[0-9])")


@record(frozen=True, slots=True)
class _PopulationRate:
    start: int  # of its words, 人口 included
    word: str  # 出生率, 死亡率, 自然增长率
    written: str  # 人口出生率为
    figure: Quantity


def _population_rates(doc):
    """Each birth, death or natural growth rate of a population that the text states, outside tables:
    人口出生率 8.35‰; a bare 死亡率 or 自然增长率 only beside a 出生."""
    plain = doc.plain
    numbers, starts = doc.numbers, number_starts(doc)
    cell = in_table(doc)
    for m in _per_mille_rate(doc.lexicon).finditer(plain):
        i = bisect_left(starts, m.end())
        q = numbers[i] if i < len(numbers) else None
        if q is None or q.start != m.end() or q.unit not in ("%", "‰") or q.in_range or not q.exact or cell(m.start()):
            continue
        start = m.start() - 2 if plain.endswith("人口", 0, m.start()) else m.start()
        if start == m.start():
            if start and _is_han(plain[start - 1]):
                continue  # 婴儿死亡率, 万车死亡率, 政策外出生率: another rate
            low, high = _full_sentence(plain, start)
            if m.group(1) != "出生率" and "出生" not in plain[low:high]:
                continue  # 死亡率 alone: a hospital's, a herd's
        yield _PopulationRate(start, m.group(1), plain[start : m.end()], q)


def _rate_name(rate: _PopulationRate) -> str:
    """The rate as written, without the verb before its figure (出生率为 → 出生率)."""
    return rate.written.rstrip(" \t为是达到")


def _full_sentence(plain: str, at: int) -> tuple[int, int]:
    """The sentence around ``at`` up to its full stops (a ； does not end it)."""
    start = max(plain.rfind("。", 0, at), plain.rfind("\n", 0, at)) + 1
    ends = [i for i in (plain.find("。", at), plain.find("\n", at)) if i >= 0]
    return start, min(ends, default=len(plain))


@rule("NUM013", "permille-as-percent", "warning")
@english_doc(
    """A birth, death or natural growth rate of a population written with % at 5 or more
    (人口出生率8.35%, 死亡率为8.47%): such rates are per thousand (‰), and 5% would be 50 births or
    deaths a year for every thousand people, which no population reaches; the ‰ lost its sign (a web
    page, a copy from a table). A bare 死亡率 or 自然增长率 counts only in a sentence that names
    出生 too: 婴儿死亡率, 病死率, 万车死亡率 and the mortality of a hospital or of livestock are
    other rates, stated in % or per 10 000. Below 5% a rate may be meant as %
    (出生率为1.0%), and is left alone, unless a rate of its sentence is per thousand that way
    (出生率为10.8%，死亡率为1.1%: the 1.1 is per thousand too).
    """
)
def permille_as_percent(doc):
    """出生率、死亡率、自然增长率写成了百分数，数值却大得任何人口都达不到。

    检查什么：人口的出生率、死亡率、自然增长率写作“%”且数值在 5 以上（人口出生率8.35%、死亡率为8.47%）：
    这些比率按千分率（‰）计算，5% 即每千人每年出生或死亡 50 人，任何人口都达不到，是“‰”丢了符号
    （网页转载、从表格复制）。单说“死亡率”“自然增长率”的，只在同一句也说到“出生”时才查：婴儿死亡率、
    病死率、万车死亡率以及医院、牲畜的死亡率是另外的比率，以 % 或万分率计。不到 5% 的，可能就是
    百分数（出生率为1.0%），不报；同一句中另有这样按千分率写成“%”的比率时除外（出生率为10.8%，死亡率为1.1%：1.1 也是千分率）。

    为什么重要：统计公报的人口数据被广泛引用，差一个符号就差了十倍。

    Incorrect:
        出生人口3423人，人口出生率8.35%；死亡人口3470人，人口死亡率8.47%。

    Incorrect:
        出生人口4903人，其中男性2677人，出生率为10.8%，死亡人口488人，死亡率为1.1%，自然增长率为9.7%。

    Correct:
        出生人口3423人，人口出生率8.35‰；死亡人口3470人，人口死亡率8.47‰。

    Correct:
        全院收治重症患者120人，死亡率为8.3%。

    Correct:
        全年道路交通万车死亡率为5.15%。
    """
    rates = [rate for rate in _population_rates(doc) if rate.figure.unit == "%"]
    impossible = [rate for rate in rates if abs(rate.figure.value) >= _IMPOSSIBLE]
    for rate in rates:
        q = rate.figure
        written = as_written(doc, q)
        name = _rate_name(rate)
        if rate in impossible:
            per_thousand = format(q.value * 10, "f")
            per_thousand = per_thousand.rstrip("0").rstrip(".") if "." in per_thousand else per_thousand
            yield Hit(rate.start, q.end, PerMilleAsPercent(name, written, per_thousand, written[:-1] + "‰"))
            continue
        # 出生率为10.8%，死亡率为1.1%: the rates of one sentence share their unit (10.8 − 1.1 = 9.7)
        sentence = _full_sentence(doc.plain, rate.start)
        sibling = next((r for r in impossible if sentence[0] <= r.start < sentence[1]), None)
        if sibling is not None:
            shown = _rate_name(sibling) + as_written(doc, sibling.figure)
            yield Hit(rate.start, q.end, SiblingPerMille(name, written, shown, written[:-1] + "‰"))


class ConvertedDiffers(Message):
    """NUM014: a figure restated in brackets in another unit that its conversion does not give."""

    figure: str  # 1.39万公顷
    factor: str  # 15
    converted: str  # 20.85万亩
    stated: str  # 10.84万亩
    rate: str  # 1公顷 = 15亩
    zh = "{figure} × {factor} = {converted}，与括号中换算的 {stated} 不符（{rate}；已计入所写位数的舍入）"
    en = "{figure} × {factor} = {converted}, but the brackets restate it as {stated} ({rate}; rounding of the stated digits allowed)"


# One of the first unit in the second: the conversions statistical bulletins restate in brackets.
_CONVERSIONS = {("公顷", "亩"): 15, ("平方公里", "亩"): 1500, ("平方公里", "公顷"): 100, ("吨", "斤"): 2000,
                ("吨", "公斤"): 1000, ("吨", "千克"): 1000, ("公斤", "斤"): 2, ("千克", "斤"): 2, ("公里", "米"): 1000}
_RESTATED = lazy(r"[ \t]*+\([ \t]*+(?:合|约合|折合|即)?[ \t]*+$")  # "1.39万公顷(" before the restatement
_CLOSED = lazy(r"[ \t]*+\)")


def _conversion(unit: str, other: str) -> tuple[Decimal, str, str] | None:
    """The factor from ``unit`` to ``other``, as the message shows it (15, 1/15), and the rate it
    comes from (1公顷 = 15亩); None for units the table does not convert."""
    if (unit, other) in _CONVERSIONS:
        n = _CONVERSIONS[unit, other]
        return Decimal(n), str(n), f"1{unit} = {n}{other}"
    if (other, unit) in _CONVERSIONS:
        n = _CONVERSIONS[other, unit]
        return 1 / Decimal(n), f"1/{n}", f"1{other} = {n}{unit}"
    return None


@rule("NUM014", "converted-unit", "error")
@english_doc(
    """A figure restated in brackets in another unit that the conversion does not give:
    1.39万公顷(10.84万亩) is 20.85万亩 (1 公顷 = 15 亩); the conversions are those statistical
    bulletins restate (公顷 and 平方公里 in 亩, 吨 in 斤, 公斤 in 斤). Each figure stands for the
    interval of its stated digits, and the restated one may be a unit off in its last digit
    (404.5万吨(80.8亿斤) is 80.89亿斤: consistent).
    """
)
def converted_unit(doc):
    """括号中换算成另一单位的数值与原数不符。

    检查什么：数字后面括号中换算成另一单位的数值（1.39万公顷(10.84万亩)），按换算关系（1 公顷 = 15 亩）
    应为 20.85万亩。只查统计公报常用的换算：公顷、平方公里折合亩，吨折合斤，公斤折合斤。每个数字代表其
    所写位数的区间，括号中的数值可与换算值相差末位的一个单位（404.5万吨(80.8亿斤) 为 80.89亿斤，不报）。

    为什么重要：换算值是读者一眼就能验算的，对不上就让两个数字都失去可信度。

    Incorrect:
        年末果园面积1.39万公顷(10.84万亩)，比上年增加0.05万公顷。

    Correct:
        年末果园面积1.39万公顷(20.85万亩)，比上年增加0.05万公顷。

    Correct:
        全年粮食总产量404.5万吨(80.8亿斤)，比上年增长1.2%。
    """
    plain = doc.plain
    numbers = doc.numbers
    cell = in_table(doc)
    for q, restated in zip(numbers, numbers[1:]):
        conversion = _conversion(q.unit, restated.unit) if q.unit and restated.unit and q.unit != restated.unit else None
        if conversion is None or not q.exact or not restated.exact or cell(q.start):
            continue
        factor, factor_shown, per = conversion
        if not _RESTATED.search(plain, q.end, restated.start) or not _CLOSED.match(plain, restated.end, restated.end + 8):
            continue
        converted = (q.value - q.ulp / 2) * factor, (q.value + q.ulp / 2) * factor
        exact = q.value * factor
        holds = converted[0] <= restated.value + restated.ulp and converted[1] >= restated.value - restated.ulp
        shown = amount(rounded(exact / restated.multiplier, restated.decimals + 1) * restated.multiplier, restated.multiplier, restated.unit)
        written, stated = as_written(doc, q), as_written(doc, restated)
        yield Checked(q.start, restated.end, "conversion", f"{written} × {factor_shown} = {shown} / {stated}", holds)
        if not holds:
            yield Hit(restated.start, restated.end, ConvertedDiffers(written, factor_shown, shown, stated, per))


class GrowthNotDifference(Message):
    """NUM015: a natural growth rate that is not the birth rate less the death rate."""

    birth: str
    death: str
    difference: str
    stated: str
    zh = "出生率 {birth} − 死亡率 {death} = {difference}，与自然增长率 {stated} 不符（已计入所写位数的舍入）"
    en = "birth rate {birth} − death rate {death} = {difference}, but the natural growth rate is {stated} (rounding of the stated digits allowed)"


class TwoPopulations(Message):
    """NUM015: births and deaths whose counts and rates imply populations far apart."""

    births: str
    birth_rate: str
    birth_population: str
    deaths: str
    death_rate: str
    death_population: str
    zh = ("出生 {births} ÷ {birth_rate} ≈ {birth_population}，死亡 {deaths} ÷ {death_rate} ≈ {death_population}："
          "同一人口的出生、死亡人数与比率隐含的人口相差悬殊，有数字或比率写错")
    en = ("births {births} / {birth_rate} ≈ {birth_population}, deaths {deaths} / {death_rate} ≈ {death_population}: "
          "one population's counts and rates imply two populations far apart; a figure or a rate is wrong")


_APART = Decimal("1.05")  # implied populations further apart than this ratio: no rounding explains them
_RATE_KINDS = ("出生率", "死亡率", "自然增长率")


@rule("NUM015", "population-rates", "error")
@english_doc(
    """The birth, death and natural growth rates of one sentence against each other and against the
    counts of births and deaths stated with them. The natural growth rate is the birth rate less the
    death rate: 出生率9.28‰，死亡率5.56‰，自然增长率4.74‰ is 3.72‰ (each rate within its stated digits,
    the natural growth rate a unit off in its last digit at most). A count of births and one of deaths,
    each divided by its rate, give the population both are of: 出生人口3104人，出生率7.15‰；死亡人口
    4058人，死亡率4.99‰ give 43.4万 and 81.3万, so a figure or a rate is wrong (a warning: the text
    does not say the two are of one population).
    """
)
def population_rates(doc):
    """自然增长率不等于出生率减死亡率，或出生、死亡人数与比率隐含的人口不一致。

    检查什么：同一句中的出生率、死亡率、自然增长率相互核对，并与同句写明的出生、死亡人数核对。自然
    增长率等于出生率减死亡率（出生率9.28‰，死亡率5.56‰，自然增长率4.74‰ 应为 3.72‰；各比率按所写
    位数取区间，自然增长率可差末位的一个单位）。出生人数、死亡人数各除以其比率，得到的应是同一个人口
    （出生人口3104人，出生率7.15‰；死亡人口4058人，死亡率4.99‰：分别约为 43.4万 和 81.3万），相差
    悬殊说明有数字或比率写错（文中没有说明两者是同一人口，报告为警告）。

    为什么重要：人口数据是统计公报中最常被引用的，三个比率和两个人数互相牵连，错一个就全对不上。

    Incorrect:
        全年出生人口3.5万人，出生率为9.28‰；死亡人口2.1万人，死亡率为5.56‰；人口自然增长率为4.74‰。

    Incorrect:
        全县当年出生人口3104人，出生率为7.15‰；死亡人口4058人，死亡率4.99‰；人口自然增长率2.16‰。

    Correct:
        全年出生人口3.5万人，出生率为9.28‰；死亡人口2.1万人，死亡率为5.56‰；人口自然增长率为3.72‰。

    Correct:
        全年出生人口7472人，出生率为12.17‰，死亡人口3516人，死亡率为5.73‰。
    """
    plain = doc.plain
    by_sentence: dict[int, dict[str, Quantity]] = {}
    for rate in _population_rates(doc):
        by_sentence.setdefault(_full_sentence(plain, rate.start)[0], {}).setdefault(rate.word, rate.figure)
    quantities = [q for q in doc.numbers if q.kind == "quantity" and q.unit in ("人", "万人") and q.exact]
    starts = [q.start for q in quantities]
    for sentence_start, rates in by_sentence.items():
        if len({q.unit for q in rates.values()}) != 1:
            continue  # ‰ beside %: NUM013's slip, not an arithmetic one
        birth, death, growth = (rates.get(kind) for kind in _RATE_KINDS)
        if birth and death and growth:
            difference = birth.value - death.value
            spread = (birth.ulp + death.ulp) / 2 + growth.ulp
            holds = abs(growth.value - difference) <= spread
            shown = f"{_written_difference(birth, death, difference)}{birth.unit}"
            yield Checked(birth.start, growth.end, "population rates", f"{as_written(doc, birth)} − {as_written(doc, death)} = {shown} / {as_written(doc, growth)}", holds)
            if not holds:
                yield Hit(growth.start, growth.end, GrowthNotDifference(as_written(doc, birth), as_written(doc, death), shown, as_written(doc, growth)),
                          figures=(birth.start, death.start, growth.start))
        if not (birth and death):
            continue
        counts = [_count_of(doc, quantities, starts, sentence_start, rate, word) for rate, word in ((birth, "出生"), (death, "死亡"))]
        if all(counts):
            (b_low, b_high), (d_low, d_high) = (_population(count, rate) for count, rate in zip(counts, (birth, death)))
            holds = not (b_low > d_high * _APART or d_low > b_high * _APART)
            shown = [amount(rounded((low + high) / 2 / 10000, 1) * 10000, Decimal(10000)) + "人" for low, high in ((b_low, b_high), (d_low, d_high))]
            yield Checked(counts[0].start, death.end, "implied population",
                          f"{as_written(doc, counts[0])} ÷ {as_written(doc, birth)} ≈ {shown[0]} / {as_written(doc, counts[1])} ÷ {as_written(doc, death)} ≈ {shown[1]}", holds)
            if not holds:
                yield Hit(counts[1].start, death.end, TwoPopulations(as_written(doc, counts[0]), as_written(doc, birth), shown[0],
                                                                    as_written(doc, counts[1]), as_written(doc, death), shown[1]),
                          severity=Severity.WARNING, figures=(counts[0].start, birth.start, counts[1].start, death.start))


def _written_difference(birth, death, difference: Decimal) -> str:
    decimals = max(birth.decimals, death.decimals)
    return format(rounded(difference, decimals), "f")


def _count_of(doc, quantities, starts, low: int, rate, word: str):
    """The count of births (出生) or deaths (死亡) stated before a rate in its sentence: the nearest whose
    words end in the word (出生人口, 共出生)."""
    i = bisect_left(starts, rate.start)
    for q in reversed(quantities[bisect_left(starts, low) : i]):
        named = _COUNT_NAMED.search(clause_before(doc, q))
        if named and named.group(1) == word:
            return q  # "全区共出生2138人(其中男1104人…)": the 2138, not a part in brackets
    return None


_COUNT_NAMED = lazy(r"(出生|死亡)(?:人口|人数)?[ \t]*+(?:为|共|达|了)?[ \t]*+$")  # 出生人口 3104 人, 共出生 2138 人


def _population(count, rate) -> tuple[Decimal, Decimal]:
    """The population a count and its rate imply, as an interval of their stated digits."""
    whole = Decimal(1000) if rate.unit == "‰" else Decimal(100)
    low_count, high_count = count.value - count.ulp / 2, count.value + count.ulp / 2
    low_rate, high_rate = rate.value - rate.ulp / 2, rate.value + rate.ulp / 2
    return low_count * whole / high_rate, high_count * whole / low_rate
