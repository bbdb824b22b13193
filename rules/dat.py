"""DAT: dates that cannot be read, cannot exist, or contradict the document's own date."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain

from auditor.lazyre import compile_regex, escape, lazy
from auditor.dates import WEEKDAYS, body_span, days_in_month, document_date, labelled_date, own_docno, signature_date
from auditor.findings import Severity
from auditor.lexicon import Lexicon
from auditor.messages import Message, english_doc
from auditor.registry import Checked, Hit, RelatedHit, rule


# --- messages (zh and en; auditor.messages) --------------------------------------------------------


class NotADate(Message):
    """DAT001: digits glued into a date; the dates they can stand for ((year, month, day or None))."""

    written: str
    readings: tuple
    zh = "{written} 不是有效日期，是否应为 {readings_zh}？"
    en = "{written} is not a date; did you mean {readings_en}?"

    @property
    def readings_zh(self) -> str:
        return " 或 ".join(_date_text(*r) for r in self.readings)

    @property
    def readings_en(self) -> str:
        return " or ".join(_date_text(*r) for r in self.readings)


def _date_text(year, month, day=None) -> str:
    return (f"{year}年" if year else "") + f"{month}月" + (f"{day}日" if day else "")


class YearsRunTogether(Message):
    """DAT001: the two years of a span written with no dash between them (20212030年)."""

    written: str
    first: str
    last: str
    zh = "{written} 不是有效年份，是否应为 {first}—{last}年？（两个年份之间漏了连接号）"
    en = "{written} is not a year; did you mean {first}—{last}年? (the dash between two years was lost)"


class YearTooLong(Message):
    """DAT001: a year of five or six digits (202223年春节前)."""

    written: str
    digits: int
    zh = "{written} 不是有效年份：年份写成了 {digits} 位数字"
    en = "{written} is not a year: it has {digits} digits"


class YearLost(Message):
    """DAT001: a date whose year's digits were lost (——年11月27日在…会议上)."""

    written: str
    zh = "{written} 缺少年份（“年”之前没有数字）"
    en = "{written} has lost its year (no digits before 年)"


class NoSuchMonth(Message):
    """DAT001: a month of three or four digits (2023年2023月16日)."""

    written: str
    month: str
    again: Message | None = None
    zh = "{written} 不是有效日期：{month} 不是月份{again}"
    en = "{written} is not a date: {month} is no month{again}"


class YearWrittenAgain(Message):
    year: str
    zh = "（月份处重复写了年份 {year}）"
    en = " (the year {year} written again in its place)"


class MonthMissing(Message):
    """DAT001: a month and day with no 月 (截至1227日); the readings are (None, month, day)."""

    written: str
    readings: tuple
    zh = "{written} 不是有效日期：漏写了“月”，是否应为 {readings_zh}？"
    en = "{written} is not a date: the 月 is missing; did you mean {readings_en}?"

    readings_zh = NotADate.readings_zh
    readings_en = NotADate.readings_en


class SameDateInFull(Message):
    """The related location of DAT001: the date written in full elsewhere."""

    zh = "此处完整写出了同一日期"
    en = "the same date written in full"


class ImpossibleDate(Message):
    """DAT002: a date not on the calendar, and why."""

    written: str
    reason: Message
    zh = "{written} 这一日期不存在：{reason}"
    en = "{written} does not exist: {reason}"


class NoMonth(Message):
    month: int
    zh = "没有 {month} 月"
    en = "there is no month {month}"


class NoDayZero(Message):
    zh = "没有 0 日"
    en = "there is no day 0"


class DaysInMonth(Message):
    month: int
    days: int
    zh = "{month}月只有 {days} 天"
    en = "{month}月 has {days} days"


class DaysInFebruary(Message):
    year: int
    days: int
    zh = "{year}年2月只有 {days} 天"
    en = "2月 has {days} days in {year}"


class FebruaryAtMost(Message):
    zh = "2月最多 29 天"
    en = "2月 has at most 29 days"


class DocnoYear(Message):
    """DAT003: the year in the document number is not the year of the document's own date."""

    docno: str
    year: int
    dated: str
    dated_year: int
    zh = "发文字号 {docno} 的年份为 {year}，与成文日期 {dated} 的年份 {dated_year} 不符"
    en = "the document number {docno} has the year {year}, but the document is dated {dated} ({dated_year})"


class ReportedAsPast(Message):
    """DAT003: an event reported as done on a date after the document's own date."""

    written: str
    dated: str
    read_as: Message | None = None  # 今年3月28日 read in the document's year
    zh = "{written}{read_as}：按已经发生的事叙述，却晚于成文日期 {dated}"
    en = "{written}{read_as} is reported as past, but the document is dated {dated}"


class ReadAs(Message):
    date: str
    zh = "（即 {date}）"
    en = " ({date})"


