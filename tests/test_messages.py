"""Messages in Chinese and English: every converted kind of message in both languages, on real
sentences; the language chosen by --lang, the configuration and the environment; the reports'
headings; the README's rule table generated from the registry."""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from auditor.config import Config
from auditor.engine import lint_text
from auditor.messages import Message, kinds, lang_from_environment, parse_lang, rule_doc, rule_summary, text
from auditor.registry import all_rules, get_rule
from auditor.text import Document

from helpers import only_finding, run_cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "000_b6047088c5d7eb81.txt"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"

REPLY = "邓文娟、吴倩委员：\n您提出的市政协九届一次会议第103号提案收悉，现答复如下。\n"

# (rule, kind of message, sentence, Chinese message, English message): every converted kind, with
# the sentences of real replies and reports it is written for (the samples, the corpus).
CASES = [
    ("NUM001", "PartOverTotal", "全区现有孤儿 120 人，其中集中供养 130 人。",
     "分项 130 大于合计 120，多出 10；分项不能大于合计",
     "part 130 > stated total 120 (by 10); a part cannot be more than its total"),
    ("NUM001", "PartsOverTotal", "全区现有未成年人 1964 人，其中：留守儿童 1705 人，困境儿童 428 人。",
     "各分项之和 2133 大于合计 1964，多出 169（1705+428 = 2133）；各分项之和不能大于合计",
     "parts 1705+428 = 2133 ≠ stated total 1964 (off by 169); the parts of a total cannot add up to more than it"),
    # a 政府信息公开年报 (as published): the 万 of the total is a slip
    ("NUM001", "UnitSlip", "2022年,政府网站主动公开政府信息173769万条。市政府及其部门主动公开政府信息75656条,县(区)政府及其部门主动公开政府信息98113条。",
     "75656条+98113条 = 173769条，与 173769万条 的数字相同，单位却相差 10000 倍：合计或分项的单位写错了",
     "75656条+98113条 = 173769条: the digits of 173769万条, in a unit 10000 times apart; the unit of the total or of its parts is wrong"),
    # a county 教育 report (as published): 1000元 of three parts in 万元 is 1000万元
    ("NUM001", "PartUnitSlip", "县财政用于教育投入 3298 万元，包括义务教育配套费 889 万元、校舍维修改造专项资金 1000 元、两项附加 1409 万元。",
     "1000元 疑为 1000万元：按 1000万元 计，889万元+1000万元+1409万元 恰好等于合计 3298万元；照写的 1000元 相加只得 2298.1万元",
     "1000元 looks like a slip for 1000万元: with 1000万元, 889万元+1000万元+1409万元 is exactly the total 3298万元; "
     "as written they add up to 2298.1万元"),
    ("NUM001", "PartsShortOfTotal", "全市共有低保对象 5000 人，分别为城市 2000 人、农村 2900 人。",
     "各分项之和 4900 与合计 5000 不符，相差 100（2000+2900 = 4900）；“分别为”列出的是全部分项，各分项之和应等于合计",
     "parts 2000+2900 = 4900 ≠ stated total 5000 (off by 100); 分别为 lists every part, so the parts must add up to the total"),
    ("NUM001", "PartsShortOfTotal", "全市共有低保对象 5000 人，其中城市 2000 人，农村 2900 人。",
     "各分项之和 4900 与合计 5000 不符，相差 100（2000+2900 = 4900）；城市/农村合起来即为全部，各分项之和应等于合计",
     "parts 2000+2900 = 4900 ≠ stated total 5000 (off by 100); the parts 城市/农村 make up the whole, so the parts must add up to the total"),
    ("NUM001", "PartsShortOfTotal",
     "2018 年以来，共计为 96143 名妇女进行了免费检查（其中 2018 年 44052 人，2019 年 36680 人，2020 年 10017 人，"
     "2021 年 3001 人，2022 年 2124 人）。\n凉州区民政局 2023年3月17日",
     "各分项之和 95874 与合计 96143 不符，相差 269（44052+36680+10017+3001+2124 = 95874）；"
     "2018—2022 年逐年列出，覆盖“2018 年以来”整个时段，各分项之和应等于合计",
     "parts 44052+36680+10017+3001+2124 = 95874 ≠ stated total 96143 (off by 269); "
     "the years 2018–2022 cover the period 2018 年以来, so the parts must add up to the total"),
    ("NUM001", "PartsShortOfTotal", "发放城市低保金 360.26 万元、农村低保金 426.12 万元，合计 786.5 万元。",
     "各分项之和 786.38万元 与合计 786.5万元 不符，相差 0.12万元（360.26万元+426.12万元 = 786.38万元；按所写位数允许误差 ±0.06万）；"
     "“合计”即所列各项之和，各分项之和应等于合计",
     "parts 360.26万元+426.12万元 = 786.38万元 ≠ stated total 786.5万元 (off by 0.12万元; tolerance ±0.06万 from the stated digits); "
     "合计 closes the list, so the parts must add up to the total"),
    ("NUM004", "RespectivelyArity", "集中供养儿童、社会散居孤儿、事实无人抚养儿童、感染艾滋病儿童保障标准分别达到 1600 元/月、1200 元/月。",
     "“分别”前列了 4 项（集中供养儿童、社会散居孤儿、事实无人抚养儿童、感染艾滋病儿童保障标准），后面却有 2 个数值（1600元/月、1200元/月），无法一一对应",
     "分别 pairs 4 subjects (集中供养儿童、社会散居孤儿、事实无人抚养儿童、感染艾滋病儿童保障标准) with 2 values (1600元/月、1200元/月): "
     "each subject needs its own value"),
    ("NUM005", "FractionalCount", "发放棉衣棉被等各类取暖物资6.67件(套)。",
     "6.67件：以“件”计的数量不能有小数，应为整数（如指万件，应写作 6.67万件）",
     "6.67件: a count of 件 cannot be fractional; expected a whole number (or 6.67万件 if ten-thousands were meant)"),
    ("NUM006", "ApproxAfterPrecise", "全年印发 11 余件关于未成年人保护工作文件。",
     "11 余件：11 不是整十、整百的数，其后不宜加“余”；如为确数，应写作 11件；如为约数，可写作 10余件",
     "11 余件: 余 ('more than') after 11, which is not a round number; expected 11件 if exact, or 10余件"),
    ("NUM006", "ApproxAfterPrecise", "全年印发 7 余件文件。",
     "7 余件：7 不是整十、整百的数，其后不宜加“余”；如为确数，应写作 7件",
     "7 余件: 余 ('more than') after 7, which is not a round number; expected 7件 if exact"),
    ("NUM006", "ApproxBeforeMultiplier", "共计捐赠15余万元助力困难群体。",
     "15余万元：15 不是整十、整百的数，“余”不宜放在“万”“亿”之前；应写作 15万余元（即比 15万元 略多）",
     "15余万元: 余 after 15, which is not round, blurs a digit the figure states; write 15万余元 (a little over 15万元)"),
    ("PUN001", "NeverClosed", "根据《未成年人保护法的规定，加强监护。",
     "本段中的 《 没有配对的 》", "opening 《 is never closed by 》 in this paragraph"),
    ("PUN001", "NeverOpened", "详见附件2）。",
     "本段中的 ） 前面没有配对的 （", "closing ） has no opening （ in this paragraph"),
    ("PUN001", "QuoteWrongWay", "着眼“一老一小“等特殊群体生活需求。",
     "此处的 “ 方向打反了，应为 ”", "“ is typed the wrong way round: ” is meant here"),
    ("PUN001", "QuoteMismatch", "要落实“一户一策’要求。",
     "’ 与前面的 “ 不配对，此处应为 ”", "’ closes “: ” is meant here"),
    ("PUN001", "CrossedPair", "落实《办法（试行》）要求。",
     "》） 交叉嵌套，应为 ）》", "》） cross: ）》 is meant here"),
    ("WRD001", "JiezhiBeforeTime", "截止 6 月底，全市摸排录入流动儿童 13269 人。",
     "“截止 6 月底”中的“截止”应为“截至”：“截至”用在时间之前，表示到某时为止；“截止”表示停止，用在时间之后（于…截止）",
     "截止 before a time point (截止 6 月底): write 截至 (up to); 截止 means to close and follows the time (于…截止)"),
    ("WRD002", "WrongTitle", REPLY + "感谢代表一如既往对民政工作的支持与关注。",
     "“感谢代表”的称谓应为“委员”：本件主送“邓文娟、吴倩委员”，政协提案的答复应称“委员”",
     "感谢代表: expected 委员, as the reply is addressed (line 1: 邓文娟、吴倩委员：); a 政协提案 is answered to its 委员"),
]
RELATED = {"NUM001": ("分项所在位置", "the breakdown"), "WRD002": ("主送称谓为“委员”", "addressed to 委员"),
           "PartUnitSlip": ("合计所在位置", "the total")}  # by rule, or by kind where a kind differs


