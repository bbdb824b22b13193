"""PUN001: paired marks, on sentences written like the samples."""

import pytest

from helpers import codes, findings


def pun(text):
    return [(f.line, f.column, f.message) for f in findings(text, select=["PUN001"], lang="en")]


@pytest.mark.parametrize(
    "text, column, message",
    [
        ("为入住老人提供“拔罐、艾灸、针灸等特色中医养生服务，实现了“医”和“养”的无缝对接。", 8, "opening “ is never closed by ”"),
        ("组织实施孤儿医疗康复明天计划”、“福彩圆梦·孤儿助学工程”等项目。", 15, "closing ” has no opening “"),
        ("根据《未成年人保护法的规定，加强监护。", 3, "opening 《 is never closed by 》"),
        ("依托市救助站成立了市未成年人保护中心（以下简称“中心”，开通热线。", 19, "opening （ is never closed by ）"),
        ("开展\"四个一活动，发放宣传资料2000余份。", 3, 'opening " is never closed by "'),
        ("详见附件2）。", 6, "closing ） has no opening （"),
        ("着眼“一老一小“等特殊群体生活需求。", 8, "“ is typed the wrong way round: ” is meant here"),
        ("要落实“一户一策’要求。", 9, "’ closes “: ” is meant here"),
        ("落实《办法（试行》）要求。", 9, "》） cross: ）》 is meant here"),
        ("会议指出：“要坚持以人民为中心。\n“十四五”期间，全市新建养老床位500张。", 6, "opening “ is never closed"),
        ("积极推进“放管服\n改革，提升服务水平。", 5, "opening “ is never closed"),
        # a block that opens a bracket on its own and never closes it
        ("[编辑:\n唐冰倩 审核:戎小平 监制:王小明\n", 1, "opening ［ is never closed"),
        ("实施“一户一策”帮扶措施)，全面落实。", 13, "closing ） has no opening （"),
    ],
)
def test_lone_marks_are_found(text, column, message):
    found = pun(text)
    assert len(found) == 1, found
    assert found[0][1] == column and message in found[0][2]


def test_both_lone_marks_of_sample_004_are_found():
    text = (
        "康养模式依托社区卫生服务中心，为入住老人开展提供“拔罐、艾灸、针灸等特色中医养生服务，实现了“医”和“养”的无缝对接。\n\n"
        "积极组织实施孤儿医疗康复明天计划”、“福彩圆梦·孤儿助学工程”等项目，发放孤儿福彩助学金。\n"
    )
    assert [(line, col) for line, col, _ in pun(text)] == [(1, 25), (3, 17)]


@pytest.mark.parametrize(
    "text",
    [
        "组织实施“明天计划”、“福彩圆梦·孤儿助学工程”等项目，落实《未成年人保护法》（2020年修订）。",
        "实现了“医”和“养”的无缝对接。",
        "实现了“医\"和\"养”的无缝对接，明确\"是什么\"\"为什么\"\"怎么做\"。",
        "（一）加强组织领导。\n1）成立领导小组；2）制定工作方案；\na) 加强宣传。",
        "主要措施有：1）加强组织领导，2）完善工作机制。",
        "会议指出：“要坚持以人民为中心。\n“要持续保障和改善民生。\n“要守住底线。”",
        "**三是建立关爱服务长效机制，推动“关爱\n服务”落到实处。**",
        "凉民发〔2023]87号，甘民发［2022］12号，开展“Children's Day”活动，参加Children’s Day。",
        "他说：“要落实‘一户一策’要求。”",
        "(此件公开发布 联系人:董文峥 联系电话: 2033119)",
        # a page's credits, their closing bracket on a line of its own
        "[编辑:\n唐冰倩 审核:戎小平 监制:王小明\n]",
        # a 信息公开年报 taken from PDF, its lines broken right before the closing brackets
        "根据《中华人民共和国政府信息公开条例》(以下简称《条例》\n)和《市政府信息公开规定》(以下简称《规定》\n)要求，编制本报告。",
        # pinyin readings as a mirror site inserts them, one of them with its opener lost (as published)
        "加強公務(wù)用車管理,確?!叭苯?jīng)費只減不增。",
        "2、職工基本醫(yī)療保險本年基金累計收入含市級統(tǒng)籌下?lián)苜Y金250141萬元。",
        # a web page's font-size links (【字体: 大 中 小】) with their words lost in the copy: page chrome
        "发布日期:2022-04-21 字体:【\n关于对县政协十届五次会议第010号提案的回复",
        "来源:云南省农业农村厅 2024-07-08 16:35:37 【字体:\n【字体:\n\n普慧代表：",
        # the seconds of longitudes and latitudes, one pair of degrees with its seconds mark only (a 乡 overview)
        "位于东经119°19'50\"~119°27'29\",北纬28°27'44\"。",
    ],
)
def test_balanced_text_passes(text):
    assert pun(text) == []


def test_small_form_brackets_pair_with_the_ordinary_ones():
    # ﹙﹚ (U+FE59/FE5A) come from PDFs and old web pages: a reader sees a closed bracket
    assert codes("全县耕地面积（亩﹚为1200。其他情况正常。", ["PUN001"]) == []
    assert codes("全县耕地面积（亩为1200。其他情况正常。", ["PUN001"]) == ["PUN001"]


def test_double_prime_quotes_close_a_quotation_as_a_reader_sees_it():
    # a county work report as published (Word and OCR write 〝〞): “九五〞 reads as a closed quote
    assert codes("年均增长19%，比“九五〞期间增幅高8个百分点。", ["PUN001"]) == []
    assert codes("“十四五〟规划顺利实施。〝十四五〞开局良好。", ["PUN001"]) == []
    assert codes("〝十四五规划顺利实施。", ["PUN001"]) == ["PUN001"]


def test_a_quote_after_a_separator_opens_the_next_item_and_is_not_one_typed_the_wrong_way():
    # a 乡 labour report (as published): both closers are missing, neither opener is wrong
    found = pun("主要务工地集中在“长三角、“珠三角沿海兴旺地区和京津唐经济圈。")
    assert [(column, "never closed" in message) for _, column, message in found] == [(9, True), (14, True)]


def test_two_quotes_left_open_across_a_clause_or_a_conjunction_are_each_open():
    # a township summary (held out) that lost every closing quote: no quote typed the wrong way round
    found = pun("聚焦“两不愁、三保障及饮水安全突出问题再排查;中心专项巡察整改“回头看工作。")
    assert [("never closed" in message) for _, _, message in found] == [True, True]
    found = pun("我镇已对今年需还贷的“户贷户用6户30万元和“户贷企用444户1486万元已按时还款。")
    assert [("never closed" in message) for _, _, message in found] == [True, True]
    # a quote typed the wrong way round is still one finding
    assert [("wrong way" in message) for _, _, message in pun("落实“两不愁三保障“要求。")] == [True]
