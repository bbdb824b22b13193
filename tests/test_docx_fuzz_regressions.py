"""What fuzzing the .docx reader found (bench/fuzz_docx.py), each as the smallest document that
showed it, run through the command line: no traceback, no internal error, a clear exit code."""

import json

import docx

from helpers import run_cli


def table_document(path, rows, before="全年支出如下表。"):
    document = docx.Document()
    document.add_paragraph(before)
    grid = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(grid.add_row().cells, row):
            cell.text = value
    document.save(path)
    return path


def check(tmp_path, name):
    run = run_cli("check", "--lang", "en", "--no-cache", "--format", "json", name, cwd=tmp_path)
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)["findings"]


def test_a_400_digit_cell_is_not_a_figure(tmp_path):
    # NUM001 raised decimal.InvalidOperation adding it up; prose figures past 28 digits were already
    # not figures, and now table cells are not either: the column is not summed.
    table_document(tmp_path / "t.docx", [("项目", "金额"), ("甲", "1" * 400), ("乙", "70"), ("合计", "470")])
    assert check(tmp_path, "t.docx") == []


def test_a_sum_past_28_digits_is_shown_without_error(tmp_path):
    # Each figure has 28 digits at most, but their sum has 29: the message still shows it (quantize
    # raised decimal.InvalidOperation past 28 digits).
    table_document(tmp_path / "t.docx", [("项目", "金额（万元）"), ("甲", "9" * 28), ("乙", "70"), ("合计", "470")])
    findings = check(tmp_path, "t.docx")
    assert [f["rule"] for f in findings] == ["NUM001"]
    assert findings[0]["message"].startswith("9" * 28 + "+70 = 1" + "0" * 25)

