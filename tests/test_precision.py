"""Readings of real text that are consistent and must stay silent, next to the errors that must
still be found. Each silent sentence is of a kind that raised a false alarm on a real document."""

import pytest

from auditor import lint_text
from helpers import codes, findings, sentence_cases

SILENT = {
    # differences of rates and indices in statistical bulletins
    "NUM005": [
        # rates per ten thousand, said once for the sentence (a city education bulletin)
        "全市平均万人拥有高中学生数为170.8人,初中学生数为608.5人。",
        # a table laid out with spaces: the figure's next cell begins with a unit character (乡村)
        "其中:城镇 639996 42.83 乡村 854261 57.17",
        "全年人口出生率6.39‰，比上年减少2.14个千分点；死亡率5.12‰。",
        "其中私营个体经济比重为41.7%，分别比上年提高0.6个和0.7个百分点。",
        "分别拉动地区生产总值增长0.6个、7.8个和5.7个百分点。",
        "原材料、燃料、动力购进价格指数为105.5%，分别低于上年2.2个和5.9个百分点。",
        "蔬菜播种面积7.03万亩，复种指数达5.3次。",
        # a list of point changes with a verb to each (a county bulletin)
        "其中第一、二、三产业增加值占GDP的比重较上年分别下降0.2个、下降0.6个、提高0.8个百分点。",
        # an excerpt that stops after 个 (its 百分点 cut off)
        "据统计,1-9月,项目累计完成投资194.54亿元,投资完成率91.84%,超时间进度16.84个",
        # an average compared in the sentence after it, opened by 比 (a census bulletin)
        "平均每个家庭户的人口为2.71人。比2010年第六次全国人口普查的2.96人减少0.25人。",
        # rates per output or population named without 每 (a county bulletin; the national indicator's name)
        "全年生产安全事故死亡9人,比上年下降10%;亿元GDP各类事故死亡人数0.113人,同比下降22.1%。",
        # an excerpt cut off inside 个百分点 (a city bulletin)
        "全年工业生产者出厂价格较年初上升9.7个百",
        "工矿商贸十万从业人员生产安全事故死亡人数1.2人，亿元国内生产总值生产安全事故死亡人数0.02人。",
    ],
    # rates of a population the text does not state, and a share that names another whole
    "NUM003": [
        # a share after a list whose counts make the sentence's total is the list's, of the whole it names
        # (a city education report, held out): not 10 / 280
        "截止2023年底,全市有各级各类民办学校280所,其中民办幼儿园270所、民办中小学10所,占全市各级各类学校的19.25%。",
        # a total of another noun (学生) is no base of a 考生's rate
        "全县共有学生5000人。高考上线考生800人,上线率95%。",
        # 其中 the rate of a part (一本) whose count is not stated: not 11399 / 11899 (a 高考 news report, traditional)
        "今年我市高考考生共11899人,總上線考生11399人,總上線率為95.80%,其中一本上線率為16.19%,比去年提高1.45個百分點。",
        # a share in brackets that names its own subject (双师型教师) with no count: not of 153 (a county 教育 summary)
        "全县专任教师8108人。其中,普通高中专任教师1194人(民办496人),中职学校专任教师153人(双师型教师占5.29%),特教专任教师25人。",
        # a count named by its negation (不予立案) is no numerator of the 立案率: 118 / (118 + 11) is 91.5%
        "经审查,同意立案118件,不予立案的11件,立案率为91.5%。",
        # four shares of one list over four sentences, 占 and 占总数的 alike: of the list's 2894, not of the 3652 collected
        "五年来哈尔滨市政协共征集提案3652件,主要涉及城乡建设管理等方面。关于城市建设和管理方面的提案1116件,占38.6%。关于经济建设方面的提案529件,占总数的18.3%。关于科教文卫体事业方面的提案644件,占总数的22.2%。关于社会法制、民生保障等方面的提案605件,占20.9%。",
        # a count whose share names the same total as the numerator's is a class beside it, not its base
        "需要多个部门共同办理的建议有478件,占建议总数的48.19%;通过专题调研、视察、座谈、走访等方式形成的建议有364件,占建议总数的36.69%。",
        # shares that name one total, a sentence each, nudged to make 100.00%: of the classes' sum 171
        "经审查,立案174件。\n在立案的提案中,经济建设方面提案22件,占立案总数的12.87%。城乡建设方面提案50件,占立案总数的29.23%。民生建设方面提案78件,占立案总数的45.60%。文化建设方面提案14件,占立案总数的8.20%。其他方面提案7件,占立案总数的4.10%。",
        # 占承办提案总数的: of the 801 its paragraph states, never of the 835 received (a 武汉 report)
        "共收到提案835件。\n801件提案中，已经解决或采纳的提案564件，占承办提案总数的70.41%。",
        # a total stated in an earlier paragraph that fits
        "代表们共提出建议233件。\n其中需要两个以上单位会同办理的建议达45件，占总数的19%。",
        "年末全区常住人口112.98万人，城镇常住人口76.21万人，常住人口城镇化率为67.45%，全年出生人口11023人，出生率9.76‰，死亡人口7339人，死亡率6.50‰，自然增长率3.26‰。",
        "年末城镇新增就业8713人，城镇登记失业人数2694人，城镇登记失业率2.6%。",
        # a named rate after the parts of its numerator, of the total of the sentence before (a 政协 report)
        "五年来,共收到提案4348件,经审查立案3542件,其中集体提案964件、委员个人提案2578件,立案率81.4%。",
        # a share of a measure, of the total its sentence states
        "乡镇总面积96.25平方公里,其中耕地面积23.43平方公里,占总面积的24.34%。",
        # a share of a measure with no total in its sentence: its base is not read from elsewhere
        "全乡耕地面积23.43平方公里。全年造林面积2.1平方公里,占计划的105%。",
        # the count labelled with the rate's stem is the one right before it, not the 并案 after 立案 (a 政协 report)
        "经审查,立案78件、并案6件,实际立案72件,立案率70.9%;转为社情民意信息和意见13件。",
        # 不立案 is no count of 立案 (a 政协 report)
        "提案审查委员会对收到的提案进行了认真审查,确定立案544件,不立案23件,立案率95.9%。",
        # a share of a population the text does not state (a 民政 news report)
        "截至7月底,我区共有城乡低保保障对象11321户21064人,其中,城镇低保对象3031户4745人,占全区非农人口的4.06%,人均月补差405元,累计发放低保金1342.1万元。",
        # a rate between two counts: the first is a numerator of its own base, not the second's base
        "截至11月底,全市“十三五”建档立卡易地扶贫搬迁任务安置房竣工64645人、住房竣工率89.57%(高于全省5.22个百分点),累计搬迁入住63557人、累计入住率88.07%(高于全省7.65个百分点)。",
        # a share of a whole the sentence states and the share names (决算说明, 财政 reports as published)
        "2020年度财政拨款基本支出3455.91万元,其中:人员经费1565.86万元,占基本支出的45.31%。",
        "全区一般公共预算支出累计完成397641万元,增长0.7 %,其中:民生支出累计完成257215万元,占一般公共预算支出的64.7%。",
        # 分别占 … 和占 …: each share of the count listed in its place (an audit report)
        "2010年至2012年共投入财政扶贫资金10 851.8万元,其中中央财政资金10 444.85万元,省财政资金406.95万元,分别占96.25%和占3.75%,期末结转结余4316万元。",
        "全年实现地区生产总值54058.2亿元。全年实现高新技术产业产值45041.5亿元，增长17.4%，占规模以上工业总产值比重达37.5%，比上年提高2.2个百分点。",
        # a share of the whole its area names (占全社会用电量比重), not of the part a 其中 breaks down (a 统计局 release)
        "1-2月,第二产业用电量6.7亿千瓦时,占全社会用电量比重为39.2%,同比下降6.3%,其中,工业用电量6.46亿千瓦时,占全社会用电量比重为37.7%。",
        # a share whose own clause names a subject other than the count before it, with no count of its own
        # (a 人社 bulletin whose % was lost to OCR; a county government's report)
        "年末全市就业人员1644.37万人,其中城镇就业人员1087.42万人,占全市就业人员比重66.1虬全市就业人员中,第一产业就业人员占23.6%。",
        "预计全年可完成规上工业总产值270亿元,同比下降15%;其中规上数字经济产值40亿元,同比增长25%,泛半导体产业产值36亿元,同比增长30%,战略新兴产业增加值占比达25%。",
        # a share of a class named by a 的-phrase whose count is not stated, not of the total stated in the
        # paragraph before (a news report of the NPC)
        "十三届全国人大期间，代表们共提出建议43750件。\n今年全国人代会期间提出的8314件建议，涉及加快构建新发展格局、着力推动高质量发展的，占建议总数的46.5%；涉及增进民生福祉、提高人民生活品质的，占建议总数的15.9%。",
    ],
    "NUM002": [
        # a roster as of a date, paid over an unstated span while it changed (a 民生实事 公示)
        "截止11月,残疾人两项补贴为:“重度残疾人护理补贴”728人,每人每月75元,发放资金59.4465万元;“困难残疾人生活补贴”274人,每人每月75元,发放资金22.006万元。",
        "全市城乡居民最低生活保障对象11.35万人，城镇低保标准提高到310元/人月，较上年增加117元；农村低保标准提高到1600元/人年，较上年增加404元。",
        # 人均月补差: the mean of top-ups that differ person by person and month by month (a 民政 news report)
        "农村低保对象8290户16319人,占全区农业人口的5.49%,人均月补差276元,累计发放低保金3067.8万元。",
        # 月人均 is 人均月: an average per month of 人次, not of the 53491 people
        "农村低保17866户53491人，累计保障628007人次，共支出低保金3555.18万元，月人均补差56.61元。",
    ],
    # a qualifier before a 、 list belongs to every item of it: 农村 and 城市 低保对象 are two groups
    "CON001": [
        # terms of a ratio (生师比 19.4:1) are no counts: 农村 18.4 and 12.5 are of two school levels (an 教育 bulletin)
        "小学生师比为19.4:1(其中:城市20.1:1;县镇19.5:1;农村18.4:1)。\n\n初中生师比13.87:1(其中:城市14.5:1;县镇13.8:1;农村12.5:1)。",
        "截止6月10日，全乡共有农村低保户873户、低保对象1355人；城市低保户21户、低保对象28人。",
    ],
    # a change stated after a bracket is not of the figure inside it (达拉特旗 预算调整报告): 开发区 fell 2.8%
    # by its own base, the 25000 cut is the whole 旗's (25000 / 70000 = 35.7%)
    "NUM007": [
        "全旗政府性基金收入预算安排45000万元(其中:旗本级35900万元,下降8%;开发区9100万元,下降2.8%),比人代会预算安排数减少25000万元,"
        "(其中:旗本级减少29100万元,开发区增加4100万元),下降35.7%。",
    ],
    # a table flattened to one "name figure" a line (民政统计 公报): no unit lost, a layout
    "NUM009": ["五、社区服务\n\n社区服务指导中心16\n社区服务中心190\n社区服务站7,149\n社区专项服务机构和设施1,155\n"],
    "NUM001": [
        # 其中 with a share of 立案总数: of the 731 立案 stated before, not of the 分办 451 (a 政协 news report)
        "一年来,共收到提案925件,经审查立案731件。\n立案提案交由91家单位办理,单办280件,分办451件。其中,政府系统办理的672件,占立案总数的92%。",
        # parts of other kinds after the one part of the total (16个乡镇 … 3个街道办事处 … 226个村), a county overview
        "辖16个乡镇,其中回民乡镇7个、3个街道办事处和1个生态文化旅游示范区,有226个村、14个城市社区,常住人口46.94万人。",
        # the five branches of 农林牧渔业 add up to it within the rounding of six figures (a city bulletin)
        "全年实现农林牧渔业总产值36.23亿元,按可比价计算,同比增长4.5%。其中:农业产值22.42亿元,同比增长4.2%;林业产值4.69亿元,"
        "同比增长7.5%;牧业产值5.78亿元,同比2.8%;渔业产值2.37亿元,同比5.9%;农林牧渔服务业产值0.96亿元,同比增长5.6%。",
        # the four branches without their 服务业 are not all of it: less than the whole is no error
        "农林牧渔业总产值36.23亿元。其中:农业产值22.42亿元;林业产值4.69亿元;牧业产值5.78亿元;渔业产值2.37亿元。",
        # 其中 opens with an item of another unit (幼儿园7608所): the 人 after it are its pupils and teachers, of
        # two totals, not parts of the 专任教师 (a provincial 教育 bulletin); 15.94 is read against 79.55 alone
        "全省共有基础教育学校14667所,招生304.45万人,在校生1175.88万人,专任教师79.55万人。其中,幼儿园7608所,在园幼儿253.90万人,专任教师15.94万人。",
        "2023年,全市高中阶段共有学校8所。招生8057人,在校生29396人,专任教师2287人。\n其中普通高中6所,招生5735人,在校生22502人。",
        # the attributes' totals named in the same two characters (学位数, 学位): which is whose is unclear
        "公办幼儿园学位数1520个,普惠性幼儿园学位1200个,非普惠性幼儿园学位数3400个,共有幼儿园29所。其中炳三区公办幼儿园1所学位数270个,"
        "普惠性幼儿园1所学位数270个,非普惠性幼儿园9所学位2200个。",
        # a life expectancy and its values by sex are no sum (a 卫生健康 bulletin)
        "上海户籍人口预期寿命为83.66岁,其中男性81.27岁、女性 86.14岁。",
        # 死亡人口 after the parts of the 出生人口 is no part of it (altered from a district bulletin)
        "全年出生人口3000人,其中男性1600人,出生率为6.5‰,死亡人口1500人,死亡率为3.3‰。",
        # a 贷款余额 after the parts of a 存款余额 is no part of it (a county overview)
        "年末全社会金融机构各项存款余额11.2亿元,其中居民储蓄存款余额9.1亿元,贷款余额2.5亿元。",
        # shares of one named whole that imply one whole (a 提案 report): 477/76.81%, 106/17.07%, 38/6.12% are all 621
        "立案477件，占提案总数的76.81%；并案106件，占提案总数的17.07%；作为来信转有关部门参考的38件，占提案总数的6.12%。",
        # completion rates: each item of its own budget, not two shares of one whole
        "基本支出决算1200万元，占年度预算的98.5%；项目支出决算800万元，占年度预算的76.2%。",
        # shares of one named whole in two years: two wholes
        "2022年民生支出120亿元，占一般公共预算支出的75.1%。2023年民生支出130亿元，占一般公共预算支出的76.3%。",
        # 其中 of the 22所 right before it; the 个 counted further on are not parts of the 29个 (a county 卫生 report)
        "我县共有政府主办的县乡各类医疗卫生机构29个,县级医疗卫生的机构7所,乡镇卫生院22所,其中中心卫生院8所,有在职职工1027人,"
        "全县有村卫生室197个,社区卫生服务站10个,个体医疗机构188个。",
        # a part in 元 among 万元 whose digits do not make the total exact: a subset, as written (教育投入 report, altered)
        "县财政用于教育投入 3298 万元，包括义务教育配套费 889 万元、校舍维修改造专项资金 1000 元、两项附加 1400 万元。",
        # a bracket after a bare number breaks that number down, not the count before it (a 民政 page)
        "民办养老机构19个,社区养老服务设施(含老年活动场所)1713(其中居家养老服务中心470个)。",
        # the first item after a 其中 inside an 加上 … 合计 list is a detail of the figure before it (a 镇 决算)
        "全镇一般公共预算收入4402万元,加上级转移支付收入1884万元,其中:一般转移支付收入1478万元(含专项转移支付收入406万元),上年结转结余60万元,基金调入103万元,收入合计为6449万元。",
        # figures of zero add up to any zero: no unit slip (found by the property tests)
        "全年共发放救助资金 0万元，分别为0万元、0万元、0.000亿元、0万元、0万元。",
        # a total in 万 and counts after it in another unit that add up to something else: no slip read
        "全年接待游客1235.6万人次。其中国内游客1200人次,境外游客356人次。",
        # parts whose own shares add up past 100%: two cuts of one population (a 年鉴 page)
        "2019年末,西双版纳户籍总人口101.46万人。其中,城镇人口40.49万人,占户籍总人口比重为39.91%;少数民族人口79.03万人,占户籍总人口比重为77.90%。",
        # a part whose share is above the total's own: an age group beside it (a provincial bulletin)
        "60岁及以上人口1201.1万人,占常住人口比重为17.61%,其中,65岁及以上人口增至801.5万人;16-59岁人口4276.2万人,占比62.68%。",
        # a statistical bulletin: the 其中 breaks down the 常住人口 of the clause before the ；, not the
        # 户籍人口 stated last (a city whose residents outnumber its registered population)
        "截至2022年末，深圳市常住人口1766.18万人，比上年末减少1.98万人；户籍人口583.47万人，增加27.17万人。其中城镇常住人口1766.18万人，常住人口城镇化率为100%。",
        "2022年末，全市常住人口1766.18万人；户籍人口583.47万人，其中城镇常住人口1766.18万人。",
        # two complete cuts of one whole: by sex and by age or health
        "全市共排查农村留守老人12400人，其中男性5300人、女性7100人，80岁以上高龄老人3600人、失能半失能老人1200人。",
        "目前，我市事实无人抚养儿童111人。其中：城市户口28人、农村户口83人，享受低保107人，全额补助4人。",
        "我市孤儿174人。其中：市儿童福利院集中供养32人、各县（区）散居142人，农村户口114人、城市户口60人。",
        "城乡集中供养特困人员共41户41人，其中农村特困41人；特困人员中照料护理补贴一档6人、二档26人、三档9人。",
        # a ratio read as a total
        "全市拥有养老总床位4610张，每千名老人拥有床位45.27张。其中护理型床位1248张，护理型床位比例达到27.07%。",
        # a base in brackets after a share
        "覆盖行政村256个，覆盖率为64%（全市共有行政村400个）。",
        "2025年政协收到提案1190件，审查立案893件，立案率75.04%。\n\n“其中委员提案660件，占比73.91%，集体提案233件，占比26.09%。”",
        # a cumulative figure in brackets
        "今年安排临时救助资金1200万元（累计投入5600万元），用于困难群众救助。",
        "全年发放救助金860万元（同比增长12%），惠及困难群众1.2万人次。",
        # outcomes of the whole after the parts
        "我局共承办建议、提案12件，其中人大建议5件、政协提案7件，已办结12件，代表委员满意12件。",
        "今年共承办人大代表建议和政协委员提案46件，其中建议21件、提案25件，均已按期办结46件。",
        # truncated rather than rounded money
        "全市共有低保对象7户24835人，月发低保金877.74万元。其中：12月份纳入低保发放低保金373.9052万元，城市发放低保金503.8417万元。",
        # cut rather than rounded: 1250.37 stated as 1250.3
        "全年支出合计1250.3万元，其中基本支出806.52万元、项目支出443.85万元。",
        # a further item after parts that already make up the total
        "区政府共收到区政协三届四次会议提案115件，其中：会议期间收到114件（主办件112件，协办件2件），闭会期间收到1件，社情民意5件，分别交由44个部门具体承办。",
        # a status of the whole (立案), not a part
        "广大委员共提交提案原件187件，其中会后17件，经审查立案175件，立案率93.6%。",
        # a figure in brackets that qualifies the one before it
        "2020年全县共有各级各类幼儿园54所，小学35所（教学点56所），全县村级幼儿园覆盖率达100%。",
        # 分别 names the parts; the figures after the ； are other parts of the 136
        "全县现有各类卫生健康机构136个，其中：县直卫生健康机构4个，分别是县人民医院、县中医医院、县疾控中心、县卫生健康监督所；二级民营医院1家，乡镇卫生院9家，村卫生室91个，个体诊所31个。",
        # an average is not the sum of its parts
        "2021年全县居民平均期望寿命为75.41岁，其中男性期望寿命为73.08岁，女性期望寿命为78.08岁。",
        "全市城镇居民人均可支配收入41520元，其中男性41890元，女性41100元。",
        # the two sources of a fish catch, each clause with its change (a national bulletin of 2021)
        "2021年，全国水产品总产量6690.29万吨，比上年增长2.16%。其中，养殖产量5394.41万吨，同比增长3.33%，捕捞产量1295.89万吨，同比下降2.46%。",
        "全年水产品产量2.25万吨。其中,养殖水产品产量2.16万吨;捕捞水产品产量990吨。",
        # the same with the second cut consistent
        "现共有居住户1686户,其中本地居民1271户,驻区单位居住户415户,总人口4567人,其中本地居民3814人,驻区单位人口753人;总人口中城镇非农业户口居民1016人,占22.2%,农业户口居民3551人,占77.8%。",
        "截至1月29日下午3时,会议共收到委员提案399件,各民主党派贵州省委、省工商联、人民团体、省政协专门委员会及界别提案220件,合计提案619件。",
        # 合计 followed by a change, and a noun that a part does not name
        "会议共收到委员提案399件,界别提案220件,合计增加46件。",
        "会议共收到委员提案399件,各民主党派贵州省委、省工商联、人民团体、省政协专门委员会及界别建议220件,合计提案646件。",
        "建档立卡贫困户共617户2102人,已脱贫426户1506人,未脱贫191户596人。",
        "全县共有专任教师500人，男教师200人，女教师300人。",
        # no complete set after the total: a part, no cut
        "全县共有专任教师500人，中学教师200人，小学教师200人。",
        # 已X / 未X of two different X: no pair
        "全县共有贫困户615户,已脱贫426户,未搬迁191户。",
        # parts that make the total exactly, then one more joined by 、: a further part or an attribute
        # that overlaps them (易地扶贫搬迁), which the text does not say (a 帮扶 report; a 乡 report)
        "系统内帮扶对象841户1991人,其中监测户以外的脱贫户816户1932人、脱贫监测户6户13人、边缘易致贫户18户44人、突发严重困难户1户2人、易地扶贫搬迁119户208人。",
        "全乡有党支部7个,其中农村支部5个、机关支部2个、学校支部1个,全乡现有小学校4所,其中中心小学一所,村级完小3所。",
        # a 其中 after a list of classes with shares, its parts with shares of their own (a 政协 report)
        "立案的提案中,委员提出522件,占76.3%;各民主党派、人民团体和界别、委员小组等提出162件,占23.7%。其中,经济建设方面290件,占42.4%;政治建设方面19件,占2.8%;文化建设方面55件,占8.0%;社会建设方面267件,占39.0%;生态文明建设方面53件,占7.8%。",
        # the 48人 is a part of b类's list; c类 states no 人 (a 社区 report)
        "b类人员家庭42户,占低保户的19.3%,其中:单亲家庭14户24人、教育负担重家庭18户48人,c类人员家庭111户,占低保户的51%其中:因病残家庭43户,一般家庭68户,60岁以上老人83户,122人,占低保户的38.2%。",
        # one list joined by 、, then another whole in another unit with its own 其中
        "全乡有党支部8个,其中农村支部5个、机关支部2个、学校支部1个,全乡现有小学校4所,其中中心小学一所,村级完小3所。",
        # after the ；, a sibling of the total (the same frame, another insurance): another whole
        "城镇职工基本医疗保险参保人数达到13333人,征缴医疗保险费243万元。参加工伤保险职工6440人,其中:农民工5696人,征缴工伤保险费67万元;参加生育保险职工8281人。",
        # a difference (大于预算数) is no total of the items under the 其中 that ends the paragraph (a 决算说明)
        "2017年度,本单位一般公共预算财政拨款支出总计1741.75万元,与上年相比减少53.7万元,降低2.99%;完成年初预算100%,决算数大于预算数55.93万元,主要原因:2017年度62名职工工资调标个人部分增加。其中:\n1. 教育支出1595.95万元,主要用于学前教育。",
        # a part that says 共 is a total of its own (a county bulletin)
        "全县资质以上建筑企业26个,有工作量企业25个,实现总产值117725.2万元,比上年下降3.84%,其中,建筑工程产值117382.7万元,共签订合同额215077.4万元。",
        # parts named after their figures by different predicates: criteria that overlap (an audit report)
        "审计发现,在该县认定的扶贫对象中,有3119人不符合扶贫建档立卡标准,其中有343人属于财政供养人员,有2454人购买了2645辆汽车,43人在县城购买商品房或自建住房,439人为个体工商户或经营公司。",
        # a 其中 after a list of classes with their shares breaks down all of them, not the last class
        "这些建议涉及农林水电、工交、财贸等经济建设类的有53件,占76.8%;涉及教育、卫生等社会事业类的有11件,占15.9%;涉及公安、人事、扶贫等综合类的有5件,占7.2%。其中交由政府系统办理的有68件,占代表建议总件数的98.6%。",
        # after the ；, the other flow of the same fund: another whole (a 医保 report)
        "2023年末,职工基本医疗保险(含生育保险)基金收入41.89亿元,同比增长9.32%,完成年度预算的103.91%,其中统筹基金收入30.30亿元;基金支出28.63亿元,同比增长14.91%,完成年度预算的105.45%,其中统筹基金支出15.82亿元。",
        # a part named as a whole of its own (资产总额) under a total that is none (结转): another indicator
        "2020年,全省国有资本经营预算收入310.61亿元,加上转移性收入等收入后,总收入339.66亿元,总支出330.05亿元。收支相抵,结转9.61亿元。\n\n  其中,企业国有资产方面,截至2020年年底,全省国有企业资产总额121732.52亿元,同比增长12.99%;负债总额73660.55亿元,同比增长15.60%。",
        # a profit: the firms of a part may earn more than all, the others at a loss (a 国资 report)
        "二、利润总额。市属国有企业累计利润总额10.31亿元,同比下降20.6%。其中,市国资委系统企业累计利润总额24.15亿元,同比增长20.3%。",
        # parts that give households and people, both adding up
        "共核实建档立卡贫困户1139户2631人，其中五保贫困户412户469人、低保贫困户555户1605人、一般贫困户172户557人。",
        "监测户115户256人（其中脱贫不稳定户6户14人、边缘易致贫户88户177人、突发严重困难户21户65人）。",
        # the people are a part only (the households are not checked beyond the one side)
        "全村现有贫困人口86户346人，其中已脱贫74户300人。",
        # ...except the four sources of a disposable income (a 统计公报 of 2017): they add up to it
        "全体居民人均可支配收入14962.04元,比上年增加1448.61元,增长10.72% 。其中:工资性收入5533.98元,增长14.69%;经营净收入5261.42元,增长9.72%;财产净收入746.4元,增长27.28%;转移净收入3420.23元,增长3.43% 。",
        "城镇常住居民人均可支配收入30512.16元,比上年增加2533.69元,增长9.06% 。其中:工资性收入14928.07元,增长10.92%;经营净收入7712.18元,增长11.8%;财产净收入1927.18元,增长14.67%;转移净收入5944.73元,增长0.06% 。",
        # three of the four sources: a part of the whole
        "农村常住居民人均可支配收入6838.86元,增长10.71% 。其中:工资性收入626.64元,增长40.43%;经营净收入3781元,增长6.77%;转移净收入2101.46元,增长6.64% 。",
        # the 其中 sentence repeats the totals label by label
        "全年发生各类事故115起，死亡14人，受伤168人，直接经济损失97.8万元。其中，道路交通事故112起，死亡13人，受伤168人。",
        # digits grouped by a space, as statistical bulletins print them
        "年末固定电话用户1 081.6万户，其中城市电话用户805.5万户，农村电话用户276.1万户。",
        # 其中 opening a sentence breaks down the two figures of the sentence before it together
        "在已立案提案中，集体提案593件，委员个人提案2119件。其中，经济发展的提案814件，社会事业的提案781件，文化建设的提案338件，生态环境的提案257件，其他方面的提案522件。",
        # a part's label that names the part before it as its whole is a cut of that part (a 盟 bulletin)
        "普通高中17所；全年招生8533人；年末在校学生25921人，其中：少数民族在校学生16189人，少数民族在校学生中有蒙古族15090人；全年毕业学生9185人。",
        # after a ；, another whole in the total's own frame (工伤/生育保险参保人数), or, after one part, a
        # figure larger than the total by itself (county bulletins)
        "工伤保险参保人数27.9万人，其中农民工参保5.3万人；生育保险参保人数达到23.5万人。",
        "年末共有省级以上企业技术中心28个，其中国家级1个；省级工程技术研究中心59个，高新技术企业212家。",
        # a figure right after 其中： is a count, not the minutes of a clock time (a county bulletin)
        "年末全县总面积2465平方公里，城区面积20平方公里，辖区16个乡镇。其中：12个镇、4个乡，288个村委会，8个居委会，3842个村民小组。",
        # an average and its components in whole 元 are each rounded to the 元: 12862 is 12861 (a county bulletin)
        "全年农村居民人均可支配收入12861元，其中，工资性收入4336元，经营净收入7284元，财产净收入301元，转移净收入941元。",
        # 突破 a round figure is a threshold passed, not the total (a city bulletin)
        "全市经济总量突破1600亿元大关。其中，第一产业增加值208.2亿元，第二产业增加值940.0亿元，第三产业增加值456.9亿元。",
        # parts that each state their change are checked only when they fit the total or their changes add up
        # to its change: the crops run on past 粮食 to 油料 and 蔬菜 (a county bulletin), a target is no part
        "全年粮食种植面积43907公顷,比上年增加63公顷。其中,小麦种植面积 21500公顷,比上年增加 39公顷;玉米种植面积11118公顷,比上年减少11265公顷;油料种植面积6284.3公顷,比上年减少76.7公顷;烟叶种植面积3087公顷,比上年减少23公顷;蔬菜种植面积10168公顷,比上年增加 143公顷。",
        "新疆一季度新增持职业资格证书3.4万人,其中,新增高技能人才0.5万人,2018年新疆将继续扩大职业培训规模,确定2018年全疆职业培训目标计划为110万人,较上年增加10万人。",
        # after a lone subset and a ；, a label framed like the whole's that the subset shares nothing of is
        # another whole: 工伤保险参保 beside 城镇职工基本医疗保险参保人数 (a city bulletin)
        "今年城镇职工基本医疗保险参保人数57,111人。其中,农民工2,013人;工伤保险参保24,431人;生育保险参保39,309人。",
        # a class of the lexicon's detail_classes listed after its whole is a detail of it (a county bulletin)
        "年末全县拥有卫生机构151个。卫生机构人员911人，其中，卫生技术人员638人，执业（助理）医师236人，注册护士（师）287人。",
        # a part whose share names its whole is of that whole, not of the nearest figure (a 区 bulletin)
        "全区肉类总产量6500吨，增长16.1%；禽蛋产量6500吨，增长4.8%；牛奶产量4500吨，下降2.2%。其中猪肉产量5000吨，占肉类总产量的76.9%。",
        # a 其中 inside a closed bracket details the figure before the bracket only (a city 决算 report)
        "全市一般公共预算收入137.78亿元。加上上级补助收入366.92亿元（其中返还性收入18.20亿元、一般性转移支付收入295.68亿元、专项转移支付收入53.03亿元）、待偿债置换一般债券上年结余4364万元、上年结余55.84亿元、调入资金47.08亿元、债务（转贷）收入39.68亿元、动用预算稳定调节基金25.82亿元等，全市一般公共预算收入总计673.56亿元。",
        # the base of a share (占年初预算8465万元的41.5%) is neither a part nor the total (a 财政 page)
        "1-5月,全县完成财政总收入4348万元,占年初预算10065万元的43.2%,同比下降6.5%。其中:税收收入3511万元,占年初预算8465万元的41.5%,同比下降5.2%;非税收入837万元,占年初预算1600万元的52.3%,同比下降11.7%。",
    ],
}

