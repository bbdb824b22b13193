"""NUM009: a count of people (or places, or registrations) written without its unit, run straight into the next words."""

from __future__ import annotations

from auditor.lazyre import lazy
from auditor.messages import Message, english_doc
from auditor.registry import Hit, rule
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
    (儿童主任634，) or a space (a table, a list) is a style, and is left alone; so is a figure
    followed by a unit, a multiplier, a blur word or a range.
    """
)
def count_without_unit(doc):
    """人数后没有单位，直接连着下文。

    检查什么：紧跟在所计对象之后、没有单位的人数（或站点数、登记数），直接连着后面的文字，或在段末而
    没有标点：原有的单位和标点丢了（孤儿22每人每月……，原为 孤儿22人，每人每月……；未保工作站18设立……，
    原为 未保工作站18个，设立……）。不带单位但后接标点（儿童主任634，）
    或空格（表格、清单）的，是一种写法，不报；后接单位、“万”“亿”、模糊词或区间的，也不报。

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
    counted = [(noun, unit) for nouns, unit in ((lexicon.person_nouns, "人"), (lexicon.place_nouns, "个"),
                                                 (lexicon.record_nouns, "件")) for noun in nouns]
    for q in doc.numbers:
        if q.kind != "quantity" or q.unit or q.chinese or not q.exact or not q.text.isdigit():
            continue
        before = plain[max(0, q.start - 8) : q.start]
        unit = next((unit for noun, unit in counted if before.endswith(noun)), None)
        if unit is None:
            continue
        after = plain[q.end : q.end + 1]
        if after in ("", "\n"):
            line_start = plain.rfind("\n", 0, q.start) + 1
            if "\t" in plain[line_start : q.end] or in_table(doc)(q.start):
                continue
            said = EndsParagraph()
        elif _is_han(after) and after not in followers:
            if in_table(doc)(q.start):
                continue
            said = RunsInto(plain[q.end : q.end + 4])
        else:
            continue
        words = _CLAUSE_TAIL.search(plain[max(0, q.start - _WORDS_SHOWN) : q.start]).group()
        yield Hit(q.start, q.end, CountWithoutUnit(words, q.text, said, unit))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
