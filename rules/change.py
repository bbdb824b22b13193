"""NUM: changes and growth rates (比上年增加 N, 增长 X%, 由 A 提高到 B, 提高 X 个百分点, 翻一番, 增长 X 倍)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from os.path import commonprefix

from auditor.record import record
from auditor.lazyre import compile_regex, escape, lazy, lazy_re
from auditor.findings import Severity
from auditor.numbers import (KIND_PERCENT, KIND_QUANTITY, Quantity, amount, as_written, clause_bounds, fixed,
                             rounding_disclaimed, unit_group, years_stated)
from auditor.messages import Message, Versus, english_doc
from auditor.tables import in_table
from auditor.registry import Checked, Hit, RelatedHit, rule
from auditor.rules.num import breakdowns_of
from auditor.rules.table import table_changes

_HUNDRED = Decimal(100)
_ZERO = Decimal(0)


# --- the words (auditor/data/lexicon.toml: change_up_words, change_down_words, …) -------------------


def words(doc, key: str) -> tuple[str, ...]:
    """A word list of the document's lexicon (a user's configuration may extend it)."""
    return getattr(doc.lexicon, key)


def _alt(words) -> str:
    return "|".join(escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@record(frozen=True)
class _Patterns:
    diff: object  # before a figure: the change it states (比上年增加 600 人次)
    rate: object  # before a percentage: the growth rate it states (增长 12.5%, 增幅 12%)
    origin: object  # before a figure: the earlier figure of 由 A 提高到 B
    target: object  # before a figure: the later figure of 由 A 提高到 B
    base: object  # before a figure: the earlier figure stated (比上年的 A, 比上年 A, 上年为 A)
    average: object  # in a clause: an average yearly rate (年均增长) or a contribution (拉动 … 增长), not a change between two figures
    adjusted: object  # in a paragraph: rates at comparable prices (按可比价格计算), not of the stated figures
    doubling: object  # 翻一番, 翻两番
    cue: object  # in a sentence: a word without which no figure of it states a change, a base or a target
    part: object  # before a figure, its whole clause: a part's own words and its change (城镇人口增加 202487 人)
    verb_ends: frozenset  # the last characters of the change verbs: a figure after none of them states no change
    up: frozenset
    down: frozenset


@lru_cache(maxsize=8)
def _patterns(up: tuple, down: tuple, rate: tuple, base: tuple, adjusted: tuple, average: tuple, contribution: tuple) -> _Patterns:
    verbs = _alt(up + down)
    return _Patterns(
        diff=compile_regex(r"(?P<verb>" + verbs + r")了?(?:支出|收入|投入)?[ \t]*+$"),  # 比上年减少支出 613.80 万元
        rate=compile_regex(r"(?P<verb>" + _alt(up + down + rate) + r")了?(?:率)?[ \t]*+(?:为|达到|达|是|:)?[ \t]*+$"),
        origin=compile_regex(r"(?:由|从)(?:[^,;:。!?()由从0-9]|(?:19|20)\d\d[ \t]*+年){0,12}?[ \t]*+$"),
        target=compile_regex(r"(?P<verb>" + verbs + r"|调整|调高|上调|下调)?(?:到|至)(?:[^,;:。!?()0-9]|(?:19|20)\d\d[ \t]*+年){0,10}?[ \t]*+$"),
        base=compile_regex(
            r"(?:比|较)(?:" + _alt(base) + r"|(?:19|20)\d\d[ \t]*+年(?:末|底|同期)?)的?[ \t]*+$"  # 比上年(的) A
            r"|(?:比|较)(?:19|20)\d\d[ \t]*+年[^,;:。!?()0-9]{2,16}?的[ \t]*+$"  # 比2010年第六次全国人口普查的 A
            r"|(?:" + _alt(base) + r")[ \t]*+(?:为|是|:)?[ \t]*+$"  # 上年(为) A, 普通小学上年 A
            r"|\((?:" + _alt(base) + r")[ \t]*+$"
        ),
        average=compile_regex(_alt(average + contribution)),
        adjusted=compile_regex(_alt(adjusted)),
        doubling=compile_regex(r"翻(?:了)?(一|两|二|三)番|翻番"),
        # every word that diff, rate, base and target need (比/较 + a year is a base; 到/至 a target)
        cue=compile_regex(_alt(up + down + rate + base + ("比", "较", "到", "至"))),
        part=compile_regex(r"[ \t]*+(?:其中[ \t]*+:?[ \t]*+)?(?P<label>\p{Han}{2,12}?)?[ \t]*+(?:(?:比|较)[^,;:。\d]{0,12}?|同比|环比)?"
                           r"[ \t]*+(?P<verb>" + verbs + r")了?[ \t]*+"),
        verb_ends=frozenset(w[-1] for w in up + down),
        up=frozenset(up),
        down=frozenset(down),
    )


def _patterns_of(doc) -> _Patterns:
    return _patterns(*(words(doc, key) for key in ("change_up_words", "change_down_words", "change_rate_words",
                                                      "change_base_words", "change_adjusted_words", "change_average_words",
                                                      "change_contribution_words")))


# --- reading a sentence -----------------------------------------------------------------------------

_BLUR_NEAR = lazy(r"近|接近|基本|将近|超过|多|以上|约|左右")
_CLAUSE_BREAK = lazy(r"[,;:，；：]")
_COMPARATIVE = lazy(r"比|较|同比|环比")
_OF_EACH = lazy(r"其中|分别")
_WINDOW = 24  # characters before a figure that its cue may take
_CANDIDATES = 8  # figures before a change that may be its later figure (the nearest)


@record(slots=True)
class _Figure:
    q: Quantity
    role: str | None  # diff, points, rate, times, origin, target, base; None for a figure stated for itself
    down: bool = False
    bracketed: bool = False


@record(slots=True)
class _Group:
    """The figures of one stated change: the later figure (or its candidates), the earlier one, and
    the change as a difference, a rate, percentage points, a multiple or a doubling."""

    new: list[Quantity] = field(default_factory=list)
    old: _Figure | None = None
    diff: _Figure | None = None
    rate: _Figure | None = None
    times: _Figure | None = None
    doubling: tuple[int, int, int] | None = None  # (start, end, power of two)
    from_to: bool = False
    last_end: int = 0


def _key(q: Quantity) -> str | None:
    """What a figure can be compared with: percentages with percentages (and percentage points),
    counts and amounts in one unit group; a figure without a unit with nothing."""
    if q.unit_class == "percent":
        return "%" if q.unit in ("%", "个百分点", "百分点") else "‰" if q.unit == "‰" else None
    return unit_group(q)


_POINTS = ("个百分点", "百分点")


def _same(a: Quantity, b: Quantity) -> bool:
    key = _key(a)
    return key is not None and key == _key(b)


@dataclass(slots=True)
class _Total(Quantity):
    """The sum of the figures before a change, which it may be of (医院 200 个，卫生院 100 个，比上年增加 10 个)."""

    parts: tuple = ()


def _total(figures: list[Quantity]) -> _Total:
    last = figures[-1]
    value = sum((q.value for q in figures), _ZERO)
    ulp = sum((q.ulp for q in figures), _ZERO)
    return _Total(figures[0].start, last.end, figures[0].num_start, last.text, value, ulp, last.multiplier, last.unit,
                  last.unit_class, last.kind, parts=tuple(figures))


def _w(doc, q: Quantity) -> str:
    """A figure as written; a sum of figures as their sum."""
    if isinstance(q, _Total):
        return "(" + "+".join(as_written(doc, p) for p in q.parts) + ")"
    return as_written(doc, q)


def _sentence_figures(doc, figures, p: _Patterns, start: int, end: int) -> list[_Figure]:
    plain = doc.plain
    found = []
    for q in figures:
        before_start = max(start, q.start - _WINDOW)
        clause_start = before_start  # the clause, or the last characters of a long one
        back = _CLAUSE_BREAK.search(plain, before_start, q.start)
        while back:  # the last clause break before the figure
            clause_start = back.end()
            back = _CLAUSE_BREAK.search(plain, clause_start, q.start)
        bracketed = plain.rfind("(", before_start, q.start) > plain.rfind(")", before_start, q.start)
        role, down = _role(plain, q, p, before_start, clause_start)
        found.append(_Figure(q, role, down, bracketed))
    return found


def _role(plain: str, q: Quantity, p: _Patterns, before_start: int, clause_start: int) -> tuple[str | None, bool]:
    after = plain[q.end : q.end + 2].lstrip(" \t")
    percent = q.unit_class == "percent"
    if not percent and after.startswith("倍") and not q.unit:
        m = p.rate.search(plain, clause_start, q.start) or p.diff.search(plain, clause_start, q.start)
        if m:
            return "times", m.group("verb") in p.down
        return None, False
    if p.average.search(plain, clause_start, q.start):
        return None, False  # 年均增长 3.3%, 年均增长 1054 万人: an average over years
    if percent and q.unit in ("个百分点", "百分点"):
        m = p.diff.search(plain, clause_start, q.start) or p.rate.search(plain, clause_start, q.start)
        return ("points", m.group("verb") in p.down) if m else (None, False)
    if percent:
        m = p.rate.search(plain, clause_start, q.start)
        if m:
            return "rate", m.group("verb") in p.down
    else:
        m = p.diff.search(plain, clause_start, q.start)
        if m:
            verb = m.group("verb")
            if verb in ("多", "少") and not _COMPARATIVE.search(plain, clause_start, m.start()):
                return None, False
            return "diff", verb in p.down
    if p.base.search(plain, before_start, q.start) or (
            _COMPARED_WITH.match(plain, clause_start, q.start) and _THEN_COMPARED.match(plain, q.end)):
        return "base", False
    if p.origin.search(plain, clause_start, q.start):
        return "origin", False
    m = p.target.search(plain, clause_start, q.start)
    if m:
        return "target", bool(m.group("verb")) and m.group("verb") in p.down
    return None, False


# "同第六次全国人口普查的133972万人相比，五年共增加3377万人": the figure 同/与 … 相比 names is the earlier one.
_COMPARED_WITH = lazy(r"[ \t]*+[^,;。\d]{0,12}?(?:同|与|跟)[^,;。]{1,40}?[ \t]*+$")  # (全区常住人口)与…的 A 相比
# Stdlib re for these two, matched at a point: the regex module first looks for their required 相比
# ahead, through the rest of the text each time.
_THEN_COMPARED = lazy_re(r"[^,;。\d]{0,6}?(?:相比|比较|相较)")  # 与上年的 A 同口径相比


# "支出 1264.92 万元。与 2019 年相比，一般公共预算财政拨款增加 27.44 万元，增长 2.22%": a sentence
# opened by 与…相比 compares the figure the sentence before states for the same subject.
_COMPARED_LEAD = lazy_re(r"[ \t]*(?:与|同)[^,，。;；]{1,12}?相比[ \t]*[,，]?[ \t]*")
# "收入 382.17 万元，为…资金。较 2020 年度决算数减少 157.86 万元，下降 29.2%": a sentence opened by
# 较/比 leaves out its subject, the figure the sentence before states.
_COMPARATIVE_LEAD = lazy(r"[ \t]*+(?:较|比)(?![例重率较])")


def _carried(doc, figures: list[Quantity], starts: list[int], sentence, read: list[_Figure], p: _Patterns) -> tuple:
    """The later figure that a sentence opened by 与…相比 takes from the sentence before: the last
    figure of the change's unit there whose clause names the change's subject (the words between
    相比 and the first change figure), or the only one when the change names no subject. Nothing
    when the sentence states a figure of its own before its first change figure."""
    plain = doc.plain
    if sentence.index == 0:
        return ()
    first = next((f for f in read if f.role is not None), None)
    if first is None or any(f.q.start < first.q.start for f in read):
        return ()
    # "…人口为137349万人。同…的133972万人相比，五年共增加3377万人": the earlier figure opens the
    # sentence, the later one is the only figure of its unit in the sentence before
    opens_with_base = first.role == "base" and _COMPARED_WITH.match(plain, sentence.start, first.q.start)
    lead = None if opens_with_base else _COMPARED_LEAD.match(plain, sentence.start)
    subjectless = lead is None and not opens_with_base and _COMPARATIVE_LEAD.match(plain, sentence.start)
    if not opens_with_base and ((lead is None and not subjectless) or first.role not in ("diff", "rate")):
        return ()
    previous = doc.sentences[sentence.index - 1]
    lo, hi = bisect_left(starts, previous.start), bisect_left(starts, previous.end)
    # a figure stated for itself: "较上年决算数减少0.03万元；较年初预算数减少6.3万元" compares no 0.03
    stated = [f.q for f in _sentence_figures(doc, figures[lo:hi], p, previous.start, previous.end) if f.role is None]
    same = [q for q in stated if _same(q, first.q) and q.unit_class != "percent"]
    if opens_with_base or subjectless:
        return tuple(same) if len(same) == 1 else ()
    subject = _CLAUSE_BREAK.split(plain[lead.end() : first.q.start])[0]
    verbs = [at for w in words(doc, "change_up_words") + words(doc, "change_down_words") if (at := subject.find(w)) >= 0]
    subject = subject[: min(verbs, default=len(subject))].strip(" \t")
    if len(subject) >= 2:
        same = [q for q in same if subject in plain[clause_bounds(plain, q.start, q.end)[0] : q.start]]
    elif len(same) != 1:
        return ()
    return tuple(same[-1:])


def _groups(doc, figures: list[_Figure], p: _Patterns, start: int, end: int, carried: tuple = ()) -> list[_Group]:
    plain = doc.plain
    groups: list[_Group] = []
    current: _Group | None = None
    plain_before: list[Quantity] = list(carried)  # figures stated for themselves: candidates for the later figure

    def close():
        nonlocal current
        if current is not None:
            groups.append(current)
        current = None

    def adjacent(at: int) -> bool:
        if current is None:
            return False
        between = plain[current.last_end : at]
        # "开发区9100万元,下降2.8%),比人代会预算安排数减少25000万元": a bracket closed between, the
        # group stated inside it is done (a bracket opened is not: "增加50.8万人(增长3.8%)")
        closed = between.count(")") > between.count("(")
        return len(_CLAUSE_BREAK.findall(between)) <= 1 and not _OF_EACH.search(between) and not closed

    for f in figures:
        q = f.q
        if f.bracketed and f.role != "base":
            continue  # 13659.6万吨(2731.9亿斤): the same figure in another unit
        role = f.role
        if role == "target":
            if current is not None and current.from_to and not current.new and _same(q, current.old.q):
                current.new = [q]
                current.last_end = q.end
                continue
            role = None  # 达到 92.5%: a figure stated for itself
        if role is None:
            if current is not None and current.old is not None and not current.new and not current.from_to and _same(q, current.old.q):
                current.new = [q]  # 上年为 A，今年达到 B
                current.last_end = q.end
                continue
            close()
            plain_before.append(q)
            if len(plain_before) > _CANDIDATES:
                del plain_before[0]
            continue
        if role == "origin":
            close()
            current = _Group(old=f, from_to=True, last_end=q.end)
            continue
        if role == "base":
            if current is not None and current.old is None and adjacent(q.start):
                current.old = f
                current.last_end = max(current.last_end, q.end)
            else:
                close()
                current = _Group(new=[c for c in plain_before if _same(c, q)], old=f, last_end=q.end)
            continue
        slot = {"diff": "diff", "points": "diff", "rate": "rate", "times": "times"}[role]
        if current is not None and getattr(current, slot) is None and adjacent(q.start):
            setattr(current, slot, f)
            current.last_end = q.end
        else:
            close()
            current = _Group(new=list(plain_before), last_end=q.end)
            setattr(current, slot, f)
    close()
    for g in groups:
        if g.from_to and g.new and g.old:
            m = p.doubling.search(plain, g.last_end, min(end, g.last_end + 16))
            if m and m.start() - g.last_end <= 12:
                power = {"一": 1, "两": 2, "二": 2, "三": 3}.get(m.group(1) or "一", 1)
                g.doubling = (m.start(), m.end(), power)
    return groups


# --- arithmetic -------------------------------------------------------------------------------------


def _span(q: Quantity) -> tuple[Decimal, Decimal]:
    """The values a figure stands for. A whole number of 元 is taken as rounded to the yuan: the
    amounts a rate is stated for are mostly averages (生均 6497 元, 人均可支配收入 30512 元)."""
    span = q.interval()
    if span is not None and not q.ulp and q.unit_class == "money" and q.unit == "元":
        return span[0] - _HALF_YUAN, span[1] + _HALF_YUAN
    return span


_HALF_YUAN = Decimal("0.5")


def _quotient(n: tuple[Decimal, Decimal], d: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal] | None:
    """The interval of n / d for an interval d of positive values."""
    if d[0] <= 0:
        return None
    values = [n[0] / d[0], n[0] / d[1], n[1] / d[0], n[1] / d[1]]
    return min(values), max(values)


def _quotient_near_zero(n: tuple[Decimal, Decimal], d: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal] | None:
    """n / d when the rounding of the figures lets d reach 0 (公务接待费1万元，比上年增加0.5万元: the earlier
    figure is 0.5万 give or take 0.55万): unbounded on the side d near 0 takes it to."""
    if d[1] <= 0:
        return None
    infinite = Decimal("Infinity")
    low = n[0] / d[1] if n[0] >= 0 else -infinite
    high = n[1] / d[1] if n[1] <= 0 else infinite
    return low, high


def _stated(f: _Figure, scale: Decimal = Decimal(1)) -> tuple[Decimal, Decimal]:
    """The values a stated change stands for: rounded or cut at its last digit (one unit either
    way), with its sign (下降 3.2% is -3.2%)."""
    q = f.q
    unit = q.ulp if q.ulp else _ZERO
    if q.unit == "" and not q.ulp and f.role == "times":
        unit = Decimal(1) if not q.decimals else Decimal(1).scaleb(-q.decimals)
    if q.unit == "" and f.role == "times" and q.ulp:
        unit = q.ulp
    low, high = q.value - unit, q.value + unit
    if f.down:
        low, high = -high, -low
    return low * scale, high * scale


def _overlaps(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and a[1] >= b[0]


@record(frozen=True)
class _Result:
    kind: str  # "difference", "points", "rate", "times", "doubling"
    holds: bool
    arithmetic: Message  # --show-relations
    message: Message
    span: tuple[int, int]  # where it is reported: the stated change (or the words 翻一番)
    figures: tuple[int, ...]
    rounded: bool = False  # a figure of it is rounded (a rounding disclaimer then makes it a warning)


def _checks(doc, g: _Group, adjusted: bool) -> list[_Result]:
    results = []
    change = g.diff or g.rate or g.times
    if change is None and g.doubling is None:
        return results
    downs = {f.down for f in (g.diff, g.rate, g.times) if f is not None}
    if len(downs) > 1:
        return results  # 增加 … 下降: which is meant is unclear
    if g.old is not None:
        if g.old.q.unit in _POINTS:
            return results  # points are a change, never the earlier figure
        pairs = [(n, g.old.q, None) for n in g.new if _same(n, g.old.q) and n.unit not in _POINTS]
    elif g.diff is not None and g.diff.role == "diff" and (g.rate is not None or g.times is not None):
        pairs = [(n, None, g.diff) for n in g.new if _same(n, g.diff.q)]
    else:
        return results
    if not pairs:
        return results
    pairs.reverse()  # the nearest later figure first: it is the one reported
    if len(pairs) > 1:
        pairs.append((_total([n for n, _, _ in reversed(pairs)]), pairs[0][1], pairs[0][2]))
    if g.old is not None and g.diff is not None and (g.diff.role != "points" or g.old.q.unit_class == "percent"):
        # points are a difference of two rates, never of the amounts (经费增长高于收入增长 10.42 个百分点)
        results += _difference(doc, g, pairs)
    if g.rate is not None and not adjusted:
        results += _rate(doc, g, pairs, g.rate)
    if g.times is not None and not adjusted:
        results += _times(doc, g, pairs, g.times)
    if g.doubling is not None and g.old is not None:
        results += _doubling(doc, g, pairs)
    return results


def _earlier(new: Quantity, old: Quantity | None, diff: _Figure | None) -> tuple[Decimal, Decimal]:
    """The earlier figure's interval: stated, or the later figure less the stated change."""
    if old is not None:
        return _span(old)
    n, d = _span(new), _span(diff.q)
    if diff.down:
        return n[0] + d[0], n[1] + d[1]
    return n[0] - d[1], n[1] - d[0]


