"""NUM: totals and their parts, and "分别" lists. (Rates and percentages: ratio.py.)"""

from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from os.path import commonprefix

from auditor.record import record
from auditor.lazyre import REVERSE, compile_regex, lazy, lazy_re
from auditor.findings import Severity
from auditor.numbers import (
    CLAUSE_END,
    RANGE_BETWEEN,
    Quantity,
    amount,
    as_written,
    clause_bounds,
    label_names,
    names_change_or_rate,
    number_starts,
    own_share,
    quantities_of,
    rounding_disclaimed,
    shares_of_one_whole,
    subjects,
    unit_group,
)
from auditor.lexicon import alternation
from auditor.memo import per_document
from auditor.messages import Message, Tolerance, english_doc
from auditor.numerals import cn_int
from auditor.record import replace
from auditor.registry import Checked, Hit, RelatedHit, rule
from auditor.rules.table import table_sums
from auditor.tables import in_table

_LIST_JOINER = lazy(r"[、,]")
_ADJACENT = lazy(r"[ \t,:，：]*")  # between a total and the 分别为 that lists its parts
_YEAR_PERIOD = lazy(
    r"((?:19|20)\d\d)[ \t]*+(?:年[ \t]*+)?(?:以来|至今)|((?:19|20)\d\d)[ \t]*+(?:年[ \t]*+)?[—\-–~至到][ \t]*+((?:19|20)\d\d)"
)
_OPEN_LIST = lazy(r"等|各")
_BRACKET_AFTER_FIGURE = lazy(r"[0-9][^,;:。!?()\n0-9]{0,8}\(")
_LIST_LABEL = 12  # characters at most between two items of a list closed by 合计
_SENTENCE_BACK = lazy(r"[。\n]", flags=REVERSE)
_SENTENCE_AHEAD = lazy(r"[。\n]")
_BRACKET_OR_END = lazy(r"[()。\n]")
# "本年收入合计 1480.20 万元，其中：⏎": the parts follow, one a line. Stdlib re: the regex module looks
# for the pattern's required \n ahead before it matches, the whole rest of a one-line text for each cue.
_CUE_ENDS_LINE = lazy_re(r"[ \t:：,，]*\n")
_ITEM_LINES = 12  # lines at most of a list of parts set one a line
_CONTAINED = lazy_re(r"[ \t]*(?:含|包含|内含|其中含)[^,;:。()\d]{0,16}$")  # "144名含高考特困生5名"
_ANOTHER_WHOLE = lazy(r";[^,;:。\d]*?[总量]")  # a clause after ； that names a 总额, 供气量 …: another indicator, no part
_LEAD_NOISE = lazy(r"[\s,，:：(（“\"]*+")  # what may open a sentence before its 其中: “其中… quotes a speaker on the sentence before
_OWN_WHOLE = lazy(r"^共|总(?:额|量|计|收入|支出|产值)")  # a label that names a whole: 资产总额, 财政总收入, 共签订…
_LAST_CLAUSE = lazy(r"[^,;:]*$")  # a part's label: "增长 3.1%；第二产业增加值" is labelled 第二产业
_LABEL_NOISE = lazy(r"[\s,，、;；:：()（）0-9年]|其中")
_TOTAL_NOUN = lazy(r"[ \t]*+(\p{Han}{2,4}?)[ \t]*+(?:(?:为|是|达|:)[ \t]*+)?")  # 合计提案 646 件
_TOTAL_LINK = lazy(r"[ \t]*+(?:(?:为|是|:)[ \t]*+)?(?:(?:发放|支出|投入)[ \t]*+)?")
_RESPECTIVELY = lazy(r"分别")
_LIST_GAP = lazy(r"[ \t\n]*(?:、|和|与|及|以及)[ \t\n]*")
_CONJUNCTION = lazy(r"和|及|与")
_PER_OR_AVERAGE = lazy(r"每|平均|人均|户均")


# --- messages (zh and en; auditor.messages) --------------------------------------------------------


class PartOverTotal(Message):
    """NUM001: one part is more than its total."""

    part: str
    total: str
    off: str
    tolerance: Tolerance | None = None
    zh = "分项 {part} 大于合计 {total}，多出 {off}{tolerance}；分项不能大于合计"
    en = "part {part} > stated total {total} (by {off}{tolerance}); a part cannot be more than its total"


class PartsOverTotal(Message):
    """NUM001: the parts add up to more than their total."""

    parts: str
    added: str
    total: str
    off: str
    tolerance: Tolerance | None = None
    zh = "各分项之和 {added} 大于合计 {total}，多出 {off}（{parts} = {added}{tolerance}）；各分项之和不能大于合计"
    en = "parts {parts} = {added} ≠ stated total {total} (off by {off}{tolerance}); the parts of a total cannot add up to more than it"


class UnitSlip(Message):
    """NUM001: figures that add up to a total's digits exactly, in a unit 万 or 亿 times apart."""

    parts: str
    added: str
    total: str
    factor: int  # 10000 or 100000000
    zh = "{parts} = {added}，与 {total} 的数字相同，单位却相差 {factor} 倍：合计或分项的单位写错了"
    en = "{parts} = {added}: the digits of {total}, in a unit {factor} times apart; the unit of the total or of its parts is wrong"


class PartUnitSlip(Message):
    """NUM001: one part of a breakdown in a unit 万 or 亿 times apart from the others and the total,
    which, read in their unit, makes the parts add up to the total exactly."""

    part: str  # 1000元
    meant: str  # 1000万元
    parts: str  # 889万元+1000万元+1409万元
    total: str
    added: str  # as written: 2298.1万元
    zh = "{part} 疑为 {meant}：按 {meant} 计，{parts} 恰好等于合计 {total}；照写的 {part} 相加只得 {added}"
    en = "{part} looks like a slip for {meant}: with {meant}, {parts} is exactly the total {total}; as written they add up to {added}"


class PartsShortOfTotal(Message):
    """NUM001: the parts are the whole and add up to less (or, exceeding, to other than) their total."""

    parts: str
    added: str
    total: str
    off: str
    reason: Message
    tolerance: Tolerance | None = None
    zh = "各分项之和 {added} 与合计 {total} 不符，相差 {off}（{parts} = {added}{tolerance}）；{reason}，各分项之和应等于合计"
    en = "parts {parts} = {added} ≠ stated total {total} (off by {off}{tolerance}); {reason}, so the parts must add up to the total"


class AddedUpTo(Message):
    """Why the parts are the whole: the text adds them to a figure (加上…后，总计…)."""

    zh = "文中写明“加上……后”的总计，各项之和应等于总计"
    en = "the text adds them up (加上 … 总计), so they make the total"


class CueListsEveryPart(Message):
    """Why the parts are the whole: 分别为 lists them."""

    cue: str
    zh = "“{cue}”列出的是全部分项"
    en = "{cue} lists every part"


class LabelsMakeTheWhole(Message):
    labels: str
    zh = "{labels}合起来即为全部"
    en = "the parts {labels} make up the whole"


class YearsCoverPeriod(Message):
    first: int
    last: int
    period: str
    zh = "{first}—{last} 年逐年列出，覆盖“{period}”整个时段"
    en = "the years {first}–{last} cover the period {period}"


class AgesCoverAll(Message):
    """Why the parts are the whole: age groups from 0 to an open end."""

    last: str
    zh = "各年龄段从 0 岁到 {last} 岁及以上首尾相接，合起来即为全部"
    en = "the age groups run without a gap from 0 to {last} and over"


class PeopleMakeTheWhole(Message):
    """Why the households must add up: the people of the same parts add up exactly to theirs."""

    people: str  # "302人+44人 = 346人"
    zh = "同样这些分项的人数恰好合计（{people}），分项即为全部，每户都在某一分项中"
    en = "the same parts' people add up exactly ({people}): the parts are the whole, and every household is in one of them"


class SharesMakeTheWhole(Message):
    """Why the parts are the whole: each carries its share, and the shares add up to 100%."""

    zh = "各分项所占比例合计为 100%，合起来即为全部"
    en = "the parts' shares add up to 100%"


class TotalClosesList(Message):
    word: str
    zh = "“{word}”即所列各项之和"
    en = "{word} closes the list"


class TheBreakdown(Message):
    """The related location of NUM001: where the parts are."""

    zh = "分项所在位置"
    en = "the breakdown"


class TheTotal(Message):
    """The related location of a NUM001 finding at a part: where the total is."""

    zh = "合计所在位置"
    en = "the total"


class ItemsReadTheSame(Message):
    """NUM010: two items of a breakdown that read the same but for their figures."""

    first: str
    part: str
    label: str  # the words before the figure: 12月份纳入低保
    zh = "{first} 与 {part} 所在的两项除数字外完全相同（{label}……），区分两者的词语（如城市、农村）似已漏掉"
    en = "{first} and {part} stand in two items that read the same but for their figures ({label}…); the word that tells them apart seems lost"


class ReadsTheSame(Message):
    """The related location of NUM010."""

    zh = "与此项文字相同的一项"
    en = "the item that reads the same"


class RespectivelyArity(Message):
    """NUM004: 分别 with more or fewer values than subjects."""

    subjects: str  # "4" or "2–3"
    items: str
    values: int
    shown: str
    zh = "“分别”前列了 {subjects} 项（{items}），后面却有 {values} 个数值（{shown}），无法一一对应"
    en = "分别 pairs {subjects} subjects ({items}) with {values} values ({shown}): each subject needs its own value"


@record
class Breakdown:
    total: Quantity
    parts: list[Quantity]
    exhaustive: Message | None  # why the parts must add up to the total; None when they are a subset (one-sided)
    on_lines: bool = False  # the parts stand one a line under a 其中： that ends its line

    @property
    def figures(self) -> list[Quantity]:
        return [self.total, *self.parts]



class RespectivelyChecked(Message):
    """``--show-relations``: the subjects before 分别 against the values after it."""

    subjects: str  # 3, or 2/3 when the list reads two ways
    values: int
    shown: str
    zh = "{subjects} 项，{values} 个数值（{shown}）"
    en = "{subjects} subjects, {values} values ({shown})"


