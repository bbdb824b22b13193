"""Hostile and broken input (issue 6): auditor never crashes, never hangs, never leaks.

Each case runs the whole pipeline (text model, numbers, markers, dates, sections, every rule) and
checks that it ends without an exception, with every finding inside the document. Files that trip a
limit get one clear error naming them, exit 2, and the other files are still linted.
"""

import http.server
import io
import json
import os
import re
import shutil
import subprocess
import struct
import sys
import threading
import tracemalloc
import zipfile
import zlib
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal

import pytest

from auditor import cli, guards
from auditor.config import Config
from auditor.engine import lint_document
from auditor.findings import Severity
from auditor.registry import _RULES, Hit, Rule
from auditor.text import Document
from conftest import SAMPLES
from helpers import html_parts, run_cli, with_script

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
PUN_ERROR = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n"


def lint_everything(text):
    """Every derived view and every rule over ``text``; the findings, checked to lie in the text."""
    doc = Document(text, "hostile.txt")
    doc.numbers, doc.markers, doc.dates, doc.sections, doc.sentences
    findings = lint_document(doc, Config())
    for f in findings:
        assert (f.line, f.column) <= (f.end_line, f.end_column), f
        for line, column in ((f.line, f.column), (f.end_line, f.end_column)):
            assert 1 <= line <= doc.line_count and 1 <= column <= len(doc.line_text(line)) + 1, f
    return doc, findings