def _exact_earlier(new: Quantity, old: Quantity | None, diff: _Figure | None) -> Decimal:
    if old is not None:
        return old.value
    return new.value + diff.q.value if diff.down else new.value - diff.q.value


def _shown_earlier(doc, old: Quantity | None, diff: _Figure | None, new: Quantity) -> str:
    if old is not None:
        return as_written(doc, old)
    sign = "+" if diff.down else "−"
    return f"({_w(doc, new)} {sign} {as_written(doc, diff.q)})"


def _difference(doc, g: _Group, pairs) -> list[_Result]:
    diff = g.diff
    old = g.old.q
    fits, new = False, pairs[0][0]
    for candidate, _, _ in pairs:
        n, o = _span(candidate), _span(old)
        computed = (n[0] - o[1], n[1] - o[0])
        if _overlaps(computed, _stated(diff)):
            fits, new = True, candidate
            break
    exact = new.value - old.value
    points = diff.role == "points"
    scale = diff.q.multiplier
    unit = "个百分点" if points else diff.q.unit
    shown = amount(exact, scale, unit) if not points else f"{_fmt(exact, diff.q.decimals)}{unit}"
    stated = ("−" if diff.down else "") + as_written(doc, diff.q)
    arithmetic = Versus(f"{_w(doc, new)} − {as_written(doc, old)} = {shown}", stated)
    message = _message("difference", doc, new=new, old=old, change=diff, computed=shown)
    return [_Result("points" if points else "difference", fits, arithmetic, message, (diff.q.start, diff.q.end),
                    (diff.q.start, new.start, old.start), bool(diff.q.ulp or new.ulp or old.ulp))]


