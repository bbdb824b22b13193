"""Dates: extraction (auditor/dates.py) and the DAT rules, on sentences written like the samples."""

from itertools import chain

import pytest

from auditor import dates
from auditor.dates import document_date, own_docno
from auditor.findings import Severity
from auditor.text import Document

from helpers import findings

SIGNED = "凉民发〔2023〕87号\n{body}\n凉州区民政局\n2023年3月17日\n"


def dates_of(text):
    doc = Document(text)
    return [(doc.plain[d.start : d.end], d.year, d.month, d.day, d.weekday) for d in doc.dates]


# --- extraction ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我局于2023年3月17日召开会议", [("2023年3月17日", 2023, 3, 17, None)]),
        ("2018 年 3 月起实施", [("2018 年 3 月", 2018, 3, None, None)]),
        ("截至6月底，截至 12 月", [("6月", None, 6, None, None), ("12 月", None, 12, None, None)]),
        ("3月17日开展督查", [("3月17日", None, 3, 17, None)]),
        ("发布日期2025-12-26", [("2025-12-26", 2025, 12, 26, None)]),
        ("二〇二三年三月十七日", [("二〇二三年三月十七日", 2023, 3, 17, None)]),
        ("二〇二三年十二月", [("二〇二三年十二月", 2023, 12, None, None)]),
        ("2023年3月17日（星期三）上午", [("2023年3月17日", 2023, 3, 17, 2)]),
        ("3月19日周日", [("3月19日", None, 3, 19, 6)]),
        ("2022年08月22日", [("2022年08月22日", 2022, 8, 22, None)]),
    ],
)
def test_dates_are_read_with_what_was_written(text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "帮扶期限为12个月，6个月内完成",
        "为0-36月龄婴幼儿提供服务",
        "第13月发放",
        "住在3月17号楼",
        "索引号lcxmzj/2026-00004，MB1A08302/2022-28054",
        "每人每月1260元",
        "三月份以来",  # a Chinese month alone is too common a word to be read as a date
    ],
)
def test_non_dates_are_not_read(text):
    assert dates_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "2023 年  3  月 17  日，3月4月5月，6个月，36月龄，三月十七日二〇二三年十二月，第3月，12月号楼3月17号",
        "二〇二三年 三月，十二月十二月三十日，一二三四年五月，百月，两月，年月日 1 月2023年",
        "2023-3-17，2023/3/17/4，2023.3.17.5，12023-1-2，2023-1-2-3，2023.12.1，1999/12/31，20231-2-3",
    ],
)
def test_dates_found_from_their_anchor_are_all_the_pattern_finds(text):
    """The patterns are tried only before each 月 and at each 19xx/20xx year with a separator
    (auditor/dates.py, for speed): that must find what a scan of the whole text finds."""
    plain = Document(text).plain
    for pattern, before_month in ((dates._ARABIC, dates._BEFORE_ARABIC_MONTH), (dates._CHINESE, dates._BEFORE_CHINESE_MONTH)):
        assert [m.span() for m in dates._through_month(plain, pattern, before_month)] == [m.span() for m in pattern.finditer(plain)]
    starts = chain.from_iterable(pattern.finditer(plain) for pattern in dates._NUMERIC_STARTS)
    numeric = sorted(m.span() for m in (dates._NUMERIC.match(plain, start.start()) for start in starts) if m)
    assert numeric == [m.span() for m in dates._NUMERIC.finditer(plain)]


def test_weekday_range_is_not_attached_to_the_date():
    assert dates_of("自2023年3月17日周一至周五开放") == [("2023年3月17日", 2023, 3, 17, None)]


def test_document_date_is_the_signature_not_the_publishing_date():
    doc = Document("发布日期：2023-04-02\n" + SIGNED.format(body="现答复如下：我局高度重视。") + "2023年3月20日印\n")
    own = document_date(doc)
    assert doc.plain[own.start : own.end] == "2023年3月17日"


def test_document_date_falls_back_to_the_labelled_field():
    doc = Document("发文日期\n2022年08月22日\n文号\n天民政函〔2022〕29号\n现答复如下：我局高度重视。\n天门市民政局\n2022822\n")
    assert (document_date(doc).year, document_date(doc).month, document_date(doc).day) == (2022, 8, 22)


def test_no_document_date_from_a_publishing_date_alone():
    assert document_date(Document("文号绿民函〔2025〕83号\n发布日期2025-12-26\n现答复如下：我局高度重视。")) is None


def test_own_number_is_in_the_header_not_cited_in_the_body():
    doc = Document("吴民函〔2025〕14号\n根据《通知》（甘民发〔2022〕12号）要求，现答复如下。")
    number = own_docno(doc)
    assert doc.plain[number.start : number.end] == "吴民函〔2025〕14号" and number.year == 2025
    assert own_docno(Document("根据《通知》（甘民发〔2022〕12号）要求，现答复如下。")) is None


