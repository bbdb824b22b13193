"""The tables of a document, read as grids.

Two ways a table reaches the text model: rows of tab-separated cells (text copied from Word, and
what :mod:`auditor.docx` and the block readers make of a table: one line a row, perhaps a blank
line between rows; a line of one space between two tables ends the first) and pipe tables: Markdown
(their ``|---|`` line skipped) and cells between `` | `` (a bulletin web page's table copied as text). A run of such lines is
one table; a short line of one cell between two rows (a merged band row, "一、基本支出") stays in it.

Each table is a grid of :class:`Cell` s with their ``plain`` offsets, and what a reader of the table
knows besides: its header rows (the leading rows with no figure but years: one or two as a rule,
and a 栏次 row that numbers the columns, 甲 | 乙 | 1 | 2 | 3),
the unit of each column (from its header, ``人数（人）``, ``金额(万元)``, a second header row ``万元``,
a caption line before the table, ``单位：万元``, or a unit column, ``单位`` / ``计量单位``), which
columns hold figures and which hold labels (a 序号 column, a 科目编码 column, the label column).

A cell's figure: digits with thousands separators (``1,230``), a sign, decimals, perhaps its own
unit (``120人``, ``35.5%``); ``—``, ``-``, ``/`` and an empty cell hold no value. Values are
``Decimal`` in base units (万元 × 10000), with the unit of their last stated digit (``step``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import field
from decimal import Decimal
from functools import lru_cache

from .record import record
from .lazyre import lazy_re
from .memo import per_document
from .numbers import MAX_FIGURE_DIGITS, unit_of_last_digit

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .text import Document

_ONE, _ZERO = Decimal(1), Decimal(0)
_NO_VALUE = frozenset(("", "-", "--", "—", "——", "–", "/", "—-", "…", "x", "X", "×", "*", "无"))
_DIGIT = lazy_re(r"\d")
_FIGURE = lazy_re(r"([+\-−]?)[ ]?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[ ]*(.{0,8})")
_SEPARATOR = lazy_re(r"[ \t]*\|?(?:[ \t]*:?-{1,}:?[ \t]*\|)+[ \t]*(?::?-{1,}:?[ \t]*)?")
_BRACKETED_UNIT = lazy_re(r"[(\[【]([^()\[\]【】]{1,10})[)\]】][ ]*$")
_UNIT_SAYS = lazy_re(r"(?:计量)?单位[ ]*[:：][ ]*([^ \t,，;；。)）]{1,8})")
_YEAR_LABEL = lazy_re(r"^(?:19|20)\d\d(?:年度?|年[上下]半年|年\d{1,2}(?:-\d{1,2})?月)?")
_EXTRA_MULTIPLIERS = {"千": Decimal(1000), "十万": Decimal(100000)}
_TITLE = lazy_re(r"[ ]*(?:附)?表[ ]*[0-9一二三四五六七八九十]|[ ]*单位[ ]*[:：]")
_BAND_MAX = 24  # characters of a one-cell line that is a band row inside a table
_CODE_HEADER = ("编码", "代码", "科目编号")
_ORDINAL_HEADER = ("序号", "编号", "序")
_LABEL_HEADER = ("年份", "年度", "时间", "月份")
_UNIT_HEADER = ("单位", "计量单位")
_COLUMN_LETTERS = frozenset("甲乙丙丁戊") | {"栏次", "行次", "栏", "列"}  # the label columns of a 栏次 row


@record(slots=True, eq=False)
class Cell:
    """One cell: its text (stripped) at ``plain[start:end]``, and the figure it holds."""

    start: int
    end: int
    text: str
    indent: int = 0  # spaces before the text (an indented label is a part of the row above)
    value: Decimal | None = None  # in base units; None when the cell holds no figure
    step: Decimal = _ZERO  # one unit of the last stated digit, in base units (1 for 120, 100 for 1.23万)
    half: Decimal = _ZERO  # half a step for a rounded figure (decimals, a scale, a %); 0 for a whole count
    multiplier: Decimal = _ONE  # the scale the figure is written in (10000 for a 万元 column)
    unit: str = ""  # base unit: "元", "人", "%" …; "" when unknown
    own_unit: bool = False  # the unit is written in the cell itself (120人)
    num_start: int = -1  # the digits' span in plain (num_start < 0: no figure)
    num_end: int = -1
    digits: str = ""  # the digits as written ("1,230")
    blank: bool = False  # empty, or a dash: no value, but no text either
    decimals: int = 0  # digits written after the point

    @property
    def has_figure(self) -> bool:
        return self.value is not None

    @property
    def is_text(self) -> bool:
        return self.value is None and not self.blank


@record(slots=True, eq=False)
class Row:
    start: int  # the line in plain
    end: int
    cells: list[Cell]
    band: bool = False  # a one-cell line inside a table (a merged row: a section's label)


@record(eq=False)
class Table:
    start: int
    end: int
    rows: list[Row]  # every row, header rows first, each padded to ``width`` cells
    width: int
    header_rows: int
    markdown: bool
    caption: str = ""  # the lines before the table that name its unit or title
    headers: list[str] = field(default_factory=list)  # per column: its header text, rows joined
    groups: list[str] = field(default_factory=list)  # per column: its top header when there are two rows
    value_columns: list[int] = field(default_factory=list)
    code_column: int | None = None
    unit_column: int | None = None
    _labels: dict = field(default_factory=dict, repr=False)  # (row, layout): label
    _layouts: dict = field(default_factory=dict, repr=False)  # figure column: where its labels are

    @property
    def data(self) -> list[Row]:
        return self.rows[self.header_rows :]

    def label(self, row: Row, column: int) -> str:
        """The label of ``row`` for the figures of ``column``: the text cells between the previous
        figure column and this one (a 收支总表 has a label column before each figure column); the
        nearest text further left when those are empty (合计 in a merged first cell)."""
        key = (id(row), self._layout(column))  # figure columns side by side share their labels
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = self._label(row, *key[1])
        return label

    def _layout(self, column: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The columns that label ``column``'s figures: those between the previous figure column
        and it, and those left of that, nearest first."""
        layout = self._layouts.get(column)
        if layout is None:
            previous = max((c for c in self.value_columns if c < column), default=-1)
            near = tuple(c for c in range(previous + 1, column) if c != self.code_column and c != self.unit_column)
            further = tuple(c for c in range(previous, -1, -1)
                            if c not in self.value_columns and c != self.code_column and c != self.unit_column)
            layout = self._layouts[column] = near, further
        return layout

    @staticmethod
    def _label(row: Row, near: tuple[int, ...], further: tuple[int, ...]) -> str:
        text = "".join(row.cells[c].text for c in near if row.cells[c].text)
        if text:
            return text
        return next((row.cells[c].text for c in further if row.cells[c].text), "")

    def label_cell(self, row: Row, column: int) -> Cell | None:
        return next((row.cells[c] for c in self._layout(column)[0] if row.cells[c].text), None)

    def code(self, row: Row) -> str:
        if self.code_column is None:
            return ""
        text = row.cells[self.code_column].text
        return text if text.isdigit() else ""


