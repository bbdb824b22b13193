"""Word documents (.docx): the whole document as it now reads, with where each piece is in Word.

The package is read with zipfile and lxml (python-docx is needed only to write comments back,
auditor.annotate), part by part, each part inflated at most :data:`MAX_PART_BYTES` and parsed
without entities, DTDs or network, the body streamed block by block so that memory stays small.

What is read, in this order, each as *units*:

* the body in document order: every paragraph is one unit, every table row one unit whose cells are
  joined by a tab (a horizontally merged cell is read at its first column, with an empty cell for
  each other column it covers, so that every cell stands under its header; a row that is one merged
  cell stays one cell; a vertically merged cell is read in the row where it starts and is empty in
  the rows it covers). Tracked changes are read as the document
  now reads: insertions (``w:ins``, ``w:moveTo``) in, deletions (``w:del``, ``w:moveFrom``,
  deleted table rows) out, and a paragraph whose mark was deleted joins the next one. Content
  controls (``w:sdt``), custom XML, hyperlinks, smart tags and field results are read through;
  field codes, hidden text and deleted text are not. A text box, and a table nested in a cell,
  follow the top-level block that holds them, as units of their own;
* footnotes and endnotes, numbered in the order of their references, as Word numbers them;
* the headers and footers of every section, each part once.

Rules see every unit as a paragraph of its own, so a table is a run of consecutive paragraphs with
tab-separated cells, e.g. ``合计\\t96143\\t…`` after ``2018年\\t44052\\t…``.

Positions: a finding's ``line`` is the unit's index (1-based) and its columns count characters
within the unit. The message ends with where a person finds it in Word: ``[Word: paragraph 7
“…二是强化保障…”]``, ``[Word: table 1, row 6, cell 2 “96143”]``, ``[Word: footnote 3 “…”]``,
``[Word: header (section 1) “…”]``, ``[Word: text box 1 “…”]``, ``[Word: table 3 (in table 2,
row 4, cell 3), row 1, cell 2 “…”]``. Each unit also carries its place in Chinese (``第 7 段``,
``表 1 行 6 列 2``, ``脚注 3``, ``页眉``, ``文本框 1``), used by the comments written back.

What cannot be read (images, charts, embedded objects, equations, SmartArt) is counted and said in
one note per file (:meth:`DocxText.notes`).

Bounds: the package at most :data:`MAX_PACKAGE_BYTES` and :data:`MAX_UNPACKED_BYTES` unpacked as
declared; every part read at most :data:`MAX_PART_BYTES` inflated, whatever its header says; at
most :data:`MAX_UNITS` paragraphs and rows and :data:`MAX_CELLS_PER_ROW` cells in a row; reading is
linear in the document and under the per-file time limit. Past a bound, and for anything that is
not a readable .docx, :class:`InputError` with one line.
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from .engine import FileResult
from .findings import Finding, Related
from .loading import MAX_FILE_BYTES, InputError
from .record import replace

# A .docx that inflates to more than this is refused before it is parsed (a zip bomb).
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_PACKAGE_BYTES = 128 * 1024 * 1024  # the .docx file itself (images included)
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part, inflated, whatever the zip's directory declares
MAX_UNITS = 400_000  # paragraphs and table rows
MAX_CELLS_PER_ROW = 1_000  # Word allows 63 columns
QUOTE_CONTEXT = 6  # characters quoted on each side of a finding's span
_LINE_REFERENCE = re.compile(r"(\blines? )(\d+)|(第 ?)(\d+)(?= ?行)")  # "line 5", "第 5 行" in a message: a line of the rules' text


def _in_word(where: str, lang: str) -> str:
    return f"[Word: {where}]" if lang == "en" else f"（Word 中位置：{where}）"  # "line 5" in a rule's message: a line of the rules' text
_BLANKS = re.compile("[\t\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")  # one space each: offsets stay those of w:t

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = map(_w, ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
RUN, TEXT, INS, DEL, MOVE_TO, MOVE_FROM = map(_w, ("r", "t", "ins", "del", "moveTo", "moveFrom"))
PPR, RPR, TRPR, SECTPR, TXBX = map(_w, ("pPr", "rPr", "trPr", "sectPr", "txbxContent"))
_VANISH, _VAL = _w("vanish"), _w("val")
TCPR, GRID_SPAN = _w("tcPr"), _w("gridSpan")
ALTERNATE, CHOICE = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice"
# Containers read through, inside a paragraph; and the run children that are one character each.
_INLINE_THROUGH = frozenset(map(_w, ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")))
_INLINE_SKIPPED = frozenset(map(_w, ("del", "moveFrom")))
_ONE_CHAR = {_w("tab"): " ", _w("ptab"): " ", _w("br"): " ", _w("cr"): " ", _w("noBreakHyphen"): "-"}
_BLOCK_THROUGH = frozenset((CUSTOM_XML, INS, MOVE_TO))
_NOTE_WORDS = {
    "image": ("image(s)", "图片"), "chart": ("chart(s)", "图表"), "embedded_object": ("embedded object(s)", "嵌入对象"),
    "equation": ("equation(s)", "公式"), "diagram": ("SmartArt diagram(s)", "SmartArt 图形"),
    "embedded_file": ("embedded document(s)", "嵌入文档"),
}


@dataclass(frozen=True)
class Piece:
    """A stretch of a unit's text that is one element's: characters ``start`` to ``start + length``
    of the unit are characters ``0..length`` of ``element`` (a ``w:t``, or a one-character ``w:tab``,
    ``w:br``…). Kept only when the document is read to be annotated."""

    start: int
    length: int
    element: object


@dataclass(slots=True)
class Unit:
    text: str
    where: str  # "paragraph 7", "table 1, row 6", "footnote 3", "header (section 1)", "text box 1"
    cells: tuple[str, ...] = ()  # the cells of a table row
    where_zh: str = ""  # "第 7 段", "表 1 行 6", "脚注 3", "页眉", "文本框 1"
    part: str = "body"  # body, header, footer, footnote, endnote: where Word allows a comment (body)
    pieces: tuple[Piece, ...] = field(default=(), repr=False, compare=False)
    cell_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    cell_numbers: tuple[int, ...] = ()  # Word's number of each of ``cells`` (a merged cell's columns share one)
    opens_table: bool = False  # the first row of a table


@dataclass(frozen=True)
class DocxText:
    path: str
    units: tuple[Unit, ...]
    unread: tuple[tuple[str, int], ...] = ()  # (kind, count) of what could not be read

    @property
    def text(self) -> str:
        """What the rules read: one unit per paragraph (units separated by a blank line). Between two
        tables (a nested table follows the rows of the table that holds it) the line holds one space:
        the boundary auditor.tables ends a grid at, so that the two are not read as one."""
        parts = []
        previous = None
        for unit in self.units:
            if previous is not None:
                parts.append("\n \n" if unit.opens_table and previous.cells else "\n\n")
            parts.append(unit.text)
            previous = unit
        return "".join(parts)

    @property
    def display(self) -> str:
        """What reporters show: one unit per line, so that line N is unit N."""
        return "\n".join(u.text for u in self.units)

    def notes(self, display_name: str, lang: str = "zh") -> list[str]:
        """One note line for standard error naming what was not read, or none."""
        if not self.unread:
            return []
        if lang == "en":
            en = ", ".join(f"{count} {_NOTE_WORDS.get(kind, (kind, kind))[0]}" for kind, count in self.unread)
            return [f"auditor: note: {display_name}: not read: {en}; figures in them are not checked"]
        zh = "、".join(f"{_NOTE_WORDS.get(kind, (kind, kind))[1]} {count} 个" for kind, count in self.unread)
        return [f"auditor: note: {display_name}: 未读取{zh}，其中的数字未检查，需人工核对"]

    def relocate(self, result: FileResult, lang: str = "en") -> FileResult:
        """The findings of :attr:`text` moved to unit lines, each message saying where it is in Word
        (in the run's language)."""
        checked = tuple(replace(r, line=line, column=column) for r in result.checked
                        for line, column in (self._unit_position(r.line, r.column),))
        return replace(result, findings=tuple(self._relocate(f, lang) for f in result.findings), checked=checked)

    def _relocate(self, finding: Finding, lang: str = "en") -> Finding:
        line, column = self._unit_position(finding.line, finding.column)
        end_line, end_column = self._unit_position(finding.end_line, finding.end_column)
        related = tuple(self._relocate_related(r, lang) if r.path == finding.path else r for r in finding.related)
        where = self.describe(line, column, end_line, end_column, lang)
        return replace(
            finding, line=line, column=column, end_line=end_line, end_column=end_column,
            message=f"{self._renumber(finding.message)} {_in_word(where, lang)}", related=related,
        )

    def _relocate_related(self, related: Related, lang: str = "en") -> Related:
        line, column = self._unit_position(related.line, related.column)
        end_line, end_column = self._unit_position(related.end_line or related.line, related.end_column or related.column)
        where = self.describe(line, column, end_line, end_column, lang)
        return replace(related, line=line, column=column, end_line=end_line, end_column=end_column,
                       message=f"{self._renumber(related.message)} {_in_word(where, lang)}")

    @staticmethod
    def _renumber(message: str) -> str:
        """Line numbers in a message as unit numbers (unit i is line 2i-1 of :attr:`text`)."""
        return _LINE_REFERENCE.sub(lambda m: f"{m.group(1) or m.group(3)}{(int(m.group(2) or m.group(4)) + 1) // 2}", message)

    def _unit_position(self, line: int, column: int) -> tuple[int, int]:
        """Unit i is line 2i+1 of :attr:`text`; the blank line after it is the unit's end."""
        index = (line - 1) // 2
        if index >= len(self.units):
            return len(self.units), len(self.units[-1].text) + 1 if self.units else 1
        if (line - 1) % 2:
            return index + 1, len(self.units[index].text) + 1
        return index + 1, column

    def describe(self, line: int, column: int, end_line: int, end_column: int, lang: str = "en") -> str:
        """Where a span is, as a person finds it in Word, with the quoted text."""
        if not 0 < line <= len(self.units):
            return "end of document" if lang == "en" else "文末"
        unit = self.units[line - 1]
        end = end_column - 1 if end_line == line else len(unit.text)
        start = column - 1
        where = self.where(line, column, lang)
        left = max(0, start - QUOTE_CONTEXT)
        right = min(len(unit.text), max(end, start + 1) + QUOTE_CONTEXT)
        quote = ("…" if left else "") + unit.text[left:right].replace("\t", " | ") + ("…" if right < len(unit.text) else "")
        return f"{where} “{quote}”"

    def where(self, line: int, column: int, lang: str = "en") -> str:
        """The Word place of a character: the unit's place, and the cell for a table row."""
        if not 0 < line <= len(self.units):
            return "end of document" if lang == "en" else "文末"
        unit = self.units[line - 1]
        where = unit.where if lang == "en" else unit.where_zh or unit.where
        if unit.cells:
            start, cell_start = column - 1, 0
            for index, cell in enumerate(unit.cells):
                if start <= cell_start + len(cell):
                    number = unit.cell_numbers[index] if unit.cell_numbers else index + 1
                    where += f", cell {number}" if lang == "en" else f" 列 {number}"
                    break
                cell_start += len(cell) + 1
        return where


# --- reading the package -----------------------------------------------------------------------


def read_docx(source, name: str | None = None, keep_pieces: bool = False) -> DocxText:
    """The units of a .docx (a path, or its bytes); an unreadable file raises InputError with one line."""
    from .guards import TIME_LIMIT_SECONDS, LimitExceeded, time_limit

    name = name if name is not None else str(source)
    try:
        with time_limit(name, TIME_LIMIT_SECONDS), _open_package(source, name) as stream, zipfile.ZipFile(stream) as package:
            _check_package(package, name)
            return _read(package, name, keep_pieces)
    except InputError:
        raise
    except LimitExceeded:
        raise InputError(f"{name}: refused: reading the .docx took longer than {TIME_LIMIT_SECONDS:g} s",
                         f"{name}: 拒绝读取：读取该 .docx 超过 {TIME_LIMIT_SECONDS:g} 秒") from None
    except RecursionError:
        raise InputError(f"{name}: refused: the .docx nests its content too deeply", f"{name}: 拒绝读取：该 .docx 内容嵌套过深") from None
    except MemoryError:
        raise InputError(f"{name}: refused: the .docx is too large to read", f"{name}: 拒绝读取：该 .docx 过大") from None
    except Exception as error:  # noqa: BLE001 - zipfile and lxml raise many kinds for a damaged file
        raise InputError(f"{name}: not a readable Word document (.docx): {type(error).__name__}: {error}",
                         f"{name}: 无法读取的 Word 文档（.docx）：{type(error).__name__}: {error}") from None


def _open_package(source, name: str):
    """The package as a seekable binary stream, after the checks that need no unzipping."""
    if isinstance(source, (bytes, bytearray)):
        stream, size = io.BytesIO(source), len(source)
    else:
        try:
            stream = open(source, "rb")
            size = os.fstat(stream.fileno()).st_size
        except FileNotFoundError:
            raise InputError(f"{name}: no such file or directory", f"{name}: 文件不存在") from None
        except OSError as error:
            raise InputError(f"{name}: cannot read ({error.strerror or error})", f"{name}: 无法读取（{error.strerror or error}）") from None
    try:
        if size > MAX_PACKAGE_BYTES:
            raise InputError(f"{name}: refused: the .docx is larger than {MAX_PACKAGE_BYTES // 2**20} MB",
                             f"{name}: 拒绝读取：该 .docx 大于 {MAX_PACKAGE_BYTES // 2**20} MB")
        if stream.read(len(_OLE_MAGIC)) == _OLE_MAGIC:
            raise InputError(f"{name}: an old Word (.doc) or WPS file named .docx; save it as .docx and check that",
                             f"{name}: 这是旧版 .doc 或 .wps 文件，请在 Word/WPS 中“另存为” .docx 后再检查")
        stream.seek(0)
    except BaseException:
        stream.close()
        raise
    return stream


def _check_package(package: zipfile.ZipFile, name: str) -> None:
    unpacked = sum(info.file_size for info in package.infolist())
    if unpacked > MAX_UNPACKED_BYTES or unpacked > 100 * MAX_FILE_BYTES:
        raise InputError(f"{name}: refused: the .docx would unpack to {unpacked / 2**20:.0f} MB",
                         f"{name}: 拒绝读取：该 .docx 解压后将达 {unpacked / 2**20:.0f} MB")


def _part_bytes(package: zipfile.ZipFile, part: str, name: str) -> bytes | None:
    """A part's bytes, inflated at most MAX_PART_BYTES whatever the directory says; None if absent."""
    try:
        info = package.getinfo(part)
    except KeyError:
        return None
    with package.open(info) as stream:
        data = stream.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise InputError(f"{name}: refused: its part {part} unpacks to more than {MAX_PART_BYTES // 2**20} MB",
                         f"{name}: 拒绝读取：其中的 {part} 解压后超过 {MAX_PART_BYTES // 2**20} MB")
    return data


def _parser_options() -> dict:
    return dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)


