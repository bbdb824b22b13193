"""Numbers in the text, with their value, stated precision, unit and what they count.

A figure keeps the precision it was written with: ``786.3893万元`` is 7863893 元 known to 1 元,
``67万元`` is 670000 元 known to 1万 (so it stands for [66.5万, 67.5万]), a bare count such as
``96143名`` is exact. Values are ``Decimal``; nothing here goes through float.

Numbers that are not quantities are recognised as what they are, so that no rule adds them up:
years and dates, ordinals (第十四届, 第103号), document numbers (〔2023〕87号), phone numbers,
hotlines (12345), ages (18周岁) and index codes (MB1A08302/2022-28054).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from .lexicon import Lexicon, _alternation, _plain_noun
from .text import Document

KIND_QUANTITY = "quantity"
KIND_PERCENT = "percent"
NOT_COUNTS = ("year", "date", "ordinal", "docno", "phone", "hotline", "age", "code")

_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
_RANGE_BETWEEN = regex.compile(r"[ \t]*[~～—\-–至到][ \t]*")
_CLAUSE_BREAK = "，。；：、,;:!?！？\n"
_PHONE_CUE = regex.compile(r"(?:电话|热线|传真|手机|联系方式|拨打)[^，。；\n]{0,6}$")
_HOTLINES = {"12345", "12349", "12315", "12351", "12338", "12355", "12356", "110", "119", "120", "122", "96110"}
_DOCNO_BRACKETS = {"〔": "〕", "[": "]", "【": "】", "(": ")", "﹝": "﹞", "［": "］"}
_DATE_UNITS = ("年", "月", "日", "号")
# Verbs and function words that end the noun phrase after a count ("为 795 名残疾儿童发放…").
_PHRASE_STOP = regex.compile(
    r"发放|进行|开展|纳入|提供|签订|参加|参与|建立|实现|给予|申报|落实|全部|已|的|和|及|与|等|为|在|中|共|累计|"
    r"得到|享受|获得|受益|覆盖|入住|办理|完成|资格|信息|台账|[，。；：、,;:!?！？\n（）()]"
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number as written. Offsets are into ``Document.plain``."""

    start: int  # the whole figure: blur words, digits, multiplier, unit
    end: int
    num_start: int  # the digits only
    num_end: int
    text: str  # the digits as written, e.g. "786.3893" or "九万六千"
    value: Decimal  # in base units: 786.3893万元 -> 7863893
    ulp: Decimal  # one unit of the last stated digit, in base units; 0 when exact
    multiplier: Decimal  # 1, 10000 (万), 100000000 (亿)
    unit: str  # base unit: "元", "人", "元/月", "%", "" when none
    unit_class: str  # "discrete", "money", "measure", "percent", ""
    kind: str  # "quantity", "percent", or one of NOT_COUNTS
    approx: str | None = None  # the blur word (约, 余, 多, 以上 …), None when the figure is exact
    in_range: bool = False  # one end of a range (3～5人, 2018—2022年)
    chinese: bool = False  # written in Chinese numerals
    approx_position: str = ""  # where a 余/多 stands: "before_multiplier" (15余万), "after_multiplier" (3.8万余), "after_number"

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
        """Digits written after the decimal point."""
        return len(self.text.split(".", 1)[1]) if "." in self.text else 0


@lru_cache(maxsize=16)
def _number_regex(lexicon: Lexicon):
    multipliers = _alternation(lexicon.multipliers)
    blur_after = _alternation(lexicon.approx_suffixes)
    units = lexicon.unit_pattern
    return regex.compile(
        r"(?P<num>(?<![0-9A-Za-z.,_/\-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![0-9A-Za-z])"
        r"|(?<![第统唯之同单" + _CN_NUMERAL + r"])[" + _CN_NUMERAL + r"]{2,}(?=[ \t]*(?:" + units + r")))"
        r"[ \t]*"
        r"(?:(?P<mult>" + multipliers + r")(?P<blur_mid>余|多)?|(?P<blur_num>余|多)(?P<mult2>" + multipliers + r")?)?"
        r"[ \t]*"
        r"(?P<unit>%|‰|个百分点|百分点|(?:" + units + r")(?:[ \t]*/[ \t\n]*(?:人|户|月|年|季度|天|次|名))*)?"
        r"(?P<blur_after>" + blur_after + r")?"
    )