@per_document
def tables(doc: Document) -> list[Table]:
    """The tables of a document's ``plain`` text, in order (computed once per document)."""
    plain = doc.plain
    if "\t" not in plain and "|" not in plain:
        return []
    lexicon = doc.lexicon
    found: list[Table] = []
    for markdown, lines in _runs(plain):
        table = _build(plain, lines, markdown, lexicon)
        if table is not None:
            found.append(table)
    return found


def table_spans(doc: Document) -> list[tuple[int, int]]:
    """The [start, end) ranges of ``plain`` that tables take."""
    return [(t.start, t.end) for t in tables(doc)]


@per_document
def in_table(doc: Document):
    """A test of whether a ``plain`` offset lies in a table: table cells are not sentences, and the
    prose rules leave them to the table rules."""
    spans = table_spans(doc)
    if not spans:
        return lambda offset: False
    ends = [end for _, end in spans]

    def inside(offset: int) -> bool:
        i = bisect_right(ends, offset)
        return i < len(spans) and spans[i][0] <= offset < spans[i][1]

    return inside


# --- finding the rows -----------------------------------------------------------------------------


def _lines(plain: str):
    at = 0
    for line in plain.split("\n"):
        yield at, line
        at += len(line) + 1


def _kind(line: str) -> str:
    stripped = line.strip(" ")
    if not stripped.strip("\t"):
        return "blank"
    if stripped.startswith("|"):
        return "sep" if _SEPARATOR.fullmatch(stripped) else "pipe"
    if "\t" in stripped:
        return "tab"
    if " | " in stripped and "。" not in stripped:
        return "pipe"  # cells between " | ", as a web page's table reads when copied as text
    return "other"


