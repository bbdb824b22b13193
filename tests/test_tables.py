"""Tables audited as tables: grids read from tab-separated rows and Markdown, their totals, shares
and changes checked (auditor/tables.py, rules/table.py; NUM001 reports the totals)."""

from decimal import Decimal

import pytest

from auditor.registry import Checked, Hit
from auditor.tables import tables
from auditor.text import Document
from helpers import codes, findings, run_cli
from auditor.rules.table import table_changes, table_shares, table_sums

# A 决算 table: caption with its unit, two header rows, a 其中 row, a change, a growth and a share column.
FINAL_ACCOUNTS = (
    "表1 2023年度收入决算表\n"
    "单位：万元\n"
    "项目\t2022年\t2023年\t增减额\t增长%\t占比%\n"
    "\t决算数\t决算数\t\t\t\n"
    "一、一般公共预算财政拨款\t4812.30\t5120.45\t308.15\t6.4\t87.3\n"
    "其中：基本支出\t3650.12\t3802.60\t152.48\t4.2\t64.8\n"
    "二、政府性基金预算财政拨款\t560.00\t612.80\t52.80\t9.4\t10.4\n"
    "三、其他收入\t120.50\t132.00\t11.50\t9.5\t2.3\n"
    "合计\t5492.80\t5865.25\t372.45\t6.8\t100.0\n"
    "注：本表数据来源于部门决算报表。"
)

# A 救助公示 by 县区 and 乡镇 with a 小计 row per 县 (tab rows separated by blank lines, as a .docx
# reaches the model).
RELIEF = "\n\n".join([
    "2023年第四季度城乡低保资金发放情况公示",
    "县区\t乡镇\t户数（户）\t人数（人）\t金额（元）",
    "甲县\t城关镇\t120\t265\t186,500",
    "甲县\t东河乡\t85\t190\t132,800",
    "甲县\t小计\t205\t455\t319,300",
    "乙县\t南山镇\t64\t150\t104,200",
    "乙县\t西岭乡\t47\t98\t70,560",
    "乙县\t小计\t111\t248\t174,760",
    "合计\t\t316\t703\t494,060",
    "监督电话：12345",
])

# A 统计公报 in Markdown: a 合计 row, and a table of two periods with their change.
BULLETIN = """## 四、教育

表2 2023年全市各类学校情况

| 指标 | 学校数（所） | 在校生（人） | 比上年增长（%） |
|---|---:|---:|---:|
| 普通高中 | 12 | 18,520 | 3.2 |
| 初中 | 35 | 42,310 | 1.5 |
| 小学 | 86 | 96,840 | — |
| 合计 | 133 | 157,670 | 0.6 |

表3 主要经济指标

| 项目 | 上年 | 本年 | 增减 | 同比增长(%) |
|---|---|---|---|---|
| 地区生产总值(亿元) | 1,230.5 | 1,302.8 | 72.3 | 5.9 |
| 一般公共预算收入(亿元) | 86.4 | 90.1 | 3.7 | 4.3 |
"""

# A table with a 合计 column and a 合计 row: a wrong figure misses both.
CROSS = "项目\t城区\t乡镇\t合计\n低保人数\t6026\t22797\t28823\n特困人数\t74\t2315\t2389\n合计\t6100\t25112\t31212"

TABLES = {"final_accounts": FINAL_ACCOUNTS, "relief": RELIEF, "bulletin": BULLETIN, "cross": CROSS}
# The figures each wrong value must be found by: (row label, column header) of the cells to spoil.
SPOILED = {
    "final_accounts": [(r, c) for r in ("一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、其他收入", "合计")
                       for c in ("2022年", "2023年", "增减额", "增长%", "占比%")]
                      + [("其中:基本支出", c) for c in ("2023年", "增减额", "增长%", "占比%")],
    "relief": [(r, c) for r in ("城关镇", "东河乡", "小计", "南山镇", "西岭乡", "合计") for c in ("户数", "人数", "金额")],
    "bulletin": [(r, c) for r in ("普通高中", "初中", "小学", "合计") for c in ("学校数", "在校生")]
                + [(r, c) for r in ("地区生产总值", "一般公共预算收入") for c in ("上年", "本年", "增减", "同比增长")],
    "cross": [(r, c) for r in ("低保人数", "特困人数", "合计") for c in ("城区", "乡镇", "合计")],
}


