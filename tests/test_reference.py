"""CON004: a reply's opening answers another proposal (number or session) than its title names.
The replies below follow the layout of published ones (title, salutation, 您提出的…收悉 opening)."""

import pytest

from helpers import findings, sentence_cases

OPENING = "现答复如下：\n一、基本情况。我局高度重视，认真研究办理。\n"


def reply(title: str, salutation: str, opening: str) -> str:
    return f"{title}\n\n{salutation}\n{opening}{OPENING}"


FIRES = {
    "CON004": [
        reply("关于县政协十届五次会议第52号提案的答复", "张三委员：", "您在县政协十届五次会议上提出的《关于加强农村养老服务的提案》（第25号）收悉。"),
        reply("对共青城市三届人大二次会议第18号建议的答复", "李四代表：", "您在市三届人大三次会议上提出的《关于加快养老服务设施建设的建议》收悉。"),
        reply("对政协魏县第十届委员会第一次会议第25号提案的答复", "李中宇委员：", "您在县政协十届五次会议上提出的《关于建设高标准农田的提案》收悉。"),
        reply("关于市十六届人大三次会议第213号建议的答复", "王五代表：", "您提出的关于完善殡葬设施的建议（第231号）收悉。"),
        reply("大田县民政局关于县十八届人大一次会议第71号代表建议的答复", "陈六代表：", "您提出的第17号代表建议收悉。"),
        reply("对市五届人大三次会议第109号建议的答复", "赵七代表：", "您在市五届人大二次会议期间提出的关于敬老院改造的建议收悉。"),
        reply("关于州十三届人大三次会议第0019号建议的答复", "孙八代表：", "你在州十三届人大三次会议上提出的第0091号建议收悉。"),
        reply("关于对政协十届三次会议第52号提案的答复", "周九委员：", "您提出的第53号提案《关于规范农村公墓建设的提案》收悉。"),
        reply("关于县政协十一届四次会议第15号提案的答复", "吴十委员：", "你在政协金平县十一届三次会议提出的《关于促进城乡殡葬改革的建议》(第15号提案)收悉。"),
        reply("对市政协十一届一次会议第112号提案的答复", "郑一委员：", "您提出的《关于加强社区养老服务的提案》（第121号）收悉。"),
    ],
}

SILENT = {
    "CON004": [
        reply("关于县政协十届五次会议第010号提案的答复", "张三委员：", "您在县政协十届五次会议上提出的《关于加强农村养老服务的提案》（第10号）收悉。"),
        reply("对共青城市三届人大二次会议第18号建议的答复", "李四代表：", "您在市三届人大二次会议上提出的《关于加快养老服务设施建设的建议》收悉。"),
        reply("关于市十六届人大三次会议第213号建议的答复", "王五代表：", "您提出的关于完善殡葬设施的建议（第213号）收悉。"),
        reply("关于第18号、第25号建议的答复", "李四代表：", "您提出的第18号建议和第25号建议内容相近，现合并答复。"),  # a joint reply
        reply("关于市十六届人大三次会议第213号建议的答复", "王五代表：", "您提出的第213号建议与第45号建议内容相近，一并答复。"),
        reply("岳民字〔2018〕4号 市民政局对岳阳市八届人大二次会议第109号建议的答复", "刘代表：", "您提出的第109号建议收悉。"),
        reply("对政协临西县第十届委员会第一次会议第48号提案的答复", "马委员：", "您在县政协十届一次会议上提出的第48号提案收悉。"),
        reply("关于县第十八届人大第一次会议第122号建议答复的函", "杨代表：", "您在县第十八届人民代表大会第一次会议提出的《关于重建新建村卫生室的建议》第122号建议收悉。"),
        reply("关于加强养老服务的提案的答复", "钱委员：", "您提出的第36号提案收悉。"),  # no number in the title
        reply("关于市政协十四届二次会议第5号提案的答复", "市政协提案委员会：", "市政协十四届二次会议第5号提案收悉。"),
        "您提出的第36号提案收悉。现答复如下：我局将认真办理。",  # no title, no salutation
        # a 政府工作报告, as published: no reply; it names the sessions that set last year's targets
        "政府工作报告\n-2022年2月23日在珠海市斗门区第五届人民代表大会第二次会议上\n珠海市斗门区区长 韩云\n各位代表:\n"
        "我代表区人民政府，向大会作政府工作报告。顺利完成了区四届人大七次会议和区五届人大一次会议确定的目标任务。",
        # a report on the proposals of a term, given at the next term's first session (a 政协 report)
        "中国人民政治协商会议\n湖南省第十二届委员会常务委员会\n关于五年来提案工作情况的报告\n——在政协湖南省第十三届委员会第一次会议上\n"
        "各位委员：\n我代表政协湖南省第十二届委员会常务委员会，向大会报告五年来的提案工作。省政协十二届一次会议以来，共收到提案4000余件。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FIRES, SILENT))
def test_reply_answers_what_its_title_names(code, text, fires):
    assert any(f.rule == code for f in findings(text, [code])) == fires


def test_the_finding_names_both_and_points_at_the_title():
    text = FIRES["CON004"][0]
    (finding,) = findings(text, ["CON004"])
    assert "第25号" in finding.message and "第52号" in finding.message
    assert finding.line == 4 and [r.line for r in finding.related] == [1]
    (english,) = findings(text, ["CON004"], lang="en")
    assert english.message.startswith("the opening answers 第25号, the title 第52号")
