"""List and heading markers: 一、 （一） 1. （1） 一是, including broken ones such as ``()是`` or ``（三``.

Each marker records its kind, its value (None when it is empty or unreadable), whether it opens a
paragraph, and whether it stands after a clear boundary (``strong``). A marker glued to the word
before it (``早治疗二是儿童福利``) is ``weak``: rules may use it to continue a sequence but never
report a finding on it alone.
"""

from __future__ import annotations

import sys

from .record import record
from .lazyre import lazy, lazy_re
from .numerals import cn_int, cn_numeral
from .tables import in_table

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from .text import Document


# Nesting rank of each kind; a heading of a lower rank closes the lists of higher ranks under it.
HEADING_LEVELS = {"cn_dun": 1, "cn_paren": 2, "arabic_dot": 3, "arabic_paren": 4}
# 第一，第二， (kind "di") enumerates as 一是 二是 does, one rank above it: 第一，… 一是…二是… 第二，…
RANKS = {"cn_dun": 1.0, "cn_paren": 2.0, "shi": 2.5, "di": 2.4, "arabic_dot": 3.0, "arabic_paren": 4.0, "circled": 5.0}

_CN_NUM = r"[一二三四五六七八九十]{1,3}"
_CN_NUM_AT = lazy(_CN_NUM)
# Each kind of marker: kind, regex; group "n" is the number text (absent for an empty marker),
# "close" the closing mark. re, not regex: each is matched at a given place, and re's match and
# groups cost a quarter of regex's there.
# not "一、二季度" / "一、二线城市": two numerals joined by a 顿号 at a line start are not a heading
_CN_DUN = ("cn_dun", lazy_re(r"(?P<n>" + _CN_NUM + r")[ \t]?(?P<punct>[、.，,])(?![一二三四五六七八九十])"))
# … unless it is the next heading of its list: "一、关于学校建设问题 / 二、三河镇中心校…"
_CN_DUN_BEFORE_NUMERAL = lazy_re(r"(?P<n>" + _CN_NUM + r")[ \t]?(?P<punct>、)(?=[一二三四五六七八九十])")
_CN_PAREN = ("cn_paren", lazy_re(r"\([ \t]*(?P<n>" + _CN_NUM + r")?[ \t]*(?P<close>\))?(?P<punct>[、.，,])?"))
# "三）" with no opening bracket at a line start: a broken （三）
_CN_PAREN_UNOPENED = ("cn_paren", lazy_re(r"(?P<n>" + _CN_NUM + r")(?P<close>\))(?P<punct>[、.，,])?"))
_ARABIC_PAREN = ("arabic_paren", lazy_re(r"\((?P<n>\d{1,2})(?P<close>\))(?P<punct>[、.，,])?"))
# (regex: its \d and \S after the number, which auditor reads everywhere, are not quite re's)
# "3、2022年元旦…": a year may open an item after 、 (never after a point: 3.2022 is a number)
_ARABIC_DOT = ("arabic_dot", lazy(r"(?P<n>\d{1,2})(?P<punct>[.、])(?:(?![\d.])|(?<=、)(?=(?:19|20)\d\d年))(?=[ \t]?\S)"))
_CIRCLED = ("circled", lazy_re(r"(?P<n>[①-⑳])"))

# Where a marker may stand: at a line start (after blanks or a bullet), or, for all but those that
# start with a numeral, also after a sentence boundary (plain has :;!? for ：；！？). One scan finds
# these places and what each starts with (the group that matched); the kinds that start so are then
# tried there in this order, and the first that reads a marker takes the place. A pattern per kind
# that looked behind for its lead at every numeral or digit of the text cost five times as much.
# re, not regex: re finds a set of first characters two to three times faster.
_KINDS_BY_START = {
    "numeral": (_CN_DUN, _CN_PAREN_UNOPENED),
    "bracket": (_CN_PAREN, _ARABIC_PAREN),
    "digit": (_ARABIC_DOT,),
    "circled": (_CIRCLED,),
}
_LINE_LEAD = r"[ \t]*(?:[-•·][ \t]*)?"
_START = r"(?=(?P<numeral>[一二三四五六七八九十])|(?P<bracket>\()|(?P<digit>\d)|(?P<circled>[①-⑳]))"
_FIRST_LINE_LEAD = lazy_re(_LINE_LEAD + _START)  # the first line has no line break before it
_LEAD = lazy_re(r"[\n。;:!?](?:(?<=\n)" + _LINE_LEAD + r"|[ \t]*(?![一二三四五六七八九十]))" + _START)
_SHI = lazy(r"(?<![第之其这那统唯同单万专如若总十])(?P<n>" + _CN_NUM + r")[ \t]{0,2}是(?!否|不是)")
_SHI_STRONG_BEFORE = set("。；;：:，,！？!? \t\n、")
# 第一，第二： an ordinal followed by a pause; not 第一、二批 (a numeral after it), not 第一次 (no pause).
_DI = lazy(r"第(?P<n>" + _CN_NUM + r")(?P<punct>[，,、:：])(?![一二三四五六七八九十])")
# Only after a sentence boundary or a comma is 第二， a marker: 位居全省第二， is a rank.
_DI_STRONG_BEFORE = set("。；;：:，,！？!?\n")


