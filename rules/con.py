"""CON: the same figure stated twice with different values."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from auditor.lazyre import MULTILINE, compile_re, lazy
from auditor.numbers import KIND_QUANTITY, Quantity, Subject, as_written, clause_bounds, subjects, unit_group
from auditor.memo import per_document
from auditor.messages import Message, Versus, english_doc
from auditor.numerals import cn_int
from auditor.registry import Checked, Hit, RelatedHit, rule
from auditor.tables import in_table

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    import regex

_YEAR = lazy(r"(?:19|20)\d\d(?=[ \t]*年)")
_DISTRIBUTIVE = lazy(r"每|一个|各")


# --- messages (zh and en; auditor.messages) --------------------------------------------------------


class Location(Message):
    """Where an earlier statement is, as a reader would say it (``Document.describe_location``):
    the labels of the sections around it and its paragraph."""

    sections: tuple  # the headings' markers, e.g. ("二", "(三)"); () before the first heading
    paragraph: int | None  # 1-based
    zh = "{paragraph_zh}属{section_zh}部分"
    en = "{in_english}"

    @property
    def in_english(self) -> str:
        where = "section " + " ".join(self.sections) if self.sections else "preamble"
        return f"{where}, paragraph {self.paragraph}" if self.paragraph else where

    @property
    def paragraph_zh(self) -> str:
        return f"全文第 {self.paragraph} 段，" if self.paragraph else ""

    @property
    def section_zh(self) -> str:
        labels = "".join(self.sections).replace("(", "（").replace(")", "）")
        return f"“{labels}”" if labels else "开头"


def _location(doc, offset: int) -> Location:
    paragraph = doc.paragraph_at(offset)
    return Location(tuple(s.label.rstrip("、.，,") for s in doc.section_path(offset)), paragraph.index + 1 if paragraph else None)


class CountConflict(Message):
    """CON001: one count of one group stated twice with different values."""

    noun: str
    here: str  # the later statement, as written: 486
    there: str  # the earlier one: 484名
    line: int
    where: Location
    zh = "{noun}：此处为 {here}，但第 {line} 行（{where}）为 {there}；文中没有区分两者的限定语（范围、时段或单位）"
    en = "{noun}: {here} here, but {there} at line {line} ({where}); nothing in the text (qualifier, period, unit) tells the two groups apart"


class PartExceedsWhole(Message):
    """CON001: a count of some of the post holders (培训, 发证 …) larger than the count of them all."""

    noun: str
    part: str
    cues: str  # 发放上岗证书、培训
    whole: str
    line: int
    where: Location
    zh = "{noun}：此处（{cues}）为 {part}，多于第 {line} 行（{where}）所述的总数 {whole}；其中一部分不能多于全体"
    en = ("{noun}: {part} of them here ({cues}), more than the {whole} stated at line {line} ({where}); "
          "a part of them cannot exceed them all")


class StatedAs(Message):
    """The related location of CON001: the earlier statement."""

    noun: str
    written: str
    zh = "此处{noun}为 {written}"
    en = "{noun} stated as {written} here"


class NameVariant(Message):
    """CON002: a name in the body one character off the addressee's."""

    written: str
    name: str
    role: str
    zh = "“{written}{role}”与主送的“{name}{role}”姓名有一字之差，疑为笔误"
    en = "{written}{role} here, but the reply is addressed to {name}{role}: one character differs"


class AddressedAs(Message):
    """The related location of CON002: the addressee line."""

    name: str
    role: str
    zh = "主送为“{name}{role}”"
    en = "addressed as {name}{role}"



class PartWithin(Message):
    """``--show-relations``: a count with its qualifiers (其中, 占) against the whole it is part of."""

    noun: str
    part: str
    cues: str
    whole: str
    zh = "{noun}：{part}（{cues}）应不超过 {whole}"
    en = "{noun}: {part} ({cues}) within {whole}"


class NameChecked(Message):
    """``--show-relations``: a name in the body against the addressee's."""

    written: str
    name: str
    role: str
    zh = "{written}{role} 对照主送 {name}{role}"
    en = "{written}{role} vs addressee {name}{role}"


