"""Dates in the text: 2023年3月17日, 二〇二三年三月十七日, 2025-12-26, and partial ones (2023年3月, 3月17日).

Each mention keeps what was written; a part that was not written is None. ``valid`` says whether
the written parts name a real calendar day (DAT002 reads it); a weekday written right after the
date (``（星期三）``, ``周三``) is kept too (DAT004). Durations (6个月), ages (36月龄), ordinals
(第3月) and addresses (3月17号楼) are not dates; a 农历 date is marked ``lunar``.

:func:`document_date` finds the document's own date (成文日期) and :func:`own_docno` its own
document number (发文字号), for the rules that compare other dates with them.
"""

from __future__ import annotations

import datetime
from itertools import chain

from .record import record
from .lazyre import REVERSE, lazy
from .numerals import cn_digits, cn_int

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from .text import Document

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` (month 1–12), without importing calendar at start-up."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


WEEKDAYS = "一二三四五六日"  # as datetime.weekday() numbers them: 一 (Monday) is 0; 天 is 日

_ARABIC = lazy(
    r"(?<![0-9A-Za-z第个每])(?:(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*)?(?P<m>\d{1,2})[ \t]*月(?![龄薪])"
    r"(?:[ \t]*(?P<d>\d{1,2})[ \t]*(?P<unit>[日号]))?"
)
# What may stand between the start of an _ARABIC date and its 月, read backwards from the 月.
_BEFORE_ARABIC_MONTH = lazy(r"[\d \t年]*", REVERSE)
_NUMERIC = lazy(
    r"(?<![0-9A-Za-z/\-.])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![0-9A-Za-z]|[-/.]\d)"
)
# Where a _NUMERIC date may start, one pattern per century: regex finds a pattern that opens with a
# literal fast, and one that opens with a choice or a class (as _NUMERIC does) slowly.
_NUMERIC_STARTS = tuple(lazy(century + r"\d{2}[-/.]") for century in ("19", "20"))
_CHINESE = lazy(
    r"(?<![〇零○一二三四五六七八九十百千万两第个每])(?:(?P<y>[〇零○一二三四五六七八九]{4})年)?"
    r"(?P<m>[一二三四五六七八九十]{1,2})月(?![龄薪])(?:(?P<d>[一二三四五六七八九十]{1,3})[日号])?"
)
_BEFORE_CHINESE_MONTH = lazy(r"[〇零○一二三四五六七八九十年]*", REVERSE)
_LUNAR = lazy(r"(?:农历|阴历|夏历)[ \t]*(?:\p{Han}{0,2}年)?[ \t]*$")
# 号 that numbers a building, a room or a line rather than a day.
_ADDRESS_AFTER_HAO = lazy(r"[楼院门房室栋幢座层线路街巷道站台窗铺库馆]")
# A weekday attached to the date; a range (周一至周五) is not.
_WEEKDAY = lazy(
    r"[ \t]*+(?P<written>(?P<open>\()?[ \t]*+(?:星期|礼拜|周)(?P<w>[一二三四五六日天])[ \t]*(?(open)\)))"
    r"(?![ \t]*[至到~—\-–][ \t]*(?:星期|礼拜|周)?[一二三四五六日天])"
)


@record(slots=True)  # not frozen: a frozen dataclass costs several times more to build
class DateMention:
    start: int  # plain offsets of the date (without a weekday after it)
    end: int
    year: int | None
    month: int | None
    day: int | None
    chinese: bool = False
    weekday: int | None = None  # the weekday written after the date, Monday = 0 (周三 → 2)
    weekday_span: tuple[int, int] | None = None  # plain offsets of that weekday, brackets included
    lunar: bool = False  # 农历八月三十日: a day of the Chinese calendar (months of 29 or 30 days)

    @property
    def valid(self) -> bool:
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is None:
            return True
        if self.month is None or self.day < 1:
            return False
        if self.lunar:
            return self.day <= 30
        year = self.year if self.year is not None else 2024  # a leap year: 2月29日 without a year is possible
        return self.day <= days_in_month(year, self.month)

    @property
    def complete(self) -> bool:
        return None not in (self.year, self.month, self.day)

    def as_date(self, year: int | None = None) -> datetime.date | None:
        """The calendar day, when year (written, or given), month and day name a real one."""
        year = self.year or year
        if year is None or self.month is None or self.day is None or self.lunar:
            return None
        try:
            return datetime.date(year, self.month, self.day)
        except ValueError:
            return None


def extract_dates(doc: Document) -> list[DateMention]:
    plain = doc.plain
    found = []
    for m in _through_month(plain, _ARABIC, _BEFORE_ARABIC_MONTH):
        day = int(m.group("d")) if m.group("d") else None
        if m.group("unit") == "号" and _ADDRESS_AFTER_HAO.match(plain, m.end()):
            continue
        year = int(m.group("y")) if m.group("y") else None
        found.append(_mention(plain, m.start(), m.end(), year, int(m.group("m")), day))
    for start in chain.from_iterable(pattern.finditer(plain) for pattern in _NUMERIC_STARTS):  # sorted below
        m = _NUMERIC.match(plain, start.start())
        if m is None:
            continue
        month, day = int(m.group("m")), int(m.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31:  # otherwise a code or a version, not a date
            found.append(_mention(plain, m.start(), m.end(), int(m.group("y")), month, day))
    for m in _through_month(plain, _CHINESE, _BEFORE_CHINESE_MONTH):
        year = cn_digits(m.group("y")) if m.group("y") else None
        month = cn_int(m.group("m"))
        day = cn_int(m.group("d")) if m.group("d") else None
        if month is None or (m.group("d") and day is None) or (year is None and day is None):
            continue
        found.append(_mention(plain, m.start(), m.end(), year, month, day, chinese=True))
    found.sort(key=lambda d: d.start)
    return found


def _through_month(plain: str, pattern, before_month):
    """``pattern.finditer(plain)`` for a date pattern with one 月 and only ``before_month`` characters
    before it, tried just before each 月: the pattern opens with optional parts or a class, which
    regex would try at every position of the document."""
    end = 0  # where the last date ended: the next one starts after it
    month = plain.find("月")
    while month >= 0:
        start = before_month.match(plain, end, month).start()
        # Where a date through this 月 starts (none without a numeral before it; the search bounded past
        # the character the 月 is checked against), then the whole date from there (with its day).
        if start < month and (found := pattern.search(plain, start, month + 2)):
            date = pattern.match(plain, found.start())
            yield date
            end = date.end()
        month = plain.find("月", month + 1)


def _mention(plain: str, start: int, end: int, year, month, day, chinese: bool = False) -> DateMention:
    lunar = _LUNAR.search(plain, max(0, start - 8), start) is not None
    weekday = _WEEKDAY.match(plain, end) if day is not None else None
    if weekday is None:
        return DateMention(start, end, year, month, day, chinese, lunar=lunar)
    number = WEEKDAYS.index(weekday.group("w").replace("天", "日"))
    return DateMention(start, end, year, month, day, chinese, number, weekday.span("written"), lunar)


# --- the document's own date and number ---------------------------------------------------------

_SIGNATURE_LINES = 4  # lines (the issuing body, 此件公开发布 …) between the body and the signature date
# (a table of metadata fields, as web pages give it, puts a | between a label and its value)
_DATE_LABEL = lazy(r"(?:成文日期|发文日期|成文时间|签发日期)[ \t]*[:：]?[ \t\n]*(?:\|[ \t]*)?")
_DOCNO = lazy(
    r"(?P<org>[\p{Han}A-Za-z]{1,16})[ \t]*[〔\[【(﹝](?P<y>(?:19|20)\d{2})[〕\]】)﹞][ \t]*第?[ \t]*\d{1,5}[ \t]*号"
)
_DOCNO_LINE = lazy(r"^[ \t]*(?:文号|发文字号)?[ \t]*[:：]?[ \t]*(?P<no>.+?号)(?:[ \t]+签发人.*)?[ \t]*$")


@record(frozen=True, slots=True)
class DocNumber:
    start: int  # plain offsets of the whole number (凉民发〔2023〕87号)
    end: int
    year: int
    year_start: int
    year_end: int


def body_span(doc: Document) -> tuple[int, int]:
    """From the first to the last paragraph written in sentences (with a 。): the header and the
    signature, 版记 and page furniture lie outside. The whole text when no paragraph has a 。."""
    first, last = doc.plain.find("。"), doc.plain.rfind("。")
    if first < 0:
        return 0, len(doc.plain)
    return doc.paragraph_at(first).start, doc.paragraph_at(last).end


def document_date(doc: Document) -> DateMention | None:
    """The 成文日期: a full 年月日 date alone on its line within a few lines after the body (the
    signature date), else a full date labelled 成文日期/发文日期 in the header. A 发布日期 (publishing
    date) is not it."""
    return signature_date(doc) or labelled_date(doc)


def signature_date(doc: Document) -> DateMention | None:
    """The date under the signature: a full 年月日 date alone on its line within a few lines after
    the body."""
    plain = doc.plain
    _, body_end = body_span(doc)
    for mention in doc.dates:
        if mention.start < body_end or not (mention.complete and mention.valid and _alone_on_line(plain, mention)):
            continue
        between = [line for line in plain[body_end : mention.start].split("\n") if line.strip()]
        if len(between) <= _SIGNATURE_LINES and "年" in plain[mention.start : mention.end]:
            return mention
        break
    return None


def labelled_date(doc: Document) -> DateMention | None:
    """A full date labelled 成文日期/发文日期 in the header (before the body)."""
    plain = doc.plain
    body_start, _ = body_span(doc)
    labels = list(_DATE_LABEL.finditer(plain, 0, body_start))
    if not labels:
        return None
    by_start = {mention.start: mention for mention in doc.dates if mention.complete and mention.valid}
    for label in labels:
        if label.end() in by_start:
            return by_start[label.end()]
    return None


def own_docno(doc: Document) -> DocNumber | None:
    """The 发文字号: the first document number on a line of its own (or labelled 文号) before the
    body; a number cited inside a sentence of the body is someone else's."""
    plain = doc.plain
    body_start, _ = body_span(doc)
    line_start = 0
    for line in plain[:body_start].split("\n"):
        found = "号" in line and _DOCNO_LINE.match(line)  # most lines have no 号 and are passed over at once
        number = found and _DOCNO.fullmatch(found.group("no").strip())
        if number:
            offset = line_start + found.start("no") + len(found.group("no")) - len(found.group("no").lstrip())
            return DocNumber(offset, offset + number.end(), int(number.group("y")), offset + number.start("y"), offset + number.end("y"))
        line_start += len(line) + 1
    return None


def _alone_on_line(plain: str, mention: DateMention) -> bool:
    line_start = plain.rfind("\n", 0, mention.start) + 1
    line_end = plain.find("\n", mention.end)
    after = plain[mention.weekday_span[1] if mention.weekday_span else mention.end : line_end if line_end >= 0 else len(plain)]
    return not plain[line_start : mention.start].strip() and not after.strip()
