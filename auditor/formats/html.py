"""Web pages (.html, .htm): the document a government page publishes, without the page around it.

Read with lxml (imported only when a page is linted) and a few content rules of this module's own,
chosen by measuring against trafilatura and readability-lxml on ten government pages wrapped in
the chrome such sites have (tests/data/html): trafilatura dropped the title of 2 pages and kept 40
lines of chrome (the layout tables of old table-built sites, 14 lines each, the 索引号 metadata
table, 打印/分享到 bars); readability-lxml kept every body line but also 20 lines of 发布时间/
分享到/打印 bars and 责任编辑, and gives back re-serialised HTML with no source lines. Both are general article extractors; a 公文 page
is regular enough for rules that say what they do, and lxml keeps each element's source line.

Decoding: a byte-order mark, else the page's own ``<meta charset>`` (GB2312 and GBK read as their
superset GB18030), else UTF-8 when the bytes are valid UTF-8, else charset-normalizer
(auditor.loading.decode). At most :data:`MAX_HTML_BYTES`.

Extraction:

1. what is never text goes: scripts, styles, forms' controls, iframes, SVG, comments, hidden
   elements; and the page's chrome by its markup: ``nav``/``footer``/``aside`` and elements whose
   class or id names navigation, breadcrumbs, footers, share/print/close tools, previous/next
   links, sidebars, related or hot lists, QR codes, comments (:data:`CHROME`);
2. the content is the smallest element that holds 90% of the page's prose (text outside links, in
   blocks that have a Chinese sentence mark ，。；！？) and every data table beside that prose;
3. the title is the nearest heading before the content (``h1``-``h3``, a title-classed element, a
   centred bold cell) that the page's ``<title>`` contains, else the nearest such heading;
4. inside the content, each block element (p, div, li, br …) is a paragraph; a data table (no
   table inside it, two rows and two columns at least) is a grid, spans resolved; a layout table
   is read cell by cell; a line that is chrome by its words is dropped (字体【大 中 小】, 打印,
   关闭, 分享到, 上一篇/下一篇, 责任编辑, 扫一扫…, 发布时间/来源/浏览次数 bars).

Whitespace: a line break in the source next to a Chinese character is no space (CMS editors wrap
long paragraphs; a browser would show 2023 年 for 2023⏎年); other runs of white space are one space; ``&nbsp;`` and ideographic-space
indents are stripped.

Places: each paragraph is ``source (line, 1)``, the line of the file where its text starts; a cell
is ``cell (table, row, column)`` with its source line as an anchor. A finding's line is the line of
the extracted text (``python -m auditor.formats.html FILE`` prints it, numbered) and its message ends
with ``[HTML: source line 57 “…”]``.
"""

from __future__ import annotations

import codecs
import os
import re

from . import Anchor, Cell, Extraction, InputError, Note, Paragraph, Place, Table
from .pdf import BlockText

MAX_HTML_BYTES = 50 * 1024 * 1024
PROSE_SHARE = 0.9
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
              "euc-cn": "gb18030", "big5": "big5hkscs", "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8",
              "us-ascii": "utf-8"}
_NEVER_TEXT = ("script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "canvas",
               "select", "button", "input", "textarea", "option", "map", "audio", "video", "head")