FOUND = {
    "NUM003": [
        # two shares of one named whole that imply two wholes (a 部门预算 of 2024): 2945825 and 2392966
        "1. 基本支出预算 2476260.58 元,占一般公共预算支出\n的84.06%,同比减少 4966.66 元,下降 0.2%。\n"
        "2. 项目支出 469500 元,占一般公共预算支出的 19.62%,\n同比增加 70100 元 ,增长 17.55%。",
        # a rate of the one count of its unit in its sentence, of the total of the same noun in the sentence before
        # (a 高考 news report, traditional as published): 11399 / 11899 is 95.80%, not 98.42%
        "今年我市高考考生共11899人,考生人數比去年減少了184人;總上線考生11399人,總上線率為98.42%,比去年提高0.58個百分點。",
        # 其中 a rate of a part whose count is stated: 1926 / 11899 is 16.19%
        "全市高考考生共11899人，其中一本上线考生1926人，其中一本上线率为17.19%。",
        # a share in brackets with no subject of its own is the count's: 153 / 1000 is 15.3%
        "全县共有专任教师1000人，其中中职学校专任教师153人(占16.3%)。",
        # a share of the total a report states in an earlier paragraph: 92 / 432 is 21.3% (a 政协 news report)
        "2018年，吉林省政协共收到提案432件。\n同时，充分发挥党派团体提案的特点，全年共征集党派团体提案92件，占提案总数20%。",
        "全年规模以上工业总产值54058.2亿元。全年实现高新技术产业产值45041.5亿元，增长17.4%，占规模以上工业总产值比重达37.5%。",
        "全市共有高校毕业生2000人，实现就业1800人，就业率80%。",
        # a share of a measure (a 乡 report, as published): 23.43 / 96.25 is 24.34%
        "乡镇总面积96.25平方公里,其中耕地面积23.43平方公里,占总面积的24.32%。",
        # the same after a 。: 236 / 254 is 92.9% (a 政协 news report)
        "2023年莆田市政协紧紧围绕全市中心大局,积极发挥政协提案作用,全年共提交提案254件。经审查,立案236件,其中委员提案162件,集体提案74件,立案率93.3%,经分解形成880件分办件。",
        "2010年至2012年共投入财政扶贫资金10 851.8万元,其中中央财政资金10 444.85万元,省财政资金406.95万元,分别占96.25%和占3.95%。",
        # a share of the whole the sentence states, named with words left out (转移劳动力 of 已转移农村劳动力):
        # 16820 / 33613 is 50.04% (a 妇联 report, as published)
        "到目前为止,全镇已转移农村劳动力33613人,占总劳动力的84.2%,其中转移妇女劳动力16820人,占转移劳动力的48%。",
        # a rate of 100% between two counts: the first is all, the base of the second's rate
        "目前34个项目全部开工,开工率为100%,竣工32个,竣工率84.12%。",
        # a share whose count is stated: 3866 / 8314 is 46.5%
        "今年全国人代会期间共提出建议8314件，涉及加快构建新发展格局的3866件，占建议总数的56.5%。",
        "全县共有低保对象1200人，其中城市低保对象300人，城市低保对象占35%。",
    ],
    "NUM005": ["发放棉衣棉被等各类取暖物资6.67件(套)，惠及困难群众2.5个。", "全年生产安全事故死亡9.5人。"],
    "NUM001": [
        # one part in 元 among 万元, the parts then exactly the total: 889 + 1000 + 1409 = 3298 (a county 教育 report)
        "县财政用于教育投入 3298 万元，包括义务教育配套费 889 万元、校舍维修改造专项资金 1000 元、两项附加 1409 万元。",
        # the three 三公 categories are the whole: 1.58 + 28.91 + 0 is 30.49 (a 甘南 决算, as published)
        "2015年部门决算公开“三公”经费合计31.23万元,其中:公务接待费1.58万元,车辆运行费28.91万元,因公出国(境)费0万元。",
        "全区现有未成年人 1964 人，其中：留守儿童 1705 人，困境儿童 428 人。",
        # the same figures as the silent cut-of-a-part, another whole and larger-than-the-total cases, as parts
        "年末在校学生25921人，其中：少数民族在校学生16189人，汉族在校学生15090人。",
        "工伤保险参保人数27.9万人，其中农民工参保5.3万人，城镇职工参保23.5万人。",
        "年末共有省级以上企业技术中心28个，其中国家级1个，省级29个。",
        # parts that each state their change (财政 pages): 2.1 + 3.5 (城镇职工/城乡居民: the whole); 8103 + 16724
        # against the 24627 collected, not the 60999 budgeted; 51653 + 12133 + 5163, whose changes add up
        "全县参保人数5.2万人，其中城镇职工参保2.1万人，比上年增加0.2万人；城乡居民参保3.5万人，比上年减少0.1万人。",
        "4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。其中:税收收入8103万元,比上年增收1284万元,增长18.8%;非税收入16724万元,比上年减收2354万元,下降12.5%。",
        "截至8月底,累计完成公共财政预算总收入67949万元,比上年同期增加6517万元,增长10.61%。其中:地方公共财政预算收入完成51653万元,增加6455万元,增长14.28%;上划中央收入完成12133万元,减少282万元,下降2.27%;上划省级收入完成5163万元,增加344万元,增长9.01%。",
        "全年农村居民人均可支配收入12861元，其中工资性收入4336元，经营净收入7284元，财产净收入301元，转移净收入951元。",
        "辖区16个乡镇。其中：12个镇、5个乡。",
        "全县卫生机构人员911人，其中，卫生技术人员838人，其他技术人员236人。",
        "城镇基本医疗保险参保人数96.8万人,其中城镇职工基本医疗保险参保人数42.9万人;城镇居民基本医疗保险参保人数59.9万人。",
        "全区肉类总产量4500吨，增长16.1%；禽蛋产量6500吨，增长4.8%；牛奶产量4500吨，下降2.2%。其中猪肉产量5000吨，占肉类总产量的76.9%。",
        "全市一般公共预算收入137.78亿元。加上上级补助收入366.92亿元（其中返还性收入18.20亿元、一般性转移支付收入295.68亿元、专项转移支付收入53.03亿元）、上年结余55.84亿元、调入资金47.08亿元等，全市一般公共预算收入总计673.56亿元。",
        # an earlier clause joined by ； whose figure the parts do not add up to leaves the total as it is
        "全区有儿童 3000 人；现有未成年人 1964 人，其中：留守儿童 1705 人，困境儿童 428 人。",
        # a speaker quoted on the sentence before (a news report of 提案 work)
        "2025年政协收到提案1190件，审查立案893件，立案率75.04%。\n\n“其中委员提案670件，占比75.03%，集体提案233件，占比24.97%。”",
        "全市共排查农村留守老人12400人，其中男性5300人、女性7200人。",
        # after the ；, a part labelled unlike the total
        "全市参保人数1000人，其中：城镇职工参保人数600人；城乡居民参保人数500人。",
        # a part named as the total is (资产总额 of all, of one kind)
        "全国行政事业单位资产总额30.0万亿元。其中,行政单位资产总额38.9万亿元。",
        # parts named after their figures by the same predicate: one attribute, its values disjoint
        "全镇共有教师120名，其中有70人为男性，有60人为女性。",
        # 养殖 and 捕捞 make the whole catch, the second named after a ； as the first (a county bulletin of 2020)
        "全年水产品产量2.25万吨。其中,养殖水产品产量1.99万吨;捕捞水产品产量990吨。",
        # after the ；, the whole named again (总人口中) and cut a second way (a 社区 report): 1025 + 3551 is 4576
        "现共有居住户1686户,其中本地居民1271户,驻区单位居住户415户,总人口4567人,其中本地居民3814人,驻区单位人口753人;总人口中城镇非农业户口居民1025人,占22.4%,农业户口居民3551人,占77.6%。",
        # 合计 with the noun each part names, after a long label (a 政协 report): 399 + 220 is 619
        "截至1月29日下午3时,会议共收到委员提案399件,各民主党派贵州省委、省工商联、人民团体、省政协专门委员会及界别提案220件,合计提案646件。",
        # a total with 共 and, with no 其中, the two halves 已X and 未X right after it (a 扶贫 report)
        "建档立卡贫困户共615户2096人,已脱贫426户1506人,未脱贫191户596人。",
        # 农林牧渔业 is its four branches and their 服务业, each stating its growth (a county bulletin): 81.36 ≠ 55.2
        "农林牧渔业总产值55.2亿元,比上年增长4.1%。其中,农业总产值30.6亿元,增长4.8%;林业总产值1.56亿元,增长5.6%;"
        "牧业总产值20.1亿元,增长2.4%;渔业总产值10.6亿元,增长5.3%;农林牧渔服务业总产值18.5亿元,增长8.4%。",
        # parts that count two units, each unit's list opening in the first part: both totals are read
        "全县共有学校120所,在校学生5.2万人,其中小学80所,学生3.1万人;中学50所,学生2.1万人。",
        # the people of the parts add up to all 346, so every household is in a part: 74 + 10 is not 86
        "全村现有贫困人口86户346人,其中,截止2019年底已脱贫74户302人,现10户44人于2020年全部脱贫退出。",
        # the four sources of a disposable income add up to it; here 200.18 元 short (a 统计公报 of 2017)
        "农村常住居民人均可支配收入6838.86元,比上年增加661.69元,增长10.71% 。其中:工资性收入626.64元,增长40.43%;经营净收入3781元,增长6.77%;财产净收入129.58元,增长311.17%;转移净收入2101.46元,增长6.64% 。",
        "发放城市低保金 360.26 万元、农村低保金 426.12 万元，合计 786.5 万元。",
        # figures after a total in 万 that add up to its digits, not to it: a unit slip, whatever stands between
        "2022年,政府网站主动公开政府信息173769万条。市政府及其部门主动公开政府信息75656条,县(区)政府及其部门主动公开政府信息98113条。",
        "全年支出合计1250.1万元，其中基本支出806.52万元、项目支出443.85万元。",
        "我局共承办建议、提案12件，其中人大建议5件、政协提案9件，已办结12件。",
        "区政府共收到提案115件，其中：会议期间收到110件，闭会期间收到1件，社情民意5件。",
        "年末固定电话用户1 081.6万户，其中城市电话用户815.5万户，农村电话用户276.1万户。",
        # a count of calls after 电话 is no phone number (a 信息公开年报): 331 + 61 is 392
        "另外本年度受理政府信息咨询372人次,其中现场咨询331人次,电话咨询61人次。",
        # the item's attributes each within the total named as it is: 受伤 170 of 168
        "全年发生各类事故115起，死亡14人，受伤168人。其中，道路交通事故112起，死亡13人，受伤170人。",
        "全县共有专任教师9689人（其中，幼儿园4529人、小学5613人、初中2696人、高级中学957人）。",
        "在已立案提案中，集体提案593件，委员个人提案2119件。其中，经济发展的提案814件，社会事业的提案781件，文化建设的提案338件，生态环境的提案257件，其他方面的提案622件。",
    ],
}


