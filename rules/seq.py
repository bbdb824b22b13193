"""SEQ: list and heading numbering (一、 （一） 一是 1. （1） ①).

Lists are scoped by rank (markers.RANKS): a marker closes the open lists of every deeper rank, so
（二） closes the 一是 list of （一）, and 二是 closes the 1. 2. 3. list under 一是. A value-1 marker
starts a new list. A list of 一是 runs across paragraph breaks until a heading closes it (text
taken from PDF often splits a paragraph over a blank line). A ``weak`` 一是 (glued to the word
before it: 早治疗二是儿童福利) may continue a list but is never reported on. SEQ005 reads the
ordinals of sessions (第…届, 第…次) whose number was lost.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import field


from auditor.record import record
from auditor.lazyre import lazy, lazy_re
from auditor.markers import Marker, marker_label
from auditor.memo import per_document
from auditor.messages import Message, english_doc
from auditor.registry import Hit, RelatedHit, rule

_BRACKET_KINDS = ("cn_paren", "arabic_paren")
_ORDINAL_KINDS = ("shi", "di")  # 一是 二是, 第一， 第二，: enumerations within the prose
# The first item written another way (其一, 一方面, 首先, 第一是 …): a 二是 after it is not missing its 一是.
# … nor after a citation of another text (根据方案要求，二是…: its second item quoted).
_FIRST_OTHERWISE = lazy(r"一是|第一|其一|一方面|一则|一要|一来|首先|一[，,、]|根据|按照|依据|要求|规定|》")
# More missing items than this is not a slip in numbering but something else (a quotation, a misread).
_MAX_GAP = 3
# A part of the document (第二部分, 第三章): the numbering of its headings starts again.
_PART_HEADING = lazy_re(r"第[一二三四五六七八九十]{1,3}(?:部分|章|篇|编)")  # at a line's start: _part_starts


@record
class _List:
    kind: str
    rank: float  # the rank of its kind (markers.RANKS)
    items: list[Marker] = field(default_factory=list)
    last: int = 0
    lenient: bool = False  # after a duplicate the next item may also skip one value

    @property
    def expected(self) -> int:
        return self.last + 1

    @property
    def from_one(self) -> bool:
        return self.items[0].value == 1

    def add(self, marker: Marker, value: int) -> None:
        self.items.append(marker)
        self.last = value


# --- messages (zh and en; auditor.messages) --------------------------------------------------------


def _bare(label: str) -> str:
    """A marker as quoted in Chinese: without the space or the comma after it (第二， → 第二)."""
    return label.strip().rstrip(",，:：")


class RepeatsPrevious(Message):
    """SEQ001: a marker that repeats the one before it."""

    label: str
    expected: str
    first_line: int  # where the list started
    zh = "“{bare}”重复，应为“{expected}”（该列举始于第 {first_line} 行）"
    en = "{label} repeats the previous marker; expected {expected} (list started at line {first_line})"

    @property
    def bare(self) -> str:
        return _bare(self.label)


class RepeatsEarlier(Message):
    """SEQ001: a marker that repeats an earlier one of its list, in the same paragraph."""

    label: str
    line: int
    expected: str
    zh = "“{bare}”与第 {line} 行的序号重复，应为“{expected}”"
    en = "{label} repeats the marker at line {line}; expected {expected}"

    bare = RepeatsPrevious.bare


class FirstMissing(Message):
    """SEQ002: a 二是 with no first item before it in its paragraph."""

    label: str  # 二是, 第二
    first: str
    zh = "本段“{label}”之前没有“{first}”"
    en = "{label} has no {first} before it in its paragraph"


class Skipped(Message):
    """SEQ002: a gap in a list."""

    label: str
    previous: str
    missing: str  # 二是、三是
    first_line: int
    zh = "“{bare}”紧接在“{previous}”之后，缺少“{missing}”（该列举始于第 {first_line} 行）"
    en = "{label} follows {previous}; {missing} is missing (list started at line {first_line})"

    bare = RepeatsPrevious.bare


class BrokenMarker(Message):
    """SEQ003: an empty or broken marker where the list expects its next item."""

    what: Message
    expected: str
    previous: str
    line: int
    zh = "{what}，接第 {line} 行的“{previous}”，此处应为“{expected}”"
    en = "{what}; expected {expected} after {previous} (line {line})"


class EmptyMarker(Message):
    label: str
    zh = "序号“{label}”中没有数字"
    en = "empty marker {label}"


class NeverClosed(Message):
    label: str
    zh = "序号“{label}”缺少右括号"
    en = "{label} is never closed"


class NoOpening(Message):
    label: str
    zh = "序号“{label}”缺少左括号"
    en = "{label} has no opening bracket"


class LostNumeral(Message):
    """SEQ003: a heading that opens with 、 and lost its numeral."""

    expected: str
    zh = "标题以“、”开头，缺少序号，应为“{expected}”"
    en = "heading opens with 、 and no numeral; expected {expected}"


class PreviousMarker(Message):
    """The related location of SEQ001–SEQ003."""

    label: str
    zh = "前一序号“{label}”"
    en = "previous marker {label}"


_WIDTHS = {"full-width": "全角", "half-width": "半角", "mixed-width": "全角半角混用的"}


class OtherBrackets(Message):
    """SEQ004: markers of a list with other brackets than most of its markers."""

    odd: str  # the markers, as written: (一)、(二)
    count: int  # how many
    usual: int
    total: int
    style: str  # full-width, half-width, mixed-width
    example: str
    zh = "{odd} 与本列举其他序号的括号不一致：{total} 个序号中有 {usual} 个用{width}括号，如“{example}”"
    en = "{odd} {uses} other brackets than the {usual} of the {total} markers of this list that use {style} ones, e.g. {example}"

    @property
    def uses(self) -> str:
        return "uses" if self.count == 1 else "use"

    @property
    def width(self) -> str:
        return _WIDTHS[self.style]


class BracketStyle(Message):
    """The related location of SEQ004: a marker in the list's usual brackets."""

    style: str
    zh = "{width}括号"
    en = "{style} brackets"

    width = OtherBrackets.width


