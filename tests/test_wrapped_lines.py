"""Hard-wrapped Chinese prose (web pages made from PDF, text copied out of them): the line break
inside a sentence is left out of ``plain``, so that clauses and figures split by it read as one."""

from auditor import lint_text
from auditor.config import Config
from auditor.text import Document

# A 决算说明 as a bulletin site publishes it, its lines wrapped at the page's width.
WRAPPED = (
    "(一)本单位2021年度总收入581.45万元,其中本年收\n"
    "入390.55万元,较2020年度决算数减少175.26万元,下降31%。\n"
    "1.一般公共预算财政拨款收入382.17万元,为市本级财政\n"
    "当年拨付的资金。较2020年度决算数减少157.86万元,下降\n"
    "29.2%,主要原因:一是军休人员自然减员减少下拨相应的\n"
    "离退休费、生活补助及其他经费;二是按要求压减了机构管理经费。\n"
    "(二)本单位2021年度总支出581.45万元,其中本年支\n"
    "出480.71万元,较2020年度决算数减少90.49万元,下降\n"
    "15.8%。\n"
)


def test_a_wrapped_sentence_reads_as_one_line_and_keeps_its_places():
    doc = Document(WRAPPED)
    assert "其中本年收入390.55万元" in doc.plain and "下降29.2%,主要原因" in doc.plain and "下降15.8%。" in doc.plain
    at = doc.plain.index("29.2%")
    assert doc.plain_position(at) == (5, 1)  # the figure is found where the reader sees it
    assert [q.text for q in doc.numbers if q.unit == "%"] == ["31", "29.2", "15.8"]


def test_changes_split_by_a_wrap_are_checked():
    found = lint_text(WRAPPED.replace("下降\n29.2%", "下降\n39.2%"), config=Config(select=("NUM007",)))
    assert [(f.rule, f.line) for f in found] == [("NUM007", 5)]
    assert lint_text(WRAPPED, config=Config(select=("NUM007",))) == []


def test_a_word_document_s_lines_are_its_paragraphs():
    assert Document(WRAPPED, "reply.docx").plain.count("\n") == WRAPPED.count("\n")


def test_lines_that_are_no_wrap_keep_their_breaks():
    kept = [
        # a title, then the salutation and the opening of a reply
        "绿春县民政局关于政协绿春县第十四届委员会第四次会议第57号提案的答复函\n尊敬的施艳梅委员:\n您提出的提案收悉。",
        "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知\n湘政办发〔2009〕24号\n",
        # a page's metadata, one field a line
        "索引号: 11410000 分  类: 建议提案办理总体情况\n发布机构: 鄄城县人民政府办公室 成文日期: 2026年01月27日\n",
        # table rows, and two figures at the end and start of lines
        "项目\t2022年决算数\t2023年决算数\t增减额\t增长%\t占比%\t备注说明\n行政运行\t120\t130\t10\t8.3\t2.5\n",
        "全县各乡镇上报的救助对象户数分别为120户、130户、140户、150\n160户、170户。",
        # a heading, then a paragraph far longer than any wrapped line
        "一、2023年上半年国民经济和社会发展计划执行情况\n2023年以来，区政府认真贯彻落实党中央、省委、省政府和市委、市政府决策部署，"
        "坚持稳中求进工作总基调，全区经济社会保持平稳健康发展，主要经济指标好于预期。",
        # a list item after a line that does not close
        "全年共开展各类专项救助帮扶活动和走访慰问困难群众工作\n二、加强社会救助体系建设。",
        "全年共开展各类专项救助帮扶活动和走访慰问困难群众工作\n、踏实工作，保质保量完成任务。",
    ]
    for text in kept:
        assert Document(text).plain.count("\n") == text.count("\n"), text