class OwnDate(Message):
    """The related location of DAT003: the document's own date."""

    zh = "成文日期"
    en = "the document's own date"


class WeekdayMismatch(Message):
    """DAT004: a weekday the calendar contradicts (weekdays numbered from Monday, 0)."""

    written: str
    actual: int
    stated: int
    assumed: Message | None = None
    zh = "{written} 是{actual_zh}，不是{stated_zh}{assumed}"
    en = "{written} falls on {actual_zh} ({actual_en}), not {stated_zh}{assumed}"

    @property
    def actual_zh(self) -> str:
        return f"星期{WEEKDAYS[self.actual]}"

    @property
    def stated_zh(self) -> str:
        return f"星期{WEEKDAYS[self.stated]}"

    @property
    def actual_en(self) -> str:
        return _ENGLISH[self.actual]


class YearAssumed(Message):
    year: int
    zh = "（年份未写，按上下文取 {year} 年）"
    en = " (in {year}, the year assumed from the context)"


class SignedOtherDay(Message):
    """DAT005: the 成文日期 field of the header and the date under the signature differ."""

    signed: str
    field: str
    zh = "落款日期为 {signed}，但文头成文日期为 {field}，两者应为同一天"
    en = "the document is signed {signed}, but its 成文日期 is given as {field}"


class DateField(Message):
    """The related location of DAT005."""

    zh = "文头的成文日期"
    en = "the 成文日期 field"

# --- DAT001 -----------------------------------------------------------------------------------

# Digits that may be a year glued to a month and day (2022822), with an optional 日 after them.
# Digits right after an identifier's characters belong to it (2022-28054, MB1A08302/2022); a dash
# typed as two hyphens (--20211228日在…会议上, for ——) is punctuation.
_NOT_ONE_HYPHEN = r"(?<!(?<!-)-)"
_AFTER_NO_CODE = r"(?<![0-9A-Za-z/.:_])" + _NOT_ONE_HYPHEN
_GLUED = lazy(r"(?<![0-9A-Za-z/._])" + _NOT_ONE_HYPHEN + r"(?P<y>(?:19|20)\d{2})(?P<md>\d{2,4})(?P<ri>[ \t]*日)?(?![0-9A-Za-z/\-.:_%‰])")
_YEAR_MONTH = lazy(_AFTER_NO_CODE + r"(?P<y>(?:19|20)\d{2})(?P<m>\d{1,2})[ \t]*月(?![龄薪])")
_MONTH_DAY = lazy(_AFTER_NO_CODE + r"(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*(?P<md>\d{3,4})[ \t]*日")
# A year written again where the month belongs (2023年2023月16日), or any month of three or four digits.
_MONTH_DAY_UNMARKED = lazy(_AFTER_NO_CODE + r"(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*(?P<md>\d{3,4})(?![0-9A-Za-z/\-.:_%‰])")
_YEARS_SPANNED = 50  # years a plan or a series spans at most: 20212030年 is 2021—2030年
_YEARS_FUSED = lazy(_AFTER_NO_CODE + r"(?P<a>(?:19|20)\d{2})(?P<b>(?:19|20)\d{2})[ \t]*年")
# A year with one or two digits too many (202223年春节前); not a span of years ago (距今20000年).
_YEAR_TOO_LONG = lazy(_AFTER_NO_CODE + r"(?P<y>(?:19|20)\d{2})(?P<x>\d{1,2})[ \t]*年(?![代前])")
_YEARS_AGO = ("距今", "约", "近", "前", "多")
# A 年 with a month and a day after it and nothing a year is written with before it (——年11月27日);
# a template's placeholder (XX年, 20xx年) is no lost year.
_YEARLESS = lazy(r"(?<![\p{Han}0-9０-９〇○Ｏ零A-Za-zＡ-Ｚａ-ｚ*＊×])年[ \t]*+(?P<m>[0-9]{1,2})[ \t]*+月[ \t]*+(?P<d>[0-9]{1,2})[ \t]*+日")
_MONTH_TOO_LONG = lazy(_AFTER_NO_CODE + r"(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*(?P<m>\d{3,4})[ \t]*月(?:[ \t]*\d{1,2}[ \t]*[日号])?")
# A month glued to its day with no 月 (截至1227日): three or four digits before 日, a date cue or a
# year word before them, and no 内/后/前 after them (于120日内 is a span of days).
_YEAR_WORD_BEFORE = lazy(r"(?:今年|去年|明年|本年|当年|同年|上年)[ \t]*$")
_SPAN_AFTER_DAY = lazy(r"[ \t]*(?:内|以内|之内|后|以后|之后|前|以前|之前|左右|起|的|工作日|时间)")
# A year running on into more digits, or into 年 and three digits: the only places where the three
# patterns above can match, found in one scan of the document instead of three. A pattern per
# century: regex finds a pattern that opens with a literal fast, one that opens with a choice slowly.
_YEAR_RUNS_ON = tuple(lazy(century + r"\d{2}(?=\d|[ \t]*年[ \t]*\d{3})") for century in ("19", "20"))
# What makes a lone run of digits a date: a date label or a date preposition just before it …
_DATE_CUE_BEFORE = lazy(r"(?:日期|时间|(?<![高低等大小多少用属位对由基关鉴终处在限源归利便易难])于|截至|截止)[ \t]*:?[ \t]*$")
# … or, for digits alone on their line, a date label on the line above, or a signature (the name of
# the issuing body) with the year written elsewhere in the document.
_LABEL_LINE = lazy(r"(?:日期|时间)[ \t]*:?[ \t]*$")
_SIGNATURE_LINE = lazy(r"(?:局|委|会|院|府|办|厅|部|处|室|所|中心|公司|小组|站|社|馆|校)[ \t]*$")
_SIGNATURE_GAP = 6  # lines from the end of the body to the signature date
_YEAR_WRITTEN = lazy(r"(?<![0-9])(?:19|20)\d{2}(?=[ \t]*年|[〕\])】-])")


