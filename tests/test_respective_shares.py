"""NUM003 on shares listed after 分别占: the k-th share is of the k-th count listed right before
分别, over the total the sentence states. Before, the share after 分别占 was read as a share of the
last count only. The consistent texts are published (tests/corpus/docs/286) or faithful to the
forms found in 统计公报 and 提案办理 reports; each wrong one changes one share."""

import pytest

from helpers import codes, findings

CONSISTENT = [
    "2024年末,全县户籍总户数25.35万户,总人口86.92万人,从性别看,男性人口45.01万人,女性人口41.91万人,分别占总人口的51.8%和48.2%。",
    "全县共有养老机构40家,其中公办机构25家、民办机构15家,分别占62.5%和37.5%。",
    "全市共有特困供养人员1200人,其中集中供养300人、分散供养900人,分别占25%和75%。",
    "全年共收到提案320件,其中委员个人提案256件、集体提案64件,分别占提案总数的80%和20%。",
    "年末全市常住人口480.5万人,其中城镇人口302.7万人,乡村人口177.8万人,分别占63.0%和37.0%。",
    "全区共有村(社区)112个,其中行政村87个、社区25个,分别占77.7%和22.3%。",
    "全县共办理建议86件,其中A类52件、B类30件、C类4件,分别占60.5%、34.9%和4.7%。",
    "全市共有低保对象5600户,其中城市低保1400户、农村低保4200户,分别占25%、75%。",
    "全年共接待来访群众2400人次,其中来信800人次,来访1600人次,分别占33.3%和66.7%。",
    "全区共有中小学校64所,其中小学48所、初中16所,分别占总数的75%和25%。",
    # each share of its own total: 629 of the 建议, 483 of the 提案
    "今年,自治区政府各部门承办的建议、提案为629件次(含分办件)和483件次(含分办件),分别占总数的94.9%和97%。",
]

WRONG = [
    "2024年末,全县户籍总户数25.35万户,总人口86.92万人,从性别看,男性人口45.01万人,女性人口41.91万人,分别占总人口的53.8%和46.2%。",
    "全县共有养老机构40家,其中公办机构25家、民办机构15家,分别占65%和35%。",
    "全市共有特困供养人员1200人,其中集中供养300人、分散供养900人,分别占30%和75%。",
    "全年共收到提案320件,其中委员个人提案256件、集体提案64件,分别占提案总数的80%和25%。",
    "年末全市常住人口480.5万人,其中城镇人口302.7万人,乡村人口177.8万人,分别占65.0%和37.0%。",
    "全区共有村(社区)112个,其中行政村87个、社区25个,分别占77.7%和27.3%。",
    "全县共办理建议86件,其中A类52件、B类30件、C类4件,分别占60.5%、39.4%和4.7%。",
    "全市共有低保对象5600户,其中城市低保1400户、农村低保4200户,分别占20%、75%。",
    "全年共接待来访群众2400人次,其中来信800人次,来访1600人次,分别占33.3%和60.7%。",
    "全区共有中小学校64所,其中小学48所、初中16所,分别占总数的70%和25%。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_respective_shares_that_fit_stay_silent(text):
    assert "NUM003" not in codes(text)


@pytest.mark.parametrize("text", WRONG)
def test_a_respective_share_that_its_count_contradicts_is_found(text):
    assert "NUM003" in codes(text)


def test_each_share_is_paired_with_its_own_count():
    found = [f for f in findings(WRONG[2], lang="en") if f.rule == "NUM003"]
    assert [f.message.split(",")[0] for f in found] == ["300人 / 1200人 = 25.00%"]
