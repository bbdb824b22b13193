"""Findings back into Word: ``auditor check 答复.docx --annotate 答复-审校.docx``.

A copy of the document is written with one Word comment (批注) per finding, author ``auditor``,
anchored on exactly the characters of the finding: runs are split where the span starts and ends
inside them (each part keeps the run's formatting). The comment says the message with its
arithmetic, the rule code and name, and the related places (另见 第 2 段 “…”). Word allows no
comment in a header, footer, footnote or endnote: the findings there (and any finding whose text
cannot be anchored) are listed in one comment at the start of the body, each with its place.

The original file is only read. ``--annotate`` alone writes ``X-审校.docx`` beside each ``X.docx``
(never a file that is itself an input); ``--annotate OUT.docx`` takes one .docx input.
Comments are written with python-docx's comments API (python-docx 1.2 or later).
"""

from __future__ import annotations

import copy
import io
import os
import re

from .docx import RPR, TEXT, Piece, body_units, read_docx
from .messages import TwoLanguageError, error_text

AUTHOR, INITIALS = "auditor", "AU"
SUFFIX = "-审校"
_WORD_PLACE = re.compile(r"\s*(?:\[Word: [^\]]*\]|（Word 中位置：.*）)\s*$")  # the place a message ends with, either language
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class AnnotateError(TwoLanguageError):
    """A request that cannot be met (the command line reports it as a usage error, exit 2)."""


def plan(value: str, paths: list[str], stdin_filename: str | None) -> list[tuple[str, str]]:
    """(input, output) pairs for ``--annotate VALUE``; a :class:`UsageError` for a request that cannot be met."""
    if "-" in paths and (stdin_filename or "").lower().endswith(".docx"):
        raise AnnotateError("--annotate needs the .docx as a file, not on standard input",
                            "--annotate 需要 .docx 文件本身，不能从标准输入读取")
    inputs = [p for p in paths if p != "-" and p.lower().endswith(".docx")]
    if value == "":
        pairs = [(p, os.path.splitext(p)[0] + SUFFIX + ".docx") for p in inputs
                 if not os.path.splitext(p)[0].endswith(SUFFIX)]  # a copy already annotated is not annotated again
    else:
        if os.path.isdir(value) or not value.lower().endswith(".docx"):
            raise AnnotateError(f"--annotate {value}: give the name of the .docx to write, or --annotate alone "
                                f"to write X{SUFFIX}.docx beside each X.docx",
                                f"--annotate {value}：请给出要写入的 .docx 文件名，或只写 --annotate，在每个 X.docx 旁写出 X{SUFFIX}.docx")
        if len(inputs) != 1:
            raise AnnotateError(f"--annotate {value}: takes exactly one .docx input ({len(inputs)} given); "
                                f"--annotate alone writes X{SUFFIX}.docx beside each",
                                f"--annotate {value}：只能用于一个 .docx 文件（给出了 {len(inputs)} 个）；"
                                f"只写 --annotate 则在每个文件旁写出 X{SUFFIX}.docx")
        pairs = [(inputs[0], value)]
    for source, target in pairs:
        for path in paths:
            if path != "-" and _same_file(target, path):
                raise AnnotateError(f"--annotate {target} is one of the input files; refusing to overwrite it",
                                    f"--annotate {target} 是被检查的文件之一，不能覆盖")
        folder = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
            raise AnnotateError(f"--annotate {target}: cannot write the file (the folder {folder} is missing or read-only)",
                                f"--annotate {target}：无法写入（文件夹 {folder} 不存在或只读）")
    return pairs


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def write_all(pairs, paths: list[str], results, warn, lang: str = "zh") -> None:
    """Write every planned copy; one line on standard error for each."""
    from .loading import InputError, display_name

    by_path = dict(zip(paths, results))
    for source, target in pairs:
        result = by_path.get(source)
        if result is None or result.error:
            warn(f"auditor: note: {display_name(source)}: not annotated (it could not be read)" if lang == "en"
                 else f"auditor: note: {display_name(source)}: 无法读取，未写批注")
            continue
        try:
            count = annotate(source, result.findings, target, display_name(source))
        except InputError as error:
            warn(f"auditor: error: {error_text(error, lang)}")
            continue
        except OSError as error:
            raise AnnotateError(f"--annotate {target}: cannot write the file ({error.strerror or error})",
                                f"--annotate {target}：无法写入（{error.strerror or error}）") from None
        warn(f"auditor: wrote {display_name(target)}: {count} finding(s) as Word comments (批注)" if lang == "en"
             else f"auditor: 已写出 {display_name(target)}：{count} 处问题已作为 Word 批注写入")


def annotate(source: str, findings, target: str, name: str | None = None) -> int:
    """Write ``target``: ``source`` with a comment per finding; the number of findings written."""
    data = annotated_bytes(source, findings, name)[0]
    _write_bytes(target, data)
    return len(findings)