def _readings(year: str, month_day: str, day_written: bool = True) -> list[tuple[int, int, int | None]]:
    """The real dates that digits glued after a year can stand for: 822 → 8月22日; 112 → 1月12日,
    11月2日; two digits with no 日 after them may also be a month (202212 → 2022年12月). A part with
    a leading zero counts only in the padded form (0822)."""
    result = []
    for cut in (1, 2):
        month, day = month_day[:cut], month_day[cut:]
        if not 1 <= len(day) <= 2 or (month_day[0] == "0" or day[0] == "0") and len(month_day) != 4:
            continue
        y, m, d = int(year), int(month), int(day)
        if 1 <= m <= 12 and 1 <= d <= days_in_month(y, m):
            result.append((y, m, d))
    if not day_written and len(month_day) == 2 and 1 <= int(month_day) <= 12:
        result.append((int(year), int(month_day), None))
    return result



class DocNumberYearChecked(Message):
    """``--show-relations``: the year of the 文号 against the year of the document's date."""

    numbered: int
    dated: int
    zh = "文号年份 {numbered} 对照成文年份 {dated}"
    en = "document number year {numbered} vs dated {dated}"


class PastChecked(Message):
    """``--show-relations``: a date reported as past against the document's own date."""

    written: str
    read_as: Message | None
    own: str
    zh = "{written}{read_as} 作为已发生的事写出，成文日期为 {own}"
    en = "{written}{read_as} reported as past, dated {own}"


class WeekdayChecked(Message):
    """``--show-relations``: the weekday of a date against the one stated (1 is Monday)."""

    date: str
    computed: int
    stated: int
    zh = "{date} 是星期{computed_zh}，文中为星期{stated_zh}"
    en = "{date} is weekday {computed}, stated {stated}"

    @property
    def computed_zh(self) -> str:
        return WEEKDAYS[self.computed - 1]

    @property
    def stated_zh(self) -> str:
        return WEEKDAYS[self.stated - 1]


class SignedChecked(Message):
    """``--show-relations``: the date under the signature against the 成文日期 field."""

    signed: str
    field: str
    zh = "落款日期 {signed} 对照成文日期栏 {field}"
    en = "signed {signed} vs 成文日期 field {field}"


