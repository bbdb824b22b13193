"""Numbers in the text, with their value, stated precision, unit and what they count.

A figure keeps the precision it was written with: ``786.3893万元`` is 7863893 元 known to 1 元,
``67万元`` is 670000 元 known to 1万 (so it stands for [66.5万, 67.5万]), a bare count such as
``96143名`` is exact. Values are ``Decimal``; nothing here goes through float.

Numbers that are not quantities are recognised as what they are, so that no rule adds them up:
years and dates, ordinals (第十四届, 第103号), document numbers (〔2023〕87号), phone numbers,
hotlines (12345), ages (18周岁), list markers (3.实施), clock times and index codes
(MB1A08302/2022-28054).

:func:`subjects` tells what each count counts (a noun of the lexicon, its modifiers, whether it
covers a coordination); the helpers at the end (unit groups, figures as written, rounding
disclaimers) are shared by the numeric rules.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from decimal import Context, Decimal, localcontext
from functools import lru_cache

from .record import record
from .lazyre import REVERSE, compile_regex, escape, lazy, lazy_re
from .lexicon import NOUN_NOISE_MARKS, Lexicon, alternation, plain_noun
from .memo import per_document
from .numerals import cn_decimal_text, cn_digits, cn_int

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from .text import Document

KIND_QUANTITY = "quantity"
_PERCENT_UNITS = frozenset(("%", "‰", "个百分点", "百分点"))
KIND_PERCENT = "percent"
NOT_COUNTS = ("year", "date", "ordinal", "docno", "phone", "hotline", "age", "code")

_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
RANGE_BETWEEN = lazy(r"[ \t]*[~～—\-–至到][ \t]*")  # what stands between the two ends of a range
_CLAUSE_BREAK_BACK = lazy(r"[，。；：、,;:!?！？\n]", flags=REVERSE)
_PHONE_CUE_WORDS = ("电话", "热线", "传真", "手机", "联系方式", "拨打")
_PHONE_CUE = lazy(r"(?:" + "|".join(_PHONE_CUE_WORDS) + r")[^，。；,;\n]{0,6}$")
_PHONE_CUE_INITIALS = frozenset(word[0] for word in _PHONE_CUE_WORDS)  # a set test before the search
_HOTLINES = {"12345", "12349", "12315", "12351", "12338", "12355", "12356", "110", "119", "120", "122", "96110"}
_DOCNO_BRACKETS = {"〔": "〕", "[": "]", "【": "】", "(": ")", "﹝": "﹞", "［": "］"}
_DIGIT_COMMA = lazy(r"(?<=\d),(?=\d)")
_ONE, _ZERO = Decimal(1), Decimal(0)
_FIGURE_CONTEXT = Context()  # Decimal's default context: a value is the same whenever it is first asked for
# A run of more digits than Decimal's 28-digit precision is an identifier or garbage, never a figure
# (sums of it would not be exact, and a million digits overflow Decimal's exponent).
MAX_FIGURE_DIGITS = 28
_SPACES = lazy(r"\s+")
_SPACES_ONLY = lazy(r"[ \t]*")  # fullmatch on a range: decides at its first other character
_YEAR_DIGITS = lazy(r"(?:19|20)\d\d")
_DIGIT = lazy(r"[0-9]")
_ITEM_SPLIT = lazy(r"、|[0-9]+(?:\.[0-9]+)?[^0-9]{0,2}(?:人|名|个|户|所|家|张)")
CLAUSE_END = lazy(r"[，。；：,;:!?！？\n]")
_COORDINATION_START = lazy(r"、|和|及|与|以及")
# "3." or "3、" opening a paragraph or a sentence is a list marker, not a figure.
_MARKER_BEFORE = lazy(r"(?:^|[\n。;:!?；：！？]|\*\*)[ \t]*$")
# Verbs and function words that end the noun phrase after a count ("为 795 名残疾儿童发放…").
_PHRASE_STOP = lazy(
    r"发放|进行|开展|纳入|提供|签订|参加|参与|建立|实现|给予|申报|落实|全部|已|的|和|及|与|等|为|在|中|共|累计|"
    r"得到|享受|获得|受益|覆盖|入住|办理|完成|资格|信息|台账|以|通过|按照|担任|结对|圆了|"
    r"[，。；：、,;:!?！？\n（）()]"
)


@dataclass(slots=True)
class Quantity:
    """One number as written. Offsets are into ``Document.plain``.

    Treat it as read-only: every rule reads the same objects. (Not ``frozen``: a frozen dataclass
    costs five times more to build, and a document has one per figure.)"""

    start: int  # the whole figure: blur words, digits, multiplier, unit
    end: int
    num_start: int  # the digits only (they end at num_end)
    text: str  # the digits as written, e.g. "786.3893", "1,017.8" or "九万六千"
    numeral: str  # the digits as a decimal numeral, before the multiplier: "786.3893", "1017.8", "96000"
    ulp: Decimal  # one unit of the last stated digit, in base units; 0 when exact
    multiplier: Decimal  # 1, 10000 (万), 100000000 (亿)
    unit: str  # base unit: "元", "人", "元/月", "%", "" when none
    unit_class: str  # "discrete", "money", "measure", "percent", ""
    kind: str  # "quantity", "percent", or one of NOT_COUNTS
    approx: str | None = None  # the blur word (约, 余, 多, 以上 …), None when the figure is exact
    in_range: bool = False  # one end of a range (3～5人, 2018—2022年)
    chinese: bool = False  # written in Chinese numerals
    approx_position: str = ""  # where a 余/多 stands: "before_multiplier" (15余万), "after_multiplier" (3.8万余), "after_number"
    _value: Decimal | None = field(default=None, compare=False, repr=False)  # value, once it is asked for

    @property
    def value(self) -> Decimal:
        """In base units: 786.3893万元 -> 7863893. Made when first asked for: most figures are never
        added up or compared, and a Decimal is a third of a figure's memory."""
        value = self._value
        if value is None:
            value = self._value = _decimal(self.numeral, self.multiplier)
        return value

    def standing_for(self, value: Decimal) -> Quantity:
        """This figure as written, standing for another value (the sum of a run of totals)."""
        return replace(self, _value=value)

    @property
    def num_end(self) -> int:
        # Derived, not stored: a large document holds 150 000 figures, each offset costs 40 bytes.
        return self.num_start + len(self.text)

    @property
    def is_count(self) -> bool:
        """A quantity of something (not a year, ordinal, phone number …)."""
        return self.kind in (KIND_QUANTITY, KIND_PERCENT)

    @property
    def exact(self) -> bool:
        return self.approx is None and not self.in_range

    def interval(self) -> tuple[Decimal, Decimal] | None:
        """The values this figure stands for (half a unit of its last digit each side); None when blurred."""
        if not self.exact:
            return None
        half = self.ulp / 2
        return self.value - half, self.value + half

    @property
    def decimals(self) -> int:
        """Digits written after the decimal point (点 in Chinese numerals)."""
        for point in (".", "点"):
            if point in self.text:
                return len(self.text.split(point, 1)[1])
        return 0