@pytest.mark.parametrize("code, text, fires", sentence_cases(FOUND, SILENT))
def test_real_readings(code, text, fires):
    assert (code in codes(text, [code])) == fires


@pytest.mark.parametrize(
    "text",
    [
        "二〇二二年共救助困难群众1\u200b705人，其中男童903人、女童802人。",
        "全区现有未成年人1964人，其\u200b中：留守儿童1705人，困境儿童428人。",
        "全区现有未成年人1964人，\u2066其中\u2069：留守儿童1705人，困境儿童428人。",
    ],
)
def test_format_characters_do_not_change_what_is_read(text):
    plain = text.replace("\u200b", "").replace("\u2066", "").replace("\u2069", "")
    assert codes(text) == codes(plain)


def test_a_bare_share_after_a_share_of_a_named_base_is_of_that_kind_of_base():
    text = "据统计，全市60岁以上老年人口84.77万人，占总人口的14.7%，其中市区老年人口24.24万人，占15.93%。"
    assert codes(text, ["NUM003"]) == []
    assert codes("全县共有养老机构40家，其中公办机构30家，占60%。", ["NUM003"]) == ["NUM003"]


def test_a_text_cut_off_in_mid_sentence_leaves_its_last_marks_open_silently():
    assert codes("四、加强基层减负工作。印发了《抚顺市规范村(社区)组织工作事务", ["PUN001"]) == []
    assert codes("四、加强基层减负工作。印发了《抚顺市规范村(社区)组织工作事务规定。", ["PUN001"]) == ["PUN001"]
    # an excerpt that stops right after the next item's opening bracket
    assert codes("(一)2019年预算执行情况\n全年支出1272万元。\n(二", ["SEQ003"]) == []
    assert codes("(一)2019年预算执行情况\n全年支出1272万元。\n(二2020年预算安排\n", ["SEQ003"]) == ["SEQ003"]