# --- DAT001 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, message",
    [
        ("2022年以来，我局持续开展关爱行动。\n天门市民政局\n\n2022822\n", "2022822 is not a date; did you mean 2022年8月22日?"),
        ("2022年以来，我局持续开展关爱行动。\n天门市民政局\n2022112", "did you mean 2022年1月12日 or 2022年11月2日?"),
        ("我局于2022112召开专题会议。", "did you mean 2022年1月12日 or 2022年11月2日?"),
        ("2017822日，市民政局召开推进会。", "did you mean 2017年8月22日?"),
        ("20196月，我局印发了《实施方案》。", "20196月 is not a date; did you mean 2019年6月?"),
        ("我局于2021年1015日召开专题会议。", "did you mean 2021年10月15日?"),
        ("截至2023年317日，共发放资金。", "did you mean 2023年3月17日?"),
        ("成文日期：\n2022822", "did you mean 2022年8月22日?"),
        ("统计日期：202212", "did you mean 2022年1月2日 or 2022年12月?"),
        ("2022年以来，我局持续开展关爱行动。感谢委员的支持。\n\n2022822", "did you mean 2022年8月22日?"),
        # a report's subtitle (held out) with its dash typed as two hyphens
        ("关于2021年度审计查出问题整改情况的报告\n--20211228日在市届人大常委会会议上", "did you mean 2021年12月28日?"),
        # a provincial report's subtitle (held out) whose year was lost
        ("关于省级预算执行审计查出问题整改情况的报告\n——年11月27日在省十二届人大常委会第三十三次会议上", "has lost its year"),
    ],
)
def test_glued_dates_are_found_with_their_readings(text, message):
    found = findings(text, select=["DAT001"], lang="en")
    assert len(found) == 1 and message in found[0].message


def test_glued_signature_date_points_at_the_date_written_in_full():
    found = findings("发文日期\n2022年08月22日\n现答复如下：我局高度重视。\n天门市民政局\n2022822\n", select=["DAT001"], lang="en")
    assert [(f.line, f.column) for f in found] == [(5, 1)]
    assert [(r.line, r.column) for r in found[0].related] == [(2, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "索引号\nMB1A08302/2022-28054",
        "文号：2022-20221228",  # one hyphen joins the parts of an identifier
        "每年11月27日举行，次年1月5日结束。",
        "截至2021\n年11月27日，共发放资金。",  # the year wrapped onto the line before
        "XX年12月31日至20xx年1月31日，遭受了凝冻灾害。",  # a template's placeholders
        "填表日期：    年  月  日",
        "(此件公开发布 联系人:董文峥 联系电话: 2033119)",
        "养育费标准每人每月2016元，全年发放资金2022112元。",
        "滇公网安备 53253102532533号，索引号lcxmzj/2026-00004",
        "发布时间:2022-08-31 08:43 来源:天门市民政局",
        "上海市民政局\n200433",  # a postal code under a name: its "year" 2004 is nowhere else
        "2022年以来，我局持续开展关爱行动。\n\n\n\n\n附件：\n1.统计表\n2022112",  # far below the body, not under a name
        "资金相当于2022112元。",
        "我局于2021年1032日召开会议。",  # no reading is a real day: not a date at all
        "天门市民政局\n2022年8月22日",
    ],
)
def test_identifiers_and_amounts_are_not_glued_dates(text):
    assert findings(text, select=["DAT001"]) == []


# --- DAT002 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, message",
    [
        ("我局于2023年2月29日召开专题会议。", "2023年2月29日 does not exist: 2月 has 28 days in 2023"),
        ("慰问活动于2月30日结束。", "2月30日 does not exist: 2月 has at most 29 days"),
        ("于6月31日前完成摸底排查。", "6月31日 does not exist: 6月 has 30 days"),
        ("2023年13月，全市开展排查。", "there is no month 13"),
        ("自3月0日起施行。", "there is no day 0"),
        ("二〇二三年九月三十一日", "9月 has 30 days"),
        ("发布日期：2025-02-30", "2月 has 28 days in 2025"),
    ],
)
def test_impossible_dates(text, message):
    found = findings(text, select=["DAT002"], lang="en")
    assert len(found) == 1 and message in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "我局于2024年2月29日召开专题会议。",
        "2月29日至3月1日举办培训班。",
        "帮扶期限为12个月，6个月内完成，第3月复查。",
        "为0-36月龄婴幼儿提供照护服务。",
        "服务点设在3月17号楼。",
        "1-12月累计救助困难群众1500人次。",
        "二〇二四年二月二十九日",
        "农历2月30日举办庙会，农历八月十五日（星期五）开展慰问。",  # the Chinese calendar has 30-day months
    ],
)
def test_possible_dates_and_non_dates_pass(text):
    assert findings(text, select=["DAT002"]) == []


# --- DAT003 -------------------------------------------------------------------------------------


