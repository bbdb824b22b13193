"""Number extraction: what is a count, what is not, its value and stated precision, what it counts."""

from decimal import Decimal

import pytest

from auditor.numbers import subjects
from auditor.text import Document


def figures(text):
    doc = Document(text)
    return doc, doc.numbers


def only(text, written):
    """The one figure whose digits are ``written``."""
    doc, numbers = figures(text)
    found = [q for q in numbers if q.text == written]
    assert len(found) == 1, [(q.text, q.kind) for q in numbers]
    return doc, found[0]


@pytest.mark.parametrize(
    "text, written, kind",
    [
        ("2022年以来，凉州区民政局始终坚持以人民为中心。", "2022", "year"),
        ("凉州区民政局\n2023年3月17日", "17", "date"),
        ("关于吴忠市政协六届四次会议第 103 号 提案答复的函", "103", "ordinal"),
        ("凉民发〔2023〕87号", "87", "docno"),
        ("凉民发〔2023〕87号", "2023", "docno"),
        ("(此件公开发布 联系人:董文峥 联系电话: 2033119)", "2033119", "phone"),
        ("对年满 18 周岁且继续在大中专院校就读的孤儿发放助学金。", "18", "age"),
        ("主动与12345政府服务热线对接。", "12345", "hotline"),
        ("**3.**实施“福彩圆梦·孤儿助学工程”。", "3", "ordinal"),
        ("发布时间:2022-08-31 08:43 来源:天门市民政局", "43", "date"),
        ("制定《留守老人关爱服务质量提升三年行动实施方案(2024—2026年)》", "2024", "year"),
        ("联系电话 2212345，传真 2212346。", "2212345", "phone"),
        # terms of a ratio are no counts (生师比)
        ("小学生师比为19.4:1。", "19.4", "ratio"),
    ],
)
def test_numbers_that_are_not_counts(text, written, kind):
    _, q = only(text, written)
    assert q.kind == kind
    assert not q.is_count


def test_an_ordinal_in_chinese_numerals_is_not_a_figure():
    _, numbers = figures("县政协第十四届委员会第四次会议。")
    assert [q for q in numbers if q.is_count] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("共计为九万六千一百四十三名妇女进行了检查。", 96143),
        ("2022 年救助两千一百二十四人。", 2124),
        ("共计为 ９６１４３ 名妇女进行了检查。", 96143),
        ("全区共有 96,143 名妇女参加检查。", 96143),
    ],
)
def test_counts_in_every_notation_parse(text, value):
    _, numbers = figures(text)
    counts = [q for q in numbers if q.is_count]
    assert [q.value for q in counts] == [Decimal(value)]
    assert counts[0].ulp == 0 and counts[0].exact


def test_a_figure_after_a_full_width_comma_is_read():
    _, numbers = figures("（其中 2018 年 44052 人，2019 年 36680 人，2020 年 10017 人）")
    assert [q.value for q in numbers if q.is_count] == [44052, 36680, 10017]
    assert [q.value for q in numbers if q.kind == "year"] == [2018, 2019, 2020]


def test_a_full_width_comma_between_digits_separates_two_figures():
    _, numbers = figures("两个批次分别为3，5人。")
    assert [q.value for q in numbers] == [3, 5]


def test_malformed_digit_grouping_is_no_figure():
    _, numbers = figures("发放资金12,34元。")
    assert Decimal(1234) not in [q.value for q in numbers]
    assert all(q.unit != "元" for q in numbers)


def test_precision_of_a_figure_with_four_decimals_in_wan_is_one_yuan():
    _, q = only("为 737 名孤儿发放生活补贴 786.3893 万元。", "786.3893")
    assert q.value == Decimal("7863893") and q.ulp == 1 and q.unit == "元"


def test_a_round_figure_in_wan_stands_for_half_a_wan_each_side():
    _, q = only("发放 2022 年度助学金 67 万元。", "67")
    assert q.interval() == (Decimal(665000), Decimal(675000))


def test_yi_with_two_decimals_is_precise_to_a_hundredth_of_a_yi():
    _, q = only("2022 年累计发放低保金 1.22 亿元。", "1.22")
    assert q.value == Decimal(122000000) and q.ulp == Decimal(1000000)


@pytest.mark.parametrize(
    "text, rates",
    [
        ("比上年的81381万元增长-9.41 %。", [("-9.41", Decimal("-9.41"))]),
        ("增速为−2.1%，高于全省-0.5个百分点。", [("−2.1", Decimal("-2.1")), ("-0.5", Decimal("-0.5"))]),
        # a hyphen after a digit, a % or a letter joins a range or a code: no negative figure
        ("增长5%-8%，GB-15%，5% - 10%", [("5", 5), ("5", 5), ("10", 10)]),
    ],
)
def test_a_rate_written_with_a_minus_sign_is_negative(text, rates):
    _, numbers = figures(text)
    assert [(q.text, q.value) for q in numbers if q.unit_class == "percent"] == rates


