"""--annotate: a copy of the .docx with one Word comment per finding on exactly its text."""

import hashlib
import importlib.util
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from helpers import run_cli

_spec = importlib.util.spec_from_file_location("docx_build", Path(__file__).parent / "data" / "docx" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)
SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))


def anchored(path) -> dict[str, str]:
    """comment id -> the text between its range start and end in the body."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    out = {}
    for m in re.finditer(r'<w:commentRangeStart w:id="(\d+)"/>(.*?)<w:commentRangeEnd w:id="\1"/>', xml, re.S):
        inner = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", m.group(2))
        out[m.group(1)] = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", inner))
    return out


def test_each_finding_is_a_comment_on_its_exact_text_and_the_original_is_unchanged(tmp_path):
    (tmp_path / "six.docx").write_bytes(build.six_parts())
    before = hashlib.sha256((tmp_path / "six.docx").read_bytes()).hexdigest()
    run = run_cli("check", "--no-cache", "six.docx", "--annotate", "six-审校.docx", cwd=tmp_path)
    assert run.returncode == 1 and "auditor: 已写出 six-审校.docx：6 处问题已作为 Word 批注写入" in run.stderr
    assert hashlib.sha256((tmp_path / "six.docx").read_bytes()).hexdigest() == before
    comments = {str(c.comment_id): c for c in docx.Document(tmp_path / "six-审校.docx").comments}
    spans = anchored(tmp_path / "six-审校.docx")
    assert {c.author for c in comments.values()} == {"auditor"}
    by_text = {spans[i]: comments[i].text for i in spans}
    assert "NUM001" in by_text["1705人"] and "903+812 = 1715" in by_text["1705人"]
    assert "SEQ001" in by_text["二是"] and "另见 文本框 1" in by_text["二是"]
    assert "PUN001" in by_text["《"]
    assert "NUM001" in by_text["1715"]
    assert not any("Word 中位置" in text or "[Word:" in text for text in by_text.values())  # the comment is at the place
    start = comments[next(i for i, t in spans.items() if t == "关于困境儿童救助工作情况的报告")].text
    assert "【脚注 1】" in start and "【页眉】" in start and start.count("DAT002") == 2
    assert len(comments) == 5, "four anchored comments and one for the header and the footnote"


def test_a_split_run_keeps_its_formatting_and_its_text(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("全年共救助困境儿童1705人，其中男童903人、女童812人。")
    run.bold, run.font.name = True, "仿宋"
    document.save(tmp_path / "a.docx")
    assert run_cli("check", "--no-cache", "a.docx", "--annotate", "b.docx", cwd=tmp_path).returncode == 1
    runs = docx.Document(tmp_path / "b.docx").paragraphs[0].runs
    texts = [r.text for r in runs if r.text]
    assert "".join(texts) == "全年共救助困境儿童1705人，其中男童903人、女童812人。"
    assert len(texts) >= 3 and all(r.bold and r.font.name == "仿宋" for r in runs if r.text)
    assert list(anchored(tmp_path / "b.docx").values()) == ["1705人"]


def test_the_folder_form_writes_beside_each_file_and_never_over_it(tmp_path):
    folder = tmp_path / "公文"
    folder.mkdir()
    for i, sample in enumerate(SAMPLES):
        document = docx.Document()
        for line in sample.read_text(encoding="utf-8").splitlines():
            document.add_paragraph(line)
        document.save(folder / f"{i}.docx")
    originals = {p.name: p.read_bytes() for p in folder.iterdir()}
    run = run_cli("check", "--no-cache", "--format", "json", "公文", "--annotate", cwd=tmp_path)
    assert run.returncode == 1
    import json

    findings = json.loads(run.stdout)["findings"]
    assert len(findings) >= 15  # the 16 of the .txt samples but one that reads their blank lines
    for i in range(len(SAMPLES)):
        out = folder / f"{i}-审校.docx"
        expected = [f for f in findings if f["path"].endswith(f"/{i}.docx")]
        comments = list(docx.Document(out).comments)
        assert len(comments) == len(expected)
        spans = anchored(out)
        for f in expected:  # every comment on exactly the finding's characters
            line = docx.Document(folder / f"{i}.docx").paragraphs[f["line"] - 1].text
            assert line[f["column"] - 1:f["end_column"] - 1] in spans.values()
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name in originals} == originals
    again = run_cli("check", "--no-cache", "公文", "--annotate", cwd=tmp_path)
    assert "审校-审校" not in again.stderr and not list(folder.glob("*-审校-审校.docx"))


@pytest.mark.parametrize("target", ["six.docx", "./six.docx", "out.txt"])
def test_an_output_over_the_input_or_not_a_docx_is_refused(tmp_path, target):
    (tmp_path / "six.docx").write_bytes(build.six_parts())
    before = (tmp_path / "six.docx").read_bytes()
    run = run_cli("check", "--no-cache", "six.docx", "--annotate", target, cwd=tmp_path)
    assert run.returncode == 2 and len(run.stderr.splitlines()) == 1 and "--annotate" in run.stderr
    assert (tmp_path / "six.docx").read_bytes() == before and not (tmp_path / "out.txt").exists()


def _pdf_notes(pdf_path):
    """(page, the text of the line just left of the note's icon, the note's text) for each note."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    notes = []
    with pdfplumber.open(pdf_path) as document:
        for page in document.pages:
            for reference in resolve1(page.page_obj.annots) or []:
                note = resolve1(reference)
                if "Rect" not in note or "Contents" not in note:
                    continue  # the popup of a note
                x0, y0, _, y1 = (float(v) for v in resolve1(note["Rect"]))
                contents = note["Contents"]
                contents = contents.decode("utf-16") if contents[:2] == b"\xfe\xff" else contents.decode("latin-1")
                middle = page.height - (y0 + y1) / 2
                line = [c for c in page.chars if c["top"] <= middle <= c["bottom"] and c["x1"] <= x0 + 1]
                left = "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"]))
                notes.append((page.page_number, re.sub(r"\s+", "", left), contents))
    return notes