def _runs(plain: str):
    """(markdown, [(start, line)]) for each run of table lines; blank lines and ``|---|`` lines
    between rows are skipped; a short one-cell line between rows of one kind is a band row."""
    run: list[tuple[int, str]] = []
    kind = None
    pending: list[tuple[int, str]] = []  # a band candidate waiting for the next row
    for start, line in _lines(plain):
        if line == " " and run:  # the boundary a Word reader puts between two tables (auditor.docx)
            yield kind == "pipe", run
            run, pending, kind = [], [], None
            continue
        k = _kind(line)
        if k == "sep" or (k == "blank" and kind != "pipe"):
            continue  # a .docx row is a paragraph of its own: a blank line between rows
        if k in ("tab", "pipe"):
            if run and k == kind and (not pending or _width(line, k) == _width(run[-1][1], k)):
                run.extend(pending)
            elif run:
                yield kind == "pipe", run
                run = []
            pending = []
            kind = k
            run.append((start, line))
            continue
        # prose, a title, or a band row (a merged row between two rows of one width)
        if run and k == "other" and not pending and len(line.strip()) <= _BAND_MAX and "。" not in line and not _TITLE.match(line):
            pending = [(start, line)]
            continue
        if run:
            yield kind == "pipe", run
        run, pending, kind = [], [], None
    if run:
        yield kind == "pipe", run


def _width(line: str, kind: str) -> int:
    return len(_split(0, line, kind == "pipe"))


def _split(start: int, line: str, markdown: bool) -> list[tuple[int, str]]:
    """The cells of a line as (start, raw text)."""
    mark = "|" if markdown else "\t"
    if mark not in line:
        return [(start, line)]
    pieces, at = [], start
    for piece in line.split(mark):
        pieces.append((at, piece))
        at += len(piece) + 1
    if markdown:
        if not pieces[0][1].strip():
            pieces = pieces[1:]
        if pieces and not pieces[-1][1].strip():
            pieces = pieces[:-1]
    return pieces


# --- reading a cell ---------------------------------------------------------------------------------


def _cell(at: int, raw: str, lexicon: Lexicon) -> Cell:
    text = raw.strip(" ")
    lead = raw.index(text[0]) if text else 0
    start = at + lead
    cell = Cell(start, start + len(text), text, lead)
    if text.isdigit() and text.isascii() and len(text) <= MAX_FIGURE_DIGITS:  # the common figure: a whole number, nothing around it
        cell.digits, cell.num_start, cell.num_end, cell.value = text, start, start + len(text), Decimal(text)
        return cell
    if text in _NO_VALUE or not text.strip("-—–­ "):
        cell.blank = True
        return cell
    if text.isascii():  # the next most common: a signed or decimal figure alone (-3.5, 12.80), read as _FIGURE reads it
        signed = text[0] in "+-"
        whole, point, fraction = text[signed:].partition(".")
        if whole.isdigit() and (fraction.isdigit() or not point) and len(whole) + len(fraction) <= MAX_FIGURE_DIGITS:
            digits = text[signed:]
            cell.digits, cell.decimals = digits, len(fraction)
            cell.num_start, cell.num_end = start + signed, start + len(text)
            cell.value = -Decimal(digits) if text[0] == "-" else Decimal(digits)
            return cell
    if not _DIGIT.search(text):
        return cell  # a label
    m = _FIGURE.fullmatch(text)
    if not m:
        return cell
    sign, digits, rest = m.groups()
    if sum(c.isdigit() for c in digits) > MAX_FIGURE_DIGITS:
        return cell  # a figure too long to be a figure is not a figure (as in prose): text
    if rest:
        scale = read_unit(rest, lexicon)
        if scale is None:
            return cell
        cell.multiplier, cell.unit = scale
        cell.own_unit = True
    value = Decimal(digits.replace(",", ""))
    if sign in ("-", "−"):
        value = -value
    cell.digits = digits
    cell.decimals = len(digits) - digits.index(".") - 1 if "." in digits else 0
    cell.num_start = start + m.start(2)
    cell.num_end = start + m.end(2)
    cell.value = value  # scaled by the column's unit in _resolve
    return cell


def read_unit(text: str, lexicon: Lexicon) -> tuple[Decimal, str] | None:
    """A unit as written ("万元", "人", "%", "亿元") as (multiplier, base unit); None when it is none."""
    text = text.strip(" ")
    if text in ("%", "％"):
        return _ONE, "%"
    if text == "‰":
        return _ONE, "‰"
    if not text:
        return None
    multipliers = {**_EXTRA_MULTIPLIERS, **lexicon.multiplier_values}
    for word in sorted(multipliers, key=len, reverse=True):
        if text.startswith(word):
            rest = text[len(word) :]
            if rest == "" or _is_unit(rest, lexicon):
                return multipliers[word], rest
    if _is_unit(text, lexicon):
        return _ONE, text
    return None