@rule("DAT001", "malformed-date", "error")
@english_doc(
    """Digits glued into a date that cannot be read: a signature date typed as ``2022822``, a year
    fused with its month (``20196月``), a month fused with its day (``2021年1015日``), a month and
    day with no 月 (``截至1227日``), a year written again in the month's place (``2023年2023月16日``),
    a signature date that lost its 月 and 日 (``2021年712`` alone on its line under the issuing body),
    the two years of a span run together (``(20212030年)``: 2021—2030年), a year with digits too
    many (``202223年春节前``; not ``距今20000年``), a date whose year was lost (``——年11月27日``).
    The message gives the readings (``2022112`` is 2022年1月12日 or 2022年11月2日).

    ``1227日`` counts as a date only after 截至/截止/于/日期 or 今年 (and the like), and not before
    内/后/前 (``应于120日内``: a span of days).

    A run of digits counts as a date only where a date is expected: followed by 日, after a date
    label or 于/截至, or alone on its line under the signature, its year written elsewhere in the
    document. Identifiers, phone numbers, amounts, document and index numbers are left alone.
    """
)
def malformed_date(doc):
    """粘连在一起、无法读作日期的数字。

    检查什么：落款日期打成 ``2022822``，年与月粘连（``20196月``），月与日粘连（``2021年1015日``），
    月日之间漏了“月”（``截至1227日``），月份处又写了一遍年份（``2023年2023月16日``），落款日期漏了“月”“日”
    （``2021年712`` 在发文机关下单独成行），年份区间漏了连接号（``(20212030年)`` 即 2021—2030年），年份多了数字（``202223年春节前``；``距今20000年`` 不算），日期丢了年份（``——年11月27日``）。提示中给出
    可能的读法（``2022112`` 可读作 2022年1月12日 或 2022年11月2日）。

    ``1227日`` 只有在“截至”“截止”“于”“日期”或“今年”之类的词之后才算日期，后面接“内”“后”“前”的
    不算（``应于120日内`` 是天数）。

    一串数字只在应当写日期的地方才当作日期：后面有“日”，前面是日期标签或“于”“截至”，或在落款处
    单独成行、其年份在文中别处写过。编号、电话号码、金额、文号和索引号都不报。

    为什么重要：日期是公文的必备要素，写成一串数字既不规范，也可能读出不同的日期。

    Incorrect:
        2022年以来，我局持续开展关爱行动。感谢委员对民政工作的支持。
        天门市民政局
        2022822

    Incorrect:
        20196月，我局印发了《实施方案》。

    Incorrect:
        我局于2021年1015日召开专题会议。

    Incorrect:
        截至1227日全省202个县级单位圆满完成全年残疾人“两项补贴”资金发放任务。

    Incorrect:
        我局于2023年2023月16日召开专题会议。

    Incorrect:
        为解决困难群众生活，202223年春节前发放困难群众临时救助金。

    Correct:
        感谢委员对民政工作的支持。
        天门市民政局
        2022年8月22日

    Correct:
        索引号：MB1A08302/2022-28054，联系电话：2033119，养育费标准每人每月2016元。

    Correct:
        整改工作应于120日内完成；2022—2023年度支出科目2081107安排资金20万元。

    Correct:
        该遗址距今20000年，出土文物1200余件。
    """
    plain = doc.plain
    for candidate in chain.from_iterable(pattern.finditer(plain) for pattern in _YEAR_RUNS_ON):
        at = candidate.start()
        if m := _GLUED.match(plain, at):
            readings = _readings(m.group("y"), m.group("md"), day_written=bool(m.group("ri")))
            if readings and (m.group("ri") or _date_cue(doc, m) or _alone_as_date(doc, m)):
                yield _glued_hit(doc, m.start(), m.end("md"), readings)
        if (m := _YEARS_FUSED.match(plain, at)) and 0 < int(m.group("b")) - int(m.group("a")) <= _YEARS_SPANNED:
            yield Hit(m.start(), m.end("b"), YearsRunTogether(m.group("a") + m.group("b"), m.group("a"), m.group("b")))
        if (m := _YEAR_TOO_LONG.match(plain, at)) and m.group("x").strip("0") and not plain[max(0, at - 2) : at].endswith(_YEARS_AGO):
            yield Hit(m.start(), m.end(), YearTooLong(m.group(), len(m.group("y") + m.group("x"))))
        if m := _YEAR_MONTH.match(plain, at):
            month = int(m.group("m"))
            if 1 <= month <= 12:
                yield Hit(m.start(), m.end(), NotADate(m.group(), ((m.group("y"), month, None),)))
        if m := _MONTH_TOO_LONG.match(plain, at):
            twice = m.group("m") == m.group("y")
            yield Hit(m.start(), m.end(), NoSuchMonth(m.group(), m.group("m"), YearWrittenAgain(m.group("y")) if twice else None))
        if m := _MONTH_DAY.match(plain, at):
            readings = _readings(m.group("y"), m.group("md"))
            if readings:
                yield _glued_hit(doc, m.start(), m.end(), readings)
        elif (m := _MONTH_DAY_UNMARKED.match(plain, at)) and _alone_as_date(doc, m):
            readings = _readings(m.group("y"), m.group("md"))  # a signature date "2021年712": 月 and 日 lost
            if readings:
                yield _glued_hit(doc, m.start(), m.end(), readings)
    yield from _month_day_unmarked(doc)
    yield from _years_lost(doc)


def _years_lost(doc):
    """——年11月27日: a date whose year's digits were lost (not a year wrapped onto the line before)."""
    plain = doc.plain
    if "年" not in plain:
        return
    for m in _YEARLESS.finditer(plain):
        before = plain[max(0, m.start() - 8) : m.start()].rstrip()
        if before[-1:].isdigit() or not (1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31):
            continue
        yield Hit(m.start(), m.end(), YearLost(m.group()))


