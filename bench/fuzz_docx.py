"""Fuzz the .docx reader through the real command line (a script, not a test).

Builds valid .docx files with python-docx (tables with merged and nested cells, footnotes, headers
and footers, tracked changes, content controls, text boxes, figures such as ``合计470`` and long
digit runs), damages them (XML elements duplicated, deleted or nested deep, attribute values and
texts replaced, parts truncated or dropped, bytes flipped, the zip itself cut or corrupted), and
runs ``auditor check`` on each in a subprocess, with the tool's own time limit on. A find is:

* standard error holding a traceback ("Traceback"),
* an exit code other than 0, 1 or 2 (a signal, or the memory limit),
* a run longer than the limit (the reader's limit plus the linter's, plus slack): killed.

Each find is minimised (mutations taken out while the same kind of find still happens) and saved
under ``/tmp/fuzz-finds/`` (the input, the minimal input, and what the run printed). Every case is
reproducible from its number: ``python bench/fuzz_docx.py --replay N``.

Run for an hour, logging to a file::

    nohup python bench/fuzz_docx.py --minutes 60 > /tmp/fuzz-log.txt 2>&1 &
"""

from __future__ import annotations

import argparse
import copy
import io
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from auditor.guards import TIME_LIMIT_SECONDS, time_budget  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
FINDS = Path("/tmp/fuzz-finds")
# The reader's limit and the linter's (a small file), and start-up: more is a run over the limit
# (a long text is allowed more: :func:`_limit_for`).
WALL_LIMIT = 2 * TIME_LIMIT_SECONDS + 30
MEMORY_LIMIT = 4 * 1024**3  # address space of a run; past it, MemoryError (which must not be a traceback)

FIGURES = ["合计470", "470", "96143", "1,230.5", "12.3%", "-5", "0", "２０２３", "九万六千", "1" * 29, "9" * 400,
           "1" * 100_000, "3.1415926535897932384626433832795028841971", "1e400", "〔2023〕87号", "67万元", "1.5亿元",
           "\u200b", "１２３", "\x00", "\ud7ff", "一是", "（一）", "比上年增长12.5%", "占比35.2%", "".join(["1"] * 5000)]
WORDS = ["全年共帮扶困难群众", "其中男童", "合计", "小计", "总计", "其中", "比上年增长", "同比下降", "占", "万元", "人",
         "2023年", "第十四届", "增长", "一是强化保障", "项目", "金额（万元）"]


# --- building valid documents -----------------------------------------------------------------------


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(FIGURES[:9] + ["12", "35", "100"]) for _ in range(rng.randint(1, 6))) + "。"


