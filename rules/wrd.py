"""WRD: words that official documents often get wrong (截止/截至, 代表/委员)."""

from __future__ import annotations

from itertools import chain

from auditor.lazyre import MULTILINE, lazy
from auditor.messages import Message, english_doc
from auditor.registry import Hit, RelatedHit, rule

# A time point that 截至 ("up to") takes: 6月底, 2023年底, 目前, 今年 …
_TIME_POINT = (
    r"(?:\d{2,4}[ \t]*年|[〇零一二三四五六七八九]{4}年|\d{1,2}[ \t]*月|[一二三四五六七八九十]{1,3}月|\d{1,2}[ \t]*日"
    r"|目前|当前|现在|今天|今日|昨天|昨日|当日|当天|本周|本月|上月|今年|本年|去年|上年|年初|年底|年末|月底|月末"
    r"|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|发稿|记者发稿)"
)
# 截止 opening a clause (after a mark, or after a bracket closed before it: "（通讯员 文发勇）截止11月29日")
# and followed directly by a time point (截止6月底，…); not 截止到/截止于/截止日期/报名截止.
_TIME_PHRASE = lazy(_TIME_POINT + r"[^,.;:!?，。；：！？\n]{0,4}")
_JIEZHI = lazy(r"(?:^|(?<=[\n,.;:!?，。；：！？、（(“\")）]))[ \t]*(?P<word>截止)[ \t]*(?=" + _TIME_POINT + r")", MULTILINE)

_TITLES = {"委员": "代表", "代表": "委员"}
# 主送: "徐明元委员：" "尊敬的宋丽委员:" "邓文娟、吴倩委员:"
_ADDRESSEE = lazy(
    r"^[ \t]*(?:尊敬的)?(?P<names>[\p{Han}·、, ]{0,30}?)(?P<title>委员|代表)们?[ \t]*[:：][ \t\r]*$", MULTILINE
)
# How such a line ends: found first, as the whole pattern is slow to scan a document for. A pattern
# per title: regex finds a pattern that opens with a literal fast, one that opens with a choice slowly.
_ADDRESSEE_ENDS = tuple(lazy(title + r"们?[ \t]*[:：][ \t\r]*$", MULTILINE) for title in _TITLES)
_NAME_SEPARATOR = lazy(r"[、, ]+")
_TITLE = {title: lazy(title) for title in _TITLES}
# What each title's document is about: 政协委员 write 提案, 人大代表 write 建议/议案.
_BODY_CUE = {"委员": ("政协", "提案"), "代表": ("人大", "议案")}
_THANKS = lazy(r"(?:感谢|谢谢|致谢|尊敬的)[^,.;:!?，。；：！？\n]{0,10}$")
# Words that contain the title but are not it (代表团, 代表性, 委员会), and 代表 as a verb after a pronoun.
_NOT_TITLE_AFTER = {"代表": lazy(r"团|处|性|作|队|大会|证|资格|名额|人"), "委员": lazy(r"会|长")}
_VERB_BEFORE = lazy(r"[您你我他她们]$")
_AND = lazy(r"[和与及、]")
# What follows a title used as a title (吴倩代表提出的, 吴倩代表：, 吴倩代表对…) rather than as a verb.
_TITLE_FOLLOWS = lazy(r"[提所的对在关您们一、,.;:!?，。；：！？\s]|$")


class JiezhiBeforeTime(Message):
    """WRD001: 截止 before a time point."""

    phrase: str  # 截止6月底
    zh = "“{phrase}”中的“截止”应为“截至”：“截至”用在时间之前，表示到某时为止；“截止”表示停止，用在时间之后（于…截止）"
    en = "截止 before a time point ({phrase}): write 截至 (up to); 截止 means to close and follows the time (于…截止)"


class WrongTitle(Message):
    """WRD002: a reply addressed to 委员 that says 代表 (or the other way round)."""

    said: str  # 吴倩代表
    title: str  # 委员
    addressed: str  # the addressee line: 邓文娟、吴倩委员：
    line: int
    body: str  # 政协提案 / 人大建议
    zh = "“{said}”的称谓应为“{title}”：本件主送“{addressee}”，{body}的答复应称“{title}”"
    en = "{said}: expected {title}, as the reply is addressed (line {line}: {addressed}); a {body} is answered to its {title}"

    @property
    def addressee(self) -> str:
        return self.addressed.rstrip(":：")


class AddressedTo(Message):
    title: str
    zh = "主送称谓为“{title}”"
    en = "addressed to {title}"