@record(slots=True, eq=False)  # not frozen, as text.Block: three times cheaper to build
class Marker:
    start: int  # plain offsets of the whole marker
    end: int
    kind: str
    value: int | None  # None: empty or unreadable number
    label: str  # the marker as written in plain, e.g. "(三)" or "二是"
    at_paragraph_start: bool
    strong: bool
    closed: bool = True  # False for a bracket marker that never closes: "(三加强"

    @property
    def rank(self) -> float:
        return RANKS[self.kind]

    @property
    def opened(self) -> bool:
        """False for a bracket marker written without its opening bracket: "三）加强"."""
        return self.kind not in ("cn_paren", "arabic_paren") or self.label.startswith("(")


def marker_label(kind: str, value: int) -> str:
    """How a marker of this kind and value is written: (三) 三、 三是 3. (3) ③."""
    if kind == "circled":
        return chr(ord("①") + value - 1)
    number = str(value) if kind.startswith("arabic") else cn_numeral(value)
    return {"cn_dun": f"{number}、", "shi": f"{number}是", "di": f"第{number}", "arabic_dot": f"{number}."}.get(kind, f"({number})")


def extract_markers(doc: Document) -> list[Marker]:
    plain = doc.plain
    para_starts = {p.start for p in doc.paragraphs}
    found: dict[int, Marker] = {}
    last_heading = None  # the last 一、 heading, whose successor may be followed by a numeral
    for lead, line_start in _leads(plain):
        at_paragraph_start = line_start in para_starts
        for kind, pattern in _KINDS_BY_START[lead.lastgroup]:
            match = pattern.match(plain, lead.end())
            marker = match and _marker(plain, kind, match, at_paragraph_start)
            if marker:
                found[marker.start] = marker
                break
        else:
            marker = _next_heading(plain, lead.end(), last_heading) if at_paragraph_start and lead.lastgroup == "numeral" else None
            if marker:
                found[marker.start] = marker
        if marker and marker.kind == "cn_dun" and marker.at_paragraph_start:
            last_heading = marker
    for match in _SHI.finditer(plain):
        if match.start() not in found:
            marker = _marker(plain, "shi", match, _paragraph_start(plain, match.start(), para_starts))
            if marker:
                found[marker.start] = marker
    for match in _DI.finditer(plain):
        at_start = _paragraph_start(plain, match.start(), para_starts)
        before = plain[match.start() - 1] if match.start() else "\n"
        if match.start() not in found and (at_start or before in _DI_STRONG_BEFORE):
            marker = _marker(plain, "di", match, at_start)
            if marker:
                found[marker.start] = marker
    cell = in_table(doc)  # 一、食品烟酒 | 0.1 |: a row label of a table, not an item of the text's lists
    cells = "|" in plain  # a line of cells, as web pages are saved, has bars: most documents have none
    return sorted((mk for mk in found.values() if not cell(mk.start) and not (cells and _row_label(plain, mk.start))),
                  key=lambda mk: mk.start)


def _row_label(plain: str, at: int) -> bool:
    """Whether a marker opens a line of cells ("一、食品烟酒 | 0.1 |", a table as web pages are saved)."""
    end = plain.find("\n", at)
    line = plain[at : end if end >= 0 else len(plain)].rstrip()
    return line.endswith("|") and line.count("|") >= 2


def _next_heading(plain: str, at: int, last_heading: Marker | None) -> Marker | None:
    """A 二、 heading followed by a numeral (二、三河镇…), read only as the heading after the last one,
    or followed by a smaller numeral (六、一般公共预算…): a list of numerals (一、二季度) rises."""
    match = _CN_DUN_BEFORE_NUMERAL.match(plain, at)
    if match is None:
        return None
    marker = _marker(plain, "cn_dun", match, True)
    if marker is None:
        return None
    if last_heading is not None and last_heading.value is not None and marker.value == last_heading.value + 1:
        return marker
    after = _CN_NUM_AT.match(plain[match.end() : match.end() + 3])
    following = cn_int(after.group()) if after else None
    return marker if following is not None and marker.value is not None and following < marker.value else None


def _leads(plain: str):
    """The leads before each place a marker may start, with the start of their line (None for a
    sentence boundary)."""
    first = _FIRST_LINE_LEAD.match(plain)
    if first:
        yield first, 0
    for lead in _LEAD.finditer(plain):
        yield lead, lead.start() + 1 if plain[lead.start()] == "\n" else None


def _marker(plain: str, kind: str, m, para_start: bool) -> Marker | None:
    """The marker a pattern matched, or None where the match is no marker after all."""
    start = m.start()
    number = m.group("n")
    if kind == "circled":
        value = ord(number) - ord("①") + 1
    elif kind in ("arabic_dot", "arabic_paren"):
        value = int(number) if number.isdecimal() else None  # not a digit of a Unicode newer than Python's
    else:
        value = cn_int(number) if number else None
    if number and value is None:
        return None
    closed = kind not in ("cn_paren", "arabic_paren") or bool(m.group("close"))
    if kind == "cn_paren" and not number and not closed:
        return None  # a lone "(" is not a marker
    if kind == "cn_paren" and not closed and not para_start:
        return None
    if kind == "shi":
        before = plain[start - 1] if start else "\n"
        strong = para_start or before in _SHI_STRONG_BEFORE
    else:
        strong = True
    # the label interned: a document repeats a handful of them (一、 (二) 3.) thousands of times
    end = m.end("n") if kind == "di" else m.end()  # 第二 without the pause after it
    return Marker(start, end, kind, value, sys.intern(plain[start:end]), para_start, strong, closed)


def _paragraph_start(plain: str, offset: int, para_starts: set[int]) -> bool:
    """True when only blanks or a bullet stand between the paragraph start and the offset."""
    line_start = plain.rfind("\n", 0, offset) + 1
    return line_start in para_starts and not plain[line_start:offset].strip(" \t-•·")
