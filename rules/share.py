"""NUM008: the shares and counts of one complete classification."""

from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal

from auditor.record import record
from auditor.lazyre import REVERSE, lazy
from auditor.findings import Severity
from auditor.memo import per_document
from auditor.numbers import (Quantity, amount, as_written, clause_bounds, names_change_or_rate, own_share, per_whole,
                             quantities_of, rounded, rounding_disclaimed, share_cue, unit_group, years_stated)
from auditor.messages import Message, Versus, english_doc
from auditor.registry import Checked, Hit, RelatedHit, rule
from auditor.rules.num import ages_cover_all, only_age_groups, without_age_groups


# --- messages (zh and en; auditor.messages) --------------------------------------------------------


class CountsNotWhole(Message):
    """A clause of NUM008's message: the classes' counts do not add up to the whole stated before them."""

    counts: str
    total: str
    whole: str
    zh = "；各类数量 {counts} = {total}，也不等于总数 {whole}"
    en = "; their counts {counts} = {total}, not the {whole} they are shares of"


class SharesNotWhole(Message):
    """NUM008: the shares of one complete classification do not add up to 100%."""

    classes: int
    shares: str
    total: str  # 64%
    full: str  # 100% or 1000‰
    low: str
    high: str  # with the unit
    counts: CountsNotWhole | None = None
    zh = "同一分类的 {classes} 类占比 {shares} = {total}，不是 {full}；按所写位数舍入也凑不成 {full}（可能的范围为 {low}–{high}）{counts}"
    en = ("the {classes} classes of one classification have shares {shares} = {total}, "
          "not {full}: no rounding of the stated shares gives {full} (they allow {low}–{high}){counts}")


class ClassificationChecked(Message):
    """``--show-relations``: a classification's shares against 100%, and its counts' sum."""

    shares: str
    total: str
    full: str
    counts: str
    counted: str
    whole: str  # the whole stated for the classes, or ""
    zh = "{shares} = {total} 对照 {full}；{counts} = {counted}{whole_zh}"
    en = "{shares} = {total} vs {full}; {counts} = {counted}{whole_en}"

    @property
    def whole_zh(self) -> str:
        return f"（总数 {self.whole}）" if self.whole else ""

    @property
    def whole_en(self) -> str:
        return f" of {self.whole}" if self.whole else ""


class ShareAgainstSum(Message):
    """A clause of ShareOfClassesSum: one share against its count over the sum."""

    count: str
    base: str
    computed: str
    stated: str
    zh = "{count} / {base} = {computed}，文中为 {stated}"
    en = "{count} / {base} = {computed}, stated {stated}"


class ShareOfClassesSum(Message):
    """NUM008: in a complete classification whose shares make 100%, shares that their counts
    contradict when the base is the classes' sum (no other whole is stated)."""

    base: str
    wrong: tuple[ShareAgainstSum, ...]  # each share that does not fit
    zh = "各类占比合计为 100%，总数即各类数量之和 {base}，但 {wrong}"
    en = "the classes' shares make 100%, so their base is the counts' sum {base}, but {wrong}"


class ShareOffTheListsBase(Message):
    """NUM003: a share of a list whose other shares are of one total stated before the list, and
    which fits no total the text states."""

    count: str
    base: str
    computed: str
    stated: str
    fitting: int  # the list's shares that fit the base
    listed: int
    zh = "{count} / {base} = {computed}，文中为 {stated}；同一列举的 {listed} 项占比中 {fitting} 项都以 {base} 为基数，此项与文中写出的任何总数都不相合"
    en = ("{count} / {base} = {computed}, stated {stated}: {fitting} of the list's {listed} shares are of {base}, "
          "and this one fits no total the text states")


class ShareOfAnotherBase(Message):
    """NUM003: a share of a list whose other shares are of one total, which fits another total only."""

    count: str
    base: str
    computed: str
    stated: str
    fitting: int
    listed: int
    other: str  # the total it fits: 223件
    zh = ("{count} / {base} = {computed}，文中为 {stated}；同一列举的 {listed} 项占比中 {fitting} 项都以 {base} 为基数，"
          "此项却是以 {other} 为基数算的，基数前后不一")
    en = ("{count} / {base} = {computed}, stated {stated}: {fitting} of the list's {listed} shares are of {base}, "
          "but this one is of {other}: the list mixes two bases")