@rule("WRD001", "jiezhi-jiezhi", "warning")
@english_doc(
    """截止 directly before a time point where 截至 ("up to") is meant: 截止6月底, 截止目前,
    截止2023年底. 截止 means "to close" and follows its time: 报名于3月31日截止, 截止日期,
    截止到6月底 are fine.
    """
)
def jiezhi(doc):
    """时间之前用了“截止”，应为“截至”。

    检查什么：“截止”直接用在时间点之前，如 截止6月底、截止目前、截止2023年底，此处应为“截至”
    （到某时为止）。“截止”表示停止，放在时间之后：报名于3月31日截止、截止日期、截止到6月底 都不报。

    为什么重要：“截止”“截至”误用是公文校对的常见差错，《党政机关公文格式》审核中常被指出。

    Incorrect:
        截止 6 月底，全市摸排录入流动儿童 13269 人。

    Incorrect:
        截止目前，已开展走访探视 9 次。

    Correct:
        截至 12 月，累计为 265 名孤儿发放生活费 360.26 万元。

    Correct:
        报名于3月31日截止，截止日期后不再受理。
    """
    if "截止" not in doc.plain:
        return  # the word is rare: a substring test spares most documents the scan
    for m in _JIEZHI.finditer(doc.plain):
        time = _TIME_PHRASE.match(doc.plain, m.end())
        yield Hit(m.start("word"), m.end("word"), JiezhiBeforeTime(doc.plain[m.start("word") : time.end()].strip()))


@rule("WRD002", "addressee-title", "warning")
@english_doc(
    """The document is addressed to 委员 (a 政协 提案 reply) but thanks or addresses 代表, or it is
    addressed to 代表 (a 人大 建议 reply) but thanks 委员 (感谢代表…, 尊敬的…代表, or an addressee's
    name with the other title). Only replies whose addressee line (主送: 张三委员：) is clear, and
    whose subject names the body (政协/提案, 人大/议案), are checked. 代表 as a verb (我代表市民政局)
    and words that contain the title (代表团, 委员会) are not titles.
    """
)
def addressee_title(doc):
    """主送“委员”的提案答复中称“代表”，或主送“代表”的建议答复中称“委员”。

    检查什么：主送“委员”（政协提案的答复）却在感谢语、称呼或姓名后用了“代表”，或主送“代表”
    （人大建议的答复）却用了“委员”（感谢代表……、尊敬的……代表、姓名加另一称谓）。只检查主送行
    （张三委员：）明确、且文中点明了政协/提案或人大/议案的答复。作动词的“代表”（我代表市民政局）
    和含有称谓的词（代表团、委员会）不算称谓。

    为什么重要：政协委员提提案，人大代表提建议，称谓用错是对提出人的失礼，也是答复件审核的必查项。

    Incorrect:
        邓文娟、吴倩委员：
        您提出的市政协九届一次会议第103号提案收悉，现答复如下。
        感谢代表一如既往对民政工作的支持与关注。

    Correct:
        邓文娟、吴倩委员：
        您提出的市政协九届一次会议第103号提案收悉，现答复如下。
        感谢您对民政工作的支持与关注。我代表市民政局表示感谢。
    """
    plain = doc.plain
    lines = list(_addressee_lines(plain))
    titles = {m.group("title") for m in lines}
    if len(titles) != 1 or any(other in m.group("names") for m in lines for other in _TITLES):
        return
    addressee = lines[0]
    title = addressee.group("title")
    if not addressee.group("names").strip(" ,、").removeprefix("各位").removeprefix("全体"):
        return  # a speech to a body (各位委员：), not a reply to named members
    if not any(cue in plain for cue in _BODY_CUE[title]):
        return
    wrong = _TITLES[title]
    names = tuple(n for n in _NAME_SEPARATOR.split(addressee.group("names")) if len(n) >= 2)
    for m in _TITLE[wrong].finditer(plain, addressee.end()):
        if _NOT_TITLE_AFTER[wrong].match(plain, m.end()):
            continue
        before = plain[max(0, m.start() - 14) : m.start()]
        # 吴倩代表提出… in a reply to 吴倩委员 (not 吴倩代表民主党派…, a verb)
        named = bool(names) and before.rstrip(" \t").endswith(names) and bool(_TITLE_FOLLOWS.match(plain, m.end()))
        thanks = _THANKS.search(before)
        if not named and (_VERB_BEFORE.search(before) or not thanks or _AND.search(thanks.group())):
            continue  # 代表 as a verb, no thanks, or thanks to several parties (感谢您和人大代表)
        if title in plain[max(0, m.start() - 3) : m.end() + 3]:
            continue  # both named together: 代表、委员们
        said = (next(n for n in names if before.rstrip(" \t").endswith(n)) if named else thanks.group()) + wrong
        line = doc.plain_position(addressee.start("title"))[0]
        addressed = doc.line_text(line).strip(" \t#")
        body = "政协提案" if title == "委员" else "人大建议"
        yield Hit(m.start(), m.end(), WrongTitle(said, title, addressed, line, body),
                  (RelatedHit(addressee.start("title"), addressee.end("title"), AddressedTo(title)),))


def _addressee_lines(plain: str):
    """The addressee lines (:data:`_ADDRESSEE` matches)."""
    ends = sorted(chain.from_iterable(pattern.finditer(plain) for pattern in _ADDRESSEE_ENDS), key=lambda end: end.start())
    for end in ends:
        line = _ADDRESSEE.match(plain, plain.rfind("\n", 0, end.start()) + 1)
        if line:
            yield line
