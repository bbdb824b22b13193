"""CON: the same figure stated twice with different values."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import regex

from auditor.numbers import KIND_QUANTITY, Quantity, as_written, clause_bounds, subjects, unit_group
from auditor.memo import per_document
from auditor.registry import Checked, Hit, RelatedHit, rule
from auditor.tables import in_table

_YEAR = regex.compile(r"(?:19|20)\d\d(?=[ \t]*年)")
_DISTRIBUTIVE = regex.compile(r"每|一个|各")


@rule("CON001", "count-conflict", "warning")
def count_conflict(doc):
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
    paragraph or the section headings around two statements also tells them apart. Counts are compared by key, never pairwise; a count per unit
    (每个村配备 1 名) and coordinated groups (737 名孤儿、事实无人抚养儿童) are not keyed. The finding
    is at the later statement and points to the earlier one.

    A count of some of the post holders (a subset cue: 培训, 表彰, 专职 …) may be smaller than all of
    them, but never larger: 全县配备儿童主任 593 名 and, in another section, 为 603 名儿童主任发放上岗
    证书并开展培训 conflict. Counts over several rounds or of those who left (the lexicon's
    role_outside_cues: 累计, 人次, 期, 退出 … in the sentence) are not parts.

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
        shown = f"{subjects(doc)[later.start].noun}: {as_written(doc, first)} vs {as_written(doc, later)}"
        yield Checked(later.start, later.end, "count", shown, later.start not in disagreeing)
    for first, later in found:
        noun = subjects(doc)[later.start].noun
        line, _ = doc.plain_position(first.start)
        where = doc.describe_location(first.start)
        yield Hit(
            later.start,
            later.end,
            f"{noun}: {as_written(doc, later)} here, but {as_written(doc, first)} at line {line} ({where}); "
            f"nothing in the text (qualifier, period, unit) tells the two groups apart",
            (RelatedHit(first.start, first.end, f"{noun} stated as {as_written(doc, first)} here"),),
            figures=(first.start, later.start),
        )


@lru_cache(maxsize=16)
def _subset_cue_regex(lexicon):
    return re.compile("|".join(re.escape(w) for w in sorted(lexicon.subset_cues, key=len, reverse=True)))


def _part_exceeds_whole(doc):
    """Post holders: a count of some of them (培训, 表彰, 发证 …: a subset cue) may differ from
    their count, but never exceed it (全县配备儿童主任 593 名 … 为 603 名儿童主任发放上岗证书并开展
    培训). Compared: the same post, place words and period, one unit, no year around that tells the
    two apart; a count over several rounds or of those who left (累计, 人次, 退出 …) is not a part."""
    lexicon = doc.lexicon
    if not any(noun in doc.plain for noun in lexicon.role_nouns):
        return
    subject_of = subjects(doc)
    wholes, parts = [], []
    sentence_words: dict[int, list[str]] = {}
    for q in doc.numbers:
        subject = subject_of.get(q.start)
        if subject is None or subject.combined or subject.noun not in lexicon.role_nouns or not _exact_count(q) or not q.unit:
            continue
        start, end = clause_bounds(doc.plain, q.start, q.end)
        clause = doc.plain[start:end]
        sentence = doc.sentence_at(q.start)
        around = doc.plain[sentence.start : sentence.end] if sentence else clause
        if _DISTRIBUTIVE.search(doc.plain, start, q.start) or any(w in around for w in lexicon.role_outside_cues):
            continue
        cues = tuple(w for w in lexicon.subset_cues if w in clause)
        place = _strip(doc, _subset_cue_regex(lexicon).sub("", subject.modifiers))  # A镇, not 优秀
        key = subject.noun, place, _period(doc, q, start, sentence_words), unit_group(q)
        (parts if cues else wholes).append((key, q, cues))
    for key, part, cues in parts:
        low, _ = part.interval()
        for whole_key, whole, _ in wholes:
            if whole_key != key or not _same_time(doc, whole, part):
                continue
            _, high = whole.interval()
            shown = f"{key[0]}: {as_written(doc, part)} ({'、'.join(cues)}) within {as_written(doc, whole)}"
            yield Checked(part.start, part.end, "count", shown, low <= high)
            if low > high:
                line, _ = doc.plain_position(whole.start)
                yield Hit(
                    part.start,
                    part.end,
                    f"{key[0]}: {as_written(doc, part)} of them here ({'、'.join(cues)}), more than the "
                    f"{as_written(doc, whole)} stated at line {line} ({doc.describe_location(whole.start)}); "
                    f"a part of them cannot exceed them all",
                    (RelatedHit(whole.start, whole.end, f"{key[0]} stated as {as_written(doc, whole)} here"),),
                    figures=(whole.start, part.start),
                )
                break


def _compare_counts(doc) -> tuple[list[tuple[Quantity, Quantity]], list[tuple[Quantity, Quantity]]]:
    """The pairs of statements of one key that were compared (earlier, later), and those that disagree."""
    compared, found = [], []
    seen: dict[tuple, list[tuple[str | None, Quantity]]] = {}
    subject_of = subjects(doc)
    cell = in_table(doc)
    candidates = [
        (q, subject)
        for q in doc.numbers
        if (subject := subject_of.get(q.start)) is not None and not subject.combined and _exact_count(q) and not cell(q.start)
    ]
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
        compared.append((match, q))
        low, high = q.interval()
        m_low, m_high = match.interval()
        if (low > m_high or high < m_low) and _same_time(doc, match, q):
            found.append((match, q))
    return compared, found


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
    # its own item of a 、 list, and what the clause says of the whole list ("…发放孤儿养育津贴")
    items = clause.split("、")
    offset, own = start, items[-1]
    for item in items:
        if offset <= q.start < offset + len(item):
            own = item
            break
        offset += len(item) + 1
    return _strip(doc, own), _strip(doc, items[-1])


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
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"(?={first})(?:{figures}|{marks}|{alternatives})")


# --- CON002 -----------------------------------------------------------------------------------

# The addressee of a reply: 和玉龙代表： / 尊敬的王小明委员： on a line of its own.
_ADDRESSEE = regex.compile(r"^[ \t]*(?:尊敬的)?[ \t]*(?P<name>\p{Han}{3})[ \t]*(?P<role>代表|委员)[ \t]*(?:[:：,，]|$)", regex.MULTILINE)
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
def name_variant(doc):
    """The person a reply is addressed to written another way in its body: ``和玉龙代表：`` above,
    ``何玉龙代表提出…`` below. A three-character name before 代表/委员 that differs from the
    addressee's in one character only, in the same role, is taken for a slip.

    Only the addressee on a line of its own gives a name (its bounds are certain); the other
    spelling must stand before the same role word. Two persons addressed together, or a name
    that is itself addressed, are left alone.

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
                and regex.fullmatch(r"\p{Han}{3}", written)
            ):
                reported.add(written)
                yield Checked(at - 3, at, "name", f"{written}{role} vs addressee {name}{role}", False)
                yield Hit(
                    at - 3,
                    at,
                    f"{written}{role} here, but the reply is addressed to {name}{role}: one character differs",
                    (RelatedHit(address.start("name"), address.end("name"), f"addressed as {name}{role}"),),
                )
            at = plain.find(role, at + len(role))