def _month_day_unmarked(doc):
    """截至1227日: a month and day without 月, read where a date is certain (截至, 于, 今年 … before)."""
    plain = doc.plain
    day = plain.find("日")
    while day >= 0:
        start = day
        while start > 0 and plain[start - 1] in " \t":
            start -= 1
        end_digits = start
        while start > 0 and "0" <= plain[start - 1] <= "9":
            start -= 1
        digits = plain[start:end_digits]
        previous = plain[start - 1] if start else "\n"
        # not after a letter or a code's separator, nor after 2023年 (DAT001's 年 and 3-4 digits)
        glued = (previous.isascii() and previous.isalnum()) or previous in "月第/-.:_号" or (
            previous == "年" and start > 1 and plain[start - 2].isdigit())
        if 3 <= len(digits) <= 4 and not glued:
            line_start = plain.rfind("\n", 0, start) + 1
            before = plain[line_start:start]
            readings = _readings("2024", digits)  # a leap year: no year is written
            if readings and (_DATE_CUE_BEFORE.search(before) or _YEAR_WORD_BEFORE.search(before)) and not _SPAN_AFTER_DAY.match(plain, day + 1):
                yield Hit(start, day + 1, MonthMissing(plain[start : day + 1], tuple((None, m, d) for _, m, d in readings)))
        day = plain.find("日", day + 1)


@lru_cache(maxsize=16)
def _unit_regex(lexicon: Lexicon):
    return compile_regex(r"[ \t]*(?:万|亿|" + lexicon.unit_pattern + ")")


def _date_cue(doc, m) -> bool:
    """A date label or preposition before the digits, and no unit after them (高于2022112元)."""
    plain = doc.plain
    line_start = plain.rfind("\n", 0, m.start()) + 1
    cue = _DATE_CUE_BEFORE.search(plain[line_start : m.start()])
    return bool(cue) and not _unit_regex(doc.lexicon).match(plain[m.end() : m.end() + 6])


def _alone_as_date(doc, m) -> bool:
    """Digits alone on their line under a date label, or where the signature date stands (under
    the issuing body, or just after the body) with their year written elsewhere in the document."""
    plain = doc.plain
    line_start = plain.rfind("\n", 0, m.start()) + 1
    line_end = plain.find("\n", m.end())
    if plain[line_start : m.start()].strip() or plain[m.end() : line_end if line_end >= 0 else len(plain)].strip():
        return False
    # blank lines say nothing (a .docx keeps its empty paragraphs): the nearest written lines above
    above = [line.strip() for line in plain[max(0, line_start - 300) : line_start].split("\n") if line.strip()][-4:]
    if above and len(above[-1]) <= 30 and _LABEL_LINE.search(above[-1]):
        return True
    under_signature = above and len(above[-1]) <= 30 and _SIGNATURE_LINE.search(above[-1])
    _, body_end = body_span(doc)
    after_body = body_end <= line_start and len(plain[body_end:line_start].split("\n")) <= _SIGNATURE_GAP
    return bool(under_signature or after_body) and _year_written(plain, m.group("y"))


def _year_written(plain: str, year: str) -> bool:
    """Whether the year is written as one somewhere (2022年, 〔2022〕)."""
    at = plain.find(year)
    while at >= 0:
        if _YEAR_WRITTEN.match(plain, at):
            return True
        at = plain.find(year, at + 1)
    return False


def _glued_hit(doc, start: int, end: int, readings) -> Hit:
    written_in_full = {(d.year, d.month, d.day): d for d in reversed(doc.dates) if d.complete}  # the first one wins
    same = [written_in_full[r] for r in readings if r in written_in_full]
    related = tuple(RelatedHit(d.start, d.end, SameDateInFull()) for d in same[:1])
    return Hit(start, end, NotADate(doc.plain[start:end], tuple(readings)), related)


# --- DAT002 -----------------------------------------------------------------------------------


@rule("DAT002", "impossible-date", "error")
@english_doc(
    """A date that is not on the calendar: 2月30日, 2023年2月29日 (2023 is not a leap year),
    6月31日, 13月, 0日; dates in Chinese numerals (二〇二三年二月三十日) are checked too.
    2月29日 without a year is given the benefit of the doubt.

    Durations (6个月, 12个月), ages (36月龄), ordinals (第13月) and addresses (3月17号楼) are not dates;
    a 农历 date may have a 30th day in any month.
    """
)
def impossible_date(doc):
    """日历上不存在的日期。

    检查什么：2月30日、2023年2月29日（2023 年不是闰年）、6月31日、13月、0日；用汉字数字写的
    日期（二〇二三年二月三十日）同样检查。没有年份的 2月29日 不报。

    时长（6个月、12个月）、月龄（36月龄）、序数（第13月）和门牌（3月17号楼）不是日期；农历日期
    任何月份都可以有 30 日。

    为什么重要：不存在的日期必是笔误，所述事实因此无从查考。

    Incorrect:
        我局于2023年2月29日召开专题会议。

    Incorrect:
        活动于6月31日结束。

    Incorrect:
        二〇二三年二月三十日

    Correct:
        我局于2024年2月29日召开专题会议，帮扶期限为12个月。

    Correct:
        为0-36月龄婴幼儿提供照护服务，服务点设在3月17号楼。
    """
    plain = doc.plain
    for mention in doc.dates:
        if mention.valid:
            continue
        written = plain[mention.start : mention.end]
        if not 1 <= mention.month <= 12:
            reason = NoMonth(mention.month)
        elif mention.day < 1:
            reason = NoDayZero()
        elif mention.month != 2:
            reason = DaysInMonth(mention.month, days_in_month(2024, mention.month))
        else:
            reason = DaysInFebruary(mention.year, days_in_month(mention.year, 2)) if mention.year else FebruaryAtMost()
        yield Hit(mention.start, mention.end, ImpossibleDate(written, reason))