class PunctuatedMarker(Message):
    """SEQ004: punctuation after a bracketed marker (（一）、)."""

    bare: str
    written: str
    count: int
    total: int
    zh = "括号序号后不加标点，“{written}”应写作“{bare}”（本列举 {total} 个序号中有 {count} 个如此）"
    en = "no punctuation follows a bracketed marker: write {bare}, not {written} ({count} of {total} markers of this list)"


@record(frozen=True)
class _Event:
    code: str
    marker: Marker
    message: Message
    related: Marker


def _line(doc, marker: Marker) -> int:
    return doc.plain_position(marker.start)[0]


@per_document
def _scan(doc) -> tuple[list[_Event], list[_List]]:
    """The numbering problems found, and every list that was formed (one walk per document,
    which the four SEQ rules share)."""
    return _walk(doc)


def _walk(doc) -> tuple[list[_Event], list[_List]]:
    events: list[_Event] = []
    lists: list[_List] = []
    open_lists: dict[str, _List] = {}

    def start(marker: Marker) -> None:
        new = _List(marker.kind, marker.rank)
        new.add(marker, marker.value)
        open_lists[marker.kind] = new
        lists.append(new)

    def close_below(marker: Marker) -> None:
        rank = marker.rank
        for kind in [k for k, lst in open_lists.items() if lst.rank > rank]:
            del open_lists[kind]

    # "一是工业化成果更加丰硕。…规模企业有2家：一是利捷制药厂…；二是中加轮胎处理厂…。二是农业…": a 一是
    # after a colon inside an item opens a list of its own, to the end of its sentence; then the
    # outer list goes on.
    outer: _List | None = None
    inner_end = -1
    parts = _part_starts(doc.plain)
    part = 0
    page_numbers = _page_numbers(doc)
    for m in doc.markers:
        if m.start in page_numbers:
            continue
        if part < len(parts) and m.start > parts[part]:
            part = bisect_left(parts, m.start)
            open_lists.clear()  # "第二部分 …⏎一、…": a part numbers its headings afresh
            outer = None
        if outer is not None and m.start >= inner_end:
            open_lists[outer.kind], outer = outer, None
        if m.kind == "cn_dun" and not m.at_paragraph_start:
            continue  # a hard-wrapped line that happens to start with 一，
        if m.at_paragraph_start and _flattened_cell(doc, m):
            continue  # "一、基本支出⏎|⏎319.08": a row label of a table copied one cell a line
        current = open_lists.get(m.kind)
        if outer is None and current and m.value == 1 and m.strong and _opens_inner_list(doc, current, m):
            stop = _FULL_STOP.search(doc.plain, m.end)
            outer, inner_end = current, stop.end() if stop else len(doc.plain)
            start(m)
            continue
        if m.value is None or not m.closed or not m.opened:
            # broken marker: reported only where the open list expects its next item
            cut_off = not m.closed and doc.ends_at(m.end)  # an excerpt that stops at "（二"
            if current and m.at_paragraph_start and m.value in (None, current.expected) and not cut_off:
                want = marker_label(m.kind, current.expected)
                label = m.label.strip()
                what = EmptyMarker(label) if m.value is None else NeverClosed(label) if not m.closed else NoOpening(label)
                events.append(_Event("SEQ003", m, BrokenMarker(what, want, current.items[-1].label.strip(),
                                                               _line(doc, current.items[-1])), current.items[-1]))
                current.add(m, current.expected)
                close_below(m)
            continue
        if not m.strong:
            if current and m.value == current.expected:
                current.add(m, m.value)
                close_below(m)
            elif m.value == 1 and not (current and _same_paragraph(doc, current.items[-1], m)):
                start(m)
                close_below(m)
            continue
        close_below(m)
        if current and m.value == 1 and _repeats_lone_first(doc, current, m) and not _text_repeated(doc, current.items[0], m):
            events.append(_Event("SEQ001", m, RepeatsPrevious(m.label, marker_label(m.kind, 2), _line(doc, current.items[0])),
                                 current.items[0]))
            current.add(m, 1)
            current.lenient = True
        elif current is None and m.value == 2 and m.kind in _ORDINAL_KINDS and not _first_before(doc, m):
            events.append(_Event("SEQ002", m, FirstMissing(m.label.rstrip(",，、:："), marker_label(m.kind, 1)), m))
            start(m)
        elif current is None or m.value == 1:
            start(m)
        elif m.value == current.expected or (current.lenient and m.value == current.expected + 1):
            current.add(m, m.value)
            current.lenient = False
        elif m.value == current.last:
            previous = current.items[-1]
            if previous.strong and not _text_repeated(doc, previous, m):
                events.append(_Event("SEQ001", m, RepeatsPrevious(m.label, marker_label(m.kind, current.expected),
                                                                  _line(doc, current.items[0])), previous))
                current.lenient = True
            current.add(m, m.value)
        elif m.value > current.expected:
            if current.from_one and m.value - current.expected <= _MAX_GAP and not _written_at_a_line_start(doc, current, m):
                missing = "、".join(marker_label(m.kind, v) for v in range(current.expected, m.value))
                events.append(_Event("SEQ002", m, Skipped(m.label, current.items[-1].label.strip(), missing,
                                                          _line(doc, current.items[0])), current.items[-1]))
            current.add(m, m.value)
        else:
            # a smaller value: within one paragraph a repeat, elsewhere an excerpt starting anew
            earlier = next((i for i in current.items if i.value == m.value and i.strong), None)
            if earlier and _same_paragraph(doc, earlier, m) and not _text_repeated(doc, earlier, m):
                events.append(_Event("SEQ001", m, RepeatsEarlier(m.label, _line(doc, earlier),
                                                                 marker_label(m.kind, current.expected)), earlier))
                current.items.append(m)
                current.lenient = True
            else:
                start(m)
    events.extend(_lost_headings(doc))
    events.sort(key=lambda e: e.marker.start)
    return events, lists