@rule("NUM001", "breakdown-sum", "error")
@english_doc(
    """A stated total whose breakdown does not add up.

    A breakdown follows its total after 其中 / 包括 (in the same sentence or opening the next one)
    or right after it with 分别为 (not 特困人员分别为 …, which spreads over its own subject),
    stands in parentheses right after it ("5230 人次（2019年 1200 人次，…）"; a bracket right after a
    bare number, 设施1713(其中…470个), breaks that number down, not a count before it), is added to a figure
    before it up to a stated total (支出完成59.69亿元。加上上解支出1.4亿元、…后，支出总计66.05亿元: the
    figure added to is any of those before 加上 in its paragraph that the sum fits; the first item after
    a 其中 among them details the figure before it and is not added), comes before a
    合计 / 总计 / 小计 that closes a list (its items close together, or each naming the noun the
    total names: …委员提案399件，…界别提案220件，合计提案646件), follows a total stated with 共 with
    no cue when its labels name a complete set (共615户2096人，已脱贫426户1506人，未脱贫191户596人;
    已X and 未X of one X are one), or fills a table above its 合计 row (a 合计 that heads the table adds up the
    rows of its items' level below it, a marked 小计 among them: 乡镇级合计 | 1.镇 | 2.乡小计 | 3.街道, up to a
    row above that level; a row's 合计 column adds up the columns right before it or right after it
    when not all of them: 集中供养资金 | 分散供养资金 | 集中+分散合计 | 供养资金 | 护理补贴). A list whose parts
    are joined by 、 or ， ends at a ；, or before the clause of another whole in a unit none of its
    parts has, when that whole has a 其中 of its own (…学校支部1个，全乡现有小学校4所，其中…); any
    list ends before a ；-clause that names a whole or
    an amount of its own (；社会消费品零售总额实现 …, ；天然气年供气量 …), unless the labels name a
    complete set (养殖水产品产量 …；捕捞水产品产量 …), or before one labelled as a sibling of the total
    (参加工伤保险职工 …，其中 …；参加生育保险职工 …: the same frame, another word inside) or the
    other flow of the same thing (基金收入 …，其中 …；基金支出 …). After a 其中： that ends its line the parts stand one a line
    (a 决算说明's layout), up to a blank line, the next heading, or, for items without a marker, the
    line that ends in 。; a line with two figures in the total's unit leaves the list unread. A list
    inside a part of another (其中：财政拨款收入…，包括…) ends at the first ；. Parts are the figures of
    the breakdown in the total's unit (人, 名 and 位 are one unit, so are 头 and 匹; 万元 and 元 are
    one unit); figures in nested parentheses, one after 含 (144名含高考特困生5名), and one that describes
    what a part is (总投资20亿元的光伏项目，已完成5.44亿元) are details of a part and are left out. When the first
    parts make up the total exactly and the rest follow them, the rest are another cut, a detail or
    another figure, and are not summed (大牲畜存栏40202头，其中…28510头；…8984头；马…2708匹；生猪存栏
    32029头); nor is a list of one part a ；-clause where a clause holds two (担保贷款发放3817万元，扶持
    小微企业发放120万元), unless its labels name a complete set (第一/第二/第三产业). The total is the
    last figure in its unit before the cue, unless the parts do not fit it and add up exactly to an
    earlier one (资金 2860 万元，比上年的 2450 万元增加 410 万元。其中 860 万元 … 2000 万元).

    Every figure stands for the interval of half a unit of its last written digit (67万 is
    [66.5万, 67.5万], a bare count is exact); the parts' intervals are added and compared with the
    total's, as XBRL Calculations 1.1 do, so rounding alone never fires. Blurred figures (约, 余,
    多, 以上, ranges) take the breakdown out of the check.

    How it decides that the parts must add up: a 其中 list is often a subset (留守儿童, 困境儿童 and
    孤儿 among all 未成年人), so by default it is checked one-sided: parts that add up to more than
    the total are an error. It is checked two-sided only when the text says the parts are the
    whole: 分别为; 加上 … 总计; parts by year that run without a gap over the stated period (2018—2022年; or
    2018 年以来 when the latest year the document names elsewhere, as a rule its date, is the last
    listed year or the next); complementary labels (城市/农村, 城区/乡镇, 男/女, the three 三公经费
    因公出国(境)费/公务用车…费/公务接待费; the four sources
    of a 人均可支配收入, 工资性收入/经营净收入/财产净收入/转移净收入, the one breakdown of an average
    that adds up to it); a 合计/总计
    closing exactly the listed parts; parts that each carry a share, the shares adding up to 100%
    (咨询类124599件，占63.72%；…其它类9791件，占5.01%); parts that give households and people whose
    people add up exactly (86户346人，其中已脱贫76户302人，未脱贫10户44人: every household is in a
    part, so the households must add up too; a warning, since the people may add up by chance); or a
    table's 合计 row under its column. A list with a change
    (较上年减少) or a rate (每人每月) among its figures is not summed, nor one whose parts name
    different activities (实现再就业 493 人，促进创业 991 人: separate indicators), nor a subset list
    with two parts that each make three quarters of the total or more (one is within the other:
    国家财政性教育经费64507万元，一般公共预算教育经费64469万元 of 73728), nor a subset list of an
    amount that may be negative for some members (利润总额: the firms of a part may earn more than
    all, the others at a loss; lexicon ``signed_amounts``), nor one with a part named as a whole
    that the total is not (结转9.61亿元。其中，…资产总额121732.52亿元; 其中…，共签订合同额…), nor one opening a sentence after a
    list of classes each with its share, whose last class is no whole of it (…综合类的有5件，占7.2%。
    其中交由政府系统办理的有68件), nor one of parts named after their
    figures by different predicates (其中有343人属于财政供养人员，有2454人购买了汽车: criteria a
    member may meet several of), nor parts whose own shares add up to over 110% (城镇人口…，占
    39.91%；少数民族人口…，占77.90%: two classifications) or one whose share is above the total's own
    (60岁及以上人口…，占17.61%，其中…；16-59岁人口…，占比62.68%: a group beside it), or with a part
    that names right after its figure a kind other than the total's (辖16个乡镇，其中回民乡镇7个、3个街道
    办事处…，有226个村), or whose first part's share names a total count the total's clause does not
    (单办280件，分办451件。其中…672件，占立案总数的92%), is not summed. Parts whose labels
    end the list with a complete set of their own (…，男性1258人，女性649人) are a second cut of the
    whole: each cut is checked by itself. After the ； that ends a list of
    parts, a further cut of the same whole is checked when it is plainly complete (男性…女性…; age
    groups from 0 to an open end: 0-17岁、18-34岁、35-59岁、60岁及以上…分别为…; a cut that names the
    whole again, 总人口中…, whose parts' shares add up to 100%). A rounding disclaimer in
    the document (因四舍五入…) makes a finding that involves rounded figures a warning.

    A sentence or clause that opens with the whole it breaks down (残疾人员中，视力残疾…; 在立案的
    提案中，…) is of the figure the paragraph states as all of that whole (全市共有残疾人16668名,
    全市共有15888名残疾人, …，立案71件), not of a part of it (城镇残疾人563名); when a nearer figure of
    the unit is also said to be a whole, which one is meant is unclear, and nothing is read.

    Figures right after a total (in its paragraph, cue or none) that add up exactly to the total's
    digits of four or more in a unit 万 or 亿 times apart are a unit slip (主动公开政府信息173769万条。
    市政府…75656条，县(区)…98113条: 173769条); no chance makes such a sum. So is one part in a unit
    万 or 亿 times apart from the total and the other parts, with which read in their unit the parts
    add up to the total exactly (教育投入3298万元，包括…889万元、…1000元、…1409万元): a warning at that
    part, since as written the parts may be a subset.
    """
)
def breakdown_sum(doc):
    """各分项之和与所述合计不符。

    检查什么：合计之后以“其中”“包括”（同一句或下一句开头）或紧接的“分别为”列出的分项（“特困人员
    分别为……”这类各说各的主语除外），紧跟合计的括号内的分项（“5230 人次（2019年 1200 人次，…）”；紧跟在不带单位的数字之后的括号，
    如“设施1713(其中……470个)”，分解的是这个数字，不是前面的合计），“加上……后，总计……”所加的各项
    （支出完成59.69亿元。加上上解支出1.4亿元、……后，支出总计66.05亿元：被加的数取“加上”之前本段中
    能使之相符的任一数字；其间“其中”之后的第一项是前一项的明细，不计入），
    以“合计”“总计”“小计”收尾的列举（各项相距不远，或各项名称都含“合计”之后的名词：……委员提案399件，……界别提案220件，合计提案646件），写有“共”的合计之后不用提示词、各项名称构成完整一组的列举（共615户2096人，已脱贫426户1506人，
    未脱贫191户596人；同一事项的“已……”“未……”也是完整的一组），以及表格中“合计”行以上的各行（位于表首的“合计”行，加总其下与首项同级的各行，带序号的“小计”行与之同级：乡镇级合计 | 1.镇 | 2.乡小计 | 3.街道，到级别更高的一行为止；行中的“合计”列，可以是紧挨在它之前或之后的几列之和：集中供养资金 | 分散供养资金 | 集中+分散合计 | 供养资金 | 护理补贴）。用“、”或“，”连接的列举到“；”
    为止，或到另一单位的另一合计（其后有自己的“其中”）所在分句之前（……学校支部1个，全乡现有小学校4所，其中……）；“；”之后的分句写明另一个总量或“……量”（；社会消费品零售总额实现……，；天然气年供气量……）时，列举到此为止，各项名称构成完整的一组时（养殖水产品产量……；捕捞水产品产量……）除外；“；”之后的分句与合计名称相仿、
    只换了中间的词时（参加工伤保险职工……，其中……；参加生育保险职工……），或是同一事项的另一方向（基金收入……，其中……；
    基金支出……），是与合计并列的另一指标，列举也到此为止。“其中：”位于行尾时，分项逐行列出（决算说明的常见写法），到空行、下一个标题或（分项无序号时）
    以“。”结尾的一行为止；某一行有两个与合计同单位的数字时，分不清哪个是分项，不检查。
    某一分项内部的列举（其中：财政拨款收入……，包括……）到第一个“；”为止。分项取与合计同一单位的数字
    （人、名、位同一单位，头与匹同一单位，万元与元同一单位），括号中再嵌套的数字、“含”之后的数字（144名含高考特困生5名）和说明分项是什么的数字（总投资20亿元的光伏项目，已完成5.44亿元）是某一分项的细目，
    不计入。前几项恰好凑成合计、其后还有数字时，其后的是另一种划分、某项的细目或另一个指标，不再
    相加（大牲畜存栏40202头，其中……28510头；……8984头；马……2708匹；生猪存栏32029头）；各项以“；”
    分隔、而某一分句中有两个数字时（担保贷款发放3817万元，扶持小微企业发放120万元）也不相加，除非
    各项名称构成完整的一组（第一、第二、第三产业）。合计取提示词前最后一个同单位数字；若分项与之不符、却恰好等于前面的另一个
    数字（资金 2860 万元，比上年的 2450 万元增加 410 万元。其中 860 万元……2000 万元），取那个数字。

    怎样比较：每个数字代表其末位半个单位的区间（67万 即 [66.5万, 67.5万]，整数计数是确数），
    分项区间相加后与合计的区间比较（与 XBRL Calculations 1.1 相同），单纯的四舍五入不会报错。
    带“约”“余”“多”“以上”或区间的模糊数字所在的列举不检查。

    何时要求相等：“其中”列出的常常只是一部分（全部未成年人中的留守儿童、困境儿童、孤儿），
    所以默认只查一边：分项之和大于合计才报错。只有文字表明分项就是全部时才要求相等：“分别为”；“加上……总计”；
    按年份逐年列出且覆盖所述时段（2018—2022年；或“2018 年以来”，且文中其他处最晚的年份
    （通常是成文日期）是所列最后一年或其下一年）；互补的类别（城市/农村、城区/乡镇、男/女，“三公”经费的因公出国(境)费/公务用车……费/公务接待费；人均可支配收入的
    四项来源：工资性收入、经营净收入、财产净收入、转移净收入，平均数的分项中唯有它们相加等于平均数）；
    “合计”“总计”恰好收束所列各项；各分项都写明占比且占比合计为 100%（咨询类124599件，占63.72%；……
    其它类9791件，占5.01%）；各分项同时写明户数和人数、人数恰好等于合计时（86户346人，其中已脱贫76户302人，
    未脱贫10户44人：每户都在某一分项中），户数也应相加等于合计（人数可能碰巧相等，报为警告）；表格的“合计”行。列举中含有增减（较上年减少）或标准
    （每人每月）时不求和，各项说的是不同的工作（实现再就业 493 人，促进创业 991 人：各是一项指标）时
    也不求和；非完整列举中有两项各占合计的四分之三以上时（国家财政性教育经费64507万元，一般公共预算
    教育经费64469万元，合计73728万元），一项包含在另一项之中，不求和；可能为负的数额（利润总额：其余企业
    亏损时，部分企业的利润可以大于全部企业的利润；词表 ``signed_amounts``）的非完整列举也不求和；某项名为合计所不是的总量时（结转9.61亿元。其中，……资产总额121732.52亿元；其中……，共签订合同额……）也不求和；句首的“其中”跟在逐类写明占比的
    分类列举之后时（……综合类的有5件，占7.2%。其中交由政府系统办理的有68件），分解的是各类的总体而非最后一类，也不求和；各项在数字
    之后以不同的谓语说明的（其中有343人属于财政供养人员，有2454人购买了汽车：同一人可能符合几项）、各分项自带的占比相加远超 100%（超出 10 个百分点以上）的（城镇人口……，占39.91%；少数民族人口……，占77.90%：两种划分），或某分项的占比大于合计本身占比的（60岁及以上人口……，占17.61%，其中……；16-59岁人口……，占比62.68%：并列的一组），或某分项在数字之后写明的是与合计不同的对象的（辖16个乡镇，其中回民乡镇7个、3个街道办事处……，有226个村）、第一项的占比所写的总数不是合计所在分句所说的（单办280件，分办451件。其中……672件，占立案总数的92%），也不求和。列举末尾几项的名称自成完整的一组时（……，男性1258人，女性649人），是合计的另一种划分，
    两种划分各自核对。分项列举以“；”结束后，同一合计的另一种划分显然完整时（男性……女性……；从 0 岁
    到“××岁及以上”首尾相接的各年龄段：0-17岁、18-34岁、35-59岁、60岁及以上……分别为……；再次点出合计、各项占比合计为 100% 的
    划分：总人口中……）也核对。
    文中有四舍五入的说明（因四舍五入……）时，涉及约数的问题降为警告。

    句子或分句以所分解的总体开头时（残疾人员中，视力残疾……；在立案的提案中，……），合计是本段前面写明为这一总体全部的数字
    （全市共有残疾人16668名、全市共有15888名残疾人、……，立案71件），不是其中的一部分（城镇残疾人563名）；其后更近处
    另有写明为总体的同单位数字时，分不清是哪一个，不检查。

    合计之后（同一段内，有无提示词均可）紧接的几个数量相加恰好等于合计所写的数字（四位以上），而单位
    相差“万”或“亿”倍时，是单位写错（主动公开政府信息173769万条。市政府……75656条，县(区)……98113条：
    合计 173769条）：这样的巧合不会偶然出现。同样，某一分项的单位与合计及其他分项相差“万”或“亿”倍、按它们的
    单位读恰好使各分项之和等于合计时（教育投入3298万元，包括……889万元、……1000元、……1409万元），该分项的单位
    疑为笔误，报告为警告（照写的分项可能只是一部分）。

    为什么重要：合计与分项对不上，是答复和报告中最常见、也最容易被读者发现的硬伤。

    Incorrect:
        2018 年以来，共计为 96143 名妇女进行了免费检查（其中 2018 年 44052 人，2019 年 36680 人，2020 年 10017 人，2021 年 3001 人，2022 年 2124 人）。
        凉州区民政局 2023年3月17日

    Incorrect:
        全区现有未成年人 1964 人，其中：留守儿童 1705 人，困境儿童 428 人。

    Incorrect:
        发放城市低保金 360.26 万元、农村低保金 426.12 万元，合计 786.5 万元。

    Incorrect:
        本年收入合计 1480.20 万元，其中：
        财政拨款收入 1380.20 万元；
        其他收入 110.00 万元。

    Correct:
        2018 年以来共计为 181 名妇女申报了救助资金，其中 2018 年救助 41 名，2019 年救助 59 名，2020 年救助 27 名，2021 年救助 26 名，2022 年救助 28 名。

    Correct:
        全区现有未成年人 196418 人，其中：留守儿童 1705 人，困境儿童 4282 人，孤儿 265 人。

    Correct:
        发放城市低保金 360.26 万元、农村低保金 426.12 万元，合计 786.3893 万元。

    Correct:
        本年收入合计 1480.20 万元，其中：
        财政拨款收入 1380.20 万元；
        其他收入 100.00 万元。
    """
    for found in breakdowns_of(doc):
        hit = _compare(doc, found)
        total = found.total
        parts = "+".join(as_written(doc, q) for q in found.parts)
        added = amount(sum((q.value for q in found.parts), Decimal(0)), total.multiplier, total.unit)
        relation = "=" if found.exhaustive else "≤"
        stated = sum((q.value for q in found.parts), Decimal(0))
        if hit is None and stated != total.value:
            hit = _part_unit_slip(doc, found)
        # a sum that holds only within the rounding of the stated digits shows that allowance
        rounding = hit is None and (stated > total.value or (found.exhaustive and stated != total.value))
        allowed = f" (±{amount(total.ulp + sum((q.ulp / 2 for q in found.parts), Decimal(0)), total.multiplier)})" if rounding else ""
        yield Checked(total.start, total.end, "sum", f"{parts} = {added} {relation} {as_written(doc, total)}{allowed}?", hit is None)
        if hit:
            yield replace(hit, figures=tuple(q.start for q in found.figures))
    yield from _unit_slips(doc)
    yield from table_sums(doc)


