"""The whole .docx: tracked changes as the document now reads, headers and footers, footnotes, text
boxes, content controls and nested tables, each finding with its Word place; what cannot be read
is said once; reading is bounded (one error line, exit 2, never a traceback)."""

import importlib.util
import json
import time
import zipfile
from pathlib import Path

import docx
import pytest

from helpers import run_cli

_spec = importlib.util.spec_from_file_location("docx_build", Path(__file__).parent / "data" / "docx" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def lint(tmp_path, *names, stdin=None, options=()):
    run = run_cli("check", "--lang", "en", "--no-cache", "--format", "json", *options, *names, cwd=tmp_path, input=stdin)
    assert "Traceback" not in run.stderr
    return run, (json.loads(run.stdout)["findings"] if run.stdout.strip() else [])


def test_six_parts_each_with_one_defect_are_all_found_with_their_word_places(tmp_path):
    (tmp_path / "six.docx").write_bytes(build.six_parts())
    run, findings = lint(tmp_path, "six.docx")
    got = sorted((f["rule"], f["message"].rsplit("[Word: ", 1)[1].split(" “")[0]) for f in findings)
    assert got == sorted([
        ("NUM001", "paragraph 2"),  # 903 + 812 (inserted) ≠ 1705
        ("DAT002", "header"),
        ("DAT002", "footnote 1"),
        ("SEQ001", "text box 1"),
        ("PUN001", "paragraph 5"),  # inside the content control
        ("NUM001", "table 2 (in table 1, row 2, cell 2), row 4, cell 2"),
    ]), findings
    inserted = next(f for f in findings if f["rule"] == "NUM001" and "paragraph 2" in f["message"])
    assert "903+812 = 1715" in inserted["message"], "the insertion is read, the deletion is not"
    assert run.returncode == 1 and run.stderr == ""


def test_units_read_the_document_as_it_now_reads_with_places_in_both_languages():
    from auditor.docx import read_docx

    word = read_docx(build.six_parts(), "six.docx")
    texts = {u.where: u.text for u in word.units}
    assert texts["paragraph 2"] == build.INSERTED and "802" not in word.text
    assert texts["header"] == build.HEADER and texts["footnote 1"] == build.FOOTNOTE
    assert texts["text box 1"] == build.TEXTBOX and texts["paragraph 5"] == build.CONTROL
    assert texts["table 2 (in table 1, row 2, cell 2), row 4"] == "合计\t1715"
    zh = {u.where_zh for u in word.units}
    assert {"页眉", "脚注 1", "文本框 1", "第 5 段", "表 1 行 2", "表 2（表 1 行 2 列 2） 行 4"} <= zh
    assert [u.part for u in word.units][-2:] == ["footnote", "header"]
    assert word.where(len(word.units) - 3, 4, "zh") == "表 2（表 1 行 2 列 2） 行 4 列 2"


def test_a_text_box_written_twice_for_old_readers_is_read_once():
    from auditor.docx import read_docx

    word = read_docx(build.six_parts(alternate=True), "six.docx")
    assert word.text.count(build.TEXTBOX) == 1
    assert [u.where for u in word.units if u.text == build.TEXTBOX] == ["text box 1"]


def test_an_embedded_object_is_one_note_and_the_rest_is_read(tmp_path):
    (tmp_path / "obj.docx").write_bytes(build.six_parts(embedded_object=True))
    run, findings = lint(tmp_path, "obj.docx")
    assert len(findings) == 6
    notes = run.stderr.splitlines()
    assert notes == ["auditor: note: obj.docx: not read: 1 embedded object(s); figures in them are not checked"]
    chinese = run_cli("check", "--no-cache", "--format", "concise", "obj.docx", cwd=tmp_path)
    assert chinese.stderr.splitlines() == ["auditor: note: obj.docx: 未读取嵌入对象 1 个，其中的数字未检查，需人工核对"]


def test_no_note_when_everything_was_read(tmp_path):
    (tmp_path / "six.docx").write_bytes(build.six_parts())
    assert lint(tmp_path, "six.docx")[0].stderr == ""


def paragraphs_docx(*xml_paragraphs) -> bytes:
    document = docx.Document()
    for xml in xml_paragraphs:
        build.add_xml(document, xml)
    return build.save(document)


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next():
    from auditor.docx import read_docx

    w = build.W
    data = paragraphs_docx(
        f'<w:p {w}><w:pPr><w:rPr><w:del w:id="1" {build.CHANGE}/></w:rPr></w:pPr><w:r><w:t>全区共有学校120所，</w:t></w:r></w:p>',
        f'<w:p {w}><w:r><w:t>其中小学80所、中学30所。</w:t></w:r></w:p>',
        f'<w:p {w}><w:pPr><w:rPr><w:del w:id="2" {build.CHANGE}/></w:rPr></w:pPr><w:del w:id="3" {build.CHANGE}><w:r><w:delText>删去的一段。</w:delText></w:r></w:del></w:p>',
        f'<w:p {w}><w:r><w:t>最后一段。</w:t></w:r></w:p>',
    )
    units = read_docx(data, "a.docx").units
    assert [(u.where, u.text) for u in units] == [("paragraph 1", "全区共有学校120所，其中小学80所、中学30所。"),
                                                   ("paragraph 2", "最后一段。")]


def test_deleted_rows_hidden_text_and_field_codes_are_not_read_and_a_vertical_merge_is_read_once():
    from auditor.docx import read_docx

    w = build.W
    cell = lambda text, merge="": f'<w:tc><w:tcPr>{merge}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'
    empty = lambda merge: f'<w:tc><w:tcPr>{merge}</w:tcPr><w:p/></w:tc>'
    restart, covered = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    table = (f'<w:tbl {w}><w:tr>{cell("地区")}{cell("人数")}</w:tr>'
             f'<w:tr>{cell("城区", restart)}{cell("10")}</w:tr>'
             f'<w:tr>{empty(covered)}{cell("20")}</w:tr>'
             f'<w:tr><w:trPr><w:del w:id="9" {build.CHANGE}/></w:trPr>{cell("删去")}{cell("99")}</w:tr></w:tbl>')
    data = paragraphs_docx(
        f'<w:p {w}><w:r><w:t>共</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>'
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r><w:t>页</w:t></w:r></w:p>', table)
    units = read_docx(data, "a.docx").units
    assert [u.text for u in units] == ["共3页", "地区\t人数", "城区\t10", "\t20"]


def test_a_word_lock_file_in_a_folder_is_skipped(tmp_path):
    folder = tmp_path / "公文"
    folder.mkdir()
    (folder / "答复.docx").write_bytes(build.six_parts())
    (folder / "~$答复.docx").write_bytes(b"\x06\xe5\xbc\xa0\xe4\xb8\x89" + b"\x00" * 155)  # what Word leaves
    run, findings = lint(tmp_path, "公文")
    assert run.returncode == 1 and "~$" not in run.stdout + run.stderr
    assert {f["path"] for f in findings} == {"公文/答复.docx"}


@pytest.mark.parametrize("name, what", [
    ("旧通知.doc", "旧版 Word 文档（.doc）"), ("报告.wps", "WPS 文字文档（.wps）"), ("统计表.xlsx", "Excel 表格（.xlsx）"),
    ("统计表.xls", "Excel 表格（.xls）"), ("表.et", "WPS 表格（.et）"),
])
def test_office_files_auditor_cannot_read_are_one_line_saying_what_to_do(tmp_path, name, what):
    (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    (tmp_path / "good.txt").write_text("根据《未成年人保护法的规定。\n", encoding="utf-8")
    run = run_cli("check", "--no-cache", "--format", "concise", name, "good.txt", cwd=tmp_path)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.splitlines() == [run.stderr.strip()]
    line = run.stderr.strip()
    assert line.startswith(f"auditor: error: {name}: 不能读取{what}：请") and line.endswith(".docx 后再检查")
    assert "good.txt:1:3: PUN001" in run.stdout
    english = run_cli("check", "--no-cache", "--format", "concise", "--lang", "en", name, "good.txt", cwd=tmp_path).stderr.strip()
    assert english.startswith(f"auditor: error: {name}: auditor cannot read ") and english.endswith(" and check that")


def test_an_old_doc_named_docx_says_so(tmp_path):
    (tmp_path / "通知.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    run, _ = lint(tmp_path, "通知.docx")
    assert run.returncode == 2 and "save it as .docx" in run.stderr and len(run.stderr.splitlines()) == 1
    chinese = run_cli("check", "--no-cache", "通知.docx", cwd=tmp_path)
    assert chinese.stderr == "auditor: error: 通知.docx: 这是旧版 .doc 或 .wps 文件，请在 Word/WPS 中“另存为” .docx 后再检查\n"


def test_standard_input_named_docx_is_read_as_word(tmp_path):
    run, findings = lint(tmp_path, "-", stdin=build.six_parts(), options=("--stdin-filename", "答复.docx"))
    assert len(findings) == 6 and {f["path"] for f in findings} == {"答复.docx"}
    assert any("[Word: footnote 1" in f["message"] for f in findings)


# --- bounds ---------------------------------------------------------------------------------------


def package(document_xml: str) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def one_error(tmp_path, name, data, limit_seconds):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("根据《未成年人保护法的规定。\n", encoding="utf-8")
    started = time.monotonic()
    run = run_cli("check", "--no-cache", "--format", "concise", name, "good.txt", cwd=tmp_path)
    elapsed = time.monotonic() - started
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) == 1 and run.stderr.startswith(f"auditor: error: {name}: ")
    assert "good.txt:1:3: PUN001" in run.stdout
    assert elapsed < limit_seconds, f"{elapsed:.1f} s"
    return run.stderr.strip()


@pytest.mark.usefixtures("english")
def test_a_row_of_a_hundred_thousand_cells_is_refused_quickly(tmp_path):
    row = "<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>" * 100_000
    line = one_error(tmp_path, "wide.docx", package(f"<w:document {build.W}><w:body><w:tbl><w:tr>{row}</w:tr></w:tbl></w:body></w:document>"), 10)
    assert "a table row with more than 1000 cells" in line


@pytest.mark.usefixtures("english")
def test_millions_of_empty_paragraphs_are_refused_in_bounded_time(tmp_path):
    body = "<w:p/>" * 2_000_000
    line = one_error(tmp_path, "many.docx", package(f"<w:document {build.W}><w:body>{body}</w:body></w:document>"), 30)
    assert "more than 400,000 paragraphs and table rows" in line


def test_a_part_larger_than_its_directory_says_is_cut_off_not_inflated(tmp_path):
    import io
    import tracemalloc

    from auditor.docx import read_docx
    from auditor.loading import InputError

    xml = f"<w:document {build.W}><w:body>" + "<w:p><w:r><w:t>一段</w:t></w:r></w:p>" * 400_000 + "</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("word/document.xml", xml)
    data = bytearray(buffer.getvalue())
    size = len(xml.encode()).to_bytes(4, "little")
    small = (1000).to_bytes(4, "little")
    data = bytes(data).replace(size, small)  # the local header and the central directory understate it
    tracemalloc.start()
    with pytest.raises(InputError, match="not a readable Word document"):
        read_docx(data, "short.docx")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 64 * 2**20
    one_error(tmp_path, "short.docx", data, 10)


def test_content_nested_too_deeply_is_one_line(tmp_path):
    deep = "<w:sdt><w:sdtContent>" * 3000 + "<w:p/>" + "</w:sdtContent></w:sdt>" * 3000
    one_error(tmp_path, "deep.docx", package(f"<w:document {build.W}><w:body>{deep}</w:body></w:document>"), 10)


def test_a_part_that_inflates_past_its_limit_is_refused(tmp_path, monkeypatch):
    import auditor.docx

    monkeypatch.setattr(auditor.docx, "MAX_PART_BYTES", 1000)
    from auditor.loading import InputError

    with pytest.raises(InputError, match=r"big.docx: refused: its part word/document.xml unpacks to more than"):
        auditor.docx.read_docx(package(f"<w:document {build.W}><w:body>" + "<w:p/>" * 1000 + "</w:body></w:document>"), "big.docx")
