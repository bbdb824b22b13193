"""PUN: paired punctuation."""

from __future__ import annotations

import re

from auditor.lazyre import lazy, lazy_re
from auditor.messages import Message, english_doc
from auditor.registry import Hit, rule

# In ``plain`` the full-width （） ［］ ＂ are folded to () [] "; 〔〕 【】 “” ‘’ 《》 are as written.
_PAIRS = dict(zip("“‘《〈(〔【[﹝「『〝", "”’》〉)〕】]﹞」』〞"))
# The openers a closer accepts: a pair typed half in one form and half in another still closes
# (“九五〞: the double-prime quotes 〝〞〟 of Word and of OCR close a “ as a reader sees it).
_MATES = {close: opener for opener, close in _PAIRS.items()} | {
    "”": "“\"", "〕": "〔﹝[", "﹞": "﹝〔[", "】": "【[", "]": "[〔【﹝", "〞": "〝“", "〟": "〝“"}
_MARK_CHARS = re.escape("".join(_PAIRS) + "".join(_MATES) + "\"'")
# A pair closed on its line with no other mark inside (《办法》, “医”) leaves the open marks as they
# were, and most marks are in one: the rule reads only the marks outside such pairs. ‘’ is left out:
# its ’ may be an apostrophe.
_CLOSED_PAIR = "|".join(
    rf"{re.escape(opener)}[^{_MARK_CHARS}\n]*{re.escape(closer)}" for opener, closer in _PAIRS.items() if opener != "‘"
)
# The text up to the next mark outside a closed pair (the group), or to the end. It always matches
# where it starts, so it never rescans, and it never backtracks: the loop stops only before a mark
# or at the end, where the tail matches. Stdlib re, not regex: re runs through a character class
# several times faster. No possessive quantifier: the re of Python 3.11.0-3.11.4 gets them wrong.
_UP_TO_MARK = lazy_re(rf"(?:[^{_MARK_CHARS}]+|{_CLOSED_PAIR})*(?:([{_MARK_CHARS}])|\Z)")
_NAMES = {"(": "（", ")": "）", "[": "［", "]": "］"}
_QUOTE = lazy("[“”\"‘’]")
_SECONDS = lazy(r"\d['′]\d{1,2}(?:\.\d+)?$")  # minutes and seconds before a ": 27'29" (a longitude)
_DEPTH = 8  # how far down the open marks a closer looks for its opener (real nesting is shallower)
# A list label before a closing bracket: 1） a) 一） at the start of a paragraph or after a pause.
_LABEL = lazy(r"[。；;：:，,、\s][ \t]*(?:\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})[ \t]*$")
# A paragraph that ends like this is finished; one that does not runs on into the next (a line break
# inside a sentence, as text copied from a PDF often has).
_FINISHED = lazy(r"[。！？!?；;：:…”’》)】〕\]][ \t]*$")
_SENTENCE_END = lazy(r"[。！？!?；;]")
_QUOTE_CLOSED = lazy(r"”[。！？!?]?$")
# Pinyin with its tone marks right before a closer: a reading given in brackets (医(yī)), whose opener
# a copy of the page lost (醫(yī)療 saved as 醫?yī)療): no mark of the prose.
_PINYIN_BEFORE = lazy(r"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*$")


class QuoteMismatch(Message):
    """A closing quote of the other kind: “一户一策’."""

    mark: str
    opener: str
    closer: str
    zh = "{mark} 与前面的 {opener} 不配对，此处应为 {closer}"
    en = "{mark} closes {opener}: {closer} is meant here"


class CrossedPair(Message):
    """Two closers in the wrong order: 《办法（试行》）."""

    written: str
    meant: str
    zh = "{written} 交叉嵌套，应为 {meant}"
    en = "{written} cross: {meant} is meant here"


class QuoteWrongWay(Message):
    """A quote typed the wrong way round: “一老一小“."""

    mark: str
    meant: str
    zh = "此处的 {mark} 方向打反了，应为 {meant}"
    en = "{mark} is typed the wrong way round: {meant} is meant here"