def audit(text):
    doc = Document(text)
    items = [*table_sums(doc), *table_shares(doc), *table_changes(doc)]
    return doc, [i for i in items if isinstance(i, Hit)], [i for i in items if isinstance(i, Checked)]


def cell_at(doc, row_label, header, nth=0):
    """The cell of a row (found by its label) in a column (found by its header)."""
    found = []
    for table in tables(doc):
        columns = [c for c in range(table.width) if header in table.headers[c]]
        for row in table.data:
            labels = "".join(c.text for c in row.cells if not c.has_figure).replace("：", ":")
            if row_label in labels and columns:
                found.append(row.cells[columns[0]])
    return found[nth]


def spoil(text, doc, cell):
    """The text with one figure changed by far more than its rounding."""
    written = Decimal(cell.digits.replace(",", ""))
    step = Decimal(1).scaleb(-cell.decimals)
    new = written + max(7 * step, (abs(written) * Decimal("0.2")).quantize(step))
    if "-" in doc.plain[cell.start : cell.num_start]:
        new = written - max(7 * step, (abs(written) * Decimal("0.2")).quantize(step))
    return text[: cell.num_start] + format(new, "f") + text[cell.num_end :]


@pytest.mark.parametrize("name", TABLES)
def test_a_table_that_adds_up_is_silent_and_its_relations_are_checked(name):
    doc, hits, checked = audit(TABLES[name])
    assert hits == [], [h.message for h in hits]
    assert checked and all(c.holds for c in checked)
    assert [f.rule for f in findings(TABLES[name], select=["NUM001"])] == []


@pytest.mark.parametrize("name, row, column", [(n, r, c) for n, cells in SPOILED.items() for r, c in cells])
def test_each_wrong_figure_is_found_with_that_cell(name, row, column):
    doc = Document(TABLES[name])
    text = doc.plain  # a document itself; its offsets are the cells' offsets
    cell = cell_at(doc, row, column)
    spoiled = spoil(text, doc, cell)
    _, hits, _ = audit(spoiled)
    involved = [h for h in hits if cell.num_start in h.figures]
    assert involved, (spoiled, [h.message for h in hits])


def test_the_finding_of_a_wrong_total_change_or_share_is_at_that_cell():
    for name, row, column in [("final_accounts", "合计", "2022年"), ("final_accounts", "三、其他收入", "增减额"),
                              ("final_accounts", "二、政府性基金预算财政拨款", "占比%"), ("relief", "小计", "金额"),
                              ("bulletin", "一般公共预算收入", "同比增长"), ("cross", "特困人数", "城区")]:
        text = Document(TABLES[name]).plain
        cell = cell_at(Document(text), row, column)
        _, hits, _ = audit(spoil(text, Document(text), cell))
        assert cell.num_start in [h.start for h in hits], (name, row, column, [h.message for h in hits])


def test_a_wrong_total_row_is_num001_with_the_arithmetic(tmp_path):
    (tmp_path / "t.txt").write_text("项目\t人数\n城市\t120\n农村\t340\n合计\t470\n", encoding="utf-8")
    run = run_cli("check", "--no-cache", "--format", "concise", "t.txt", cwd=tmp_path)
    assert "t.txt:4:4: NUM001" in run.stdout and "“人数”列各分项之和 460 与合计 470 不符，相差 10（120+340 = 460）" in run.stdout, run.stdout
    run = run_cli("check", "--no-cache", "--lang", "en", "--format", "concise", "t.txt", cwd=tmp_path)
    assert "t.txt:4:4: NUM001" in run.stdout and "120+340 = 460 ≠ 合计 470 (off by 10)" in run.stdout, run.stdout


def test_the_same_table_in_markdown():
    text = "| 项目 | 人数 |\n|---|---|\n| 城市 | 120 |\n| 农村 | 340 |\n| 合计 | 470 |\n"
    (finding,) = findings(text, select=["NUM001"], lang="en")
    assert finding.line == 5 and text.splitlines()[4][finding.column - 1 : finding.end_column - 1] == "470"
    assert "120+340 = 460 ≠ 合计 470 (off by 10)" in finding.message


def test_a_value_in_a_table_is_not_a_hotline():
    assert findings("县区\t资金\n甲县\t120\n乙县\t85\n丙县\t60\n合计\t265", select=["NUM001"]) == []
    (finding,) = findings("县区\t资金\n甲县\t120\n乙县\t85\n丙县\t60\n合计\t285", select=["NUM001"], lang="en")
    assert "120+85+60 = 265 ≠ 合计 285 (off by 20)" in finding.message