@lru_cache(maxsize=16)
def _blur_before_regex(lexicon: Lexicon):
    return regex.compile(r"(?:" + _alternation(lexicon.approx_prefixes) + r")[ \t]*$")


def extract_quantities(doc: Document) -> list[Quantity]:
    lexicon = doc.lexicon
    plain = doc.plain
    blur_before = _blur_before_regex(lexicon)
    result: list[Quantity] = []
    for m in _number_regex(lexicon).finditer(plain):
        quantity = _read_match(m, plain, lexicon, blur_before)
        if quantity is not None:
            result.append(quantity)
    _mark_ranges(result, plain)
    return result


def _read_match(m, plain: str, lexicon: Lexicon, blur_before) -> Quantity | None:
    digits = m.group("num")
    chinese = not digits[0].isdigit()
    if chinese:
        value_text = _cn_to_decimal_text(digits)
        if value_text is None:
            return None
    else:
        value_text = digits.replace(",", "")
    mult_word = m.group("mult") or m.group("mult2") or ""
    multiplier = lexicon.multiplier_values.get(mult_word, Decimal(1))
    raw = Decimal(value_text)
    decimals = -raw.as_tuple().exponent if "." in value_text else 0
    unit = regex.sub(r"[ \t\n]", "", m.group("unit") or "")
    unit_class = _unit_class(unit, lexicon)
    end = m.end()
    kind = _classify(m, plain, value_text, unit, mult_word)
    if kind in ("year", "date") and unit not in ("", "年", "年度"):
        end = m.end("num")
    # Precision: a bare whole count is exact; decimals, multiplied figures and percentages are rounded.
    if unit_class == "percent" or decimals or multiplier != 1:
        ulp = multiplier * Decimal(1).scaleb(-decimals)
    else:
        ulp = Decimal(0)
    approx = m.group("blur_mid") or m.group("blur_num") or m.group("blur_after")
    position = ""
    if m.group("blur_num"):
        position = "before_multiplier" if m.group("mult2") else "after_number"
    elif m.group("blur_mid"):
        position = "after_multiplier"
    start = m.start()
    before = blur_before.search(plain, max(0, start - 4), start)
    if before and not approx:
        approx = before.group().strip()
        start = before.start()
    return Quantity(
        start=start,
        end=end,
        num_start=m.start("num"),
        num_end=m.end("num"),
        text=digits,
        value=raw * multiplier,
        ulp=ulp,
        multiplier=multiplier,
        unit=unit,
        unit_class=unit_class,
        kind=kind,
        approx=approx,
        chinese=chinese,
        approx_position=position,
    )


def _unit_class(unit: str, lexicon: Lexicon) -> str:
    if unit in ("%", "‰", "个百分点", "百分点"):
        return "percent"
    head = unit.split("/", 1)[0]
    if head in lexicon.money_units:
        return "money"
    if head in lexicon.discrete_units:
        return "discrete"
    if head in lexicon.measure_units:
        return "measure"
    return ""


