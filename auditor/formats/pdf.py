"""PDF documents, read from their text layer with pdfplumber (imported only when a PDF is linted).

Why pdfplumber: it gives every character with its box (so this module, not the library, decides
where a line ends, where a paragraph ends and what is a running header), and finds ruled tables
from the lines drawn on the page (``find_tables``), which a 公文's 统计表 always has. It is MIT
licensed and pure Python over pdfminer.six. Measured on the five samples printed to PDF by
LibreOffice, pdfplumber, pypdf, pdfminer.six and PyMuPDF all read every character right; PyMuPDF is
the fastest but AGPL, pypdf has no table finder, pdfminer.six alone has no table finder either.

What is read, page by page:

* the characters of the text layer (doubled characters of fake bold removed), grouped into lines
  by their baseline, in reading order: top to bottom, and a band set in two columns (a gutter
  between justified columns of prose, found by :func:`_gutter`) down its left column, then down
  its right one;
* running headers and footers dropped: the first or last line of a page, near the page's edge, that
  is a page number (``— 3 —``, ``- 3 -``, ``第3页 共5页``) or that repeats on the pages (digits
  aside) — a one-page document's header cannot be told from its text and is kept;
* hard-wrapped lines joined into paragraphs, across pages too: a line continues the paragraph when
  the line before it ran to the right margin, and it is not indented, and no wider gap or other
  type size lies between them. Chinese is joined without a space; a space is put back only between
  two Latin letters or digits (``in`` + ``2022``);
* ruled tables as grids (a cell's wrapped lines joined as paragraphs are); a "table" of one row
  or one column (a box drawn round text, the red line under a 版头) is read as text.

Places: a paragraph's place is ``page_line (page, line)`` of its first line, and each wrapped line
after the first is an anchor, so that a finding names the page and the line it is on (the line
counts the page's text lines from the top, table rows included, the running header not; a line of
a column is ``page_line (page, line, column)``, its line counted down that column). A table cell is
``cell (table, row, column)`` with the page and line of its row as an anchor. Messages name them in
the run's language: ``[PDF: page 3, column 2, line 14 “…”]``, ``（PDF 中位置：第 3 页右栏第 14 行 “…”）``.

Bounds: at most :data:`MAX_PDF_BYTES`, :data:`MAX_PAGES` pages, :data:`MAX_CHARS_PER_PAGE`
characters on a page and :data:`TIME_LIMIT` seconds of reading; past them, and for a file that is
not a PDF, is cut short, is encrypted with a password, or has no text layer (a scan), the reader
raises :class:`InputError` with one line.

:class:`BlockText` (here for now; every block format can share it) turns an :class:`Extraction` into
the text the rules read and maps findings back to places, as auditor.docx does for Word.
"""

from __future__ import annotations

import os
import re
import statistics
import time
from dataclasses import dataclass, field

from ..record import replace
from . import Anchor, Cell, Extraction, InputError, Note, Paragraph, Place, Table, lines_of

MAX_PDF_BYTES = 128 * 1024 * 1024
MAX_PAGES = 2000
MAX_CHARS_PER_PAGE = 200_000
TIME_LIMIT = 120.0  # seconds for the whole file
EDGE = 0.15  # a running header or footer lies in the top or bottom 15% of the page
QUOTE_CONTEXT = 6
_LINE_REFERENCE = re.compile(r"(\blines? )(\d+)|(第 ?)(\d+)(?= ?行)")
_PAGE_NUMBER = re.compile(
    r"^[-—–－~～_\s]*(?:第\s*)?[0-9]{1,4}\s*(?:页)?\s*(?:(?:[/／]|共)\s*[0-9]{1,4}\s*页?)?[-—–－~～_\s]*$"
    r"|^(?:page|p\.)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?$",
    re.IGNORECASE,
)
_LATIN = re.compile(r"[A-Za-z0-9]")
_SENTENCE_END = set("。！？；：…”’」』.!?;:")


# --- from blocks to the linted text, and back ----------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of the text the rules read: a paragraph or a table row."""

    text: str
    block: Paragraph | Table
    row: int | None  # the grid row of a table line