# --- DAT003 -----------------------------------------------------------------------------------

# A date in a plan or target, a range end, or a deadline: not an event that happened.
_PLAN = lazy(r"计划|力争|争取|预计|拟|将|目标|规划|确保|力求|有望|预期|届时|要|应|需|下一步|今后|未来|方案|期限|截止日期")
_PLAN_BEFORE = lazy(r"(?:(?<!截止)到|(?<!截)至|—|-|~|起)[ \t]*$")
_PLAN_AFTER = lazy(r"^[ \t]*(?:底|末|上旬|中旬|下旬)?[ \t]*(?:前|之前|以前|起|开始|以后|后|至|到|—|-|~)")
# A date reported as done: 截至 the date, or 已/完成/召开了 … in its sentence.
_AS_OF = lazy(r"(?:截至|截止到?)[ \t]*$")
_DONE = lazy(r"已|完成|办结|(?:召开|举办|举行|开展|印发|出台|建成|发放|成立|签订|组织)了|(?:召开|举办|举行)的")
# 今年 just before a date without a year: the year of the document's own date.
_THIS_YEAR_BEFORE = lazy(r"(?:今年|本年)[ \t]*(?=$)")


@rule("DAT003", "date-inconsistency", "warning")
@english_doc(
    """Dates that contradict the document's own date (成文日期): a 发文字号 of another year, or an
    event reported as done after that date.

    The 成文日期 is the date under the signature, or a field labelled 成文日期/发文日期 (a 发布日期
    is not it). Two checks:

    * the year in the 发文字号 (凉民发〔2022〕87号, the first number in the header, not one cited in
      the body) is not the year of the 成文日期; a number of the next year on a document signed in
      December (or of the year before, signed in January) is left alone;
    * an event reported as done (截至…, 已, 完成, 召开了 …) on a date after the document's own date.
      Plans and targets (计划于, 力争, 到2025年, 将, …前) are not events, and a date without a
      written year is not compared, unless 今年 stands before it (今年3月28日召开的 in a
      document dated January: the year of the document's own date).

    Nothing is said when the document's own date is unknown.
    """
)
def date_inconsistency(doc):
    """与成文日期相矛盾的日期。

    检查什么：成文日期取落款下的日期，或标为“成文日期”“发文日期”的栏目（“发布日期”不算）。
    查两项：

    * 发文字号中的年份（凉民发〔2022〕87号，取文头的第一个文号，不取正文中引用的文号）与成文日期
      的年份不同；12月成文而文号为下一年、1月成文而文号为上一年的，不报；
    * 按已经发生的事叙述（截至……、已、完成、召开了……）的日期晚于成文日期。计划和目标（计划于、
      力争、到2025年、将、……前）不是已发生的事；没有写年份的日期不比较，除非前面有“今年”
      （1月成文的文件中写“今年3月28日召开的”，按成文日期的年份读）。

    不知道成文日期时不报。

    为什么重要：文号年份写错，或把成文之后的事写成已经发生，多是套用旧稿或日期有误，发文前必须改正。

    Incorrect:
        凉民发〔2022〕87号
        现答复如下：我局高度重视。
        凉州区民政局
        2023年3月17日

    Incorrect:
        凉民发〔2023〕87号
        截至2023年6月底，已为265名孤儿发放基本生活费。
        凉州区民政局
        2023年3月17日

    Incorrect:
        县政府将提案办理纳入目标工作推进方案。今年3月28日召开的交办会议明确了责任和时限。
        鄄城县人民政府
        2026年1月27日

    Correct:
        凉民发〔2023〕87号
        截至2023年2月底，已为265名孤儿发放基本生活费；计划于2023年6月底前完成改造，力争到2025年全覆盖。
        凉州区民政局
        2023年3月17日
    """
    own = document_date(doc)
    if own is None:
        return
    docno = own_docno(doc)
    if docno is not None and not _year_boundary(docno.year, own):
        yield Checked(docno.year_start, docno.year_end, "date", DocNumberYearChecked(docno.year, own.year), docno.year == own.year)
        if docno.year != own.year:
            yield Hit(
                docno.year_start,
                docno.year_end,
                DocnoYear(doc.plain[docno.start : docno.end], docno.year, doc.plain[own.start : own.end], own.year),
                (RelatedHit(own.start, own.end, OwnDate()),),
            )
    yield from _events_after(doc, own)