@pytest.mark.parametrize(
    "text",
    [
        "一、关于学校建设问题\n二、三河镇中心校已将全镇学生集中安置。\n三、下一步工作\n",
        # an excerpt that begins in the middle of a list
        "（三）加强队伍建设。\n（四）强化保障。\n二、下一步工作\n（一）完善机制。\n（二）加强督导。\n",
        # a list that restarts under a new heading
        "一是加强领导；二是强化保障。\n\n二、工作措施\n一是完善制度；二是狠抓落实；三是加强督查。\n",
    ],
)
def test_list_markers_read_as_a_reader_reads_them(text):
    assert [c for c in codes(text) if c.startswith("SEQ")] == []


def test_a_heading_followed_by_a_numeral_still_counts_in_its_list():
    assert codes("一、关于学校建设问题\n二、三河镇中心校已将全镇学生集中安置。\n二、下一步工作\n", ["SEQ001"]) == ["SEQ001"]


def test_a_sum_that_holds_only_within_rounding_shows_the_allowance():
    from auditor.config import Config
    from auditor.engine import located, run_rules
    from auditor.text import Document

    # a 林业 report: 3.18万 of 3.05万亩, the parts stated to a tenth of a 万 each (0.45 + 1.75 + 0.55 + 0.28 fits)
    doc = Document("全年新造林3.05万亩(其中:人工造林0.5万亩,封山育林1.8万亩,退化林修复0.6万亩,森林抚育0.28万亩)。")
    checked: list = []
    run_rules(doc, Config(select=("NUM001",)), checked)
    (relation,) = [r for r in located(doc, checked, "zh") if r.kind == "sum"]
    assert relation.holds and "3.18万亩 ≤ 3.05万亩 (±0.165万)" in relation.arithmetic