def build(rng: random.Random) -> bytes:
    """A valid .docx with the structures the reader walks."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("全年支出如下表。" + _text(rng))
    rows, cols = rng.randint(2, 6), rng.randint(2, 5)
    table = doc.add_table(rows=rows, cols=cols)
    table.cell(0, 0).text = "项目"
    for c in range(1, cols):
        table.cell(0, c).text = rng.choice(["金额（万元）", "人数", "2023年", "上年", "增长%", "占比"])
    for r in range(1, rows):
        table.cell(r, 0).text = "合计" if r == rows - 1 else rng.choice(["甲", "乙", "其中：丙", "（一）丁", "小计"])
        for c in range(1, cols):
            table.cell(r, c).text = rng.choice(["470", "100", "370", "12.5", "—", "", "1" * rng.choice([3, 28, 29, 400])])
    if rows > 2 and cols > 2 and rng.random() < 0.7:
        table.cell(1, 1).merge(table.cell(1, 2))  # horizontal
    if rows > 3 and rng.random() < 0.7:
        table.cell(1, 0).merge(table.cell(2, 0))  # vertical
    if rng.random() < 0.8:
        inner = table.cell(rows - 1, cols - 1).add_table(rows=2, cols=2)
        inner.cell(0, 0).text, inner.cell(0, 1).text = "合计", "470"
        inner.cell(1, 0).text, inner.cell(1, 1).text = "其中", "96143"
    for _ in range(rng.randint(0, 4)):
        doc.add_paragraph(_text(rng))
    section = doc.sections[0]
    section.header.paragraphs[0].text = "页眉" + _text(rng)
    section.footer.paragraphs[0].text = "第1页 " + _text(rng)
    if rng.random() < 0.5:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = "首页" + _text(rng)
    out = io.BytesIO()
    doc.save(out)
    return _add_raw(out.getvalue(), rng)


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _raw_blocks(rng: random.Random) -> list[str]:
    """What python-docx cannot write: tracked changes, content controls, text boxes, footnote references."""
    t = lambda: _text(rng)  # noqa: E731
    return [
        f'<w:p>{_run(t())}<w:ins w:id="1" w:author="a" w:date="2023-01-01T00:00:00Z">{_run("新增470")}</w:ins>'
        f'<w:del w:id="2" w:author="a"><w:r><w:delText>删除100</w:delText></w:r></w:del></w:p>',
        f'<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>{_run("合计")}</w:p><w:p>{_run("470人")}</w:p>',
        f'<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:p>{_run(t())}</w:p></w:sdtContent></w:sdt>',
        f'<w:p><w:sdt><w:sdtContent>{_run("其中男童903人")}</w:sdtContent></w:sdt>{_run("、女童802人")}</w:p>',
        f'<w:p>{_run("见脚注")}<w:r><w:footnoteReference w:id="1"/></w:r>{_run(t())}<w:r><w:footnoteReference w:id="2"/></w:r></w:p>',
        f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
        f'<w:p>{_run("文本框合计470")}</w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p>{_run("文本框合计470")}</w:p></w:txbxContent>'
        f'</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
        f'<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏999</w:t></w:r>{_run(t())}<w:r><w:tab/></w:r>{_run("1" * 60)}</w:p>',
        f'<w:p><w:moveFrom w:id="5" w:author="a">{_run("移出")}</w:moveFrom><w:moveTo w:id="6" w:author="a">{_run("移入12")}</w:moveTo></w:p>',
        f'<w:tbl><w:tr><w:trPr><w:del w:id="7" w:author="a"/></w:trPr><w:tc><w:p>{_run("删行")}</w:p></w:tc></w:tr>'
        f'<w:sdt><w:sdtContent><w:tr><w:tc><w:p>{_run("甲")}</w:p></w:tc><w:tc><w:p>{_run("100")}</w:p></w:tc></w:tr></w:sdtContent></w:sdt>'
        f'<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>{_run("合计")}</w:p></w:tc><w:tc><w:p>{_run("470")}</w:p></w:tc></w:tr>'
        f'<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p>{_run("370")}</w:p></w:tc></w:tr></w:tbl>',
    ]


FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p>' + _run("注：合计470万元，其中甲100万元、乙370万元。") + "</w:p></w:footnote>"
    '<w:footnote w:id="2"><w:p>' + _run("数据来源：统计局，增长12.5%。") + "</w:p></w:footnote></w:footnotes>"
)


def _add_raw(data: bytes, rng: random.Random) -> bytes:
    """Raw WordprocessingML put before the body's last sectPr, and a footnotes part."""
    parts = _unzip(data)
    xml = parts["word/document.xml"].decode()
    root_start = xml.index("<w:document")
    root_end = xml.index(">", root_start)
    for prefix, uri in (("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
                        ("v", "urn:schemas-microsoft-com:vml"),
                        ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape")):
        if f"xmlns:{prefix}=" not in xml[root_start:root_end]:
            xml = xml[:root_end] + f' xmlns:{prefix}="{uri}"' + xml[root_end:]
            root_end = xml.index(">", root_start)
    blocks = rng.sample(_raw_blocks(rng), rng.randint(3, 9))
    at = xml.rindex("<w:sectPr")
    xml = xml[:at] + "".join(blocks) + xml[at:]
    parts["word/document.xml"] = xml.encode()
    parts["word/footnotes.xml"] = FOOTNOTES.encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    return _zip(parts)


def _unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


# --- damaging them ------------------------------------------------------------------------------------


def _xml_parts(parts: dict[str, bytes]) -> list[str]:
    return [n for n in parts if n.endswith((".xml", ".rels"))]


def _elements(root, rng: random.Random, tags: tuple[str, ...] = ()):
    everything = [e for e in root.iter() if isinstance(e.tag, str)]
    if tags:
        chosen = [e for e in everything if etree.QName(e).localname in tags]
        if chosen and rng.random() < 0.7:
            return chosen
    return everything


def _tree_mutation(kind: str, root, rng: random.Random) -> None:
    elements = _elements(root, rng, ("p", "tbl", "tr", "tc", "r", "t", "sdt", "ins", "del", "footnote", "footnoteReference",
                                     "txbxContent", "sectPr", "headerReference", "vMerge", "gridSpan", "Relationship"))
    target = rng.choice(elements)
    parent = target.getparent()
    if kind == "duplicate" and parent is not None:
        size = len(etree.tostring(target))
        count = min(rng.choice([1, 2, 10, 100, 1000, 20_000]), max(1, 8_000_000 // size))  # a part of some MB at most
        index = parent.index(target)
        for _ in range(count):
            parent.insert(index, copy.deepcopy(target))
    elif kind == "delete" and parent is not None:
        parent.remove(target)
    elif kind == "nest":
        # the element inside a copy of itself, deep: tables in cells, rows in rows, sdt in sdt
        depth = rng.choice([2, 10, 100, 1000, 5000, 20_000])
        inner = target
        for _ in range(depth):
            shell = etree.Element(target.tag)
            if etree.QName(target).localname == "tbl":
                row = etree.SubElement(shell, f"{{{W}}}tr")
                cell = etree.SubElement(row, f"{{{W}}}tc")
                etree.SubElement(cell, f"{{{W}}}p")
                cell.append(_copy(inner) if inner is target else inner)
            else:
                shell.append(_copy(inner) if inner is target else inner)
            inner = shell
        if parent is not None:
            parent.replace(target, inner)
    elif kind == "move" and parent is not None:
        other = rng.choice(elements)
        if other is not target and target not in other.iterancestors() and other not in target.iterancestors():
            parent.remove(target)
            other.append(target)
    elif kind == "attribute":
        values = ["", "-1", "0", "999999999999999999999", "1e400", "NaN", "restart", "continue", "false", "true",
                  "\u202e", "x" * 10_000, str(rng.randint(-5, 5)), "rId1", "../../../../etc/passwd", "/word/document.xml"]
        names = list(target.attrib) or [f"{{{W}}}val", f"{{{W}}}id", f"{{{W}}}type"]
        target.set(rng.choice(names), rng.choice(values))
    elif kind == "text":
        texts = [e for e in root.iter(f"{{{W}}}t")] or [target]
        rng.choice(texts).text = rng.choice(FIGURES) * rng.choice([1, 1, 2, 50])
    elif kind == "rename":
        local = rng.choice(["p", "tbl", "tr", "tc", "r", "t", "sdt", "sdtContent", "ins", "del", "body", "footnote", "hdr",
                            "txbxContent", "AlternateContent", "tab", "br", "gridSpan", "vMerge"])
        target.tag = f"{{{W}}}{local}"
    elif kind == "wide_row":
        rows = list(root.iter(f"{{{W}}}tr"))
        if rows:
            row = rng.choice(rows)
            cells = list(row.iter(f"{{{W}}}tc")) or [etree.SubElement(row, f"{{{W}}}tc")]
            for _ in range(rng.choice([100, 999, 1001, 20_000])):
                row.append(_copy(cells[0]))
    elif kind == "many_notes":
        # many footnote references in the body (or many notes in the notes part)
        count = rng.choice([1000, 50_000, 300_000])
        holder = target if etree.QName(target).localname in ("p", "r", "footnote", "footnotes", "body") else root
        for i in range(count):
            ref = etree.SubElement(holder, f"{{{W}}}footnoteReference")
            ref.set(f"{{{W}}}id", str(rng.choice([1, 2, i])))


def _copy(element):
    return copy.deepcopy(element)


def _bytes_mutation(kind: str, data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    if kind == "truncate":
        return data[: rng.randrange(len(data))]
    if kind == "flip":
        data = bytearray(data)
        for _ in range(rng.choice([1, 4, 32])):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == "splice":
        a, b = sorted(rng.randrange(len(data)) for _ in range(2))
        return data[:b] + data[a:b] * rng.choice([1, 2, 10]) + data[b:]
    if kind == "huge_number":
        at = data.find(b"<w:t", rng.randrange(len(data)))
        at = data.find(b">", at) + 1 if at >= 0 else -1
        return data if at <= 0 else data[:at] + b"9" * rng.choice([29, 400, 5000, 1_000_000]) + data[at:]
    if kind == "entity":
        return b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>' + data.split(b"?>", 1)[-1].replace(b"<w:t>", b"<w:t>&a;", 5)
    if kind == "encoding":
        return data.replace(b'encoding="UTF-8"', rng.choice([b'encoding="UTF-16"', b'encoding="GBK"', b'encoding="bogus"']))
    return data


def _zip_mutation(kind: str, package: bytes, rng: random.Random) -> bytes:
    if kind == "zip_truncate":
        return package[: rng.randrange(len(package))]
    if kind == "zip_flip":
        data = bytearray(package)
        for _ in range(rng.choice([1, 8, 64])):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == "zip_stored_lie":
        # the central directory understates a part's size
        data = bytearray(package)
        at = package.rfind(b"PK\x01\x02")
        if at >= 0:
            data[at + 24:at + 28] = (rng.choice([0, 1, 100])).to_bytes(4, "little")
        return bytes(data)
    if kind == "zip_prefix":
        return rng.choice([b"", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-1.4\n", b"\xef\xbb\xbf"]) + package
    return package


TREE = ["duplicate", "delete", "nest", "move", "attribute", "text", "rename", "wide_row", "many_notes"]
BYTES = ["truncate", "flip", "splice", "huge_number", "entity", "encoding"]
ZIP = ["zip_truncate", "zip_flip", "zip_stored_lie", "zip_prefix", "drop_part", "duplicate_name"]


@dataclass(frozen=True)
class Mutation:
    kind: str
    part: str
    seed: int


def plan(rng: random.Random, parts: dict[str, bytes]) -> list[Mutation]:
    """The mutations of one case: mostly tree-level on the body, some byte- and zip-level."""
    xml_parts = _xml_parts(parts)
    def weight(name: str) -> float:  # the parts the reader reads, the body most
        return {"word/document.xml": 12, "word/footnotes.xml": 3}.get(name, 2 if "header" in name or "footer" in name or name.endswith(
            ".rels") or name == "[Content_Types].xml" else 0.3)

    weights = [(p, weight(p)) for p in xml_parts]
    names = [p for p, _ in weights]
    chosen = []
    for _ in range(rng.choice([1, 1, 2, 3, 5, 8])):
        part = rng.choices(names, [w for _, w in weights])[0]
        roll = rng.random()
        kind = rng.choice(TREE) if roll < 0.7 else rng.choice(BYTES) if roll < 0.9 else rng.choice(ZIP)
        chosen.append(Mutation(kind, part, rng.randrange(2**32)))
    return chosen


def apply(base: bytes, mutations: list[Mutation]) -> bytes:
    parts = _unzip(base)
    zip_level = []
    for m in mutations:
        rng = random.Random(m.seed)
        if m.kind in ZIP:
            zip_level.append(m)
        elif m.part in parts:
            if m.kind in TREE:
                try:
                    root = etree.fromstring(parts[m.part], etree.XMLParser(resolve_entities=False, huge_tree=True))
                except etree.XMLSyntaxError:
                    continue  # damaged by an earlier mutation: bytes only from here
                _tree_mutation(m.kind, root, rng)
                parts[m.part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            else:
                parts[m.part] = _bytes_mutation(m.kind, parts[m.part], rng)
    package = _zip(parts)
    for m in zip_level:
        rng = random.Random(m.seed)
        if m.kind == "drop_part" and m.part in parts:
            package = _zip({k: v for k, v in parts.items() if k != m.part})
        elif m.kind == "duplicate_name":
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as z:
                for name, data in parts.items():
                    z.writestr(name, data)
                z.writestr(m.part, b"<x/>" if rng.random() < 0.5 else parts.get(m.part, b""))
            package = out.getvalue()
        else:
            package = _zip_mutation(m.kind, package, rng)
    return package


# --- running the command line ----------------------------------------------------------------------


@dataclass
class Outcome:
    code: int | None  # None: killed at the wall limit
    seconds: float
    stderr: str

    @property
    def find(self) -> str | None:
        if self.code is None:
            return "over-limit"
        if "Traceback" in self.stderr:
            return "traceback"
        if self.code not in (0, 1, 2):
            return f"exit-{self.code}"
        if "internal error" in self.stderr:  # a rule that raised: reported, but still a bug
            return "internal-error"
        return None


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    # auditor runs with the stack a user has, not the harness's deep one (:func:`_deep_stack`)
    if _USER_STACK in os.environ:
        resource.setrlimit(resource.RLIMIT_STACK, (int(os.environ[_USER_STACK]), resource.getrlimit(resource.RLIMIT_STACK)[1]))


_USER_STACK = "FUZZ_DOCX_USER_STACK"
_DEEP_STACK = 2 * 1024**3


def _deep_stack() -> None:
    """Run the harness again with a deep C stack: putting a tree nested 20 000 deep into its document
    (``replace`` in the "nest" mutation) recurses in lxml, and with the usual 8 MB stack that
    overflowed in the harness itself (case 4937 of seed 20261208: a segfault that ended a run). The user's limit is kept for auditor's runs (:func:`_limit_memory`)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if _USER_STACK in os.environ or soft == resource.RLIM_INFINITY or (soft >= _DEEP_STACK):
        return
    if hard != resource.RLIM_INFINITY and hard < _DEEP_STACK:
        return
    resource.setrlimit(resource.RLIMIT_STACK, (_DEEP_STACK, hard))
    os.environ[_USER_STACK] = str(soft)
    os.execv(sys.executable, [sys.executable, *sys.argv])


def _limit_for(path: Path) -> float:
    """The run's true limit: reading, then linting with the time its text's length allows."""
    from auditor.docx import read_docx
    from auditor.loading import InputError

    try:
        chars = len(read_docx(str(path)).text)
    except InputError:
        return WALL_LIMIT
    return TIME_LIMIT_SECONDS + time_budget(chars) + 30


def run(path: Path) -> Outcome:
    command = [sys.executable, "-m", "auditor", "check", "--no-cache", "--jobs", "1", "--format", "json", str(path)]
    limit = WALL_LIMIT
    while True:
        started = time.monotonic()
        try:
            done = subprocess.run(command, capture_output=True, timeout=limit, preexec_fn=_limit_memory, cwd=path.parent)
        except subprocess.TimeoutExpired as expired:
            # a long text is allowed more time to be linted: over WALL_LIMIT, run again with its own limit
            allowed = _limit_for(path) if limit == WALL_LIMIT else limit
            if allowed > limit:
                limit = allowed
                continue
            return Outcome(None, time.monotonic() - started, (expired.stderr or b"").decode("utf-8", "replace"))
        return Outcome(done.returncode, time.monotonic() - started, done.stderr.decode("utf-8", "replace"))


def case(number: int, seed: int) -> tuple[bytes, list[Mutation], bytes]:
    rng = random.Random(f"{seed}-{number}")
    base = build(rng)
    mutations = plan(rng, _unzip(base))
    return base, mutations, apply(base, mutations)


class _SlowCase(Exception):
    pass


def _bounded(function, *args, seconds: float = 30):
    """``function(*args)``, given up after ``seconds`` (some mutations make parts too big to build quickly)."""
    def alarm(signum, frame):
        raise _SlowCase

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return function(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def minimise(base: bytes, mutations: list[Mutation], kind: str, work: Path) -> tuple[list[Mutation], bytes, Outcome]:
    """Mutations taken out one at a time while the same kind of find still happens."""
    kept = list(mutations)
    best = apply(base, kept)
    outcome = None
    changed = True
    while changed and len(kept) > 1:
        changed = False
        for i in range(len(kept)):
            trial = kept[:i] + kept[i + 1:]
            data = apply(base, trial)
            path = work / "min.docx"
            path.write_bytes(data)
            result = run(path)
            if result.find == kind:
                kept, best, outcome, changed = trial, data, result, True
                break
    if outcome is None:
        path = work / "min.docx"
        path.write_bytes(best)
        outcome = run(path)
    return kept, best, outcome


def save(number: int, data: bytes, minimal: bytes, kept: list[Mutation], outcome: Outcome, kind: str) -> Path:
    folder = FINDS / f"{kind}-{number}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "input.docx").write_bytes(data)
    (folder / "minimal.docx").write_bytes(minimal)
    (folder / "report.txt").write_text(
        f"case {number}: {kind}; exit {outcome.code}; {outcome.seconds:.1f} s\nmutations: {kept}\n\n{outcome.stderr[-20000:]}\n",
        encoding="utf-8")
    return folder


def main() -> int:
    _deep_stack()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="how long to run (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="the run's seed: case N of seed S is always the same input")
    parser.add_argument("--start", type=int, default=0, help="the first case number")
    parser.add_argument("--replay", type=int, help="run one case and print what happened")
    args = parser.parse_args()
    warnings.simplefilter("ignore")  # zipfile's "Duplicate name": a duplicate is what the case wants
    work = Path(tempfile.mkdtemp(prefix="fuzz-docx-"))
    try:
        if args.replay is not None:
            base, mutations, data = case(args.replay, args.seed)
            (work / "case.docx").write_bytes(data)
            outcome = run(work / "case.docx")
            print(f"case {args.replay}: {mutations}\nexit {outcome.code} in {outcome.seconds:.1f} s; find: {outcome.find}\n{outcome.stderr}")
            return 0
        deadline = time.monotonic() + args.minutes * 60
        started = time.monotonic()
        tried = finds = 0
        slowest = (0.0, -1)
        kinds: dict[str, int] = {}
        number = args.start
        skipped = 0
        while time.monotonic() < deadline:
            try:
                base, mutations, data = _bounded(case, number, args.seed)
            except (_SlowCase, RecursionError, ValueError):  # the fuzzer's own building (lxml refuses some texts)
                skipped += 1
                number += 1
                continue
            path = work / "case.docx"
            path.write_bytes(data)
            outcome = run(path)
            tried += 1
            if outcome.seconds > slowest[0]:
                slowest = (outcome.seconds, number)
            kind = outcome.find
            if kind:
                finds += 1
                kinds[kind] = kinds.get(kind, 0) + 1
                try:
                    kept, minimal, again = _bounded(minimise, base, mutations, kind, work, seconds=1800)
                except _SlowCase:
                    kept, minimal, again = mutations, data, outcome
                folder = save(number, data, minimal, kept, again, kind)
                print(f"FIND case {number}: {kind} (exit {outcome.code}, {outcome.seconds:.1f} s) -> {folder}", flush=True)
                last = outcome.stderr.strip().splitlines()[-1:] if outcome.stderr.strip() else []
                print(f"     {last} mutations {[m.kind for m in kept]}", flush=True)
            if tried % 50 == 0:
                print(f"{time.strftime('%H:%M:%S')} tried {tried} (case {number}), finds {finds} {kinds}, "
                      f"slowest {slowest[0]:.1f} s (case {slowest[1]})", flush=True)
            number += 1
        print(f"done: {(time.monotonic() - started) / 60:.1f} min, {tried} inputs ({skipped} cases too slow to build), {finds} finds {kinds}, "
              f"slowest {slowest[0]:.1f} s (case {slowest[1]}), wall limit {WALL_LIMIT:g} s", flush=True)
        return 1 if finds else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