def _year_boundary(number_year: int, own) -> bool:
    return (number_year == own.year + 1 and own.month == 12) or (number_year == own.year - 1 and own.month == 1)


def _events_after(doc, own):
    plain = doc.plain
    own_day = own.as_date()
    body_start, body_end = body_span(doc)
    for mention in doc.dates:
        if mention.month is None or not mention.valid or not body_start <= mention.start < body_end:
            continue
        year = mention.year
        this_year = year is None and _THIS_YEAR_BEFORE.search(plain, max(0, mention.start - 4), mention.start)
        if this_year:
            year = own.year  # 今年3月28日: the year of the document's own date
        if year is None:
            continue
        later = mention.as_date(year) > own_day if mention.day else (year, mention.month) > (own.year, own.month)
        if not later:
            continue
        sentence = doc.sentence_at(mention.start)
        before, after = plain[sentence.start : mention.start], plain[mention.end : sentence.end]
        if _PLAN.search(plain, sentence.start, sentence.end) or _PLAN_BEFORE.search(before) or _PLAN_AFTER.match(after):
            continue
        if before.rfind("《") > before.rfind("》"):  # in the title of a document, not an event
            continue
        if _AS_OF.search(before) or _DONE.search(plain, sentence.start, sentence.end):
            start = this_year.start() if this_year else mention.start
            read_as = ReadAs(_date_text(year, mention.month, mention.day)) if this_year else None
            written = plain[start : mention.end]
            yield Checked(start, mention.end, "date", PastChecked(written, read_as, plain[own.start : own.end]), False)
            yield Hit(start, mention.end, ReportedAsPast(written, plain[own.start : own.end], read_as),
                      (RelatedHit(own.start, own.end, OwnDate()),))


# --- DAT004 -----------------------------------------------------------------------------------

_ENGLISH = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _last_years_day(mention, year, own) -> bool:
    """A date without a year read in the document's own year but later than the document's date
    may be of the year before (12月28日 in a document signed in January): its weekday there counts."""
    if mention.year is not None or own is None or year != own.year or mention.as_date(year) <= own.as_date():
        return False
    earlier = mention.as_date(year - 1)
    return earlier is not None and earlier.weekday() == mention.weekday


@rule("DAT004", "weekday-mismatch", "error")
@english_doc(
    """A date followed by a weekday that the calendar contradicts: 2023年3月17日（星期三） (it was a
    Friday). A date without a year is read in the year written last before it in its paragraph, or
    the document's own year, and reported as a warning naming that year. A weekday range after a
    date (每周一至周五) is not attached to it.
    """
)
def weekday_mismatch(doc):
    """日期后的星期与日历不符。

    检查什么：日期后注明的星期与日历不符：2023年3月17日（星期三）（当天是星期五）。没有年份的日期，
    按其所在段落中前面最近写出的年份读，没有则按成文日期的年份读，作为警告报出并注明所取年份。
    日期后的星期范围（每周一至周五）不是该日期的星期。

    为什么重要：日期与星期不符，读者不知以哪个为准，会议、活动的时间可能因此弄错。

    Incorrect:
        会议定于2023年3月17日（星期三）上午召开。

    Incorrect:
        2023年3月1日，我局召开会议，3月17日周三开展督查。

    Correct:
        会议定于2023年3月17日（星期五）上午召开，服务窗口每周一至周五开放。

    Correct:
        自2023年3月17日周一至周五，每日开展巡查。
    """
    if all(mention.weekday is None for mention in doc.dates):
        return  # no weekday written (most documents)
    plain = doc.plain
    own = document_date(doc)
    last_year, last_paragraph = None, None  # the year written last, and in which paragraph
    for mention in doc.dates:
        paragraph = doc.paragraph_at(mention.start)
        if mention.year is not None:
            last_year, last_paragraph = mention.year, paragraph
        if mention.weekday is None:
            continue
        year = mention.year or (last_year if paragraph == last_paragraph else None) or (own.year if own else None)
        day = mention.as_date(year)
        if day is None:
            continue
        holds = day.weekday() == mention.weekday or _last_years_day(mention, year, own)
        yield Checked(mention.start, mention.weekday_span[1], "date", WeekdayChecked(day.isoformat(), day.weekday() + 1, mention.weekday + 1), holds)
        if holds:
            continue
        written = plain[mention.start : mention.end]
        if mention.year is not None:
            yield Hit(mention.start, mention.weekday_span[1], WeekdayMismatch(written, day.weekday(), mention.weekday))
        else:
            yield Hit(mention.start, mention.weekday_span[1], WeekdayMismatch(written, day.weekday(), mention.weekday, YearAssumed(year)),
                      severity=Severity.WARNING)


# --- DAT005 -----------------------------------------------------------------------------------