@pytest.mark.parametrize("code, kind, sentence, zh, en", CASES, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_each_kind_of_message_in_both_languages(code, kind, sentence, zh, en):
    hits = [h for h in get_rule(code).check(Document(sentence)) if hasattr(h, "message")]
    assert [type(h.message).__name__ for h in hits] == [kind]  # the rule yields the typed message
    assert only_finding(sentence, code, "zh").message == zh
    assert only_finding(sentence, code, "en").message == en
    related = RELATED.get(kind) or RELATED.get(code)
    if related:
        assert [r.message for r in only_finding(sentence, code, "zh").related] == [related[0]]
        assert [r.message for r in only_finding(sentence, code, "en").related] == [related[1]]


def _more_cases():
    """The kinds of messages, of clauses and of relations' arithmetic that the other test_messages_*.py
    files show (CASES, CLAUSES, RELATIONS, and BESIDE: kinds that only come beside another finding)."""
    import importlib

    cases, clauses = [], set()
    for path in sorted(Path(__file__).parent.glob("test_messages_*.py")):
        module = importlib.import_module(path.stem)
        cases += getattr(module, "CASES", [])
        clauses |= set(getattr(module, "CLAUSES", ())) | set(getattr(module, "RELATIONS", ()))
        clauses |= {kind for _, kind, _ in getattr(module, "BESIDE", ())}
    return cases, clauses


def test_every_kind_of_the_converted_rules_is_covered_and_has_chinese():
    all_rules()  # imports the rule modules, which declare their kinds
    converted = {name.rsplit(".", 1)[1] for name, cls in kinds().items() if cls.__module__.startswith("auditor.rules.")}
    clauses = {"CueListsEveryPart", "AddedUpTo", "LabelsMakeTheWhole", "PeopleMakeTheWhole", "YearsCoverPeriod", "AgesCoverAll", "SharesMakeTheWhole", "TotalClosesList", "TheBreakdown", "OrRounded",
               "AddressedTo", "TheTotal", "ShareOfTheParent"}  # clauses, and the messages of related locations
    more_cases, more_clauses = _more_cases()
    assert converted - clauses - more_clauses <= {case[1] for case in CASES + more_cases}
    for cls in kinds().values():
        assert re.search(r"[\u4e00-\u9fff]", cls.zh), f"{cls.__name__} has no Chinese in its zh template"


def test_templates_name_only_declared_fields():
    with pytest.raises(TypeError, match="count"):
        class Broken(Message):  # noqa: F841
            total: int
            zh = "合计 {count}"
            en = "total {total}"
    with pytest.raises(TypeError, match="en template"):
        class Half(Message):  # noqa: F841
            zh = "只有中文"


def test_a_message_not_converted_yet_is_shown_as_it_is_in_both_languages(monkeypatch):
    from auditor import registry
    from auditor.findings import Severity
    from auditor.registry import Hit, Rule

    assert text("parts 1+2 = 3 ≠ 4", "zh") == text("parts 1+2 = 3 ≠ 4", "en") == "parts 1+2 = 3 ≠ 4"

    def english_only(doc):  # a rule that still yields an English f-string: both runs show it unchanged
        at = doc.plain.index("52")
        yield Hit(at, at + 2, f"孤儿: {doc.plain[at : at + 2]} here")

    all_rules()
    monkeypatch.setitem(registry._RULES, "XYZ901", Rule("XYZ901", "english-only", Severity.WARNING, english_only))
    for lang in ("zh", "en"):
        found = lint_text("全县有孤儿 54 人。截至目前，全县共有孤儿 52 人。", config=Config(select=("XYZ901",), lang=lang))
        assert [f.message for f in found] == ["孤儿: 52 here"]


@pytest.mark.parametrize("value, lang", [("zh", "zh"), ("zh_CN", "zh"), ("zh-Hans", "zh"), ("中文", "zh"),
                                         ("en", "en"), ("en_US", "en"), ("English", "en")])
def test_language_names(value, lang):
    assert parse_lang(value) == lang


def test_an_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="zh or en"):
        parse_lang("fr")
    run = run_cli("check", "--lang", "fr", str(SAMPLE), cwd=ROOT)
    assert run.returncode == 2 and "zh or en" in run.stderr