def test_the_grid_of_a_final_accounts_table():
    (table,) = tables(Document(FINAL_ACCOUNTS))
    assert table.header_rows == 2 and table.caption.endswith("单位:万元")
    assert table.headers[1] == "2022年决算数" and table.value_columns == [1, 2, 3, 4, 5]
    first = table.data[0].cells
    assert first[2].value == Decimal("51204500") and first[2].unit == "元" and first[2].step == Decimal(100)
    assert first[4].unit == "%" and first[0].text == "一、一般公共预算财政拨款"


def test_thousands_separators_dashes_and_units_of_a_unit_column():
    text = "指标\t单位\t数值\n城市低保对象\t人\t1,230\n农村低保对象\t人\t—\n特困人员\t人\t-\n低保资金\t万元\t56.5\n"
    (table,) = tables(Document(text))
    assert table.unit_column == 1 and table.value_columns == [2]
    cells = [row.cells[2] for row in table.data]
    assert cells[0].value == 1230 and cells[0].unit == "人"
    assert cells[1].blank and cells[2].blank and cells[1].value is None
    assert cells[3].value == 565000 and cells[3].unit == "元"


def test_rows_that_are_not_additive_are_never_summed():
    text = "县区\t人数\n甲县\t100\n乙县\t200\n人均补助标准\t650\n合计\t300"
    assert audit(text)[1] == []
    text = "项目\t金额(万元)\t覆盖率\n城市\t100\t95%\n农村\t200\t97%\n合计\t300\t96%"
    assert audit(text)[1] == []


def test_a_subset_row_is_never_summed_with_its_parent_and_never_more_than_it():
    text = "项目\t人数\n城市\t120\n其中：女性\t50\n农村\t340\n合计\t460"
    assert audit(text)[1] == []
    doc, hits, _ = audit(text.replace("50", "150"))
    (hit,) = hits
    assert "其中 150 > 城市 120" in hit.message.render("en") and doc.plain[hit.start : hit.end] == "150"


def test_a_total_that_heads_the_table_closes_the_rows_below_it_and_codes_nest():
    text = (
        "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t862.40\t612.40\t250.00\n"
        "208\t社会保障和就业支出\t862.40\t612.40\t250.00\n"
        "20802\t民政管理事务\t700.00\t500.00\t200.00\n"
        "2080201\t行政运行\t500.00\t500.00\t—\n"
        "2080299\t其他民政管理事务支出\t200.00\t—\t200.00\n"
        "20810\t社会福利\t162.40\t112.40\t50.00\n"
    )
    assert audit(text)[1] == []
    doc, hits, _ = audit(text.replace("2080299\t其他民政管理事务支出\t200.00", "2080299\t其他民政管理事务支出\t260.00"))
    assert [doc.plain[h.start : h.end] for h in hits] == ["260.00"]  # its row's 合计 and its parent code: at the cell


def test_a_one_unit_difference_in_the_last_digit_is_never_an_error():
    assert audit("项目\t金额(万元)\n城市\t360.26\n农村\t426.12\n合计\t786.39")[1] == []
    assert audit("项目\t人数\n城市\t120\n农村\t340\n合计\t461")[1] == []
    assert len(audit("项目\t人数\n城市\t120\n农村\t340\n合计\t462")[1]) == 1


def test_prose_rules_do_not_read_table_rows():
    text = "项目\t人数\n城市\t120\n其中：女性\t50\n农村\t340\n合计\t460\n全县共有低保对象 460 人，其中城市 120 人，农村 340 人。"
    assert findings(text, select=["NUM001"]) == []


def test_table_cells_are_not_sentences_for_the_prose_count_rule():
    # a .docx table row 农村 | 340人 | 20.1 gave CON001 "村: 20.1 here, but 340人"
    text = "地区\t人数\t比例\n农村\t340人\t20.1\n城市\t200人\t30.2\n"
    assert "CON001" not in codes(text)


# A 统计公报 table as a web page's text reads when copied: cells between " | ".
PASTED = (
    "表1 年末各类养老机构情况\n"
    "类别 | 机构数（个） | 床位数（张） |\n"
    "公办养老机构 | 25 | 3,200 |\n"
    "民办养老机构 | 15 | 1,850 |\n"
    "合计 | 40 | 5,050 |\n"
    "全年新增养老床位 | 320 | 张。全市养老服务体系进一步完善。\n"
)