@rule("DAT005", "date-field-mismatch", "warning")
@english_doc(
    """The 成文日期 of the header (a field labelled 成文日期/发文日期, as the page of a published
    document gives it) is not the date under the signature: the two name one day.

    Compared only when both are full dates (年月日) and the signature date stands alone on its line
    within a few lines after the body. A 发布日期 (publishing date) may differ and is not read, nor
    is a 发文日期 later than the signature (many portals give the day they published the page so).
    """
)
def date_field_mismatch(doc):
    """文头的成文日期与落款日期不一致。

    检查什么：文头标为“成文日期”“发文日期”的栏目（公开发布的文件页面常有此栏）与落款下的日期
    不是同一天。只有两者都是完整日期（年月日），且落款日期在正文后几行内单独成行时才比较。
    “发布日期”可以与成文日期不同，不读取；晚于落款日期的“发文日期”也不读取（不少网站以此栏写网页的发布日）。

    为什么重要：两处说的是同一个成文日期，不一致时无法确定文件的成文时间和办理时限。

    Incorrect:
        发布日期: | 2019-11-21 | 成文日期: | 2019-11-21 |
        高振明代表：
        您提出的建议收悉。现答复如下：我区已组织调研。
        明山区人民政府
        2019年11月14日

    Correct:
        发布日期: | 2019-11-25 | 成文日期: | 2019-11-21 |
        高振明代表：
        您提出的建议收悉。现答复如下：我区已组织调研。
        明山区人民政府
        2019年11月21日
    """
    if "日期" not in doc.plain and "时间" not in doc.plain:
        return
    labelled = labelled_date(doc)
    signed = labelled and signature_date(doc)
    if not signed:
        return
    plain = doc.plain
    field, under = plain[labelled.start : labelled.end], plain[signed.start : signed.end]
    if labelled.as_date() > signed.as_date() and "发文日期" in plain[max(0, labelled.start - 12) : labelled.start]:
        return  # a 发文日期 after the signature: on many portals the day the page was published
    holds = labelled.as_date() == signed.as_date()
    yield Checked(signed.start, signed.end, "date", SignedChecked(signed.as_date().isoformat(), labelled.as_date().isoformat()), holds)
    if not holds:
        yield Hit(
            signed.start,
            signed.end,
            SignedOtherDay(under, field),
            (RelatedHit(labelled.start, labelled.end, DateField()),),
        )


# --- DAT006: a standard's number and year run together -----------------------------------------------


class StandardYearFused(Message):
    """DAT006: a standard's serial number with its year fused on."""

    code: str
    written: str
    serial: str
    year: str
    zh = "标准编号“{code} {written}”中顺序号与年代号连在一起，应为“{code} {serial}—{year}”"
    en = "the standard number {code} {written} runs its serial and its year together: {code} {serial}—{year}"


@lru_cache(maxsize=16)
def _standard_regex(lexicon: Lexicon):
    """GB, GB/T, DB35/T, MZ/T … (lexicon standard_codes) and the digits after the code. Serial numbers
    have at most five digits (GB/T 19001, GB 50016): six or more ending in a year carry it fused on."""
    codes = "|".join(sorted((escape(c) for c in lexicon.standard_codes), key=len, reverse=True))
    return compile_regex(
        r"(?<![A-Za-z])((?:" + codes + r")(?:(?<=DB)[0-9]{2})?(?:/[TZ])?)[ \t]*+([0-9]{6,9})(?![0-9.\-—–－])"
    )


@rule("DAT006", "fused-standard-year", "warning")
@english_doc(
    """A standard's number whose serial and year run together: ``DB35/T 16442017`` for
    ``DB35/T 1644—2017``. Serial numbers of national, sector and local standards have at most five
    digits, so six to nine digits ending in a plausible year (1950 to next year) carry the year
    fused on, as a date typed without its separators does.
    """
)
def fused_standard_year(doc):
    """标准编号的顺序号与年代号连写在一起。

    检查什么：“DB35/T 16442017”应为“DB35/T 1644—2017”。国家标准、行业标准、地方标准的顺序号
    最多五位，六到九位数字且末四位是合理年份（1950 年至次年）的，是年代号连在了顺序号后面，
    与漏打分隔符的日期同理。

    为什么重要：标准编号写错，读者无法据以查到所引标准，也显得行文粗疏。

    Incorrect:
        按照《人文地理实体地名通名使用规范》（DB35/T 16442017）进行命名。

    Correct:
        按照《人文地理实体地名通名使用规范》（DB35/T 1644—2017）进行命名。

    Correct:
        严格执行《建筑设计防火规范》（GB 50016—2014）。
    """
    plain = doc.plain
    dated = document_date(doc)
    for m in _standard_regex(doc.lexicon).finditer(plain):
        digits = m.group(2)
        year = int(digits[-4:])
        if not 1950 <= year <= (dated.year if dated else 2100) + 1:
            continue
        yield Hit(m.start(1), m.end(2), StandardYearFused(m.group(1), digits, digits[:-4], digits[-4:]))