@pytest.mark.parametrize("environ, lang", [
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "C.UTF-8"}, None),
    ({"LANG": "POSIX"}, None),
    ({"LANG": "fr_FR.UTF-8"}, None),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),  # LC_ALL first, as POSIX says
    ({"LC_ALL": "", "LC_MESSAGES": "en_GB", "LANG": "zh_CN.UTF-8"}, "en"),
    ({}, None),
])
def test_the_locale_of_the_environment(environ, lang):
    found = lang_from_environment(environ)
    assert (found[0] if found else None) == lang


def _summary(run):
    return run.stdout.strip().splitlines()[-1]


def test_check_is_chinese_by_default_and_english_on_request(tmp_path):
    zh = run_cli("check", "--no-cache", str(SAMPLE), cwd=tmp_path)
    assert "NUM001 [error] 各分项之和 95874 与合计 96143 不符，相差 269" in zh.stdout
    assert "相关：" in zh.stdout and _summary(zh).startswith("检查 1 个文件，发现 ")
    en = run_cli("check", "--no-cache", "--lang", "en", str(SAMPLE), cwd=tmp_path)
    assert "NUM001 [error] parts 44052+36680+10017+3001+2124 = 95874 ≠ stated total 96143 (off by 269)" in en.stdout
    assert "related: " in en.stdout and _summary(en).startswith("Found ")
    assert zh.returncode == en.returncode == 1


