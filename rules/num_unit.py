"""NUM009: a count of people written without its unit, run straight into the next words."""

from __future__ import annotations

import regex

from auditor.registry import Hit, rule
from auditor.tables import in_table

_CLAUSE_TAIL = regex.compile(r"\p{Han}*$")


@rule("NUM009", "count-without-unit", "warning")
def count_without_unit(doc):
    """A head count written right after what it counts, with no unit, that runs straight into the
    next words or ends its paragraph with no punctuation: text was lost where the unit and a mark
    stood (孤儿22每人每月… for 孤儿22人，每人每月…). A bare figure followed by a mark
    (儿童主任634，) or a space (a table, a list) is a style, and is left alone; so is a figure
    followed by a unit, a multiplier, a blur word or a range.

    Incorrect:
        我镇现有孤儿22每人每月1100元，按时足额发放。

    Incorrect:
        我镇分散特困供养人员381同时时刻关注其生活状况。

    Incorrect:
        全镇百岁老人31

    Correct:
        我镇现有孤儿22人，每人每月1100元，按时足额发放。

    Correct:
        全县共有儿童主任634，儿童督导员12。

    Correct:
        全镇百岁老人31人。
    """
    plain, lexicon = doc.plain, doc.lexicon
    nouns, followers = lexicon.person_nouns, lexicon.number_followers
    for q in doc.numbers:
        if q.kind != "quantity" or q.unit or q.chinese or not q.exact or not q.text.isdigit():
            continue
        before = plain[max(0, q.start - 8) : q.start]
        noun = next((n for n in nouns if before.endswith(n)), None)
        if noun is None:
            continue
        after = plain[q.end : q.end + 1]
        if after in ("", "\n"):
            line_start = plain.rfind("\n", 0, q.start) + 1
            if "\t" in plain[line_start : q.end] or in_table(doc)(q.start):
                continue
            said = "ends its paragraph"
        elif _is_han(after) and after not in followers:
            if in_table(doc)(q.start):
                continue
            said = f"runs straight into {plain[q.end : q.end + 4]}"
        else:
            continue
        words = _CLAUSE_TAIL.search(before).group()
        yield Hit(q.start, q.end,
                  f"{words}{q.text}: the count has no unit and {said}; its unit and a mark were probably lost "
                  f"(e.g. {words}{q.text}人，)")


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