class WholesOfOneName(Message):
    """NUM003: two shares of a whole named in the same words imply two different wholes."""

    name: str
    earlier: str  # 2476260.58元 ÷ 84.06% = 2945825元
    later: str
    zh = "两处“占{name}”的占比所隐含的总数不同：{earlier}，{later}；同一总数下两项占比至少有一项有误"
    en = "two shares of the {name} imply different wholes: {earlier}, but {later}; of one whole, at least one of them is wrong"


class OtherShareOfTheName(Message):
    """The related location of WholesOfOneName: the earlier share of that whole."""

    name: str
    zh = "此处另一项“占{name}”的占比"
    en = "the other share of the {name} here"


class BaseOfTheList(Message):
    """The related location of ShareOffTheListsBase: the total the list's shares are of."""

    base: str
    zh = "此处写出总数 {base}"
    en = "the total {base} stated here"


# Between a count and its share: "20件，占29.8%", "11件，占比11%", "14件，占总(件)数的17.3%" (约占: blurred).
# The count's noun and predicate may stand between them ("47件提案所提问题已经解决或基本解决，占比48%").
_SHARE_AFTER = lazy(
    r"([^0-9;。!?%()]{0,40}?)[ \t]*+[,]?[ \t]*+(约|近)?(?:仅)?占(?:比|[^,;。0-9%]{0,8}?(?:总[^,;。0-9%]{0,3}?数|总量|全部|总)的?)?[ \t]*+(?:(?:为|达到|达|是)[ \t]*+)?"
)
# Between one item and the next: the next item's label, with no figure and no sentence end but ;
_FURTHER_COUNT = lazy(r"[ \t]*+[,;](?![ \t]*+其中)[^,;。0-9]{0,12}[0-9]")  # not 其中: it breaks the last class down
_BETWEEN_ITEMS = lazy(r"[ \t]*+(?:\([^()0-9]{1,8}\))?[ \t]*+[,;][^0-9。!?]{0,80}?")  # a note may follow a share: 28%(下同)
_LABEL_START = lazy(r"[;。:!?]", flags=REVERSE)
_LABEL_REACH = 60
_LABEL_HEAD = lazy(r"[^,;:]*$")  # an item's own words: its label's last clause
_INTRO_REACH = 60  # characters before the first item in which the list is introduced


@record(slots=True)
class _Item:
    count: Quantity
    share: Quantity
    label: str  # the item's words: its clause before the count and what stands between count and share
    blurred: bool