def test_the_language_from_the_configuration_the_environment_and_the_command_line(tmp_path):
    (tmp_path / "a.txt").write_text("截止 6 月底，全市摸排录入流动儿童 13269 人。\n", encoding="utf-8")
    english_shell = {"LANG": "en_US.UTF-8"}
    assert "write 截至" in run_cli("check", "a.txt", cwd=tmp_path, env=english_shell).stdout
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nlang = "zh"\n', encoding="utf-8")
    assert "应为“截至”" in run_cli("check", "a.txt", cwd=tmp_path, env=english_shell).stdout  # the file wins over the shell
    assert "write 截至" in run_cli("check", "--lang", "en", "a.txt", cwd=tmp_path).stdout  # the command line over the file
    config = run_cli("config", "a.txt", cwd=tmp_path, env=english_shell).stdout
    assert 'lang = "zh"  # ' in config and "pyproject.toml" in config
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nlang = "klingon"\n', encoding="utf-8")
    bad = run_cli("check", "a.txt", cwd=tmp_path)
    assert bad.returncode == 2 and "'lang'" in bad.stderr
    (tmp_path / "pyproject.toml").unlink()
    assert "environment (LANG=en_US.UTF-8)" in run_cli("config", "a.txt", cwd=tmp_path, env=english_shell).stdout
    (tmp_path / "setup.cfg").write_text("[auditor]\nlang = en\n", encoding="utf-8")
    assert "write 截至" in run_cli("check", "a.txt", cwd=tmp_path).stdout


def test_the_cache_keeps_each_language_apart(tmp_path):
    (tmp_path / "a.txt").write_text("截止 6 月底，全市摸排录入流动儿童 13269 人。\n", encoding="utf-8")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    assert "应为“截至”" in run_cli("check", *cache, "a.txt", cwd=tmp_path).stdout
    assert "write 截至" in run_cli("check", *cache, "--lang", "en", "a.txt", cwd=tmp_path).stdout
    assert "应为“截至”" in run_cli("check", *cache, "a.txt", cwd=tmp_path).stdout


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sarif_carries_the_message_in_the_language_and_validates(tmp_path, lang):
    run = run_cli("check", "--no-cache", "--format", "sarif", "--lang", lang, str(SAMPLE), cwd=tmp_path)
    document = json.loads(run.stdout)
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(document)
    sarif_run = document["runs"][0]
    assert sarif_run["language"] == {"zh": "zh-CN", "en": "en-US"}[lang]
    num001 = next(r for r in sarif_run["results"] if r["ruleId"] == "NUM001")
    rule = next(r for r in sarif_run["tool"]["driver"]["rules"] if r["id"] == "NUM001")
    if lang == "zh":
        assert num001["message"]["text"].startswith("各分项之和 95874 与合计 96143 不符，相差 269")
        assert rule["shortDescription"]["text"] == "各分项之和与所述合计不符。" and "错误示例：" in rule["fullDescription"]["text"]
    else:
        assert num001["message"]["text"].startswith("parts 44052+36680")
        assert rule["shortDescription"]["text"] == "A stated total whose breakdown does not add up."


@pytest.mark.parametrize("lang, said", [("zh", "各分项之和 95874 与合计 96143 不符"), ("en", "≠ stated total 96143")])
def test_junit_carries_the_message_in_the_language(tmp_path, lang, said):
    run = run_cli("check", "--no-cache", "--format", "junit", "--lang", lang, str(SAMPLE), cwd=tmp_path)
    root = ET.fromstring(run.stdout.split("\n", 1)[1])
    messages = [failure.get("message") for failure in root.iter("failure")]
    assert any(m.startswith("NUM001 ") and said in m for m in messages)


