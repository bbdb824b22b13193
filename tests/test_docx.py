"""Word documents: built here with python-docx, linted through the command line; findings carry the
paragraph index as their line and say where they are in Word (paragraph, or table/row/cell)."""

import json
import subprocess
import sys

import docx
import pytest

from helpers import run_cli

DUPLICATE = "一是加强组织领导，成立工作专班；二是强化资金保障，落实专项经费；二是狠抓工作落实，开展督导检查。"
# The yearly rows add up to 95874, not to the 96143 of the 合计 row.
TABLE = [
    ("年份", "检查人数（人）", "确诊人数（人）"),
    ("2018年", "44052", "41"),
    ("2019年", "36680", "59"),
    ("2020年", "10017", "27"),
    ("2021年", "3001", "26"),
    ("2022年", "2124", "28"),
    ("合计", "96143", "181"),
]


def build(path, paragraphs_before=(), table=TABLE, merged=False):
    document = docx.Document()
    for text in paragraphs_before:
        document.add_paragraph(text)
    document.add_paragraph("关于2022年妇女健康工作情况的报告")
    document.add_paragraph(DUPLICATE)
    document.add_paragraph("2018年以来为妇女免费检查情况如下表：")
    grid = document.add_table(rows=0, cols=3)
    for row in table:
        cells = grid.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    if merged:
        title = grid.add_row().cells
        title[0].merge(title[2])
        title[0].text = "注：数据来源于区妇幼保健院"
    document.add_paragraph("下一步，我们将继续做好相关工作。")
    document.save(path)
    return path


def lint_json(tmp_path, name, *options):
    run = run_cli("check", "--lang", "en", "--format", "json", *options, name, cwd=tmp_path)
    assert run.returncode in (0, 1), run.stderr
    return run, json.loads(run.stdout)["findings"]


def test_duplicate_marker_in_a_paragraph_is_located_by_paragraph_and_quote(tmp_path):
    build(tmp_path / "报告.docx")
    run, findings = lint_json(tmp_path, "报告.docx")
    seq = [f for f in findings if f["rule"] == "SEQ001"]
    assert len(seq) == 1
    finding = seq[0]
    assert finding["line"] == 2, "line is the paragraph index"
    second = DUPLICATE.rindex("二是")
    assert (finding["column"], finding["end_column"]) == (second + 1, second + 3)
    assert "[Word: paragraph 2 “…实专项经费；二是狠抓工作落实…”]" in finding["message"]
    assert finding["related"][0]["line"] == 2 and finding["related"][0]["column"] == DUPLICATE.index("二是") + 1
    assert run.returncode == 1


def test_table_total_row_that_disagrees_with_its_rows_is_num001_at_the_cell(tmp_path):
    build(tmp_path / "报告.docx")
    _, findings = lint_json(tmp_path, "报告.docx")
    totals = [f for f in findings if f["rule"] == "NUM001"]
    assert len(totals) == 1, findings
    finding = totals[0]
    # units: 3 paragraphs, then the table's rows 1..7; the 合计 row is unit 10
    assert finding["line"] == 10
    assert "table 1, row 7, cell 2" in finding["message"]
    assert "96143" in finding["message"] and "95874" in finding["message"]


def test_a_table_that_adds_up_is_silent(tmp_path):
    rows = [*TABLE[:-1], ("合计", "95874", "181")]
    build(tmp_path / "报告.docx", table=rows)
    _, findings = lint_json(tmp_path, "报告.docx")
    assert [f["rule"] for f in findings] == ["SEQ001"]