@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (soffice)")
def test_libreoffice_reads_each_comment_at_its_words(tmp_path):
    """The annotated copy opened by LibreOffice: printed to PDF with its comments (LibreOffice 7.4
    exports them as PDF notes, an icon at the comment's place; it has no comments-in-margin export
    before 7.5), each note stands right after the words of its finding and carries the message."""
    document = docx.Document()
    document.add_paragraph("一是加强组织领导，成立工作专班；二是强化资金保障，落实专项经费；二是狠抓工作落实，开展督导检查。")
    document.add_paragraph("2018年以来为妇女免费检查情况如下表：")
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in [("年份", "检查人数（人）", "确诊人数（人）"), ("2018年", "44052", "41"), ("2019年", "36680", "59"),
                ("2020年", "10017", "27"), ("2021年", "3001", "26"), ("2022年", "2124", "28"), ("合计", "96143", "181")]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    document.save(tmp_path / "报告.docx")
    assert run_cli("check", "--no-cache", "报告.docx", "--annotate", "报告-审校.docx", cwd=tmp_path).returncode == 1
    options = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", options,
                    "--outdir", str(tmp_path), str(tmp_path / "报告-审校.docx")], check=True, capture_output=True, timeout=300)
    notes = sorted(_pdf_notes(tmp_path / "报告-审校.pdf"), key=lambda note: note[2])
    assert len(notes) == 2
    (_, total_left, total), (_, marker_left, marker) = sorted(notes, key=lambda note: "SEQ001" in note[2])
    assert "NUM001" in total and "96143" in total and total_left.endswith("合计96143")
    assert "SEQ001" in marker and "三是" in marker and marker_left.endswith("落实专项经费；二是")


def _libreoffice_version() -> tuple[int, ...]:
    if not shutil.which("soffice"):
        return ()
    printed = subprocess.run(["soffice", "--version"], capture_output=True, text=True, timeout=120).stdout
    found = re.search(r"LibreOffice (\d+)\.(\d+)", printed)
    return tuple(map(int, found.groups())) if found else ()


@pytest.mark.skipif(_libreoffice_version() < (7, 5), reason="needs LibreOffice 7.5 or later (comments-in-margin export)")
def test_libreoffice_prints_each_comment_in_the_margin_beside_its_words(tmp_path):
    """LibreOffice 7.5 and later print comments in the margin (ExportNotesInMargin): each comment's
    box stands right of the text, level with the line that holds its finding's words."""
    import pdfplumber

    document = docx.Document()
    document.add_paragraph("一是加强组织领导，成立工作专班；二是强化资金保障，落实专项经费；二是狠抓工作落实，开展督导检查。")
    table = document.add_table(rows=0, cols=2)
    for row in [("年份", "检查人数（人）"), ("2018年", "44052"), ("2019年", "36680"), ("合计", "81000")]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    document.save(tmp_path / "报告.docx")
    assert run_cli("check", "--no-cache", "报告.docx", "--annotate", "报告-审校.docx", cwd=tmp_path).returncode == 1
    options = ('pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"},'
               '"ExportNotes":{"type":"boolean","value":"false"}}')
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", options,
                    "--outdir", str(tmp_path), str(tmp_path / "报告-审校.docx")], check=True, capture_output=True, timeout=300)
    with pdfplumber.open(tmp_path / "报告-审校.pdf") as pdf:
        words = pdf.pages[0].extract_words(keep_blank_chars=False)
    body_right = max(w["x1"] for w in words if "合计" in w["text"] or "一是" in w["text"])
    margin = [w for w in words if w["x0"] > body_right + 50]

    def top_of(predicate, among):
        return min(w["top"] for w in among if predicate(w["text"]))

    total_row = top_of(lambda text: text.startswith("合计") or text == "81000", [w for w in words if w not in margin])
    assert abs(top_of(lambda text: "NUM001" in text or "80736" in text, margin) - total_row) < 60
    assert top_of(lambda text: "SEQ001" in text or "三是" in text, margin) < total_row