@rule("CON001", "count-conflict", "warning")
@english_doc(
    """The same count of the same group stated with different values in two places.

    Each exact count of a noun of the lexicon gets a key: the noun (synonyms folded: 村（居委会）
    “儿童主任” is 儿童主任), its unit (人 and 名 are one unit; a figure without a unit takes the unit
    of the others), the period it belongs to (the years and words such as 今年, 新增 before it in its
    sentence) and its qualifiers: the words of its clause that are not the figure, the noun or
    neutral words (全区, 现有, 共有 …), so that "对父母双方因外出务工暂不具备监护条件的 1291 名
    留守儿童" and "为 795 名残疾儿童发放两项补贴" are groups of their own and do not clash with
    "留守儿童 1705 人" or "18 岁以下残疾儿童 1017 人". Post holders (儿童主任, 儿童督导员: the lexicon's
    role_nouns) are one body whatever is done for them, so only words that pick out a part of them
    (新聘, 培训, 专职 …) or another place (A镇配备儿童主任 12 名) qualify them. A year in the
    paragraph or the section headings around two statements also tells them apart, and two counts
    of a noun in one sentence count two groups (158个行政村中共有贫困村103个). Counts are compared by key, never pairwise; a count per unit
    (每个村配备 1 名) and coordinated groups (737 名孤儿、事实无人抚养儿童) are not keyed. The finding
    is at the later statement and points to the earlier one.

    A count of some of the post holders (a subset cue: 培训, 表彰, 专职 …) may be smaller than all of
    them, but never larger: 全县配备儿童主任 593 名 and, in another section, 为 603 名儿童主任发放上岗
    证书并开展培训 conflict. Counts over several rounds or of those who left (the lexicon's
    role_outside_cues: 累计, 人次, 期, 退出 … in the sentence) are not parts.
    """
)
def count_conflict(doc):
    """同一群体的同一数量在两处写成了不同的数值。

    检查什么：词表中名词的每个确数都有一个键：名词（同义词合并，村（居委会）“儿童主任”即儿童主任）、
    单位（人与名同一单位，没有单位的数字取其他各处的单位）、所属时段（同一句中数字前的年份和
    “今年”“新增”等词）和限定语，即所在分句中除数字、名词和中性词（全区、现有、共有……）以外的
    文字。因此“对父母双方因外出务工暂不具备监护条件的 1291 名留守儿童”“为 795 名残疾儿童发放
    两项补贴”各自成组，不与“留守儿童 1705 人”“18 岁以下残疾儿童 1017 人”冲突。岗位人员（儿童主任、
    儿童督导员：词表的 role_nouns）无论为其做了什么都是同一批人，只有划出其中一部分的词（新聘、
    培训、专职……）或另一地方（A镇配备儿童主任 12 名）才构成限定。两处所在段落或所属标题中的年份
    不同，也视为两组；同一句中同一名词的两个数是两个群体（158个行政村中共有贫困村103个）。按键比较，不两两比较；按单位计的数（每个村配备 1 名）和并列的几个群体
    （737 名孤儿、事实无人抚养儿童）不建键。问题报在后一处，并指向前一处。

    部分与全体：岗位人员中的一部分（有“培训”“表彰”“专职”等表示部分的词）可以少于全体，但不能
    多于全体：“全县配备儿童主任 593 名”与另一部分的“为 603 名儿童主任发放上岗证书并开展培训”相互
    矛盾。多轮次的累计数和退出人数（词表的 role_outside_cues：句中有累计、人次、期、退出……）不算部分。

    为什么重要：同一批人前后数字不一，读者无从判断哪个准确，多是某处笔误或统计口径没有交代清楚。

    Incorrect:
        推荐确定 48 名镇（街道）“儿童督导员”和 484 名村（居委会）“儿童主任”。为 48 名儿童督导员、486 儿童主任发放上岗证书。

    Incorrect:
        全区现有留守儿童 1705 人。截至目前，全区现有留守儿童 1750 人。

    Correct:
        对父母双方因外出务工暂不具备监护条件的 1291 名留守儿童签订监护协议。全区现有留守儿童 1705 人。

    Incorrect:
        一、基本情况
        全县配备儿童主任 593 名。
        二、主要做法
        为 603 名儿童主任发放上岗证书并开展培训。

    Correct:
        全区现有残疾儿童 1017 人。为 795 名残疾儿童发放两项补贴。

    Correct:
        一、基本情况
        全县配备儿童主任 593 名。
        二、主要做法
        为 580 名儿童主任发放上岗证书并开展培训，累计培训儿童主任 1200 人次。
    """
    yield from _part_exceeds_whole(doc)
    compared, found = _compare_counts(doc)
    disagreeing = {later.start for _, later in found}
    for first, later in compared:
        shown = Versus(f"{subjects(doc)[later.start].noun}: {as_written(doc, first)}", as_written(doc, later))
        yield Checked(later.start, later.end, "count", shown, later.start not in disagreeing)
    for first, later in found:
        noun = subjects(doc)[later.start].noun
        line, _ = doc.plain_position(first.start)
        yield Hit(
            later.start,
            later.end,
            CountConflict(noun, as_written(doc, later), as_written(doc, first), line, _location(doc, first.start)),
            (RelatedHit(first.start, first.end, StatedAs(noun, as_written(doc, first))),),
            figures=(first.start, later.start),
        )