@dataclass
class BlockText:
    """An :class:`Extraction` as the text the rules read, with the way back to its places.

    ``text`` (what the rules read) has one line per paragraph or table row, separated by blank
    lines, as auditor.docx gives Word; ``display`` (what reporters show, and what
    ``python -m auditor.formats.pdf FILE`` prints) has them one a line, so that a finding's line N
    is line N of ``display``. ``relocate`` moves the findings onto ``display`` and ends each message
    with where the text is in the original: ``[PDF: page 3, line 12 “…”]``."""

    path: str
    label: str  # "PDF", "HTML"
    extraction: Extraction
    lines: tuple[Line, ...] = field(init=False)

    def __post_init__(self):
        self.lines = tuple(Line(text, block, row) for text, block, row in lines_of(self.extraction))

    @property
    def text(self) -> str:
        return "\n\n".join(line.text for line in self.lines)

    @property
    def display(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def notes(self, display_name: str) -> list[str]:
        """What was not read, one note line each (for standard error), in both languages as the
        notes of Word files are: a picture of a table or a scanned page holds figures no rule sees."""
        out = []
        for note in self.extraction.notes:
            en, zh = _NOTE_WORDS.get(note.kind, (note.kind, note.kind))
            where = (f" (page(s) {note.detail})" if self.label == "PDF" else f" ({note.detail})") if note.detail else ""
            where_zh = (f"（第 {note.detail} 页）" if self.label == "PDF" else "") if note.detail else ""
            out.append(f"auditor: note: {display_name}: not read: {note.count} {en}{where}; figures in them are not checked"
                       f" (未检查：{zh} {note.count} 个{where_zh}，其中的数字需人工核对)")
        return out

    def relocate(self, result, lang: str = "en"):
        """The findings on ``display``, each message ending with its place in the run's language."""
        return replace(result, findings=tuple(self._relocate(f, lang) for f in result.findings))

    def _in_original(self, where: str, lang: str) -> str:
        return f"[{self.label}: {where}]" if lang == "en" else f"（{self.label} 中位置：{where}）"

    def _relocate(self, finding, lang: str = "en"):
        line, column = self._position(finding.line, finding.column)
        end_line, end_column = self._position(finding.end_line, finding.end_column)
        related = tuple(self._relocate_related(r, lang) if r.path == finding.path else r for r in finding.related)
        where = self.describe(line, column, end_line, end_column, lang)
        return replace(
            finding, line=line, column=column, end_line=end_line, end_column=end_column,
            message=f"{self._renumber(finding.message)} {self._in_original(where, lang)}", related=related,
        )

    def _relocate_related(self, related, lang: str = "en"):
        line, column = self._position(related.line, related.column)
        end_line, end_column = self._position(related.end_line or related.line, related.end_column or related.column)
        where = self.describe(line, column, end_line, end_column, lang)
        return replace(related, line=line, column=column, end_line=end_line, end_column=end_column,
                       message=f"{self._renumber(related.message)} {self._in_original(where, lang)}")

    @staticmethod
    def _renumber(message: str) -> str:
        """Line numbers in a message as display lines (display line i is line 2i-1 of ``text``)."""
        return _LINE_REFERENCE.sub(lambda m: f"{m.group(1) or m.group(3)}{(int(m.group(2) or m.group(4)) + 1) // 2}", message)

    def _position(self, line: int, column: int) -> tuple[int, int]:
        index = (line - 1) // 2
        if index >= len(self.lines):
            return len(self.lines), (len(self.lines[-1].text) + 1 if self.lines else 1)
        if (line - 1) % 2:  # the blank line after a line: that line's end
            return index + 1, len(self.lines[index].text) + 1
        return index + 1, column

    def place_at(self, line: int, column: int) -> Place | None:
        """The finest place of a character of the display (1-based line and column)."""
        if not 0 < line <= len(self.lines):
            return None
        entry = self.lines[line - 1]
        offset = column - 1
        if isinstance(entry.block, Table):
            start = 0
            cells = sorted((c for c in entry.block.cells if c.row == entry.row), key=lambda c: c.column)
            texts = entry.text.split("\t")
            chosen = None
            for number, text in enumerate(texts):
                cell = next((c for c in cells if c.column == number), None)
                if cell is not None:
                    chosen = cell
                if offset <= start + len(text):
                    break
                start += len(text) + 1
            return chosen.place if chosen else entry.block.place
        return _anchored(entry.block.place, entry.block.anchors, offset)

    def describe(self, line: int, column: int, end_line: int, end_column: int, lang: str = "en") -> str:
        """Where a span is in the original, with the quoted text."""
        if not 0 < line <= len(self.lines):
            return "end of document" if lang == "en" else "文末"
        entry = self.lines[line - 1]
        where = self._where(entry, column - 1, lang)
        end = end_column - 1 if end_line == line else len(entry.text)
        start = column - 1
        left = max(0, start - QUOTE_CONTEXT)
        right = min(len(entry.text), max(end, start + 1) + QUOTE_CONTEXT)
        quote = ("…" if left else "") + entry.text[left:right].replace("\t", " | ") + ("…" if right < len(entry.text) else "")
        return f"{where} “{quote}”"

    def _where(self, entry: Line, offset: int, lang: str = "en") -> str:
        if isinstance(entry.block, Table):
            cell_place = None
            start = 0
            for number, text in enumerate(entry.text.split("\t")):
                cell = next((c for c in entry.block.cells if c.row == entry.row and c.column == number), None)
                if cell is not None:
                    cell_place = cell
                if offset <= start + len(text):
                    break
                start += len(text) + 1
            table = entry.block.place.numbers[0] if entry.block.place.numbers else 1
            words = f"table {table}, row {entry.row + 1}" if lang == "en" else f"表 {table} 行 {entry.row + 1}"
            if cell_place is not None:
                words += f", cell {cell_place.column + 1}" if lang == "en" else f" 列 {cell_place.column + 1}"
                extra = _anchored(cell_place.place, cell_place.anchors, 0)
                return _words(extra, words, lang) if extra is not cell_place.place else words
            return words
        return _words(_anchored(entry.block.place, entry.block.anchors, offset), "", lang)


def _anchored(place: Place, anchors, offset: int) -> Place:
    for anchor in anchors:
        if anchor.offset <= offset:
            place = anchor.place
        else:
            break
    return place


_SIDE = {1: "左栏", 2: "右栏"}
_NOTE_WORDS = {"image": ("image(s)", "图片"), "embedded_object": ("embedded object(s)", "嵌入对象")}


def _words(place: Place, prefix: str = "", lang: str = "en") -> str:
    """A place as words: ``page 3, line 12`` (``第 3 页第 12 行``), after ``prefix`` in brackets."""
    n, en = place.numbers, lang == "en"
    if place.kind == "page_line" and len(n) == 3:  # a line of a column: the line counts down that column
        words = f"page {n[0]}, column {n[2]}, line {n[1]}" if en else f"第 {n[0]} 页{_SIDE.get(n[2], f'第 {n[2]} 栏')}第 {n[1]} 行"
    elif place.kind == "page_line":
        words = f"page {n[0]}, line {n[1]}" if en else f"第 {n[0]} 页第 {n[1]} 行"
    elif place.kind == "source":
        words = f"source line {n[0]}" if en else f"源文件第 {n[0]} 行"
    elif place.kind == "cell":
        words = f"table {n[0]}, row {n[1]}, cell {n[2]}" if en else f"表 {n[0]} 行 {n[1]} 列 {n[2]}"
    else:
        words = place.kind + (" " + ", ".join(map(str, n)) if n else "")
    if not prefix:
        return words
    return f"{prefix} ({words})" if en else f"{prefix}（{words}）"


# --- reading a PDF --------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    spaced: bool = False  # the text layer has a space at the line's end (kept when lines are joined)
    column: int = 0  # 0 across the page, else 1 (left) or 2 (right) of a band set in two columns
    band: float = 0.0  # the top of the line's band: lines sort by (band, column, top)
    left: float | None = None  # the margins of the line's column (None: the page's)
    right: float | None = None


def read_pdf(path: str) -> BlockText:
    """The text of a PDF as the rules read it; an unreadable file raises :class:`InputError`."""
    return BlockText(path, "PDF", extract_pdf(path))


def extract_pdf(path: str, time_limit: float = TIME_LIMIT) -> Extraction:
    """The blocks of a PDF's text layer in reading order."""
    _check_file(path)
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError as error:  # pragma: no cover - a broken install
        raise InputError(path, f"cannot read PDF: {error}; install pdfplumber") from None
    deadline = time.monotonic() + time_limit
    try:
        with pdfplumber.open(path) as document:
            count = len(document.pages)
            if count > MAX_PAGES:
                raise InputError(path, f"refused: {count} pages (the limit is {MAX_PAGES})",
                                 f"拒绝读取：共 {count} 页（上限 {MAX_PAGES} 页）")
            pages = []
            for number, page in enumerate(document.pages, 1):
                if time.monotonic() > deadline:
                    raise InputError(path, f"reading the PDF took longer than {time_limit:g} s (stopped at page {number} of {count})",
                                     f"读取 PDF 超过 {time_limit:g} 秒（停在第 {number} 页，共 {count} 页）")
                pages.append(_read_page(path, page, number))
                page.close()  # frees the page's parsed objects: memory stays one page deep
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - pdfminer raises many kinds for a damaged file
        raise _unreadable(path, error, PDFPasswordIncorrect, PDFEncryptionError) from None
    return _assemble(path, pages)


def _unreadable(path: str, error: Exception, password, encryption) -> InputError:
    """The one line for an exception of pdfplumber or pdfminer (pdfplumber wraps pdfminer's)."""
    while type(error).__name__ == "PdfminerException" and error.args and isinstance(error.args[0], BaseException):
        error = error.args[0]
    if isinstance(error, password):
        return InputError(path, "encrypted PDF: it needs a password to be read; save an unprotected copy",
                          "PDF 已加密，需要密码才能读取；请另存一份未加密的副本")
    if isinstance(error, encryption):
        return InputError(path, f"encrypted PDF that cannot be read ({error})", f"PDF 已加密，无法读取（{error}）")
    if isinstance(error, RecursionError):
        return InputError(path, "damaged PDF: its objects nest without end", "PDF 已损坏：对象无限嵌套")
    if isinstance(error, MemoryError):
        return InputError(path, "refused: the PDF needs too much memory to read", "拒绝读取：PDF 需要的内存过多")
    detail = str(error).splitlines()[0][:160] if str(error) else ""
    return InputError(path, f"not a readable PDF: {type(error).__name__}{': ' + detail if detail else ''}",
                      f"无法读取的 PDF：{type(error).__name__}{'：' + detail if detail else ''}")


def _check_file(path: str) -> None:
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as file:
            head = file.read(1024)
            file.seek(max(0, size - 2048))
            tail = file.read(2048)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory", "文件不存在") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory", "是一个目录") from None
    except PermissionError:
        raise InputError(path, "permission denied", "没有读取权限") from None
    except OSError as error:
        raise InputError(path, f"cannot read ({error.strerror or error})", f"无法读取（{error.strerror or error}）") from None
    if size > MAX_PDF_BYTES:
        raise InputError(path, f"file too large (over the limit of {MAX_PDF_BYTES / 2**20:g} MB); the file is skipped",
                         f"文件过大（超过 {MAX_PDF_BYTES / 2**20:g} MB 上限），已跳过")
    if b"%PDF-" not in head:
        raise InputError(path, "not a PDF file (no %PDF- header)", "不是 PDF 文件（缺少 %PDF- 文件头）")
    if b"%%EOF" not in tail:
        raise InputError(path, "truncated or damaged PDF: it does not end with %%EOF (was the download cut short?)",
                         "PDF 不完整或已损坏：文件末尾没有 %%EOF（是否下载未完成？）")