def test_number_year_against_signature_year():
    found = findings(SIGNED.replace("〔2023〕", "〔2022〕").format(body="现答复如下：我局高度重视。"), select=["DAT003"], lang="en")
    assert len(found) == 1 and found[0].severity is Severity.WARNING
    assert "凉民发〔2022〕87号 has the year 2022, but the document is dated 2023年3月17日" in found[0].message
    assert (found[0].line, found[0].column) == (1, 5) and found[0].related[0].line == 4


@pytest.mark.parametrize(
    "body",
    [
        "截至2023年6月底，已为265名孤儿发放基本生活费。",
        "2023年5月10日，我局召开了专题推进会。",
        "我局已于2023年4月6日完成全部改造任务。",
        "截至2023年12月，累计救助困难群众1500人次。",
        "2023年4月，全市已建成儿童之家92个。",
    ],
)
def test_events_after_the_document_date(body):
    found = findings(SIGNED.format(body=body), select=["DAT003"], lang="en")
    assert len(found) == 1 and "is reported as past, but the document is dated 2023年3月17日" in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        "截至2023年2月底，已为265名孤儿发放基本生活费。",
        "计划于2023年6月底前完成改造。",
        "力争到2025年实现全覆盖，2025年12月全面建成。",
        "2023年5月起将开展专项排查。",
        "截至 12 月，累计为 265 名孤儿发放资金。",  # no year: the December of the year before
        "2023年4月至2025年12月开展“三年行动”，已制定方案。",
        "根据《通知》（甘民发〔2022〕12号）要求，2023年3月17日已召开会议。",
        "《关于开展2023年5月“敬老月”活动的通知》已下发各乡镇。",
    ],
)
def test_plans_targets_and_earlier_dates_pass(body):
    assert findings(SIGNED.format(body=body), select=["DAT003"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "文号绿民函〔2025〕83号\n发布日期2025-12-26\n截至2026年1月，已发放资金。",  # no 成文日期: say nothing
        "凉民发〔2024〕1号\n现答复如下：我局高度重视。\n凉州区民政局\n2023年12月29日",  # numbered in the new year
        "发文日期\n2022年08月22日\n文号\n天民政函〔2022〕29号\n现答复如下：我局高度重视。\n天门市民政局\n2022822",
        # a labelled date inside the body belongs to something else (another document pasted in)
        "凉民发〔2023〕87号\n现答复如下：我局高度重视。\n发文日期\n2022年08月22日\n天民政函〔2022〕29号\n现答复如下：我局高度重视。",
    ],
)
def test_unknown_or_consistent_document_dates_pass(text):
    assert findings(text, select=["DAT003"]) == []


# --- DAT004 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, message",
    [
        ("会议定于2023年3月17日（星期三）上午召开。", "2023年3月17日 falls on 星期五 (Friday), not 星期三"),
        ("2023年3月17日星期四", "not 星期四"),
        ("二〇二三年三月十七日（星期日）", "not 星期日"),
        ("发布时间：2023-03-17（周一）", "not 星期一"),
        ("2023年3月17日 星期六", "not 星期六"),
    ],
)
def test_wrong_weekday(text, message):
    found = findings(text, select=["DAT004"], lang="en")
    assert len(found) == 1 and message in found[0].message and found[0].severity is Severity.ERROR


def test_weekday_finding_spans_date_and_weekday():
    found = findings("会议定于2023年3月17日 （星期三）上午召开。", select=["DAT004"], lang="en")
    assert (found[0].column, found[0].end_column) == (5, 21)


def test_weekday_of_a_date_without_year_is_a_warning_naming_the_year():
    found = findings("2023年3月1日，我局召开会议，3月17日周三开展督查。", select=["DAT004"], lang="en")
    assert len(found) == 1 and found[0].severity is Severity.WARNING and "in 2023" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "会议定于2023年3月17日（星期五）上午召开。",
        "服务窗口每周一至周五开放。",
        "自2023年3月17日周一至周五，每日开展巡查。",
        "2023年3月17日，周三开展督查。",
        "2023年3月19日（星期天）",
        "3月17日（周三）开展督查。",  # no year anywhere: nothing to check against
        "2023年3月17日-19日（周五至周日）",
        "2023年，我局于农历八月十五日（星期一）开展慰问。",  # a lunar date: not on the Gregorian calendar
    ],
)
def test_right_or_unattached_weekdays_pass(text):
    assert findings(text, select=["DAT004"]) == []


def test_a_signature_date_under_the_body_name_after_blank_paragraphs_is_read():
    # a .docx keeps its empty paragraphs: blank lines between the name and the date say nothing
    text = "2022年以来，我局持续开展关爱行动。\n\n感谢代表的支持。\n\n\n\n\n\n天门市民政局\n\n\n\n2022822\n"
    assert [f.message.split(";")[0] for f in findings(text, select=["DAT001"], lang="en")] == ["2022822 is not a date"]
