"""DAT006: a standard's serial number and year run together (labelled corpus 017-2: DB35/T 16442017).
Standard numbers as 公文 cite them: GB, GB/T, DB + region code, sector codes (JGJ, HJ, MZ/T …)."""

import pytest

from helpers import codes, findings

FUSED = [
    "按照《人文地理实体地名通名使用规范》(DB35/T 16442017)进行命名。",
    "严格执行《建筑设计防火规范》(GB 500162014)。",
    "参照《养老机构服务质量基本规范》(GB/T 353962017)开展等级评定。",
    "依据《养老机构等级划分与评定》GB/T 377762019开展评定工作。",
    "按照《社区老年人日间照料中心服务基本要求》(GB/T 336682017)提供服务。",
    "执行《生活饮用水卫生标准》(GB 57492022)。",
    "依据《殡葬服务机构服务质量》(MZ/T 0172011)规范服务行为。",
    "参照《老年人照料设施建筑设计标准》(JGJ 4502018)进行改造。",
    "按照《地表水环境质量标准》GB 38382002进行监测。",
    "依据《城市居住区规划设计标准》(GB 501802018)审查方案。",
]

WELL_FORMED = [
    "按照《人文地理实体地名通名使用规范》(DB35/T 1644—2017)进行命名。",
    "严格执行《建筑设计防火规范》(GB 50016—2014)。",
    "参照《养老机构服务质量基本规范》(GB/T 35796-2017)开展等级评定。",
    "依据《养老机构等级划分与评定》GB/T 37276—2018开展评定工作。",
    "执行《生活饮用水卫生标准》(GB 5749)。",
    "依据《殡葬服务机构服务质量》(MZ/T 017—2011)规范服务行为。",
    "按照《地表水环境质量标准》GB 3838-2002进行监测。",
    "全年共发放资金201920万元,惠及群众GB 12345户。",
    "依据《食品安全国家标准 食品添加剂使用标准》(GB 2760—2014)开展抽检。",
    "按照《信息安全技术 网络安全等级保护基本要求》(GB/T 22239—2019)开展测评。",
    "参照 GB 31604.1—2015 开展检测。",
]


@pytest.mark.parametrize("text", FUSED)
def test_a_fused_serial_and_year_is_found(text):
    assert codes(text).count("DAT006") == 1


@pytest.mark.parametrize("text", WELL_FORMED)
def test_well_formed_standard_numbers_stay_silent(text):
    assert "DAT006" not in codes(text)


def test_the_message_gives_the_separated_number():
    (found,) = findings(FUSED[0], select=["DAT006"], lang="en")
    assert found.message == "the standard number DB35/T 16442017 runs its serial and its year together: DB35/T 1644—2017"
