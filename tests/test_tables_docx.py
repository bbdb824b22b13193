"""Word tables audited as tables: a 决算 table built with python-docx (a 单位：万元 caption, two
header rows with merged cells, 小计 rows, a 其中 row, an 增减% and a 占比 column), each of its
single-cell errors found at that cell with the arithmetic; merged cells, nested tables."""

import json

import docx
import pytest

from helpers import run_cli

# 项目 | 上年决算数 | 本年决算数 | 增减% | 占比% (万元); a band row opens each part
ROWS = [
    ("一、基本支出",),
    ("工资福利支出", "800.00", "850.00", "6.3", "50.0"),
    ("商品和服务支出", "200.00", "230.00", "15.0", "13.5"),
    ("小计", "1,000.00", "1,080.00", "8.0", "63.5"),
    ("二、项目支出",),
    ("专项业务费", "400.00", "500.00", "25.0", "29.4"),
    ("其中：会议费", "50.00", "40.00", "-20.0", "2.4"),
    ("设备购置费", "100.00", "120.00", "20.0", "7.1"),
    ("小计", "500.00", "620.00", "24.0", "36.5"),
    ("合计", "1,500.00", "1,700.00", "13.3", "100.0"),
]


def final_accounts(path, changes=None):
    """The table as a 部门决算 prints it: the merged cells of its two header rows (项目, 增减% and
    占比% over both, 支出决算 over the two years) and of its band rows."""
    changes = changes or {}
    document = docx.Document()
    document.add_paragraph("附表1 2023年度部门支出决算表")
    document.add_paragraph("单位：万元")
    table = document.add_table(rows=2 + len(ROWS), cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "项目"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "支出决算"
    table.cell(1, 1).text, table.cell(1, 2).text = "上年决算数", "本年决算数"
    table.cell(0, 3).merge(table.cell(1, 3)).text = "增减%"
    table.cell(0, 4).merge(table.cell(1, 4)).text = "占比%"
    for i, row in enumerate(ROWS):
        if len(row) == 1:
            table.cell(i + 2, 0).merge(table.cell(i + 2, 4)).text = row[0]
            continue
        for column, value in enumerate(row):
            table.cell(i + 2, column).text = changes.get((row[0], column), value) if row[0] != "小计" else changes.get((f"小计{i}", column), value)
    document.add_paragraph("以上为本部门2023年度支出决算情况。")
    document.save(path)
    return path


def lint(tmp_path, name):
    run = run_cli("check", "--no-cache", "--lang", "en", "--format", "json", name, cwd=tmp_path)
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)["findings"]


def test_the_correct_table_is_silent_and_its_relations_are_listed(tmp_path):
    final_accounts(tmp_path / "决算.docx")
    assert lint(tmp_path, "决算.docx") == []
    run = run_cli("check", "--show-relations", "决算.docx", cwd=tmp_path)
    listed = [line for line in run.stdout.splitlines() if " ok: " in line or " FAILS: " in line]
    assert {line.split()[1] for line in listed} == {"NUM001", "NUM003", "NUM007"}
    assert all(" ok: " in line for line in listed) and len(listed) >= 20
    # the relations are on the table's rows (units), as findings are: 合计 is the 14th unit
    assert any(line.startswith("决算.docx:14:") and "1,080.00+620.00 = 1700.00 vs 合计 1,700.00" in line for line in listed)


# (what is wrong, the cell changed (row label, column), its wrong value, words of the arithmetic, the value that fits)
SPOILED = [
    ("an item of a 小计", ("商品和服务支出", 2), "250.00", "850.00+250.00 = 1100.00 ≠ 小计 1,080.00", "230.00"),
    ("the earlier year", ("工资福利支出", 1), "820.00", "(850.00-820.00)/820.00 = 3.66% ≠ 6.3%", "800.00"),
    ("a 小计", ("小计3", 2), "1,090.00", "850.00+230.00 = 1080.00 ≠ 小计 1,090.00", "1,080.00"),
    ("the 合计", ("合计", 2), "1,710.00", "1,080.00+620.00 = 1700.00 ≠ 合计 1,710.00", "1,700.00"),
    ("a 其中 row", ("其中：会议费", 1), "450.00", "其中 450.00 > 专项业务费 400.00", "50.00"),
    ("an 增减%", ("工资福利支出", 3), "8.3", "(850.00-800.00)/800.00 = 6.25%", None),
    ("a 占比", ("商品和服务支出", 4), "15.3", "230.00 / 1,700.00 = 13.53%", None),
]


@pytest.mark.parametrize("what, cell, wrong, arithmetic, fits", SPOILED, ids=[s[0] for s in SPOILED])
def test_each_single_cell_error_is_one_finding_at_that_cell(tmp_path, what, cell, wrong, arithmetic, fits):
    final_accounts(tmp_path / "决算.docx", {cell: wrong})
    found = lint(tmp_path, "决算.docx")
    assert len(found) == 1, [f["message"] for f in found]
    (finding,) = found
    label = cell[0].rstrip("0123456789")
    row = next(i for i, r in enumerate(ROWS) if r[0] == label and (label != "小计" or i == int(cell[0][2:]))) + 3
    assert f"[Word: table 1, row {row}, cell {cell[1] + 1 if len(ROWS[row - 3]) > 1 else 1} " in finding["message"]
    assert finding["message"].split(" [Word:")[0].count(arithmetic) == 1, finding["message"]
    if fits:
        assert f"{fits} would fit them all" in finding["message"]
    assert finding["rule"] in ("NUM001", "NUM003", "NUM007")


def test_an_unclosed_quote_in_a_vertically_merged_cell_is_one_finding_at_its_first_row(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "说明"
    table.cell(1, 0).text, table.cell(2, 0).text = "公务接待", "公务用车"
    table.cell(1, 1).merge(table.cell(2, 1)).text = "按“三公经费管理办法执行"
    document.save(tmp_path / "说明.docx")
    (finding,) = lint(tmp_path, "说明.docx")
    assert finding["rule"] == "PUN001" and "[Word: table 1, row 2, cell 2 " in finding["message"]


def test_a_merged_header_cell_stands_over_the_columns_it_spans(tmp_path):
    from auditor.docx import read_docx

    word = read_docx(str(final_accounts(tmp_path / "决算.docx")))
    rows = [u for u in word.units if u.cells]
    assert rows[0].cells == ("项目", "支出决算", "", "增减%", "占比%")  # 支出决算 spans 上年 and 本年
    assert rows[0].cell_numbers == (1, 2, 2, 3, 4)  # Word's cell numbers kept for the places
    assert rows[2].cells == ("一、基本支出",)  # a row that is one merged cell is a band row


def test_a_nested_table_is_a_grid_of_its_own(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=4, cols=2)
    for r, (a, b) in enumerate([("项目", "人数"), ("城市", "120"), ("农村", "340"), ("合计", "460")]):
        outer.cell(r, 0).text, outer.cell(r, 1).text = a, b
    inner = outer.cell(3, 1).add_table(rows=4, cols=2)  # a note table inside the 合计 cell
    for r, (a, b) in enumerate([("类别", "人次"), ("城市", "120"), ("农村", "340"), ("合计", "470")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = a, b
    document.save(tmp_path / "嵌套.docx")
    (finding,) = lint(tmp_path, "嵌套.docx")
    assert "120+340 = 460 ≠ 合计 470" in finding["message"]
    assert "[Word: table 2 (in table 1, row 4, cell 2), row 4, cell 2 " in finding["message"]