def _is_unit(text: str, lexicon: Lexicon) -> bool:
    if "/" in text:
        head, _, tail = text.partition("/")
        return head in lexicon.unit_classes and tail in ("人", "户", "月", "年", "天", "次", "名", "人·月", "平方米")
    return text in lexicon.unit_classes


def header_unit(text: str, lexicon: Lexicon) -> tuple[Decimal, str] | None:
    """The unit a header names: ``人数（人）``, ``金额(万元)``, ``单位：万元``, or a header that is a unit."""
    m = _BRACKETED_UNIT.search(text)
    if m:
        unit = read_unit(m.group(1), lexicon)
        if unit:
            return unit
    m = _UNIT_SAYS.search(text)
    if m:
        unit = read_unit(m.group(1), lexicon)
        if unit:
            return unit
    if text.endswith("%"):
        return _ONE, "%"
    return read_unit(text, lexicon)


# --- building a table ------------------------------------------------------------------------------


def _build(plain: str, lines, markdown: bool, lexicon: Lexicon) -> Table | None:
    rows = []
    for start, line in lines:
        cells = [_cell(at, raw, lexicon) for at, raw in _split(start, line, markdown)]
        if not cells:
            continue
        rows.append(Row(start, start + len(line), cells, band=len(cells) == 1))
    while rows and rows[-1].band:
        rows.pop()
    # a title in a merged row above the table, as pages are extracted ("附件1 | |||"): no row of it
    while len(rows) > 2 and not rows[0].band and not rows[0].cells[0].has_figure and not any(c.text for c in rows[0].cells[1:]):
        rows.pop(0)
    if len([r for r in rows if not r.band]) < 2:
        return None
    width = max(len(r.cells) for r in rows)
    if width < 2:
        return None
    header_rows = 0
    for row in rows:
        if row.band or _is_header(row) or _numbers_the_columns(row):
            header_rows += 1
        else:
            break
    if header_rows == len(rows):
        return None  # no row with a figure: a layout table, a form
    header_rows = min(header_rows, 3)
    if markdown and not plain[rows[0].start : rows[0].end].lstrip().startswith("|"):
        if any(len(r.cells) < width for r in rows[:header_rows] if not r.band):
            return None  # cells between " | " under a header that wrapped onto other lines: columns unknown
    _pad(rows, width, header_rows)
    table = Table(rows[0].start, rows[-1].end, rows, width, header_rows, markdown)
    table.caption = _caption(plain, table.start)
    _read_headers(table)
    _read_columns(table, lexicon)
    _resolve_units(table, lexicon)
    return table


def _is_header(row: Row) -> bool:
    """A row with no figure in it but years (项目 | 2022年 | 2023年)."""
    return all(c.blank or c.is_text or _YEAR_LABEL.fullmatch(c.text) for c in row.cells[1:])


def _numbers_the_columns(row: Row) -> bool:
    """A row that numbers the columns (栏次: 甲 | 乙 | 1 | 2 | 3), as a statistical form has under its header."""
    figures = [c for c in row.cells if c.has_figure]
    return len(figures) >= 2 and [c.text for c in figures] == [str(i) for i in range(1, len(figures) + 1)] and all(
        c.has_figure or c.blank or c.text in _COLUMN_LETTERS for c in row.cells)


def _pad(rows: list[Row], width: int, header_rows: int) -> None:
    """Rows with fewer cells than the table (a merged cell is one cell in .docx): a data row's cells
    are kept to the right (the merged ones are its labels), a header row's spread over the columns."""
    for i, row in enumerate(rows):
        missing = width - len(row.cells)
        if missing <= 0:
            continue
        first = row.cells[0]
        filler = [Cell(first.end, first.end, "") for _ in range(missing)]
        if row.band:
            row.cells = row.cells + filler
        elif i < header_rows:
            row.cells = _spread(row.cells, width)
        else:
            row.cells = [first, *filler, *row.cells[1:]]


def _spread(cells: list[Cell], width: int) -> list[Cell]:
    """A header row of k cells over ``width`` columns: the first is the label column's; the others
    each cover an equal share of the rest when they divide it, else they stand at the left."""
    k = len(cells)
    if k > 1 and (width - 1) % (k - 1) == 0:
        share = (width - 1) // (k - 1)
        return [cells[0], *(c for c in cells[1:] for _ in range(share))]
    end = cells[-1].end
    return cells + [Cell(end, end, "") for _ in range(width - k)]


