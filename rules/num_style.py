"""NUM005–NUM006: how a figure is written (a fractional head count, 余 after a precise number)."""

from __future__ import annotations

import regex

from auditor.lazyre import lazy
from auditor.numbers import clause_before
from auditor.registry import Hit, rule

# An average or a rate may be fractional: 户均2.5人, 平均每村3.5名, 每千名老人拥有床位35.5张, 发病率3.5例.
_AVERAGE = lazy(r"均|每|率|比例|密度")


@rule("NUM005", "fractional-count", "warning")
def fractional_count(doc):
    """A count of things that cannot be split (件, 人, 户, 所 …: ``discrete_units`` in the
    lexicon) written with decimals and no multiplier: 6.67件(套), 3.5人. With a multiplier the
    figure is rounded (6.67万件), measures take decimals (6697.1吨), and so do averages and rates
    (户均2.5人, 每千人3.5张床位).

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
        if q.unit == "个" and _measure_follows(doc, q.end):
            continue  # 0.5个工作日, 1.5个季度
        before = clause_before(doc, q)
        if _AVERAGE.search(before) or before.rstrip(" \t").endswith("》"):
            continue  # an average or rate, or a clause number (《办法》3.2条)
        yield Hit(q.start, q.end,
                  f"{plain[q.start:q.end].strip()}: a count of {q.unit} cannot be fractional; expected a whole "
                  f"number (or {q.text}万{q.unit} if ten-thousands were meant)")


@rule("NUM006", "approximate-precise", "warning")
def approximate_precise(doc):
    """余/多 after a number that is not round: 11余件, 46余所 ("more than 11" of a figure stated to
    the unit); and N余万 where N is not round (15余万元 says "more than 15 ten-thousands"; write
    15万余元). 300余单, 10余万元, 3.8万余份, 50多人 are fine.

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
            tail = regex.sub(r"[ \t]", "", written[written.index(q.approx) + 1 :])  # 万元
            multiplier = tail[: len(tail) - len(q.unit)] if q.unit and tail.endswith(q.unit) else tail
            fix = f"{digits}{multiplier}{q.approx}{q.unit}"
            yield Hit(q.start, q.end,
                      f"{written}: {q.approx} after {digits}, which is not round, blurs a digit the figure states; "
                      f"write {fix} (a little over {digits}{multiplier}{q.unit})")
        else:
            round_down = int(digits) // 10 * 10 if "." not in digits else 0
            other = f", or {round_down}{q.approx}{q.unit}" if round_down else ""
            yield Hit(q.start, q.end,
                      f"{written}: {q.approx} ('more than') after {digits}, which is not a round number; "
                      f"expected {digits}{q.unit} if exact{other}")


def _measure_follows(doc, offset: int) -> bool:
    lexicon = doc.lexicon
    after = doc.plain[offset : offset + 4].lstrip(" \t")
    return after.startswith(tuple(lexicon.measure_units) + tuple(lexicon.periods))