def _rate(doc, g: _Group, pairs, rate: _Figure) -> list[_Result]:
    fits, chosen = False, pairs[0]
    for new, old, diff in pairs:
        o = _earlier(new, old, diff)
        if old is not None:
            n = _span(new)
            change = (n[0] - o[1], n[1] - o[0])
        elif diff.down:
            d = _span(diff.q)
            change = (-d[1], -d[0])
        else:
            change = _span(diff.q)
        ratio = _quotient(change, o) or _quotient_near_zero(change, o)
        if ratio is not None and _overlaps((ratio[0] * _HUNDRED, ratio[1] * _HUNDRED), _stated(rate)):
            fits, chosen = True, (new, old, diff)
            break
        if old is not None and new.unit_class == "percent" and _overlaps(change, _stated(rate)):
            fits, chosen = True, (new, old, diff)  # 由 20% 提高到 25%，提高 5%: read as percentage points
            break
    new, old, diff = chosen
    base = _exact_earlier(new, old, diff)
    if base <= 0:
        return []
    change_value = new.value - base
    exact = change_value / base * _HUNDRED
    shown = _fmt(exact, rate.q.decimals + 1)
    written = ("−" if rate.down else "") + as_written(doc, rate.q)
    earlier = _shown_earlier(doc, old, diff, new)
    if old is not None:
        formula = f"({_w(doc, new)} − {earlier}) / {earlier}"
    else:
        formula = f"{'−' if diff.down else ''}{as_written(doc, diff.q)} / {earlier}"
    arithmetic = Versus(f"{formula} = {shown}%", written)
    figures = tuple(x.start for x in (rate.q, new, old or diff.q))
    # the usual slip: the change divided by the new figure (16803.36 / 116433.12 = 14.43%)
    over_new = change_value / new.value * _HUNDRED if new.value > 0 else None
    wrong_base = "" if fits or over_new is None or not _overlaps((over_new, over_new), _stated(rate)) else _w(doc, new)
    message = _message("rate", doc, new=new, change=rate, computed=f"{shown}%", formula=formula,
                       rounded=_fmt(exact, rate.q.decimals), wrong_base=wrong_base)
    rounded = bool(rate.q.ulp or new.ulp or (old or diff.q).ulp)
    return [_Result("rate", fits, arithmetic, message, (rate.q.start, rate.q.end), figures, rounded)]