def _caption(plain: str, start: int) -> str:
    """The (up to two) lines of text just before the table: its title and unit line."""
    lines = []
    at = start - 1
    while at > 0 and len(lines) < 2:
        line_start = plain.rfind("\n", 0, at) + 1
        line = plain[line_start:at].strip()
        if line:
            if len(line) > 80 or "。" in line[:-1]:
                break
            lines.append(line)
        at = line_start - 1
    return "\n".join(reversed(lines))


def _read_headers(table: Table) -> None:
    heads = [r for r in table.rows[: table.header_rows] if not _numbers_the_columns(r)]
    table.headers = ["".join(_squash(r.cells[c].text) for r in heads if not r.band) for c in range(table.width)]
    real = [r for r in heads if not r.band]
    if len(real) >= 2:
        top = real[0]
        groups, current = [], ""
        for c in range(table.width):
            text = _squash(top.cells[c].text)
            current = text or (current if c else "")
            groups.append(current)
        table.groups = groups
    else:
        table.groups = [""] * table.width


def _squash(text: str) -> str:
    return "".join(text.split())


def _read_columns(table: Table, lexicon: Lexicon) -> None:
    data = table.data
    values = []
    for c in range(table.width):
        header = table.headers[c]
        cells = [r.cells[c] for r in data if not r.band]
        figures = [x for x in cells if x.has_figure]
        texts = [x for x in cells if x.is_text]
        if any(w in header for w in _UNIT_HEADER) and not header_unit(header, lexicon):
            if all(x.blank or read_unit(x.text, lexicon) for x in cells):
                table.unit_column = c
                continue
        if any(w in header for w in _CODE_HEADER) or (c == 0 and figures and _codes(figures)):
            table.code_column = c if table.code_column is None else table.code_column
            continue
        if not figures or len(figures) < len(texts):
            continue
        if any(header.startswith(w) for w in _ORDINAL_HEADER + _LABEL_HEADER):
            continue
        if c == 0 and (_is_sequence(figures) or all(_YEAR_LABEL.fullmatch(x.text) for x in figures)):
            continue
        values.append(c)
    table.value_columns = values


def _codes(figures: list[Cell]) -> bool:
    """科目编码: whole numbers of 3, 5 and 7 digits, longer ones extending a shorter one."""
    texts = [x.text for x in figures]
    return len(texts) >= 2 and all(t.isdigit() and len(t) in (3, 5, 7) for t in texts) and len({len(t) for t in texts}) > 1


def _is_sequence(figures: list[Cell]) -> bool:
    numbers = [x.value for x in figures]
    return len(numbers) >= 2 and all(x.text.isdigit() for x in figures) and numbers == [numbers[0] + i for i in range(len(numbers))]


def _resolve_units(table: Table, lexicon: Lexicon) -> None:
    """Each figure's unit and scale: its own, else its row's unit column, else its column header's,
    else the caption's (单位：万元)."""
    caption = None
    m = _UNIT_SAYS.search(table.caption)
    if m:
        caption = read_unit(m.group(1), lexicon)
    if caption is None:
        for row in table.rows[: table.header_rows]:
            for cell in row.cells:
                m = _UNIT_SAYS.search(cell.text)
                if m:
                    caption = read_unit(m.group(1), lexicon)
    for c in table.value_columns:
        header = table.headers[c]
        from_header = None
        for row in reversed(table.rows[: table.header_rows]):
            if not row.band:
                from_header = header_unit(row.cells[c].text, lexicon)
                if from_header:
                    break
        if from_header is None and header:
            from_header = header_unit(header, lexicon)
        column_unit = from_header or caption or (_ONE, "")
        for row in table.data:
            cell = row.cells[c]
            if not cell.has_figure:
                continue
            if not cell.own_unit:
                unit = column_unit
                if table.unit_column is not None:
                    row_unit = read_unit(row.cells[table.unit_column].text, lexicon)
                    if row_unit is not None:
                        unit = row_unit
                cell.multiplier, cell.unit = unit
            written = cell.value
            cell.value = written * cell.multiplier
            cell.step, half = _steps(cell.multiplier, cell.decimals)
            if cell.decimals or cell.multiplier != 1 or cell.unit == "%":
                cell.half = half


@lru_cache(maxsize=64)
def _steps(multiplier: Decimal, decimals: int) -> tuple[Decimal, Decimal]:
    """One unit of the last stated digit and its half, in base units: one pair for the cells that share them."""
    step = unit_of_last_digit(multiplier, decimals)
    return step, step / 2