@lru_cache(maxsize=16)
def _subset_cue_regex(lexicon):
    return compile_re("|".join(re.escape(w) for w in sorted(lexicon.subset_cues, key=len, reverse=True)))


def _part_exceeds_whole(doc):
    """Post holders: a count of some of them (培训, 表彰, 发证 …: a subset cue) may differ from
    their count, but never exceed it (全县配备儿童主任 593 名 … 为 603 名儿童主任发放上岗证书并开展
    培训). Compared: the same post, place words and period, one unit, no year around that tells the
    two apart; a count over several rounds or of those who left (累计, 人次, 退出 …) is not a part."""
    lexicon = doc.lexicon
    if not any(noun in doc.plain for noun in lexicon.role_nouns):
        return
    stated = []  # (subject, figure, clause start, clause, subset cues) of every count of a post
    for q, subject in _counts_of_a_group(doc):
        if subject.noun not in lexicon.role_nouns or not q.unit:
            continue
        start, end = clause_bounds(doc.plain, q.start, q.end)
        clause = doc.plain[start:end]
        stated.append((subject, q, start, clause, tuple(w for w in lexicon.subset_cues if w in clause)))
    # Only a post counted both as a part and as a whole is compared: the rest need no key.
    part_nouns = {subject.noun for subject, _, _, _, cues in stated if cues}
    whole_nouns = {subject.noun for subject, _, _, _, cues in stated if not cues}
    wholes, parts = [], []
    sentence_words: dict[int, list[str]] = {}
    for subject, q, start, clause, cues in stated:
        if subject.noun not in part_nouns or subject.noun not in whole_nouns:
            continue
        sentence = doc.sentence_at(q.start)
        around = doc.plain[sentence.start : sentence.end] if sentence else clause
        if _DISTRIBUTIVE.search(doc.plain, start, q.start) or any(w in around for w in lexicon.role_outside_cues):
            continue
        place = _strip(doc, _subset_cue_regex(lexicon).sub("", subject.modifiers))  # A镇, not 优秀
        key = subject.noun, place, _period(doc, q, start, sentence_words), unit_group(q)
        (parts if cues else wholes).append((key, q, cues))
    for key, part, cues in parts:
        low, _ = part.interval()
        for whole_key, whole, _ in wholes:
            if whole_key != key or not _same_time(doc, whole, part):
                continue
            _, high = whole.interval()
            shown = PartWithin(key[0], as_written(doc, part), "、".join(cues), as_written(doc, whole))
            yield Checked(part.start, part.end, "count", shown, low <= high)
            if low > high:
                line, _ = doc.plain_position(whole.start)
                yield Hit(
                    part.start,
                    part.end,
                    PartExceedsWhole(key[0], as_written(doc, part), "、".join(cues), as_written(doc, whole), line,
                                     _location(doc, whole.start)),
                    (RelatedHit(whole.start, whole.end, StatedAs(key[0], as_written(doc, whole))),),
                    figures=(whole.start, part.start),
                )
                break