@rule("NUM008", "classification-shares", "error")
@english_doc(
    """The shares of one complete classification that do not add up to 100%.

    A list of counts each with its share (…的提案11件，占比11%；…10件，占比10%；…) classifies one
    whole when the text says so (经审查分类, 从办理结果看 …; unless its shares run more than 10 points
    over 100%: classes that overlap, 对办理工作表示满意的73份，占84.88%；对办理结果表示满意的53份，占61.63%),
    when its labels make a complete set of
    the lexicon (男性 … 女性 …, the three 三公经费) or age groups from 0 to an open end (0-14岁 …
    15-59岁 … 60岁及以上 …; 其中 after the last breaks that group down) and its shares come within 10 points of 100% (far
    from it, they are shares of another whole: of all spending), or when it lists the outcome classes
    of proposals from the resolved ones (已解决或基本解决) to the ones left open (难以解决, 留作参考):
    then the shares add up to 100% within the rounding of every stated share (each may be rounded
    or truncated), and when they do not, some class or some figure is wrong. The message gives the
    counts' sum beside the whole the paragraph states. A list presented as a part (其中, 主要, 等,
    包括 …), a list followed by a further count, a blurred share (约占), a count for several classes
    (社会保障和社会管理类各9件), a run of items that another continues in its sentence (the list
    was not read whole) or a list of two items without a cue stays silent.

    The structure of the three industries written as a ratio (三次产业结构为8.5:38.9:52.6; 一、二、三产业的比例由上年的
    12.8:41.2:46调整为…) is a classification of the whole economy in per cent: its three terms add up to 100
    within their rounding (0.4:20.9:77.7 is 99.0).

    When the shares of such a list do make 100% and the text states no whole for them, the whole
    is the sum of the classes' counts, and each share is checked against its count over that sum
    (a warning; a share may be off by one unit of its last digit): A类 458件，占52.3%；B类 265件，
    占33.2%；C类 116件，占14.5% make 100%, but 458 / 839 = 54.6%.
    """
)
def classification_shares(doc):
    """同一完整分类的各类占比相加不等于 100%。

    检查什么：逐项列出数量及其占比的列举（……的提案11件，占比11%；……10件，占比10%；……），
    文中表明是对同一总体的分类时（经审查分类、从办理结果看等；各占比之和超出 100% 十个百分点以上的，是相互重叠的几类，如对办理工作表示满意的73份，占84.88%；对办理结果表示满意的53份，占61.63%，不算），各项名称构成词表中完整的一组（男性……女性……，“三公”经费三项）或从 0 岁到“××岁及以上”首尾相接的各年龄段（0-14岁……15-59岁……60岁及以上……；其后的“其中”分解的是最后一段）且各占比之和与 100% 相差不超过 10 个百分点时（相差更多，占比是相对另一个总体的，如占全部支出），或按提案办理结果从“已解决或基本
    解决”列到“难以解决”“留作参考”时，视为完整分类：各类占比之和应为 100%（每个占比都可以是
    四舍五入或截断的结果），不是 100% 就说明有一类漏列或有数字写错。报告中同时给出各类数量之和
    与该段所写的总数。以“其中”“主要”“等”“包括”等表明只是一部分的列举、其后还有另一个数量的
    列举、模糊的占比（约占）、一个数量代表几类的（社会保障和社会管理类各9件）、同一句中被别的内容隔断的列举（未能整体读出），
    以及没有分类提示的两项列举，不检查。

    以比的形式写出的三次产业结构（三次产业结构为8.5:38.9:52.6；一、二、三产业的比例由上年的12.8:41.2:46调整为……）
    是整个经济按百分比的分类：三项之和应为 100（允许各项按所写位数舍入；0.4:20.9:77.7 之和为 99.0）。

    各占比相加为 100%、而文中没有写出总数时：总数就是各类数量之和，逐项核对“该类数量 ÷ 各类
    数量之和”是否等于所写占比（报告为警告；允许相差所写末位的一个单位）。例如 A类 458件，占
    52.3%；B类 265件，占33.2%；C类 116件，占14.5%，占比合计 100%，但 458 / 839 = 54.6%。

    为什么重要：分类占比是提案、建议办理情况报告的固定内容，合计不是 100% 或与各类件数对不上，
    一眼就能看出来。

    Incorrect:
        转交县政府办理的政协提案96件。经审查分类，乡村振兴与农业农村方面的提案11件，占比11%；产业经济与发展方面的提案10件，占比10%；城乡建设与基础设施的提案13件，占比13%；民生保障与公共服务的提案19件，占比19%；政务与社会治理的提案11件，占比11%；教育与健康的提案10件，占比10%。

    Incorrect:
        提案委员会共收到提案77件，立案71件。提案所提问题已经解决或基本解决的20件，占29.8%；正在解决或列入计划准备解决的37件，占55.2%；因受条件限制一时难以解决的7件，占9.8%。

    Incorrect:
        办理结果为A类(已解决或采纳的)458件,占52.3%;B类(计划解决或准备采纳的)265件,占33.2%;C类(留作参考的)116件,占14.5%。

    Incorrect:
        全年地区生产总值增长5.2%，三次产业比例为0.4:20.9:77.7。

    Correct:
        96件提案中，47件提案所提问题已经解决或基本解决，占比48%；42件提案所提问题需要长期坚持去抓，已列入工作计划中，占比43%；7件提案所提问题因客观因素制约，暂时难以解决留做参考，占比7%。

    Correct:
        在这些建议中，其中涉及水务方面的有19件，占23.5%；交通方面的有14件，占17.3%；农牧方面的有6件，占7.4%。

    Correct:
        一、二、三产业增加值占地区生产总值的比重由上年的12.8:41.2:46调整为11.6:42.7:45.7，产业结构进一步优化。
    """
    yield from _structure_ratios(doc)
    quantities, starts = quantities_of(doc)
    for items in _lists(doc):
        if not _complete(doc, items):
            continue
        percents = [item.share for item in items]
        scale = per_whole(percents[0])
        low = sum((p.value - p.ulp / 2 for p in percents), Decimal(0))
        high = sum((p.value + p.ulp for p in percents), Decimal(0))
        holds = low <= scale <= high
        whole = _whole(doc, quantities, starts, items)
        arithmetic = _arithmetic(doc, items, whole)
        yield Checked(items[0].count.start, percents[-1].end, "classification", arithmetic, holds)
        if not holds:
            yield _hit(doc, items, whole, low, high, scale)
        elif whole is None:
            yield from _against_their_sum(doc, items)