def _times(doc, g: _Group, pairs, times: _Figure) -> list[_Result]:
    fits, chosen = False, pairs[0]
    for new, old, diff in pairs:
        o = _earlier(new, old, diff)
        n = _span(new)
        ratio = _quotient(n, o)
        if ratio is None:
            continue
        stated = _stated(times)
        if _overlaps(ratio, stated) or _overlaps((ratio[0] - 1, ratio[1] - 1), stated):
            fits, chosen = True, (new, old, diff)
            break
    new, old, diff = chosen
    base = _exact_earlier(new, old, diff)
    if base <= 0:
        return []
    ratio = new.value / base
    earlier = _shown_earlier(doc, old, diff, new)
    arithmetic = TimesChecked(f"{_w(doc, new)} / {earlier} = {_fmt(ratio, 2)}", as_written(doc, times.q))
    message = _message("times", doc, new=new, change=times, computed=_fmt(ratio, 2), formula=f"{_w(doc, new)} / {earlier}")
    return [_Result("times", fits, arithmetic, message, (times.q.start, times.q.end),
                    tuple(x.start for x in (times.q, new, old or diff.q)), bool(new.ulp or (old or diff.q).ulp))]


def _doubling(doc, g: _Group, pairs) -> list[_Result]:
    start, end, power = g.doubling
    plain = doc.plain
    if _BLUR_NEAR.search(plain, max(0, start - 3), min(len(plain), end + 2)):
        return []  # 接近翻一番, 翻了一番多
    factor = Decimal(2) ** power
    fits, chosen = False, pairs[0]
    for new, old, diff in pairs:
        ratio = _quotient(_span(new), _span(old))
        if ratio is not None and _overlaps(ratio, (factor * Decimal("0.95"), factor * Decimal("1.05"))):
            fits, chosen = True, (new, old, diff)
            break
    new, old, _ = chosen
    if old.value <= 0:
        return []
    ratio = new.value / old.value
    arithmetic = Versus(f"{_w(doc, new)} / {as_written(doc, old)} = {_fmt(ratio, 2)}", f"{plain[start:end]} (×{factor})")
    message = _message("doubling", doc, new=new, old=old, computed=_fmt(ratio, 2), words=plain[start:end], factor=factor)
    return [_Result("doubling", fits, arithmetic, message, (start, end), (new.start, old.start), bool(new.ulp or old.ulp))]