# A paragraph that opens with 、 (its numeral lost), short and without a full stop: a heading.
_LOST_HEADING = lazy(r"[ \t]*、[ \t]*(?=\p{Han})")
_DUN_AFTER_NEWLINE = lazy_re(r"\n[ \t]*、")  # a literal first: scanned fast, unlike a lookbehind
_DUN_FIRST = lazy_re(r"[ \t]*、")
_LOST_HEADING_MAX = 40  # characters: a longer paragraph is prose, not a heading


def _page_numbers(doc) -> set[int]:
    """Numbers that a page of a document-sharing site puts at a line's start inside a sentence
    ("…城市特困⏎2、人员59人。…2.社会救助…"): the line before breaks off after 25 characters or more
    in mid-word, and the next marker of the kind, or the one before ("…3.…目前户贷户⏎3、用还有…"), has
    the same number."""
    plain = doc.plain
    found = set()
    markers = doc.markers
    for i, m in enumerate(markers):
        if m.kind != "arabic_dot" or not m.at_paragraph_start:
            continue
        line_start = plain.rfind("\n", 0, m.start) + 1
        before = plain[plain.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)].rstrip()
        if len(before) < 25 or not "\u4e00" <= before[-1] <= "\u9fff":
            continue
        following = next((n for n in markers[i + 1 :] if n.kind == m.kind), None)
        previous = next((n for n in reversed(markers[:i]) if n.kind == m.kind), None)
        if any(n is not None and n.value == m.value for n in (following, previous)):
            found.add(m.start)
    return found