def test_units_in_document_order_and_merged_cells_once(tmp_path):
    from auditor.docx import read_docx

    path = build(tmp_path / "a.docx", merged=True)
    units = read_docx(str(path)).units
    assert [u.where for u in units] == [
        "paragraph 1", "paragraph 2", "paragraph 3",
        *(f"table 1, row {n}" for n in range(1, 9)),
        "paragraph 4",
    ]
    assert units[3].text == "年份\t检查人数（人）\t确诊人数（人）"
    assert units[10].text == "注：数据来源于区妇幼保健院", "a merged cell is one cell"
    assert units[-1].text == "下一步，我们将继续做好相关工作。"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"PK\x03\x04 truncated", "not a readable Word document"),
        ("这是一个改了扩展名的文本文件。".encode("utf-8"), "not a readable Word document"),
    ],
)
@pytest.mark.usefixtures("english")
def test_a_corrupt_docx_is_a_clear_error_and_the_rest_is_linted(tmp_path, content, message):
    (tmp_path / "bad.docx").write_bytes(content)
    (tmp_path / "good.txt").write_text("根据《未成年人保护法的规定。\n", encoding="utf-8")
    run = run_cli("check", "--format", "concise", "bad.docx", "good.txt", cwd=tmp_path)
    assert run.returncode == 2
    assert f"bad.docx: {message}" in run.stderr
    assert "Traceback" not in run.stderr
    assert "good.txt:1:3: PUN001" in run.stdout


@pytest.mark.usefixtures("english")
def test_a_docx_without_a_document_part_is_refused(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "empty.docx", "w") as package:
        package.writestr("hello.txt", "hi")
    run = run_cli("check", "empty.docx", cwd=tmp_path)
    assert run.returncode == 2 and "it has no word/document.xml" in run.stderr


def test_baseline_for_a_docx_survives_paragraphs_inserted_above(tmp_path):
    build(tmp_path / "报告.docx")
    assert run_cli("check", "--write-baseline", "base.json", "报告.docx", cwd=tmp_path).returncode == 0
    build(tmp_path / "报告.docx", paragraphs_before=["新增的一段。", "又一段。"])
    run, findings = lint_json(tmp_path, "报告.docx", "--baseline", "base.json")
    assert findings == [] and run.returncode == 0


def test_docx_support_and_reporters_are_imported_only_when_needed(tmp_path):
    (tmp_path / "a.txt").write_text("根据《未成年人保护法的规定。\n", encoding="utf-8")
    probe = (
        "import sys, io, contextlib\n"
        "from auditor.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['check', '--no-cache', '--format', 'concise', 'a.txt'])\n"
        "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith('auditor.reporters.')))\n"
    )
    import os
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "['auditor.reporters.concise']", out.stderr


def test_every_format_locates_a_docx_finding_by_paragraph_index(tmp_path):
    from pathlib import Path

    import jsonschema

    build(tmp_path / "报告.docx")
    sarif = json.loads(run_cli("check", "--format", "sarif", "--select", "SEQ", "报告.docx", cwd=tmp_path).stdout)
    schema = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
    jsonschema.Draft7Validator(json.loads(schema.read_text(encoding="utf-8"))).validate(sarif)
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "%E6%8A%A5%E5%91%8A.docx"
    assert location["region"]["startLine"] == 2
    github = run_cli("check", "--format", "github", "--select", "SEQ", "报告.docx", cwd=tmp_path).stdout
    assert github.startswith("::error file=报告.docx,line=2,")


def test_word_places_and_line_references_follow_the_language(tmp_path):
    import docx

    document = docx.Document()
    for text in ("全县现有留守儿童 1705 人。", "工作扎实。", "截至目前，全县现有留守儿童 1750 人。"):
        document.add_paragraph(text)
    document.save(tmp_path / "答复.docx")
    zh = run_cli("check", "--select", "CON001", "--format", "concise", "答复.docx", cwd=tmp_path).stdout
    assert "（Word 中位置：第 3 段" in zh and "第 1 行" in zh  # paragraph 1 of the document, not line 1 of the model
    en = run_cli("check", "--lang", "en", "--select", "CON001", "--format", "concise", "答复.docx", cwd=tmp_path).stdout
    assert "[Word: paragraph 3" in en and "line 1 " in en