class StructureNotWhole(Message):
    """NUM008: the terms of the three industries' structure (8.5:38.9:52.6) that do not make 100."""

    written: str  # 0.4:20.9:77.7
    added: str  # 99.0
    tolerance: str  # 0.15
    zh = "三次产业结构 {written} 各项之和为 {added}，三次产业构成全部，应为 100（按所写位数舍入最多差 ±{tolerance}）"
    en = "the three industries' structure {written} adds up to {added}, not 100, though the three make the whole (rounding allows ±{tolerance})"


# "三次产业结构为0.4:20.9:77.7", "一、二、三产业的比例由上年的12.8:41.2:46调整为11.6:42.7:45.7": shares of the
# economy in per cent, written as a ratio of three terms
_STRUCTURE_CUE = lazy(r"(?:三次产业|一二三产业|一、二、三产业|第一、二、三产业|三产)[^。;\d]{0,16}?(?:比例|结构|之比|比重|构成)")
_THREE_TERMS = lazy(r"(?<![\d.:])(\d{1,3}(?:\.\d{1,2})?)[ \t]*+:[ \t]*+(\d{1,3}(?:\.\d{1,2})?)[ \t]*+:[ \t]*+(\d{1,3}(?:\.\d{1,2})?)(?![\d.:])")


def _structure_ratios(doc):
    """The three terms of the industries' structure after its name, in its sentence, add up to 100
    within the rounding of each (terms whose sum is far from 100 are no per cents: 1:2:3)."""
    plain = doc.plain
    if "产业" not in plain and "三产" not in plain:
        return
    for cue in _STRUCTURE_CUE.finditer(plain):
        sentence = doc.sentence_at(cue.start())
        end = sentence.end if sentence else min(len(plain), cue.end() + 80)
        for m in _THREE_TERMS.finditer(plain, cue.end(), end):
            decimals = [len(term.partition(".")[2]) for term in m.groups()]
            added = sum((Decimal(term) for term in m.groups()), Decimal(0))
            if not Decimal(80) <= added <= Decimal(120):
                continue
            slack = sum((Decimal(1).scaleb(-d) / 2 for d in decimals), Decimal(0))  # half a unit of each term's last digit
            holds = abs(added - 100) <= slack
            shown = f"{added:.{max(decimals)}f}"  # 99.0, as the terms are written
            yield Checked(m.start(), m.end(), "classification", f"{m.group()} → {shown}", holds)
            if not holds:
                yield Hit(m.start(), m.end(), StructureNotWhole(m.group(), shown, _plain(slack)))


def _against_their_sum(doc, items):
    """Each share against its count over the classes' sum: when the shares make the whole (100%)
    and the paragraph states no whole they fit, the counts' sum is their base. One warning for the
    list (a wrong count moves every share): the reading of the base is inferred."""
    unit = items[0].count.unit
    total = sum((item.count.value for item in items), Decimal(0))
    if total <= 0:
        return
    base = f"{_plain(total)}{unit}"
    wrong = []
    for item in items:
        ratio = item.count.value / total * per_whole(item.share)
        computed = f"{ratio:.{max(item.share.decimals, 1)}f}{item.share.unit}"
        # one unit of the last digit either way: shares are often nudged to make exactly 100%
        holds = abs(ratio - item.share.value) <= item.share.ulp
        arithmetic = Versus(f"{as_written(doc, item.count)} / {base} = {computed}", as_written(doc, item.share))
        yield Checked(item.share.start, item.share.end, "share of the classes' sum", arithmetic, holds)
        if not holds:
            wrong.append((item, ShareAgainstSum(as_written(doc, item.count), base, computed, as_written(doc, item.share))))
    if wrong:
        first = wrong[0][0]
        message = ShareOfClassesSum(base, tuple(clause for _, clause in wrong))
        figures = tuple(q.start for item in items for q in (item.count, item.share))
        yield Hit(first.share.start, first.share.end, message, severity=Severity.WARNING, figures=figures)


@per_document
def _lists(doc) -> list[list[_Item]]:
    """Runs of (count, share) items in one paragraph: no other figure and no sentence end (but ;)
    between one item and the next, all counts in one unit and all shares in one. NUM008 and NUM003
    both read them."""
    return list(_runs_of_items(doc))