def _part_starts(plain: str) -> list[int]:
    """Where the parts of the document (第二部分, 第三章) open their lines."""
    return [m.start() for m in _PART_HEADING.finditer(plain) if not plain[plain.rfind("\n", 0, m.start()) + 1 : m.start()].strip(" \t")]


def _lost_headings(doc) -> list[_Event]:
    """Headings written ``、踏实工作，…`` whose 一、 was lost: a paragraph opened by 、 that reads as a
    heading (short, no 。) in the place of a 一、 heading — the next heading below it is （一）, or the
    一、 headings around it leave exactly its number free. Reported as an empty marker."""
    plain = doc.plain
    if "、" not in plain:
        return []
    # the starts of the lines that open with 、 (not found in "\n" + plain: a copy of a 20 MB text)
    line_starts = [0] if _DUN_FIRST.match(plain) else []
    line_starts += [m.start() + 1 for m in _DUN_AFTER_NEWLINE.finditer(plain)]
    if not line_starts:
        return []
    events = []
    # Paragraph-opening markers with a number, in order; and the 一、 headings among them.
    leads = [m for m in doc.markers if m.at_paragraph_start and m.value]
    lead_starts = [m.start for m in leads]
    duns = [m for m in leads if m.kind == "cn_dun"]
    dun_starts, dun_ends = [m.start for m in duns], [m.end for m in duns]
    for line_start in line_starts:
        paragraph = doc.paragraph_at(line_start)
        if paragraph is None or paragraph.start != line_start:
            continue  # a hard-wrapped line: the rest of a sentence
        lead = _LOST_HEADING.match(plain, paragraph.start, paragraph.end)
        text = plain[paragraph.start : paragraph.end].strip()
        if lead is None or len(text) > _LOST_HEADING_MAX or "。" in text:
            continue
        i = bisect_right(dun_ends, paragraph.start)  # the 一、 headings that end before the paragraph
        before = duns[i - 1] if i else None
        j = bisect_left(lead_starts, paragraph.end)  # the first marker after it
        first_after = leads[j] if j < len(leads) else None
        k = bisect_left(dun_starts, paragraph.end)
        next_dun = duns[k] if k < len(duns) else None
        if before is not None:
            want, related = before.value + 1, before
            if next_dun is not None and next_dun.value != want + 1:
                continue
        elif next_dun is not None:
            want, related = next_dun.value - 1, next_dun
            if want < 1:
                continue
        elif first_after is not None and first_after.kind == "cn_paren" and first_after.value == 1:
            want, related = 1, first_after
        else:
            continue
        at = plain.index("、", lead.start())
        marker = Marker(at, at + 1, "cn_dun", None, "、", True, True)
        events.append(_Event("SEQ003", marker, LostNumeral(marker_label("cn_dun", want)), related))
    return events


def _written_at_a_line_start(doc, current: _List, marker: Marker) -> bool:
    """Whether a line between the list's last item and ``marker`` opens with a missing marker written as
    ``marker`` is ("2、2%。专任教师…", a marker before a figure that the reading takes for a number)."""
    label = marker.label.strip()
    if str(marker.value) not in label:
        return False
    start, end = current.items[-1].end, marker.start
    return any(doc.plain.startswith(label.replace(str(marker.value), str(value), 1), line_start + 1)
               for value in range(current.expected, marker.value)
               for line_start in _line_breaks(doc.plain, start, end))


def _line_breaks(plain: str, start: int, end: int):
    at = plain.find("\n", start, end)
    while at >= 0:
        yield at
        at = plain.find("\n", at + 1, end)


