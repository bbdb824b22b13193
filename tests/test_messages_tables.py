"""Messages in Chinese and English of the table relations (rules/table.py, reported by NUM001,
NUM003 and NUM007): every kind in both languages, on tables of the kind found in 决算 tables,
救助公示 and 统计公报; the arithmetic is the same in both."""

import pytest

from auditor.config import Config
from auditor.engine import lint_text
from auditor.messages import kinds
from auditor.registry import all_rules, get_rule
from auditor.text import Document

# (rule, kind, table, Chinese message, English message, related in Chinese, related in English)
CASES = [
    ("NUM001", "TableSumMismatch", "项目\t人数\n城市\t120\n农村\t340\n合计\t470\n",
     "“人数”列各分项之和 460 与合计 470 不符，相差 10（120+340 = 460）",
     "120+340 = 460 ≠ 合计 470 (off by 10): in column 人数, the 合计 row does not add up", "所加各数", "the figures it adds up"),
    ("NUM001", "SubsetExceedsParent", "项目\t人数\n城市低保\t120\n其中：老年人\t130\n农村低保\t340\n合计\t460\n",
     "“人数”列“其中”130 大于所属的城市低保 120，多出 10；“其中”各行是上一行的一部分，不能大于它",
     "其中 130 > 城市低保 120 (by 10): in column 人数, a 其中 row is a part of the row above it and cannot be more",
     "所属的行", "the row it is part of"),
    ("NUM001", "SubsetColumnsExceed", "地区\t人数合计\t其中:城市\t其中:农村\n甲县\t100\t80\t30\n乙县\t50\t20\t30\n",
     "“甲县”行“其中”各列之和 110 大于人数合计 100，多出 10（80+30 = 110）",
     "80+30 = 110 > 人数合计 100 (by 10): in row 甲县, the 其中 columns cannot add up to more than the 人数合计 column", None, None),
    ("NUM003", "TableShareMismatch", "项目\t人数\t占比%\n城市\t120\t26.1\n农村\t340\t80.0\n合计\t460\t100.0\n",
     "“农村”行“占比%”列：340 / 460 = 73.91%，表中为 80.0%",
     "340 / 460 = 73.91%, but the table states 80.0% (row 农村, column 占比%)", "该行的数", "the figure"),
    ("NUM007", "TableChangeMismatch", "项目\t上年\t本年\t增减\n城市\t100\t120\t30\n农村\t200\t210\t10\n",
     "“城市”行“增减”列：120-100 = 20，表中为 30",
     "120-100 = 20, but the table states 30 (row 城市, column 增减)", "两期的数", "the two periods"),
    ("NUM001", "CellBreaksRelations",
     "项目\t城区\t乡镇\t合计\n低保人数\t6026\t22797\t28823\n特困人数\t84\t2315\t2389\n合计\t6100\t25112\t31212\n",
     "84 使表中 2 项关系不成立（“城区”列中 6026+84 = 6110 ≠ 合计 6100；“特困人数”行中 84+2315 = 2399 ≠ 合计 2389），改为 74 则都成立",
     "84 makes 2 relations of the table fail (column 城区: 6026+84 = 6110 ≠ 合计 6100; row 特困人数: 84+2315 = 2399 ≠ 合计 2389); "
     "74 would fit them all", "因此不成立的关系", "a relation it makes fail"),
]
# kinds that are only a clause or a related line of another message
CLAUSES = {"InColumn", "InRow", "Clause", "AddedUp", "ParentRow", "TheFigure", "ThePeriods", "FailsThere"}


def only(text, code, lang):
    (finding,) = [f for f in lint_text(text, config=Config(lang=lang)) if f.rule == code]
    return finding


@pytest.mark.parametrize("code, kind, table, zh, en, related_zh, related_en", CASES,
                         ids=[c[1] for c in CASES])
def test_each_kind_of_table_message_in_both_languages(code, kind, table, zh, en, related_zh, related_en):
    hits = [h for h in get_rule(code).check(Document(table)) if hasattr(h, "message")]
    assert [type(h.message).__name__ for h in hits] == [kind]
    assert only(table, code, "zh").message == zh
    assert only(table, code, "en").message == en
    assert {r.message for r in only(table, code, "zh").related} <= {related_zh}
    assert {r.message for r in only(table, code, "en").related} <= {related_en}


def test_every_kind_of_the_table_relations_is_shown_by_a_case():
    all_rules()
    declared = {name.rsplit(".", 1)[1] for name in kinds() if name.startswith("auditor.rules.table.")}
    assert declared == {c[1] for c in CASES} | CLAUSES


def test_no_table_relation_yields_a_plain_string():
    for code, _, table, *_ in CASES:
        for hit in get_rule(code).check(Document(table)):
            assert not isinstance(getattr(hit, "message", None), str)