def _fmt(value: Decimal, decimals: int) -> str:
    return fixed(value, decimals)


# --- messages (zh and en; auditor.messages) --------------------------------------------------------


class ChangeDoesNotFit(Message):
    """NUM007: a stated difference (比上年增加 N, 提高 X 个百分点) that is not the later figure less
    the earlier one."""

    new: str
    old: str
    computed: str
    stated: str  # as written: 600人次, 3.2个百分点
    down: bool  # stated as a fall (减少, 下降)
    zh = "{new} − {old} = {computed}，与文中“{verb_zh}{stated}”不符"
    en = "{new} − {old} = {computed}, but the stated change is {fall_en}{stated}"

    @property
    def fall_en(self) -> str:
        return "a fall of " if self.down else ""

    @property
    def verb_zh(self) -> str:
        points = self.stated.endswith("百分点")
        if self.down:
            return "下降 " if points else "减少 "
        return "提高 " if points else "增加 "


class RateDoesNotFit(Message):
    """NUM007: a stated growth rate (增长 X%, 增幅 X%) that the two figures do not give."""

    formula: str  # (1380元 − 1250元) / 1250元, or 600人次 / (5200人次 − 600人次)
    computed: str  # 13.04%
    stated: str  # as written: 12.5%
    down: bool
    decimals: int  # of the stated rate
    rounded: str  # the computed rate at the stated rate's decimals: 13.0
    wrong_base: str = ""  # the new figure, when the stated rate is the change over it (the base taken from the wrong year)
    zh = "{formula} = {computed}，{digits_zh}应为 {rounded}%，文中为{stated_zh}（已计入各数字按所写位数的舍入误差）{wrong_base_zh}"
    en = ("{formula} = {computed}, but the stated rate is {sign_en}{stated} "
          "(rounded to {decimals} decimals the change gives {rounded}%; the rounding of every stated figure is allowed for)"
          "{wrong_base_en}")

    @property
    def wrong_base_zh(self) -> str:
        return f"；文中的 {self.stated} 是以本期数 {self.wrong_base} 为基数算出的，增幅应以上期数为基数" if self.wrong_base else ""

    @property
    def wrong_base_en(self) -> str:
        return (f"; the stated {self.stated} is the change over this period's {self.wrong_base}: a growth rate is over the "
                "earlier figure") if self.wrong_base else ""

    @property
    def sign_en(self) -> str:
        return "−" if self.down else ""

    @property
    def digits_zh(self) -> str:
        return f"保留 {self.decimals} 位小数" if self.decimals else "取整"

    @property
    def stated_zh(self) -> str:
        return ("下降 " if self.down else " ") + self.stated


class TimesDoNotFit(Message):
    """NUM007: 增长 X 倍 that fits neither reading (X times as much, X times more)."""

    formula: str
    computed: str  # 1.50
    stated: str  # as written: 3
    zh = "{formula} = {computed} 倍，文中“{stated} 倍”无论理解为“是原来的 {stated} 倍”还是“比原来多 {stated} 倍”都不符"
    en = "{formula} = {computed} times, so neither {stated} times as much nor {stated} times more than the earlier figure fits"


class TimesChecked(Message):
    """``--show-relations``: the ratio of the two figures against 增长 X 倍, read both ways."""

    ratio: str
    times: str
    zh = "{ratio} 对照 {times}倍（是原来的或比原来多）"
    en = "{ratio} vs {times}倍 (as much or more)"


class DoublingDoesNotFit(Message):
    """NUM007: 翻一番 (×2), 翻两番 (×4) that the two figures do not give."""

    new: str
    old: str
    computed: str
    words: str  # as written: 翻了一番
    factor: str  # 2, 4, 8
    zh = "{new} / {old} = {computed}，而“{words}”应为原来的 {factor} 倍"
    en = "{new} / {old} = {computed}, but {words} means ×{factor}"


def _message(kind: str, doc, **a) -> Message:
    """Every finding's message, built here."""
    if kind == "difference":
        return ChangeDoesNotFit(_w(doc, a["new"]), as_written(doc, a["old"]), a["computed"], as_written(doc, a["change"].q),
                                a["change"].down)
    if kind == "rate":
        change = a["change"]
        return RateDoesNotFit(a["formula"], a["computed"], as_written(doc, change.q), change.down, change.q.decimals, a["rounded"],
                              a["wrong_base"])
    if kind == "times":
        return TimesDoNotFit(a["formula"], a["computed"], as_written(doc, a["change"].q))
    if kind == "doubling":
        return DoublingDoesNotFit(_w(doc, a["new"]), as_written(doc, a["old"]), a["computed"], a["words"], str(a["factor"]))
    raise ValueError(kind)


# --- the rule ---------------------------------------------------------------------------------------