def _first_before(doc, marker: Marker) -> bool:
    """Whether the paragraph (or the two lines) before a 二是 hold its first item in some form."""
    paragraph = doc.paragraph_at(marker.start)
    start = paragraph.start if paragraph else 0
    start = min(start, doc.plain.rfind("\n", 0, max(0, doc.plain.rfind("\n", 0, marker.start))) + 1)
    return bool(_FIRST_OTHERWISE.search(doc.plain, start, marker.start))


_COLON_BEFORE = lazy(r"[:：][ \t]*+$")
_FULL_STOP = lazy(r"[。！？!?\n]")  # the end of a sentence, not of a clause (；)


def _opens_inner_list(doc, current: _List, marker: Marker) -> bool:
    """一是 right after a colon, in the paragraph and after the sentence of an item of an open 一是
    list: a list within that item."""
    last = current.items[-1]
    sentence = doc.sentence_at(marker.start)
    return (marker.kind in _ORDINAL_KINDS and sentence is not None and last.start < sentence.start
            and _same_paragraph(doc, last, marker) and _COLON_BEFORE.search(doc.plain, max(0, marker.start - 4), marker.start) is not None)


def _repeats_lone_first(doc, current: _List, marker: Marker) -> bool:
    """一是…一是 in one paragraph, or a second 一、/（一） heading before any 二 and not followed by one: a
    repeat, not a restart. (Markdown numbers every item "1.", so 1. 1. is a restart.)"""
    first = current.items[0]
    if len(current.items) != 1 or not first.strong or marker.kind in ("arabic_dot", "arabic_paren", "circled"):
        return False
    if marker.kind in _ORDINAL_KINDS:
        return _same_paragraph(doc, first, marker)
    return first.at_paragraph_start and marker.at_paragraph_start and not _followed_by_two(doc, marker)


def _followed_by_two(doc, marker: Marker) -> bool:
    """Whether the next heading of a marker's kind is its 二 (一、决算执行情况 …⏎一、预算收入情况 …⏎二、支出情况):
    the list runs on from the second 一, which the first heads as a part of its own."""
    later = (m for m in doc.markers if m.start > marker.start and m.kind == marker.kind and m.at_paragraph_start)
    following = next(later, None)
    return following is not None and following.value == 2


_CELL_LABEL_MAX = 30  # characters of a line that is one cell of a table, not a heading with prose
_CLAUSE_MARKS = lazy_re(r"[。，；,;：:]")
_NEXT_LINE = lazy_re(r"\n(?:[ \t]*\n)*([^\n]*)")
_LONE_CELL = lazy_re(r"[ \t]*(?:[-+]?\d[\d,]*(?:\.\d+)?[ \t]*)?\|?[ \t]*")  # 404.77, |, 709966 |


def _flattened_cell(doc, marker: Marker) -> bool:
    """Whether a marker opens a short line between two lines (past blank ones) that are each a lone
    figure or a lone |: a row label of a table copied from a web page one cell a line (收入支出决算总表:
    | 一、公共预算拨款 | 404.77 | 一、基本支出 | 319.08), whose two columns each number their rows 一、二、.
    A text cut off after such a label has no line after it."""
    plain = doc.plain
    end = plain.find("\n", marker.start)
    end = len(plain) if end < 0 else end
    if end - marker.start > _CELL_LABEL_MAX or _CLAUSE_MARKS.search(plain, marker.start, end):
        return False
    line_start = plain.rfind("\n", 0, marker.start)
    before = plain[max(0, line_start - _CELL_LABEL_MAX) : max(0, line_start)].rstrip(" \t\n")  # blank lines between
    if line_start < 0 or not _is_lone_cell(before[before.rfind("\n") + 1 :]):
        return False
    following = _NEXT_LINE.match(plain, end)
    if following is None or not following.group(1).strip(" \t"):
        return doc.ends_at(end)  # the text cut off after the label
    return _is_lone_cell(following.group(1))


def _is_lone_cell(line: str) -> bool:
    return bool(line.strip(" \t")) and _LONE_CELL.fullmatch(line) is not None


_HEADING_WORDS = lazy(r"[ \t]*+([^\s,.;:!?()。，；：！？、“”《》（）]{4,})")