class NeverClosed(Message):
    mark: str
    closer: str
    zh = "本段中的 {mark} 没有配对的 {closer}"
    en = "opening {mark} is never closed by {closer} in this paragraph"


class NeverOpened(Message):
    mark: str
    opener: str
    zh = "本段中的 {mark} 前面没有配对的 {opener}"
    en = "closing {mark} has no opening {opener} in this paragraph"


@rule("PUN001", "unbalanced-pair", "error")
@english_doc(
    """A paired mark (“ ” ‘ ’ 《 》 〈 〉 （ ） ［ ］ 〔 〕 【 】 「 」) opened and not closed, or closed
    and not opened, within one paragraph. The finding points at the lone mark; a quote typed the
    wrong way round (“一老一小“), a mismatched one (“一户一策’) or a crossed pair (《办法（试行》）) is
    one finding. A mark closed in the first sentence of the next paragraph, before another is opened,
    is closed on a line broken inside it ((其中初中55.40163万元,小学。⏎50.484120万元)). A “ right after 、，；： or 和/及/与/或 opens the next quoted item (集中在“长三角、“珠三角…): two lone
    quotes so are two left open, not one typed the wrong way round, as are two with a clause ended
    between them (聚焦“两不愁、三保障…再排查；…整改“回头看).

    A quotation that runs over several paragraphs opens each of them with “ and closes only at
    the end: a “ left open at the end of a paragraph whose next paragraph starts with “ (still open
    there, or closed at its end) is fine. A paragraph broken in mid-sentence continues on the next.
    A list label such as ``1）`` is not an unopened bracket; a pair typed half in ASCII (“医")
    or closed by a double-prime quote (“九五〞, as Word and OCR write it) closes; an apostrophe (children's) is not a quote.
    A bracket closed on a line of its own a paragraph or two later closes ([编辑: ⏎ … ⏎ ]), as does one
    whose closer opens the next line ((以下简称《条例》⏎)和…: a line broken before it); a ）
    right after pinyin with tone marks ends a reading (醫(yī)) and is no mark of the prose, nor is the
    【 of a web page's font-size links (【字体: 大 中 小】, 字体:【) whose words the copy lost, nor a "
    after minutes and seconds (119°27'29"). A text that stops in mid-sentence (an
    excerpt cut off after “一主、一副) leaves its last marks open without a finding.
    """
)
def unbalanced_pair(doc):
    """成对的标点（“ ” ‘ ’ 《 》 〈 〉 （ ） ［ ］ 〔 〕 【 】 「 」）在同一段中有前无后或有后无前。

    检查什么：问题标在落单的那个标点上；引号方向打反（“一老一小“）、前后不配对（“一户一策’）
    或交叉嵌套（《办法（试行》））各算一处。紧跟在“、，；：”或“和、及、与、或”之后的“是下一项引语的开头（集中在“长三角、“珠三角……），
    两个这样落单的引号是各自没有闭合，不是一个方向打反；两个落单的引号之间有分句结束（；或句中的。）的，也是各自没有闭合。下一段的第一句在另开同类标点之前就闭合了它的，是行在括号中间断开（(其中初中55.40163万元,小学。⏎50.484120万元)），不报。

    不报的情况：跨段的引文每段以“开头、只在最后一段结尾，所以一段末尾未闭合的“而下一段以“开头
    （仍未闭合或在段末闭合）是正常的；一句话被断成两段时接到下一段一起看；``1）`` 这样的序号不是
    落单的括号；一两段之后单独成行的后括号与之配对（[编辑:⏎……⏎]），下一行以后括号开头的也配对
    （(以下简称《条例》⏎)和……：换行断在括号之前）；带声调的拼音后的 ）是注音（醫(yī)），不是正文
    的标点，网页字号按钮（【字体: 大 中 小】、字体:【）丢了字样后剩下的【和角度秒号（119°27'29"）也不是；半个用英文标点输入的一对（“医"）、以〞〟收尾的引号（“九五〞，Word 和 OCR 常这样写）
    算作闭合；英文撇号（children's）不是引号；文本在句中截断（摘录到“一主、一副就结束）时，最后未
    闭合的标点不报。

    为什么重要：漏掉的后引号、后书名号会让读者分不清引文或文件名到哪里为止，是校对中最常见的差错之一。

    Incorrect:
        为入住老人提供“拔罐、艾灸、针灸等特色中医养生服务，实现了“医”和“养”的无缝对接。

    Incorrect:
        组织实施孤儿医疗康复明天计划”、“福彩圆梦·孤儿助学工程”等项目。

    Incorrect:
        根据《未成年人保护法的规定，加强监护。

    Incorrect:
        着眼“一老一小“等特殊群体生活需求。

    Correct:
        组织实施“明天计划”、“福彩圆梦·孤儿助学工程”等项目，落实《未成年人保护法》（2020年修订）。

    Correct:
        主要措施有：1）加强组织领导，2）完善工作机制。

    Correct:
        会议指出：“要坚持以人民为中心。
        “要持续保障和改善民生。”

    Correct:
        实现了“医"和"养”的无缝对接，开展“Children's Day”活动。

    Correct:
        结合人口和用地空间布局，形成“一主、一副、多
    """
    plain = doc.plain
    paragraphs = doc.paragraphs
    marks = [m.start(1) for m in _UP_TO_MARK.finditer(plain) if m.start(1) >= 0]  # one scan, not one per paragraph
    next_mark = 0
    stack: list[int] = []  # open marks, carried while a paragraph runs on into the next
    lone_closers: list[int] = []
    index = 0
    while index < len(paragraphs):
        if not stack and not lone_closers:  # nothing open: on to the paragraph of the next mark
            if next_mark == len(marks):
                break
            index = doc.paragraph_at(marks[next_mark]).index
        para = paragraphs[index]
        index += 1
        skip = -1
        while next_mark < len(marks) and marks[next_mark] < para.end:
            i = marks[next_mark]
            next_mark += 1
            char, top = plain[i], plain[stack[-1]] if stack else " "
            if i == skip or char == "’" and _latin(plain[i - 1 : i]) and _latin(plain[i + 1 : i + 2]):
                continue  # the second half of a crossing, or an apostrophe (children’s)
            if char == '"' and _SECONDS.search(plain, max(0, i - 8), i):
                continue  # the seconds of an angle: 东经119°27'29"
            if char == '"' and top in '“"' or char == "'" and top == "‘":
                stack.pop()
            elif char in _PAIRS or char == '"':
                stack.append(i)
            elif char in "”’" and top in "“‘" and top not in _MATES[char]:
                stack.pop()
                yield Hit(i, i + 1, QuoteMismatch(char, top, _PAIRS[top]))
            elif char in _MATES:
                match = _opener(plain, stack, char)
                if match is None:
                    if not (char in ")]" and _is_label(plain, para.start, i)) and not (
                            char == ")" and _PINYIN_BEFORE.search(plain, max(0, i - 7), i)):
                        lone_closers.append(i)
                    continue
                after = plain[i + 1 : i + 2]
                if match == len(stack) - 2 and after in _MATES and top in _MATES[after]:
                    skip = i + 1
                    yield Hit(i, i + 2, CrossedPair(f"{_name(char)}{_name(after)}", f"{_name(after)}{_name(char)}"))
                else:
                    lone_closers.extend(stack[match + 1 :])
                del stack[match:]
        if not stack and not lone_closers:
            continue  # all closed: where the paragraph ends does not matter
        next_para = paragraphs[index] if index < len(paragraphs) else None
        row = "\t" in plain[para.start : para.end].strip()  # a table row: its cells do not run on into the next row
        if next_para is not None and not row and not _FINISHED.search(plain, para.start, para.end):
            continue
        if next_para is not None and stack and plain[stack[-1]] == "“" and _continues_quote(plain[next_para.start : next_para.end]):
            stack.pop()
        if stack and not lone_closers and _closed_on_a_line_below(plain, para, paragraphs[index : index + 2], plain[stack[-1]]):
            continue  # "[编辑:⏎唐冰倩 审核:戎小平⏎]", "(以下简称《条例》⏎)和…": closed on a line below
        if next_para is None and not row and not _FINISHED.search(plain, para.start, para.end):
            # the text stops in mid-sentence: an excerpt cut off (“一主、一副、多), not a mark left open
            stack = [i for i in stack if _SENTENCE_END.search(plain, i, para.end)]
        yield from _report(plain, sorted(lone_closers + stack))
        stack, lone_closers = [], []