def test_a_total_with_a_budget_share_is_the_amount_collected_not_the_budget():
    from helpers import findings

    (finding,) = findings("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。"
                          "其中:税收收入8103万元,比上年增收1284万元,增长18.8%;非税收入16724万元,比上年减收2354万元,下降12.5%。", ["NUM001"])
    assert "各分项之和 24827万元 大于合计 24627万元" in finding.message


# A 地方志 entry on 残疾人 (as published): its 2008 paragraph, then 2009's, each with a "残疾人员中，" list.
DISABLED_2008 = ("2008年,全市共有残疾人16668名,占全市总人口的2.4%。其中,农村残疾人16105名,占残疾人总数的96.6%;城镇残疾人563名,"
                 "占残疾人总数的3.4%。残疾人员中,视力残疾1364人,听力残疾1452人,言语残疾221人,肢体残疾11438人,智力残疾1197人,精神残疾1014人。")
DISABLED_2009 = ("2009年,开展第二代《残疾人证》换发工作,全市共有15888名残疾人办理换证。其中,农村残疾人15619名,占残疾人总数的98.31%;"
                 "城镇残疾人269名,占残疾人总数的1.69%。残疾人员中,视力残疾1466人,听力残疾481人,言语残疾721人,肢体残疾10693人,"
                 "智力残疾1255人,精神残疾888人,多重残疾384人。")