def _runs_of_items(doc):
    plain = doc.plain
    numbers = doc.numbers
    items = []  # (index of the count in doc.numbers, item)
    for i in range(len(numbers) - 1):
        q, share = numbers[i], numbers[i + 1]
        if not (q.kind == "quantity" and q.exact and unit_group(q) is not None and share.unit in ("%", "‰") and share.exact):
            continue
        between = _SHARE_AFTER.fullmatch(plain, q.end, share.start)
        paragraph = doc.paragraph_at(q.start)
        if between and paragraph is not None and share.end <= paragraph.end:
            # the item's clauses back to the last ; or 。 (its label may span a comma), not past the figure before it
            reach = max(paragraph.start, q.start - _LABEL_REACH, numbers[i - 1].end if i else 0)
            label_start = _LABEL_START.search(plain, reach, q.start)
            label = plain[label_start.end() if label_start else reach : q.start] + between.group(1)
            items.append((i, _Item(q, share, label, bool(between.group(2)))))
    run, last_index, joined = [], -10, False
    for index, item in items:
        if run and not (
            item.count.unit == run[-1].count.unit
            and item.share.unit == run[-1].share.unit
            and _next_item(plain, numbers, run[-1], item, last_index, index)
        ):
            # a run that another one continues in its sentence is a broken list: neither is the whole. An
            # item after 其中 is a part of the one before ("占14.18%，其中65岁及以上人口…，占8.25%"), which
            # ends the list; the run it opens is no list of classes
            between = plain[run[-1].share.end : item.count.start]
            part_of_the_last = "其中" in between and "。" not in between
            touching = "。" not in between and not part_of_the_last
            yield from _closed(run, joined or touching)
            run, joined = [], touching or part_of_the_last
        run.append(item)
        last_index = index
    yield from _closed(run, joined)


def _next_item(plain: str, numbers, previous: _Item, item: _Item, previous_index: int, index: int) -> bool:
    """Whether ``item`` continues the list after ``previous``: nothing but words between them, or
    the age group that labels it ("占30.28%；15-59岁人口为117216人，占58.47%"); no 其中 (a part of the item before)."""
    if "其中" in plain[previous.share.end : item.count.start]:
        return False
    if index == previous_index + 2 and _BETWEEN_ITEMS.fullmatch(plain, previous.share.end, item.count.start):
        return True
    start, end = previous.share.end, item.count.start
    return only_age_groups(plain, start, end, numbers[previous_index + 2 : index]) and bool(
        _BETWEEN_ITEMS.fullmatch(without_age_groups(plain[start:end])))


def _closed(run, broken: bool):
    if len(run) >= 2 and not broken:
        yield run


def _complete(doc, items) -> bool:
    """The list classifies one whole: introduced as a classification or running through the
    outcome classes of proposals, and presented as no part of one."""
    lexicon = doc.lexicon
    plain = doc.plain
    if any(item.blurred or plain[item.count.start - 1 : item.count.start] == "各" for item in items):
        return False  # 约占; "社会保障和社会管理类各9件": one count for several classes
    first, last = items[0], items[-1]
    sentence_start = plain.rfind("。", max(0, first.count.start - _INTRO_REACH), first.count.start) + 1
    paragraph = doc.paragraph_at(first.count.start)
    intro_start = max(sentence_start, paragraph.start if paragraph else 0, first.count.start - _INTRO_REACH)
    intro = plain[intro_start : first.count.start]
    after = plain[last.share.end : last.share.end + 6]
    labels = [item.label.replace("等", "") for item in items]  # "因政策、条件等限制的 66 件": one class's words
    if any(word in text for word in lexicon.partial_list_cues for text in [intro, *labels]) or any(
            word in after[:3] for word in lexicon.partial_list_cues if word != "其中"):
        return False  # "其中…", "…等": a part of the whole (其中 after the list breaks its last class down)
    # A further count after the list ("…占7%；其他3件"): the shares listed need not cover the whole.
    follow = _FURTHER_COUNT.match(plain, pos=last.share.end)
    if follow:
        return False
    if any(word in intro for word in lexicon.classification_cues):
        # far over 100%, the classes overlap (two questions asked of the same forms: 对办理工作表示满意的
        # 73份，占84.88%；对办理结果表示满意的53份，占61.63%): no one classification
        return sum((item.share.value for item in items), Decimal(0)) <= per_whole(items[0].share) + _FAR_FROM_WHOLE
    if _complementary(doc, items) or ages_cover_all(plain[intro_start : last.count.start], len(items)):
        # far from 100%, the shares are of another whole (三公 items each as a share of all spending)
        return abs(sum((item.share.value for item in items), Decimal(0)) - per_whole(items[0].share)) <= _FAR_FROM_WHOLE

    if len(items) < 3:
        return False
    return any(word in first.label or word in intro for word in lexicon.resolved_classes) and any(
        word in last.label for word in lexicon.closing_classes
    )