def _text_repeated(doc, earlier: Marker, marker: Marker) -> bool:
    """Whether the item a repeated marker opens repeats the earlier one's words (a page that prints
    its summary, 一、基本医疗保险(一)…, and then its body, 一、基本医疗保险): the text said twice, not
    a numbering slip."""
    first, again = _HEADING_WORDS.match(doc.plain, earlier.end), _HEADING_WORDS.match(doc.plain, marker.end)
    return first is not None and again is not None and first.group(1) == again.group(1)


def _same_paragraph(doc, a: Marker, b: Marker) -> bool:
    return doc.paragraph_at(a.start) == doc.paragraph_at(b.start)


def _hits(doc, code: str):
    for event in _scan(doc)[0]:
        if event.code == code:
            related = event.related
            yield Hit(event.marker.start, event.marker.end, event.message,
                      (RelatedHit(related.start, related.end, PreviousMarker(related.label.strip())),))


@rule("SEQ001", "duplicate-marker", "error")
@english_doc(
    """A list marker repeated within one list: 一是…二是…二是, （一）（二）（二）, 一、二、二、,
    第一，…第二，…第二， (第二 after 位居全省 is a rank, not a marker).

    A list that starts again at 一 is a new list, not a repeat; a heading (一、 （一）) closes the
    lists below it, so （一） under each 一、 and 1. under each 一是 start afresh, and a part of the
    document (第二部分, 第三章) numbers all its headings afresh. A number that a document-sharing
    page puts at a line's start inside a sentence (…城市特困⏎2、人员59人。…2.社会救助…) is no
    marker, nor is one that labels a row of a table copied one cell a line (| ⏎一、基本支出⏎|⏎319.08: its
    line short, a lone figure or | on the lines around it). A 一是 after a colon within an item of a 一是 list (有2家：一是…；二是…。) opens a list
    of its own, to the end of its sentence; then the outer list goes on. A repeated marker whose item
    opens with the words of the earlier one (a page that prints its summary, 一、基本医疗保险(一)…,
    then its body, 一、基本医疗保险) repeats the text, not the number: no finding.
    """
)
def duplicate_marker(doc):
    """同一列举中序号重复。

    检查什么：一个列举内序号重复：一是……二是……二是，（一）（二）（二），一、二、二、，
    第一，……第二，……第二，（“位居全省第二”的“第二”是名次，不是序号）。

    从“一”重新开始的是新的列举，不算重复；标题（一、（一））结束其下的各级列举，所以每个“一、”下的
    （一）、每个“一是”下的 1. 都重新计数；文件的一个部分（第二部分、第三章）其下各级序号都重新
    计数。文档分享网站插在句中行首的页码（……城市特困⏎2、人员59人。……2.社会救助……）不是序号；逐格一行复制的表格中
    的行标题（|⏎一、基本支出⏎|⏎319.08：该行很短，前后行都只有一个数字或“|”）也不是正文的序号。
    “一是”列举的某一项中，冒号后的“一是”（有2家：一是……；二是……。）开始该项内部的列举，到该句
    句末为止，之后外层列举继续计数。重复的序号后紧接的文字与前一处相同时（网页先列摘要“一、基本医疗
    保险(一)……”再列正文“一、基本医疗保险”），是文字重复出现，不是序号写错，不报告。

    为什么重要：序号重复，后文引用（“第三项”）就对不上，读者也会怀疑漏了内容。

    Incorrect:
        第一，加强组织领导；第二，强化资金保障；第二，狠抓工作落实。

    Incorrect:
        一是加强领导；二是强化保障；二是狠抓落实。

    Incorrect:
        （一）加强领导。
        （二）强化保障。
        （二）狠抓落实。

    Correct:
        一是加强领导；二是强化保障；三是狠抓落实。

    Correct:
        （一）加强领导。一是健全机制；二是压实责任。
        （二）强化保障。一是落实资金；二是配齐人员。

    Correct:
        一是招商成效明显。正在洽谈的企业有2家：一是制药厂；二是轮胎厂。二是农业产业化初具规模。
    """
    return _hits(doc, "SEQ001")