def test_a_list_opened_by_the_whole_it_breaks_down_is_of_the_total_that_states_that_whole():
    from helpers import findings

    # the whole is 全市共有残疾人16668名, not the nearer 城镇残疾人563名, a part of it
    (finding,) = findings(DISABLED_2008, ["NUM001"])
    assert "各分项之和 16686 大于合计 16668" in finding.message
    # the whole named after its figure (共有15888名残疾人); its seven classes make it exactly
    assert findings(DISABLED_2009, ["NUM001"]) == []
    # the two paragraphs together: 2009's list is of its own 15888, not of 2008's 16668 before it
    assert [f.message[:22] for f in findings(DISABLED_2008 + DISABLED_2009, ["NUM001"])] == ["各分项之和 16686 大于合计 16668"]
    # a whole the cue names that no figure states as all of it: no total, nothing read
    assert findings("农村残疾人16105名。残疾人员中,视力残疾13640人,听力残疾14520人。", ["NUM001"]) == []


# A 民政统计 table (pipe rows): 合计 heads its items 1., 2. (a 小计 of its own 其中), 3.; then the next section.
OUTLINE_TABLE = ("| 指标名称 | 单位 | 数量 |\n| 乡镇级合计 | 个 | 1,400 |\n| 1.镇 | 个 | 683 |\n| 2.乡小计 | 个 | 540 |\n"
                 "| 其中:民族乡 | 个 | 140 |\n| 3.街道 | 个 | 177 |\n| (二)民政事业费累计支出 | 万元 | 534,602.6 |\n"
                 "| 1.社会福利 | 万元 | 56,507.5 |\n| 2.社会救助 | 万元 | 413,393.4 |\n")