def _compare_counts(doc) -> tuple[list[tuple[Quantity, Quantity]], list[tuple[Quantity, Quantity]]]:
    """The pairs of statements of one key that were compared (earlier, later), and those that disagree."""
    compared, found = [], []
    seen: dict[tuple, list[tuple[str | None, Quantity]]] = {}
    cell = in_table(doc)
    candidates = [(q, subject) for q, subject in _counts_of_a_group(doc) if not cell(q.start)]
    # A key is built part by part, each part only for the figures whose key so far another figure
    # shares: a figure alone with its noun or its qualifiers is compared with nothing.
    candidates = _shared(candidates, lambda q, subject: subject.noun)
    qualified = []
    for q, subject in candidates:
        start, end = clause_bounds(doc.plain, q.start, q.end)
        if not _DISTRIBUTIVE.search(doc.plain, start, q.start):  # "一个村至少配备 1 名儿童主任": a count per unit
            qualified.append((q, subject.noun, start, _qualifiers(doc, q, subject, start, end)))
    sentence_words: dict[int, list[str]] = {}
    for q, noun, start, qualifiers in _shared(qualified, lambda q, noun, start, qualifiers: (noun, qualifiers)):
        key = noun, _period(doc, q, start, sentence_words), qualifiers
        group = unit_group(q) if q.unit else None
        earlier = seen.setdefault(key, [])
        match = next((e for g, e in earlier if g is None or group is None or g == group), None)
        if match is None:
            earlier.append((group, q))
            continue
        if doc.sentence_at(match.start) is doc.sentence_at(q.start):
            continue  # "全县158个行政村中共有贫困村103个": two counts of a noun in one sentence count two groups
        compared.append((match, q))
        low, high = q.interval()
        m_low, m_high = match.interval()
        if (low > m_high or high < m_low) and _same_time(doc, match, q):
            found.append((match, q))
    return compared, found


@per_document
def _counts_of_a_group(doc) -> list[tuple[Quantity, Subject]]:
    """Each exact count with the one noun it counts (not a coordination of several), in order."""
    subject_of = subjects(doc)
    return [(q, subject) for q in doc.numbers
            if (subject := subject_of.get(q.start)) is not None and not subject.combined and _exact_count(q)]


def _exact_count(q: Quantity) -> bool:
    """An exact count of things: in a discrete unit (not a rate such as 人/月) or in none."""
    if q.kind != KIND_QUANTITY or not q.exact or q.unit_class not in ("discrete", ""):
        return False
    return not q.unit or unit_group(q) is not None


def _shared(items: list[tuple], key) -> list[tuple]:
    """The items whose key (of the item's fields) at least one other item has, in their order."""
    keys = [key(*item) for item in items]
    counts = Counter(keys)
    return [item for item, k in zip(items, keys) if counts[k] > 1]


def _period(doc, q: Quantity, clause_start: int, sentence_words: dict[int, list[str]]) -> tuple[str, ...]:
    """The years and period words (今年, 新增 …) before a figure in its sentence. sentence_words
    remembers the period words of each sentence asked about: only those can be before a figure."""
    plain = doc.plain
    sentence = doc.sentence_at(q.start)
    if sentence is None:
        context, words = plain[max(clause_start, q.start - 200) : q.start], doc.lexicon.period_words
    else:
        context = plain[max(sentence.start, q.start - 200) : q.start]
        words = sentence_words.get(sentence.start)
        if words is None:
            text = plain[sentence.start : sentence.end]
            words = sentence_words[sentence.start] = [w for w in doc.lexicon.period_words if w in text]
    years = tuple(_YEAR.findall(context)) if "年" in context else ()  # the pattern needs a 年
    return years + tuple(w for w in words if w in context)


def _qualifiers(doc, q: Quantity, subject, start: int, end: int) -> tuple[str, ...]:
    """The words of a figure's clause (plain[start:end]) that pick out a group of its noun."""
    clause = doc.plain[start:end]
    if subject.noun in doc.lexicon.role_nouns:
        # a part of them (新聘, 培训 …) or another place (A镇配备儿童主任 12 名)
        return tuple(w for w in doc.lexicon.subset_cues if w in clause) + (_strip(doc, subject.modifiers),)
    # its own item of a 、 list, and what the clause says of the whole list, after it ("…发放孤儿养育
    # 津贴") or before it ("城市低保户21户、低保对象28人" is not "农村低保户873户、低保对象1355人")
    items = clause.split("、")
    if len(items) == 1:
        whole = _strip(doc, clause)
        return whole, whole, whole
    offset, own = start, items[-1]
    for item in items:
        if offset <= q.start < offset + len(item):
            own = item
            break
        offset += len(item) + 1
    return _strip(doc, own), _strip(doc, items[-1]), _strip(doc, items[0])


