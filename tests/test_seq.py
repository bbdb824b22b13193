"""SEQ001–SEQ004: list numbering, on sentences written like the sample documents."""

import pytest

from helpers import codes, findings, sentence_cases

POSITIVE = {
    "SEQ001": [
        "一是加强组织领导；二是强化队伍建设；二是落实监护制度。",
        # a heading after a page number (text taken from PDF) is still a heading
        "一、基本情况\n全县共有低保对象5000人。\n12\n二、主要做法\n健全机制。\n二、存在问题\n人手不足。",
        "（一）扎实做好农村留守老人关爱服务。\n（二）认真做好农村留守妇女关心关爱。\n（二）积极做好困境儿童关爱保护。",
        "一、基本情况\n\n二、主要做法及成效\n\n二、存在的问题",
        # a paragraph split over a blank line (text taken from PDF): the list runs on
        "（二）认真做好农村留守妇女关心关爱。一是注册申报劳务品牌，开展技能培训，培训妇女511人；建立\n\n"
        "假发编织培训基地。二是加大健康服务政策宣传力度。二是持续开展低收入妇女救助项目。",
        "一是健全服务保障体系。1.加强组织领导。2.强化队伍建设。2.落实监护制度。",
        "主要做法：一是摸排底数；二是建立台账；三是定期探访；二是落实保障。",
        "保障措施\n1. 加强组织领导。\n2. 强化督促检查。\n2. 严格考核问责。",
        "一是加强组织领导；一是强化队伍建设；三是落实监护制度。",
        "一、基本情况\n\n一、主要做法\n\n三、存在的问题",
        # a list within an item (after a colon) is checked as a list of its own
        "一是加强领导。主要措施有：一是建立机制；二是明确责任；二是强化考核。二是加大投入。",
    ],
    "SEQ002": [
        "一是加强组织领导；三是狠抓工作落实。",
        "（一）扎实做好农村留守老人关爱服务。\n（三）积极做好困境儿童关爱保护。",
        "一、基本情况\n\n二、主要做法及成效\n\n四、下一步工作打算",
        "一是健全服务保障体系。1.加强组织领导。2.强化队伍建设。4.完善探访制度。",
        "主要采取了以下措施：一是加强领导；二是强化保障；四是严格考核。",
        "一是加强组织领导；二是不断完善制度；四是严格考核问责。",
    ],
    "SEQ003": [
        "（一）是调整未成年人保护工作领导小组。\n（二）是建立儿童督导员制度。\n()是建设未成年人保护工作站，开通热线。",
        "（一）加强组织领导。\n（二）强化队伍建设。\n（）加强政策宣传培训。",
        "（一）加强组织领导。\n（二）强化队伍建设。\n（三狠抓工作落实，确保政策落地。",
        "（一）加强组织领导。\n（二）强化队伍建设。\n( )是建设儿童之家。",
        "（一）加强组织领导。\n（二）强化队伍建设。\n（三）狠抓工作落实。\n（）严格考核问责。",
        "（一）加强组织领导。\n（二）强化队伍建设。\n三）狠抓工作落实。\n（四）严格考核问责。",
    ],
    "SEQ004": [
        "(一) 扎实做好农村留守老人关爱服务。\n(二) 认真做好农村留守妇女关心关爱。\n"
        "（三）积极做好困境儿童关爱保护。\n（四）严格落实残疾人两项补贴制度。\n（五）全面落实社会救助政策。",
        "（一）、加强组织领导。\n（二）、强化队伍建设。",
        "工作要求：(1)加强领导；（2）强化保障；（3）严格考核。",
        "（一)加强组织领导。\n（二）强化队伍建设。\n（三）狠抓工作落实。",
        "（一）.加强组织领导。\n（二）强化队伍建设。",
    ],
}