def _part_unit_slip(doc, found: Breakdown) -> Hit | None:
    """The one part whose unit alone differs from the total's and the other parts' (万元 among 元)
    when, read in their unit, the parts add up to the total's digits exactly: "教育投入3298万元，包括
    义务教育配套费889万元、校舍维修改造专项资金1000元、两项附加1409万元". A warning: the parts of 包括,
    其中 may be a subset, and as written they are one."""
    total = found.total
    odd = [q for q in found.parts if q.multiplier != total.multiplier]
    if len(odd) != 1 or len(found.parts) < 2 or not total.exact or not all(q.exact for q in found.parts):
        return None
    if not _enough_digits_for_no_chance(total):
        return None
    [part] = odd
    meant = part.value / part.multiplier * total.multiplier
    if sum((q.value for q in found.parts if q is not part), meant) != total.value:
        return None
    meant_written = amount(meant, total.multiplier, part.unit)
    shown = "+".join(meant_written if q is part else as_written(doc, q) for q in found.parts)
    added = amount(sum((q.value for q in found.parts), Decimal(0)), total.multiplier, total.unit)
    message = PartUnitSlip(as_written(doc, part), meant_written, shown, as_written(doc, total), added)
    return Hit(part.start, part.end, message, (RelatedHit(total.start, total.end, TheTotal()),), severity=Severity.WARNING)


_SLIP_REACH = 300  # characters after a total in which the figures that add up to its digits may stand
_SLIP_DIGITS = 4  # significant digits a total must have for figures adding up to them to be no chance
_SLIP_LOOKAHEAD = 8  # figures after a total among which the next one of its unit is looked for


def _enough_digits_for_no_chance(total: Quantity) -> bool:
    """Whether the total has the significant digits that no chance sum hits (0.000亿元 has none)."""
    significant = total.text.replace(".", "").replace(",", "").lstrip("0")
    return sum(c.isdigit() for c in significant) >= _SLIP_DIGITS


def _unit_slips(doc):
    """A total and the figures right after it that add up to its digits exactly, in a unit 万 or 亿
    times apart: "主动公开政府信息173769万条。市政府…75656条，县(区)…98113条" (173769条). With that
    many digits the sum is no chance, whatever words stand between: one of the units is a slip."""
    quantities, _ = quantities_of(doc)
    read = None  # the totals of the breakdowns read as such: compared there (made when first needed)
    inside = in_table(doc)
    for i, total in enumerate(quantities):
        if not total.exact or len(total.text) < _SLIP_DIGITS:
            continue
        group = unit_group(total)
        # the cheap test first: the next figure of its unit must be in another scale
        following = next((q for q in quantities[i + 1 : i + 1 + _SLIP_LOOKAHEAD] if unit_group(q) == group), None)
        if following is None or following.multiplier == total.multiplier:
            continue
        if read is None:
            read = {found.total.start for found in breakdowns_of(doc)}
        if total.start in read or inside(total.start) or not _enough_digits_for_no_chance(total):
            continue  # 0.000亿元 has no digits that a sum could hit by chance or not
        digits = total.value / total.multiplier
        paragraph = doc.paragraph_at(total.start)
        end = min(paragraph.end if paragraph else total.end, total.end + _SLIP_REACH)
        parts = []
        for j in range(i + 1, len(quantities)):
            q = quantities[j]
            if q.start >= end:
                break
            if unit_group(q) != group:
                continue
            if not q.exact or q.multiplier == total.multiplier or (parts and q.multiplier != parts[0].multiplier):
                break
            parts.append(q)
            added = sum((p.value for p in parts), Decimal(0)) / q.multiplier
            if len(parts) >= 2 and added == digits:
                shown = "+".join(as_written(doc, p) for p in parts)
                factor = int(max(q.multiplier, total.multiplier) / min(q.multiplier, total.multiplier))
                message = UnitSlip(shown, amount(added * q.multiplier, q.multiplier, q.unit), as_written(doc, total), factor)
                yield Checked(total.start, total.end, "sum", f"{shown} = {as_written(doc, total)}?", False)
                related = (RelatedHit(parts[0].start, parts[-1].end, TheBreakdown()),)
                yield Hit(total.start, total.end, message, related, figures=(total.start, *(p.start for p in parts)))
                break


def _verdict(total: Quantity, parts, whole: bool) -> str | None:
    """"exceed" when the parts add up to more than the total, "short" when they are the ``whole``
    and add up to less, None when they fit: the parts' sum (each part within half a unit of its
    last stated digit) comes within one unit of the total's last stated digit (a total may be
    rounded or cut, 877.7469 stated as 877.74; one unit of the last digit is never an error)."""
    low = sum((q.value - q.ulp / 2 for q in parts), Decimal(0))
    high = sum((q.value + q.ulp / 2 for q in parts), Decimal(0))
    t_low, t_high = total.value - total.ulp, total.value + total.ulp
    if low > t_high:
        return "exceed"
    if whole and high < t_low:
        return "short"
    return None


def _compare(doc, found: Breakdown) -> Hit | None:
    total, parts = found.total, found.parts
    verdict = _verdict(total, parts, bool(found.exhaustive))
    if verdict is None:
        return None
    stated = sum((q.value for q in parts), Decimal(0))
    scale = total.multiplier
    unit = total.unit if total.unit_class == "money" or scale != 1 else ""
    terms = "+".join(_term(doc, q, total) for q in parts)
    off = amount(abs(stated - total.value), scale, unit)
    tolerance = _tolerance(*found.figures)
    shown_total = _term(doc, total, total)
    if verdict == "exceed" and len(parts) == 1:
        message = PartOverTotal(terms, shown_total, off, tolerance)
    elif verdict == "exceed":
        message = PartsOverTotal(terms, amount(stated, scale, unit), shown_total, off, tolerance)
    else:
        message = PartsShortOfTotal(terms, amount(stated, scale, unit), shown_total, off, found.exhaustive, tolerance)
    rounded = any(q.ulp for q in found.figures)
    # households read as a whole from their people: very likely, not proved (the people may add up by chance)
    guessed = isinstance(found.exhaustive, PeopleMakeTheWhole)
    severity = Severity.WARNING if guessed or (rounded and rounding_disclaimed(doc)) else None
    first = parts[0]
    related = (RelatedHit(first.start, parts[-1].end, TheBreakdown()),)
    return Hit(total.start, total.end, message, related, severity)


def _tolerance(*figures: Quantity) -> Tolerance | None:
    """Half a unit of the last stated digit of each figure, added (what numbers.tolerance_note says)."""
    half = sum((q.ulp / 2 for q in figures), Decimal(0))
    if not half:
        return None
    return Tolerance(amount(half, max((q.multiplier for q in figures), default=Decimal(1))))


def _term(doc, q: Quantity, total: Quantity) -> str:
    """A figure for the sum: bare digits for counts, with 万/亿 and the unit for money and scaled counts."""
    if q.unit_class == "money" or q.multiplier != 1 or total.multiplier != 1:
        return as_written(doc, q)
    return q.text


class _Words:
    """Where the words of a list occur in a text. Found with one str.find pass per word: a regex
    alternation of literals tries every position of the text and is three times slower."""

    def __init__(self, text: str, words):
        spans = []
        for word in words:
            at = text.find(word)
            while at >= 0:
                spans.append((at, at + len(word)))
                at = text.find(word, at + 1)
        spans.sort(key=lambda span: (span[0], -span[1]))  # by start, the longest first
        self.spans = spans
        self.starts = [start for start, _ in spans]

    def scan(self):
        """The (start, end) a longest-first alternation finds, in order: none overlaps the one before."""
        reached = 0
        for start, end in self.spans:
            if start >= reached:
                yield start, end
                reached = end

    def first(self, start: int, end: int) -> int | None:
        """Where the first word that lies within text[start:end] starts."""
        for i in range(bisect_left(self.starts, start), len(self.spans)):
            at, stop = self.spans[i]
            if at >= end:
                break
            if stop <= end:
                return at
        return None

    def at(self, offset: int) -> bool:
        """Whether a word starts at the offset."""
        i = bisect_left(self.starts, offset)
        return i < len(self.starts) and self.starts[i] == offset


@per_document
def totals_of_parts_on_lines(doc) -> dict[int, Quantity]:
    """The total of each part listed one a line under a 其中： that ends its line, by the part's start:
    the base of the share on the part's line (NUM003), which no sentence of that line states."""
    return {part.start: found.total for found in breakdowns_of(doc) if found.on_lines for part in found.parts}


@per_document
def breakdowns_of(doc) -> list[Breakdown]:
    """Every (total, parts) pair the text states (computed once per document; read, never changed)."""
    return list(_breakdowns(doc))


def _breakdowns(doc):
    """Every (total, parts) pair the text states, in document order."""
    plain = doc.plain
    quantities, starts = quantities_of(doc)
    cues, totals = _Words(plain, doc.lexicon.breakdown_cues), _Words(plain, doc.lexicon.total_words)
    in_cell = in_table(doc)
    for start, end in cues.scan():
        if not in_cell(start):
            yield from _households_follow_people(doc, list(_after_cue(doc, start, end, plain[start:end], quantities, starts, cues, totals)))
    for named in _wholes_then_parts(plain):
        # "全市共有残疾人16668名…。残疾人员中，视力残疾1364人，…": the parts of the whole the cue names
        if not in_cell(named.start()) and cues.first(named.start(), named.end()) is None:
            found = _after_cue(doc, named.start(1), named.end(), "中", quantities, starts, cues, totals, named_whole=named.group(1))
            yield from _households_follow_people(doc, list(found))
    for bracket in _BRACKET_AFTER_FIGURE.finditer(plain):
        # "累计救助 5230 人次（2019年 1200 人次，…）": parts in parentheses right after the total
        if not cues.at(bracket.end()) and not in_cell(bracket.start()):  # "（其中…" is read at its cue
            yield from _after_cue(doc, bracket.end() - 1, bracket.end(), "(", quantities, starts, cues, totals)
    for start, end in totals.scan():
        found = None if in_cell(start) else _before_total(doc, start, end, quantities, starts, cues)
        if found:
            yield found
    if "加上" in plain:
        yield from _added_up(doc, quantities, starts)
    yield from _parts_after_total(doc, quantities, starts, cues)


# A sentence or clause that opens with the whole its parts are of: "残疾人员中，", "在立案的提案中，"
_WHOLE_THEN_PARTS = lazy(r"(?:^|(?<=[。;!?\n]))[ \t]*+(?:在)?(\p{Han}{2,10}?)中[ \t]*+[,:]")
_IN_THEN_PAUSE = lazy_re(r"中[ \t]*[,:]")


def _wholes_then_parts(plain: str):
    """``_WHOLE_THEN_PARTS.finditer(plain)``, tried only at the start of the sentence or clause of
    each 中， (rare): tried at every position of the text, the pattern cost a twentieth of a run."""
    tried = -1
    for pause in _IN_THEN_PAUSE.finditer(plain):
        start = max(plain.rfind(mark, 0, pause.start()) for mark in "。;!?\n") + 1
        if start > tried:
            tried = start
            named = _WHOLE_THEN_PARTS.match(plain, start)
            if named:
                yield named


_WHOLE_WORD = lazy(r"共|总|合计|全(?:国|省|市|州|县|区|镇|乡)|现有")


def _states_the_whole(plain: str, q: Quantity, whole: str) -> bool:
    """Whether ``q`` is the whole a cue names: its label names it (立案的提案 by 立案, 残疾人员 by
    残疾人) and says it is all of it (全市共有残疾人), or is that name alone (…，立案71件), not a part
    of it (城镇残疾人563名)."""
    names = [whole]
    if "的" in whole:
        names.append(whole.split("的")[0])
    if whole.endswith("员"):
        names.append(whole[:-1])
    clause_start, clause_end = clause_bounds(plain, q.start, q.end)
    label = plain[clause_start : q.start].strip(" \t")
    after = plain[q.end : clause_end]  # "全市共有15888名残疾人办理换证": the name after the figure
    return any(len(name) >= 2 and (label_names(plain, q, name) and (label == name or _WHOLE_WORD.search(label))
                                   or name in after and _WHOLE_WORD.search(label)) for name in names)


def _parts_after_total(doc, quantities, starts, cues: _Words):
    """A total stated with 共 and right after it, with no cue, parts whose labels name a complete set
    ("建档立卡贫困户共615户2096人，已脱贫426户1506人，未脱贫191户596人"; "共有教师500人，男教师…，女教师…")."""
    plain = doc.plain
    in_cell = in_table(doc)
    near = set()  # the figures within a few characters after a 共 (far fewer than all the figures)
    at = plain.find("共")
    while at >= 0:
        i = bisect_left(starts, at)
        while i < len(quantities) and quantities[i].start - at <= 12:
            near.add(i)
            i += 1
        at = plain.find("共", at + 1)
    for total in (quantities[i] for i in sorted(near)):
        if not total.exact or unit_group(total) is None or in_cell(total.start):
            continue
        if "共" not in plain[clause_bounds(plain, total.start, total.end)[0] : total.start]:
            continue
        stop = _LIST_STOP.search(plain, total.end, min(len(plain), total.end + 200))
        end = stop.start() if stop else min(len(plain), total.end + 200)
        if cues.first(total.end, end) is not None:
            continue  # a breakdown read at its cue
        parts = [q for q in _between(quantities, starts, total.end, end) if unit_group(q) == unit_group(total)]
        if len(parts) < 2 or not all(q.exact for q in parts) or _not_parts(doc, total.end, parts):
            continue
        used = _complement(doc, _labels(doc, total.end, parts))
        if used:
            yield Breakdown(total, parts, LabelsMakeTheWhole("/".join(used)))