@lru_cache(maxsize=16)
def _chinese_numeral_regex(lexicon: Lexicon):
    """A figure in Chinese numerals before a unit (三十名, 两万元); not 一是, 统一, 第十一."""
    return compile_regex(
        r"(?<![第统唯之同单" + _CN_NUMERAL + r"])[" + _CN_NUMERAL + r"]{2,}(?=[ \t]*(?:" + lexicon.unit_pattern + r"))"
    )


@lru_cache(maxsize=32)
def _number_regex(lexicon: Lexicon, chinese: bool):
    """Figures with their multiplier, unit and blur words; those in Chinese numerals only when
    ``chinese``: that branch doubles the time of a scan, and most documents have no such figure."""
    multipliers = alternation(lexicon.multipliers)
    blur_after = alternation(lexicon.approx_suffixes)
    # Digits grouped by a comma are one figure; grouped by a space (statistical bulletins: 1 017.8万户,
    # 42 690公里) only before a decimal point, a multiplier or a unit: "甲县 120 850" are two. Such a
    # figure never starts right after a digit and a space: a long run of groups is tried once, not
    # from each group (6 600 groups and no unit took 50 s).
    # _read_match reads the groups by position: num, mult, blur_mid, blur_num, mult2, unit, blur_after.
    return compile_regex(
        r"(?P<num>(?<![0-9A-Za-z._/\-])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|(?<!\d )\d{1,3}(?: \d{3})+(?=\.\d|[ \t]*(?:" + multipliers + "|" + lexicon.unit_pattern + r"|%))|\d+)(?:\.\d+)?(?![0-9A-Za-z]|,\d)"
        r"|百分之[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?"
        + ("|" + _chinese_numeral_regex(lexicon).pattern if chinese else "")
        + r")[ \t]*"
        r"(?:(?P<mult>" + multipliers + r")(?P<blur_mid>余|多)?|(?P<blur_num>余|多)(?P<mult2>" + multipliers + r")?)?"
        r"[ \t]*"
        r"(?P<unit>%|‰|个百分点|百分点|(?:" + lexicon.unit_pattern + r")(?:[ \t]*/[ \t\n]*(?:人|户|月|年|季度|天|次|名))*)?"
        r"(?P<blur_after>" + blur_after + r")?"
    )


@lru_cache(maxsize=16)
def _blur_before_regex(lexicon: Lexicon):
    return compile_regex(r"(?:" + alternation(lexicon.approx_prefixes) + r")[ \t]*$")


