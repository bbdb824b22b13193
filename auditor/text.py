"""The text model: one document, parsed once, read by every rule.

Two views of the same text:

* ``text`` is the document as decoded. Every reported position points into it.
* ``plain`` is what rules match against: full-width ASCII forms folded to half-width
  (``９６１４３`` → ``96143``, ``（`` → ``(``), the ideographic space folded to a space, and
  Markdown markup that splits words (``**四**是``, leading ``###``) and invisible format
  characters (U+200B, U+FEFF, bidi controls …) taken out. Rules work in
  ``plain`` offsets; :meth:`Document.source_span` maps them back.

On top of ``plain`` the model derives paragraphs, sentences and sections, and (lazily, so a run
that selects only some rules pays only for what they read) the numbers, list markers and dates.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from functools import cached_property
from itertools import accumulate, chain
from collections.abc import Sequence

from .record import record
from .dates import DateMention, extract_dates
from .formats.markdown import is_markdown, non_prose_spans
from .lazyre import MULTILINE, lazy, lazy_re
from .lexicon import Lexicon
from .markers import HEADING_LEVELS, Marker, extract_markers
from .numbers import Quantity, extract_quantities
from .tables import table_spans
from .traditional import is_traditional, to_simplified

# Full-width ASCII (U+FF01..U+FF5E) to half-width, and the ideographic space to a space.
# Wide forms to ASCII, and the small forms of brackets (﹙亩﹚, from PDF and old web pages) to theirs.
_SMALL_BRACKETS = {0xFE59: "(", 0xFE5A: ")", 0xFE5B: "{", 0xFE5C: "}", 0xFE5D: "〔", 0xFE5E: "〕"}
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20} | {c: ord(b) for c, b in _SMALL_BRACKETS.items()}
_WIDE = lazy_re("[\uff01-\uff5e\u3000\ufe59-\ufe5e]")  # re: scans for a set of characters faster than regex
# Markup that may split a word: emphasis runs anywhere, heading hashes at a line start. Two
# patterns whose matches are merged: each scans for its literal (* or #), the pattern with both
# alternatives scanned three times as slowly. (Neither kind of match can overlap the other.)
_EMPHASIS = lazy(r"\*{1,3}")
_HEADING_MARKS = lazy(r"^[ \t]{0,3}#{1,6}[ \t]*", MULTILINE)
# Invisible format characters (zero-width spaces and joiners, word joiner, BOM, bidi controls):
# taken out of ``plain`` so that 1\u200b705 is read as 1705 and 其\u200b中 as 其中. [x][x]*, not [x]+,
# as _SENTENCE_END below.
_FORMAT_CHARACTERS = lazy_re("[\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069][\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]*")
# Pinyin that some mirror sites put after characters (預(yù)算, 個(gè)百分點(diǎn)): taken out of ``plain``,
# so that the words read as written. Only a syllable with a tone mark, right after a character.
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = lazy_re("\\((?<=[\u4e00-\u9fff]\\()(?=[a-zü]*[" + _TONE_MARKS + "])[a-zü" + _TONE_MARKS + "]{1,6}\\)")  # "(" first: the scan skips to each
_NEWLINE = lazy(r"\r\n|\r|\n")
_TEXT = lazy(r"\S")
# In plain ！？；） are folded to !?;). [x][x]* rather than [x]+, and re rather than regex: re then
# scans for the first character, twice as fast.
_SENTENCE_END = lazy_re(r"[。!?;][。!?;]*[”’\"')]*")
# A line that ends a sentence or a heading does not continue on the next line. Matched at the
# line's last character that is not blank: a search for this $-anchored pattern tries every position.
# re matches at a place in half regex's time; [^\S\x1c-\x1f] is regex's \s (re's also takes U+001C..1F).
_CLOSING_MARKS = "。！？!?；;：:…”’)）》】〕"  # a line that ends with one is closed
_LINE_CLOSED = lazy_re(r"[" + _CLOSING_MARKS + r"][^\S\x1c-\x1f]*$")
_LINE_LEAD_MARKER = lazy(
    r"^\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d{1,2}(?:、|\.(?!\d))|[①-⑳•·\-]|第[一二三四五六七八九十]+[章条部])"
)
# Lines this short are headings or metadata, not wrapped prose.
_WRAPPED_LINE_MIN = 25
# A line break that may wrap a line of Chinese prose: after no blank and no closing mark, and before
# a character, a figure or an opening quote. The pattern opens with the literal \n and looks behind
# it: re then scans for the \n (a look behind first is tried at every character, ten times slower).
_BREAK_BEFORE_TEXT = lazy_re(r"\n(?<=[^\s" + _CLOSING_MARKS + r"|]\n)[ \t]*(?=[\u3400-\u9fff0-9“《])")
# A title's last words: the line is a heading, not wrapped prose, whatever its length.
_TITLE_END = lazy_re(r"(?:通知|答复|答复函|复函|函|报告|意见|决定|办法|方案|批复|公告|通报|说明|总结|请示|规定|细则|纪要|建议|提案)[ \t]*$")
_SENTENCE_CLOSED = lazy_re(r"[。!?;…”’)》][ \t\r]*$")
_FIELD_LABEL = lazy_re(r"[^\s,。;:]{1,8}(?:[ \t]+[^\s,。;:]{1,4})?[ \t]*:")  # 发布机构: 标  题: (a page's metadata)


# Blocks, sections and markers are read-only but not frozen: a frozen dataclass sets each field
# through object.__setattr__, three times the cost of building one, and a document has one Block
# per sentence. eq=False: compared and hashed by identity, as each exists once per document.
@record(slots=True, eq=False)
class Block:
    """A paragraph or sentence: a [start, end) range of ``plain``."""

    start: int
    end: int
    index: int


@record(slots=True, eq=False)
class Section:
    """A part of the document opened by a heading (一、 （一） 1. （1） or a Markdown heading)."""

    start: int
    end: int
    index: int
    level: int
    label: str  # the heading's marker as written, e.g. "二、" or "(三)"
    parent: int | None  # index of the enclosing section


class Document:
    """One document's text and everything derived from it."""

    def __init__(self, text: str, path: str = "<string>", lexicon: Lexicon | None = None):
        self.path = path
        self.text = text
        self.lexicon = lexicon or Lexicon.default()
        self._build_plain()
        self.line_starts = _line_starts(text)

    # --- the two views ------------------------------------------------------------------------

    def _build_plain(self) -> None:
        folded = _fold(self.text)
        pieces, breaks, shifts = [], [], []
        removed, last = 0, 0
        markup = [m.span() for m in _EMPHASIS.finditer(folded)] + [m.span() for m in _HEADING_MARKS.finditer(folded)]
        markup += [m.span() for m in _FORMAT_CHARACTERS.finditer(folded)]
        markup += [m.span() for m in _PINYIN_GLOSS.finditer(folded)]
        if not path_of_paragraphs(self.path):
            markup += _wrapped_breaks(folded)
        if is_markdown(self.path):
            code = non_prose_spans(folded)
            markup = [span for span in markup if not any(a <= span[0] < b for a, b in code)] + code
        for start, end in sorted(markup):
            pieces.append(folded[last:start])
            removed += end - start
            breaks.append(end - removed)
            shifts.append(removed)
            last = end
        pieces.append(folded[last:])
        self.plain = "".join(pieces)
        if is_traditional(self.plain):
            self.plain = to_simplified(self.plain)  # one character for one: offsets hold
        # A plain offset p maps to p + shifts[i], i being the last break <= p.
        self._breaks = breaks
        self._shifts = shifts

    def ends_at(self, plain_offset: int) -> bool:
        """Whether nothing but blank space follows ``plain_offset``: an excerpt cut off there."""
        return _TEXT.search(self.plain, plain_offset) is None

    def source_offset(self, plain_offset: int) -> int:
        i = bisect_right(self._breaks, plain_offset)
        return plain_offset + (self._shifts[i - 1] if i else 0)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of ``plain`` to ``text``; the end does not swallow markup after it."""
        if end <= start:
            s = self.source_offset(start)
            return s, s
        return self.source_offset(start), self.source_offset(end - 1) + 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a ``text`` offset, columns counted in characters."""
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def plain_position(self, plain_offset: int) -> tuple[int, int]:
        return self.position(self.source_offset(plain_offset))

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    # --- paragraphs, sentences, sections --------------------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Block]:
        """Paragraphs of ``plain``: its lines, where a blank line, or a line that closes a sentence or
        heading, ends one; a long line that stops mid-sentence (hard-wrapped text) continues."""
        blocks: list[Block] = []
        lines = self.plain.split("\n")
        last = len(lines) - 1
        start = line_start = 0
        for i, line in enumerate(lines):
            line_end = line_start + len(line)
            if i == last or not _continues(line, lines[i + 1]):
                # only a paragraph of one line can be blank: a line that continues has text
                if start < line_end and (start < line_start or not line.isspace()):
                    blocks.append(Block(start, line_end, len(blocks)))
                start = line_end + 1
            line_start = line_end + 1
        return blocks

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, plain_offset: int) -> Block | None:
        i = bisect_right(self._paragraph_starts, plain_offset) - 1
        if i >= 0 and plain_offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def sentences(self) -> list[Block]:
        """Sentences: a paragraph split after 。！？； (and the closing quotes that follow them)."""
        plain = self.plain
        blocks: list[Block] = []  # built directly: a list of spans first would double the peak memory
        # One scan of the whole text, not one per paragraph: a sentence end never spans a line
        # break, and every character that is not blank lies in a paragraph.
        ends = [match.end() for match in _SENTENCE_END.finditer(plain)]
        first = 0  # the first end not yet used
        for para in self.paragraphs:
            start = para.start
            after = bisect_right(ends, para.end, first)
            for end in ends[first:after]:
                blocks.append(Block(start, end, len(blocks)))
                start = end
            first = after
            if start < para.end and not plain[start : para.end].isspace():
                blocks.append(Block(start, para.end, len(blocks)))
        return blocks

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, plain_offset: int) -> Block | None:
        i = bisect_right(self._sentence_starts, plain_offset) - 1
        return self.sentences[i] if i >= 0 and plain_offset <= self.sentences[i].end else None

    @cached_property
    def sections(self) -> list[Section]:
        """Sections opened by the headings among the list markers (paragraph-initial 一、 （一） 1. （1））."""
        heads = [m for m in self.markers if m.at_paragraph_start and m.kind in HEADING_LEVELS and m.value]
        levels = [HEADING_LEVELS[m.kind] for m in heads]
        starts: list[int] = []
        ends = [len(self.plain)] * len(heads)
        parents: list[int | None] = []
        open_sections: list[int] = []  # the sections that enclose the next heading, outermost first
        for i, marker in enumerate(heads):
            para = self.paragraph_at(marker.start)
            starts.append(para.start if para else marker.start)
            while open_sections and levels[open_sections[-1]] >= levels[i]:  # a heading ends those of its level or deeper
                ends[open_sections.pop()] = starts[i]
            parents.append(open_sections[-1] if open_sections else None)
            open_sections.append(i)
        return [Section(starts[i], ends[i], i, levels[i], heads[i].label, parents[i]) for i in range(len(heads))]

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    def section_path(self, plain_offset: int) -> tuple[Section, ...]:
        """The sections that contain an offset, outermost first."""
        # Sections nest, so the innermost one is the last to start at or before the offset, or
        # the nearest of its enclosing sections that has not ended yet (a bisection, not a scan).
        i = bisect_right(self._section_starts, plain_offset) - 1
        inner = self.sections[i] if i >= 0 else None
        while inner is not None and plain_offset >= inner.end:
            inner = self.sections[inner.parent] if inner.parent is not None else None
        path = []
        while inner is not None:
            path.append(inner)
            inner = self.sections[inner.parent] if inner.parent is not None else None
        return tuple(reversed(path))

    def describe_location(self, plain_offset: int) -> str:
        """Where an offset is, as a reader would say it: "section 二 (三), paragraph 3"."""
        path = self.section_path(plain_offset)
        para = self.paragraph_at(plain_offset)
        where = "section " + " ".join(s.label.rstrip("、.，,") for s in path) if path else "preamble"
        return f"{where}, paragraph {para.index + 1}" if para else where

    # --- extracted items (lazy) -----------------------------------------------------------------

    @property
    def numbers_read(self) -> bool:
        """Whether a rule has read the numbers (a run of rules that read none reports no figures)."""
        return "numbers" in self.__dict__

    @cached_property
    def numbers(self) -> list[Quantity]:
        return extract_quantities(self, table_spans(self))  # a table's cells are read as its grid

    @cached_property
    def markers(self) -> list[Marker]:
        return extract_markers(self)

    @cached_property
    def dates(self) -> list[DateMention]:
        return extract_dates(self)