def _closed_on_a_line_below(plain: str, para, following, opener: str) -> bool:
    """Whether the next paragraph opens with a closer of ``opener`` (a line broken before it), or,
    on the very next line, closes it in its first sentence before opening another ("(其中初中55.40163
    万元,小学。⏎50.484120万元)": a line broken inside the brackets), or one of the ``following`` ones is
    nothing but that closer."""
    def closes(text: str) -> bool:
        return opener in _MATES.get(text[:1], "")

    if not following:
        return False
    if plain.count("\n", para.end, following[0].start) <= 1:  # no blank line between: one block of text
        head = _SENTENCE_END.split(plain[following[0].start : following[0].end], 1)[0]
        closer = head.find(_PAIRS.get(opener, opener))
        if closer >= 0 and opener not in head[:closer]:
            return True
    return closes(plain[following[0].start : following[0].end].lstrip()) or any(
        len(text := plain[p.start : p.end].strip()) == 1 and closes(text) for p in following)


def _opener(plain: str, stack: list[int], closer: str) -> int | None:
    """The index in ``stack`` of the nearest open mark that ``closer`` closes."""
    for k in range(len(stack) - 1, max(-1, len(stack) - 1 - _DEPTH), -1):
        if plain[stack[k]] in _MATES[closer]:
            return k
    return None