def extract_quantities(doc: Document, skipped: list[tuple[int, int]] = ()) -> list[Quantity]:
    """The figures of the text, outside the ``skipped`` [start, end) spans (the tables: their cells
    are read as a grid, auditor.tables, and no prose rule reads a cell)."""
    lexicon = doc.lexicon
    plain = doc.plain
    blur_before = _blur_before_regex(lexicon)
    result: list[Quantity] = []
    text = _matching_text(doc)
    # A branch of the pattern that matches nowhere in the text can be left out of it.
    chinese = _chinese_numeral_regex(lexicon).search(text) is not None
    units = _units_read(lexicon)
    spellings: dict[str, str] = {}  # one string for each way a figure is written: most recur
    pattern = _number_regex(lexicon, chinese)
    gaps = _gaps(skipped, len(text))
    for start, end in gaps:
        for m in pattern.finditer(text, start, end):
            quantity = _read_match(m, plain, lexicon, blur_before, units, spellings)
            if quantity is not None:
                result.append(quantity)
    if "亿" in text:
        result = _joined_yi_wan(result, plain)
    if "-" in text or "−" in text:
        negative = [_negative_rate(m, units, lexicon) for start, end in gaps for m in _NEGATIVE_RATE.finditer(text, start, end)
                    if _signs(text, m.start())]
        if negative:
            signed = {q.num_start + 1 for q in negative}  # the digits after a − the scan read unsigned
            result = sorted([q for q in result if q.num_start not in signed] + negative, key=lambda q: q.start)
    _mark_ranges(result, plain)
    return result