@rule("SEQ002", "skipped-marker", "error")
@english_doc(
    """A gap in a list: 一是…三是, （一）（三）, 1. 3., 第一，…第三，

    Only lists that start at 一 (or 1) are checked: an excerpt that starts at （二） is not a gap.
    A marker glued to the word before it (早治疗二是儿童福利) fills its place in the list.
    A 二是 (or 第二，) that opens no list, with no first item before it in its paragraph in any
    form (一是, 第一, 其一, 一方面, 首先 …), lost its 一是; after a citation (根据方案要求，二是…) it is
    a quoted item and left alone.
    """
)
def skipped_marker(doc):
    """列举中跳过了序号。

    检查什么：列举中间缺号：一是……三是，（一）（三），1. 3.，第一，……第三，

    只检查从“一”（或 1）开始的列举：从（二）开始的节选不算缺号。粘在前一个词上的序号（早治疗二是
    儿童福利）也占一个位置。“二是”（或“第二，”）不接在任何列举之后，且所在段落中没有任何形式的
    第一项（一是、第一、其一、一方面、首先……），是漏了“一是”；在引用之后（根据方案要求，二是……）
    的是所引条目，不报。

    为什么重要：缺号让人怀疑漏了一段内容，或删改之后没有重排序号。

    Incorrect:
        我局高度重视，迅速部署。二是加大排查力度，做到应保尽保；三是强化动态管理。

    Incorrect:
        一是加强领导；三是狠抓落实。

    Incorrect:
        一、基本情况
        （一）加强领导。
        （三）狠抓落实。

    Correct:
        一是加强领导；二是强化保障；三是狠抓落实。

    Correct:
        开展了体检，实现了无病早预防、早治疗二是儿童福利深化拓展。三是残疾人福利不断提升。

    Correct:
        首先，加强组织领导；二是强化资金保障；三是狠抓工作落实。
    """
    return _hits(doc, "SEQ002")


@rule("SEQ003", "malformed-marker", "error")
@english_doc(
    """An empty or broken marker where the list expects its next item: ``()是建设…`` after
    （一）（二）, or ``（三`` left unclosed (not where the text stops right after it: an excerpt cut
    off), or ``三）`` left unopened, at the start of a paragraph;
    or a heading that opens with 、 and lost its numeral (``、踏实工作，保质保量完成任务``): a short
    paragraph without 。 in the place of a 一、 heading (the next heading below it is （一）, or the
    一、 headings around it leave exactly its number free).
    """
)
def malformed_marker(doc):
    """列举中空缺或残缺的序号。

    检查什么：段首在列举应出现下一项的位置，序号为空或残缺：在（一）（二）之后写成 ``()是建设…``，
    ``（三`` 缺右括号（文本恰在其后结束的除外：那是截断的摘录），``三）`` 缺左括号；或标题以“、”开头、丢了数字（``、踏实工作，保质保量完成
    任务``）：该段短且没有句号，处在“一、”级标题的位置（其下第一个标题是（一），或前后的“一、”级
    标题恰好空出它的序号）。

    为什么重要：残缺的序号多是排版或格式转换时丢了字符，既显得粗糙，也打乱了文件的层次。

    Incorrect:
        四铺镇民政办切实履行社会事务管理职能。
        、踏实工作，保质保量完成任务
        （一）扎实开展社会救助工作，保障困难群众生活

    Incorrect:
        （一）是调整领导小组。
        （二）是建立督导员制度。
        （）是建设未成年人保护工作站。

    Incorrect:
        （一）加强领导。
        （二）强化保障。
        （三狠抓落实。

    Correct:
        （一）是调整领导小组。
        （二）是建立督导员制度。
        （三）是建设未成年人保护工作站。

    Correct:
        （一般情况下，由镇村干部每月走访一次。）

    Correct:
        全县共为困境儿童、孤儿、事实无人抚养儿童、残疾儿童、留守儿童
        、流动儿童建立了工作台账，实现动态管理。
    """
    return _hits(doc, "SEQ003")