_CHROME_TAGS = ("nav", "footer", "aside", "menu")
# Words of class and id values that name chrome (split at - _ and spaces, lower case).
CHROME = frozenset("""
nav navbar navigation menu menus submenu breadcrumb breadcrumbs crumb crumbs location position weizhi dqwz
footer foot bottom copyright banquan share bdshare bdsharebuttonbox fenxiang print dayin close guanbi
prev next prevnext pagination pager sxp sidebar aside related xgwz xgxx xgwj xglj hot rdxx ewm qrcode
erweima comment comments pinglun search sousuo login topbar toolbar tools fontsize zihao zitidx skip
""".split())
_SENTENCE = re.compile(r"[，。；！？]")
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’"
_BREAK_BY_CJK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f\v]*\n\s*|[ \t\r\f\v]*\n\s*(?=[{_CJK}])")
_CHROME_LINE = re.compile(
    r"字\s*[体號号]\s*[:：]?\s*[【\[]?\s*[大小]"
    r"|[【\[]\s*[大中小]\s*[中小]\s*[小]?\s*[】\]]"
    r"|^[【\[]?\s*(打印(本页|此页|文章)?|关闭(窗口|本页)?|收藏|返回顶部|返回)\s*[】\]]?(\s*[【\[]?\s*(打印(本页|此页)?|关闭(窗口|本页)?|收藏|返回顶部|返回)\s*[】\]]?)*$"
    r"|^分享到|^上一篇|^下一篇|^上一条|^下一条|扫一扫在手机|^[\[【]?\s*责任编辑\s*[:：]"
    r"|^(发布|发文|更新)?(时间|日期)\s*[:：].{0,40}(来源|浏览|点击|作者)"
    r"|^来源\s*[:：].{0,40}(时间|日期|浏览|点击)"
    r"|(浏览|点击|阅读)(次数|量)?\s*[:：]\s*\d*\s*$"
    r"|^(当前|您现在的|您当前所在)?位置\s*[:：]"
)
_BLOCK = frozenset("""p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article main header blockquote pre center
address table tr td th thead tbody tfoot caption figure figcaption form fieldset hr br body html""".split())
_METADATA_LABELS = ("索引号", "发文字号", "主题分类", "发布机构", "发布日期", "成文日期", "有效性", "文号", "信息分类")


def read_html(path: str) -> BlockText:
    """The text of a web page as the rules read it; an unreadable file raises :class:`InputError`."""
    return BlockText(path, "HTML", extract_html(path))


def extract_html(path: str) -> Extraction:
    text = decode_page(_read_bytes(path), path)
    try:
        import lxml.html
        from lxml import etree
    except ImportError as error:  # pragma: no cover - a broken install
        raise InputError(path, f"cannot read HTML: {error}; install lxml") from None
    source = re.sub(r"^\s*<\?xml[^>]*\?>", lambda m: " " * len(m.group(0)), text)  # lxml refuses str with an encoding declaration
    if not source.strip():
        return Extraction(source_text=text)
    try:
        parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
        root = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as error:
        if "empty" in str(error).lower():
            return Extraction(source_text=text)
        raise InputError(path, f"not a readable HTML page: {error}", f"无法读取的网页：{error}") from None
    page_title = _squash(" ".join(root.xpath("//title//text()")))
    _strip(root)
    content = _content(root)
    if content is None:
        return Extraction(source_text=text)
    reader = _Reader()
    try:
        reader.walk(content)
    except RecursionError:
        raise InputError(path, "refused: the page's elements nest too deeply to read", "拒绝读取：网页元素嵌套过深") from None
    blocks = [b for b in reader.finish() if not (isinstance(b, Paragraph) and _CHROME_LINE.search(b.text))]
    title = _title(root, content, page_title)
    if title is not None and not (blocks and isinstance(blocks[0], Paragraph) and _same(blocks[0].text, title.text)):
        blocks.insert(0, title)
    notes = []
    images = len(content.xpath(".//img"))
    if images:
        notes.append(Note("image", images, "in the page's document"))
    return Extraction(blocks=blocks, notes=notes, source_text=text)


def _read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > MAX_HTML_BYTES:
            raise InputError(path, f"file too large (over the limit of {MAX_HTML_BYTES / 2**20:g} MB); the file is skipped",
                             f"文件过大（超过 {MAX_HTML_BYTES / 2**20:g} MB 上限），已跳过")
        with open(path, "rb") as file:
            data = file.read(MAX_HTML_BYTES + 1)  # bounded: a pipe or device may report no size
    except FileNotFoundError:
        raise InputError(path, "no such file or directory", "文件不存在") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory", "是一个目录") from None
    except PermissionError:
        raise InputError(path, "permission denied", "没有读取权限") from None
    except OSError as error:
        raise InputError(path, f"cannot read ({error.strerror or error})", f"无法读取（{error.strerror or error}）") from None
    if len(data) > MAX_HTML_BYTES:
        raise InputError(path, f"file too large (over the limit of {MAX_HTML_BYTES / 2**20:g} MB); the file is skipped",
                         f"文件过大（超过 {MAX_HTML_BYTES / 2**20:g} MB 上限），已跳过")
    return data