_LIST_STOP = lazy(r"[。;\n]")


def _households_follow_people(doc, found: list[Breakdown]) -> list[Breakdown]:
    """A list whose parts each give households and people ("贫困人口86户346人，其中已脱贫76户302人，
    未脱贫10户44人"): when the people add up exactly to the total, the parts are the whole, and every
    household has a member in one of them, so the households must add up to their total too."""
    people = next((b for b in found if unit_group(b.total) == "人" and len(b.parts) > 1), None)
    if people is None or sum(q.value for q in people.parts) != people.total.value:
        return found
    plain = doc.plain
    out = []
    for b in found:
        if (b.exhaustive is None and b.total.unit == "户" and len(b.parts) == len(people.parts)
                and all(_side_by_side(plain, h, p) for h, p in zip(b.parts, people.parts))):
            shown = "+".join(as_written(doc, q) for q in people.parts) + " = " + as_written(doc, people.total)
            b = Breakdown(b.total, b.parts, PeopleMakeTheWhole(shown), b.on_lines)
        out.append(b)
    return out


def _part_of_an_earlier_list(plain: str, total: Quantity, before, start: int) -> bool:
    """Whether ``total`` is a part of an earlier 其中 of its sentence while a figure of another unit
    stands nearer the cue ("b类…其中：单亲家庭14户24人、教育负担重家庭18户48人，c类人员家庭111户，…其中：
    …60岁以上老人83户，122人": the 48人 is b类's, the c类 states no 人)."""
    nearest = next((q for q in reversed(before) if unit_group(q) is not None), None)
    if nearest is None or nearest is total or unit_group(nearest) == unit_group(total) or nearest.start < total.end:
        return False
    if _side_by_side(plain, total, nearest):
        return False  # "其中未消除风险监测户44户136人（…）": one whole in two units
    return plain.rfind("其中", start, total.start) >= 0


