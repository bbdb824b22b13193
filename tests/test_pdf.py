"""PDF input: the five samples printed to PDF (tests/data/pdf/make_pdfs.py: python-docx laid out as
a 公文, LibreOffice's PDF export, page numbers "— N —" and a running header) give the findings that
their .txt give, on the same words, with "page P, line L" places; a ruled table is read as a grid;
a scan, an encrypted, a truncated PDF and a file that is no PDF are one error line, exit 2."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from auditor.formats import InputError
from auditor.formats.pdf import extract_pdf, read_pdf
from helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "pdf"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def check(*paths, cwd=ROOT, lang="en"):
    run = run_cli("check", "--format", "json", "--no-cache", "--lang", lang, *map(str, paths), cwd=cwd)
    return run, (json.loads(run.stdout)["findings"] if run.stdout.strip() else [])


def words(lines, finding):
    """The finding's span in its text, white space aside (a line break in a PDF hides a space)."""
    line = lines[finding["line"] - 1]
    end = finding["end_column"] - 1 if finding["end_line"] == finding["line"] else len(line)
    return re.sub(r"\s+", "", line[finding["column"] - 1 : end])


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem[:3])
def test_a_sample_printed_to_pdf_has_the_findings_of_its_text(sample):
    pdf = DATA / f"{sample.stem}.pdf"
    text_run, text_findings = check(sample)
    pdf_run, pdf_findings = check(pdf)
    assert pdf_run.returncode == text_run.returncode == 1, pdf_run.stderr
    paragraphs = [line for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    paragraph_of = {n: paragraphs.index(line) + 1 for n, line in enumerate(sample.read_text(encoding="utf-8").splitlines(), 1) if line.strip()}
    display = read_pdf(str(pdf)).display.split("\n")
    expected = sorted((f["rule"], paragraph_of[f["line"]], words(sample.read_text(encoding="utf-8").splitlines(), f)) for f in text_findings)
    got = sorted((f["rule"], f["line"], words(display, f)) for f in pdf_findings)
    assert got == expected
    assert got, "the sample has findings to compare"
    for finding in pdf_findings:
        assert re.search(r"\[PDF: page \d+, line \d+ “", finding["message"]), finding["message"]


def test_another_producer_set_ragged_right_reads_the_same():
    """reportlab leaves a line short when a long figure such as (2024—2026年)》 does not fit: the
    line after it still continues the paragraph."""
    sample = SAMPLES[2]
    texts = [re.sub(r"\s+", "", line.text) for line in read_pdf(str(DATA / "ragged.pdf")).lines]
    paragraphs = [re.sub(r"\s+", "", line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert texts == paragraphs
    _, from_text = check(sample)
    _, from_pdf = check(DATA / "ragged.pdf")
    assert [f["rule"] for f in from_pdf] == [f["rule"] for f in from_text] and from_pdf


def test_paragraphs_are_joined_across_lines_and_pages_and_running_lines_dropped():
    sample = SAMPLES[0]
    extraction = extract_pdf(str(DATA / f"{sample.stem}.pdf"))
    texts = [block.text for block in extraction.blocks]
    paragraphs = [line.strip() for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [re.sub(r"\s+", "", t) for t in texts] == [re.sub(r"\s+", "", p) for p in paragraphs]
    assert not any("公文样本" in t or re.fullmatch(r"—\s*\d+\s*—", t) for t in texts)
    # Chinese broken at a line end joins without a space; a paragraph runs over a page break.
    spanning = [b for b in extraction.blocks if len({a.place.numbers[0] for a in b.anchors} | {b.place.numbers[0]}) > 1]
    assert spanning, "no paragraph was joined across a page break"
    long = max(extraction.blocks, key=lambda b: len(b.text))
    (source,) = [p for p in paragraphs if re.sub(r"\s+", "", p) == re.sub(r"\s+", "", long.text)]
    assert len(long.anchors) >= 10  # one for each wrapped line
    assert all(f"{a} {b}" in source for a, b in re.findall(r"(\S) (?=(\S))", long.text))  # no space made up


def test_a_ruled_table_is_a_grid_and_its_total_row_is_checked():
    extraction = extract_pdf(str(DATA / "table.pdf"))
    (table,) = [b for b in extraction.blocks if not hasattr(b, "anchors") or hasattr(b, "cells")]
    assert table.shape == (7, 3)
    grid = {(c.row, c.column): c.text for c in table.cells}
    assert grid[(0, 1)] == "检查人数（人）" and grid[(1, 0)] == "2018年" and grid[(6, 1)] == "96143"
    run, findings = check(DATA / "table.pdf")
    (total,) = [f for f in findings if f["rule"] == "NUM001"]
    assert "table 1, row 7, cell 2 (page 1, line 12)" in total["message"]
    assert {f["rule"] for f in findings} == {"NUM001", "SEQ001"}


def test_the_extracted_text_can_be_seen():
    run = subprocess.run(
        [shutil.which("python3") and __import__("sys").executable, "-m", "auditor.formats.pdf", str(DATA / "table.pdf")],
        capture_output=True, text=True, encoding="utf-8", check=True,
    )
    assert "   11  合计\t96143\t181" in run.stdout


# --- files that cannot be read --------------------------------------------------------------------


def error_line(tmp_path, path, lang="en"):
    run = run_cli("check", "--lang", lang, str(path), cwd=tmp_path)
    assert run.returncode == 2, run.stdout + run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"auditor: error: {path}: "), run.stderr
    assert "Traceback" not in run.stderr
    return lines[0]


def test_a_scanned_pdf_is_refused_in_one_line(tmp_path):
    assert "no text layer" in error_line(tmp_path, DATA / "scanned.pdf")
    assert "OCR" in error_line(tmp_path, DATA / "scanned.pdf")


def test_an_encrypted_pdf_is_refused_in_one_line(tmp_path):
    assert "encrypted PDF" in error_line(tmp_path, DATA / "encrypted.pdf")
    assert "PDF 已加密" in error_line(tmp_path, DATA / "encrypted.pdf", "zh")


def test_an_owner_password_only_pdf_is_read(tmp_path):
    run, findings = check(DATA / "restricted.pdf")
    assert run.returncode == 1 and {f["rule"] for f in findings} == {"NUM001", "SEQ001"}


@pytest.mark.parametrize("keep", [0.3, 0.9, 0.999])
def test_a_truncated_pdf_is_refused_in_one_line(tmp_path, keep):
    data = (DATA / "table.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert "truncated" in error_line(tmp_path, cut)


@pytest.mark.parametrize("content", [b"", b"hello", b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", b"PK\x03\x04 not a pdf %%EOF"])
def test_what_is_no_pdf_is_refused_in_one_line(tmp_path, content):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    error_line(tmp_path, bad)


def test_reading_is_bounded_in_time(tmp_path):
    with pytest.raises(InputError, match="took longer than"):
        extract_pdf(str(DATA / SAMPLES[0].with_suffix(".pdf").name), time_limit=0)


def test_folders_yield_pdfs_by_default(tmp_path):
    shutil.copy(DATA / "table.pdf", tmp_path / "report.pdf")
    run = run_cli("check", "--format", "concise", ".", cwd=tmp_path)
    assert run.returncode == 1 and "report.pdf:11:4: NUM001" in run.stdout


# --- columns --------------------------------------------------------------------------------------


def test_a_two_column_pdf_is_read_down_each_column():
    """twocolumn.pdf: sample 003 under a 红头, set in two columns (LibreOffice from a .docx with a
    continuous section of two columns). Its paragraphs are the sample's, whole and in order, and its
    findings are the sample's, placed in the column they are in."""
    sample = SAMPLES[3]
    texts = [re.sub(r"\s+", "", line.text) for line in read_pdf(str(DATA / "twocolumn.pdf")).lines]
    paragraphs = [re.sub(r"\s+", "", line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert texts == ["天门市民政局文件", "天民发〔2022〕15号", *paragraphs]
    _, from_text = check(sample)
    _, from_pdf = check(DATA / "twocolumn.pdf")
    assert [f["rule"] for f in from_pdf] == [f["rule"] for f in from_text] == ["SEQ003", "WRD002", "DAT001"]
    places = [re.search(r"\[PDF: (.*?) “", f["message"]).group(1) for f in from_pdf]
    assert places == ["page 3, column 1, line 17", "page 4, column 2, line 18", "page 4, column 2, line 21"]
    _, chinese = check(DATA / "twocolumn.pdf", lang="zh")
    assert "（PDF 中位置：第 4 页右栏第 21 行 “2022822”）" in chinese[2]["message"]


def _chars(rows, size=16.0):
    """pdfplumber-like characters: each row (top, [(x0, text), ...]) set a character a size wide."""
    out = []
    for top, pieces in rows:
        for x0, text in pieces:
            for i, char in enumerate(text):
                out.append({"text": char, "x0": x0 + i * size, "x1": x0 + (i + 1) * size, "top": top,
                            "bottom": top + size, "size": size, "object_type": "char"})
    return out


def test_columns_are_found_only_between_justified_columns_of_prose():
    from auditor.formats.pdf import _laid_out

    prose = "各乡镇要加强组织领导切实抓好落实"  # 16 characters
    columns = [(100 + 28 * i, [(80, prose[:12]), (300, prose[:13])]) for i in range(6)]
    read = [(line.column, line.text) for line in _laid_out(_chars(columns))]
    assert read == [(1, prose[:12])] * 6 + [(2, prose[:13])] * 6
    # the keys and values of a list, and a table without rules, are read row by row
    listing = [(100 + 28 * i, [(80, key), (200, value)]) for i, (key, value) in enumerate(
        [("索引号：", "MB1A08302"), ("发文机关：", "天门市民政局"), ("成文日期：", "2022年8月22日"), ("联系电话：", "0728-5222"), ("主题分类：", "民政")])]
    assert all(line.column == 0 for line in _laid_out(_chars(listing)))
    table = [(100 + 28 * i, [(80, year), (260, count), (420, cases)]) for i, (year, count, cases) in enumerate(
        [("2018年", "44052", "41"), ("2019年", "36680", "59"), ("2020年", "10017", "27"), ("2021年", "3001", "26"), ("合计", "96143", "181")])]
    lines = _laid_out(_chars(table))
    assert [line.column for line in lines] == [0] * 5 and lines[-1].text.replace(" ", "") == "合计96143181"


@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (soffice)")
def test_libreoffice_today_makes_pdfs_that_read_as_the_committed_ones(tmp_path):
    """The committed PDFs are what make_pdfs.py makes with the LibreOffice at hand: a sample and the
    two-column page converted now read line for line as they do."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdfs", DATA / "make_pdfs.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    text = SAMPLES[3].read_text(encoding="utf-8")
    make.sample_document(text).save(tmp_path / f"{SAMPLES[3].stem}.docx")
    make.two_column_document(text).save(tmp_path / "twocolumn.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *sorted(str(p) for p in tmp_path.glob("*.docx"))],
                   check=True, capture_output=True, timeout=300)
    for name in (f"{SAMPLES[3].stem}.pdf", "twocolumn.pdf"):
        now, committed = read_pdf(str(tmp_path / name)), read_pdf(str(DATA / name))
        assert now.display == committed.display
        assert [b.place for b in now.extraction.blocks] == [b.place for b in committed.extraction.blocks]


def test_a_picture_in_a_pdf_is_said_not_read_in_both_languages(tmp_path):
    """pictured.pdf: a picture of a table between two paragraphs; its figures are not read, and the
    note says so once, with its page, as the note of a Word file does."""
    run = run_cli("check", "--no-cache", "--format", "concise", str(DATA / "pictured.pdf"), cwd=tmp_path)
    assert run.returncode == 1 and "NUM001" in run.stdout  # the text around it is read
    (note,) = [line for line in run.stderr.splitlines() if "note:" in line]
    assert note.endswith("pictured.pdf: not read: 1 image(s) (page(s) 1); figures in them are not checked"
                         " (未检查：图片 1 个（第 1 页），其中的数字需人工核对)")