@rule("SEQ004", "marker-style", "info")
@english_doc(
    """A bracketed list that mixes half-width and full-width brackets ((一) beside （三）), or a
    bracketed marker followed by punctuation (（一）、). Reported once per list, on the minority style.
    """
)
def marker_style(doc):
    """括号序号的写法不统一。

    检查什么：一个括号序号列举中半角与全角括号混用（(一) 与（三）并存），或括号序号后又加了标点
    （（一）、）。每个列举只报一次，报在少数写法上。

    为什么重要：按《党政机关公文格式》（GB/T 9704—2012），第二层序数写作“（一）”，括号后不再加标点；
    同一文件中写法不一，显得不规范。

    Incorrect:
        (一) 加强领导。
        (二) 强化保障。
        （三）狠抓落实。
        （四）严格考核。

    Incorrect:
        （一）、加强领导。
        （二）、强化保障。

    Correct:
        （一）加强领导。
        （二）强化保障。
    """
    for lst in _scan(doc)[1]:
        items = [m for m in lst.items if m.kind in _BRACKET_KINDS and m.value is not None and m.closed and m.opened]
        if not items:
            continue
        styles = [_bracket_style(doc, m) for m in items]
        counts = Counter(styles)
        if len(counts) > 1:
            norm = max(counts, key=lambda s: (counts[s], s == styles[0]))
            odd = [m for m, style in zip(items, styles) if style != norm]
            example = items[styles.index(norm)]
            yield Hit(odd[0].start, odd[0].end,
                      OtherBrackets("、".join(_written(doc, m) for m in odd), len(odd), counts[norm], len(items), norm,
                                    _written(doc, example)),
                      (RelatedHit(example.start, example.end, BracketStyle(norm)),))
        punctuated = [m for m in items if m.label.rstrip()[-1] not in ")"]
        if punctuated:
            first = punctuated[0]
            bare = _written(doc, first).rstrip("、.,，．")
            yield Hit(first.start, first.end, PunctuatedMarker(bare, _written(doc, first), len(punctuated), len(items)))


def _written(doc, marker: Marker) -> str:
    start, end = doc.source_span(marker.start, marker.end)
    return doc.text[start:end].strip()


def _bracket_style(doc, marker: Marker) -> str:
    close = marker.start + marker.label.index(")")
    widths = {"full-width" if doc.text[doc.source_offset(i)] in "（）" else "half-width" for i in (marker.start, close)}
    return widths.pop() if len(widths) == 1 else "mixed-width"


class OrdinalLost(Message):
    """SEQ005: a session's ordinal whose number was lost (第次会议, 市届人大)."""

    written: str
    zh = "“{written}”中届次、会次的数字缺失"
    en = "{written}: the number of the session (届/次) is missing"


# 第 right before 次/届 (第次会议, 第届), or a place right before 届 人大/政协 (在市届人大常委会会议上):
# the numeral between them was lost. 本届, 历届, 换届, 届时 … have a word of their own there.
_ORDINAL_LOST = lazy(r"第(?:次|届)|(?<=[省市县区州旗盟])届(?=人大|人民代表大会|政协|党代会|委员会|常委会)")


@rule("SEQ005", "lost-ordinal", "error")
@english_doc(
    """The number of a session lost from its ordinal: ``第十七届人民代表大会第次会议``, ``在市届人大常委会会议上``.
    A reply or a report names the 届 and 次 of the meeting it answers to; with the number gone the
    reader cannot tell which. Words that stand before 届 of their own (本届, 历届, 换届, 届时) are
    left alone, as are blanks of a form (第  号).
    """
)
def lost_ordinal(doc):
    """届次、会次的数字缺失。

    检查什么：序数中的数字丢了，如“第十七届人民代表大会第次会议”“在市届人大常委会会议上”。答复、报告都要写明
    所答会议的届次、会次，数字缺了，读者不知是哪一次会议。“本届”“历届”“换届”“届时”等本身成词的，以及表格中
    留待填写的空白（第  号），不报。

    为什么重要：届次、会次是公文引用会议、文件的依据，缺了数字，引用就无从核对。

    Incorrect:
        您在第十七届人民代表大会第次会议提出的《关于解决村卫生室建设资金的建议》收悉。

    Incorrect:
        ——2021年12月28日在市届人大常委会会议上

    Correct:
        您在县第十七届人民代表大会第二次会议提出的建议收悉。本届人大代表共提出建议128件，届时将逐件答复。
    """
    plain = doc.plain
    if "届" not in plain and "第次" not in plain:
        return
    for m in _ORDINAL_LOST.finditer(plain):
        start, end = m.span()
        if m.group() == "届":
            start -= 1  # the place before it: 市届
        yield Hit(start, end, OrdinalLost(plain[start : end + 2]))
