"""NUM008 on a complete classification that states no whole: when the shares make 100%, the
classes' counts add up to their base, and each share must be its count over that sum (within the
rounding of the stated share, or one unit of its last digit). The silent texts are published
(tests/corpus/docs 131, 250, 296) or faithful to them; each firing one changes one count."""

import pytest

from helpers import codes, findings

CONSISTENT = [
    "办理结果为A类(已解决或采纳的)418件,占52.3%;B类(计划解决或准备采纳的)265件,占33.2%;C类(留作参考的)116件,占14.5%。",
    "经逐条分类分析,这些建议中,城建环保类48件,占比28.6%;社会事业类29件,占比17.3%;工业交通类21件,占比12.5%;农业农村类38件,占比22.6%;财贸商贸类15件,占比8.9%;综合类12件,占比7.1%;政治法律类5件,占比3%。",
    "从提案办理情况来看,所提问题已经解决或基本解决的有148件,占总数的25.2%;部分解决或列入计划逐步解决的有364件,占总数的61.9%;因政策、条件等限制目前尚不能解决的有66件,占总数的11.2%;留作参考的有10件,占总数的1.7%。",
    "办理结果为A类(已解决或采纳的)120件,占60%;B类(计划解决或准备采纳的)60件,占30%;C类(留作参考的)20件,占10%。",
    "从办理结果看,所提问题已经解决或基本解决的有56件,占43.1%;正在解决或列入计划解决的有61件,占46.9%;因条件限制暂时难以解决的有13件,占10%。",
    "经审查分类,经济建设方面的提案35件,占比35%;社会建设方面的提案40件,占比40%;文化建设方面的提案25件,占比25%。",
    "经逐条分类分析,这些建议中,城乡建设类64件,占比32%;教育卫生类58件,占比29%;农业农村类50件,占比25%;综合类28件,占比14%。",
    "办理结果为A类(已解决或采纳的)301件,占57.7%;B类(计划解决或准备采纳的)176件,占33.7%;C类(留作参考的)45件,占8.6%。",
    "从办理结果看,已经解决或基本解决的有9件,占45%;列入计划逐步解决的有8件,占40%;因政策限制暂时难以解决的有3件,占15%。",
    "经审查分类,乡村振兴方面的提案17件,占比17.3%;产业经济方面的提案23件,占比23.5%;城乡建设方面的提案31件,占比31.6%;民生保障方面的提案27件,占比27.6%。",
]

WRONG = [
    "办理结果为A类(已解决或采纳的)458件,占52.3%;B类(计划解决或准备采纳的)265件,占33.2%;C类(留作参考的)116件,占14.5%。",
    "经逐条分类分析,这些建议中,城建环保类48件,占比28.6%;社会事业类39件,占比17.3%;工业交通类21件,占比12.5%;农业农村类38件,占比22.6%;财贸商贸类15件,占比8.9%;综合类12件,占比7.1%;政治法律类5件,占比3%。",
    "从提案办理情况来看,所提问题已经解决或基本解决的有148件,占总数的25.2%;部分解决或列入计划逐步解决的有346件,占总数的61.9%;因政策、条件等限制目前尚不能解决的有66件,占总数的11.2%;留作参考的有10件,占总数的1.7%。",
    "办理结果为A类(已解决或采纳的)120件,占60%;B类(计划解决或准备采纳的)80件,占30%;C类(留作参考的)20件,占10%。",
    "从办理结果看,所提问题已经解决或基本解决的有65件,占43.1%;正在解决或列入计划解决的有61件,占46.9%;因条件限制暂时难以解决的有13件,占10%。",
    "经审查分类,经济建设方面的提案35件,占比35%;社会建设方面的提案50件,占比40%;文化建设方面的提案25件,占比25%。",
    "经逐条分类分析,这些建议中,城乡建设类64件,占比32%;教育卫生类58件,占比29%;农业农村类40件,占比25%;综合类28件,占比14%。",
    "办理结果为A类(已解决或采纳的)301件,占57.7%;B类(计划解决或准备采纳的)176件,占33.7%;C类(留作参考的)54件,占8.6%。",
    "从办理结果看,已经解决或基本解决的有9件,占45%;列入计划逐步解决的有6件,占40%;因政策限制暂时难以解决的有3件,占15%。",
    "经审查分类,乡村振兴方面的提案17件,占比17.3%;产业经济方面的提案32件,占比23.5%;城乡建设方面的提案31件,占比31.6%;民生保障方面的提案27件,占比27.6%。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_shares_of_the_classes_sum_that_fit_stay_silent(text):
    assert "NUM008" not in codes(text)


@pytest.mark.parametrize("text", WRONG)
def test_a_count_that_contradicts_its_share_of_the_classes_sum_is_found(text):
    assert "NUM008" in codes(text)


def test_a_stated_whole_that_the_shares_fit_is_their_base():
    # 立案 80: every share is of it (not of the 76 listed); the list is complete as classified.
    text = ("共收到提案85件,立案80件。经审查分类,经济建设方面的提案40件,占比50%;社会建设方面的提案24件,占比30%;"
            "文化建设方面的提案16件,占比20%。")
    assert "NUM008" not in codes(text)


def test_the_message_shows_the_base_and_both_shares():
    (found,) = [f for f in findings(WRONG[3], lang="en") if f.rule == "NUM008"]
    assert found.message == ("the classes' shares make 100%, so their base is the counts' sum 220件, but "
                             "120件 / 220件 = 54.5%, stated 60%; 80件 / 220件 = 36.4%, stated 30%")
    assert found.severity.name == "WARNING"
    (zh,) = [f for f in findings(WRONG[3]) if f.rule == "NUM008"]
    assert zh.message == ("各类占比合计为 100%，总数即各类数量之和 220件，但 120件 / 220件 = 54.5%，文中为 60%；"
                          "80件 / 220件 = 36.4%，文中为 30%")
