"""NUM009: a head count whose unit was lost, read on sentences of real 民政 reports (the firing ones
are of the kind found in published text, where a unit and a mark dropped out)."""

import pytest

from helpers import codes, findings, sentence_cases

FIRES = {
    "NUM009": [
        "我镇现有孤儿22每人每月1100元，按时足额发放。",
        "我镇分散特困供养人员381同时时刻关注其生活状况。",
        "全镇百岁老人31",
        "设立儿童保护督导员18人，儿童主任260筛查建档留守儿童困境儿童1072人。",
        "全县现有农村留守儿童1562其中女童703人。",
        "为辖区困难群众45发放慰问金及米面油等物资。",
        "新增城乡低保对象126全部实行动态管理。",
        "走访慰问困难党员52送去慰问金2.6万元。",
        "全县共有重度残疾人2310已全部纳入护理补贴范围。",
        "组织志愿者86开展关爱服务活动。",
        "本月新增特困人员9\n下月继续开展排查。",
        # places and registrations (seed 004): 个 and 件 lost with the mark
        "设置乡镇未保工作站18设立儿童保护督导员18人。",
        "累计办理收养登记14积极组织实施孤儿医疗康复明天计划。",
        "全县建成农村幸福院46覆盖全部行政村。",
        "建成儿童之家126为留守儿童提供活动场所。",
        "全年办理婚姻登记2356其中结婚登记1830对。",
    ],
}

SILENT = {
    "NUM009": [
        "我镇现有孤儿22人，每人每月1100元，按时足额发放。",
        "全镇百岁老人31人。",
        "全县共有儿童主任634，儿童督导员12。",  # a bare figure before a mark: a style, not a loss
        "全县80岁以上高龄老人3600余人享受高龄津贴。",
        "覆盖60至80周岁老人1.2万人。",
        "为特困人员1对1落实照料服务人。",
        "安排工作人员24小时值守救助热线。",
        "畅通群众12345热线诉求渠道。",
        "共有城乡低保对象2764户6026人。",
        "全市困难残疾人生活补贴标准为每人每月80元。",
        "项目\t人数\n孤儿\t22\n特困人员\t381\n",  # a table
        "全镇留守儿童1.2万人，困境儿童3千人。",
        "设置乡镇未保工作站18个，设立儿童保护督导员18人。",
        "累计办理收养登记14件，积极组织实施明天计划。",
        "建成区域性养老服务中心3处、村级养老服务站126个。",
        "全县敬老院2020年完成改造。",  # a year, not a count
        "全年办理婚姻登记2356对。",
        "社区养老服务站12，日间照料中心5。",  # a bare figure before a mark: a style
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FIRES, SILENT))
def test_count_without_unit(code, text, fires):
    assert (code in codes(text, [code])) == fires


def test_the_unit_suggested_fits_what_is_counted():
    (place,) = findings("设置乡镇未保工作站18设立儿童保护督导员18人。", ["NUM009"])
    (record,) = findings("累计办理收养登记14积极组织实施明天计划。", ["NUM009"])
    assert "设置乡镇未保工作站18个，" in place.message and "收养登记14件，" in record.message


def test_the_message_names_the_count_and_what_follows():
    (finding,) = findings("我镇现有孤儿22每人每月1100元。", ["NUM009"])
    assert "孤儿22" in finding.message and "每人每月" in finding.message
    assert finding.severity.name.lower() == "warning"