def _same_time(doc, first: Quantity, later: Quantity) -> bool:
    """No year in the paragraphs or headings around two statements tells them apart (a section
    "2022年工作情况" and a section "2023年工作计划"). Asked only of statements that disagree."""
    return _years_around(doc, first) == _years_around(doc, later)


def _years_around(doc, q: Quantity) -> set[str]:
    paragraph = doc.paragraph_at(q.start)
    years = set(_YEAR.findall(doc.plain, max(paragraph.start if paragraph else 0, q.start - 300), q.start))
    for section in doc.section_path(q.start):
        heading = doc.paragraph_at(section.start)
        if heading:
            years.update(_YEAR.findall(doc.plain, heading.start, min(heading.end, heading.start + 60)))
    return years


def _strip(doc, text: str) -> str:
    """What narrows a group: the text without figures, count nouns, neutral and period words
    (remembered per document: the items of a list share their clause)."""
    memo = _stripped(doc)
    if text not in memo:
        memo[text] = _strip_regex(doc.lexicon).sub("", text)
    return memo[text]


@per_document
def _stripped(doc) -> dict[str, str]:
    """Clause text -> what of it narrows a group, filled by :func:`_strip`."""
    return {}


# Unicode White_Space: what \s is to regex; re's \s takes \x1c-\x1f as well.
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


@lru_cache(maxsize=16)
def _strip_regex(lexicon):
    """Python's re, not regex: on this alternation of a hundred words it is three times faster."""
    words = set(lexicon.noun_canonical) | set(lexicon.neutral_words) | set(lexicon.period_words)
    figures = r"[0-9]+(?:\.[0-9]+)?[ \t]*(?:万|亿)?[ \t]*(?:" + lexicon.unit_pattern + r")?"
    marks = "[" + _WHITE_SPACE + r"“”‘’\"'()（）《》、]"
    # The lookahead on the first characters lets most positions fail at once instead of trying every word.
    first = "[0-9" + marks[1:-1] + re.escape("".join(sorted({w[0] for w in words}))) + "]"
    # longest first; the same pattern in every process (a set's order is not), so its stored state is found
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return compile_re(f"(?={first})(?:{figures}|{marks}|{alternatives})")


# --- CON002 -----------------------------------------------------------------------------------

# The addressee of a reply: 和玉龙代表： / 尊敬的王小明委员： on a line of its own.
_THREE_HAN = lazy(r"\p{Han}{3}")
_ADDRESSEE = lazy(r"^[ \t]*(?:尊敬的)?[ \t]*(?P<name>\p{Han}{3})[ \t]*(?P<role>代表|委员)[ \t]*(?:[:：,，]|$)", MULTILINE)
# Characters no name is written with that stand just before a role word (全体代表, 政协委员, 人大代表 …).
_NOT_IN_NAME = set("的了或等各位名个是在为对向被由把将从全体人大政协县市区省镇乡村级届次代表委员")


def _addressee_lines(plain: str):
    """_ADDRESSEE matched on the lines whose role word stands within a few characters of the start."""
    for role in ("代表", "委员"):
        at = plain.find(role)
        while at >= 0:
            line_start = plain.rfind("\n", 0, at) + 1
            if at - line_start <= 10 and (m := _ADDRESSEE.match(plain, line_start)):
                yield m
            at = plain.find(role, at + 2)