@rule("NUM007", "change-rate", "error")
@english_doc(
    """A change or growth rate that disagrees with the two figures it compares.

    Within one sentence, when both figures are stated: 比上年增加/减少 N after the later figure and
    with the earlier one (比上年的 A, 比2010年第六次全国人口普查的 A, 上年为 A, 由 A 增加到 B) is B − A; 增长/下降 X%, 增幅 X%, 同比
    增长 X% is (B − A) / A (增长-2.45% is a fall of 2.45%), also when only the later figure and the change are stated (5200 人次，比上年
    增加 600 人次，增长 12.5%: 600 / 4600); 提高 X 个百分点 is the difference of two percentages; 翻一番
    is ×2 (翻两番 ×4); 增长 X 倍 is read both ways (X times as much, X times more). Each figure stands
    for the interval of its stated digits (statistical bulletins compute rates from unrounded
    figures; a whole number of 元 for half a yuan each side, as averages such as 生均 6497 元 are
    rounded to the yuan) and a stated change may be rounded or cut at its last digit; when two figures before
    the change could be the later one, the change fits if it fits either. A growth rate whose
    earlier figure is not stated is not checked, nor an average yearly rate (年均增长), nor rates in
    a paragraph at comparable prices (按可比价格计算, 扣除价格因素) or on another basis (统计口径调整);
    同口径 says the two figures stated are comparable, and their rate is checked (普通小学上年10321.31元，
    本年10359.52元，同口径比上年增长20.97%: 0.37%).
    A sentence opened by 与…相比 (与 2019 年相比，一般公共预算财政拨款增加 27.44 万元，增长 2.22%)
    compares the figure the
    sentence before states for the same subject; one opened by 同/与 … A 相比 names the earlier
    figure A, and the later one is the only figure of its unit in the sentence before (…人口为137349
    万人。同…的133972万人相比，五年共增加3377万人，增长2.52%); one opened by 较 or 比 leaves out
    its subject, and compares the only figure of its unit in the sentence before (…收入382.17万元，
    为…资金。较2020年度决算数减少157.86万元，下降29.2%). The changes of parts that make up a whole
    (the lexicon's complete sets: 城镇/乡村, 税收/非税 …), each stated with its verb, add up to the
    whole's change: after it and a 其中 (常住人口增加136247人，其中城镇人口增加202487人，乡村人口减少
    66271人: 136216), or, in a sentence of their own that names the year compared with, to the nearest
    change before them in a sentence that names what the parts share (人口) and the same years, an
    inferred whole, so a warning. Parts that add up to their whole are all of it: when the whole
    and each part state their own change (三公经费1969万元，较上年减少221万元；其中：因公出国（境）经费40万元，
    较上年持平；公务接待费242万元，较上年减少12万元；…1687万元，较上年减少209万元), the parts' changes add up
    to the whole's (not when a part states none, or they are against other bases: 上年预算, 上年决算).
    Tables: 增减 and 增长% columns against
    the two period columns before them. A rate that equals the change over the later figure is
    named as that slip. A figure and its rate stated inside a bracket are done when it closes: a
    change after it is of another figure (开发区9100万元，下降2.8%)，比人代会预算安排数减少25000万元).
    """
)
def change_rate(doc):
    """增减量或增长率与所比较的两个数字不符。

    检查什么：同一句中两个数字都写明时——写在后一数字之后、并给出前一数字（比上年的 A、比2010年第六次全国人口普查的 A、上年为 A、
    由 A 增加到 B）的“比上年增加（减少）N”，应为 B − A；“增长（下降）X%”“增幅 X%”“同比增长
    X%”，应为 (B − A) / A（“增长-2.45%”即下降 2.45%），只写了后一数字和增减量时也查（5200 人次，比上年增加 600 人次，增长
    12.5%：600 / 4600）；“提高 X 个百分点”是两个百分数之差；“翻一番”为 ×2（“翻两番”为 ×4）；
    “增长 X 倍”两种理解（是原来的 X 倍、比原来多 X 倍）都试。以“与……相比”开头的句子，比较的是
    上一句为同一对象写出的数字（支出 1264.92 万元。与 2019 年相比，一般公共预算财政拨款增加
    27.44 万元，增长 2.22%）；以“同（与）……的 A 相比”开头的句子，A 是前一数字，后一数字是上一句中
    该单位唯一的数字（……人口为137349万人。同……的133972万人相比，五年共增加3377万人，增长
    2.52%）；以“较”“比”开头、省去主语的句子（……收入 382.17 万元，为……资金。较 2020 年度决算数减少
    157.86 万元，下降 29.2%），比较的是上一句中该单位唯一的数字。构成总体全部的各部分（词表中的完整分组：城镇/乡村、税收/非税……）各自写明增减时，其和应等于总体的增减：总体的增减在前、其后以“其中”列出（常住人口增加136247人，其中城镇人口增加202487人，乡村人口减少66271人：应为 136216），或各部分单独成句、写明所比较的年份时，取其前最近的、所在句子写有各部分共同名称（人口）且年份相同的同单位增减，这一总体是推断的，报告为警告。各部分之和等于总数时，它们就是总数的全部：总数和每一部分都写有各自的增减时（三公经费1969万元，较上年减少221万元；其中：因公出国（境）经费40万元，较上年持平；公务接待费242万元，较上年减少12万元；……1687万元，较上年减少209万元），各部分增减之和应等于总数的增减（有一部分没写增减，或各自比较的基数不同——上年预算、上年决算——时不查）。表格中的“增减”“增长%”列，与其前的两个时期列核对。括号内的数字及其增减率到括号结束为止，括号之后的增减量是别的数字的（开发区9100万元，下降2.8%)，比人代会预算安排数减少25000万元）。所写增长率恰好等于“增减量 ÷ 后一
    数字”时，报告中指出是以本期数为基数算错了。

    怎样比较：每个数字代表其所写位数的区间（统计公报的增长率按未取整的数字计算；整数的“元”按
    前后半元计，生均 6497 元这样的平均数是取整到元的），所写增减量
    可以是四舍五入或截断的结果；变化量之前有两个数字都可能是后一数字时，合于其中一个即可。前一
    数字没有写出的增长率、年均增长率，以及“按可比价格计算”“扣除价格因素”“统计口径调整”所在段落的
    增长率，不检查。“同口径”说明所写两个数字可比，照常检查（普通小学上年10321.31元，本年
    10359.52元，同口径比上年增长20.97%：应为 0.37%）。

    为什么重要：增减量和增长率是读者对照前后两个数字就能验算的，算错了最容易被指出。

    Incorrect:
        全年救助困难群众 5200 人次，比上年增加 600 人次，增长 12.5%。

    Incorrect:
        城乡低保保障标准由 1250 元提高到 1380 元，增幅 12%。

    Incorrect:
        签约服务覆盖率达到 92.5%，比上年提高 3.2 个百分点（上年为 88.3%）。

    Correct:
        全年救助困难群众 5200 人次，比上年增加 600 人次，增长 13.0%。

    Correct:
        城乡低保保障标准由 1250 元提高到 1380 元，增幅 10.4%。

    Correct:
        全年粮食产量69541万吨，比上年增加888万吨，增产1.3%。

    Correct:
        全年社会消费品零售总额9708.28亿元，比上年下降0.2%（上年为9498.12亿元，统计口径有调整）。
    """
    p = _patterns_of(doc)
    plain = doc.plain
    cell = in_table(doc)  # a table's changes are read in its grid (table_changes), not as prose
    figures = [q for q in doc.numbers if q.kind in (KIND_QUANTITY, KIND_PERCENT) and q.exact and not cell(q.start)]
    if figures:
        starts = [q.start for q in figures]
        adjusted_paragraphs: dict[int, bool] = {}
        for sentence in doc.sentences:
            lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
            if hi - lo < 2:
                continue
            if not p.cue.search(plain, sentence.start, sentence.end):
                continue  # no figure can state a change: reading each one's role is the cost of this rule
            in_sentence = figures[lo:hi]
            read = _sentence_figures(doc, in_sentence, p, sentence.start, sentence.end)
            if not any(f.role in ("diff", "points", "rate", "times", "base", "target") for f in read):
                continue
            paragraph = doc.paragraph_at(sentence.start)
            key = paragraph.index if paragraph else -1
            if key not in adjusted_paragraphs:
                text = plain[paragraph.start : paragraph.end] if paragraph else plain[sentence.start : sentence.end]
                adjusted_paragraphs[key] = bool(p.adjusted.search(text))
            carried = _carried(doc, figures, starts, sentence, read, p)
            for group in _groups(doc, read, p, sentence.start, sentence.end, carried):
                for result in _checks(doc, group, adjusted_paragraphs[key]):
                    at, to = result.span
                    yield Checked(at, to, "change", result.arithmetic, result.holds)
                    if not result.holds:
                        severity = Severity.WARNING if result.rounded and rounding_disclaimed(doc) else None
                        yield Hit(at, to, result.message, severity=severity, figures=result.figures)
        yield from _parts_changes(doc, figures, starts, p)
        yield from _changes_of_parts_that_add_up(doc, figures, starts, p)
    yield from table_changes(doc)