def annotated_bytes(source, findings, name: str | None = None) -> tuple[bytes, int]:
    """The annotated document's bytes and the number of comments in it."""
    import docx

    name = name or str(source)
    if not isinstance(source, (bytes, bytearray)):
        word = read_docx(source, name)  # every bound checked before python-docx reads the package
        with open(source, "rb") as file:
            source = file.read()
    else:
        word = read_docx(source, name)
    document = docx.Document(io.BytesIO(source))
    units = body_units(document.element.body)
    anchored, elsewhere = [], []
    spans: dict[int, set[int]] = {}
    for finding in findings:
        span = _span(finding, units, word)
        if span is None:
            elsewhere.append(finding)
        else:
            anchored.append((finding, span))
            spans.setdefault(span[0], set()).update(span[1:])
    pieces = {index: _split_at(list(units[index].pieces), sorted(offsets, reverse=True)) for index, offsets in spans.items()}
    comments = 0
    for finding, (index, start, end) in anchored:
        inside = [p for p in pieces[index] if start <= p.start < end]
        if not inside:
            elsewhere.append(finding)
            continue
        first, last = inside[0].element.getparent(), inside[-1].element.getparent()
        _comment(document, first, last, _lines(finding, word))
        comments += 1
    if elsewhere:
        first = _first_run(document, units)
        heading = (f"以下 {len(elsewhere)} 处问题位于页眉、页脚、脚注或尾注等 Word 不能加批注的位置，列于此处"
                   f"（{len(elsewhere)} finding(s) where Word allows no comment）：")
        lines = [heading]
        for finding in sorted(elsewhere, key=lambda f: (f.line, f.column)):
            place = word.where(finding.line, finding.column, "zh")
            lines.append(f"【{place}】" + " ".join(_lines(finding, word)))
        _comment(document, first, first, lines)
        comments += len(elsewhere)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), comments


def _span(finding, units, word) -> tuple[int, int, int] | None:
    """(unit index, start, end) of a finding in the body units; None where Word allows no comment."""
    index = finding.line - 1
    if not 0 <= index < len(units) or index >= len(word.units):
        return None
    unit = units[index]
    if unit.part != "body" or word.units[index].part != "body" or unit.text != word.units[index].text or not unit.pieces:
        return None
    length = len(unit.text)
    start = min(max(finding.column - 1, 0), length)
    end = finding.end_column - 1 if finding.end_line == finding.line else length
    end = min(max(end, start), length)
    if end == start:  # a point (a mark missing at the end): the character before it, or after it
        start, end = (start - 1, start) if start > 0 else (start, min(start + 1, length))
    if end <= start:
        return None
    return index, start, end


def _split_at(pieces: list[Piece], offsets: list[int]) -> list[Piece]:
    """Split runs so that a run starts at every offset (given in descending order); the new pieces.

    Going from the last offset back keeps every piece before the split where it was; the elements
    after a split move, themselves, into the new run, so that pieces after it stay valid too."""
    for offset in offsets:
        for position, piece in enumerate(pieces):
            if piece.start <= offset < piece.start + piece.length:
                k = offset - piece.start
                left, right = _split_run(piece, k)
                pieces[position:position + 1] = [p for p in (left, right) if p is not None]
                break
    return pieces


def _split_run(piece: Piece, k: int) -> tuple[Piece | None, Piece]:
    """Split the run of ``piece`` so that a new run starts at character ``k`` of its element."""
    element = piece.element
    run = element.getparent()
    children = list(run)
    index = children.index(element)
    content_before = [c for c in children[:index] if c.tag != RPR]
    if k == 0 and not content_before:
        return None, piece  # the run already starts here
    twin_run = copy.deepcopy(run)
    for child in list(twin_run):
        if child.tag != RPR:
            twin_run.remove(child)
    if k == 0:
        moved, left = element, None
    else:
        text = element.text
        moved = copy.deepcopy(element)
        element.text, moved.text = text[:k], text[k:]
        for t in (element, moved):
            if t.tag == TEXT:
                t.set(_XML_SPACE, "preserve")
        left = Piece(piece.start, k, element)
    twin_run.append(moved)
    for child in children[index + 1:]:
        twin_run.append(child)  # moves the element itself: pieces that point to it stay valid
    run.addnext(twin_run)
    return left, Piece(piece.start + k, piece.length - k, moved)


def _lines(finding, word) -> list[str]:
    """The comment's paragraphs: the message and rule, then each related place."""
    message = _WORD_PLACE.sub("", finding.message)
    lines = [f"{message}（{finding.rule} {finding.name}）"]
    for related in finding.related:
        place = word.where(related.line, related.column, "zh") if related.path == finding.path else related.path
        lines.append(f"另见 {place}：{_WORD_PLACE.sub('', related.message)}")
    return lines


def _comment(document, first, last, lines: list[str]) -> None:
    from docx.text.run import Run

    comment = document.add_comment([Run(first, None), Run(last, None)], text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)


def _first_run(document, units):
    """The first run of the body with text, for the comment that lists the other findings."""
    for unit in units:
        if unit.part == "body" and unit.pieces:
            return unit.pieces[0].element.getparent()
    paragraph = document.paragraphs[0] if document.paragraphs else document.add_paragraph()
    return paragraph.add_run("")._r


def _write_bytes(path: str, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then move it into place (as reports are)."""
    from .atomic import _create_beside

    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = _create_beside(folder, os.path.basename(path))
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