def test_yi_then_wan_is_one_figure():
    # as national bulletins write a population: 14亿1178万人 is 141178万人
    doc, numbers = figures("年末全国人口14亿1178万人，其中城镇常住人口9亿199万人，乡村常住人口5亿979万人。")
    assert [(doc.plain[q.start : q.end], q.value) for q in numbers] == [
        ("14亿1178万人", 1411780000), ("9亿199万人", 901990000), ("5亿979万人", 509790000)]
    # a 亿 figure with a unit of its own, or a gap, stays apart
    _, apart = figures("城镇9.02亿人，1.4亿 1178万人")
    assert [q.text for q in apart] == ["9.02", "1.4", "1178"]


def test_a_bare_count_is_exact():
    _, q = only("共计为 96143 名妇女进行了检查。", "96143")
    assert q.interval() == (Decimal(96143), Decimal(96143))


@pytest.mark.parametrize("text, written", [("已接假发订单 300 余单。", "300"), ("探访儿童约 7800 名。", "7800"), ("发放 3～5 人。", "3")])
def test_blurred_figures_have_no_interval(text, written):
    _, q = only(text, written)
    assert not q.exact and q.interval() is None


def test_the_yue_of_qianyue_does_not_blur_a_figure():
    _, q = only("全县应签约 2000 人，已签约 1800 人。", "2000")
    assert q.exact


@pytest.mark.parametrize(
    "text, written, noun",
    [
        ("推荐确定 484 名村（居委会）“儿童主任”，形成工作链接。", "484", "儿童主任"),
        ("并为 48 名儿童督导员、486 儿童主任发放上岗证书。", "486", "儿童主任"),
        ("其中：留守儿童 1705 人，困境儿童 4282 人。", "1705", "留守儿童"),
        ("全市配备儿童督导员26名，儿童主任634，负责信息排查。", "634", "儿童主任"),
        ("将 4282 名家庭困境儿童纳入城乡最低生活保障范围。", "4282", "困境儿童"),
        ("目前，共保障城市低保对象 2764 户 6026 人。", "6026", "城市低保对象"),
        ("对 123 名农村留守老年给予临时救助。", "123", None),
        ("设立儿童保护督导员18人，儿童主任260筛查建档留守儿童。", "260", "儿童主任"),
        ("使火葬区覆盖5乡镇52个村和4个社区。", "52", "村"),
    ],
)
def test_what_a_count_counts(text, written, noun):
    doc, q = only(text, written)
    subject = subjects(doc).get(q.start)
    assert (subject.noun if subject else None) == noun


def test_a_count_of_coordinated_groups_is_marked_combined():
    doc, q = only("为 737 名孤儿、事实无人抚养儿童发放生活补贴 786.3893 万元。", "737")
    assert subjects(doc)[q.start].combined
    doc, q = only("全市配备儿童督导员、儿童主任 637 名。", "637")
    assert subjects(doc)[q.start].combined
    doc, q = only("建立了信息管理库，36名孤儿、349名事实无人抚养困境儿童信息台账全部录入系统。", "36")
    assert not subjects(doc)[q.start].combined


def test_modifiers_of_a_count_are_kept():
    doc, q = only("全区现有未成年人 196418 人，其中：18 岁以下残疾儿童 1017 人。", "1017")
    assert subjects(doc)[q.start].modifiers.replace(" ", "") == "18岁以下"


@pytest.mark.parametrize("text, value, ulp", [("管理率百分之九十七点七八。", "97.78", "0.01"), ("实现百分之百覆盖。", "100", "1")])
def test_percentages_in_chinese_numerals_parse(text, value, ulp):
    _, numbers = figures(text)
    (q,) = numbers
    assert (q.value, q.ulp, q.unit, q.kind) == (Decimal(value), Decimal(ulp), "%", "percent")


def test_a_run_of_thousands_of_numeral_characters_is_no_figure():
    for text in ("九" * 5000 + "人", "百分之" + "九" * 5000):
        _, numbers = figures(text)
        assert numbers == []


def test_a_count_after_the_word_phone_is_a_count_of_calls():
    _, q = only("受理政府信息咨询372人次,其中现场咨询331人次,电话咨询61人次。", "61")
    assert q.kind == "quantity" and q.is_count