# --- the changes of a whole's parts ---------------------------------------------------------------


class PartsChangesDoNotAdd(Message):
    """NUM007: the changes of the parts of a complete set (城镇/乡村) that do not add up to the whole's."""

    parts: str  # +202487人 − 66271人
    added: str
    whole: str
    zh = "各部分的增减 {parts} = {added}，与总体的增减 {whole} 不符（各部分构成总体的全部）"
    en = "the parts' changes {parts} = {added}, but the whole changed by {whole} (the parts make up the whole)"


class TheWholesChange(Message):
    """The related location of PartsChangesDoNotAdd: the whole's change."""

    whole: str
    zh = "此处写出总体的增减 {whole}"
    en = "the whole's change {whole} stated here"


_PARTS_BREAK = lazy(r"其中|[。!?]")  # between two parts of one list: neither a new list nor a new sentence
_WHOLE_CHANGE_REACH = 1500  # characters before the parts' sentence in which the whole's change may be stated


def _parts_changes(doc, figures: list[Quantity], starts: list[int], p: _Patterns):
    """The changes of parts that make up a whole (the lexicon's complete sets) against the whole's
    change: "常住人口增加136247人，其中城镇人口增加202487人，乡村人口减少66271人" (其中 may open the next
    sentence), or in a sentence of
    their own ("与2010年第六次全国人口普查相比，城镇人口增加202487人，乡村人口减少66271人") against the
    nearest change before them, of their unit, in a sentence that names what the parts share (人口)
    and the same years: that whole is inferred, so a warning."""
    plain = doc.plain
    for paragraph in doc.paragraphs:
        lo, hi = bisect_left(starts, paragraph.start), bisect_left(starts, paragraph.end)
        run: list[tuple[Quantity, str, bool]] = []  # parts of one sentence, its clauses joined by ，、；
        for q in [*figures[lo:hi], None]:
            read = q is not None and q.kind == KIND_QUANTITY and _part_change(plain, q, p)
            if read and (not run or unit_group(run[-1][0]) == unit_group(q) and not _PARTS_BREAK.search(plain, run[-1][0].end, q.start)):
                run.append((q, *read))
                continue
            if len(run) >= 2:
                yield from _check_parts(doc, figures, starts, doc.sentence_at(run[0][0].start), run, p)
            run = [(q, *read)] if read else []


def _part_change(plain: str, q: Quantity, p: _Patterns) -> tuple[str, bool] | None:
    """A figure's part label and whether its change is a fall, when its clause states just that."""
    at = q.start - 1
    while at >= 0 and plain[at] in " \t了":
        at -= 1
    if at < 0 or plain[at] not in p.verb_ends:
        return None  # the cheap test first: most figures follow no change verb
    m = p.part.fullmatch(plain, clause_bounds(plain, q.start, q.end)[0], q.start)
    return (m.group("label") or "", m.group("verb") in p.down) if m else None


def _check_parts(doc, figures, starts, sentence, run, p: _Patterns):
    labels = [label for _, label, _ in run]
    if doc.lexicon.complete_set(labels) is None:
        return
    plain = doc.plain
    first = run[0][0]
    whole, inferred = None, False
    i = bisect_left(starts, first.start)
    before = figures[i - 1] if i else None
    home = doc.sentence_at(before.start) if before is not None else None
    if home is not None and home.index >= sentence.index - 1 and "其中" in plain[before.end : first.start]:
        read = _part_change(plain, before, p) if unit_group(before) == unit_group(first) else None
        whole = (before, read[1]) if read else None
    else:
        whole, inferred = _whole_before(doc, figures, starts, sentence, run, p), True
    if whole is None:
        return
    whole, down = whole
    holds, terms, shown_added, shown_whole = _changes_added(doc, whole, down, [(q, fall) for q, _, fall in run], first)
    yield Checked(first.start, run[-1][0].end, "change of the parts", Versus(f"{terms} = {shown_added}", shown_whole), holds)
    if not holds:
        yield Hit(first.start, run[-1][0].end, PartsChangesDoNotAdd(terms, shown_added, shown_whole),
                  (RelatedHit(whole.start, whole.end, TheWholesChange(shown_whole)),),
                  severity=Severity.WARNING if inferred else None, figures=(whole.start, *(q.start for q, _, _ in run)))