def _fold(text: str) -> str:
    """``text.translate(_FOLD)``, ten times faster: only the few wide forms present are replaced.

    One scan finds them: each search resumes where the last found a form that is now all replaced
    (testing each of the 96 forms with ``in`` would scan the text 96 times)."""
    found = _WIDE.search(text)
    while found:
        wide = found[0]
        text = text.replace(wide, chr(_FOLD[ord(wide)]))
        found = _WIDE.search(text, found.start())
    return text


def path_of_paragraphs(path: str) -> bool:
    """A Word document or a PDF: their readers give one line a paragraph (a PDF's wrapped lines are
    joined as it is read), so no line break of theirs is a wrap."""
    return path.lower().endswith((".docx", ".pdf"))


def _wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks (with the indent after them) inside hard-wrapped Chinese prose, which ``plain``
    leaves out: "…其中，区各民主党派和工商联提案9件，委员⏎提案62件" reads as one clause, and "下降⏎29.2%"
    as one figure. A break is a wrap where :func:`_continues` says the paragraph goes on, outside
    table rows, and not between two digits or letters (two figures, or a code, may end and open
    lines), after no title (…的答复函) and before a line that wraps again or ends a sentence (not
    before a salutation or a 文号), and not before a line much longer than itself (a heading's)."""
    spans = []
    for m in _BREAK_BEFORE_TEXT.finditer(text):
        at = m.start()
        before = text[at - 1]
        if before.isascii() and before.isalnum() and text[m.end()].isascii():
            continue
        line_start = text.rfind("\n", 0, at) + 1
        line = text[line_start:at]
        next_end = text.find("\n", m.end())
        next_line = text[m.end() : next_end if next_end >= 0 else len(text)]
        if "\t" in line or "|" in line or "\t" in next_line or "|" in next_line or _TITLE_END.search(line):
            continue
        # the line after a wrap goes on wrapping or ends a sentence: not a salutation (…委员:) or a 文号
        if len(next_line.strip()) < _WRAPPED_LINE_MIN and not _SENTENCE_CLOSED.search(next_line):
            continue
        if len(next_line) > 2 * len(line):
            continue  # wrapped lines are as long as the width allows: one much longer follows a heading
        if _FIELD_LABEL.match(next_line.lstrip()):
            continue  # a field of the page's metadata opens the line
        if _continues(line, next_line):
            spans.append(m.span())
    return spans


def _continues(line: str, next_line: str) -> bool:
    """Whether a paragraph goes on after ``line``: a long line that stops mid-sentence, before a line
    that is neither blank nor opened by a list marker."""
    if len(line.strip()) < _WRAPPED_LINE_MIN or _LINE_CLOSED.match(line, len(line.rstrip()) - 1):
        return False
    return bool(next_line.strip()) and not _LINE_LEAD_MARKER.match(next_line)


def _line_starts(text: str) -> Sequence[int]:
    """Offsets where each line starts; a line ends at CR LF, CR or LF. An array: 8 bytes a line, not 36."""
    if "\r" in text:
        return array("q", chain((0,), (m.end() for m in _NEWLINE.finditer(text))))
    return array("q", accumulate((len(line) + 1 for line in text.split("\n")[:-1]), initial=0))