def _classify(m, plain: str, value_text: str, unit: str, mult_word: str) -> str:
    """What a number is when it is not a plain quantity."""
    start, end = m.start("num"), m.end("num")
    after = plain[end : end + 3].lstrip(" \t")
    before = plain[max(0, start - 8) : start]
    bare = not mult_word and "." not in value_text
    if unit in ("%", "‰", "个百分点", "百分点"):
        return KIND_PERCENT
    if bare and before.rstrip(" \t").endswith("第"):
        return "ordinal"
    opener = before.rstrip(" \t")[-1:] if before.rstrip(" \t") else ""
    if bare and opener in _DOCNO_BRACKETS and after[:1] == _DOCNO_BRACKETS[opener]:
        return "docno"
    if bare and after.startswith("号") and before.rstrip(" \t")[-1:] in ("〕", "]", "】", "﹞", "］"):
        return "docno"
    if bare and (after.startswith(("年", "月", "日")) or (after.startswith("号") and unit != "号")):
        if after.startswith("年") and not (len(value_text) == 4 and value_text[:2] in ("19", "20")):
            return KIND_QUANTITY if unit else "date"
        return "year" if after.startswith("年") else "date"
    if bare and unit in ("岁", "周岁"):
        return "age"
    if bare and value_text in _HOTLINES and not unit:
        return "hotline"
    if bare and (_PHONE_CUE.search(before) or (not unit and len(value_text) >= 7 and value_text[0] in "01")):
        return "phone"
    if bare and (plain[end : end + 1] in ("-", "/") or plain[max(0, start - 1) : start] in ("-", "/")):
        return "code"
    if bare and not unit and len(value_text) >= 9:
        return "code"
    return KIND_QUANTITY


def _mark_ranges(quantities: list[Quantity], plain: str) -> None:
    for i in range(len(quantities) - 1):
        left, right = quantities[i], quantities[i + 1]
        if _RANGE_BETWEEN.fullmatch(plain, left.end, right.num_start):
            quantities[i] = _replace_range(left)
            quantities[i + 1] = _replace_range(right)


def _replace_range(q: Quantity) -> Quantity:
    from dataclasses import replace

    return replace(q, in_range=True)


def _cn_to_decimal_text(numeral: str) -> str | None:
    """A Chinese numeral (一千二百, 两万, 九万六千一百四十三) as decimal text, via cn2an (imported lazily)."""
    import cn2an  # costs ~0.1 s to import: only documents with Chinese numerals pay for it

    try:
        value = cn2an.cn2an(numeral.replace("两", "二"), "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    if value != int(value):
        return None
    return str(int(value))


# --- what a count counts ----------------------------------------------------------------------


def clause_before(doc: Document, q: Quantity) -> str:
    """The text from the start of the clause up to the figure (its qualifiers, or its subject)."""
    plain = doc.plain
    i = q.start
    limit = max(0, i - 60)
    while i > limit and plain[i - 1] not in _CLAUSE_BREAK:
        i -= 1
    return plain[i : q.start]


def noun_of(doc: Document, q: Quantity) -> tuple[str | None, str]:
    """The count noun a figure counts, and the phrase it was read from.

    The noun is taken after the figure ("484 名村（居委会）“儿童主任”" → 儿童主任) or, when nothing
    follows, from the end of the clause before it ("留守儿童 1705 人" → 留守儿童). Only nouns of the
    lexicon are named (its synonyms map to the canonical name); otherwise the noun is None.
    """
    lexicon = doc.lexicon
    plain = doc.plain
    stop = _PHRASE_STOP.search(plain, q.end, min(len(plain), q.end + 24))
    after = _plain_noun(plain[q.end : stop.start() if stop else min(len(plain), q.end + 24)])
    best = _rightmost_noun(after, lexicon)
    if best:
        return lexicon.noun_canonical[best], after
    before = _plain_noun(clause_before(doc, q))
    trimmed = regex.sub(r"(?:有|为|达到|达|共|计|共计|合计|总数|人数|数量|[ \t])+$", "", before)
    ending_here = [m.group() for m in lexicon.noun_regex.finditer(trimmed, overlapped=True) if m.end() == len(trimmed)]
    if ending_here:
        return lexicon.noun_canonical[max(ending_here, key=len)], trimmed
    return None, after


def _rightmost_noun(phrase: str, lexicon: Lexicon) -> str | None:
    best = None
    for match in lexicon.noun_regex.finditer(phrase, overlapped=True):
        if best is None or match.end() > best.end() or (match.end() == best.end() and len(match.group()) > len(best.group())):
            best = match
    return best.group() if best else None