def _changes_added(doc, whole: Quantity, down: bool, changes: list[tuple[Quantity | None, bool]], like: Quantity):
    """Whether the parts' changes (each with whether it is a fall; None for 持平, 0) add up to the
    whole's within their rounding, and the arithmetic as shown: the signed terms, their sum in the
    scale of ``like``, and the whole's change."""
    low, high = _signed(whole, down)
    signed = [(_ZERO, _ZERO) if q is None else _signed(q, fall) for q, fall in changes]
    holds = sum((lo for lo, _ in signed), _ZERO) <= high and low <= sum((hi for _, hi in signed), _ZERO)
    terms = "".join("+0" if q is None else f"{'−' if fall else '+'}{as_written(doc, q)}" for q, fall in changes).lstrip("+")
    added = sum((-q.value if fall else q.value for q, fall in changes if q is not None), _ZERO)
    shown_added = f"{'−' if added < 0 else '+'}{amount(abs(added), like.multiplier, like.unit)}"
    return holds, terms, shown_added, f"{'−' if down else '+'}{as_written(doc, whole)}"


def _whole_before(doc, figures, starts, sentence, run, p: _Patterns) -> tuple[Quantity, bool] | None:
    """The nearest change before the parts' sentence, of their unit, stated for the whole, and whether
    it is a fall: its sentence names what the parts' labels share (城镇人口, 乡村人口: 人口) and the same
    years (the parts' sentence names one: 与2010年…相比), and it is no part."""
    plain = doc.plain
    labels = [label for _, label, _ in run]
    shared = commonprefix([label[::-1] for label in labels])[::-1]
    if len(shared) < 2:
        return None
    years = years_stated(doc, sentence.start, sentence.end)
    if not years:
        return None  # "比上年…": which whole (户籍人口? 常住人口?) changed by how much is not pinned by a year
    lo = bisect_left(starts, max(0, sentence.start - _WHOLE_CHANGE_REACH))
    for q in reversed(figures[lo : bisect_left(starts, sentence.start)]):
        read = _part_change(plain, q, p) if unit_group(q) == unit_group(run[0][0]) else None
        if read is None or any(read[0].startswith(label[:2]) for label in labels if read[0]):
            continue
        home = doc.sentence_at(q.start)
        if home is None or shared not in plain[home.start : q.start] or years_stated(doc, home.start, home.end) != years:
            continue
        return q, read[1]
    return None


class AddingPartsChangesDoNotAdd(Message):
    """NUM007: parts that add up to their whole, each with its change, whose changes do not add up to the whole's."""

    parts: str  # −12万元 − 219万元
    added: str
    whole: str
    total: str  # 40+242+1687 = 1969万元
    zh = "各部分之和 {total}，其增减 {parts} = {added}，与总体的增减 {whole} 不符"
    en = "the parts add up to the whole ({total}), but their changes {parts} = {added}, not the whole's {whole}"


_FLAT = ("持平", "无变化", "没有变化", "不变", "无增减", "未增减")  # a part's change stated as none
_BASIS = ("预算", "决算", "年初", "调整", "同口径")  # what a change is against, when the words say


def _changes_of_parts_that_add_up(doc, figures: list[Quantity], starts: list[int], p: _Patterns):
    """A total whose parts add up to it (so they are all of it), the total and each part followed by its
    own change ("三公经费1969万元，较上年减少221万元；其中：因公出国（境）经费40万元，较上年持平；
    公务接待费242万元，较上年减少12万元；公务用车…1687万元，较上年减少209万元"): the parts' changes add up to the
    total's. Nothing when a part states no change, or two, or the changes are against other bases
    (比上年预算 / 比上年决算)."""
    plain = doc.plain
    for found in breakdowns_of(doc):
        total, parts = found.total, found.parts
        if len(parts) < 2 or any(not q.exact or q.kind != KIND_QUANTITY or unit_group(q) != unit_group(total) for q in found.figures):
            continue
        low, high = _signed(total, False)
        if not (sum(q.value - q.ulp / 2 for q in parts) <= high and low <= sum(q.value + q.ulp / 2 for q in parts)):
            continue  # parts that do not make the total (NUM001's to report) may not be all of it
        whole = _own_change(doc, figures, starts, total, parts[0].start, p)
        ends = [q.start for q in parts[1:]] + [_run_end(plain, parts[-1])]
        changes = [_own_change(doc, figures, starts, q, end, p) for q, end in zip(parts, ends)]
        if whole is None or whole[0] is None or None in changes:
            continue
        bases = {basis for *_, basis in (whole, *changes) if basis}
        if len(bases) > 1:
            continue
        holds, terms, shown_added, shown_whole = _changes_added(doc, whole[0], whole[1], [(q, fall) for q, fall, _ in changes], total)
        stated = [(q, fall) for q, fall, _ in changes if q is not None]
        at, to = (stated[0][0].start, stated[-1][0].end) if stated else (parts[0].start, parts[-1].end)
        yield Checked(at, to, "change of the parts", Versus(f"{terms} = {shown_added}", shown_whole), holds)
        if not holds:
            shown_total = "+".join(as_written(doc, q) for q in parts) + " = " + as_written(doc, total)
            yield Hit(at, to, AddingPartsChangesDoNotAdd(terms, shown_added, shown_whole, shown_total),
                      (RelatedHit(whole[0].start, whole[0].end, TheWholesChange(shown_whole)),),
                      figures=(whole[0].start, *(q.start for q, _ in stated)))


def _run_end(plain: str, q: Quantity) -> int:
    """Where the clauses that speak of a list's last part end: its ； or its sentence."""
    ends = [at for at in (plain.find(mark, q.end) for mark in ";；。\n") if at >= 0]
    return min(ends, default=len(plain))


def _own_change(doc, figures, starts, q: Quantity, end: int, p: _Patterns) -> tuple[Quantity | None, bool, str] | None:
    """The change stated for ``q`` between it and ``end``: (the change, whether a fall, its basis);
    (None, False, "") for 持平; None when it states none, or more than one."""
    plain = doc.plain
    lo, hi = bisect_left(starts, q.end), bisect_left(starts, end)
    read = _sentence_figures(doc, figures[lo:hi], p, q.end, end)
    own = [f for f in read if f.role == "diff" and _same(f.q, q)]
    if len(own) != 1:
        flat = not own and not any(_same(f.q, q) for f in read) and any(w in plain[q.end : end] for w in _FLAT)
        return (None, False, "") if flat else None
    change = own[0]
    between = plain[q.end : change.q.start]
    return change.q, change.down, "".join(w for w in _BASIS if w in between)


def _signed(q: Quantity, fall: bool) -> tuple[Decimal, Decimal]:
    low, high = q.value - q.ulp / 2, q.value + q.ulp / 2
    return (-high, -low) if fall else (low, high)