@dataclass
class _Page:
    number: int
    height: float
    items: list  # _Line or ("table", rows) in reading order
    images: int


def _read_page(path: str, page, number: int) -> _Page:
    chars = page.chars
    if len(chars) > MAX_CHARS_PER_PAGE:
        raise InputError(path, f"refused: page {number} holds {len(chars)} characters (the limit is {MAX_CHARS_PER_PAGE})",
                         f"拒绝读取：第 {number} 页有 {len(chars)} 个字符（上限 {MAX_CHARS_PER_PAGE}）")
    if chars:
        page = page.dedupe_chars()
    tables = []
    if chars and (page.rects or page.lines or page.edges):
        for table in page.find_tables():
            rows = [row.cells for row in table.rows]
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2 and sum(c is not None for r in rows for c in r) >= 4:
                tables.append(table)
    boxes = [t.bbox for t in tables]

    def outside(obj):
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    free = [c for c in page.chars if outside(c)] if boxes else page.chars
    items: list = [((line.band, line.column, line.top), line) for line in _laid_out(free)]
    for table in tables:
        grid = []
        for row in table.rows:
            cells = []
            for cell in row.cells:
                if cell is None:
                    cells.append(None)
                    continue
                x0, top, x1, bottom = cell
                inside = [c for c in page.chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
                cells.append(_join_lines(_lines(inside)))
            grid.append(cells)
        items.append(((table.bbox[1], 0, table.bbox[1]), ("table", grid)))
    items.sort(key=lambda item: item[0])
    return _Page(number, float(page.height), [item for _, item in items], len(page.images))


def _laid_out(chars) -> list[_Line]:
    """The lines of a page in reading order: a band of rows set in two columns is read down its
    left column, then down its right one; lines across the page stay where they are.

    A band is a run of rows none of which has a character in the gutter, a gap of at least a
    character's width near the middle of the text, holding at least :data:`MIN_BAND_ROWS` rows with
    text on both sides of it, most of whose left parts run up to the gutter (justified columns do;
    the keys of a key–value list, a date set right in a 落款 and a 签发人 line do not)."""
    rows = _rows(chars)
    gutter = _gutter(rows)
    if gutter is None:
        return [replace(line, band=line.top) for line in _lines(chars)]
    g0, g1 = gutter

    def crosses(row):
        return any(c["x1"] > g0 + 0.5 and c["x0"] < g1 - 0.5 for c in row if not c["text"].isspace())

    def split(row):
        return any(c["x1"] <= g0 + 0.5 for c in row) and any(c["x0"] >= g1 - 0.5 for c in row)

    runs: list[list[list[dict]]] = [[]]
    for row in rows:
        if crosses(row):
            runs.extend([[row], []])
        else:
            runs[-1].append(row)
    lines: list[_Line] = []
    for run in runs:
        if sum(split(row) for row in run) < MIN_BAND_ROWS:
            lines.extend(_lines([c for row in run for c in row]))
            continue
        band = min(c["top"] for row in run for c in row)
        for column, side in ((1, [c for row in run for c in row if c["x1"] <= g0 + 0.5]),
                             (2, [c for row in run for c in row if c["x0"] >= g1 - 0.5])):
            part = _lines(side)
            if not part:
                continue
            # its margin: the leftmost start of two lines or more (first lines are indented, and
            # in a column of short lines such as a list most lines are first lines)
            starts = [round(line.x0) for line in part]
            left = min((x for x in starts if starts.count(x) > 1), default=min(starts))
            right = sorted(line.x1 for line in part)[int(len(part) * 0.9)]
            lines.extend(replace(line, column=column, band=band, left=left, right=right) for line in part)
    for line in lines:
        if not line.column:
            line.band = line.top
    return lines


MIN_BAND_ROWS = 4


def _gutter(rows) -> tuple[float, float] | None:
    """The gap between two columns of text, or None: the x interval near the middle of the text
    that most rows leave empty with text on both sides (at least :data:`MIN_BAND_ROWS` of them,
    a character wide or more), one side of which at least is a justified column of Chinese prose:
    most of its rows run to its edge and hold five characters or more (the keys and values of a
    list, the columns of a table without rules and a 落款 set right are ragged, or figures)."""
    chars = [c for row in rows for c in row if not c["text"].isspace()]
    if len(rows) < MIN_BAND_ROWS or not chars:
        return None
    left, right = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    width = right - left
    size = statistics.median(c.get("size") or 10 for c in chars)
    low, high = int(left + 0.25 * width), int(right - 0.25 * width) + 1
    steps = [0] * (max(0, high - low) + 1)  # where the count of rows with a gap rises and falls
    gaps = []  # per row: its gaps of a character's width or more, as (start, end, row)
    for row in rows:
        visible = [c for c in row if not c["text"].isspace()]
        reach = None
        for char in visible:
            if reach is not None and char["x0"] - reach >= 0.9 * size:
                gaps.append((reach, char["x0"], visible))
                start, end = max(low, int(reach) + 1), min(high, int(char["x0"]))
                if start < end:
                    steps[start - low] += 1
                    steps[end - low] -= 1
            reach = char["x1"] if reach is None else max(reach, char["x1"])
    free, count = [], 0  # per point of x: the rows with a gap there
    for step in steps[:-1]:
        count += step
        free.append(count)
    if not free or max(free) < MIN_BAND_ROWS:
        return None
    best = max(free)
    middle = free.index(best) + low
    sharing = [(a, b, row) for a, b, row in gaps if a <= middle <= b]
    g0, g1 = max(a for a, _, _ in sharing), min(b for _, b, _ in sharing)
    if g1 - g0 < 0.9 * size:
        return None

    def prose(parts, edge_of):
        edge = edge_of(parts)
        flush = sum(abs(edge - edge_of([part])) <= size for part in parts)
        ideographs = statistics.median(sum("\u3400" <= c["text"] <= "\u9fff" for c in part) for part in parts)
        return flush * 2 >= len(parts) and ideographs >= 5

    lefts = [[c for c in row if c["x1"] <= g0 + 0.5] for _, _, row in sharing]
    rights = [[c for c in row if c["x0"] >= g1 - 0.5] for _, _, row in sharing]
    if not (prose(lefts, lambda parts: max(c["x1"] for part in parts for c in part))
            or prose(rights, lambda parts: max(c["x1"] for part in parts for c in part))):
        return None
    return g0, g1


def _rows(chars) -> list[list[dict]]:
    """Characters grouped into rows by baseline, top to bottom, each row's characters left to right."""
    upright = [c for c in chars if c.get("text") and c["text"] not in "\r\n"]
    upright.sort(key=lambda c: (round(c["bottom"], 0), c["x0"]))
    rows: list[list[dict]] = []
    for char in sorted(upright, key=lambda c: c["bottom"]):
        size = char.get("size") or (char["bottom"] - char["top"]) or 10
        if rows and abs(rows[-1][-1]["bottom"] - char["bottom"]) <= size * 0.35:
            rows[-1].append(char)
        else:
            rows.append([char])
    for row in rows:
        row.sort(key=lambda c: c["x0"])
    return rows


def _lines(chars) -> list[_Line]:
    """Characters grouped into lines by baseline, each line's characters left to right."""
    lines = []
    for row in _rows(chars):
        text, previous = "", None
        for char in row:
            piece = char["text"]
            if previous is not None and piece != " " and not text.endswith(" "):
                gap = char["x0"] - previous["x1"]
                size = char.get("size") or 10
                if gap > size * 0.6 and (_LATIN.match(previous["text"][-1:]) and _LATIN.match(piece[:1])):
                    text += " "  # two Latin words set apart with no space glyph
            text += piece
            previous = char
        spaced = text[-1:].isspace()
        text = re.sub(r"\s+", " ", text).strip()
        if not text:
            continue
        sizes = [c.get("size") or 0 for c in row if not c["text"].isspace()]
        visible = [c for c in row if not c["text"].isspace()] or row
        lines.append(_Line(text, min(c["x0"] for c in visible), max(c["x1"] for c in visible),
                           min(c["top"] for c in row), max(c["bottom"] for c in row),
                           statistics.median(sizes) if sizes else 10.0, spaced))
    return lines


def _join(left: str, right: str, spaced: bool = False) -> str:
    """Two pieces of one paragraph broken at a line end: Chinese joins without a space (unless
    the text layer has one there, ``spaced``)."""
    if not left or not right:
        return left + right
    if spaced:
        return f"{left} {right}"
    if _LATIN.match(left[-1]) and _LATIN.match(right[0]):
        return f"{left} {right}"
    if left[-1] in ",.;:!?" and _LATIN.match(right[0]):
        return f"{left} {right}"
    return left + right


def _join_lines(lines: list[_Line]) -> str:
    text, spaced = "", False
    for line in lines:
        text, spaced = _join(text, line.text, spaced), line.spaced
    return text


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _shape(text: str) -> str:
    return re.sub(r"[0-9]+", "#", re.sub(r"\s+", "", text))


def _drop_running_lines(pages: list[_Page]) -> None:
    """Remove page numbers and running headers/footers from the pages' first and last lines."""
    def edge_lines(page, first):
        lines = [item for item in page.items if isinstance(item, _Line)]
        if not lines:
            return []
        ordered = lines[:3] if first else lines[-3:][::-1]
        zone = page.height * EDGE
        return [line for line in ordered if (line.bottom <= zone if first else line.top >= page.height - zone)]

    for first in (True, False):
        counts: dict[str, int] = {}
        for page in pages:
            for shape in {_shape(line.text) for line in edge_lines(page, first)}:
                counts[shape] = counts.get(shape, 0) + 1
        repeated = {shape for shape, n in counts.items() if len(pages) >= 2 and n >= max(2, (len(pages) + 1) // 2)}
        for page in pages:
            for line in edge_lines(page, first):
                if _is_page_number(line.text) or _shape(line.text) in repeated:
                    page.items.remove(line)
                else:
                    break  # only the outermost lines of a page are running lines


def _assemble(path: str, pages: list[_Page]) -> Extraction:
    if not any(page.items for page in pages):
        images = sum(page.images for page in pages)
        if images:
            raise InputError(
                path,
                f"no text layer: {len(pages)} page(s) of images, a scanned document; run OCR on it (e.g. ocrmypdf) and lint the result",
                f"没有文字层：{len(pages)} 页均为图像（扫描件）；请先做文字识别（如 ocrmypdf）再检查",
            )
        raise InputError(path, "no text layer: the PDF has no text to read (is its text drawn as outlines?)",
                         "没有文字层：PDF 中没有可读取的文字（文字是否已转为曲线？）")
    _drop_running_lines(pages)
    _columns_across_pages(pages)
    lines = [item for page in pages for item in page.items if isinstance(item, _Line)]
    if lines:
        across = [line for line in lines if not line.column] or lines  # the page's margins, not a column's
        left = _mode(round(line.x0) for line in across)
        right = sorted(line.x1 for line in across)[int(len(across) * 0.9)]
        size = statistics.median(line.size for line in lines) or 10.0
        pitches = [b.top - a.top for page in pages for a, b in _pairs(page.items) if 0 < b.top - a.top < 4 * size]
        pitch = statistics.median(pitches) if pitches else size * 1.5
        # paragraphs begin with a first-line indent of about two characters here
        indented = sum(1 for line in lines if 1.2 * size <= line.x0 - _margin(line.left, left) <= 2.8 * size) >= max(2, len(lines) // 20)
    blocks: list = []
    notes: list[Note] = []
    current: dict | None = None  # the paragraph being built: text, place, anchors, last line
    tables = 0

    def close():
        nonlocal current
        if current:
            blocks.append(Paragraph(current["text"], current["place"], tuple(current["anchors"])))
        current = None

    for page in pages:
        previous_on_page = None
        for item, line_number in zip(page.items, _line_numbers(page.items)):
            if not isinstance(item, _Line):
                close()
                tables += 1
                cells = []
                for r, row in enumerate(item[1]):
                    for c, text in enumerate(row):
                        if text is not None:
                            cells.append(Cell(r, c, text, Place("cell", (tables, r + 1, c + 1)),
                                              anchors=(Anchor(0, Place("page_line", (page.number, line_number + r))),)))
                blocks.append(Table(tuple(cells), Place("table", (tables,))))
                previous_on_page = None
                continue
            place = Place("page_line", (page.number, line_number) + ((item.column,) if item.column else ()))
            if current and _continues(current["last"], item, previous_on_page, left, right, size, pitch, indented):
                joined = _join(current["text"], item.text, current["last"].spaced)
                current["anchors"].append(Anchor(len(joined) - len(item.text), place))
                current["text"] = joined
                current["last"] = item
            else:
                close()
                current = {"text": item.text, "place": place, "anchors": [], "last": item}
            previous_on_page = item
    close()
    pictured = sum(page.images for page in pages)
    if pictured:
        pages_with = [str(page.number) for page in pages if page.images]
        notes.append(Note("image", pictured, f"{', '.join(pages_with[:10])}{'…' if len(pages_with) > 10 else ''}"))
    return Extraction(blocks=blocks, notes=notes)


def _columns_across_pages(pages: list[_Page]) -> None:
    """A page of a document set in columns whose text lies in one column only (the last page,
    where the text ends in the left column) has no gutter to find: its lines take that column and
    its margins from the other pages."""
    margins = {}
    for column in (1, 2):
        part = [line for page in pages for line in page.items if isinstance(line, _Line) and line.column == column]
        if part:
            starts = [round(line.x0) for line in part]
            margins[column] = (min((x for x in starts if starts.count(x) > 1), default=min(starts)),
                               sorted(line.x1 for line in part)[int(len(part) * 0.9)])
    if len(margins) < 2:
        return
    (left1, right1), (left2, right2) = margins[1], margins[2]
    for page in pages:
        lines = [item for item in page.items if isinstance(item, _Line)]
        if not lines or len(lines) != len(page.items) or any(line.column for line in lines):
            continue
        size = statistics.median(line.size for line in lines)
        for column, left, right, inside in ((1, left1, right1, lambda line: line.x0 >= left1 - size and line.x1 <= right1 + size),
                                             (2, left2, right2, lambda line: line.x0 >= left2 - size and line.x1 <= right2 + size)):
            if all(inside(line) for line in lines):
                for line in lines:
                    line.column, line.band, line.left, line.right = column, lines[0].top, left, right
                break


def _line_numbers(items) -> list[int]:
    """Each item's line on its page, counted from the top as a reader goes down it: a line of a
    column counts the lines above it across the page and in its own column; a line below a band
    of columns comes after the band's longer column; a table counts one line a row."""
    numbers, level, band, counts = [], 0, None, {}
    for item in items:
        if isinstance(item, _Line) and item.column:
            if item.band != band:
                level, band, counts = level + max(counts.values(), default=0), item.band, {}
            counts[item.column] = counts.get(item.column, 0) + 1
            numbers.append(level + counts[item.column])
            continue
        level, band, counts = level + max(counts.values(), default=0), None, {}
        numbers.append(level + 1)
        level += 1 if isinstance(item, _Line) else len(item[1])
    return numbers


def _margin(own: float | None, page: float) -> float:
    return page if own is None else own


def _pairs(items):
    lines = [item for item in items if isinstance(item, _Line)]
    return zip(lines, lines[1:])


def _mode(values) -> float:
    counts: dict = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts.items(), key=lambda kv: (kv[1], -kv[0]))[0] if counts else 0.0


def _continues(last: _Line, line: _Line, previous_on_page: _Line | None, left, right, size, pitch, indented=True) -> bool:
    """Whether ``line`` carries on the paragraph whose last line is ``last`` (a line in a column
    measured against its column's margins)."""
    if line.x0 > _margin(line.left, left) + 0.8 * size:  # indented (a new paragraph) or centred
        return False
    right = _margin(last.right, right)
    if last.x1 < right - 1.5 * size:  # the line before stopped short of the margin:
        # the paragraph ended, unless paragraphs here begin indented, this line does not, the line
        # before ends mid-sentence, and this line's first unbreakable piece (a figure, a bracketed
        # year) would not have fitted in the room left there (text set ragged right)
        if not indented or last.text[-1:] in _SENTENCE_END or right - last.x1 > _lead_width(line.text, line.size) + 0.5 * size:
            return False
    if abs(line.size - last.size) > 0.15 * max(line.size, last.size):
        return False
    if previous_on_page is last and line.top - last.top > 1.6 * pitch:  # a wider gap than the text's
        return False
    return True


_CLOSING = set("，。、；：？！）》」』】〕”’,.;:?!)]")


def _lead_width(text: str, size: float) -> float:
    """The width of a line's first piece that cannot be broken: a run of Latin letters, digits and
    their marks up to the first Chinese character (or that character), with the closing marks that
    may not begin a line."""
    width, index = 0.0, 0
    while index < len(text) and not ("\u3400" <= text[index] <= "\u9fff") and text[index] not in _CLOSING:
        width += (1.0 if ord(text[index]) > 0x2000 else 0.55) * size
        index += 1
    if index == 0 and text:
        width, index = size, 1
    while index < len(text) and text[index] in _CLOSING:
        width += (1.0 if ord(text[index]) > 0x2000 else 0.55) * size
        index += 1
    return width


def main(argv=None) -> int:
    """``python -m auditor.formats.pdf FILE``: the text that auditor lints, one numbered line each."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m auditor.formats.pdf FILE.pdf", file=sys.stderr)
        return 2
    try:
        text = read_pdf(args[0])
    except InputError as error:
        print(f"auditor: error: {error}", file=sys.stderr)
        return 2
    for number, line in enumerate(text.lines, 1):
        print(f"{number:>5}  {line.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