def test_a_total_heading_its_marked_items_adds_up_the_items_of_its_level():
    from helpers import findings

    assert findings(OUTLINE_TABLE, ["NUM001"]) == []  # 683 + 540 + 177 = 1400: the 小计 is an item beside 1.镇
    (finding,) = findings(OUTLINE_TABLE.replace("| 177 |", "| 187 |"), ["NUM001"])
    assert "683+540+187" in finding.message  # the section after (二) is no part of it


# A 特困供养 table (a district's, as published): 集中+分散合计 is of the two columns before it, and of the two after.
SUPPORT_ROWS = ("序号 | 地区 | 集中供养保障户数 | 分散供养保障户数 | 保障户数 | 集中供养资金 | 分散供养资金 | 集中+分散合计 | 供养资金 | 护理补贴 |\n"
                "1 | 高岳街道办事处 | 16 | 65 | 81 | 23139.00 | 73914.00 | 97053.00 | 83133.00 | 13920.00 |\n"
                "2 | 矿山集街道办事处 | 11 | 73 | 84 | 17025.00 | 75364.00 | 92389.00 | 81034.00 | 11355.00 |\n")


def test_a_row_total_is_of_the_columns_beside_it():
    from helpers import findings

    assert findings(SUPPORT_ROWS, ["NUM001"]) == []  # 23139 + 73914 = 97053 = 83133 + 13920
    assert len(findings(SUPPORT_ROWS.replace("97053.00", "97153.00"), ["NUM001"])) == 1