_FAR_FROM_WHOLE = 10  # percentage points from 100% past which shares of a complete set are of another whole


def _complementary(doc, items) -> bool:
    """The items are labelled by a complete set of the lexicon (男性 … 女性, 城镇 … 农村)."""
    return doc.lexicon.complete_set([_LABEL_HEAD.search(item.label).group().strip(" \t") for item in items]) is not None


def _whole(doc, quantities, starts, items) -> Quantity | None:
    """The total the paragraph states before the list of which every share is a share, if any."""
    first = items[0].count
    paragraph = doc.paragraph_at(first.start)
    low = max(paragraph.start if paragraph else 0, first.start - 400)
    group, unit = unit_group(first), first.unit
    fitting = None
    for candidate in quantities[bisect_left(starts, low) : bisect_left(starts, first.start)]:
        if not candidate.exact or unit_group(candidate) != group or candidate.unit != unit or candidate.value <= 0:
            continue
        if all(_fits(item, candidate.value) for item in items):
            fitting = candidate  # the nearest one that fits
    return fitting


def _fits(item: _Item, total: Decimal, nudged: bool = False) -> bool:
    """Whether the count over ``total`` gives the stated share, rounded or truncated; within one
    unit of its last digit either way when the shares were made to add up to 100% (``nudged``)."""
    if total <= 0:
        return False
    share = item.share
    ratio = item.count.value / total * per_whole(share)
    if nudged:
        return abs(ratio - share.value) <= share.ulp * Decimal("1.5")
    return share.value - share.ulp / 2 <= ratio <= share.value + share.ulp


def _arithmetic(doc, items, whole) -> "ClassificationChecked":
    shares = "+".join(as_written(doc, item.share) for item in items)
    counts = "+".join(as_written(doc, item.count) for item in items)
    total = sum((item.count.value for item in items), Decimal(0))
    unit = items[0].share.unit
    share_sum = sum((item.share.value for item in items), Decimal(0))
    return ClassificationChecked(shares, f"{_plain(share_sum)}{unit}", f"100{unit}", counts, _plain(total),
                                 as_written(doc, whole) if whole is not None else "")


def _hit(doc, items, whole, low, high, scale) -> Hit:
    unit = items[0].share.unit
    share_sum = sum((item.share.value for item in items), Decimal(0))
    count_sum = sum((item.count.value for item in items), Decimal(0))
    shares = " + ".join(as_written(doc, item.share) for item in items)
    counts = " + ".join(as_written(doc, item.count) for item in items)
    full = "1000‰" if unit == "‰" else "100%"
    counted = None
    if whole is not None and count_sum != whole.value:
        counted = CountsNotWhole(counts, f"{_plain(count_sum)}{items[0].count.unit}", as_written(doc, whole))
    message = SharesNotWhole(len(items), shares, f"{_plain(share_sum)}{unit}", full, _plain(low), f"{_plain(high)}{unit}", counted)
    severity = Severity.WARNING if rounding_disclaimed(doc) else None
    return Hit(items[0].count.start, items[-1].share.end, message, severity=severity, figures=tuple(item.share.start for item in items))


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# --- NUM003: a list's shares against the total that the others fit -------------------------------

_STATED_REACH = 3000  # characters before a list in which the total its shares are of may be stated