def _name(char: str) -> str:
    return _NAMES.get(char, char)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _is_label(plain: str, para_start: int, i: int) -> bool:
    start = max(para_start, i - 6)
    return _LABEL.search(("\n" if start == para_start else "") + plain[start:i]) is not None


def _continues_quote(text: str) -> bool:
    text = text.strip()
    return text.startswith("“") and (text.count("“") > text.count("”") or _QUOTE_CLOSED.search(text) is not None)


_FONT_SIZE_WIDGET = lazy(r"【[ \t]*字体|字体[ \t]*:?[ \t]*【")
_BEFORE_AN_OPENER = frozenset("、,;:，；：和及与或")  # after these a “ opens the next quoted item


def _in_font_size_widget(plain: str, i: int) -> bool:
    return any(w.start() <= i < w.end() for w in _FONT_SIZE_WIDGET.finditer(plain, max(0, i - 5), i + 5))


def _report(plain: str, lone: list[int]):
    """One finding per lone mark; two lone quotes in a row with nothing quoted between them are one
    quote typed the wrong way round."""
    skip = set()
    for a, b in zip(lone, lone[1:]):
        if a in skip or plain[a] != plain[b] or plain[a] not in "“”" or b - a > 40 or _QUOTE.search(plain, a + 1, b):
            continue
        if plain[b] == "“" and plain[b - 1 : b] in _BEFORE_AN_OPENER:
            continue  # "集中在“长三角、“珠三角…": the second opens a quote of its own; both closers are missing
        if any(mark in plain[a + 1 : b - 1] for mark in ";；。"):
            continue  # "聚焦“两不愁、三保障…再排查;中心专项巡察整改“回头看": a clause ends between, each quote lost its closer
        wrong, right = (b, "”") if plain[a] == "“" else (a, "“")
        skip |= {a, b}
        yield Hit(wrong, wrong + 1, QuoteWrongWay(plain[wrong], right))
    for i in lone:
        if i in skip or _in_font_size_widget(plain, i):
            continue  # "【字体:" of a web page's font-size links (大 中 小), lost in the copy: no text of the document
        char = plain[i]
        if char in _PAIRS or char == '"':
            yield Hit(i, i + 1, NeverClosed(_name(char), _name(_PAIRS.get(char, char))))
        else:
            yield Hit(i, i + 1, NeverOpened(_name(char), _name(_MATES[char][0])))