def test_report_headings_in_both_languages(tmp_path):
    def out(fmt, lang):
        return run_cli("check", "--no-cache", "--format", fmt, "--lang", lang, str(SAMPLE), cwd=tmp_path).stdout

    assert out("markdown", "zh").startswith("## auditor 审校报告\n") and "| 规则 | 名称 | 问题数 |" in out("markdown", "zh")
    assert out("markdown", "en").startswith("## auditor report\n") and "| rule | name | findings |" in out("markdown", "en")
    assert "🔴 错误" in out("markdown", "zh") and "🔴 error" in out("markdown", "en")
    zh_page, en_page = out("html", "zh"), out("html", "en")
    assert '<html lang="zh">' in zh_page and "<title>auditor 审校报告</title>" in zh_page and "<th>读取数字</th>" in zh_page
    assert '<html lang="en">' in en_page and "<title>auditor report</title>" in en_page and "<th>figures read</th>" in en_page
    assert out("concise", "zh").splitlines()[-1].startswith("检查 1 个文件，发现 ")
    assert out("concise", "en").splitlines()[-1].startswith("Found ")


def test_explain_and_rules_in_both_languages(tmp_path):
    zh = run_cli("explain", "NUM001", cwd=tmp_path).stdout
    assert zh.startswith("NUM001 breakdown-sum（默认级别：error）") and "各分项之和与所述合计不符。" in zh and "错误示例：" in zh
    en = run_cli("explain", "NUM001", "--lang", "en", cwd=tmp_path).stdout
    assert en.startswith("NUM001 breakdown-sum (default severity: error)") and "A stated total whose breakdown" in en
    assert "Incorrect:" in en and "2018 年以来，共计为 96143 名妇女" in en  # the docstring's examples, in both
    listed = run_cli("rules", cwd=tmp_path).stdout
    assert "NUM001  breakdown-sum" in listed and "各分项之和与所述合计不符。" in listed
    assert "A stated total whose breakdown does not add up." in run_cli("rules", "--lang", "en", cwd=tmp_path).stdout
    unknown = run_cli("explain", "XYZ999", cwd=tmp_path)
    assert unknown.returncode == 2 and "没有规则 'XYZ999'" in unknown.stderr


def test_converted_rules_have_chinese_and_english_documentation():
    for code in ("NUM001", "NUM004", "NUM005", "NUM006", "PUN001", "WRD001", "WRD002"):
        rule = get_rule(code)
        assert re.search(r"[\u4e00-\u9fff]{4}", rule_summary(rule, "zh")) and "为什么重要：" in rule_doc(rule, "zh")
        english = rule_summary(rule, "en")
        assert len(re.findall(r"[A-Za-z]+", english)) >= 4, english
        assert rule.examples()["Incorrect"] and rule.examples()["Correct"]  # still run by test_rule_examples


def test_the_readme_rule_table_is_generated_from_the_registry(tmp_path):
    generated = run_cli("rules", "--markdown", cwd=tmp_path).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("<!-- rules-table:start -->\n", 1)[1].split("<!-- rules-table:end -->", 1)[0]
    assert shown == generated, "the README's rule table is stale: put the output of `auditor rules --markdown` between its markers"
    assert {line.split(" | ")[0].lstrip("| ") for line in generated.splitlines()[2:]} == {r.code for r in all_rules()}


def test_a_deferred_message_is_built_before_any_field_or_property_is_read():
    built = []

    class Bound(Message):  # noqa: F841 - declared for this test only
        left: str
        at_most: bool = False  # a default: found on the class until the message is built
        zh = "{left}{sign}（合计）"
        en = "{left}{sign} (total)"

        @property
        def sign(self) -> str:
            return " ≤ ?" if self.at_most else " ="

    def build(left):
        built.append(left)
        return left, True

    message = Bound.deferred(build, "a+b")
    assert built == []  # nothing worked out until it is read
    assert message.render("zh") == "a+b ≤ ?（合计）" and message.render("en") == "a+b ≤ ? (total)"
    assert Bound.deferred(build, "c").fields() == {"left": "c", "at_most": True}
    assert Bound.deferred(build, "d") == Bound("d", True) and "at_most=True" in repr(Bound.deferred(build, "e"))
    assert built == ["a+b", "c", "d", "e"]