def test_a_table_pasted_from_a_web_page_with_bars_between_cells():
    assert audit(PASTED)[1] == []
    doc, hits, _ = audit(PASTED.replace("5,050", "5,150"))
    assert [doc.plain[h.start : h.end] for h in hits] == ["5,150"]
    assert "3,200+1,850 = 5050 ≠ 合计 5,150" in hits[0].message.render("en")
    (table,) = tables(Document(PASTED))
    assert len(table.data) == 3  # a line that ends a sentence is prose, not a row


def test_a_pasted_table_whose_header_wrapped_onto_other_lines_is_not_read_by_guess():
    # the header 品名 | 播种面积(亩) | 同比增减(%) | 产量(吨) | 同比增减(%) broke over three lines: the
    # columns under 产量(吨) are not known, so nothing is checked (it gave 其中 -0.32 > 粮食作物 1.78)
    text = ("品 名 | 播种面积\n(亩) |\n同比增减(%) | 产量(吨) | 同比增减(%) |\n"
            "粮食作物 | 726760 | -1.78 | 315690 | 0.8 |\n其中:稻谷 | 607056 | -0.32 | 267838 | 1.05 |\n"
            "薯类 | 29698 | -5.50 | 16015 | 3.76 |\n")
    assert tables(Document(text)) == [] and audit(text)[1] == []


def test_a_second_subset_block_breaks_down_the_total_not_the_row_above_it():
    text = ("指标 | 年末数(万人) |\n常住人口 | 295.65 |\n其中:城镇 | 138.01 |\n乡村 | 157.64 |\n"
            "其中:男性 | 160.72 |\n女性 | 134.93 |\n")
    assert audit(text)[1] == []  # 男性 160.72 > 乡村 157.64, but it is a part of 常住人口


# A county 民政局's notice as a web page is extracted: its table's title rows are merged cells,
# "附件1 | |||", above the header. They are the caption, not rows of the table.
PAGE_TABLE = (
    "附件1 | |||\n"
    "2023年2月份孤儿基本生活保障补助发放名单汇总表 | |||\n"
    "乡镇名称 | 人数(人) | 总合计金额(元) | 备注 |\n"
    "甘蔗街道 | 2 | 2800 | |\n"
    "白沙镇 | 0 | 0 | |\n"
    "南屿镇 | 3 | 4200 | |\n"
    "上街镇 | 6 | 8400 | |\n"
    "合计 | 11 | {total} | |\n"
)


def test_title_rows_in_merged_cells_above_a_page_table_are_its_caption():
    (table,) = tables(Document(PAGE_TABLE.format(total=15400), "x.txt"))
    assert table.headers[:3] == ["乡镇名称", "人数(人)", "总合计金额(元)"]
    assert codes(PAGE_TABLE.format(total=15400), ["NUM001"]) == []
    (finding,) = findings(PAGE_TABLE.format(total=15500), ["NUM001"])
    assert "2800+0+4200+8400 = 15400" in finding.message and finding.line == 8


# A 民政统计月报 as a web page gives it: a 栏次 row (甲 | 丙 | 1 | 2 | 3) under the header, a 单位 column,
# and rows that only label a section above the 合计 that heads its items.
MONTHLY = (
    "| 指标名称 | 单位 | 数量 | 上期 | 环比 |\n"
    "| 甲 | 丙 | 1 | 2 | 3 |\n"
    "| 一、综合 | ||||\n"
    "| (一)行政区划 | ||||\n"
    "| 乡镇级合计 | 个 | 1,107 | {total} | |\n"
    "| 1.镇 | 个 | 653 | 653 | |\n"
    "| 2.乡 | 个 | 251 | 270 | -7.04 |\n"
    "| 3.民族乡 | 个 | 19 | 19 | |\n"
    "| 4.苏木 | 个 | |||\n"
    "| 5.街道 | 个 | 184 | 184 | |\n"
    "| (二)民政事业费累计支出 | 万元 | 76,164.3 | 714,496.8 | -89.34 |\n"
)


def test_a_statistical_forms_column_numbers_and_unit_column_are_not_figures_or_labels():
    (table,) = tables(Document(MONTHLY.format(total="1,126"), "x.txt"))
    assert table.unit_column == 1 and table.headers[1:4] == ["单位", "数量", "上期"]
    assert codes(MONTHLY.format(total="1,126"), ["NUM001"]) == []
    (finding,) = findings(MONTHLY.format(total="1,107"), ["NUM001"])  # as published: 上期 not updated
    assert "653+270+19+184 = 1126" in finding.message and finding.line == 5