def _gaps(skipped: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The [start, end) spans of a text of ``length`` between the sorted ``skipped`` ones."""
    gaps, at = [], 0
    for start, end in skipped:
        gaps.append((at, start))
        at = end
    gaps.append((at, length))
    return gaps


_YI, _WAN = Decimal(100000000), Decimal(10000)


def _joined_yi_wan(quantities: list[Quantity], plain: str) -> list[Quantity]:
    """"14亿1178万人" is one figure, 141178万人 (the scan reads 14亿 and 1178万人): the 亿 part
    with nothing after it, then right after it a figure in 万 of less than 10000 万."""
    out: list[Quantity] = []
    for q in quantities:
        last = out[-1] if out else None
        if (last is not None and last.multiplier == _YI and not last.unit and last.numeral.isdigit() and last.exact
                and q.multiplier == _WAN and q.num_start == last.end and Decimal(q.numeral) < _WAN):
            numeral = str(int(last.numeral) * 10000 + Decimal(q.numeral))
            out[-1] = Quantity(last.start, q.end, last.num_start, plain[last.num_start : q.num_start + len(q.text)], numeral,
                               q.ulp, _WAN, q.unit, q.unit_class, q.kind, q.approx, False, False, q.approx_position)
            continue
        out.append(q)
    return out


# A rate written with a minus sign after words ("比上年增长-9.41 %", "增速为−2.1%"). The pattern starts
# with the sign, so that the scan skips from one to the next; _signs then looks before it.
_NEGATIVE_RATE = lazy_re(r"[-−](\d{1,6}(?:\.\d{1,4})?)[ \t]*(%|‰|个百分点|百分点)")
_JOINED_AFTER = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%‰._/-")


def _signs(text: str, at: int) -> bool:
    """Whether the hyphen at ``at`` is a minus sign: not after a digit, a letter or a % (nor after
    one and a space), where it joins a range or a code (2020-2022, 0.5%-1%, 5% - 10%, GB-2015)."""
    if at and text[at - 1] in _JOINED_AFTER:
        return False
    return not (at > 1 and text[at - 1] == " " and text[at - 2] in "0123456789%‰")


def _negative_rate(m, units: dict[str, tuple[str, str]], lexicon: Lexicon) -> Quantity:
    numeral = "-" + m.group(1)
    unit, unit_class = units.get(m.group(2)) or _read_unit(m.group(2), units, lexicon)
    decimals = len(numeral) - numeral.index(".") - 1 if "." in numeral else 0
    ulp = unit_of_last_digit(_ONE, decimals)
    return Quantity(m.start(), m.end(), m.start(), m.group()[0] + m.group(1), numeral, ulp, _ONE, unit, unit_class, KIND_PERCENT)


def _matching_text(doc: Document) -> str:
    """``plain`` with the full-width commas between digits put back: ``3，5人`` is a list of two
    figures, never the thousands-grouped 35 (only a half-width comma groups digits)."""
    plain = doc.plain
    restore = [m.start() for m in _DIGIT_COMMA.finditer(plain) if doc.text[doc.source_offset(m.start())] == "，"]
    if not restore:
        return plain
    pieces, last = [], 0
    for i in restore:  # pieces, not a list of characters: that would cost 80 bytes a character
        pieces += (plain[last:i], "，")
        last = i + 1
    pieces.append(plain[last:])
    return "".join(pieces)


def _read_match(m, plain: str, lexicon: Lexicon, blur_before, units: dict[str, tuple[str, str]],
                spellings: dict[str, str]) -> Quantity | None:
    # The groups in the order _number_regex writes them (one call, not one per group name).
    digits, mult, blur_mid, blur_num, mult2, unit, blur_after = m.groups()
    digits = spellings.setdefault(digits, digits)
    chinese = not digits[0].isdigit()
    if digits.startswith("百分之"):  # 百分之九十七点七八 is 97.78%
        value_text = cn_decimal_text(digits[3:])
        unit, mult, mult2, blur_mid, blur_num = "%", None, None, None, None
        if value_text is None:
            return None
    elif chinese:
        value = cn_int(digits)
        if value is None:
            value = cn_digits(digits)  # 三二二 read digit by digit, as cn2an reads it
        value_text = None if value is None else str(value)
        if value_text is None:
            return None
    else:
        # 1,017.8 and 1 017.8 (statistical bulletins group digits with a space)
        value_text = digits.replace(",", "").replace(" ", "") if "," in digits or " " in digits else digits
    if len(value_text) - ("." in value_text) > MAX_FIGURE_DIGITS:
        return None  # a figure too long to be a figure is not a figure
    mult_word = mult or mult2 or ""
    multiplier = lexicon.multiplier_values[mult_word] if mult_word else _ONE
    decimals = len(value_text) - value_text.index(".") - 1 if "." in value_text else 0
    if unit:
        unit, unit_class = units.get(unit) or _read_unit(unit, units, lexicon)
    else:
        unit, unit_class = "", ""
    num_start, num_end = m.span(1)
    end = m.end()
    kind = _classify(plain, num_start, num_end, value_text, unit, mult_word)
    if kind in ("year", "date") and unit not in ("", "年", "年度"):
        end = num_end
    # Precision: a bare whole count is exact; decimals, multiplied figures and percentages are rounded.
    ulp = unit_of_last_digit(multiplier, decimals) if unit_class == "percent" or decimals or multiplier != 1 else _ZERO
    approx = blur_mid or blur_num or blur_after
    position = ""
    if blur_num:
        position = "before_multiplier" if mult2 else "after_number"
    elif blur_mid:
        position = "after_multiplier"
    start = num_start if m.start() == num_start else m.start()  # one int object for both (see Quantity.num_end)
    if not approx and not lexicon.approx_initials.isdisjoint(plain[max(0, start - 4) : start]):
        before = blur_before.search(plain, max(0, start - 4), start)
        if before and not _inside_word(plain, before.start(), lexicon):  # not the 约 of 签约
            approx = before.group().strip()
            start = before.start()
    # Positional, in field order: keywords cost a third of the construction time.
    return Quantity(start, end, num_start, digits, value_text, ulp, multiplier, unit, unit_class, kind, approx, False, chinese, position)


@lru_cache(maxsize=4096)
def _decimal(numeral: str, multiplier: Decimal) -> Decimal:
    """A figure's value, one object for each figure that recurs (a large document repeats many)."""
    value = Decimal(numeral)
    return value if multiplier is _ONE else _FIGURE_CONTEXT.multiply(value, multiplier)


@lru_cache(maxsize=64)
def unit_of_last_digit(multiplier: Decimal, decimals: int) -> Decimal:
    """One unit of the last stated digit: one Decimal for all the figures that share it."""
    return multiplier * _ONE.scaleb(-decimals)


@lru_cache(maxsize=16)
def _units_read(lexicon: Lexicon) -> dict[str, tuple[str, str]]:
    """The units read so far, as written: their base unit and its class (:func:`_read_unit`)."""
    return {}


def _read_unit(written: str, units: dict[str, tuple[str, str]], lexicon: Lexicon) -> tuple[str, str]:
    unit = _SPACES.sub("", written) if " " in written or "\t" in written or "\n" in written else written
    unit = sys.intern(unit)  # one string per unit, not one per figure (a 20 MB file has 150 000)
    read = units[written] = (unit, _unit_class(unit, lexicon))
    return read


def _inside_word(plain: str, at: int, lexicon: Lexicon) -> bool:
    """A blur word that is the end of a longer word (签约, 预约, 节约)."""
    return any(plain.startswith(word, at - len(word) + 1) for word in lexicon.approx_word_exceptions)


def _unit_class(unit: str, lexicon: Lexicon) -> str:
    if unit in _PERCENT_UNITS:
        return "percent"
    return lexicon.unit_classes.get(unit.split("/", 1)[0] if "/" in unit else unit, "")


_DATE_WORDS = frozenset("年月日号")


def _classify(plain: str, start: int, end: int, value_text: str, unit: str, mult_word: str) -> str:
    """What a number is when it is not a plain quantity."""
    if unit in _PERCENT_UNITS:
        return KIND_PERCENT
    if "." in value_text and not unit and not mult_word and (
            plain[end : end + 1] == ":" and plain[end + 1 : end + 2].isdigit() or plain[start - 1 : start] == ":" and plain[start - 2 : start - 1].isdigit()):
        return "ratio"  # a term of 19.4:1 or 12.1:34.8:53.1 (生师比, 三次产业结构): no count (whole terms are read as clock times)
    if mult_word or "." in value_text:
        return KIND_QUANTITY  # only a bare whole number can be a year, a date, an ordinal or a code
    before = plain[max(0, start - 8) : start]
    last = before.rstrip(" \t")[-1:]
    if last == "第":
        return "ordinal"
    next_char = plain[end : end + 1]
    if not unit and next_char in (".", "、") and _MARKER_BEFORE.search(before):
        return "ordinal"  # a list marker: "3.实施…", "2、加强…"
    if next_char == ":" and plain[end + 1 : end + 2].isdigit() or before.endswith(":") and before[-2:-1].isdigit():
        return "date"  # a clock time: 08:43 (not the 12 of 其中：12个镇)
    after = plain[end : end + 3].lstrip(" \t")[:1]  # the first character after the digits and their spaces
    if last in _DOCNO_BRACKETS and after == _DOCNO_BRACKETS[last]:
        return "docno"
    if after == "号" and last in ("〕", "]", "】", "﹞", "］"):
        return "docno"
    if after in _DATE_WORDS and (after != "号" or unit != "号"):
        if after == "年" and not (len(value_text) == 4 and value_text[:2] in ("19", "20")):
            return KIND_QUANTITY if unit else "date"
        return "year" if after == "年" else "date"
    if unit in ("岁", "周岁"):
        return "age"
    if value_text in _HOTLINES and not unit:
        return "hotline"
    if not unit and not _PHONE_CUE_INITIALS.isdisjoint(before) and _PHONE_CUE.search(before):
        return "phone"  # not 电话咨询61人次: a count of calls
    if not unit and len(value_text) >= 7 and value_text[0] in "01":
        return "phone"
    if next_char in ("-", "/") or plain[max(0, start - 1) : start] in ("-", "/"):
        return "code"
    if not unit and len(value_text) >= 9:
        return "code"
    return KIND_QUANTITY


def _mark_ranges(quantities: list[Quantity], plain: str) -> None:
    for left, right in zip(quantities, quantities[1:]):
        if right.num_start - left.end > 0 and RANGE_BETWEEN.fullmatch(plain, left.end, right.num_start):
            # "2024—2026年": the left end of a range of years is a year too
            if right.kind == "year" and _YEAR_DIGITS.fullmatch(left.text):
                left.kind = "year"
            left.in_range = right.in_range = True


# --- what a count counts ----------------------------------------------------------------------


@record(frozen=True, slots=True)
class Subject:
    """What a count counts: "484 名村（居委会）“儿童主任”" counts 儿童主任."""

    noun: str  # canonical count noun of the lexicon
    modifiers: str  # words of the noun phrase before the noun ("18岁以下", "保障农村"), brackets and quotes taken out
    combined: bool  # the count covers a coordination ("737 名孤儿、事实无人抚养儿童", "儿童督导员、儿童主任 637 名")


def clause_before(doc: Document, q: Quantity) -> str:
    """The text from the start of the clause up to the figure (its qualifiers, or its subject)."""
    limit = max(0, q.start - 60)
    back = _CLAUSE_BREAK_BACK.search(doc.plain, limit, q.start)
    return doc.plain[back.end() if back else limit : q.start]


@per_document
def subjects(doc: Document) -> dict[int, Subject]:
    """The subject of every count that has one, by the count's start offset (computed once per document).

    The noun is read before the figure when the clause ends with it ("留守儿童 1705 人",
    "儿童主任634"), otherwise after it ("484 名村（居委会）“儿童主任”", "486 儿童主任发放…"); a figure
    without a unit takes only a noun right next to it. "城市低保对象 2764 户 6026 人": the second
    figure counts what the first counts. Only nouns of the lexicon are named.
    """
    cached = {}
    previous = None
    plain, lexicon = doc.plain, doc.lexicon
    for q in doc.numbers:
        if q.kind != KIND_QUANTITY:
            continue
        if q.unit_class not in ("discrete", ""):
            # Amounts and measures: no rule asks whose they are. Their subject is read only when the
            # count right after them takes it ("城市低保对象 2764 户 6026 人").
            previous = (q, None)
            continue
        subject = _subject_of(plain, q, lexicon)
        if subject is None and previous is not None and _SPACES_ONLY.fullmatch(plain, previous[0].end, q.start):
            subject = previous[1] if previous[1] is not None else _subject_of(plain, previous[0], lexicon)
        if subject:
            cached[q.start] = subject
            previous = (q, subject)
    return cached


def _subject_of(plain: str, q: Quantity, lexicon: Lexicon) -> Subject | None:
    """The noun a count counts, read before it in its clause or else after it."""
    back = _CLAUSE_MARK_BACK.search(plain, max(0, q.start - 60), q.start)
    clause_start = back.end() if back else max(0, q.start - 60)
    subject = _subject_before(plain[clause_start : q.start], lexicon)
    if subject is None:
        ahead = CLAUSE_END.search(plain, q.end, q.end + 32)
        subject = _subject_after(plain[q.end : ahead.start() if ahead else q.end + 32], q.unit, lexicon)
    return subject


_BEFORE_FILLER_WORDS = ("的有", "有", "为", "达到", "达", "共计", "合计", "共", "计", "总数", "人数", "数量", " ", "\t", "“", "”", '"')
# *+: 共计 = 共+计 backtracks exponentially
_BEFORE_FILLER = lazy("(?:" + "|".join(map(escape, _BEFORE_FILLER_WORDS)) + ")*+$")
_BEFORE_FILLER_CHARS = "".join(set("".join(_BEFORE_FILLER_WORDS)))
_COORDINATION_WORDS = ("以及", "、", "和", "及", "与")  # 以及 before 及: the longer word is taken off
_NOUN_BOUNDARY = lazy(r"$|[0-9]|" + _PHRASE_STOP.pattern)


def _subject_before(clause: str, lexicon: Lexicon) -> Subject | None:
    """The noun that ends the clause before a figure, filler words (有, 为, 共计 …) skipped."""
    # The filler can only start within the clause's tail of filler characters: search from there.
    tail = len(clause.rstrip(_BEFORE_FILLER_CHARS))
    if tail < len(clause):
        clause = clause[: _BEFORE_FILLER.search(clause, tail).start()]
    # A quick exit for most clauses, which end in no noun (nor in a mark or space that may follow one).
    last = clause[-1:]
    if not last or (last not in lexicon.noun_last_chars and last not in NOUN_NOISE_MARKS and not last.isspace()):
        return None
    head = plain_noun(clause)
    noun = _noun_ending(head, lexicon)
    if noun is None:
        return None
    rest = head[: len(head) - len(noun)]
    if _counted_before(rest, lexicon):
        return None  # "覆盖5乡镇52个村", "16 个乡镇 235 个村": 乡镇 is counted by the figure before it
    # a coordination: "儿童督导员、儿童主任 637 名", "留守儿童困境儿童1072"
    combined = _noun_ending(_without_coordination(rest), lexicon) is not None
    # the modifiers of this item only: after the last 、 / 和 or the previous figure and its unit
    item = _ITEM_SPLIT.split(rest)[-1]
    return Subject(lexicon.noun_canonical[noun], _without_coordination(item), combined)


def _without_coordination(text: str) -> str:
    """The text without the 、 / 和 / 及 / 与 / 以及 that ends it."""
    for word in _COORDINATION_WORDS:
        if text.endswith(word):
            return text[: -len(word)]
    return text


def _noun_ending(text: str, lexicon: Lexicon) -> str | None:
    """The longest count noun (any spelling) that ends the text."""
    if not text or text[-1] not in lexicon.noun_last_chars:
        return None  # most clauses end in no noun: one set lookup decides
    match = lexicon.noun_ending_regex.match(text)
    return match.group() if match else None


def _counted_before(text: str, lexicon: Lexicon) -> bool:
    """The text ends with a figure and perhaps its unit, which count the noun that follows."""
    return bool(_counted_regex(lexicon).search(text))


@lru_cache(maxsize=16)
def _counted_regex(lexicon: Lexicon):
    return compile_regex(r"[0-9][ \t]*+(?:(?:" + lexicon.unit_pattern + r")[ \t]*+)?$")


def _subject_after(phrase: str, unit: str, lexicon: Lexicon) -> Subject | None:
    """The noun that follows a figure within its clause ("484 名村（居委会）“儿童主任”")."""
    if lexicon.noun_first_chars.isdisjoint(phrase):
        return None  # no noun can start here: the common case, decided without building the phrase
    phrase = plain_noun(phrase)
    best = None
    matches = list(lexicon.noun_regex.finditer(phrase, overlapped=True))
    for m in matches:
        if not unit and m.start() > 0:
            continue  # "486 儿童主任": a figure without a unit takes only an adjacent noun
        if _PHRASE_STOP.search(phrase, 0, m.start()) or _DIGIT.search(phrase, 0, m.start()):
            continue  # a verb or another figure between the count and the noun
        if not _NOUN_BOUNDARY.match(phrase, m.end()):
            continue  # "农村留守老年": 村 is inside a longer word
        if best is None or m.end() > best.end() or (m.end() == best.end() and m.start() < best.start()):
            best = m
    if best is None or any(m.end() <= best.start() for m in matches):
        return None  # "12 名爱心人士担任…爱心妈妈": another noun comes first
    after = phrase[best.end() :]
    joint = _COORDINATION_START.match(after)
    combined = bool(joint) and bool(lexicon.noun_regex.match(after, joint.end()))
    return Subject(lexicon.noun_canonical[best.group()], phrase[: best.start()], combined)


# --- helpers the numeric rules share ------------------------------------------------------------

# a figure's own bare share right after it: "78366人，占13.53%"
_OWN_SHARE = lazy(r"[ \t]*+,?[ \t]*+占(?:比)?[ \t]*+(?:(?:为|达到|达|是)[ \t]*+)?")
_OWN_NAMED_SHARE = lazy(r"[ \t]*+,?[ \t]*+占(?:比|[^,;:。!?\d%]{1,8}?)?[ \t]*+(?:(?:为|达到|达|是)[ \t]*+)?")


def own_share(doc: Document, q: Quantity, named: bool = False) -> Quantity | None:
    """The bare share right after a figure ("78366人，占13.53%"), if any; with ``named``, also one
    that names its base ("1,933亿元，占全市资产总额48.8%")."""
    numbers, starts = doc.numbers, number_starts(doc)
    i = bisect_right(starts, q.start)
    share = numbers[i] if i < len(numbers) else None
    pattern = _OWN_NAMED_SHARE if named else _OWN_SHARE
    if share is None or share.unit != "%" or not share.exact or not pattern.fullmatch(doc.plain, q.end, share.start):
        return None
    return share


@per_document
def number_starts(doc: Document) -> list[int]:
    """The start offsets of all a document's numbers (years and shares too), to bisect."""
    return [q.start for q in doc.numbers]


def years_stated(doc: Document, start: int, end: int) -> frozenset[str]:
    """The years written in ``plain[start:end]`` (2010 of 与2010年…相比)."""
    starts = number_starts(doc)
    return frozenset(q.text for q in doc.numbers[bisect_left(starts, start) : bisect_left(starts, end)] if q.kind == "year")


_FULL_STOP = lazy(r"[。!?\n]")


def share_cue(plain: str, count: Quantity, share: Quantity) -> str:
    """The words between a count and its share (占, 占建议总数的)."""
    return plain[count.end : share.start].strip(" \t,")


def per_whole(share: Quantity) -> Decimal:
    """What a share's whole is written as: 100 for a percentage, 1000 for a per-mille share."""
    return Decimal(1000) if share.unit == "‰" else Decimal(100)


def _same_total_named(plain: str, a: Quantity, a_share: Quantity, b: Quantity, b_share: Quantity) -> bool:
    """Whether two shares name one total in the same words (占立案总数的) or name none in particular
    (占, 占比, 占总数的)."""
    cues = [_total_named(share_cue(plain, q, share)) for q, share in ((a, a_share), (b, b_share))]
    return cues[0] == cues[1] and (not cues[0] or _TOTAL_COUNT.search(cues[0]) is not None)


# 总数, 总件数, 总人数: a total count, as the share cues name it (占总数的, 占立案总件数的); a fragment of
# the share patterns of NUM003 too
TOTAL_COUNT_WORD = r"总[件人户个家]?数"
_TOTAL_COUNT = lazy(TOTAL_COUNT_WORD)


def _total_named(cue: str) -> str:
    """The total a share's cue names: "" for 占, 占比, 占总数的, 占总件数的 (none in particular)."""
    cue = cue.removeprefix("占").removesuffix("的").removesuffix("为").removeprefix("比")
    return "" if not cue or _TOTAL_COUNT.fullmatch(cue) else cue


def shares_of_one_whole(doc: Document, q: Quantity) -> list[Quantity] | None:
    """The counts of the list a count belongs to when each carries its share and the shares add up
    to 100% within their rounding (咨询类124599件，占63.72%；…其它类9791件，占5.01%): the list is the
    whole. A list runs within a sentence; failing that, over sentences whose shares each name one
    total in the same words (…提案22件，占立案总数的12.87%。…提案50件，占立案总数的29.23%。) or none
    in particular (…1116件，占38.6%。…529件，占总数的18.3%。). None otherwise."""
    share = own_share(doc, q, named=True)
    if share is None:
        return None
    for across_sentences in (False, True):
        run, shares = _share_run(doc, q, share, across_sentences)
        if len(run) >= 2:
            # rounded, not cut, and a count of 0 has a share of exactly 0: else 99.97% + 0.01% + four 0.00% (of
            # 0.00元) would make a list short of a part look whole
            slack = [Decimal(0) if count.value == 0 else p.ulp / 2 for count, p in zip(run, shares)]
            low = sum((p.value - d for p, d in zip(shares, slack)), Decimal(0))
            high = sum((p.value + d for p, d in zip(shares, slack)), Decimal(0))
            if low <= 100 <= high:
                return run
    return None


def _share_run(doc: Document, q: Quantity, share: Quantity, across_sentences: bool) -> tuple[list[Quantity], list[Quantity]]:
    """The counts around ``q`` in its unit that each carry a share, and their shares."""
    quantities, starts = quantities_of(doc)
    group, plain = unit_group(q), doc.plain
    i = bisect_right(starts, q.start) - 1
    run, shares = [q], [share]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(quantities):
            other = quantities[j]
            if unit_group(other) != group:
                j += step
                continue
            first, last = (other, run[0]) if step < 0 else (run[-1], other)
            share = own_share(doc, other, named=True)
            if share is None:
                break
            stop = _FULL_STOP.search(plain, first.end, last.start)
            neighbour = 0 if step < 0 else -1
            if stop and not (across_sentences and stop.group() == "。"
                             and _same_total_named(plain, other, share, run[neighbour], shares[neighbour])):
                break
            at = 0 if step < 0 else len(run)
            run.insert(at, other)
            shares.insert(at, share)
            j += step
    return run, shares


@per_document
def quantities_of(doc: Document) -> tuple[list[Quantity], list[int]]:
    """The quantities of a document (not its years, percentages, phone numbers …) and their start
    offsets, to bisect; computed once for the numeric rules."""
    found = [q for q in doc.numbers if q.kind == KIND_QUANTITY]
    return found, [q.start for q in found]



_PERSON_UNITS = ("人", "名", "位")
_HEAD_UNITS = ("头", "匹")  # livestock: 大牲畜 are cattle (头) and horses (匹)


def unit_group(q: Quantity) -> str | None:
    """What a figure can be added to: counts of people (人, 名, 位) together, of livestock (头, 匹)
    together, money in 元 whatever
    its multiplier, other units each by themselves; None for rates (元/月) and percentages."""
    if "/" in q.unit or q.unit_class == "percent" or not q.is_count:
        return None
    if q.unit in _PERSON_UNITS:
        return "人"
    if q.unit in _HEAD_UNITS:
        return "头"
    return q.unit or None


def as_written(doc: Document, q: Quantity) -> str:
    """The figure as the document writes it, spaces taken out ("67万元", "44052人")."""
    return _SPACES.sub("", doc.plain[q.num_start : q.end])


def amount(value: Decimal, multiplier: Decimal = Decimal(1), unit: str = "") -> str:
    """A computed value in the scale of a stated figure: 7863800 in 万 → "786.38万"."""
    words = {Decimal(10000): "万", Decimal(100000000): "亿"}
    scaled = value / multiplier if multiplier in words else value
    text = format(scaled, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + words.get(multiplier, "") + unit


def rounded(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded to ``decimals`` decimals. Figures have at most :data:`MAX_FIGURE_DIGITS`
    digits, but their sums, scales and ratios can run past Decimal's default precision of 28
    digits, where quantize raises: rounded here with the precision the result needs."""
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + decimals + 2)  # every digit the result has
        return value.quantize(Decimal(1).scaleb(-decimals))


def fixed(value: Decimal, decimals: int) -> str:
    """``value`` written with ``decimals`` decimals ("12.30"), as :func:`rounded`."""
    return format(rounded(value, decimals), "f")


def tolerance_note(*figures: Quantity) -> str:
    """"±0.5万 from the stated digits", or "" when every figure is exact."""
    half = sum((q.ulp / 2 for q in figures), Decimal(0))
    if not half:
        return ""
    scale = max((q.multiplier for q in figures), default=Decimal(1))
    return f"tolerance ±{amount(half, scale)} from the stated digits"


@per_document
def rounding_disclaimed(doc: Document) -> bool:
    """The document says its totals and parts may differ by rounding (因四舍五入…)."""
    return any(word in doc.plain for word in doc.lexicon.rounding_disclaimers)


_CLAUSE_MARK_BACK = lazy(CLAUSE_END.pattern, flags=REVERSE)


def label_names(plain: str, q: Quantity, name: str) -> bool:
    """Whether the words before ``q`` in its clause name ``name``, perhaps with words between
    (已转移农村劳动力 names 转移劳动力): its characters in order, its last two together."""
    label = plain[clause_bounds(plain, q.start, q.end)[0] : q.start]
    if name[-2:] not in label:
        return False
    at = 0
    for char in name:
        at = label.find(char, at) + 1
        if not at:
            return False
    return True


def clause_bounds(plain: str, start: int, end: int, reach: int = 100) -> tuple[int, int]:
    """The clause around plain[start:end]: from after the last , ; : 。 ! ? or line break before it
    to the next one after it, looking at most ``reach`` characters each way."""
    back = _CLAUSE_MARK_BACK.search(plain, max(0, start - reach), start)
    ahead = CLAUSE_END.search(plain, end, min(len(plain), end + reach))
    return (back.end() if back else max(0, start - reach)), (ahead.start() if ahead else min(len(plain), end + reach))


def names_change_or_rate(lexicon: Lexicon, label: str) -> bool:
    """Whether ``label`` (the words before a figure) makes the figure a change or a rate (较上年减少
    200 人, 每人每月 800 元) rather than a part or a whole. A compound that merely contains a change
    word (增加值, value added) names no change."""
    for compound in lexicon.not_change_compounds:
        label = label.replace(compound, "")
    return any(word in label for word in lexicon.not_part_words)