def run_in_process(*args):
    """``auditor ARGS`` in this process (so that a test can change a limit); exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["check", "--no-cache", "--jobs", "1", "--format", "concise", *map(str, args)])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def warm():
    """The first document pays for lazy imports and compiled patterns; a time-limit test must not."""
    lint_everything((SAMPLES / "000_b6047088c5d7eb81.txt").read_text(encoding="utf-8"))


@pytest.fixture
def test_rule(monkeypatch):
    """Register a rule for one test: ``test_rule(check)`` as ZZZ901."""

    def register(check):
        monkeypatch.setitem(_RULES, "ZZZ901", Rule("ZZZ901", "test-only", Severity.ERROR, check))

    return register


# --- the per-file guards ------------------------------------------------------------------------


@pytest.mark.usefixtures("english")
def test_a_file_over_the_time_limit_gets_a_clear_error_and_the_others_are_linted(tmp_path, monkeypatch, test_rule, warm):
    def slow_on_marked_files(doc):
        if "慢" in doc.text:
            while True:  # stands for a rule that never finishes; the guard must stop it
                pass
        return ()

    test_rule(slow_on_marked_files)
    monkeypatch.setattr(guards, "TIME_LIMIT_SECONDS", 3)
    (tmp_path / "a.txt").write_text(PUN_ERROR, encoding="utf-8")
    (tmp_path / "slow.txt").write_text("慢" + PUN_ERROR, encoding="utf-8")
    (tmp_path / "z.txt").write_text(PUN_ERROR, encoding="utf-8")
    code, out, err = run_in_process(tmp_path / "a.txt", tmp_path / "slow.txt", tmp_path / "z.txt")
    assert code == 2
    assert err.splitlines() == [f"auditor: error: {tmp_path / 'slow.txt'}: not checked: linting took longer than its limit of 3.0 s"]
    assert f"{tmp_path / 'a.txt'}:1:8: PUN001" in out and f"{tmp_path / 'z.txt'}:1:8: PUN001" in out


@pytest.mark.usefixtures("english")
def test_a_time_limit_survives_a_rule_that_swallows_exceptions(tmp_path, monkeypatch, test_rule, warm):
    def stubborn(doc):
        while True:
            try:
                while True:
                    pass
            except Exception:  # noqa: BLE001 - what a careless rule might do
                continue

    test_rule(stubborn)
    monkeypatch.setattr(guards, "TIME_LIMIT_SECONDS", 1)
    (tmp_path / "a.txt").write_text(PUN_ERROR, encoding="utf-8")
    code, _, err = run_in_process(tmp_path / "a.txt")
    assert code == 2 and "longer than its limit" in err


@pytest.mark.usefixtures("english")
def test_a_text_over_the_size_limit_is_refused_and_the_others_are_linted(tmp_path, monkeypatch):
    monkeypatch.setattr(guards, "MAX_TEXT_CHARS", 100)
    (tmp_path / "big.txt").write_text(PUN_ERROR * 10, encoding="utf-8")
    (tmp_path / "small.txt").write_text(PUN_ERROR, encoding="utf-8")
    code, out, err = run_in_process(tmp_path / "big.txt", tmp_path / "small.txt")
    assert code == 2
    assert err.splitlines() == [f"auditor: error: {tmp_path / 'big.txt'}: too large to check (240 characters; the limit is 100); the file is skipped"]
    assert f"{tmp_path / 'small.txt'}:1:8: PUN001" in out


@pytest.mark.usefixtures("english")
def test_a_crashing_rule_is_an_error_for_that_file_only(tmp_path, test_rule):
    def crash_on_marked_files(doc):
        if "崩" in doc.text:
            raise ZeroDivisionError("division by zero")
        return [Hit(0, 1, "first character")]

    test_rule(crash_on_marked_files)
    (tmp_path / "a.txt").write_text("好" + PUN_ERROR, encoding="utf-8")
    (tmp_path / "b.txt").write_text("崩" + PUN_ERROR, encoding="utf-8")
    code, out, err = run_in_process(tmp_path / "a.txt", tmp_path / "b.txt")
    assert code == 2
    assert len(err.splitlines()) == 1 and "b.txt: internal error in ZZZ901" in err and "ZeroDivisionError" in err
    assert "a.txt:1:1: ZZZ901" in out and "a.txt:1:9: PUN001" in out


@pytest.mark.usefixtures("english")
def test_a_50_mb_single_line_is_refused_by_the_size_limit_from_a_file_and_from_stdin(tmp_path):
    line = "截至2023年底，全县共有留守儿童1705人，其中男童903人、女童802人；"
    text = line * (50 * 2**20 // len(line.encode()) + 1)
    (tmp_path / "one_line.txt").write_text(text, encoding="utf-8")
    (tmp_path / "good.txt").write_text(PUN_ERROR, encoding="utf-8")
    run = run_cli("check", "--format", "concise", "one_line.txt", "good.txt", cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == ["auditor: error: one_line.txt: file too large (over the limit of 32 MB); the file is skipped"]
    assert "good.txt:1:8: PUN001" in run.stdout
    piped = run_cli("check", "-", "--stdin-filename", "piped.txt", cwd=tmp_path, input=text)
    assert piped.returncode == 2
    assert piped.stderr.splitlines() == ["auditor: error: piped.txt: file too large (over the limit of 32 MB); the file is skipped"]


# --- pathological documents ---------------------------------------------------------------------

UNICODE_NUMERALS = (
    "全县共有留守儿童９６１４３人，其中〇人失联；两万人参保，廿人、卅人、卌人参加培训。"
    "①加强领导②强化保障⑳狠抓落实⑴一⒈二；第Ⅲ部分、ⅻ条、Ⅻ项；贰万叁仟元，壹佰人。"
    "²³¹⁰人，½、⅓、⅞吨；٣٤٥人、५६人、𝟗𝟔人、᠑人、೮人；十百千万亿人，两两两两人，一二三四五六七八九十百千万亿兆人。"
    "（一）一是（二）二是（三）三是；二〇二三年二月三十日（星期八），2023年13月32日。\n"
)

HOSTILE = {
    "100 000 numbers in one paragraph": "经统计，" + "、".join(f"{i}人" for i in range(100_000)) + "，合计5000050000人。",
    "10 000 nested brackets": "（" * 10_000 + "嵌套" + "）" * 10_000 + "。",
    "10 000 unclosed mixed brackets": "“‘《（〔【" * 2_000 + "未闭合。",
    "10 000 closers without openers": "”’》）〕】" * 2_000,
    "repeated 一是/二是": "".join(f"{c}是加强领导；" for c in "一二三四五六七八九十") * 2_000 + "。",
    "deeply repeated 一是二是 glued": "一是二是" * 25_000,
    "headings all the way down": "".join(f"{a}\n（{b}）\n{i % 9 + 1}.\n（{i % 9 + 1}）\n" for i, (a, b) in enumerate([("一、", "一"), ("二、", "二")] * 5_000)),
    "a 5 000-digit number": "共有" + "9" * 5_000 + "人，其中" + "1" * 5_000 + "人、" + "8" * 4_999 + "人。",
    "a 5 000-digit decimal with a multiplier": "投入" + "1" * 2_500 + "." + "5" * 2_500 + "万元，占" + "9" * 5_000 + ".5%。",
    "5 000 Chinese numeral characters": "共有" + "九千九百九十九万" * 600 + "人。",
    "every Unicode digit and numeral form": UNICODE_NUMERALS * 20,
    "NUL and control characters": ("共有\x00留守\x01儿童\x1b[31m1705人\x7f，\u200b其中\ufeff男童\u202e903人" + "\x0c\x0b\x1c\x1d\x1e\x85\u2028\u2029") * 500,
    "only newlines and carriage returns": "\r\n\r\r\n\n" * 50_000,
    "markdown noise": ("#" * 7 + " " + "*" * 5 + "标题" + "**" * 50 + "\n") * 5_000,
    "dates with every separator": "".join(f"{y}年{m}月{d}日（星期{w}）、{y}-{m}-{d}、{y}.{m}.{d}、" for y in (1900, 2024, 2099) for m in range(0, 14) for d in range(0, 33) for w in "一日"),
    "long runs of spaces and digits": "2023年3月17日" + " " * 50_000 + "（星期五）" + "1" * 50_000 + "\t" * 50_000 + "人",
    "broken table rows": "|\n||\n| |\n合计|\n\t\n合计\t\n|合计|1|\n| 1 | 2 |\n|合计|\t|\n\t\t合计\t\t\n" * 50,
    "surrogate-plane characters": "𠀀𠀁𪚥" * 30_000 + "共有１２３人。",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_documents_are_linted_without_an_exception_and_findings_lie_inside(text):
    lint_everything(text)


def test_full_width_digits_are_read_as_digits():
    doc, _ = lint_everything("全县共有留守儿童９６１４３人，其中男童５０２７２人。")
    assert [(q.value, q.unit) for q in doc.numbers] == [(Decimal(96143), "人"), (Decimal(50272), "人")]


def test_unbalanced_nested_brackets_are_each_found():
    _, findings = lint_everything("（" * 10_000 + "。")
    assert sum(f.rule == "PUN001" for f in findings) == 10_000


@pytest.mark.usefixtures("english")
def test_the_hostile_documents_through_the_command_line(tmp_path):
    names = [f"{i:02}.txt" for i in range(len(HOSTILE))]
    for name, text in zip(names, HOSTILE.values()):
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = run_cli("check", "--no-cache", "--format", "json", "--jobs", "1", *names, cwd=tmp_path)
    assert "Traceback" not in run.stderr
    # Only the file with NUL bytes is refused (as binary); every other one is linted.
    binary = names[list(HOSTILE).index("NUL and control characters")]
    assert [line for line in run.stderr.splitlines() if "error" in line] == [
        f"auditor: error: {binary}: binary file (contains NUL bytes; UTF-16 needs a byte-order mark), not text"
    ]
    assert run.returncode == 2
    assert json.loads(run.stdout)["summary"]["files"] == len(HOSTILE)


# --- auditor never writes to what it reads ------------------------------------------------------


def snapshot(folder):
    return {p: (p.is_file() and p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in sorted(folder.rglob("*"))}


def test_the_files_read_are_never_written(tmp_path):
    from docx import Document as WordDocument

    inputs = tmp_path / "inputs"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "a.txt").write_text(PUN_ERROR, encoding="utf-8")
    (inputs / "sub" / "b.md").write_text("# 标题\n\n" + PUN_ERROR + "<!-- auditor: disable-next-line WRD001 -->\n截止6月底。\n", encoding="utf-8")
    (inputs / "gb.txt").write_bytes(PUN_ERROR.encode("gb18030"))
    word = WordDocument()
    word.add_paragraph(PUN_ERROR.strip())
    word.save(inputs / "c.docx")
    before = snapshot(inputs)
    out = tmp_path / "out"
    out.mkdir()
    from auditor.reporters import FORMATS

    for fmt in sorted(FORMATS):
        run = run_cli("check", "--format", fmt, "--output", out / f"report.{fmt}", "--cache-dir", out / "cache", inputs, cwd=out)
        assert run.returncode == 1, run.stderr
    baseline = run_cli("check", "--write-baseline", out / "baseline.json", inputs, cwd=out)
    assert baseline.returncode == 0, baseline.stderr
    assert run_cli("check", "--baseline", out / "baseline.json", inputs, cwd=out).returncode == 0
    assert snapshot(inputs) == before


def test_an_output_interrupted_mid_write_leaves_the_old_file_and_no_half_file(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(PUN_ERROR, encoding="utf-8")
    (tmp_path / "report.json").write_text("the previous report", encoding="utf-8")

    def interrupted(fd):
        raise KeyboardInterrupt  # the user presses Ctrl-C while the report is being written

    monkeypatch.setattr(os, "fsync", interrupted)
    code, _, err = run_in_process("--format", "json", "--output", tmp_path / "report.json", tmp_path / "a.txt")
    assert code == 130 and "已中断" in err
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "report.json"]


# --- .docx from elsewhere -----------------------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(document_xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELS)
        package.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def zip_bomb(unpacked_bytes: int) -> bytes:
    """A .docx whose document part inflates to ``unpacked_bytes`` from about a thousandth of that.

    Built from one compressed megabyte repeated (a full flush makes the pieces independent), so
    making it costs no more than compressing one megabyte."""
    chunk = b"0" * 2**20
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    count = unpacked_bytes // len(chunk)
    data = piece * count + zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    members = [("[Content_Types].xml", CONTENT_TYPES.encode(), None), ("word/document.xml", data, (crc, count * len(chunk)))]
    out, central = io.BytesIO(), io.BytesIO()
    for name, payload, inflated in members:
        crc_, size = inflated or (zlib.crc32(payload), len(payload))
        method = 8 if inflated else 0
        offset = out.tell()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc_, len(payload), size, len(name), 0)
        out.write(header + name.encode() + payload)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc_, len(payload), size, len(name), 0, 0, 0, 0, 0, offset) + name.encode())
    directory = central.getvalue()
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), out.tell(), 0)
    return out.getvalue() + directory + end


@pytest.mark.usefixtures("english")
def test_a_zip_bomb_is_refused_without_being_inflated(tmp_path):
    bomb = zip_bomb(3 * 2**30)
    assert len(bomb) < 4 * 2**20
    with zipfile.ZipFile(io.BytesIO(bomb)) as package:  # a well-formed archive that says what it holds
        assert package.getinfo("word/document.xml").file_size == 3 * 2**30
    (tmp_path / "bomb.docx").write_bytes(bomb)
    (tmp_path / "good.txt").write_text(PUN_ERROR, encoding="utf-8")

    from auditor.docx import read_docx
    from auditor.loading import InputError

    tracemalloc.start()
    with pytest.raises(InputError, match="bomb.docx: refused: the .docx would unpack to 3072 MB"):
        read_docx(str(tmp_path / "bomb.docx"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 32 * 2**20, f"{peak / 2**20:.0f} MB allocated to refuse a zip bomb"

    run = run_cli("check", "--format", "concise", "bomb.docx", "good.txt", cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == ["auditor: error: bomb.docx: refused: the .docx would unpack to 3072 MB"]
    assert "good.txt:1:8: PUN001" in run.stdout


class Listener(http.server.BaseHTTPRequestHandler):
    requests: list = []

    def do_GET(self):  # noqa: N802 - the name http.server calls
        Listener.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<!ENTITY leaked 'FETCHED'>")

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    server = http.server.HTTPServer(("127.0.0.1", 0), Listener)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Listener.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_external_entities_are_neither_fetched_nor_resolved(tmp_path, listener):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<!DOCTYPE w:document [\n<!ENTITY file SYSTEM "{secret.as_uri()}">\n'
        f'<!ENTITY web SYSTEM "{listener}/entity">\n<!ENTITY % remote SYSTEM "{listener}/dtd">\n%remote;\n'
        '<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>\n'
        f'<w:document xmlns:w="{W}"><w:body>'
        "<w:p><w:r><w:t>文件：&file;</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>网络：&web;</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>膨胀：&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>为入住老人提供“拔罐。</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    (tmp_path / "xxe.docx").write_bytes(docx_bytes(document))
    (tmp_path / "good.txt").write_text(PUN_ERROR, encoding="utf-8")
    run = run_cli("check", "--format", "json", "xxe.docx", "good.txt", cwd=tmp_path)
    assert "Traceback" not in run.stderr
    assert Listener.requests == [], "auditor fetched an external entity"
    everything = run.stdout + run.stderr
    assert "TOP-SECRET-VALUE" not in everything and "FETCHED" not in everything
    assert "lollollol" not in everything, "entities were expanded"
    assert run.returncode in (1, 2)
    report = json.loads(run.stdout)
    assert any(f["path"] == "good.txt" and f["rule"] == "PUN001" for f in report["findings"])
    if run.returncode == 2:
        assert run.stderr.count("xxe.docx") == 1 and len(run.stderr.splitlines()) == 1


def test_a_truncated_docx_and_renamed_files_are_clear_errors(tmp_path):
    from docx import Document as WordDocument

    word = WordDocument()
    for _ in range(200):
        word.add_paragraph("为入住老人提供拔罐、艾灸等特色中医养生服务，实现了医和养的无缝对接。")
    word.save(tmp_path / "whole.docx")
    whole = (tmp_path / "whole.docx").read_bytes()
    (tmp_path / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "word_named.txt").write_bytes(whole)  # a .docx renamed to .txt
    (tmp_path / "text_named.docx").write_text(PUN_ERROR, encoding="utf-8")  # a .txt renamed to .docx
    (tmp_path / "good.txt").write_text(PUN_ERROR, encoding="utf-8")
    names = ["truncated.docx", "word_named.txt", "text_named.docx"]
    run = run_cli("check", "--format", "concise", *names, "whole.docx", "good.txt", cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    errors = run.stderr.splitlines()
    assert len(errors) == 3
    for name, line in zip(names, errors):
        assert line.startswith(f"auditor: error: {name}: ")
    assert "good.txt:1:8: PUN001" in run.stdout


# --- the HTML report shows the document as text -------------------------------------------------

PAYLOADS = [
    "<script>document.documentElement.setAttribute('data-xss','script')</script>",
    '"><img src=x onerror="document.documentElement.setAttribute(\'data-xss\',\'onerror\')">',
    "'><svg onload=\"document.documentElement.setAttribute('data-xss','svg')\">",
    "[点击查看](javascript:document.documentElement.setAttribute('data-xss','link'))",
    "<a href=\"javascript:document.documentElement.setAttribute('data-xss','href')\">链接</a>",
    "</textarea></style></title><iframe srcdoc=\"<script>parent.document.documentElement.setAttribute('data-xss','iframe')</script>\">",
    "<!-- --><body onload=\"document.documentElement.setAttribute('data-xss','body')\">",
]


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("xss")
    lines = [f"第{i}段：为入住老人提供“拔罐{payload}服务。" for i, payload in enumerate(PAYLOADS, 1)]
    name = '"><img src=x onerror=alert(1)>.txt'
    (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    run = run_cli("check", "--format", "html", "--output", "report.html", name, cwd=folder)
    assert run.returncode == 1, run.stderr
    return folder, (folder / "report.html").read_text(encoding="utf-8")


def test_the_html_report_escapes_every_payload(hostile_report):
    from auditor.reporters.html import SCRIPT

    _, page = hostile_report
    tags, attributes, text = html_parts(page)  # each file's lines as they are when it is opened
    assert tags.count("script") == 1 and f"<script>{SCRIPT}</script>" in page, "the only script is the report's own"
    assert not {"img", "svg", "iframe", "body"} & set(tags) - {"body"}
    assert tags.count("body") == 1
    assert not [name for name, _ in attributes if name.startswith("on")]
    assert not [value for _, value in attributes if value and re.match(r"\s*(javascript|data|vbscript):", value, re.I)]
    shown = "".join(text)
    for payload in PAYLOADS:
        assert payload in shown

@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="Chromium is not installed (.ci/run installs it)")
def test_no_script_from_the_document_runs_in_chromium(hostile_report, tmp_path):
    folder, _ = hostile_report
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    opened = tmp_path / "opened.html"  # the file opened, so that its lines are in the page
    opened.write_text(with_script((folder / "report.html").read_text(encoding="utf-8"), 'document.getElementById("open-page").click();'), encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, *flags, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom", opened.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    root = re.search(r"<html[^>]*>", dom.stdout)
    assert root, dom.stderr[-2000:]
    assert "data-xss" not in root.group(), f"a script from the document ran: {root.group()}"
    assert 'data-ready="1"' in dom.stdout, "the report's script ran"
    assert "text/x-auditor-lines" not in dom.stdout, "the file was opened"
    shown = re.findall(r'<div class="line"[^>]*>(.*?)</div>\n', dom.stdout)
    assert sum("拔罐" in line and "setAttribute" in line for line in shown) == len(PAYLOADS)  # shown as text


def test_only_a_large_text_tunes_the_allocator_and_a_small_one_never_loads_ctypes():
    # In a fresh interpreter: a small document's run must not pay for ctypes; a large one asks glibc
    # once to return freed blocks (the 20 MB bench file's peak memory depends on it), without error.
    code = ("import sys; from auditor import guards; guards.return_freed_memory(50_000); small = 'ctypes' in sys.modules; "
            "guards.return_freed_memory(2_000_000); guards.return_freed_memory(3_000_000); "
            "print(small, guards._heap_tuned)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True" if sys.platform.startswith("linux") else "False"]