def test_a_bracket_closed_on_the_line_below_in_mid_sentence_is_closed():
    from helpers import findings

    text = "完成资金105.88575万元(其中初中55.40163万元,小学。\n50.484120万元),全部拨付到校。\n"
    assert findings(text, ["PUN001"]) == []
    assert len(findings("完成资金105万元(其中初中55万元,小学50万元。\n全部拨付到校。\n", ["PUN001"])) == 1


def test_the_attributes_of_an_item_are_each_read_against_the_total_named_as_it_is():
    text = "全年发生各类事故115起，死亡14人，受伤168人。其中，道路交通事故112起，死亡13人，受伤170人。"
    (finding,) = [f for f in lint_text(text) if f.rule == "NUM001"]
    assert "170" in finding.message and "168" in finding.message and "183" not in finding.message


def test_counts_in_two_units_after_each_label_are_read_label_by_label():
    # a rural revitalisation report (held out): 新识别 and 风险消除 of each class, each of its own total
    text = ("截止2021年8月31日,监测对象新识别5741户19271人,风险消除1219户4478人。其中,脱贫不稳定户新识别4694户15605人,"
            "风险消除931户3567人;边缘易致贫户新识别638户2201人,风险消除285户902人。")
    assert findings(text, ["NUM001"]) == []


def test_a_figure_that_describes_a_part_is_no_part():
    # a township report (held out): the project's total investment describes it; its part is the 5.44
    text = "1-9月固定资产投资已完成8.14亿元,其中,总投资20亿元的华能光伏项目,已完成5.44亿元;总投资5.05亿元的农业科技有限公司,已完成2.7亿元。"
    assert findings(text, ["NUM001"]) == []
    assert len(findings("固定资产投资完成8.14亿元,其中,光伏项目完成5.44亿元,农业科技公司完成3.7亿元。", ["NUM001"])) == 1


def test_one_part_equal_to_an_earlier_figure_named_otherwise_is_of_the_total_before_it():
    # a county 民政 summary (held out, as published): 12023 is no part of the 170 it follows, nor a restatement of the 12023
    text = "市政府安排我县12023户建设任务，县政府年初方案修建150户，县民政局针对我县实际情况确定我县建设任务170户，其中新建12023户(集中安置点8个)。"
    assert ["170" in f.message for f in findings(text, ["NUM001"])] == [True]


def test_shares_that_reach_100_only_if_cut_do_not_make_a_list_whole():
    # a school's 决算 (held out, as published): 99.97% + 0.01% and four 0.00% of 0.00元 are short of 100%;
    # the 7083.25元 not listed is the 上年结转 a 收入总计 holds
    text = ("2019年度部门决算收入总计40,672,288.65元,与2018年决算相比增加5,377,636.61元,其中:财政拨款收入40,661,515.80元,占99.97%;"
            "上级补助收入0.00元,占0.00%;事业收入0.00元,占0.00%;经营收入0.00元,占0.00%;附属单位上缴收入0.00元,占0.00%;"
            "其他收入3,689.60元,占0.01%。")
    assert findings(text, ["NUM001"]) == []
    assert len(findings(text.replace("40,672,288.65", "40,562,288.65"), ["NUM001"])) == 1


def test_counts_that_name_services_offered_are_criteria_not_parts():
    # a provincial 残疾人事业 bulletin (held out, as published): an institution may offer several services
    text = ("截至2022年底,我省各级共有残疾人康复机构1036个,其中162个机构提供视力残疾康复服务、191个机构提供听力言语残疾康复服务、"
            "404个机构提供肢体残疾康复服务、459个机构提供智力残疾康复服务、692个机构提供精神残疾康复服务、136个机构提供辅助器具服务。")
    assert findings(text, ["NUM001"]) == []
    # a copula's objects are classes: 70 + 60 > 120 still fires
    assert len(findings("全镇共有教师120名，其中有70人为男性，有60人为女性。", ["NUM001"])) == 1
