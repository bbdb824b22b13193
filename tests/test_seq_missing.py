"""SEQ widened: 第一，第二， lists, a 二是 with no 一是 in its paragraph, a heading whose 一、 was lost
(corpus 029: ``、踏实工作，保质保量完成任务`` above （一）（二）（三）), and headings such as
六、一般公共预算… (a numeral after the 、 that is smaller than the heading's) read as headings
(ecosystem 103). Sentences from or written like published 公文."""

import pytest

from helpers import codes, findings, sentence_cases

POSITIVE = {
    "SEQ001": [
        "第一，加强组织领导；第二，强化资金保障；第二，狠抓工作落实。",
        "我们主要做了以下工作：第一，摸清底数。第二，建立台账。第二，定期走访。",
        "保障措施\n1. 加强组织领导。\n2. 强化督促检查。\n2. 严格考核问责。",
        "第一、健全工作机制；第二、落实兜底保障；第三、强化宣传引导；第三、严格考核问责。",
    ],
    "SEQ002": [
        "主要做法：二是强化资金保障；三是狠抓工作落实。",
        "我局高度重视，迅速部署。二是加大排查力度，做到应保尽保；三是强化动态管理。",
        "全县扎实推进困境儿童保障工作，加强组织领导。二是建立工作台账；三是落实分类保障。",
        "第一，加强组织领导；第三，狠抓工作落实。",
        "（一）扎实开展社会救助工作。\n（三）重视民生工程建设。",
        "一、基本情况\n\n二、主要做法\n\n四、下一步打算",
        "下一步，我们将重点做好以下工作：二是完善兜底保障制度，三是提升基层服务能力。",
    ],
    "SEQ003": [
        # corpus 029
        "四铺镇民政办切实履行社会事务管理职能。\n\n、踏实工作，保质保量完成任务\n\n（一）扎实开展社会救助工作，保障困难群众生活\n\n"
        "一是低保工作：严格按照程序办理。\n\n（二）落实残疾人各项政策，保障残疾人权益",
        "一、基本情况\n\n全县共有困境儿童1280名。\n\n、主要做法\n\n全县建立了工作台账。\n\n三、存在问题\n\n基层力量薄弱。",
        "、存在的问题\n\n基层力量薄弱。\n\n二、下一步工作打算\n\n充实工作力量。",
    ],
}

NEGATIVE = {
    "SEQ001": [
        "第一，加强组织领导；第二，强化资金保障；第三，狠抓工作落实。",
        # a rank, not a marker
        "我县连续三年位居全市第一，养老服务满意度全省第二，第二，工作仍有差距。",
        "第一、第二批试点县已完成验收。第二，要抓好第三批试点。",
        # ecosystem 103: (一) under a new heading 七、 (after 六、一般公共预算…)
        "(二)按支出结构分类划分。\n1. 基本支出预算881300.39元。\n2. 项目支出29700元。\n六、一般公共预算基本支出情况说明\n"
        "2023年本年一般公共预算基本支出911000.39元。\n七、一般公共预算“三公”经费情况说明\n(一)2023年单位预算全口径安排的“三公”经费预算情况。",
    ],
    "SEQ002": [
        "一是加强组织领导；二是强化资金保障；三是狠抓工作落实。",
        "根据方案要求，二是强化保障；三是严格考核。",
        "首先，加强组织领导；二是强化资金保障；三是狠抓工作落实。",
        "一方面加强组织领导，二是强化资金保障。",
        "其一，经费不足；二是人手短缺。",
        "初二是关键时期，学校要做好心理辅导。",
        "按照《实施意见》第二条规定：二是落实分类保障。",
        "第一，加强组织领导；第二，强化资金保障；第三，狠抓工作落实。",
        "一是加强组织领导，建立工作机制。\n\n二是强化资金保障，落实补助资金。",
        "六、一般公共预算基本支出情况说明\n\n七、一般公共预算“三公”经费情况说明",
    ],
    "SEQ003": [
        # a hard-wrapped line that starts with 、 is the rest of a sentence
        "全县共为困境儿童、孤儿、事实无人抚养儿童、残疾儿童、留守儿童\n、流动儿童建立了工作台账，实现动态管理。",
        "、踏实工作，保质保量完成任务。全镇干部职工认真履职，各项工作有序推进，取得了明显成效。",
        "全县共有困境儿童1280名。\n\n、\n\n全县建立了工作台账。",
        "一、基本情况\n\n二、主要做法\n\n三、存在问题",
        "（一）加强领导。\n（二）强化保障。\n（三）狠抓落实。",
        "注：、表示并列关系。",
        "、踏实工作，保质保量完成任务",
        "一、基本情况\n\n、主要做法\n\n四、存在问题",
        "请按以下格式填写：、姓名、性别、年龄",
        "一、基本情况\n\n全县共有困境儿童1280名。\n\n二、主要做法\n\n全县建立了工作台账。",
    ],
}


@pytest.mark.parametrize("code,text,fires", sentence_cases(POSITIVE, NEGATIVE))
def test_sentence(code, text, fires):
    assert (code in codes(text, select=["SEQ"])) is fires, text


def test_lost_heading_names_the_marker():
    text = "一、基本情况\n\n全县共有困境儿童1280名。\n\n、主要做法\n\n全县建立了工作台账。\n\n三、存在问题\n\n基层力量薄弱。"
    (f,) = findings(text, select=["SEQ003"])
    assert "expected 二、" in f.message and f.line == 5


def test_second_without_first_is_named():
    (f,) = findings("主要做法：二是强化资金保障；三是狠抓工作落实。", select=["SEQ002"])
    assert "二是 has no 一是" in f.message


def test_ordinal_duplicate_names_the_next():
    (f,) = findings("第一，加强组织领导；第二，强化资金保障；第二，狠抓工作落实。", select=["SEQ001"])
    assert "expected 第三" in f.message