NEGATIVE = {
    "SEQ001": [
        # a 收入支出预算总表 copied from a web page one cell a line: each column numbers its rows
        "收 入\n|\n支 出\n|\n一、公共预算拨款\n|\n404.77\n|\n一、基本支出\n|\n319.08\n|\n二、政府性基金拨款\n|\n|\n二、项目支出\n|\n85.69\n|",
        # a 医保局 page that prints its summary and then its body: the same heading said twice
        "一、基本医疗保险(一)参保人员情况截至2020年上半年,全市基本医疗保险参保人数3792077人。\n\n  一、基本医疗保险\n(一)参保人员情况",
        # a 一、 heading over a list that runs on from a second 一、 to 二、 (a 镇 财政 report): a part of its own
        "一、2020年公共财政决算执行情况\n2020年是全面建成小康社会的收官之年。\n一、2020年财政预算收入情况\n（一）一般公共预算收入4619.84万元\n二、2020年本级财政支出情况",
        # each heading restarts the lists below it
        "（一）做好老人关爱。一是建立台账；二是定期探访。\n（二）做好儿童关爱。一是摸排底数；二是落实保障。",
        "一是健全服务体系。1.加强组织领导。2.强化队伍建设。二是保障合法权益。1.强制报告。2.监护干预。",
        "**一是**加强组织领导。**二**是强化队伍建设。**三是**狠抓工作落实。",
        "三、存在的问题\n\n一是人手不足；二是经费紧张。\n\n四、下一步工作打算\n\n一是充实队伍；二是争取资金。",
        "干部要坚持原则，做到一是一、二是二，实事求是。",
        "唯一是从的态度不可取。一是加强学习；二是改进作风。",
        # a township's summary: a list of two firms within 一是, after a colon; the outer list goes on
        "一是工业化成果更加丰硕。正在洽谈的规模企业有2家：一是利捷制药厂，预计投资3亿元；二是中加轮胎处理厂，预计投资4亿元。"
        "全镇共完成国税3095万元。二是农业产业化初具规模。三是服务业稳步发展。",
        # Markdown numbers every item "1."
        "保障措施\n1. 加强组织领导。\n1. 强化督促检查。\n1. 严格考核问责。",
        # a 民政 summary on a document-sharing site, as published: the site's page number 2、 inside a sentence
        "1.做好特困人员供养工作。截止5月底，XX区城市特困人员65人，被认定为具备生活自理能力的城市特困\n"
        "2、人员59人。累计救助306人次。2.社会救助水平稳步提高。3.逐步完善医疗救助工作。",
        # a township summary on such a site (held out): its page number 3、 after the body's 3., the body's 4. next
        "2.金融扶贫方面 已发放小额信贷80户，其中76户已按时还款。3.产业扶贫方面 2023年已发放产业奖补资金36万元。目前户贷户\n"
        "3、用还有4户14.5万未还款。 4.雨露计划方面 依据上级安排开展摸排工作。",
        # a 部门预算 as published (an excerpt from its 二、): the second part numbers its headings afresh
        "二、部门基本情况\n第二部分 2022年部门预算情况说明\n一、2022年部门预算收支情况说明\n二、收入预算情况说明",
    ],
    "SEQ002": [
        # a marker before a figure is still the missing one, though read as a number (a page of an 教育 bulletin)
        "1、全省义务教育中小学5734所,较上年减少184所。\n\n2、2%。专任教师17.19万人,比上年增加0.18万人。\n\n3、初中专任教师12.05万人。",
        "根据方案要求，二是强化保障；三是严格考核。",
        "一是保障水平稳步提升。实现了无病早预防、早治疗二是儿童福利深化拓展。三是残疾人福利不断提升。",
        "一、基本情况\n\n二、主要做法\n\n一、二线城市的经验值得借鉴。\n\n三、下一步工作打算",
        "一是健全体系。1.加强领导。2.强化队伍。3.落实监护。二是保障权益。1.强制报告。2.监护干预。",
        "（一）加强领导。\n（二）强化保障。\n（三）狠抓落实。\n（四）严格考核。",
        "（一）加强领导。\n（二）强化保障。\n三）狠抓落实。\n（四）严格考核。",
        "一是加强领导；二是强化保障。按照《实施方案》要求：九是做好宣传。",
        # text taken from PDF: a space inside 二 是, and 二是不断… is a marker, not a negation
        "一是加强组织领导；二 是强化队伍建设；三是狠抓工作落实。",
        "一是加强组织领导；二是不断完善制度；三是严格考核问责。",
        "保障措施\n1.加强组织领导。\n2. 强化督促检查。\n3.严格考核问责。",
        # a 工会 summary, as published: an item that opens with a year after 、
        "1、入户走访系统数据库困难职工4户。\n2、困难职工解困脱困三户。\n3、2022年元旦春节摸底审核申报困难职工40户。\n4、入户走访审核申报困境儿童10户。",
        # a hard-wrapped line (text taken from PDF) that starts with 一， is no heading
        "一、基本情况\n\n二、主要做法\n\n全市儿童福利工作在全省民政系统年度目标责任考核中连续三年排名第\n一，得到省厅通报表扬。\n\n三、存在的问题",
        # a glued 一是 inside a list does not restart it
        "一是加强领导；二是强化保障；三是做好宣传，坚持统筹推进这一是关键。四是严格考核问责。",
        "一是加强领导；二是强化保障；三是原因有二，其一是经费不足，其二是人手短缺。四是严格考核。",
    ],
    "SEQ003": [
        "（一般情况下，由镇村干部每月走访探视一次。）",
        "( )同意    ( )不同意",
        "（一）加强组织领导。\n（二）强化队伍建设。\n（三）是建设未成年人保护工作站。",
        "（一）加强组织领导。\n（二）强化队伍建设。\n（一般情况下每月走访一次。）",
        "请在表格()内填写户数，并于月底前报送。",
        # a list written 一）二）三） throughout is a style of its own
        "一）加强组织领导。\n二）强化队伍建设。\n三）狠抓工作落实。",
    ],
    "SEQ004": [
        "（一）加强组织领导。\n（二）强化队伍建设。\n（三）狠抓工作落实。",
        "(一)统筹协调抓落实。\n(二)完善阵地搭平台。\n(三)兜底保障强基础。",
        "一、基本情况\n二、主要做法\n三、存在问题",
        "工作要求：（1）加强领导；（2）强化保障；（3）严格考核。",
        "1、加强组织领导。\n2、强化队伍建设。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(POSITIVE, NEGATIVE))
def test_sentence(code, text, fires):
    assert (code in codes(text, select=[code])) == fires


def test_duplicate_says_what_was_expected_and_where_the_list_started():
    text = "（二）认真做好妇女关爱。一是注册品牌；建立\n\n培训基地。二是加大宣传力度。二是持续开展救助。"
    [finding] = findings(text, select=["SEQ001"], lang="en")
    assert finding.message.startswith("二是 repeats the previous marker; expected 三是 (list started at line 1)")
    assert (finding.line, finding.column) == (3, text.splitlines()[2].rindex("二是") + 1)
    assert finding.related[0].line == 3


def test_gap_names_the_missing_marker():
    [finding] = findings("一是加强领导；二是强化保障；五是严格考核。", select=["SEQ002"], lang="en")
    assert "三是、四是 is missing" in finding.message


def test_empty_marker_points_at_it_and_names_the_expected_one():
    [finding] = findings("（一）是调整领导小组。\n\n（二）是建立督导员制度。\n\n()是建设工作站。", select=["SEQ003"], lang="en")
    assert (finding.line, finding.column) == (5, 1)
    assert "expected (三)" in finding.message


def test_after_a_duplicate_the_intended_next_marker_is_no_gap():
    # 一 二 二 四: the second 二 was meant as 三, so 四 follows it without a second finding
    assert codes("一是甲项工作；二是乙项工作；二是丙项工作；四是丁项工作。", select=["SEQ"]) == ["SEQ001"]
    assert codes("一是甲项工作；一是乙项工作；三是丙项工作。", select=["SEQ"]) == ["SEQ001"]


def test_mixed_brackets_are_reported_once_on_the_minority_style():
    text = "(一)加强领导。\n(二)强化保障。\n（三）狠抓落实。\n（四）严格考核。\n（五）做好宣传。"
    [finding] = findings(text, select=["SEQ004"], lang="en")
    assert (finding.line, finding.column) == (1, 1)
    assert "(一)、(二)" in finding.message and "（三）" in finding.message
    assert str(finding.severity) == "info"


def test_a_digit_python_cannot_read_is_no_marker_and_no_crash():
    # U+10D41 GARAY DIGIT ONE: a digit to regex's \d (Unicode 16), not to int() (Python's Unicode 14)
    assert codes("\n\U00010d41. 加强领导。\n(\U00010d41)强化保障。\n(\U00010d42)狠抓落实。", select=["SEQ"]) == []


def test_a_marker_that_labels_a_row_of_cells_is_not_in_the_texts_list():
    # a table saved from a web page: "一、食品烟酒 | 0.1 |" under the section 一、综合
    text = "一、综合\n全年居民消费价格上涨0.1%。\n指 标 | 增 幅 |\n居民消费价格 | 0.1 |\n一、食品烟酒 | 0.1 |\n二、衣着 | -0.4 |\n二、农业\n农业生产发展良好。\n"
    assert "SEQ001" not in codes(text)
