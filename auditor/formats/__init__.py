"""Input formats: each reader turns a file into an :class:`Extraction`, the file's text as blocks
(paragraphs and table grids), each with the place where a person finds it in the original.

Plain text and Markdown are read as the file's own text (their places are its lines and columns);
Word, PDF and HTML are read block by block. The text model is built from an Extraction in one way
for every format (:func:`assemble`): each paragraph is one line, each table row one line whose
cells are separated by a tab, so that a finding's line names a block (a paragraph, a table row)
and its column a character in it. A reader knows nothing of the model, the rules or the messages.

Places are data, not words: ``Place("cell", (2, 6, 3))`` is rendered "表 2 第 6 行第 3 列" or
"table 2, row 6, cell 3" by the message layer.
"""

from __future__ import annotations

from dataclasses import field

from ..record import record


class InputError(Exception):
    """A file that cannot be linted, said in one line in either language; ``str()`` names the file
    and gives the English text. ``render("zh")`` gives the Chinese one."""

    def __init__(self, path: str, en: str, zh: str | None = None):
        super().__init__(f"{path}: {en}")
        self.path, self.en, self.zh = path, en, zh or en

    def render(self, lang: str = "zh") -> str:
        return f"{self.path}: {self.zh if lang == 'zh' else self.en}"


@record(frozen=True, slots=True)
class Place:
    """Where a piece of text is in the original file. ``kind`` and its numbers (1-based):

    ``paragraph`` (n)              the n-th body paragraph (Word)
    ``cell`` (table, row, column)  a table cell (Word, PDF, HTML, Markdown, text)
    ``header``/``footer`` (n)      the page header/footer of the n-th section (Word)
    ``footnote``/``endnote`` (n)   a foot- or endnote, by its number
    ``textbox`` (n)                the n-th text box
    ``page_line`` (page, line)     a line of a page (PDF)
    ``source`` (line, column)      a position in the file's own text (HTML source, text, Markdown)
    """

    kind: str
    numbers: tuple[int, ...] = ()


@record(frozen=True, slots=True)
class Anchor:
    """From ``offset`` (a character of its block's text) on, the text is at ``place``. For a
    ``source`` place the column advances with the offset until the next anchor."""

    offset: int
    place: Place


@record(frozen=True)
class Paragraph:
    """One paragraph as one line of text (no line break, no tab: readers join wrapped lines)."""

    text: str
    place: Place
    anchors: tuple[Anchor, ...] = ()  # finer places inside the text, in offset order
    role: str = "body"  # body, heading, header, footer, footnote, endnote, textbox


@record(frozen=True)
class Cell:
    """A table cell at its grid position (0-based); a merged cell once, with its span."""

    row: int
    column: int
    text: str  # one line
    place: Place
    rowspan: int = 1
    colspan: int = 1
    anchors: tuple[Anchor, ...] = ()


@record(frozen=True)
class Table:
    cells: tuple[Cell, ...]
    place: Place  # Place("table", (n,))
    caption: str = ""  # a title or unit line that belongs to the table (单位：万元), when the format tells

    @property
    def shape(self) -> tuple[int, int]:
        rows = max((c.row + c.rowspan for c in self.cells), default=0)
        columns = max((c.column + c.colspan for c in self.cells), default=0)
        return rows, columns


@record(frozen=True, slots=True)
class Note:
    """Something of the file that was not read (an embedded object, an image), said once per file."""

    kind: str  # embedded_object, image, unsupported
    count: int = 1
    detail: str = ""


@record
class Extraction:
    """What a block reader gives: the blocks in reading order, and what it could not read."""

    blocks: list[Paragraph | Table] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    source_text: str | None = None  # the file's own text, when ``source`` places point into it (HTML)


def row_lines(table: Table) -> list[str]:
    """The table as lines of text: one per grid row, each cell's text at its top-left position and
    an empty string where a merged cell covers the grid, cells separated by a tab."""
    rows, columns = table.shape
    grid = [[""] * columns for _ in range(rows)]
    for cell in table.cells:
        grid[cell.row][cell.column] = cell.text
    return ["\t".join(row) for row in grid]


def lines_of(extraction: Extraction) -> list[tuple[str, Paragraph | Table, int | None]]:
    """The lines of the text the model reads, in order: (text, block, grid row or None). A paragraph
    is one line; a table is one line per grid row (:func:`row_lines`). The text is these lines
    joined by ``\\n``, so that a finding's line number names a paragraph or a table row."""
    result: list[tuple[str, Paragraph | Table, int | None]] = []
    for block in extraction.blocks:
        if isinstance(block, Table):
            result.extend((line, block, row) for row, line in enumerate(row_lines(block)))
        else:
            result.append((block.text, block, None))
    return result