def shares_of_the_lists_base(doc, checked: set[int]):
    """NUM003's reading of a list of shares that name no base the sentence states ("经审查立案205件。
    …按提案类别分，…的提案25件，占12.2%；…15件，占6.7%；…24件，占11.7%"): when most of the list's
    shares fit one total stated before it (25/205 = 12.2%), the list is of that total, and a share
    that fits neither it nor any other total stated before the list (15/205 = 7.3%), nor the
    list's own sum, is a slip; so is one that fits another total only (15/223 = 6.7%, the 收到 223),
    when three or more fit the list's: the list mixes two bases. The base is inferred from the other shares, so a warning. Lists whose
    shares another reading of NUM003 checked, or that name different totals, are left to it; the
    shares read here join ``checked``."""
    quantities, starts = quantities_of(doc)
    plain = doc.plain
    for items in _lists(doc):
        if len(items) < 3 or any(item.blurred or item.share.start in checked or item.count.ulp > 1 for item in items):
            continue
        if len({_cue(plain, item) for item in items}) > 1:
            continue  # 占城镇低保总数的 …, 占农村低保总数的 …: of two totals
        totals = _totals_before(doc, quantities, starts, items)
        scale = per_whole(items[0].share)
        nudged = sum((item.share.value for item in items), Decimal(0)) == scale  # made to add up to 100%
        fitting = {id(total): [item for item in items if _fits(item, total.value, nudged)] for total in totals}
        best = max(reversed(totals), key=lambda total: len(fitting[id(total)]), default=None)  # the nearest of the most fitted
        if best is None:
            continue
        fitted = fitting[id(best)]
        needed = 3 if items[0].share.decimals == 0 else 2  # a whole percent fits many totals
        if len(fitted) < needed or len(fitted) * 2 <= len(items):
            continue
        together = sum((item.count.value for item in items), Decimal(0))
        base = as_written(doc, best)
        for item in items:
            ratio = item.count.value / best.value * scale
            holds = item in fitted
            exact = f"{ratio:.{item.share.decimals + 2}f}{item.share.unit}"  # 3.4606% 对照 3.4%: truncated, it holds
            arithmetic = Versus(f"{as_written(doc, item.count)} / {base} = {exact}", as_written(doc, item.share))
            yield Checked(item.share.start, item.share.end, "share of the list's total", arithmetic, holds)
            checked.add(item.share.start)
            if holds or _fits(item, together, nudged):
                continue
            computed = f"{ratio:.{max(item.share.decimals, 1)}f}{item.share.unit}"
            other = next((total for total in totals if item in fitting[id(total)]), None)
            if other is not None:
                # "收到提案223件，…立案205件。…25件，占12.2%；…15件，占6.7%": of 223, where the rest are of 205
                if len(fitted) < 3:
                    continue  # two shares of one total and one of another: which base the list has is not plain
                message = ShareOfAnotherBase(as_written(doc, item.count), base, computed, as_written(doc, item.share),
                                             len(fitted), len(items), as_written(doc, other))
            else:
                message = ShareOffTheListsBase(as_written(doc, item.count), base, computed, as_written(doc, item.share),
                                               len(fitted), len(items))
            yield Hit(item.share.start, item.share.end, message, (RelatedHit(best.start, best.end, BaseOfTheList(base)),),
                      severity=Severity.WARNING, figures=(item.count.start, item.share.start))


def _cue(plain: str, item: _Item) -> str:
    """The words of a share from its 占 (占, 占比, 占承办件总数的)."""
    cue = share_cue(plain, item.count, item.share)
    return cue[cue.rfind("占") :]


def _totals_before(doc, quantities, starts, items) -> list[Quantity]:
    """The counts of the list's unit stated before it, nearest last, that could be its total: written
    in full, not less than any of its counts, no class with a share of its own; one per value."""
    first = items[0].count
    group = unit_group(first)
    largest = max(item.count.value for item in items)
    found: dict[Decimal, Quantity] = {}
    for q in quantities[bisect_left(starts, max(0, first.start - _STATED_REACH)) : bisect_left(starts, first.start)]:
        if q.exact and q.ulp <= 1 and unit_group(q) == group and q.value >= largest and own_share(doc, q) is None:
            found.pop(q.value, None)
            found[q.value] = q  # the nearest statement of a value
    return list(found.values())


# 占一般公共预算支出的84.06%: a share of a whole named by its indicator; the name may wrap onto the next line
_SHARE_OF_A_NAMED_WHOLE = lazy(r"[ \t]*+,?[ \t]*+占(\p{Han}{3,14}?)\n?的?[ \t]*+(?:比重|比例)?[ \t]*+(?:(?:为|达到|达|是)[ \t]*+)?")
_WHOLE_NAME = lazy(r"(?:支出|收入|总额|总量|总数|总计|合计|总值|资金|经费|人数|件数|人口)$")
# 占年度预算的, 占计划的: a completion rate, each item of its own plan; 占上年…: of another period
_PLAN_OR_PERIOD = lazy(r"预算$|预算数$|计划|任务|目标|上年|去年|上期|同期")
_EARLIER_PERIOD = lazy(r"上年|去年|上期|同期|前年")  # a count of the year before: "上年基本支出…"
_NAMED_REACH = 1200  # characters between two shares of one named whole that are compared