def _parse(data: bytes):
    from lxml import etree

    return etree.fromstring(data, etree.XMLParser(**_parser_options()))


def _relationships(package: zipfile.ZipFile, part: str, name: str) -> dict[str, tuple[str, str]]:
    """rId -> (type suffix, part name) of a part's relationships (internal targets only)."""
    folder, base = posixpath.split(part)
    data = _part_bytes(package, posixpath.join(folder, "_rels", base + ".rels"), name)
    if data is None:
        return {}
    out = {}
    for rel in _parse(data).iter(f"{{{PKG_RELS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id") or ""] = ((rel.get("Type") or "").rsplit("/", 1)[-1], target)
    return out


def _main_part(package: zipfile.ZipFile, name: str) -> str:
    for kind, target in _relationships(package, "", name).values():
        if kind == "officeDocument" and target in package.NameToInfo:
            return target
    if "word/document.xml" in package.NameToInfo:
        return "word/document.xml"
    raise InputError(f"{name}: not a Word document (.docx): it has no word/document.xml",
                     f"{name}: 不是 Word 文档（.docx）：其中没有 word/document.xml")


_HUGE_BLOCK = 10_000  # XML nodes: a block this large stays in the tree (see _read)


def _read(package: zipfile.ZipFile, name: str, keep_pieces: bool) -> DocxText:
    from lxml import etree

    main = _main_part(package, name)
    rels = _relationships(package, main, name)
    walker = Walker(keep_pieces, name)
    data = _part_bytes(package, main, name)
    body_tag = _w("body")
    blocks = (P, TBL, SDT, SECTPR, CUSTOM_XML, INS, MOVE_TO, _w("altChunk"), ALTERNATE)  # what a body holds
    previous = None
    kept = []  # huge blocks, left in the tree: freed with it at the end, in linear time
    for _event, element in etree.iterparse(io.BytesIO(data), events=("end",), tag=blocks, **_parser_options()):
        parent = element.getparent()
        if parent is None or parent.tag != body_tag:
            continue
        walker.body_block(element)
        # What was read is dropped: memory stays small. lxml can take time quadratic in a block's
        # size to clear or remove it, in C, out of reach of the time limit (300 000 footnote
        # references in one run: a quarter of an hour; found by bench/fuzz_docx.py). A block is
        # cleared when the next one ends, the blocks nested in a table first, innermost first; a
        # huge block is not cleared nor removed at all.
        if previous is not None:
            if next(islice(previous.iter(), _HUGE_BLOCK, None), None) is not None:
                kept.append(previous)
            else:
                if previous.tag != P:
                    for block in reversed(list(previous.iter(*blocks))):
                        block.clear()
                previous.clear()
        first = 0
        while parent[first] is not element:
            if any(parent[first] is block for block in kept):
                first += 1
            else:
                del parent[first]
        previous = element
    walker.flush()
    for kind in ("footnote", "endnote"):
        target = next((t for k, t in rels.values() if k == kind + "s"), None)
        data = _part_bytes(package, target, name) if target else None
        if data is not None:
            walker.notes_part(data, kind)
    seen = set()
    for kind in ("header", "footer"):
        for section, variant, rid in walker.sections(kind):
            kind_target = rels.get(rid)
            if not kind_target or kind_target[1] in seen:
                continue
            seen.add(kind_target[1])
            data = _part_bytes(package, kind_target[1], name)
            if data is not None:
                walker.header_part(_parse(data), kind, section, variant, len(walker.section_starts))
    return DocxText(name, tuple(walker.units), tuple((k, n) for k, n in sorted(walker.unread.items()) if n))