def decode_page(data: bytes, path: str) -> str:
    """The page's text: BOM, then its declared charset, then auditor.loading's detection."""
    from ..loading import InputError as TextError, decode

    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:8192])
        if declared:
            name = declared.group(1).decode("ascii", "replace").lower()
            try:
                encoding = codecs.lookup(_SUPERSETS.get(name, name)).name
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: detect instead
    try:
        return decode(data, path)
    except TextError as error:
        message = str(error).split(": ", 1)[-1]
        raise InputError(path, f"not a readable HTML page: {message}", f"无法读取的网页：{message}") from None


def _words(element) -> set[str]:
    value = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return set(re.split(r"[\s_\-]+", value)) - {""}


def _strip(root) -> None:
    from lxml import etree

    for element in list(root.iter(*_NEVER_TEXT)):
        _drop(element)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None or element.tag in ("html", "body"):
            continue
        style = (element.get("style") or "").replace(" ", "").lower()
        if element.tag in _CHROME_TAGS or _words(element) & CHROME or "display:none" in style or element.get("hidden") is not None:
            if not element.xpath("ancestor::*[self::body]") and element.tag != "body":
                continue
            _drop(element)
    for table in list(root.iter("table")):
        if table.getparent() is not None and _is_metadata(table):
            _drop(table)
    etree.strip_tags(root, etree.Comment)