@rule("CON002", "name-variant", "warning")
@english_doc(
    """The person a reply is addressed to written another way in its body: ``和玉龙代表：`` above,
    ``何玉龙代表提出…`` below. A three-character name before 代表/委员 that differs from the
    addressee's in one character only, in the same role, is taken for a slip.

    Only the addressee on a line of its own gives a name (its bounds are certain); the other
    spelling must stand before the same role word. Two persons addressed together, or a name
    that is itself addressed, are left alone.
    """
)
def name_variant(doc):
    """答复正文中把主送人的姓名写成了另一个样子。

    检查什么：主送行写“和玉龙代表：”，正文却写“何玉龙代表提出……”。“代表”“委员”前的三字姓名与
    主送人的姓名只差一个字、称谓相同，视为笔误。只从单独成行的主送行取姓名（其边界确定），另一写法
    必须出现在同一称谓之前。同时主送两人，或该姓名本身也在主送之列的，不报。

    为什么重要：把提出人的姓名写错是对代表、委员的失礼，也是建议、提案答复审核的必查项。

    Incorrect:
        和玉龙代表：
        您提出的建议已交我们办理。现将办理情况答复如下：何玉龙代表提出完善集体公墓的建议，我局将认真采纳。

    Correct:
        和玉龙代表：
        您提出的建议已交我们办理。现将办理情况答复如下：和玉龙代表提出完善集体公墓的建议，我局将认真采纳。
    """
    plain = doc.plain
    if "代表" not in plain and "委员" not in plain:
        return
    addressees = sorted((m for m in _addressee_lines(plain) if not set(m.group("name")) & _NOT_IN_NAME), key=lambda m: m.start())
    if not addressees:
        return
    names = {m.group("name") for m in addressees}
    for address in addressees[:1]:  # the salutation: the first addressee line
        name, role = address.group("name"), address.group("role")
        at = plain.find(role, address.end())
        reported = set()
        while at >= 0:
            written = plain[at - 3 : at] if at >= 3 else ""
            if (
                len(written) == 3
                and not plain.startswith("会", at + len(role))  # 村民委员会 is a body, not a person
                and written not in names
                and written not in reported
                and sum(a != b for a, b in zip(written, name)) == 1
                and not set(written) & _NOT_IN_NAME
                and _THREE_HAN.fullmatch(written)
            ):
                reported.add(written)
                yield Checked(at - 3, at, "name", NameChecked(written, name, role), False)
                yield Hit(
                    at - 3,
                    at,
                    NameVariant(written, name, role),
                    (RelatedHit(address.start("name"), address.end("name"), AddressedAs(name, role)),),
                )
            at = plain.find(role, at + len(role))


# --- CON003: thresholds that overlap at their boundary ---------------------------------------------


class OverlappingThresholds(Message):
    """CON003: one figure stated as the bound of both 以上 and 以下 tiers."""

    figure: str
    upper: str = "以上"  # the bounds as written: 以上 or 及以上
    lower: str = "以下"
    zh = "“{figure}{upper}”与“{figure}{lower}”都包含 {figure}（“以上”“以下”均含本数），恰为 {figure} 的情形两头都算；一头应写作“不满{figure}”或“超过{figure}”"
    en = ("“{figure}{upper}” and “{figure}{lower}” both include {figure} (以上 and 以下 include the number itself), "
          "so a case of exactly {figure} falls under both; write 不满{figure} or 超过{figure} for one of them")


class OtherTier(Message):
    """The related location of CON003: the other tier."""

    figure: str
    bound: str
    zh = "此处为“{figure}{bound}”"
    en = "{figure}{bound} here"


# "人口规模在1000人以上的村", "1000人以下的村": a figure, its unit, then the bound. 及以上 says the same.
_THRESHOLD = lazy(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)[ \t]*+(万|亿)?(\p{Han}{0,3}?)(及?以上|及?以下)")
# Statutes state penalty ranges with both bounds on purpose (处三年以上七年以下有期徒刑, 处1000元以上
# 5000元以下罚款): ranges to choose within, not tiers that classify.
_EXCLUSIVE = lazy(r"[ \t]*+\((?:不含|不包括|不包含)")
_PENALTY = lazy(r"有期徒刑|拘役|管制|罚款|罚金|处")  # 处 also covers 处罚, 处以, 并处