def shares_of_one_named_whole(doc, checked: set[int]):
    """NUM003's reading of shares of a whole the text names but does not state ("基本支出预算2476260.58元,
    占一般公共预算支出的84.06%；…项目支出469500元,占一般公共预算支出的19.62%"): each implies that whole
    (count ÷ share), and two shares of one name, near each other and of one period, must imply the
    same one (here 2945825元 and 2392966元). Shares another reading of NUM003 checked are left to it; so
    are completion rates (占年度预算的: each item of its own plan), and shares in sentences of different
    years or of the year before. The two wholes are inferred from one name, so a warning."""
    numbers, plain = doc.numbers, doc.plain
    seen: dict[tuple[str, str], list[tuple[Quantity, Quantity, tuple[Decimal, Decimal]]]] = {}
    for count, share in zip(numbers, numbers[1:]):
        if share.unit != "%" or not share.exact or share.start in checked or share.value <= 0:
            continue
        if count.unit_class not in ("money", "discrete") or not count.exact or unit_group(count) is None:
            continue
        named = _SHARE_OF_A_NAMED_WHOLE.fullmatch(plain, count.end, share.start)
        if named is None or not _WHOLE_NAME.search(named.group(1)) or _PLAN_OR_PERIOD.search(named.group(1)):
            continue
        clause_start = clause_bounds(plain, count.start, count.end)[0]
        if names_change_or_rate(doc.lexicon, plain[clause_start : count.start]):
            continue  # "同比增加70100元，占…": a change
        if _EARLIER_PERIOD.search(plain, clause_start, count.start):
            continue
        whole = _implied_whole(count, share)
        name = named.group(1)
        earlier = [e for e in seen.get((name, unit_group(count)), []) if share.start - e[1].end <= _NAMED_REACH
                   and _one_scope(doc, e[0], count) and _years(doc, e[0]) == _years(doc, count)]
        seen.setdefault((name, unit_group(count)), []).append((count, share, whole))
        if not earlier:
            continue
        other_count, other_share, _ = earlier[-1]
        holds = any(low <= whole[1] and whole[0] <= high for _, _, (low, high) in earlier)
        before, now = _whole_shown(doc, other_count, other_share), _whole_shown(doc, count, share)
        yield Checked(share.start, share.end, "shares of one named whole", Versus(before, now), holds)
        if not holds:
            related = (RelatedHit(other_share.start, other_share.end, OtherShareOfTheName(name)),)
            yield Hit(share.start, share.end, WholesOfOneName(name, before, now), related, severity=Severity.WARNING,
                      figures=(count.start, share.start))


def _implied_whole(count: Quantity, share: Quantity) -> tuple[Decimal, Decimal]:
    """The wholes count ÷ share may stand for: the count within its rounding, the share within a unit
    of its last digit (rounded or truncated)."""
    low, high = count.interval()
    scale = per_whole(share)
    return low * scale / (share.value + share.ulp), high * scale / max(share.value - share.ulp, share.ulp / 2)


def _whole_shown(doc, count: Quantity, share: Quantity) -> str:
    """count ÷ share = the whole, in the count's scale and decimals ("806.52万元 ÷ 13.8% = 5844.35万元")."""
    whole = rounded(count.value * per_whole(share) / share.value / count.multiplier, count.decimals) * count.multiplier
    return f"{as_written(doc, count)} ÷ {as_written(doc, share)} = {amount(whole, count.multiplier, count.unit)}"


def _one_scope(doc, a: Quantity, b: Quantity) -> bool:
    """Whether two figures are in one paragraph, or in one section or two items of one list (1. … 2. …)."""
    if doc.paragraph_at(a.start) is doc.paragraph_at(b.start):
        return True
    path_a, path_b = doc.section_path(a.start), doc.section_path(b.start)
    return bool(path_a) and len(path_a) == len(path_b) and path_a[:-1] == path_b[:-1]


def _years(doc, q: Quantity) -> frozenset[str]:
    """The years stated in the sentence of ``q``."""
    sentence = doc.sentence_at(q.start)
    return years_stated(doc, sentence.start, sentence.end) if sentence else frozenset()
