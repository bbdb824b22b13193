"""Word documents (.docx), read with python-docx (imported only when a .docx is linted).

The body is read in document order as *units*: each paragraph is one unit, and each table row is
one unit whose cells are joined by a tab (a merged cell counts once). Rules see every unit as a
paragraph of its own, so a table is a run of consecutive paragraphs with tab-separated cells,
e.g. ``合计\\t96143\\t…`` after ``2018年\\t44052\\t…``; that is how a table's 合计/总计 row reaches
NUM001.

Positions: a finding's ``line`` is the unit's index (1-based; the *paragraph index* of every
output format) and its columns count characters within the unit. The message ends with where a
person finds it in Word: ``[Word: paragraph 7 “…二是强化保障…”]`` or ``[Word: table 1, row 6,
cell 2 “96143”]``.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, replace

from .engine import FileResult
from .findings import Finding, Related
from .loading import MAX_FILE_BYTES, InputError

# A .docx that inflates to more than this is refused before it is parsed (a zip bomb).
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
QUOTE_CONTEXT = 6  # characters quoted on each side of a finding's span
_LINE_REFERENCE = re.compile(r"\b(lines? )(\d+)")  # "line 5" in a rule's message: a line of the rules' text


@dataclass(frozen=True)
class Unit:
    text: str
    where: str  # "paragraph 7" or "table 1, row 6"
    cells: tuple[str, ...] = ()  # the cells of a table row


@dataclass(frozen=True)
class DocxText:
    path: str
    units: tuple[Unit, ...]

    @property
    def text(self) -> str:
        """What the rules read: one unit per paragraph (units separated by a blank line)."""
        return "\n\n".join(u.text for u in self.units)

    @property
    def display(self) -> str:
        """What reporters show: one unit per line, so that line N is unit N."""
        return "\n".join(u.text for u in self.units)

    def relocate(self, result: FileResult) -> FileResult:
        """The findings of :attr:`text` moved to unit lines, each message saying where it is in Word."""
        return replace(result, findings=tuple(self._relocate(f) for f in result.findings))

    def _relocate(self, finding: Finding) -> Finding:
        line, column = self._unit_position(finding.line, finding.column)
        end_line, end_column = self._unit_position(finding.end_line, finding.end_column)
        related = tuple(self._relocate_related(r) if r.path == finding.path else r for r in finding.related)
        where = self.describe(line, column, end_line, end_column)
        return replace(
            finding, line=line, column=column, end_line=end_line, end_column=end_column,
            message=f"{self._renumber(finding.message)} [Word: {where}]", related=related,
        )

    def _relocate_related(self, related: Related) -> Related:
        line, column = self._unit_position(related.line, related.column)
        end_line, end_column = self._unit_position(related.end_line or related.line, related.end_column or related.column)
        where = self.describe(line, column, end_line, end_column)
        return replace(related, line=line, column=column, end_line=end_line, end_column=end_column,
                       message=f"{self._renumber(related.message)} [Word: {where}]")

    @staticmethod
    def _renumber(message: str) -> str:
        """Line numbers in a message as unit numbers (unit i is line 2i-1 of :attr:`text`)."""
        return _LINE_REFERENCE.sub(lambda m: f"{m.group(1)}{(int(m.group(2)) + 1) // 2}", message)

    def _unit_position(self, line: int, column: int) -> tuple[int, int]:
        """Unit i is line 2i+1 of :attr:`text`; the blank line after it is the unit's end."""
        index = (line - 1) // 2
        if index >= len(self.units):
            return len(self.units), len(self.units[-1].text) + 1 if self.units else 1
        if (line - 1) % 2:
            return index + 1, len(self.units[index].text) + 1
        return index + 1, column

    def describe(self, line: int, column: int, end_line: int, end_column: int) -> str:
        """Where a span is, as a person finds it in Word, with the quoted text."""
        if not 0 < line <= len(self.units):
            return "end of document"
        unit = self.units[line - 1]
        end = end_column - 1 if end_line == line else len(unit.text)
        start = column - 1
        where = unit.where
        if unit.cells:
            cell_start = 0
            for number, cell in enumerate(unit.cells, 1):
                if start <= cell_start + len(cell):
                    where += f", cell {number}"
                    break
                cell_start += len(cell) + 1
        left = max(0, start - QUOTE_CONTEXT)
        right = min(len(unit.text), max(end, start + 1) + QUOTE_CONTEXT)
        quote = ("…" if left else "") + unit.text[left:right].replace("\t", " | ") + ("…" if right < len(unit.text) else "")
        return f"{where} “{quote}”"


def read_docx(path: str) -> DocxText:
    """The units of a .docx; an unreadable file raises InputError with one clear line."""
    _check_package(path)
    import docx  # python-docx: imported only for .docx input

    try:
        document = docx.Document(path)
        return DocxText(path, tuple(_units(document)))
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds for a damaged file
        raise InputError(f"{path}: not a readable Word document (.docx): {type(error).__name__}: {error}") from None


def _check_package(path: str) -> None:
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(info.file_size for info in package.infolist())
            if "word/document.xml" not in package.namelist():
                raise InputError(f"{path}: not a Word document (.docx): it has no word/document.xml")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError(f"{path}: not a readable Word document (.docx): {error}") from None
    if unpacked > MAX_UNPACKED_BYTES or unpacked > 100 * MAX_FILE_BYTES:
        raise InputError(f"{path}: refused: the .docx would unpack to {unpacked / 2**20:.0f} MB")


def _units(document):
    from docx.table import Table

    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            for row_number, row in enumerate(block.rows, 1):
                cells = tuple(_one_line(cell.text) for cell in _distinct_cells(row))
                yield Unit("\t".join(cells), f"table {tables}, row {row_number}", cells)
        else:
            paragraphs += 1
            yield Unit(_one_line(block.text), f"paragraph {paragraphs}")


def _distinct_cells(row):
    """The cells of a row, a horizontally merged cell once."""
    seen = []  # the cell elements themselves: lxml keeps one proxy per element while it is referenced
    for cell in row.cells:
        if not any(cell._tc is tc for tc in seen):
            seen.append(cell._tc)
            yield cell


def _one_line(text: str) -> str:
    """A paragraph's or cell's text on one line (line breaks and tabs inside it become spaces)."""
    return " ".join(text.replace("\t", " ").splitlines())