@rule("CON003", "overlapping-thresholds", "warning")
@english_doc(
    """One figure as the bound of both a 以上 tier and a 以下 tier: ``1000人以上的村…可以单独建设``
    and ``1000人以下的村…不允许``. 以上 and 以下 include the number itself (the 立法技术规范 and
    common usage), so a village of exactly 1000 falls under both rules; one side should read
    不满1000人 or 超过1000人.

    The same figure and unit on both sides, anywhere in the document. Penalty ranges of a statute
    (处三年以上七年以下有期徒刑, 处1000元以上5000元以下罚款) are ranges to choose within and are
    left alone.
    """
)
def overlapping_thresholds(doc):
    """同一数值既作“以上”又作“以下”的界限，两档在该数值处重叠。

    检查什么：文中有“1000人以上的村……可以单独建设”，又有“1000人以下的村……不允许”。“以上”“以下”
    都包含本数（立法技术规范与通常用法），恰好 1000 人的村两条都适用；一头应写作“不满1000人”或
    “超过1000人”。数值与单位相同即比较，不论相隔多远。法律条文中的处罚幅度（处三年以上七年以下
    有期徒刑、处1000元以上5000元以下罚款）是在其中裁量的幅度，不是分档，不报。

    为什么重要：分档的界限重叠，恰在界限上的对象无所适从，政策执行时必生争议。

    Incorrect:
        人口规模在1000人以上的村（社区）可以单独建设村级公益性公墓。人口规模在1000人以下的村（社区），原则上不允许再单独申请建设村级公墓。

    Correct:
        人口规模在1000人以上的村（社区）可以单独建设村级公益性公墓。人口规模不满1000人的村（社区），原则上不允许再单独申请建设村级公墓。

    Correct:
        对情节严重的，处三年以上七年以下有期徒刑；情节较轻的，处三年以下有期徒刑。
    """
    plain = doc.plain
    if "以上" not in plain or "以下" not in plain:
        return
    in_cell = in_table(doc)
    first: dict[tuple[str, str, str], dict[bool, regex.Match]] = {}
    for m in _THRESHOLD.finditer(plain):
        if in_cell(m.start()) or _PENALTY.search(plain, max(0, m.start() - 4), min(len(plain), m.end() + 12)):
            continue
        if _EXCLUSIVE.match(plain, m.end(), m.end() + 8):
            continue  # "60周岁以下(不含60周岁)": the bound is left out, no tier holds it twice
        figure = (m.group(1), m.group(2) or "", m.group(3))
        above = m.group(4).endswith("以上")
        seen = first.setdefault(figure, {})
        other = seen.get(not above)
        if other is not None and above not in seen:
            written = "".join(figure)
            yield Checked(m.start(), m.end(), "thresholds", f"{written}{other.group(4)} / {written}{m.group(4)}", False)
            upper, lower = (m, other) if above else (other, m)
            yield Hit(m.start(1), m.end(), OverlappingThresholds(written, upper.group(4), lower.group(4)),
                      (RelatedHit(other.start(1), other.end(), OtherTier(written, other.group(4))),))
        seen.setdefault(above, m)


# --- CON004: the proposal a reply answers, named one way in its title and another in its opening ----


class ReferenceChecked(Message):
    """``--show-relations``: the proposal or session a reply's opening answers against its title's."""

    said: str
    titled_as: str
    zh = "{said} 对照标题中的 {titled_as}"
    en = "{said} vs title {titled_as}"


class ReferenceDiffers(Message):
    """CON004: the proposal's number or session in a reply's opening differs from its title's."""

    body: str
    title: str
    zh = "正文开头所答的“{body}”与标题中的“{title}”不一致：一件答复只答一件提案或建议，应核对编号、届次"
    en = "the opening answers {body}, the title {title}: a reply answers one proposal; check its number and session"


class TitleNames(Message):
    """The related location of CON004: the title's reference."""

    title: str
    zh = "标题为“{title}”"
    en = "the title names {title}"


# "第82号建议", "第0019号代表建议", "（第15号提案）", "建议第200号", "…的提案》（第25号）": a proposal's number (leading zeros
# are a numbering style: 第010号 is 第10号). A reply's own 文号 (岳民字〔2018〕4号) names no 提案/建议.
_PROPOSAL_NUMBER = lazy(
    r"第[ \t]*+([0-9]{1,5})[ \t]*+号[ \t]*+(?:代表|委员)?(?:提案|建议|议案)|(?:提案|建议|议案)》?[ \t]*+\(?[ \t]*+第[ \t]*+([0-9]{1,5})[ \t]*+号"
)
# "十一届四次会议", "第十八届人民代表大会第五次会议", "第十届委员会第一次会议": a session.
_SESSION = lazy(
    r"第?([一二三四五六七八九十]{1,3})届[^，,。；;\n]{0,10}?第?([一二三四五六七八九十]{1,3})次(?:全体)?会议"
)
# The salutation (张三代表：, 市政协提案委员会：): a short line ending with a colon, before any 。.
_SALUTATION = lazy(r"^[^\n。:：]{1,30}[:：][ \t]*$", flags=MULTILINE)
_OPENING_REACH = 400  # characters after the salutation where a reply says what it answers
_ANSWERS = lazy(r"提案|建议|议案")  # in a reply's title: what it answers
_REPORT = lazy(r"报告|讲话")  # a title of a report on the proposals of a term, given at the next session