def _grid_span(tc) -> int:
    """How many grid columns a cell covers (``w:gridSpan``), 1 when it says nothing sensible."""
    properties = tc.find(TCPR)
    span = properties.find(GRID_SPAN) if properties is not None else None
    value = span.get(_VAL) if span is not None else None
    return int(value) if value and value.isdigit() and 0 < int(value) <= MAX_CELLS_PER_ROW else 1


# --- walking the XML -----------------------------------------------------------------------------


@dataclass
class _Context:
    en: str  # "" for the body
    zh: str
    part: str  # body, header, footer, footnote, endnote
    within: tuple[str, str] | None = None  # a nested table: the outer cell, in English and Chinese


_BODY = _Context("", "", "body")


class Walker:
    """Turns WordprocessingML into units. The same walk serves reading (for the rules) and
    annotating (auditor.annotate walks python-docx's tree of the body to find the runs of a span)."""

    def __init__(self, keep_pieces: bool = False, name: str = ""):
        self.keep = keep_pieces
        self.name = name
        self.units: list[Unit] = []
        self.unread: Counter = Counter()
        self.paragraphs = self.tables = self.textboxes = 0
        self.references = {"footnote": [], "endnote": []}
        self.section_starts: list[list[tuple[str, str, str]]] = []  # per section: (kind, variant, rId)
        self._deferred: list = []  # (kind, element, context) read after the current top-level block
        self._pending = None  # a paragraph whose mark was deleted: (text, pieces), joined to the next

    # blocks

    def body_block(self, element) -> None:
        """One child of w:body, then what it holds that is read after it (text boxes, nested tables)."""
        self._block(element, _BODY)
        while self._deferred:
            kind, content, context = self._deferred.pop(0)
            if kind == "table":
                self._flush_pending(_BODY)
                self._table(content, context)
            else:
                for child in content:
                    self._block(child, context)
                self._flush_pending(context)

    def flush(self) -> None:
        self._flush_pending(_BODY)

    def _block(self, element, context: _Context) -> None:
        tag = element.tag
        if tag == P:
            self._paragraph(element, context)
        elif tag == TBL:
            self._flush_pending(context)
            self._table(element, context)
        elif tag == SDT:
            content = element.find(SDT_CONTENT)
            for child in content if content is not None else ():
                self._block(child, context)
        elif tag in _BLOCK_THROUGH:
            for child in element:
                self._block(child, context)
        elif tag == SECTPR and context is _BODY:
            self._section(element)
        elif tag == _w("altChunk"):
            self.unread["embedded_file"] += 1
        elif tag == ALTERNATE:
            choice = element.find(CHOICE)
            for child in choice if choice is not None else ():
                self._block(child, context)

    def _section(self, sectpr) -> None:
        refs = []
        for child in sectpr:
            if child.tag in (_w("headerReference"), _w("footerReference")):
                refs.append((child.tag.rsplit("}", 1)[1][:6], child.get(_w("type")) or "default", child.get(f"{{{R}}}id") or ""))
        self.section_starts.append(refs)

    def sections(self, kind: str):
        """(section number, variant, rId) of every header or footer reference, in section order."""
        for number, refs in enumerate(self.section_starts, 1):
            for ref_kind, variant, rid in refs:
                if ref_kind == kind:
                    yield number, variant, rid

    def _paragraph(self, p, context: _Context) -> None:
        chars: list[str] = []
        pieces: list[Piece] = []
        if self._pending is not None and self._pending[2] is context:
            chars, pieces, _ = self._pending
            self._pending = None
        else:
            self._flush_pending(None)
        self._inline(p, chars, pieces, context)
        ppr = p[0] if len(p) and p[0].tag == PPR else None
        if ppr is not None:
            sectpr = ppr.find(SECTPR)
            if sectpr is not None and context is _BODY:
                self._section(sectpr)
            mark = ppr.find(RPR)
            if mark is not None and (mark.find(DEL) is not None or mark.find(_w("moveFrom")) is not None):
                self._pending = (chars, pieces, context)  # the paragraph mark was deleted: it joins the next
                return
        self._emit_paragraph("".join(chars), pieces, context)

    def _flush_pending(self, context: _Context | None) -> None:
        """A paragraph left waiting for the next one (its mark deleted) that has none to join."""
        if self._pending is not None:
            chars, pieces, own = self._pending
            self._pending = None
            if chars:
                self._emit_paragraph("".join(chars), pieces, own)

    def _emit_paragraph(self, text: str, pieces, context: _Context) -> None:
        if context is _BODY:
            self.paragraphs += 1
            self._add(Unit(text, f"paragraph {self.paragraphs}", (), f"第 {self.paragraphs} 段", "body", tuple(pieces)))
        else:
            self._add(Unit(text, context.en, (), context.zh, context.part, tuple(pieces)))

    def _add(self, unit: Unit) -> None:
        if len(self.units) >= MAX_UNITS:
            raise InputError(f"{self.name}: refused: more than {MAX_UNITS:,} paragraphs and table rows",
                             f"{self.name}: 拒绝读取：段落和表格行超过 {MAX_UNITS:,} 个")
        self.units.append(unit)

    def _table(self, tbl, context: _Context) -> None:
        self.tables += 1
        number = self.tables
        if context.within:
            en, zh = f"table {number} (in {context.within[0]})", f"表 {number}（{context.within[1]}）"
        else:
            en = f"{context.en}, table {number}" if context.en else f"table {number}"
            zh = f"{context.zh} 表 {number}" if context.zh else f"表 {number}"
        for row_number, tr in enumerate(self._rows(tbl), 1):
            read = []  # (text, pieces, columns spanned) of each cell
            for column, tc in enumerate(self._cells(tr), 1):
                if column > MAX_CELLS_PER_ROW:
                    raise InputError(f"{self.name}: refused: a table row with more than {MAX_CELLS_PER_ROW} cells",
                                     f"{self.name}: 拒绝读取：有一个表格行超过 {MAX_CELLS_PER_ROW} 个单元格")
                where = (f"{en}, row {row_number}, cell {column}", f"{zh} 行 {row_number} 列 {column}")
                chars: list[str] = []
                cell_pieces: list[Piece] = []
                self._cell(tc, chars, cell_pieces, context, where)
                read.append(("".join(chars), cell_pieces, _grid_span(tc)))
            cells, pieces, starts, numbers = [], [], [], []
            position = 0
            for number, (text, cell_pieces, span) in enumerate(read, 1):
                # a merged cell stands at its first column and leaves the others it covers empty, so
                # that every cell stays under its header; a row that is one merged cell stays one cell
                for k in range(span if len(read) > 1 else 1):
                    if len(cells) >= MAX_CELLS_PER_ROW:
                        break
                    starts.append(position)
                    numbers.append(number)
                    if k == 0:
                        pieces.extend(replace(piece, start=piece.start + position) for piece in cell_pieces)
                        cells.append(text)
                        position += len(text) + 1
                    else:
                        cells.append("")
                        position += 1
            self._add(Unit("\t".join(cells), f"{en}, row {row_number}", tuple(cells), f"{zh} 行 {row_number}",
                           context.part, tuple(pieces), tuple(starts), tuple(numbers), row_number == 1))

    def _rows(self, tbl):
        for child in tbl:
            if child.tag == TR:
                trpr = child.find(TRPR)
                if trpr is None or trpr.find(DEL) is None:  # a deleted row (tracked) is not read
                    yield child
            elif child.tag in (SDT, CUSTOM_XML):
                yield from self._rows(child.find(SDT_CONTENT) if child.tag == SDT else child)

    def _cells(self, tr):
        for child in tr if tr is not None else ():
            if child.tag == TC:
                yield child
            elif child.tag in (SDT, CUSTOM_XML):
                yield from self._cells(child.find(SDT_CONTENT) if child.tag == SDT else child)

    def _cell(self, container, chars, pieces, context: _Context, where) -> None:
        """The paragraphs of a cell on one line (joined by a space); nested tables read later."""
        for child in container if container is not None else ():
            tag = child.tag
            if tag == P:
                mark = len(chars)
                if chars:
                    chars.append(" ")  # the paragraphs of a cell on one line
                self._inline(child, chars, pieces, context)
                if chars and len(chars) == mark + 1:
                    chars.pop()  # an empty paragraph adds no space
            elif tag == TBL:
                self._deferred.append(("table", child, replace(context, within=where)))
            elif tag == SDT:
                self._cell(child.find(SDT_CONTENT), chars, pieces, context, where)
            elif tag in _BLOCK_THROUGH:
                self._cell(child, chars, pieces, context, where)

    # inside a paragraph

    def _inline(self, element, chars: list, pieces: list, context: _Context) -> None:
        for child in element:
            tag = child.tag
            if tag == RUN:
                self._run(child, chars, pieces, context)
            elif tag in _INLINE_THROUGH:
                self._inline(child, chars, pieces, context)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, chars, pieces, context)
            elif tag in _INLINE_SKIPPED:
                continue
            elif isinstance(tag, str) and tag.endswith(("}oMath", "}oMathPara")):
                self.unread["equation"] += 1

    def _run(self, run, chars: list, pieces: list, context: _Context) -> None:
        for child in run:
            tag = child.tag
            if tag == TEXT:  # the common case first
                text = child.text
                if text:
                    if self.keep:
                        pieces.append(Piece(len(chars), len(text), child))
                    chars.extend(_BLANKS.sub(" ", text) if _BLANKS.search(text) else text)
            elif tag == RPR:
                hidden = child.find(_VANISH)
                if hidden is not None and hidden.get(_VAL) not in ("0", "false", "off"):
                    return  # hidden text: not shown, not printed
            else:
                self._run_child(child, chars, pieces, context)

    def _run_child(self, child, chars: list, pieces: list, context: _Context) -> None:
        tag = child.tag
        if tag == TEXT:
            text = child.text or ""
            if text:
                if self.keep:
                    pieces.append(Piece(len(chars), len(text), child))
                chars.extend(_BLANKS.sub(" ", text))
        elif tag in _ONE_CHAR:
            if self.keep:
                pieces.append(Piece(len(chars), 1, child))
            chars.append(_ONE_CHAR[tag])
        elif tag in (_w("footnoteReference"), _w("endnoteReference")):
            kind = tag.rsplit("}", 1)[1][:-len("Reference")]
            self.references[kind].append(child.get(_w("id")))
        elif tag == _w("drawing") or tag == _w("pict"):
            self._graphic(child, context)
        elif tag == _w("object"):
            self.unread["embedded_object"] += 1
        elif tag == ALTERNATE:
            choice = child.find(CHOICE)
            for inner in choice if choice is not None else ():
                self._run_child(inner, chars, pieces, context)
        elif tag == _w("ruby"):
            base = child.find(_w("rubyBase"))
            if base is not None:
                self._inline(base, chars, pieces, context)

    def _graphic(self, element, context: _Context) -> None:
        boxes = [box for box in element.iter(TXBX) if not any(a.tag == TXBX for a in box.iterancestors())]
        for box in boxes:
            self.textboxes += 1
            n = self.textboxes
            en = f"{context.en}, text box {n}" if context.en else f"text box {n}"
            zh = f"{context.zh} 文本框 {n}" if context.zh else f"文本框 {n}"
            self._deferred.append(("box", box, _Context(en, zh, context.part)))
        for item in element.iter():
            tag = item.tag if isinstance(item.tag, str) else ""
            if tag.endswith("}pic") and "picture" in tag or tag == "{urn:schemas-microsoft-com:vml}imagedata":
                self.unread["image"] += 1
            elif tag.endswith("}graphicData"):
                uri = item.get("uri") or ""
                if uri.endswith("/chart"):
                    self.unread["chart"] += 1
                elif uri.endswith("/diagram"):
                    self.unread["diagram"] += 1

    # parts other than the body

    def notes_part(self, data: bytes, kind: str) -> None:
        """Footnotes or endnotes, numbered in the order of their first reference in the body. The
        part is streamed note by note (a part of many notes stays small in memory): each referenced
        note is read as it comes, and the notes' units are put in reference order at the end."""
        from lxml import etree

        numbers = {note_id: number for number, note_id in enumerate(dict.fromkeys(self.references[kind]), 1)}
        en_kind, zh_kind = (kind, "脚注" if kind == "footnote" else "尾注")
        first = len(self.units)
        spans = {}  # number -> (start, end) of its units; a later note with the same id replaces it
        for _event, note in etree.iterparse(io.BytesIO(data), events=("end",), tag=_w(kind), **_parser_options()):
            number = numbers.get(note.get(_w("id")))
            if number is not None and note.get(_w("type")) in (None, "normal"):
                start = len(self.units)
                self._container(note, _Context(f"{en_kind} {number}", f"{zh_kind} {number}", kind))
                spans[number] = (start, len(self.units))
            parent = note.getparent()
            if parent is not None and parent.getparent() is None:  # a note of the part: what was read is dropped
                note.clear()
                while note.getprevious() is not None:
                    del parent[0]
        read = self.units[first:]
        self.units[first:] = [unit for number in sorted(spans) for unit in read[spans[number][0] - first : spans[number][1] - first]]

    def header_part(self, root, kind: str, section: int, variant: str, sections: int) -> None:
        en = {"first": f"first-page {kind}", "even": f"even-page {kind}"}.get(variant, kind)
        zh = {"header": "页眉", "footer": "页脚"}[kind]
        zh = {"first": "首页" + zh, "even": "偶数页" + zh}.get(variant, zh)
        if sections > 1:
            en, zh = f"{en} (section {section})", f"第 {section} 节{zh}"
        self._container(root, _Context(en, zh, kind))

    def _container(self, root, context: _Context) -> None:
        self._deferred = []
        for child in root:
            self._block(child, context)
        self._flush_pending(context)
        while self._deferred:
            kind, content, inner = self._deferred.pop(0)
            if kind == "table":
                self._table(content, inner)
            else:
                for child in content:
                    self._block(child, inner)
                self._flush_pending(inner)


def body_units(body, keep_pieces: bool = True) -> list[Unit]:
    """The units of a body element (python-docx's ``document.element.body``), as :func:`read_docx`
    numbers them: the first units of the document. auditor.annotate finds the runs of a span here."""
    walker = Walker(keep_pieces)
    for child in list(body):
        walker.body_block(child)
    walker.flush()
    return walker.units