def _drop(element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _is_metadata(table) -> bool:
    """The 索引号/发文字号/发布日期 table that 信息公开 pages put above the document."""
    if table.xpath(".//table"):
        return False
    labels = [_squash(cell.text_content()) for cell in table.xpath(".//td|.//th")]
    return sum(any(label.startswith(word) for word in _METADATA_LABELS) for label in labels) >= 2


def _content(root):
    """The smallest element that holds :data:`PROSE_SHARE` of the page's prose: text outside links
    in blocks that have a sentence mark (one pass over the tree, no recursion)."""
    body = root.find("body")
    body = body if body is not None else root
    parent_of, in_link, block_of, own = {}, {}, {}, {}
    block_text: dict = {}
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        parent = element.getparent()
        linked = element.tag == "a" or in_link.get(parent, False)
        block = element if element.tag in _BLOCK or element is body else block_of.get(parent, body)
        parent_of[element], in_link[element], block_of[element] = parent, linked, block
        text = "".join(filter(None, [element.text, *(child.tail for child in element if isinstance(child.tag, str))]))
        own[element] = text
        if len(block_text.get(block, "")) < 2000:
            block_text[block] = block_text.get(block, "") + text
    prose: dict = {}
    for element, text in own.items():
        if in_link[element] or not text.strip() or not _SENTENCE.search(block_text.get(block_of[element], "")):
            continue
        weight = len(_squash(text))
        node = element
        while node is not None:
            prose[node] = prose.get(node, 0) + weight
            if node is body:
                break
            node = parent_of.get(node)
    total = prose.get(body, 0)
    if not total:
        return body if _squash(body.text_content()) else None
    tables = [table for table in body.iter("table") if _is_data_table(table)]
    chosen = body
    while True:
        bigger = [child for child in chosen if prose.get(child, 0) >= PROSE_SHARE * total]
        if not bigger:
            return chosen
        child = bigger[0]
        inside = set(child.iter("table"))
        if any(table not in inside for table in tables if _is_within(table, chosen)):
            return chosen  # a grid of figures beside the prose belongs to the document too
        chosen = child


def _is_within(element, ancestor) -> bool:
    node = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _block_of(element):
    node = element
    while node is not None and node.tag not in _BLOCK:
        node = node.getparent()
    return node if node is not None else element


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def _same(a: str, b: str) -> bool:
    return _squash(a) == _squash(b)


def _title(root, content, page_title: str) -> Paragraph | None:
    """The heading nearest before the content, preferring one that the page's <title> contains."""
    candidates = []
    for element in root.iter():
        if element is content:
            break
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        words = _words(element)
        heading = element.tag in ("h1", "h2", "h3") or bool(words & {"title", "tit", "biaoti", "bt", "headline"}) or any(
            w.endswith("title") for w in words
        )
        if not heading and element.tag in ("td", "div", "p") and (element.get("align") or "").lower() == "center":
            heading = len(element) >= 1 and all(child.tag in ("strong", "b", "font", "span") for child in element)
        if not heading:
            continue
        text = _clean(element.text_content())
        if 4 <= len(text) <= 200 and not _CHROME_LINE.search(text) and not element.xpath("ancestor::a") and not element.xpath(".//a"):
            candidates.append((element, text))
    if not candidates:
        return None
    squashed_title = _squash(page_title)
    in_title = [c for c in candidates if _squash(c[1]) and _squash(c[1]) in squashed_title]
    element, text = (in_title or candidates)[-1]
    return Paragraph(text, Place("source", (element.sourceline or 1, 1)), role="heading")


def _clean(text: str) -> str:
    """One line: source line breaks between Chinese characters removed, white space squeezed."""
    text = text.replace("\xa0", " ")
    text = _BREAK_BY_CJK.sub("", text)
    text = re.sub(r"[ \t\r\n\f\v]+", " ", text)
    return text.strip(" \u3000")


class _Reader:
    """Walks the content element and collects paragraphs and tables in document order."""

    def __init__(self):
        self.blocks: list = []
        self.pieces: list[str] = []
        self.line: int | None = None
        self.tables = 0

    def flush(self):
        text = _clean("".join(self.pieces))
        if text:
            self.blocks.append(Paragraph(text, Place("source", (self.line or 1, 1))))
        self.pieces, self.line = [], None

    def add(self, text: str | None, line: int | None):
        if not text:
            return
        if self.line is None and text.strip():
            self.line = line
        self.pieces.append(text)

    def walk(self, element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br":
            self.flush()
            self.add(element.tail, element.sourceline)
            return
        if tag == "table" and _is_data_table(element):
            self.flush()
            self.table(element)
            self.add(element.tail, element.sourceline)
            return
        block = tag in _BLOCK
        if block:
            self.flush()
        self.add(element.text, element.sourceline)
        for child in element:
            self.walk(child)
        if block:
            self.flush()
        self.add(element.tail, element.sourceline)

    def table(self, element):
        self.tables += 1
        cells, taken = [], set()
        rows = [row for row in element.iter("tr") if _nearest_table(row) is element]
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                    continue
                while (r, c) in taken:
                    c += 1
                rowspan, colspan = _span(cell.get("rowspan")), _span(cell.get("colspan"))
                for dr in range(rowspan):
                    for dc in range(colspan):
                        taken.add((r + dr, c + dc))
                reader = _Reader()
                reader.walk_children(cell)
                text = "".join(b.text for b in reader.finish() if isinstance(b, Paragraph))
                cells.append(Cell(r, c, text, Place("cell", (self.tables, r + 1, c + 1)), rowspan, colspan,
                                  (Anchor(0, Place("source", (cell.sourceline or 1, 1))),)))
                c += colspan
        if cells:
            self.blocks.append(Table(tuple(cells), Place("table", (self.tables,))))

    def walk_children(self, element):
        self.add(element.text, element.sourceline)
        for child in element:
            self.walk(child)
        self.flush()

    def finish(self):
        self.flush()
        return self.blocks


def _span(value) -> int:
    try:
        return max(1, min(int(str(value).strip()), 100))
    except (TypeError, ValueError):
        return 1


def _nearest_table(element):
    node = element.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def _is_data_table(table) -> bool:
    """A grid of data: no table inside, two rows and two columns at least, no long prose cells."""
    if table.xpath(".//table"):
        return False
    rows = table.xpath(".//tr")
    if len(rows) < 2 or max(len(row.xpath("./td|./th")) for row in rows) < 2:
        return False
    return all(len(_squash(cell.text_content())) <= 200 for cell in table.xpath(".//td|.//th"))


def main(argv=None) -> int:
    """``python -m auditor.formats.html FILE``: the text that auditor lints, one numbered line each."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m auditor.formats.html FILE.html", file=sys.stderr)
        return 2
    try:
        text = read_html(args[0])
    except InputError as error:
        print(f"auditor: error: {error}", file=sys.stderr)
        return 2
    for number, line in enumerate(text.lines, 1):
        print(f"{number:>5}  {line.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
