"""CON001 on sentences written like the documents it audits."""

import pytest

from helpers import findings


def fired(text):
    return [f for f in findings(text, select=["CON001"]) if f.rule == "CON001"]


CON001_FIRES = [
    "按照专人、专责要求，推荐确定责任心强、热爱儿童事业的 48 名镇（街道）“儿童督导员”和 484 名村（居委会）“儿童主任”。\n"
    "为儿童主任、儿童督导员配发工作指南，并为 48 名儿童督导员、486 儿童主任发放上岗证书。",
    "全区现有留守儿童 1705 人。截至目前，全区现有留守儿童 1750 人。",
    "全县有孤儿 54 人。截至目前，全县共有孤儿 52 人。",
    "全市配备儿童督导员 26 名。为 25 名儿童督导员发放聘书。",
    "累计为 54 名孤儿发放基本生活费 60 万元。\n累计为 52 名孤儿发放基本生活费。",
    "全市现有困境儿童 1.2 万名。\n全市现有困境儿童 13000 名。",
]

CON001_SILENT = [
    "对父母双方因外出务工暂不具备监护条件的 1291 名留守儿童，委托亲属代为监护。全区现有未成年人 196418 人，其中：留守儿童 1705 人。",
    "全区现有未成年人 196418 人，其中：18 岁以下残疾儿童 1017 人。为 795 名残疾儿童发放残疾人两项补贴 90.199 万元。",
    "保障农村特困供养对象 2315 人，城市特困供养对象 74 人。其中 60 周岁以上的 312 名特困人员纳入居家养老服务范围。",
    "2022年全县有孤儿 54 人。2023年全县有孤儿 50 人。",
    "全市配备儿童督导员 26 名。今年新聘儿童督导员 5 名。",
    "按照一个乡镇配备1名儿童督导员，一个村至少配备1名儿童主任的要求，全市配备儿童督导员26名，儿童主任634。",
    "全区孤儿 265 人。为 737 名孤儿、事实无人抚养儿童发放生活补贴 786.3893 万元。",
    "全县男性老年人 1200 人、女性老年人 1300 人。",
    "全市现有困境儿童 1.2 万名。\n全市现有困境儿童 12345 名。",
    "累计为 54 名孤儿发放基本生活费 60 万元。\n今年以来，累计为 52 名孤儿发放基本生活费。",
    "（一）2022年工作情况\n全县有孤儿 54 人。\n（二）2023年工作情况\n全县有孤儿 50 人。",
    "全市共有农村留守儿童 3560 人。\n全市共有留守儿童 4200 人。",
    "全县 16 个乡镇 235 个村（社区）全部建立未成年人保护工作站。全县 16 个乡镇全部建成敬老院。",
    "A镇配备儿童主任 12 名。B镇配备儿童主任 15 名。",
    "全市共配备社区儿童主任 30 名。全市配备儿童主任 200 名。",
    "全市已完成106名孤儿和1566名事实无人抚养儿童资格复审。全市共为105名孤儿、1561名事实无人抚养儿童发放孤儿养育津贴 1203.52 万元。",
    # a 扶贫 report, as published: two counts of 村 in one sentence are two groups
    "二是贫困程度很深。全县158个行政村中共有贫困村103个，占行政村总数的65.2%。",
]


@pytest.mark.parametrize("text", CON001_FIRES)
def test_con001_fires(text):
    assert len(fired(text)) == 1


@pytest.mark.parametrize("text", CON001_SILENT)
def test_con001_silent(text):
    assert fired(text) == []


def test_con001_points_to_the_earlier_statement():
    (finding,) = fired(CON001_FIRES[0])
    assert finding.line == 2 and "486" in finding.message and "484" in finding.message
    (related,) = finding.related
    first_line = CON001_FIRES[0].splitlines()[0]
    assert (related.line, related.column) == (1, first_line.index("484") + 1)


def test_con001_compares_by_key_not_pairwise():
    """Every later statement is compared with the first of its key only: a run of equal counts
    gives no finding, each different one gives one."""
    text = "全县有孤儿 54 人。" * 50 + "全县有孤儿 53 人。" + "全县有孤儿 54 人。" * 50
    assert len(fired(text)) == 1