def _side_by_side(plain: str, a: Quantity, b: Quantity) -> bool:
    """Whether two figures stand together, at most a space or a mark between ("74户302人", "302人、74户")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(_PAIRED.fullmatch(plain, first.end, second.start))


_PAIRED = lazy(r"[ \t、,]?")


# "一般公共预算支出完成59.69亿元，下降18.2%。加上上解支出1.4亿元、…，以及结转下年3.48亿元后，支出总计
# 66.05亿元" (预算执行情况报告): the figures added, then their total.
_ADDED_UP = lazy(r"加上([^。;]{2,240}?)(?:后)?[ \t]*,?[ \t]*[^,。;\d]{0,8}?(?:总计|合计|共计)[ \t]*(?:为|达)?[ \t]*")
_ADDED_REACH = 300  # characters before 加上 where the figure added to may stand


def _added_up(doc, quantities, starts):
    """Figures added to one before them up to a stated total (加上…后，收入总计…): the figure added to
    is the one, of those stated before 加上 in its paragraph, that the sum fits, else the nearest to
    fitting: a total only wrong when none fits."""
    plain = doc.plain
    for m in _ADDED_UP.finditer(plain):
        after = _between(quantities, starts, m.end(), m.end() + 1)
        if not after or not after[0].exact:
            continue
        total = after[0]
        group = unit_group(total)
        parts = [q for q in _between(quantities, starts, m.start(1), m.end(1))  # not the details in (…)
                 if unit_group(q) == group and _depth(plain, m.start(1), q.start) == 0 and not _detail_after_cue(plain, m.start(1), q)]
        if not parts or not all(q.exact for q in parts) or _depth(plain, m.start(1), m.end(1)) != 0:
            continue
        if any(names_change_or_rate(doc.lexicon, _clause_before(plain, q)) for q in parts):
            continue
        paragraph = doc.paragraph_at(m.start())
        low = max(paragraph.start if paragraph else 0, m.start() - _ADDED_REACH)
        bases = [q for q in _between(quantities, starts, low, m.start())
                 if unit_group(q) == group and q.exact and q.value <= total.value and _may_total(doc, low, q)]
        if not bases:
            continue
        fits = [q for q in bases if _verdict(total, [q, *parts], whole=True) is None]
        stated = sum((q.value for q in parts), Decimal(0))
        base = fits[0] if fits else min(bases, key=lambda q: abs(total.value - stated - q.value))
        yield Breakdown(total, [base, *parts], AddedUpTo())


_DETAIL_CUE = lazy(r"(?:其中|含)[ \t]*[:：]?[^,;，；]*$")


def _bracket_details_another(doc, total: Quantity, cue_start: int) -> bool:
    """Whether the bracket a 其中 stands in follows a bare number after ``total``: the bracket breaks
    that one down (社区养老服务设施1713(其中居家养老服务中心470个): the 1713, not an earlier 19个)."""
    plain = doc.plain
    bracket = plain.rfind("(", total.end, cue_start + 1)
    if bracket < 0:
        return False
    numbers, starts = doc.numbers, number_starts(doc)
    i = bisect_left(starts, bracket) - 1
    before = numbers[i] if i >= 0 else None
    return (before is not None and before.start > total.start and unit_group(before) is None
            and not plain[before.end : bracket].strip(" \t"))


def _detail_after_cue(plain: str, start: int, q: Quantity) -> bool:
    """Whether a figure is the first item after a 其中 in a list, a detail of the figure before it:
    "加上级转移支付收入1884万元，其中：一般转移支付收入1478万元，上年结转结余60万元" adds 1884, not 1478."""
    clause = max(plain.rfind(",", start, q.start), plain.rfind("，", start, q.start), plain.rfind(";", start, q.start), start)
    cue = _DETAIL_CUE.search(plain, clause, q.start)
    # "366.92亿元(其中…53.03亿元)、…上年结余4364万元": the bracket that held the 其中 is closed
    return cue is not None and _depth(plain, cue.start(), q.start) >= 0


def _between(quantities, starts, start: int, end: int) -> list[Quantity]:
    i, j = bisect_left(starts, start), bisect_left(starts, end)
    return quantities[i:j]


def _after_cue(doc, cue_start: int, cue_end: int, cue: str, quantities, starts, cues: _Words, totals: _Words, named_whole: str = ""):
    plain = doc.plain
    region_start = cue_end
    if cue == "(" and plain.startswith(doc.lexicon.restating_words, region_start):
        return  # "1200 万元（累计投入 5600 万元）": the bracket restates or qualifies, it lists no parts
    in_brackets = cue == "(" or plain[max(0, cue_start - 8) : cue_start].rstrip(" \t")[-1:] == "("
    item_lines = not in_brackets and _CUE_ENDS_LINE.match(plain, region_start)
    if item_lines:  # one part a line: a line's own clauses (完成预算 …, 主要包括 …) do not end the list
        region_end = sentence_end = _item_lines_end(doc, item_lines.end())
    else:
        region_end = _region_end(plain, region_start, in_brackets)
        outcome = _outcome_regex(doc.lexicon).search(plain, region_start, region_end)
        first = _between(quantities, starts, region_start, region_end)[:1]
        if outcome and not (first and outcome.group("word") in plain[region_start : first[0].start]):
            # "其中建议 5 件、提案 7 件，已办结 12 件": what became of the whole; not when the first part
            # states the same word ("其中：地方收入完成51653万元…；上划中央收入完成12133万元")
            region_end = outcome.start()
        sentence_end = region_end
        another = _ANOTHER_WHOLE.search(plain, region_start, region_end)
        if another and not _complete_set_within(doc, region_start, region_end, quantities, starts):
            region_end = another.start()  # "其中税收收入30.2亿元…；社会消费品零售总额实现261.5亿元": a whole of its own
            if not _whole_named_again(plain, cue_start, another):
                sentence_end = region_end
        stated = [q for q in _between(quantities, starts, region_start, region_end)
                  if not _states_change(doc, q) and not _base_of_share(plain, q)]
        region_end = _closing_semicolon(plain, stated, region_end)
        if _inside_a_list(doc, cues, cue_start):
            # "其中：财政拨款收入751.8万元，包括一般公共预算收入751.8万元；其他收入7000万元": the ； ends
            # the inner list, the next clause is a part of the outer one
            semicolon = plain.find(";", region_start, region_end)
            region_end = semicolon if semicolon >= 0 else region_end
        nested = cues.first(region_start, region_end)
        if nested is not None:
            # "其中城市 2560 人，农村 12670 人；特困人员 1860 人，其中…": the list ends at the ；
            pause = max(plain.rfind(";", region_start, nested), plain.rfind("；", region_start, nested))
            if pause < 0:
                pause = _other_whole_before(plain, region_start, nested, quantities, starts)
            if pause < 0:
                return  # a nested breakdown inside: not a flat list of parts
            region_end = pause
    if totals.first(region_start, region_end) is not None:
        return  # a subtotal inside: not a flat list of parts
    by_group: dict[str, list[Quantity]] = {}
    for q in _between(quantities, starts, region_start, region_end):
        group = unit_group(q)
        if group is not None and _depth(plain, region_start, q.start) == 0:  # not the details in (…)
            previous = by_group.get(group)
            if previous and (_CONTAINED.match(plain, previous[-1].end, q.start) or _within_part_before(plain, previous[-1], q)):
                continue  # "上学期资助特困生144名含高考特困生5名": a detail of the part before
            if _base_of_share(plain, q):
                continue  # "税收收入3511万元，占年初预算8465万元的41.5%": the base of the part's share
            if _describes_the_part(plain, q, quantities, starts):
                continue  # "其中，总投资20亿元的华能光伏项目，已完成5.44亿元": the project's size, not its part
            by_group.setdefault(group, []).append(q)
    sentence = doc.sentence_at(cue_start)
    if not by_group or sentence is None:
        return
    total_start = max(sentence.start, cue_start - 400)
    first_sentence = sentence.index
    if _LEAD_NOISE.fullmatch(plain, total_start, cue_start) and sentence.index > 0:
        first_sentence = sentence.index - 1
        total_start = max(doc.sentences[first_sentence].start, cue_start - 400)  # "…共 36 人。其中，…"
    if named_whole:  # "残疾人员中，视力残疾…": the whole is named, stated anywhere in the paragraph before
        paragraph = doc.paragraph_at(cue_start)
        total_start = max(paragraph.start if paragraph else 0, cue_start - 400)
    if cue == "(":  # parts in brackets break down the figures of the clause right before them
        total_start = max(total_start, clause_bounds(plain, cue_start, cue_start)[0])
    elif item_lines:  # "其中：" alone on its line heads a list whose whole is not said: no total
        total_start = max(total_start, plain.rfind("\n", 0, cue_start) + 1)
    before = _between(quantities, starts, total_start, cue_start)
    for group in sorted(by_group):
        parts = by_group[group]
        carried = None  # the parts with the change each states, when they state one
        parts = _without_details(doc, region_start, parts)
        of_average = _complement(doc, _labels(doc, region_start, parts), doc.lexicon.average_complements) is not None
        candidates = [q for q in before if unit_group(q) == group and _may_total(doc, total_start, q, of_average)]
        if named_whole:
            named = [q for q in candidates if _states_the_whole(plain, q, named_whole)]
            if named and any(_WHOLE_WORD.search(_clause_before(plain, q)) for q in candidates if q.start > named[-1].start):
                continue  # a nearer figure said to be a whole: which one the cue names is unclear
            candidates = named
        if item_lines:
            # a line's change (较上年度决算数减少 24.15 万元) is no part; the part is the line's one other figure
            parts = [q for q in parts if not names_change_or_rate(doc.lexicon, _clause_before(plain, q))]
            if not parts or not _one_a_line(plain, parts, item_lines.end(), region_end):
                continue  # "其中：⏎1.…年初预算 75.55 万元，支出决算 67.64 万元…": which figure is the part is unclear
        elif _not_parts(doc, region_start, parts):
            levels = _without_carried_changes(doc, parts)
            if levels is None or _not_parts(doc, region_start, levels, last_clauses=True):
                continue
            carried = parts
            parts = levels  # "其中：税收收入8103万元，比上年增收1284万元；非税收入16524万元，比上年减收2354万元"
        if not candidates or not all(q.exact for q in parts):
            continue
        if not item_lines and _clause_of_several(plain, parts) and not _complement(doc, _labels(doc, region_start, parts)):
            continue  # "其中：贷免扶补发放贷款6200万元；担保贷款发放贷款3817万元，扶持小微企业发放贷款120万元"
        if cue == "(" and len(parts) == 1:
            continue  # "小学 35 所（教学点 56 所）": one figure in brackets qualifies, it lists no parts
        if cue.startswith("分别") and (parts[0].num_start - region_start > 8 or CLAUSE_END.search(plain, region_start, parts[0].num_start)):
            continue  # "4 个，分别是县人民医院、…；村卫生室 91 个": 分别 names the parts, their figures are others
        total = (not named_whole and _named_by_the_share(doc, parts[0], cue_start, quantities, starts)) or candidates[-1]
        if not total.exact or _part_of_an_earlier_list(plain, total, before, total_start):
            continue
        if _share_names_another_total(doc, parts[0], total):
            continue  # "单办280件，分办451件。其中，政府系统办理的672件，占立案总数的92%": of the 立案 stated before
        if _of_a_nearer_figure(by_group, group, total, parts, cue_start, quantities, starts):
            continue  # "机构29个,…乡镇卫生院22所,其中中心卫生院8所,…村卫生室197个": the 其中 is of the 22所
        if _attributes_of_an_item(plain, by_group, group, total, parts, quantities, starts, cue_start):
            # "学校14667所,…专任教师79.55万人。其中,幼儿园7608所,在园幼儿253.90万人,专任教师15.94万人": each
            # attribute is within the total named as it is (15.94 of 79.55), none a part of the others'
            names = [_label_before(plain, q) for q in candidates]
            for part in parts:
                name = _label_before(plain, part)
                if part.exact and name in names and len(set(names)) == len(names) and candidates[names.index(name)].exact:
                    yield Breakdown(candidates[names.index(name)], [part], None)
            continue
        if in_brackets and _bracket_details_another(doc, total, cue_start):
            continue  # "民办养老机构19个，社区养老服务设施1713(其中…470个)": the parts of the 1713
        sibling = _sibling_after_pause(doc, total, region_start, parts)
        if sibling is not None:
            parts = parts[:sibling]  # "参加工伤保险职工6440人,其中:农民工5696人…;参加生育保险职工8281人": another whole
        other = _another_indicator(doc, total, region_start, parts)
        if other is not None:
            parts = parts[:other]  # "存款余额11.2亿元,其中居民储蓄存款余额9.1亿元,贷款余额2.5亿元": 贷款 is no 存款
        tail = _complement_tail(doc, region_start, parts)
        if tail is not None:  # "残疾人1907人，其中农村残疾人1719人，非农人口170人，男性1258人，女性649人": two cuts
            at, used = tail
            yield Breakdown(total, parts[at:], LabelsMakeTheWhole("/".join(used)), on_lines=bool(item_lines))
            parts = parts[:at]
        exhaustive = _exhaustive(doc, cue, total, parts, region_start)
        if _verdict(total, parts, bool(exhaustive)):
            # The parts may belong to an earlier figure, which they then add up to exactly: "资金 2860
            # 万元，比 2022 年的 2450 万元增加 410 万元。其中，市级 860 万元，县级 2000 万元".
            earlier = next((q for q in reversed(candidates[:-1]) if q.exact and _verdict(q, parts, whole=True) is None), None)
            if earlier is None:
                earlier = _earlier_in_clauses(doc, first_sentence, cue_start, total_start, group, parts, quantities, starts)
            if earlier is not None and len(parts) == 1 and not _names_the_same(plain, earlier, parts[0]):
                # one part equal to an earlier figure named otherwise restates nothing of it: "…安排我县12023户建设
                # 任务，…确定我县建设任务170户，其中新建12023户" is of the 170 (城镇常住人口 1766.18 is of 常住人口 1766.18)
                earlier = None
            if earlier is not None:
                total, exhaustive = earlier, _exhaustive(doc, cue, earlier, parts, region_start)
            elif _sum_of_last(candidates, parts):
                continue  # "集体提案 593 件，个人提案 2119 件。其中，…": the parts break down the two together
            elif _parallel(plain, candidates, parts):
                continue  # "死亡 14 人，受伤 168 人。其中，道路交通事故…死亡 13 人，受伤 168 人": each of its own
            elif _labelled_like_another(plain, candidates, parts):
                continue  # "批复指标71.48亿元，…预算结余9.39亿元。其中：县直各部门批复指标39.41亿元": of the 71.48
            elif not exhaustive and _nested(total, parts):
                continue  # "其中：国家财政性教育经费64507万元，一般公共预算教育经费64469万元": one within the other
            elif not exhaustive and plain[max(0, cue_start - 2) : cue_start].rstrip(" \t")[-1:] == ";" and any(
                    q.exact and _verdict(q, parts, whole=False) is None for q in candidates[:-1]):
                continue  # "违规金额19.98亿元，管理不规范金额12827万元；其中应上交财政10.82亿元": 其中 after a ； may be of either
            elif first_sentence < sentence.index and _item_of_shares(doc, total):
                continue  # "…的有11件，占15.9%；…综合类的有5件，占7.3%。其中交由政府系统办理的有68件": of them all
            elif _shares_disown(doc, total, parts):
                continue  # "城镇人口40.49万人，占39.91%；少数民族人口79.03万人，占77.90%": two cuts of one whole
            elif not exhaustive and _named_as_a_whole(doc, total, region_start, parts):
                continue  # "结转9.61亿元。其中,企业国有资产方面,…资产总额121732.52亿元": an indicator of its own
            elif not exhaustive and _other_kinds(doc, total, parts):
                continue  # "辖16个乡镇,其中回民乡镇7个、3个街道办事处…,有226个村": not all of them 乡镇
            elif not exhaustive and _criteria(doc, region_start, parts):
                continue  # "3119人不符合…，其中有343人属于财政供养人员，有2454人购买了汽车": criteria that overlap
            elif not exhaustive and any(w in _clause_before(plain, total) for w in doc.lexicon.signed_amounts):
                continue  # "累计利润总额10.31亿元。其中，市国资委系统企业累计利润总额24.15亿元": others at a loss
        if cue.startswith("分别") and not _ADJACENT.fullmatch(plain, total.end, cue_start):
            continue  # "特困人员分别为 620 人、3410 人": 分别 spreads over its own subject, not the figure before
        # 分别 lists one cut, and so do items set one a line
        whole = None if cue.startswith("分别") or item_lines else _first_cut(plain, total, parts)
        if whole is not None:
            parts = whole
        if of_average:  # an average and its components in whole 元 are each rounded to the 元
            total, parts = _rounded(total), [_rounded(q) for q in parts]
        if carried is not None and not _complement(doc, _labels(doc, region_start, parts)) and \
                not _changes_vouch(doc, total, parts, carried, _between(quantities, starts, total.end, cue_start)):
            continue  # "粮食种植面积43907公顷，比上年增加63公顷。其中，小麦…，比上年增加39公顷；…油料…；蔬菜…": not all grain
        yield Breakdown(total, parts, exhaustive, on_lines=bool(item_lines))
        if region_end < sentence_end and not in_brackets:
            yield from _further_cuts(doc, total, region_end, sentence_end, quantities, starts, totals)


def _of_a_nearer_figure(by_group: dict, group: str, total: Quantity, parts: list[Quantity], cue_start: int, quantities, starts) -> bool:
    """Whether the cue breaks down a figure of another unit stated between this group's total and the
    cue, and this group's figures come only after that figure's parts: in "共有医疗卫生机构29个,县级…7所,
    乡镇卫生院22所,其中中心卫生院8所,…全县有村卫生室197个,社区卫生服务站10个" the 其中 is of the 22所,
    and the 个 that follow are no parts of the 29个. (Parts that count two units at once, "共615户2096人,
    其中已脱贫426户1506人", start each unit's list together.)"""
    for q in _between(quantities, starts, total.end, cue_start):
        other = unit_group(q)
        if other != group and other in by_group and by_group[other][0].start < parts[0].start:
            return True
    return False


def _another_indicator(doc, total: Quantity, region_start: int, parts: list[Quantity]) -> int | None:
    """The index of the first part that names the opposite of the total's indicator (the lexicon's
    opposite_indicators) and not the indicator itself: "各项存款余额11.2亿元,其中居民储蓄存款余额9.1亿元,
    贷款余额2.5亿元" has one part, the 贷款 are no 存款."""
    plain = doc.plain
    whole = _clause_before(plain, total)
    for named, opposite in doc.lexicon.opposites:
        if named in whole and opposite not in whole:
            labels = [_LAST_CLAUSE.search(plain[a:b]).group() for a, b in _label_spans(region_start, parts)]
            return next((i for i, label in enumerate(labels) if i and opposite in label and named not in label), None)
    return None


_ITEM_TOTAL_REACH = 200  # characters before a 其中 in which the total of its first item's unit is stated


def _attributes_of_an_item(plain: str, by_group: dict, group: str, total: Quantity, parts: list[Quantity], quantities, starts,
                           cue_start: int) -> bool:
    """Whether the list opens with an item of another unit, counted against a total of its own before
    the cue, and this unit's figures are that item's attributes, some named unlike the total: "共有基础
    教育学校14667所,招生304.45万人,在校生1175.88万人,专任教师79.55万人。其中,幼儿园7608所,在园幼儿
    253.90万人,专任教师15.94万人" gives the 幼儿园's pupils and teachers, of two totals. Attributes named as
    the total is ("其中小学80所,学生3.1万人;中学50所,学生2.1万人" of 学生5.2万人) or with no words of their
    own (其中已脱贫426户1506人) are parts. Each attribute is then read against the total named as it is
    (15.94 of 79.55), when the totals are named each in words of their own."""
    first = min(by_group, key=lambda g: by_group[g][0].start)
    name = _label_before(plain, total)
    counted_before = _between(quantities, starts, max(0, cue_start - _ITEM_TOTAL_REACH), cue_start)
    if first == group or not name or not any(unit_group(q) == first for q in counted_before):
        return False
    return any(_label_before(plain, q) not in ("", name) for q in parts)


def _further_cuts(doc, total: Quantity, start: int, end: int, quantities, starts, totals: _Words):
    """The whole cut again after the ； that ends a list of its parts: "户籍人口112635人。其中，城镇人口
    54715人，乡村人口57920人；男性人口57753人，女性人口54882人；0-17岁、…、60岁及以上户籍人口分别为
    18891人、…和25594人". Only a cut that is plainly complete (男/女, ages from 0 to …及以上) is checked."""
    plain = doc.plain
    group = unit_group(total)
    at = start
    while at < end:
        stop = plain.find(";", at + 1, end)
        stop = end if stop < 0 else stop
        parts = [q for q in _between(quantities, starts, at + 1, stop) if unit_group(q) == group and not _depth(plain, at + 1, q.start)]
        if len(parts) >= 2 and all(q.exact for q in parts) and totals.first(at + 1, stop) is None and not _not_parts(doc, at + 1, parts):
            ages = ages_cover_all(plain[at + 1 : parts[0].start], len(parts))
            exhaustive = ages or _exhaustive(doc, "", total, parts, at + 1)
            if exhaustive is not None:
                yield Breakdown(total, parts, exhaustive)
        at = stop


_AGE_GROUP = lazy_re(r"(\d{1,3})\s*(?:周?岁)?\s*(?:[-—–－~～至到]\s*(\d{1,3})\s*周?岁|周?岁(?:及|以)以?上)")


def only_age_groups(plain: str, start: int, end: int, figures) -> bool:
    """Whether each of ``figures`` stands in an age group of plain[start:end] ("；15-59岁人口为…"):
    the label of the next item of a list, no figure of its own."""
    spans = [m.span() for m in _AGE_GROUP.finditer(plain, start, end)]
    return all(any(a <= q.start < b for a, b in spans) for q in figures)


def without_age_groups(text: str) -> str:
    """``text`` with its age groups taken out: "；15-59岁人口为" → "；人口为"."""
    return _AGE_GROUP.sub("", text)


def ages_cover_all(label: str, count: int) -> Message | None:
    """Age groups that run without a gap from 0 to an open end ("0-17岁、18-34岁、35-59岁、60岁及以上"),
    one for each part: together they are everyone."""
    groups = _AGE_GROUP.findall(label)
    if len(groups) != count or groups[0][0] != "0" or groups[-1][1]:
        return None
    for (_, high), (low, _) in zip(groups, groups[1:]):
        if not high or int(low) != int(high) + 1:
            return None
    return AgesCoverAll(groups[-1][0])


def _other_kinds(doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Whether a part names, right after its figure, a kind that is not the total's (16个乡镇 … 226个村)."""
    nouns = subjects(doc)
    whole = nouns.get(total.start)
    if whole is None:
        return False
    for q in parts:
        noun = nouns.get(q.start)
        if noun is not None and doc.plain.startswith(noun.noun, q.end) and not (
                noun.noun.endswith(whole.noun) or whole.noun.endswith(noun.noun)):
            return True
    return False


def _first_cut(plain: str, total: Quantity, parts: list[Quantity]) -> list[Quantity] | None:
    """The first parts, when they make up the total exactly and a mark at least as strong as any
    between them ends them: what follows is another cut of the same whole ("111 人，其中城市 28 人、
    农村 83 人，享受低保 107 人，全额补助 4 人"), a detail of one part ("贷免扶补发放贷款 6200 万元；
    担保贷款发放贷款 3817 万元，扶持小微企业发放贷款 120 万元") or another figure altogether ("大牲畜
    存栏 40202 头，其中…马存栏 2708 匹；生猪存栏 32029 头"): which it is, the text does not say.
    None for one list. Parts joined by 、 too: "帮扶对象841户，其中脱贫户816户、监测户6户、边缘户18户、
    困难户1户、易地扶贫搬迁119户" ends with an attribute that overlaps the cut (so "党支部7个，其中农村支部
    5个、机关支部2个、学校支部1个" is not summed either: which it is, the text does not say)."""
    if len(parts) < 3 or _verdict(total, parts, whole=False) is None:
        return None
    joins = [_strength(plain[a.end : b.start]) for a, b in zip(parts, parts[1:])]
    for cut in range(1, len(parts)):
        if joins[cut - 1] >= max(joins[: cut - 1], default=0) and _verdict(total, parts[:cut], whole=True) is None:
            return parts[:cut]
    return None


def _earlier_in_clauses(doc, first_sentence: int, cue_start: int, total_start: int, group: str, parts, quantities, starts):
    """A figure that the parts add up to exactly, in the clauses joined by ； to those the total was
    looked for in: "常住人口1766.18万人；户籍人口583.47万人，增加27.17万人。其中城镇常住人口1766.18万人"
    breaks down the 常住人口, not the 户籍人口 stated last; None when there is none."""
    sentences, plain = doc.sentences, doc.plain
    paragraph = doc.paragraph_at(sentences[first_sentence].start)
    k = first_sentence
    while k > 0 and doc.paragraph_at(sentences[k - 1].start) is paragraph:
        previous = sentences[k - 1]
        if plain[previous.start : previous.end].rstrip("”’\"') ")[-1:] != ";":
            break
        k -= 1
    chain_start = max(sentences[k].start, cue_start - 400)
    if chain_start >= total_start:
        return None
    further = [q for q in _between(quantities, starts, chain_start, total_start)
               if unit_group(q) == group and _may_total(doc, chain_start, q)]
    return next((q for q in reversed(further) if q.exact and _verdict(q, parts, whole=True) is None), None)


def _sum_of_last(totals: list[Quantity], parts: list[Quantity]) -> bool:
    """Whether the parts add up exactly to the sum of the last two or more candidate totals."""
    for k in range(2, len(totals) + 1):
        run = totals[-k:]
        if not all(q.exact and q.multiplier == run[0].multiplier for q in run):
            return False
        whole = run[0].standing_for(sum((q.value for q in run), Decimal(0)))
        if _verdict(whole, parts, whole=True) is None:
            return True
    return False


def _parallel(plain: str, totals: list[Quantity], parts: list[Quantity]) -> bool:
    """Whether the parts repeat the last totals label by label (死亡 …，受伤 …), each within its own."""
    if len(parts) < 2 or len(totals) < len(parts):
        return False
    pairs = list(zip(totals[-len(parts) :], parts))
    return all(
        _label_of_pair(plain, total) and _label_of_pair(plain, total) == _label_of_pair(plain, part)
        and part.value - part.ulp / 2 <= total.value + total.ulp
        for total, part in pairs
    )


_FIGURE_BEFORE = lazy(r"(\p{Han}{2})[0-9]+(?:\.[0-9]+)?[ \t]*+\p{Han}[ \t]*+$")  # 新识别 5741户 before 19271人


def _label_of_pair(plain: str, q: Quantity) -> str:
    """The label of a figure, or of the figure in another unit right before it that it is counted
    with (新识别5741户19271人: 识别 for both)."""
    label = _label_before(plain, q)
    if label:
        return label
    m = _FIGURE_BEFORE.search(plain, max(0, q.start - 16), q.start)
    return m.group(1) if m else ""


def _names_the_same(plain: str, whole: Quantity, part: Quantity) -> bool:
    """Whether a part's clause names what the whole's label names (城镇常住人口 of 常住人口)."""
    name = _label_before(plain, whole)
    return bool(name) and name in plain[clause_bounds(plain, part.start, part.end)[0] : part.start]


def _nested(total: Quantity, parts: list[Quantity]) -> bool:
    """Whether two parts each make three quarters of the total or more: one is within the other
    (国家财政性教育经费 and the 一般公共预算教育经费 it contains), not beside it."""
    large = [q for q in parts if q.value <= total.value and 4 * q.value >= 3 * total.value]
    return len(large) >= 2


def _labelled_like_another(plain: str, totals: list[Quantity], parts: list[Quantity]) -> bool:
    """Whether the first part has the four-character label of a figure before the last one, which
    the parts fit (批复指标 71.48 … 批复指标 39.41): they break that figure down, not the last."""
    label = _label_before(plain, parts[0], 4)
    return bool(label) and _label_before(plain, totals[-1], 4) != label and any(
        _label_before(plain, q, 4) == label and _verdict(q, parts, whole=False) is None for q in totals[:-1])


def _label_before(plain: str, q: Quantity, size: int = 2) -> str:
    """The ``size`` Han characters right before a figure (死亡 in 死亡 14 人), or "" when there are fewer."""
    label = plain[max(0, q.start - size) : q.start]
    return label if len(label) == size and all("\u4e00" <= ch <= "\u9fff" for ch in label) else ""


def _strength(between: str) -> int:
    """How strongly the text between two parts separates them: ； over ， over 、 or nothing."""
    return 3 if ";" in between else 2 if "," in between else 1


@lru_cache(maxsize=16)
def _outcome_regex(lexicon):
    """A clause of a list that opens with an outcome word: "，已办结", "，代表委员满意" (a few
    characters of who may stand before the word)."""
    return compile_regex(r"[,;][ \t]*+[^,;。()\d]{0,6}?(?P<word>" + alternation(lexicon.outcome_words) + ")")


_BASE_OF_SHARE_AFTER = lazy(r"[ \t]*+的[ \t]*+[0-9]+(?:\.[0-9]+)?[ \t]*+%")


_MODIFIER_REACH = 30  # characters after a figure in which the figure it describes the owner of follows
_MODIFIER_THEN = lazy_re(r"[ \t]*的[^,;:。0-9%]{1,16}[,:]?[^,;:。0-9%]{0,8}$")  # "20亿元的华能光伏项目，已完成"


def _describes_the_part(plain: str, q: Quantity, quantities, starts) -> bool:
    """Whether a figure only describes what the part is (总投资20亿元的…项目, 面积120平方米的…), the part's
    own figure of its unit following in its clause run: "…项目，已完成5.44亿元"."""
    if not plain[q.end : q.end + 3].lstrip(" \t").startswith("的"):
        return False  # the cheap test first
    after = _between(quantities, starts, q.end, q.end + _MODIFIER_REACH)
    following = next((p for p in after if unit_group(p) == unit_group(q)), None)
    return following is not None and _MODIFIER_THEN.fullmatch(plain, q.end, following.start) is not None


def _base_of_share(plain: str, q: Quantity) -> bool:
    """Whether a figure is the base of the share right after it (完成年初预算数60999万元的40.4%). The match
    is bounded: unbounded, the regex module looks for the pattern's 的 and % through the rest of the text."""
    return _BASE_OF_SHARE_AFTER.match(plain, q.end, q.end + 24) is not None
_PART_NAMED = lazy(r"[ \t]*+,?[ \t]*+(\p{Han}{2,12}?)中")  # "，少数民族在校学生中有蒙古族…"


def _within_part_before(plain: str, before: Quantity, q: Quantity) -> bool:
    """Whether a figure's label names the part before it as its whole ("其中：少数民族在校学生16189人，
    少数民族在校学生中有蒙古族15090人"): a cut of that part, not another part."""
    m = _PART_NAMED.match(plain, before.end, q.start)
    return m is not None and plain.endswith(m.group(1), 0, before.start)


def _whole_named_again(plain: str, cue_start: int, another) -> bool:
    """Whether the ；-clause names the whole of the list again ("总人口4567人，其中…；总人口中城镇…"):
    a further cut of it, not another whole."""
    m = _NAMED_AGAIN.match(plain, another.start())
    if not m:
        return False
    return m.group(1) in plain[max(0, clause_bounds(plain, cue_start, cue_start)[0] - 40) : cue_start]


_NAMED_AGAIN = lazy(r";[ \t]*+([^,;:。\d]{2,8}?)中[ \t]*+,?")  # "；总人口中，…"


def _other_whole_before(plain: str, start: int, cue: int, quantities, starts) -> int:
    """The comma that opens the clause of a nested cue's whole when that whole is in a unit none of
    the figures before it has ("党支部7个，其中农村支部5个、…学校支部1个，全乡现有小学校4所，其中…"):
    the list ends there; -1 when there is none."""
    figures = _between(quantities, starts, start, cue)
    if not figures:
        return -1
    comma = plain.rfind(",", start, figures[-1].start)  # before the nested whole, the figure before its cue
    if comma < 0:
        return -1
    before = {unit_group(q) for q in figures if q.start < comma}
    after = {unit_group(q) for q in figures if q.start > comma}
    return comma if before and None not in after and after.isdisjoint(before) else -1


def _complete_set_within(doc, start: int, end: int, quantities, starts) -> bool:
    """Whether the figures of the first unit between ``start`` and ``end`` are labelled by a complete
    set ("其中,养殖水产品产量1.99万吨;捕捞水产品产量990吨": the second 产量 is a part, no other whole)."""
    figures = [q for q in _between(quantities, starts, start, end) if unit_group(q) is not None]
    parts = [q for q in figures if unit_group(q) == unit_group(figures[0])] if figures else []
    return len(parts) > 1 and _complement(doc, _labels(doc, start, parts)) is not None


def _closing_semicolon(plain: str, figures: list[Quantity], end: int) -> int:
    """Where a list of parts ends: at the first ； when its first two parts (figures in one unit)
    are joined by 、 or ， before it ("其中集中养育 126 人、社会散居 318 人；事实无人抚养儿童 1573 人"),
    else at ``end`` (a list joined by ；, "其中：留守儿童 1705 人；困境儿童 428 人", or one part
    with a note, "其中：基本支出 806.52 万元，占 13.8%；项目支出 5055.82 万元")."""
    semicolon = plain.find(";", figures[0].end, end) if figures else -1
    if semicolon < 0:
        return end
    # the first two figures of a unit before it ("房屋2,841万平方米、价值495亿元，车辆19,124台、价值13亿元；")
    before = [q for q in figures if q.start < semicolon and unit_group(q) is not None]
    for i, first in enumerate(before):
        second = next((q for q in before[i + 1 :] if unit_group(q) == unit_group(first)), None)
        if second is not None:
            return semicolon if _LIST_JOINER.search(plain, first.end, second.start) else end
    return end


def _may_total(doc, sentence_start: int, q: Quantity, of_average: bool = False) -> bool:
    """Not a change (较上年增加 50 人) or a rate, nor a detail in parentheses (500 人（…50 人）), nor a
    ratio: a count of things with a fraction (床位 45.27 张), one per some unit (每千名老人拥有…) or
    an average (平均期望寿命 75.41 岁: its parts by sex do not add up to it), nor an age in 岁 (预期寿命
    83.66岁，其中男性81.27岁), unless the parts are
    ``of_average``: the components of an average (人均可支配收入: 工资性收入, 经营净收入…)."""
    plain = doc.plain
    label = plain[max(sentence_start, q.start - 6) : q.start]
    if _depth(plain, sentence_start, q.start) > 0 or names_change_or_rate(doc.lexicon, label):  # a stray ）: not inside
        return False
    if q.unit_class == "discrete" and q.value != q.value.to_integral_value():
        return False
    if q.unit in ("岁", "周岁"):
        return False  # an age or a life expectancy (83.66岁，其中男性81.27岁、女性86.14岁): no sum of parts
    if _base_of_share(plain, q):
        return False  # "完成年初预算数60999万元的40.4%": the base of a share, not the whole broken down
    return of_average or not _PER_OR_AVERAGE.search(plain, clause_bounds(plain, q.start, q.end)[0], q.start)


def _not_parts(doc, region_start: int, parts, last_clauses: bool = False) -> bool:
    """Parts whose clauses name different activities are separate indicators (实现再就业 493 人，促进创业
    991 人). A figure of the list is a change or a rate (较上年减少 200 人, 每人每月 800 元), not a part. A
    change anywhere between the parts leaves unclear which figures the 其中 covers ("其中：地方一般预算
    收入 …，增长 56.9%；税收总收入 …"), unless the labels name a complete set (第一产业/第二产业/第三
    产业) or each part states its change right after it (``last_clauses``): then only the words right
    before each figure count."""
    labels = _labels(doc, region_start, parts)
    if _different_activities(doc.lexicon, [_LAST_CLAUSE.search(label).group() for label in labels]):
        return True  # "其中就业困难人员实现再就业493人，促进创业991人，劳动力技能提升培训4491人"
    if last_clauses or _complement(doc, labels):
        labels = [_LAST_CLAUSE.search(label).group() for label in labels]
    return any(names_change_or_rate(doc.lexicon, label) for label in labels)


def _without_carried_changes(doc, parts) -> list[Quantity] | None:
    """The parts without the change each states right after it in its own clause ("税收收入8103万元，
    比上年增收1284万元；非税收入…"): the levels, when there are two or more and every other figure of
    the list is such a change; None otherwise."""
    plain = doc.plain
    levels: list[Quantity] = []
    for i, q in enumerate(parts):
        if _states_change(doc, q):
            before = parts[i - 1] if i else None
            if before is None or levels[-1:] != [before] or any(mark in plain[before.end : q.start] for mark in ";。\n"):
                return None  # a change of no level: "其中增加 …", or one after a ；
            continue
        levels.append(q)
    return levels if len(levels) >= 2 and len(levels) < len(parts) else None


_PARAGRAPH_REACH = 400  # characters before a 其中 in which the whole its part's share names may be stated
_SHARE_NAMES = lazy(r"[ \t]*+,?[ \t]*+占(\p{Han}{3,10})")  # "5000吨，占肉类总产量的…"


def _named_by_the_share(doc, first: Quantity, cue_start: int, quantities, starts) -> Quantity | None:
    """The whole that the first part's share names, stated earlier in the paragraph than the nearest
    figure: "肉类总产量6500吨，…；牛奶产量4500吨。其中猪肉产量5000吨，占肉类总产量的…" is of the 6500."""
    plain = doc.plain
    share = _SHARE_NAMES.match(plain, first.end, first.end + 16)  # bounded: regex looks ahead for 占
    if share is None:
        return None
    paragraph = doc.paragraph_at(cue_start)
    low = max(paragraph.start if paragraph else 0, cue_start - _PARAGRAPH_REACH)
    before = [q for q in _between(quantities, starts, low, cue_start)
              if unit_group(q) == unit_group(first) and q.exact and _may_total(doc, low, q)]
    name = share.group(1).removesuffix("的")
    for stem in (name, name[:-1]):  # an excerpt may cut the name off (占肉类总产)
        named = [q for q in before if len(stem) >= 3 and stem in _clause_before(plain, q)]
        if named:
            return named[-1]
    return None


def _share_names_another_total(doc, first: Quantity, total: Quantity) -> bool:
    """Whether the first part's share names a total count (占立案总数的) whose name the total's clause lacks."""
    share = _SHARE_NAMES.match(doc.plain, first.end, first.end + 16)
    if share is None:
        return False
    stem = share.group(1).removesuffix("的").removesuffix("总数")
    return len(stem) >= 2 and share.group(1).removesuffix("的").endswith("总数") and stem not in _clause_before(doc.plain, total)


def _rounded(q: Quantity) -> Quantity:
    """A figure read as rounded to its last digit (人均可支配收入 12861 元: within half a 元)."""
    return q if q.ulp else replace(q, ulp=q.multiplier)


def _states_change(doc, q: Quantity) -> bool:
    """Whether a figure's clause only states that it is a change (比上年增收 1284 万元, 同比减少 …)."""
    return _carried_change_regex(doc.lexicon).fullmatch(_clause_before(doc.plain, q)) is not None


def _changes_vouch(doc, total: Quantity, levels: list[Quantity], carried: list[Quantity], after_total: list[Quantity]) -> bool:
    """Whether parts read past the change each states, and not named as a complete set, are the
    total's parts: they fit it, or the total
    states its change in its own sentence and the parts' changes, each signed by its verb, add up to it
    (…减收1070万元。其中：…增收1284万元；…减收2354万元). Parts that do neither may be of another
    whole: a list of crops under 粮食种植面积 that runs on to 油料 and 蔬菜."""
    if _verdict(total, levels, False) is None:
        return True
    plain = doc.plain
    own = next((q for q in after_total if unit_group(q) == unit_group(total) and _states_change(doc, q)), None)
    if own is None or any(mark in plain[total.end : own.start] for mark in ";。\n"):
        return False
    changes = {id(carried[i - 1]): q for i, q in enumerate(carried) if i and _states_change(doc, q)}
    if any(id(level) not in changes for level in levels):
        return False
    signed = [_signed_interval(doc, changes[id(level)]) for level in levels]
    low, high = sum(lo for lo, _ in signed), sum(hi for _, hi in signed)
    stated_low, stated_high = _signed_interval(doc, own, own.ulp)
    return low <= stated_high and high >= stated_low


def _signed_interval(doc, change: Quantity, spread: Decimal | None = None) -> tuple[Decimal, Decimal]:
    """The values a stated change stands for, negative for a fall (减收, 减少): within half a unit of
    its last digit, or ``spread``."""
    spread = change.ulp / 2 if spread is None else spread
    verb = _carried_change_regex(doc.lexicon).fullmatch(_clause_before(doc.plain, change)).group("verb")
    sign = -1 if verb in doc.lexicon.change_down_words else 1
    low, high = sign * (change.value - spread), sign * (change.value + spread)
    return min(low, high), max(low, high)


@lru_cache(maxsize=8)
def _carried_change_regex(lexicon):
    """A clause that only states a change: (比上年|同比|较上年同期…)? + a verb (比上年增收, 同比减少, 增加)."""
    verbs = alternation(lexicon.change_up_words + lexicon.change_down_words)
    return compile_regex(r"[ \t]*+(?:(?:比|较)[^,;:。\d]{0,8}?|同比|环比)?[ \t]*+(?P<verb>" + verbs + r")了?[ \t]*+")


def _sibling_after_pause(doc, total: Quantity, region_start: int, parts) -> int | None:
    """The first part after a ； that is no part: labelled as a sibling of the total, the same frame
    with another word of the same length inside (参加工伤保险职工 / 参加生育保险职工, 工伤保险参保人数 /
    生育保险参保人数达到, 全县农村低保对象 / 全县城市低保对象), a label no part before it has; or, after
    one part, larger than the total by itself (企业技术中心28个，其中国家级1个；省级工程技术研究中心59个)."""
    plain = doc.plain
    whole = _LABEL_NOISE.sub("", _clause_before(plain, total))
    seen = set()
    first = ""
    for i, label in enumerate(_labels(doc, region_start, parts)):
        own = _head(label)
        first = first or own
        if i and ";" in label and own not in seen and own != whole:
            if i == 1 and parts[0].value <= total.value < parts[1].value:
                return i
            if len(whole) >= 4 and (_counter_flow(own, whole) or _same_frame(_LINK_AFTER.sub("", own), whole)):
                return i  # "基金收入41.89亿元，…其中统筹基金收入30.30亿元；基金支出28.63亿元"
            if i == 1 and _framed_like_the_whole(own, whole, first):
                return i  # "医疗保险参保人数57,111人。其中，农民工2,013人；工伤保险参保24,431人"
        seen.add(own)
    return None


_LINK_AFTER = lazy(r"(?:达到|达|为|是|有)$")  # 生育保险参保人数达到: the label without its verb


def _same_frame(own: str, whole: str) -> bool:
    """Labels of one length that differ in a word inside (参加工伤保险职工 / 参加生育保险职工) or in
    their first two characters only (工伤保险参保人数 / 生育保险参保人数)."""
    if len(own) != len(whole):
        return False
    prefix = len(commonprefix([own, whole]))
    suffix = len(commonprefix([own[::-1], whole[::-1]]))
    return (prefix >= 2 and suffix >= 2 and (prefix + suffix) * 2 >= len(own)) or (len(own) >= 6 and suffix >= len(own) - 2)


_FRAME = 4  # characters a label shares with the whole's at its end (保险参保) to be framed like it


def _framed_like_the_whole(own: str, whole: str, first: str) -> bool:
    """Whether a label after a ； ends in words of the whole's label that the lone part before the ；
    shares none of: 工伤保险参保 beside 城镇职工基本医疗保险参保人数, after 农民工 (a subset), is another
    whole of the same frame. Parts named alike share some of it (城市特困供养人员；农村特困供养人员;
    累计发放资金；累计发放…供养资金)."""
    for size in range(len(own) - 1, _FRAME - 1, -1):
        frame = own[-size:]
        if frame in whole:
            return not any(frame[i : i + 2] in first for i in range(len(frame) - 1))
    return False


def _counter_flow(own: str, whole: str) -> bool:
    """Whether ``own`` names the other flow of what ``whole`` names (基金支出 beside …基金收入)."""
    for a, b in (("支出", "收入"), ("收入", "支出")):
        if own.endswith(a) and whole.endswith(b) and len(own) > 2 and whole[: -len(b)].endswith(own[: -len(a)]):
            return True
    return False


_OVERLAP_POINTS = 10  # percentage points past 100% that the shares of parts of two cuts add up to, at least


def _shares_disown(doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Parts whose own shares say they are no one cut of the total: shares that add up to well over
    100% ("其中，城镇人口40.49万人，占39.91%；少数民族人口79.03万人，占77.90%": two classifications of
    one population), or a share greater than the total's own ("60岁及以上人口1201.1万人，占17.61%，
    其中…；16-59岁人口4276.2万人，占比62.68%": an age group beside it, not within it)."""
    shares = [share for q in parts if (share := own_share(doc, q, named=True)) is not None]
    # a whole class too many, not a slip: one wrong figure of a cut moves its shares' sum a little
    # (1380.20万元占93.24%，80.00万元占5.40%，30.00万元占2.03%: 100.67%, a 合计 that is off)
    if len(shares) >= 2 and sum((share.value - share.ulp / 2 for share in shares), Decimal(0)) > 100 + _OVERLAP_POINTS:
        return True
    own = own_share(doc, total, named=True)
    return own is not None and any(share.value > own.value for share in shares)


def _item_of_shares(doc, total: Quantity) -> bool:
    """Whether ``total`` is the last of a list of counts each with its share ("经济建设类的有53件，占
    76.8%；…综合类的有5件，占7.3%"): a 其中 opening the next sentence breaks down the whole they classify."""
    if own_share(doc, total) is None:
        return False
    numbers, starts = doc.numbers, number_starts(doc)
    reach = max(0, total.start - 400)
    start = max(reach, doc.plain.rfind("。", reach, total.start) + 1)  # the items are joined by ；
    earlier = numbers[bisect_left(starts, start) : bisect_left(starts, total.start)]
    return any(q.unit == total.unit and own_share(doc, q) is not None for q in earlier)


def _named_as_a_whole(doc, total: Quantity, region_start: int, parts) -> bool:
    """Whether a part's label names a whole (资产总额, 总收入) that the total's label does not: an
    indicator of its own, no part of this total."""
    named = _clause_before(doc.plain, total)
    for label in _labels(doc, region_start, parts):
        m = _OWN_WHOLE.search(_LAST_CLAUSE.search(label).group())
        if m and m.group() not in named:
            return True
    return False


_LAST_ITEM = lazy(r"[^,;:、]*$")
_COPULAS = ("为", "是", "系", "属于")


def _criteria(doc, region_start: int, parts) -> bool:
    """Parts named after their figures by different predicates ("其中有343人属于财政供养人员，有2454人
    购买了2645辆汽车，43人在县城购买商品房"), or one predicate of different objects ("其中162个机构提供视力
    残疾康复服务、191个机构提供听力言语残疾康复服务"): criteria a member may meet several of, no partition."""
    # a part's own words begin after the 、 or the clause break that ends the part before ("…服务、191个")
    labels = [_LAST_ITEM.search(label).group() for label in _labels(doc, region_start, parts)]
    if any(_LABEL_NOISE.sub("", label) not in ("", "有") for label in labels):
        return False
    plain = doc.plain
    predicates = set()
    for q in parts:
        after = plain[q.end : clause_bounds(plain, q.start, q.end)[1]].lstrip(" \t")
        # the predicate right after the figure, or after the counted noun said again ("162个机构提供…")
        found = next(((w, after[skip:]) for skip in range(4) for w in doc.lexicon.criterion_predicates
                      if after.startswith(w, skip) and all("\u4e00" <= c <= "\u9fff" for c in after[:skip])), None)
        if found is None:
            return False
        word, phrase = found
        # one predicate of other objects names other criteria (提供视力…服务, 提供听力…服务), but a copula's
        # objects are classes (有70人为男性，有60人为女性)
        predicates.add(word if word in _COPULAS else phrase)
    return len(predicates) > 1


def _different_activities(lexicon, clauses: list[str]) -> bool:
    """Whether two parts' clauses name activities (lexicon activity_verbs) and share none."""
    named = [verbs for clause in clauses if (verbs := {w for w in lexicon.activity_verbs if w in clause})]
    return any(a.isdisjoint(b) for i, a in enumerate(named) for b in named[i + 1 :])


def _complement_tail(doc, region_start: int, parts) -> tuple[int, tuple[str, ...]] | None:
    """Where the last parts begin when their labels name a complete set of their own after other
    parts (…，男性1258人，女性649人): a second cut of the whole; with the set's labels."""
    labels = _labels(doc, region_start, parts)
    for size in (3, 2):
        if len(parts) > size:
            used = _complement(doc, labels[-size:])
            if used:
                return len(parts) - size, used
    return None


def _without_details(doc, region_start: int, parts: list[Quantity]) -> list[Quantity]:
    """The parts without those that a class listed before them holds (lexicon detail_classes):
    "其中，卫生技术人员638人，执业(助理)医师236人，注册护士287人" lists one part and two of its details."""
    heads = [_head(label) for label in _labels(doc, region_start, parts)]
    kept, kept_heads = [], []
    for q, head in zip(parts, heads):
        if not any(head.startswith(details) and any(h.startswith(whole) for h in kept_heads) for whole, details in doc.lexicon.details):
            kept.append(q)
            kept_heads.append(head)
    return kept


def _labels(doc, region_start: int, parts) -> list[str]:
    return [doc.plain[start:end] for start, end in _label_spans(region_start, parts)]


def _label_spans(region_start: int, parts) -> list[tuple[int, int]]:
    return list(zip([region_start] + [part.end for part in parts[:-1]], [part.start for part in parts]))


def _complement(doc, labels: list[str], sets=None) -> tuple[str, ...] | None:
    """The labels of a complete set (城市/农村; one of ``sets`` when given) that the parts' labels
    name, in their order, or None."""
    heads = [_head(label) for label in labels]
    used = doc.lexicon.complete_set(heads, sets)
    if used is None and sets is None and len(heads) == 2:
        return _done_and_not(*heads)
    return used


def _head(label: str) -> str:
    """A part's own words: the last clause of its label, without marks, digits and 其中."""
    return _LABEL_NOISE.sub("", _LAST_CLAUSE.search(label).group())


def _done_and_not(a: str, b: str) -> tuple[str, str] | None:
    """已X and 未X of one X (已脱贫 / 未脱贫, 未办结 / 已办结): a complete pair; the two words, or None."""
    if {a[:1], b[:1]} != {"已", "未"}:
        return None
    done = commonprefix([a[1:], b[1:]])
    return (a[: 1 + len(done)], b[: 1 + len(done)]) if len(done) >= 2 else None


def _region_end(plain: str, start: int, in_brackets: bool) -> int:
    if in_brackets:
        depth = 1
        for mark in _BRACKET_OR_END.finditer(plain, start, min(len(plain), start + 400)):
            if mark.group() == "(":
                depth += 1
            elif mark.group() == ")":
                depth -= 1
                if depth == 0:
                    return mark.start()
            else:
                return mark.start()
        return start
    end = _SENTENCE_AHEAD.search(plain, start, min(len(plain), start + 400))
    return end.start() if end else min(len(plain), start + 400)


def _item_lines_end(doc, start: int) -> int:
    """The end of a list of parts set one a line after the cue that ends its line: up to a blank
    line or a line whose list marker differs from the first item's (the next heading); items
    without markers end with the line that ends in 。."""
    plain = doc.plain
    kinds = _line_markers(doc)
    first = kinds.get(start)
    end = at = start
    for _ in range(_ITEM_LINES):
        line_end = plain.find("\n", at)
        line_end = len(plain) if line_end < 0 else line_end
        line = plain[at:line_end]
        if not line.strip() or kinds.get(at) != first:
            break
        end = line_end
        if (first is None and line.rstrip().endswith("。")) or line_end == len(plain):
            break
        at = line_end + 1
    return end


@per_document
def _line_markers(doc) -> dict[int, str]:
    """The kind of the list marker that opens a line, by the line's start."""
    plain = doc.plain
    return {plain.rfind("\n", 0, m.start) + 1: m.kind for m in doc.markers if m.at_paragraph_start}


def _inside_a_list(doc, cues: _Words, cue_start: int) -> bool:
    """Whether another cue (其中, 包括 …) opens a list earlier in the cue's sentence."""
    sentence = doc.sentence_at(cue_start)
    return sentence is not None and cues.first(sentence.start, cue_start) is not None


def _clause_of_several(plain: str, parts) -> bool:
    """A list of one part a ；-clause with a clause of two or more: a part and a detail of it, or
    another figure, and which is not said."""
    semicolons = [plain.count(";", a.end, b.start) for a, b in zip(parts, parts[1:])]
    if not semicolons or not semicolons[0]:
        return False  # no ；, or the first clause lists several parts (_closing_semicolon ended the list there)
    return 0 in semicolons


def _clause_before(plain: str, q: Quantity) -> str:
    """The words of ``q``'s clause before it, on its line."""
    return plain[clause_bounds(plain, q.start, q.end)[0] : q.start]


def _one_a_line(plain: str, parts, start: int, end: int) -> bool:
    """Whether each line of ``plain[start:end]`` holds exactly one of ``parts``."""
    lines = plain.count("\n", start, end) + 1
    return len(parts) == lines and len({plain.count("\n", start, q.start) for q in parts}) == lines


def _depth(plain: str, start: int, at: int) -> int:
    segment = plain[start:at]
    return segment.count("(") - segment.count(")")


def _exhaustive(doc, cue: str, total: Quantity, parts, region_start: int) -> Message | None:
    if cue.startswith("分别"):
        return CueListsEveryPart(cue)
    label_spans = _label_spans(region_start, parts)
    years = []
    for start, end in label_spans:
        label_years = [q for q in _between(doc.numbers, number_starts(doc), start, end) if q.kind == "year"]
        years.append(label_years[0].value if len(label_years) == 1 else None)
    by_years = _years_cover(doc, total, years)
    if by_years:
        return by_years
    used = _complement(doc, _labels(doc, region_start, parts))
    if used:
        return LabelsMakeTheWhole("/".join(used))
    return SharesMakeTheWhole() if shares_of_one_whole(doc, parts[0]) == list(parts) else None


@per_document
def _years_named(doc) -> list[int]:
    """The years the document names, latest first."""
    return sorted((int(q.value) for q in doc.numbers if q.kind == "year"), reverse=True)


def _latest_year(doc, excluding) -> int | None:
    """The latest year the document mentions outside a breakdown's labels (its own date, as a rule)."""
    labels = sorted((int(y) for y in excluding), reverse=True)
    for year in _years_named(doc):
        if labels and year == labels[0]:
            labels.pop(0)  # a label of this breakdown, not the document's own time
            continue
        return year
    return None


def _years_cover(doc, total: Quantity, years) -> Message | None:
    if len(years) < 2 or None in years or any(b != a + 1 for a, b in zip(years, years[1:])):
        return None
    sentence = doc.sentence_at(total.start)
    context = doc.plain[max(0, sentence.start - 40) if sentence else 0 : total.start]
    period = None
    for match in _YEAR_PERIOD.finditer(context):
        period = match
    if period is None:
        return None
    first, last = int(years[0]), int(years[-1])
    if period.group(1):
        latest = _latest_year(doc, excluding=years)
        # the document's own time (its date, as a rule) falls in the last listed year or the next
        if latest and int(period.group(1)) == first and last <= latest <= last + 1:
            return YearsCoverPeriod(first, last, period.group().strip())
    elif int(period.group(2)) == first and int(period.group(3)) == last:
        return YearsCoverPeriod(first, last, period.group().strip())
    return None


def _before_total(doc, word_start: int, word_end: int, quantities, starts, cues: _Words) -> Breakdown | None:
    """"A 10 人、B 20 人，合计 30 人": a 合计/总计 closing the list before it."""
    plain = doc.plain
    word = plain[word_start:word_end]
    if word not in ("合计", "总计", "小计") or plain[max(0, word_start - 1) : word_start] not in ",;、。:\n \t":
        return None
    following = _between(quantities, starts, word_end, word_end + 8)
    if not following:
        return None
    named = None  # "合计提案646件": the noun every part's label must name
    if not _TOTAL_LINK.fullmatch(plain, word_end, following[0].start):
        noun = _TOTAL_NOUN.fullmatch(plain, word_end, following[0].start)
        if noun is None or names_change_or_rate(doc.lexicon, noun.group(1)):
            return None
        named = noun.group(1)
    total = following[0]
    group = unit_group(total)
    sentence_mark = _SENTENCE_BACK.search(plain, max(0, word_start - 300), word_start)
    stop = sentence_mark.start() if sentence_mark else max(0, word_start - 300) - 1
    if group is None or not total.exact or cues.first(stop + 1, word_start) is not None:
        return None
    same = [q for q in _between(quantities, starts, stop + 1, word_start) if unit_group(q) == group]
    if len(same) < 2 or not all(q.exact for q in same) or _not_parts(doc, stop + 1, same):
        return None
    if named is not None:
        if not all(named in label for label in _labels(doc, stop + 1, same)):
            return None  # "…399件，…220件，合计提案646件": each part names the 提案 it counts, however long its label
    elif any(later.start - earlier.end > _LIST_LABEL for earlier, later in zip(same, same[1:])):
        return None  # a figure of the sentence stands apart from the list: which figures 合计 closes is unclear
    return Breakdown(total, same, TotalClosesList(word))


@rule("NUM004", "respectively-arity", "error")
@english_doc(
    """"分别" whose number of subjects and number of values differ.

    The subjects are the items the clause before 分别 coordinates with 、 (a last item joined by
    和/及/与 may be one more), or a count word (三个项目, 分三档). The values are the figures that
    follow 分别, joined by 、/和/与/及. When the number of subjects cannot be known (no 、 and no
    count word: "城乡低保年保障标准分别提高到8580元、5580元" names 城 and 乡), when the list is
    open (等) or a single value is given to each (各…, one value), the rule stays silent.
    """
)
def respectively_arity(doc):
    """“分别”前后的对象个数与数值个数不一致。

    检查什么：“分别”前的对象是该分句中用“、”并列的各项（最后一项用“和”“及”“与”连接时可能多一项），
    或计数词（三个项目、分三档）；“分别”后的数值是用“、”“和”“与”“及”连接的数字。对象个数无法
    确定时（没有“、”也没有计数词：“城乡低保年保障标准分别提高到8580元、5580元”说的是城、乡两项），
    列举未完（等），或每项给同一个值（各……，只有一个数值），不报。

    为什么重要：“分别”要求前后一一对应；个数不符，读者无法知道哪个数值属于哪一项，往往是漏写或
    多写了一项。

    Incorrect:
        集中供养儿童、社会散居孤儿、事实无人抚养儿童、感染艾滋病儿童保障标准分别达到 1600 元/月、1200 元/月。

    Incorrect:
        城区、乡镇、农村三个项目分别投资5亿元、3亿元。

    Correct:
        城乡低保年保障标准分别提高到8580元、5580元。

    Correct:
        护理标准分三档分别达到 1800 元/年、3612 元/年、5412 元/年。
    """
    plain = doc.plain
    for match in _RESPECTIVELY.finditer(plain):
        values = _values_after(doc, match.end())
        if len(values) < 2:
            continue
        clause_start = clause_bounds(plain, match.start(), match.end())[0]
        clause = plain[clause_start : match.start()]
        readings, items = _subject_counts(clause, doc.lexicon.joined_categories)
        if not readings:
            continue
        if len(values) < min(readings) and _broken_off(doc, values[-1]):
            continue  # "…契税分别增收 4 万元、3 万⏎4、元、4 万元、": the values run on past a line the page broke
        shown = "、".join(as_written(doc, q) for q in values)
        holds = len(values) in readings
        yield Checked(match.start(), match.end(), "respectively", RespectivelyChecked("/".join(map(str, sorted(readings))), len(values), shown), holds)
        if holds:
            continue
        subjects = f"{min(readings)}–{max(readings)}" if len(readings) > 1 else str(max(readings))
        yield Hit(
            match.start(),
            match.end(),
            RespectivelyArity(subjects, "、".join(items), len(values), shown),
            figures=tuple(q.start for q in values),
        )


def _broken_off(doc, last: Quantity) -> bool:
    """Whether a list of values breaks off right after ``last``: at a line break inside the list (a
    page's copy) or where the text stops (an excerpt)."""
    rest = doc.plain[last.end : last.end + 8].lstrip(" \t、,")
    return rest.startswith("\n") or not rest.strip()


def _values_after(doc, start: int) -> list[Quantity]:
    plain, numbers = doc.plain, doc.numbers
    counts = (numbers[i] for i in range(bisect_left(number_starts(doc), start), len(numbers)) if numbers[i].is_count)
    first = next(counts, None)
    if first is None or first.num_start - start > 8 or CLAUSE_END.search(plain, start, first.num_start):
        return []
    values = [first]
    for q in counts:
        gap = plain[values[-1].end : q.start]
        if values[-1].in_range and q.in_range and RANGE_BETWEEN.fullmatch(gap):
            continue  # "3～5人" is one value
        if not _LIST_GAP.fullmatch(gap):
            break
        values.append(q)
    return values


_COUNT_WORD = lazy(r"([一二两三四五六七八九十])[ \t]*(?:个|档|类|项|所|家|名|种|级|批|方面|部分|大)")


def _subject_counts(clause: str, categories: tuple[str, ...] = ()) -> tuple[set[int], list[str]]:
    """How many subjects a clause before 分别 names: the possible counts, and the items; a category
    whose name holds a 、 (服装、鞋帽、针纺织品: the lexicon's joined_categories) is one."""
    for name in categories:
        clause = clause.replace(name, name.replace("、", ""))
    # a count word that heads the subjects ("三个项目分别", "分三档分别"), not one inside a name ("两项补贴、低保")
    counted = [m for m in _COUNT_WORD.finditer(clause) if len(clause) - m.end() <= 4]
    if counted:
        word = counted[-1].group(1)
        return {cn_int(word)}, [clause[counted[-1].start() :].strip()]
    if _OPEN_LIST.search(clause) or "、" not in clause:
        return set(), []
    items = [item.strip() for item in clause.split("、")]
    for name in categories:
        items = [item.replace(name.replace("、", ""), name) for item in items]
    joined = sum(1 for item in items if _CONJUNCTION.search(item))
    return set(range(len(items), len(items) + joined + 1)), items


_LABEL_START = lazy(r"[,;:、]", flags=REVERSE)
_ITEM_END = lazy(r"[;。\n]")
_TRAILING_MARKS = lazy(r"[,;:、。\s]+$")


@rule("NUM010", "repeated-label", "warning")
@english_doc(
    """Two items of one breakdown that read the same but for their figures: the word that tells
    them apart (城市 and 农村, 男 and 女 …) was lost, and a reader cannot tell which figure is which.
    An item runs from the clause of a part that opens it to the next such part (in
    "城市低保6195户，发放低保金3277万元，农村低保7840户，发放低保金1444万元" the 户 figures open the
    items, which 城市 and 农村 tell apart).
    """
)
def repeated_label(doc):
    """同一组分项中有两项除数字外完全相同。

    检查什么：一组分项中有两项除数字外读来完全相同：区分两者的词（城市与农村、男与女……）丢了，
    读者分不清哪个数字属于哪一项。每一项从开启它的分项所在分句起，到下一个这样的分项为止（“城市低保
    6195户，发放低保金3277万元，农村低保7840户，发放低保金1444万元”中，开启各项的是以“户”计的
    数字，由“城市”“农村”区分）。

    为什么重要：漏了区分词，两组数字就无从对应，所报数据也就失去了意义。

    Incorrect:
        全区纳入城乡低保8957户24835人。其中：12月份纳入低保3167户8112人，发放低保金373.9052万元；12月份纳入低保5790户16723人，发放低保金503.8417万元。

    Correct:
        全区纳入城乡低保8957户24835人。其中：12月份纳入城市低保3167户8112人，发放低保金373.9052万元；12月份纳入农村低保5790户16723人，发放低保金503.8417万元。

    Correct:
        共安排资金3.52亿元。其中，投入16810万元，用于扶持柑桔等支柱产业；投入3579万元，用于小型农业水利设施建设。
    """
    plain = doc.plain
    found_all = breakdowns_of(doc)
    # Whether a breakdown opens inside another one, in one pass: the furthest end of those opening before it.
    spans = sorted((f.parts[0].start, f.parts[-1].end) for f in found_all)
    openings = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    for found in found_all:
        opening = found.parts[0].start
        before = bisect_left(openings, opening)
        if len(found.parts) < 2 or (before and reach[before - 1] > opening):
            continue  # its parts do not open the items: another unit's figures do
        starts = [_label_start(plain, part) for part in found.parts]
        last_end = _ITEM_END.search(plain, found.parts[-1].end, found.parts[-1].end + 200)
        ends = starts[1:] + [last_end.start() if last_end else found.parts[-1].end]
        seen: dict[str, Quantity] = {}
        for part, start, end in zip(found.parts, starts, ends):
            item = _without_counts(doc, start, end)
            if sum(ch.isalpha() for ch in plain[start : part.start]) < 2:
                continue  # no label before the figure
            if item in seen:
                first = seen[item]
                yield Hit(part.start, part.end, ItemsReadTheSame(as_written(doc, first), as_written(doc, part), plain[start : part.start].strip()),
                          (RelatedHit(first.start, first.end, ReadsTheSame()),))
                break
            seen[item] = part


def _without_counts(doc, start: int, end: int) -> str:
    """The text of [start, end) with its counts cut out (years and dates stay) and no closing mark."""
    kept, at = [], start
    for q in _between(doc.numbers, number_starts(doc), start, end):
        if q.is_count:
            kept.append(doc.plain[at : q.start])
            at = q.end
    kept.append(doc.plain[at:end])
    return _TRAILING_MARKS.sub("", "".join(kept))


def _label_start(plain: str, part: Quantity) -> int:
    """Where the clause of a part starts (after 其中 when it opens the clause)."""
    mark = _LABEL_START.search(plain, max(0, part.start - 24), part.start)
    start = mark.end() if mark else max(0, part.start - 24)
    inside = plain.rfind("其中", start, part.start)
    return inside + 2 if inside >= 0 else start