@rule("CON004", "reference-mismatch", "warning")
@english_doc(
    """A reply whose opening names another proposal than its title: the title answers
    ``第18号建议`` of ``三届人大二次会议``, the opening says ``您提出的…（第81号）`` or
    ``您在三届人大三次会议上提出的…``: one of them was copied from another reply.

    Only a title that names exactly one number (or one session) is compared, with what the first
    few hundred characters after the salutation name; leading zeros are a numbering style
    (第010号 is 第10号). A reply that answers several proposals together names them all in its
    title, and is left alone; so is a text whose title names no 提案, 建议 or 议案 (a 政府工作报告
    to 各位代表 names the sessions before its own), and a report on them (关于五年来提案工作情况的报告,
    given at the next term's first session).
    """
)
def reference_mismatch(doc):
    """答复正文开头所答的提案（建议）与标题不一致。

    检查什么：标题是“关于三届人大二次会议第18号建议的答复”，正文开头却写“您提出的……（第81号）收悉”
    或“您在三届人大三次会议上提出的……”：编号或届次与标题不符，多是套用其他答复时漏改。只在标题只
    列一个编号（或一个届次）时比较，比较范围为称呼之后的几百字；编号前的 0 是编号格式（第010号即
    第10号）。合并答复多件提案的，标题会一并列出，不报；标题中没有“提案”“建议”“议案”的（向
    “各位代表”所作的政府工作报告会提到以前各次会议），以及关于提案工作的报告（关于五年来提案工作情况的报告，在下一届
    第一次会议上所作），不报。

    为什么重要：答错了编号，等于答非所问；承办单位和代表委员都靠编号对应提案和答复。

    Incorrect:
        关于县政协十届五次会议第52号提案的答复
        张三委员：
        您在县政协十届五次会议上提出的《关于加强农村养老服务的提案》（第25号）收悉。现答复如下：

    Incorrect:
        对共青城市三届人大二次会议第18号建议的答复
        李四代表：
        您在市三届人大三次会议上提出的《关于加快养老服务设施建设的建议》收悉。现答复如下：

    Correct:
        关于县政协十届五次会议第010号提案的答复
        张三委员：
        您在县政协十届五次会议上提出的《关于加强农村养老服务的提案》（第10号）收悉。现答复如下：
    """
    plain = doc.plain
    if "号" not in plain and "会议" not in plain:
        return
    salutation = _SALUTATION.search(plain, 0, plain.find("。") if "。" in plain else len(plain))
    if salutation is None or not _ANSWERS.search(plain, 0, salutation.start()):
        return  # no reply: a 政府工作报告 to 各位代表 names the sessions before its own
    if _REPORT.search(plain, 0, salutation.start()) and "答复" not in plain[: salutation.start()]:
        return  # "关于五年来提案工作情况的报告——在政协…第十三届委员会第一次会议上": a report, no reply
    opening_end = min(len(plain), salutation.end() + _OPENING_REACH)
    for pattern, read, shown in ((_PROPOSAL_NUMBER, _number, _number_shown), (_SESSION, _session, _session_shown)):
        titled = [(m, read(m)) for m in pattern.finditer(plain, 0, salutation.start())]
        if len({value for _, value in titled}) != 1:
            continue  # no reference in the title, or several (a joint reply)
        title, value = titled[-1]
        stated = [(m, read(m)) for m in pattern.finditer(plain, salutation.end(), opening_end)]
        if not stated:
            continue
        m = stated[0][0]
        holds = any(v == value for _, v in stated)
        said, titled_as = shown(m), shown(title)
        yield Checked(m.start(), m.end(), "reference", ReferenceChecked(said, titled_as), holds)
        if not holds:
            yield Hit(m.start(), m.end(), ReferenceDiffers(said, titled_as),
                      (RelatedHit(title.start(), title.end(), TitleNames(titled_as)),))


def _number_shown(m) -> str:
    return f"第{_number(m)}号"  # not 建议》(第56号 as matched


def _session_shown(m) -> str:
    return "".join(m.group().split())


def _number(m) -> int:
    return int(m.group(1) or m.group(2))


def _session(m) -> tuple[int | None, int | None]:
    return cn_int(m.group(1)), cn_int(m.group(2))
