"""Tables audited as tables: totals, shares and changes (helpers for the NUM rules; no rule here:
NUM001 reports :func:`table_sums`, NUM003 :func:`table_share_ratios`, NUM007 :func:`table_changes`).

Each generator takes a Document and yields :class:`~auditor.registry.Hit` s (``figures`` are the
``plain`` starts of the cells' digits) and a :class:`~auditor.registry.Checked` for every relation
it checked. The grids come from :func:`auditor.tables.tables`.

Arithmetic is on intervals: a figure written with decimals or in 万/亿 stands for half a unit of
its last digit each side (a whole count in 人 is exact), and a difference of one unit in the last
stated digit of the checked figure is never an error (tables truncate as often as they round).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, DivisionByZero, InvalidOperation
from functools import lru_cache

from auditor.record import record, replace
from auditor.lazyre import lazy_re
from auditor.findings import Severity
from auditor.memo import per_document
from auditor.messages import Message, Tolerance
from auditor.numbers import fixed, rounded, rounding_disclaimed
from auditor.registry import Checked, Hit, RelatedHit
from auditor.tables import Cell, Table, tables

_ZERO, _HUNDRED = Decimal(0), Decimal(100)
_MARKERS = (
    (lazy_re(r"^[一二三四五六七八九十]+[、.]"), 1),
    (lazy_re(r"^\([一二三四五六七八九十]+\)"), 2),
    (lazy_re(r"^\d{1,2}(?:[、]|\.(?!\d))"), 3),
    (lazy_re(r"^\(\d{1,2}\)"), 4),
    (lazy_re(r"^[①-⑳]"), 5),
)
_ANY_MARKER = lazy_re("|".join(p.pattern for p, _ in _MARKERS))
_NOT_ADDITIVE = ("人均", "平均", "率", "标准", "比例", "每", "%", "占比", "比重", "指数", "系数", "倍", "均价", "单价")
_CHANGE = ("增减", "增加", "增长", "比上年", "较上年", "同比", "环比", "变动", "增幅", "差额", "减少", "下降", "±")
_SHARE = ("占比", "比重", "比例", "构成", "占")
_PERIOD = lazy_re(r"(?:19|20)\d\d|上年|本年|去年|今年|上期|本期|当年|预算|决算|年初|年末|期初|期末")
_EARLIER = ("上年", "去年", "上期", "上年同期", "上年度")
_LATER = ("本年", "今年", "本期", "当年", "本年度")
_YEAR = lazy_re(r"(?:19|20)\d\d")
_MAX_TERMS = 10


# --- messages ------------------------------------------------------------------------------------


class TableChecked(Message):
    """``--show-relations``: a relation of a table, with where it is."""

    left: str
    stated: str
    where: object  # a place (InColumn, InRow) or a header or row label
    at_most: bool = False  # a part against its whole: ≤ … ?
    zh = "{left} {relation_zh} {stated}{mark}（位于{where_zh}）"
    en = "{left} {relation_en} {stated}{mark} ({where})"

    @property
    def where_zh(self) -> str:
        where = self.where.render("zh") if isinstance(self.where, Message) else str(self.where)
        return f"第 {where} 行" if where.isdigit() else where

    @property
    def relation_zh(self) -> str:
        return "≤" if self.at_most else "对照"

    @property
    def relation_en(self) -> str:
        return "≤" if self.at_most else "vs"

    @property
    def mark(self) -> str:
        return "?" if self.at_most else ""


class InColumn(Message):
    name: str
    zh = "“{name}”列"
    en = "column {name}"


class InRow(Message):
    label: str  # the row's label, or "row N" when it has none
    zh = "{label_zh}行"
    en = "row {label}"

    @property
    def label_zh(self) -> str:
        return f"第 {self.label[4:]} " if self.label.startswith("row ") and self.label[4:].isdigit() else f"“{self.label}”"


class TableSumMismatch(Message):
    """A 合计/小计 row or column (or a row under a 科目编码) whose parts do not add up to it."""

    parts: str
    added: str
    name: str
    total: str
    off: str
    tolerance: Message | None
    where: Message
    line: str  # row, column, or the code of the parent row ("row 201"): what does not add up, in English
    zh = "{where}各分项之和 {added} 与{name} {total} 不符，相差 {off}（{parts} = {added}）{tolerance}"
    en = "{parts} = {added} ≠ {name} {total} (off by {off}{tolerance}): in {where}, the {name} {line} does not add up"


class SubsetExceedsParent(Message):
    added: str  # 其中 figures (with their sum when more than one)
    name: str
    total: str
    off: str
    tolerance: Message | None
    where: Message
    zh = "{where}“其中”{added} 大于所属的{name} {total}，多出 {off}{tolerance}；“其中”各行是上一行的一部分，不能大于它"
    en = "其中 {added} > {name} {total} (by {off}{tolerance}): in {where}, a 其中 row is a part of the row above it and cannot be more"


class SubsetColumnsExceed(Message):
    parts: str
    added: str
    name: str
    total: str
    off: str
    tolerance: Message | None
    label: str
    zh = "“{label}”行“其中”各列之和 {added} 大于{name} {total}，多出 {off}（{parts} = {added}）{tolerance}"
    en = "{parts} = {added} > {name} {total} (by {off}{tolerance}): in row {label}, the 其中 columns cannot add up to more than the {name} column"


class TableShareMismatch(Message):
    part: str
    whole: str
    exact: str
    stated: str
    label: str
    column: str
    zh = "“{label}”行“{column}”列：{part} / {whole} = {exact}%，表中为 {stated}%"
    en = "{part} / {whole} = {exact}%, but the table states {stated}% (row {label}, column {column})"


class TableChangeMismatch(Message):
    arithmetic: str
    stated: str
    unit: str
    label: str
    column: str
    zh = "“{label}”行“{column}”列：{arithmetic}{unit}，表中为 {stated}{unit}"
    en = "{arithmetic}{unit}, but the table states {stated}{unit} (row {label}, column {column})"


class Clause(Message):
    where: Message
    arithmetic: str
    zh = "{where}中 {arithmetic}"
    en = "{where}: {arithmetic}"


class CellBreaksRelations(Message):
    """One figure that every failed relation of its table passes through, and one value of it that
    makes them all hold: the finding is that cell's."""

    figure: str
    count: int
    relations: tuple  # Clause each
    corrected: str
    zh = "{figure} 使表中 {count} 项关系不成立（{relations}），改为 {corrected} 则都成立"
    en = "{figure} makes {count} relations of the table fail ({relations}); {corrected} would fit them all"


class AddedUp(Message):
    zh = "所加各数"
    en = "the figures it adds up"


class ParentRow(Message):
    zh = "所属的行"
    en = "the row it is part of"


class TheFigure(Message):
    zh = "该行的数"
    en = "the figure"


class ThePeriods(Message):
    zh = "两期的数"
    en = "the two periods"


class FailsThere(Message):
    zh = "因此不成立的关系"
    en = "a relation it makes fail"


@record(eq=False)
class _Failure:
    """A relation of a table that does not hold: its Hit, every figure it reads, whether it would
    hold with one of them changed, and the values of one figure that would make it hold."""

    kind: str  # sum (NUM001), share (NUM003), change (NUM007)
    hit: Hit
    cells: tuple[Cell, ...]
    holds_with: Callable[[Cell, Decimal], bool]
    clause: Clause
    proposals: tuple[tuple[Cell, Decimal], ...] = ()


def _with(cells, cell: Cell, value: Decimal):
    """``cells`` with ``cell`` (by identity) holding ``value`` instead."""
    return [replace(c, value=value) if c is cell else c for c in cells]


# --- figures and intervals ------------------------------------------------------------------------


def _span(cells) -> tuple[Decimal, Decimal]:
    low = sum((c.value - c.half for c in cells), _ZERO)
    high = sum((c.value + c.half for c in cells), _ZERO)
    return low, high


def _verdict(total: Cell, parts, whole: bool) -> str | None:
    """"exceed", "short" (when the parts are the ``whole``), or None when they fit."""
    low, high = _span(parts)
    slack = total.half + total.step
    if low > total.value + slack:
        return "exceed"
    if whole and high < total.value - slack:
        return "short"
    return None


def _show(value: Decimal, scale: Decimal, decimals: int) -> str:
    return fixed(value / scale, decimals)


def _term(cell: Cell, scale: Decimal) -> str:
    if cell.multiplier == scale:
        return cell.digits if cell.value >= 0 else "-" + cell.digits
    return _show(cell.value, scale, cell.decimals) + _scale_word(cell.multiplier)


def _scale_word(multiplier: Decimal) -> str:
    return {Decimal(10000): "万", Decimal(100000000): "亿", Decimal(1000): "千"}.get(multiplier, "")


def _terms(parts, scale: Decimal) -> str:
    shown = [_term(c, scale) for c in parts]
    if len(shown) > _MAX_TERMS:
        shown = shown[:6] + ["…"] + shown[-2:]
    return "+".join(shown).replace("+-", "-")


def _decimals(cells, scale: Decimal) -> int:
    return max((c.decimals + len(str(int(c.multiplier / scale))) - 1 if c.multiplier >= scale else c.decimals for c in cells), default=0)


def _added(parts, total: Cell) -> tuple[Decimal, int, Decimal]:
    """The parts' sum, with the scale and the digits to show it in beside the total."""
    scale = total.multiplier
    return scale, max(_decimals(parts, scale), total.decimals), sum((c.value for c in parts), _ZERO)


def _tolerance(cells) -> Tolerance | None:
    half = sum((c.half for c in cells), _ZERO)
    if not half:
        return None
    total = cells[0]
    return Tolerance(_show(half + total.step, total.multiplier, max(c.decimals for c in cells) + 1).rstrip("0").rstrip("."))


def _severity(doc, cells) -> Severity | None:
    if any(c.half for c in cells) and rounding_disclaimed(doc):
        return Severity.WARNING
    return None


def _squash(text: str) -> str:
    return "".join(text.split())


def _unmarked(label: str) -> str:
    m = _ANY_MARKER.match(label)
    return label[m.end() :] if m else label


# --- reading rows and columns ---------------------------------------------------------------------


@record(slots=True, eq=False)
class _Entry:
    """One row of a column (or one column of a row): its figure, its label and what it is."""

    cell: Cell
    label: str
    kind: str  # item, total, subset, skip, band
    rank: int = 0  # 1 小计, 2 合计, 3 总计
    depth: float = 0
    indent: int = 0
    index: int = 0


@lru_cache(maxsize=4096)  # a table's labels repeat in each of its columns
def _kind(label: str) -> tuple[str, int]:
    text = _unmarked(_squash(label)).lstrip(":：")
    if "小计" in text:
        return "total", 1
    if text.startswith("总计") or text.endswith(("总计", "总计数")):
        return "total", 3
    if text.startswith(("合计", "共计", "总数")) or text.endswith(("合计", "合计数", "共计", "总数")):
        return "total", 2
    if text.startswith("其中"):
        return "subset", 0
    if any(w in text for w in _NOT_ADDITIVE):
        return "skip", 0
    return "item", 0


@lru_cache(maxsize=64)  # asked for each figure column, and again for the base of each share column
def _column_entries(table: Table, column: int) -> list[_Entry]:
    """The rows of a column as entries (shared: read, never changed, by their users)."""
    entries = []
    for i, row in enumerate(table.data):
        cell = row.cells[column]
        if row.band:
            entries.append(_Entry(cell, _squash(row.cells[0].text), "band", index=i))
            continue
        label = table.label(row, column)
        kind, rank = _kind(label)
        label_cell = table.label_cell(row, column)
        entries.append(_Entry(cell, _squash(label), kind, rank, indent=label_cell.indent if label_cell else 0, index=i))
    _set_depths(table, entries)
    return entries


def _set_depths(table: Table, entries: list[_Entry]) -> None:
    """Depth of each item: by 科目编码 length, else by list marker (unmarked rows under a marked one
    are its parts), else by indentation."""
    items = [e for e in entries if e.kind in ("item", "subset", "skip")]
    codes = [table.code(table.data[e.index]) for e in items]
    if sum(1 for c in codes if c) >= 2:
        depth = 0
        for e, code in zip(items, codes):
            depth = len(code) if code else depth
            e.depth = depth
        return
    levels = [next((level for pattern, level in _MARKERS if pattern.match(e.label)), None) for e in items]
    if any(levels):
        last = None
        for e, level in zip(items, levels):
            if level is not None:
                last = level
                e.depth = level
            else:
                e.depth = last + 0.5 if last is not None else 0
        for e in entries:  # a marked 小计 ("2.乡小计") stands at its marker's level, beside "1.镇"
            if e.kind == "total" and e.rank == 1:
                e.depth = next((level for pattern, level in _MARKERS if pattern.match(e.label)), 0)
        return
    if len({e.indent for e in items}) > 1:
        for e in items:
            e.depth = e.indent


# --- sums -----------------------------------------------------------------------------------------


def table_sums(doc):
    """合计/总计 rows against the rows they close (below them when they head the table), 小计 rows
    against the rows above up to the previous 小计, 合计 against the 小计s; 其中 rows as parts of the
    row above them (never summed with it); rows under a 科目编码 against their parent code; 合计
    columns against the other figure columns of their row. Rows and columns whose label says they
    are not additive (人均, 平均, 率, 标准, 比例, 每, %) are never summed."""
    yield from table_relations(doc)["sum"]


@per_document
def table_relations(doc) -> dict[str, list]:
    """Every relation of every table, by the rule that reports its kind; failed relations that one
    wrong figure explains are one finding at that figure (:func:`_localised`)."""
    found: dict[str, list] = {"sum": [], "share": [], "change": []}
    for table in tables(doc):
        if not _has_cue(table):
            continue
        failures: list[_Failure] = []
        for kind, items in (("sum", _table_sums(doc, table)), ("share", _table_shares(doc, table)), ("change", _table_changes(doc, table))):
            for item in items:
                (failures if isinstance(item, _Failure) else found[kind]).append(item)
        for kind, hit in _localised(failures):
            found[kind].append(hit)
    return found


_CUE_WORDS = ("计", "其中", "总数") + _CHANGE + _SHARE


def _has_cue(table: Table) -> bool:
    """Whether a table has anything to check: a total, 其中 or 科目编码 row, or a total, share,
    change or % column. Most tables of a document have none (lists of names, addresses, dates)."""
    if table.code_column is not None:
        return True
    if any(w in h for h in table.headers for w in _CUE_WORDS) or any("%" in h for h in table.headers):
        return True
    return any(w in c.text for r in table.data for c in r.cells if c.is_text for w in ("计", "其中", "总数"))


def _table_sums(doc, table: Table):
    for column in table.value_columns:
        if _column_skipped(table, column):
            continue
        entries = _column_entries(table, column)
        yield from _column_relations(doc, table, column, entries)
    yield from _row_relations(doc, table)


def _column_skipped(table: Table, column: int) -> bool:
    header = table.headers[column]
    cells = [r.cells[column] for r in table.data if r.cells[column].has_figure]
    if any(c.unit in ("%", "‰") or "/" in c.unit for c in cells):
        return True
    return any(w in header for w in _NOT_ADDITIVE)


def _region(entries: list[_Entry], at: int, rank: int, top: bool) -> list[_Entry]:
    """The entries a total closes: below it up to the next total of its rank or higher when it heads
    the table, else above it up to the previous one (a 小计 also stops at a band row)."""
    if top:
        region = []
        for e in entries[at + 1 :]:
            if e.kind == "total" and e.rank >= rank:
                break
            if region and e.kind != "total" and 0 < e.depth < region[0].depth:
                break  # "乡镇级合计 | 1.镇 | 2.乡小计 | 3.街道 | (二)民政事业费…": a row above its items' level
            region.append(e)
        return region
    region = []
    for e in reversed(entries[:at]):
        if e.kind == "total" and e.rank >= rank:
            break
        if e.kind == "band" and rank == 1:
            break
        region.append(e)
    return region[::-1]


def _free(region: list[_Entry]) -> tuple[list[_Entry], list[_Entry]]:
    """The lower totals of a region, and the rows none of them closes."""
    lower, covered = [], set()
    for i, e in enumerate(region):
        if e.kind == "total":
            lower.append(e)
            covered.update(id(x) for x in _region(region, i, e.rank, False))
    free = [e for e in region if e.kind != "total" and id(e) not in covered]
    return lower, free


def _top_level(items: list[_Entry]) -> list[_Entry]:
    if not items:
        return items
    least = min(e.depth for e in items)
    return [e for e in items if e.depth == least]


def _after_subset(items: list[_Entry]) -> list[_Entry]:
    """Items, with those that follow a 其中 row (up to the next marked or shallower row) left out."""
    kept, inside = [], False
    for e in items:
        if e.kind == "subset":
            inside = True
            continue
        if inside and not _ANY_MARKER.match(e.label):
            continue
        inside = False
        kept.append(e)
    return kept


def _figures(entries) -> list[Cell] | None:
    """The figures of entries that count (blank cells count as nothing); None when a cell holds text."""
    cells = []
    for e in entries:
        if e.cell.is_text:
            return None
        if e.cell.has_figure:
            cells.append(e.cell)
    return cells


def _readings(region: list[_Entry]):
    """The ways of reading which rows a total adds up, the most structured first, each once (made
    as they are asked for: the first fits most totals)."""
    lower, free = _free(region)
    items = [e for e in free if e.kind in ("item", "subset")]
    plain_items = [e for e in items if e.kind == "item"]
    every = [e for e in region if e.kind == "item"]
    # a 小计 with a list marker stands beside the items of its level (1.镇 | 2.乡小计 | 3.街道): read so first
    marked = [e for e in lower if e.depth]
    readings = (
        *((lambda: _top_level(every + marked),) if marked else ()),
        lambda: lower + _top_level(plain_items),
        lambda: lower + _top_level(_after_subset(items)),
        lambda: lower + plain_items,
        lambda: _top_level(every),
        lambda: every,
        lambda: lower,
    )
    given = []
    for reading in readings:
        reading = sorted(reading(), key=lambda e: e.index)
        if reading and reading not in given:
            given.append(reading)
            yield reading


def _column_relations(doc, table: Table, column: int, entries: list[_Entry]):
    header = InColumn(_squash(table.headers[column]) or str(column + 1))
    # rows that only label a section (一、综合 | (一)行政区划 |, no figure in the row) do not stand before a heading total
    first = next((i for i, e in enumerate(entries) if e.kind != "band"
                  and any(table.data[e.index].cells[c].has_figure for c in table.value_columns)), None)
    for at, entry in enumerate(entries):
        total = entry.cell
        if not total.has_figure:
            continue
        if entry.kind == "total":
            top = at == first
            region = _region(entries, at, entry.rank, top)
            yield from _sum_check(doc, total, entry.label, region, header, "row")
    yield from _subset_checks(doc, entries, header)
    yield from _code_checks(doc, table, entries, header)


def _sum_candidates(total: Cell, region: list[_Entry]):
    """The parts each reading of the region gives, for those that can add up to the total."""
    for reading in _readings(region):
        cells = _figures(reading)
        if not cells or any(c.unit != total.unit for c in cells):
            continue  # a text cell, a unit of its own, or rows that are all blank: nothing to add up
        if len(reading) < 2 and sum(1 for e in region if e.kind == "item") < 2:
            continue  # a total of one row: a restatement, not a sum
        yield cells


def _sum_check(doc, total: Cell, label: str, region: list[_Entry], where: Message, line: str, split: bool = False,
               beside: int | None = None):
    candidates = _sum_candidates(total, region)
    parts = next(candidates, None)
    if parts is None:
        return
    name = _unmarked(label) or "合计"
    # the first reading fits most totals: the others are made only when it does not
    fitting = parts if _verdict(total, parts, True) is None else next(
        (cells for cells in [*candidates, *(_splits(parts, total) if split else ()), *_runs_beside(total, region, beside)]
         if _verdict(total, cells, True) is None), None)
    holds = fitting is not None
    shown = fitting or parts  # the reading that fits, else the first
    yield Checked(total.num_start, total.num_end, "sum", TableChecked.deferred(_sum_shown, "", shown, name, total, where, False), holds)
    if holds:
        return
    scale, decimals, stated = _added(parts, total)
    off = _show(abs(stated - total.value), scale, decimals)
    message = TableSumMismatch(_terms(parts, scale), _show(stated, scale, decimals), name, total.digits, off,
                               _tolerance([total, *parts]), where, line)
    figures = (total.num_start, *(c.num_start for c in parts))
    related = (RelatedHit(parts[0].num_start, parts[-1].num_end, AddedUp()),) if parts else ()
    hit = Hit(total.num_start, total.num_end, message, related, _severity(doc, [total, *parts]), figures)
    difference = stated - total.value

    def holds_with(cell: Cell, value: Decimal) -> bool:
        (new_total,) = _with([total], cell, value)
        return _verdict(new_total, _with(parts, cell, value), True) is None

    proposals = ((total, stated), *((c, c.value - difference) for c in parts))
    arithmetic = f"{_terms(parts, scale)} = {_show(stated, scale, decimals)} ≠ {name} {total.digits}"
    yield _Failure("sum", hit, (total, *parts), holds_with, Clause(where, arithmetic), proposals)


def _runs_beside(total: Cell, region: list[_Entry], column: int | None) -> list[list[Cell]]:
    """The figures of the columns right before a 合计 column, and right after it, two or more of them
    (…| 集中供养资金 | 分散供养资金 | 集中+分散合计 | 供养资金 | 护理补贴 |): a row's total is often of its neighbours."""
    if column is None:
        return []
    figures = [e for e in region if e.cell.has_figure and e.cell.unit == total.unit]  # a blank cell adds nothing
    before = [e.cell for e in figures if e.index < column]
    after = [e.cell for e in figures if e.index > column]
    return [before[-k:] for k in range(2, len(before) + 1)] + [after[:k] for k in range(2, len(after) + 1)]


def _splits(parts: list[Cell], total: Cell) -> list[list[Cell]]:
    """Two breakdowns side by side (合计 | 男 | 女 | 城市 | 农村): each half adds up to the total."""
    found = []
    for k in range(1, len(parts)):
        if _verdict(total, parts[:k], True) is None and _verdict(total, parts[k:], True) is None:
            found.append(parts[:k])
    return found


def _subset_checks(doc, entries: list[_Entry], where: str):
    """其中 rows (and the rows indented under them) against the row above them: never more."""
    for at, entry in enumerate(entries):
        if entry.kind != "subset" or (at and entries[at - 1].kind == "subset"):
            continue
        parent = next((e for e in reversed(entries[:at]) if e.kind in ("item", "total")), None)
        if parent is None or not parent.cell.has_figure or entries[at - 1] is not parent:
            continue
        if at >= 2 and entries[at - 2].kind == "subset":
            continue  # 其中:城镇 | 乡村 | 其中:男性: the second 其中 breaks down the total again, not 乡村
        group = [entry]
        for e in entries[at + 1 :]:
            deeper = e.indent > parent.indent or (e.depth > parent.depth and parent.depth)
            if e.kind == "subset" or (e.kind == "item" and deeper):
                group.append(e)
            else:
                break
        cells = _figures(group)
        total = parent.cell
        if not cells or any(c.unit != total.unit for c in cells):
            continue
        holds = _verdict(total, cells, False) is None
        name = _unmarked(parent.label) or "上一行"
        yield Checked(total.num_start, total.num_end, "sum",
                      TableChecked.deferred(_sum_shown, "其中 ", cells, name, total, where, True), holds)
        if holds:
            continue
        scale, decimals, stated = _added(cells, total)
        off = _show(stated - total.value, scale, decimals)
        added = _terms(cells, scale) if len(cells) == 1 else f"{_terms(cells, scale)} = {_show(stated, scale, decimals)}"
        message = SubsetExceedsParent(added, name, total.digits, off, _tolerance([total, *cells]), where)
        first = cells[0]
        hit = Hit(first.num_start, cells[-1].num_end, message, (RelatedHit(total.num_start, total.num_end, ParentRow()),),
                  _severity(doc, [total, *cells]), (total.num_start, *(c.num_start for c in cells)))
        yield _one_sided(hit, total, cells, Clause(where, f"其中 {added} > {name} {total.digits}"))


def _one_sided(hit: Hit, total: Cell, parts: list[Cell], clause: Clause) -> _Failure:
    """A failed "parts ≤ total" (其中 rows or columns): no one value of a part says what it should be."""

    def holds_with(cell: Cell, value: Decimal) -> bool:
        (new_total,) = _with([total], cell, value)
        return _verdict(new_total, _with(parts, cell, value), False) is None

    return _Failure("sum", hit, (total, *parts), holds_with, clause)


def _code_checks(doc, table: Table, entries: list[_Entry], where: str):
    """A row under a 科目编码 (201) against the rows of the next level under it (20101, 20102 …)."""
    if table.code_column is None:
        return
    rows = [(e, table.code(table.data[e.index])) for e in entries if e.kind in ("item", "skip")]
    rows = [(e, code) for e, code in rows if code]
    for i, (parent, code) in enumerate(rows):
        children = []
        for e, child in rows[i + 1 :]:
            if not child.startswith(code) or len(child) <= len(code):
                break
            children.append((e, child))
        if not children:
            continue
        level = min(len(c) for _, c in children)
        direct = [e for e, c in children if len(c) == level]
        if not parent.cell.has_figure:
            continue
        yield from _sum_check(doc, parent.cell, parent.label, direct, where, f"row {code}")


def _row_relations(doc, table: Table):
    """合计 columns against the other figure columns of their row."""
    columns = table.value_columns
    kinds = {c: _kind(table.headers[c]) for c in columns}
    totals = [c for c in columns if kinds[c][0] == "total"]
    if len(totals) != 1:
        return
    (total_column,) = totals
    group = table.groups[total_column]
    same_group = [c for c in columns if c != total_column and group and table.groups[c] == group]
    others = same_group if same_group else [c for c in columns if c != total_column]
    parts = [c for c in others if not _column_skipped(table, c) and not _changes_or_shares(table.headers[c])]
    if len(parts) < 2:
        return
    headers = [_squash(table.headers[c]) for c in parts]
    if len(set(headers)) < len(headers) or sum(1 for h in headers if _PERIOD.search(h)) >= 2:
        return  # periods side by side, or one breakdown per group: not parts of the total
    one_sided = any("其中" in table.headers[c] or "其中" in table.groups[c] for c in parts)
    for i, row in enumerate(table.data):
        total = row.cells[total_column]
        if row.band or not total.has_figure:
            continue
        label = _squash(table.label(row, total_column)) or f"row {i + 1}"
        if _kind(label)[0] == "skip":
            continue
        pairs = [(c, row.cells[c]) for c in parts]
        if any(cell.is_text for _, cell in pairs):
            continue
        pairs = [(c, cell) for c, cell in pairs if cell.has_figure]
        cells = [cell for _, cell in pairs]
        if not cells or any(c.unit != total.unit for c in cells):
            continue  # (a part written — is none: 合计 = the one figure then)
        name = _unmarked(_squash(table.headers[total_column])) or "合计"
        if one_sided:
            holds = _verdict(total, cells, False) is None
            yield Checked(total.num_start, total.num_end, "sum",
                          TableChecked.deferred(_sum_shown, "", cells, name, total, InRow(label), True), holds)
            if not holds:
                scale, decimals, stated = _added(cells, total)
                added = _show(stated, scale, decimals)
                message = SubsetColumnsExceed(_terms(cells, scale), added, name, total.digits, _show(stated - total.value, scale, decimals),
                                              _tolerance([total, *cells]), label)
                hit = Hit(total.num_start, total.num_end, message, (), _severity(doc, [total, *cells]), (total.num_start, *(c.num_start for c in cells)))
                yield _one_sided(hit, total, cells, Clause(InRow(label), f"{_terms(cells, scale)} = {added} > {name} {total.digits}"))
            continue
        region = [_Entry(row.cells[c], _squash(table.headers[c]), "item", index=c) for c in parts]
        yield from _sum_check(doc, total, name, region, InRow(label), "column", split=True, beside=total_column)


def _changes_or_shares(header: str) -> bool:
    return any(w in header for w in _CHANGE + _SHARE)


def _localised(failures: list[_Failure]):
    """(kind, Hit) of each failed relation of a table; those that pass through one figure which,
    changed to one value, makes them all hold (a wrong cell misses its row's and its column's
    totals, its 增减% and its 占比) are one finding at that figure, given to each of their rules
    (auditor.policy keeps one). A relation that no single figure explains is reported as it is."""
    order = ("sum", "share", "change")
    used: set[int] = set()
    for failure in failures:
        for cell, value in failure.proposals:
            if id(failure) in used:
                break
            if value.is_signed() != cell.value.is_signed() and value:
                continue  # a correction that flips the sign is no correction of a typing slip
            group = [f for f in failures if id(f) not in used and any(c is cell for c in f.cells)]
            if len(group) < 2 or not all(f.holds_with(cell, value) for f in group):
                continue
            used.update(id(f) for f in group)
            corrected = _show(value, cell.multiplier, cell.decimals)
            if "," in cell.digits:
                whole, dot, fraction = corrected.partition(".")
                corrected = f"{int(whole):,}{dot}{fraction}"
            message = CellBreaksRelations(_signed(cell), len(group), tuple(f.clause for f in group), corrected)
            related = tuple(dict.fromkeys(RelatedHit(f.hit.start, f.hit.end, FailsThere()) for f in group
                                          if not (f.hit.start <= cell.num_start < f.hit.end)))
            figures = tuple(dict.fromkeys((cell.num_start, *(x for f in group for x in f.hit.figures))))
            severities = [f.hit.severity for f in group]
            severity = Severity.WARNING if Severity.WARNING in severities else None
            hit = Hit(cell.num_start, cell.num_end, message, related, severity, figures)
            for kind in sorted({f.kind for f in group}, key=order.index):
                yield kind, hit  # each rule reports it, so that any of them selected finds it; policy keeps one
    for failure in failures:
        if id(failure) not in used:
            yield failure.kind, failure.hit


def _signed(cell: Cell) -> str:
    return cell.digits if cell.value is None or cell.value >= 0 else "-" + cell.digits


# --- shares ----------------------------------------------------------------------------------------


def _is_share(table: Table, column: int) -> bool:
    header = _squash(table.headers[column])
    if any(w in header for w in _CHANGE) or ("率" in header and "占" not in header):
        return False
    if any(w in header for w in ("占比", "比重", "比例", "构成", "占")):
        return True
    cells = [r.cells[column] for r in table.data if r.cells[column].has_figure]
    return header.endswith("%") or bool(cells) and all(c.unit == "%" for c in cells) and "%" in header


def table_shares(doc):
    """占比/比重/% columns against their row's figure over the column's total (its 合计 row; when
    there is none, the sum of the rows when their shares add up to 100)."""
    yield from table_relations(doc)["share"]


def _table_shares(doc, table: Table):
    for column in table.value_columns:
        if not _is_share(table, column):
            continue
        base = next((c for c in reversed(table.value_columns) if c < column and not _is_share(table, c)
                     and not _column_skipped(table, c) and not _changes_or_shares(table.headers[c])), None)
        if base is None:
            continue
        yield from _share_column(doc, table, column, base)


def table_share_ratios(doc):
    """What NUM003 (percent-ratio) reports of tables: the shares of :func:`table_shares`, each a
    ``Checked(kind="share")`` and a Hit when no rounding of the row's figure over the column's total
    gives the stated share."""
    yield from table_shares(doc)


def _share_column(doc, table: Table, column: int, base: int):
    entries = _column_entries(table, base)
    rows = [(e, table.data[e.index].cells[column]) for e in entries if e.kind != "band"]
    totals = [e for e, _ in rows if e.kind == "total" and e.cell.has_figure]
    if totals:
        whole = max(totals, key=lambda e: e.rank)
        denominators = [whole.cell]
    else:
        items = [(e, s) for e, s in rows if e.kind == "item" and s.has_figure and e.cell.has_figure]
        shares = [s for _, s in items]
        if len(items) < 2:
            return
        low, high = _span(shares)
        if not (low - len(shares) * shares[0].step <= _HUNDRED <= high + len(shares) * shares[0].step):
            return
        whole = None
        denominators = [_Sum([e.cell for e, _ in items])]
    header = _squash(table.headers[column])
    for e, share in rows:
        if not share.has_figure or not e.cell.has_figure or e.kind == "skip" or share.unit not in ("%", ""):
            continue
        options = list(denominators)
        if e.kind == "subset":
            parent = next((x for x in reversed(entries[: entries.index(e)]) if x.kind in ("item", "total")), None)
            if parent is not None and parent.cell.has_figure:
                options.append(parent.cell)
        results = [r for r in (_ratio(e.cell, d) for d in options) if r is not None]
        if not results:
            continue
        holds = _share_fits(share, results)
        low, high, exact = results[0]
        decimals = max(share.decimals, 1)
        denominator = options[0]
        arithmetic = TableChecked.deferred(_share_shown, e.cell, denominator, exact, decimals, share, header)
        yield Checked(share.num_start, share.num_end, "share", arithmetic, holds)
        if holds:
            continue
        shown = _show(exact, Decimal(1), decimals + 1)
        label = _unmarked(e.label) or str(e.index + 1)
        message = TableShareMismatch(e.cell.digits, _digits(denominator), shown, share.digits, label, header)
        hit = Hit(share.num_start, share.num_end, message, (RelatedHit(e.cell.num_start, e.cell.num_end, TheFigure()),),
                  _severity(doc, [share, e.cell]), (share.num_start, e.cell.num_start, *_starts(denominator)))
        yield _share_failure(hit, e.cell, options, share, Clause(InRow(label), f"{e.cell.digits} / {_digits(denominator)} = {shown}% ≠ {share.digits}%"))


def _share_fits(share: Cell, results) -> bool:
    stated_low = share.value - share.half - share.step
    stated_high = share.value + share.half + share.step
    return any(low <= stated_high and high >= stated_low for low, high, _ in results)


def _share_failure(hit: Hit, part: Cell, options: list, share: Cell, clause: Clause) -> _Failure:
    whole = [c for d in options for c in (d.cells if isinstance(d, _Sum) else [d])]

    def holds_with(cell: Cell, value: Decimal) -> bool:
        (new_part, new_share) = _with([part, share], cell, value)
        new_options = [_Sum(_with(d.cells, cell, value)) if isinstance(d, _Sum) else _with([d], cell, value)[0] for d in options]
        results = [r for r in (_ratio(new_part, d) for d in new_options) if r is not None]
        return bool(results) and _share_fits(new_share, results)

    return _Failure("share", hit, tuple(dict.fromkeys((share, part, *whole))), holds_with, clause)


@record
class _Sum:
    """The sum of a column's rows, standing in for a 合计 the table does not have."""

    cells: list[Cell]

    @property
    def value(self) -> Decimal:
        return sum((c.value for c in self.cells), _ZERO)


def _digits(denominator) -> str:
    if isinstance(denominator, _Sum):
        return f"({'+'.join(c.digits for c in denominator.cells[:_MAX_TERMS])}{'+…' if len(denominator.cells) > _MAX_TERMS else ''})"
    return denominator.digits


def _starts(denominator) -> tuple[int, ...]:
    if isinstance(denominator, _Sum):
        return tuple(c.num_start for c in denominator.cells)
    return (denominator.num_start,)


def _ratio(part: Cell, whole) -> tuple[Decimal, Decimal, Decimal] | None:
    """(low, high, value) of part / whole in %, over the intervals of the stated digits."""
    if isinstance(whole, _Sum):
        w_low, w_high = _span(whole.cells)
        w = whole.value
    else:
        w_low, w_high, w = whole.value - whole.half, whole.value + whole.half, whole.value
    p_low, p_high = part.value - part.half, part.value + part.half
    try:
        if w_low <= 0 or p_low < 0:
            return None
        return p_low / w_high * _HUNDRED, p_high / w_low * _HUNDRED, part.value / w * _HUNDRED
    except (DivisionByZero, InvalidOperation):
        return None


# --- changes ---------------------------------------------------------------------------------------


def _period_order(header: str) -> tuple[int, int] | None:
    """(rank, 0) of a period column: its year, or 0/1 for 上年/本年; None when it names no period."""
    if any(w in header for w in _CHANGE):
        return None
    years = _YEAR.findall(header)
    if len(years) == 1:
        return int(years[0]), 0
    if any(w in header for w in _EARLIER):
        return 0, 0
    if any(w in header for w in _LATER):
        return 1, 0
    return None


def table_changes(doc):
    """增减/增减额/增长%/同比% columns against the two period columns before them (上年/本年,
    2022年/2023年): the change is the later minus the earlier, the % change that over the earlier."""
    yield from table_relations(doc)["change"]


def _table_changes(doc, table: Table):
    for column in table.value_columns:
        header = _squash(table.headers[column])
        if not any(w in header for w in _CHANGE) or any(w in header for w in _SHARE if w != "占"):
            continue
        pair = _periods(table, column)
        if pair is None:
            continue
        earlier, later = pair
        percent = "%" in header or "率" in header or "幅" in header or any(
            r.cells[column].unit == "%" for r in table.data if r.cells[column].has_figure)
        decrease = any(w in header for w in ("减少", "下降")) and "增" not in header
        yield from _change_column(doc, table, column, earlier, later, percent, decrease, header)


def _periods(table: Table, column: int) -> tuple[int, int] | None:
    group = table.groups[column]
    candidates = []
    for c in table.value_columns:
        if c >= column:
            break
        if group and table.groups[c] != group and any(table.groups[x] == group for x in table.value_columns if x != column and x < column):
            continue
        order = _period_order(_squash(table.headers[c]) if not group or table.groups[c] == group else _squash(table.headers[c]))
        if order is None:
            order = _period_order(_squash(table.groups[c])) if table.groups[c] != table.groups[column] else None
        if order is not None:
            candidates.append((order, c))
    if len(candidates) < 2:
        return None
    (first, a), (second, b) = candidates[-2], candidates[-1]
    if first == second:
        return None
    return (a, b) if first < second else (b, a)


def _sum_shown(prefix: str, parts, name: str, total: Cell, where, at_most: bool):
    """The fields of TableChecked for a total and its parts (a deferred message)."""
    scale, decimals, stated = _added(parts, total)
    return f"{prefix}{_terms(parts, scale)} = {_show(stated, scale, decimals)}", f"{name} {total.digits}", where, at_most


def _share_shown(part: Cell, denominator, exact: Decimal, decimals: int, share: Cell, header: str):
    """The fields of TableChecked for a share of a column's total (a deferred message)."""
    return f"{part.digits} / {_digits(denominator)} = {_show(exact, Decimal(1), decimals + 1)}%", f"{share.digits}%", header, False


def _change_shown(table: Table, i: int, earlier: int, old: Cell, new: Cell, change: Cell, exact: Decimal, percent: bool):
    """The fields of TableChecked for a change between two periods (a deferred message)."""
    unit = "%" if percent else ""
    what = _change_what(old, new, change, exact, percent)
    return f"{what}{unit}", f"{_signed(change)}{unit}", _row_name(table, i, earlier), False


def _change_what(old: Cell, new: Cell, change: Cell, exact: Decimal, percent: bool) -> str:
    scale = Decimal(1) if percent else change.multiplier
    decimals = change.decimals + 1 if percent else max(change.decimals, old.decimals, new.decimals)
    if percent:
        return f"({_signed(new)}-{_signed(old)})/{_signed(old)} = {_show(exact, scale, decimals)}"
    return f"{_signed(new)}-{_signed(old)} = {_show(exact, scale, decimals)}"


def _row_name(table: Table, i: int, column: int) -> str:
    return _squash(table.label(table.data[i], column)) or str(i + 1)


def _change_column(doc, table: Table, column: int, earlier: int, later: int, percent: bool, decrease: bool, header: str):
    for i, row in enumerate(table.data):
        if row.band:
            continue
        change, old, new = row.cells[column], row.cells[earlier], row.cells[later]
        if not (change.has_figure and old.has_figure and new.has_figure):
            continue
        if old.unit != new.unit:
            continue
        reading = _change_reading(old, new, change, percent, decrease)
        if reading is None:
            continue
        holds, exact = reading
        yield Checked(change.num_start, change.num_end, "change",
                      TableChecked.deferred(_change_shown, table, i, earlier, old, new, change, exact, percent), holds)
        if holds:
            continue
        label = _row_name(table, i, earlier)
        what = _change_what(old, new, change, exact, percent)
        unit = "%" if percent else ""
        message = TableChangeMismatch(what, _signed(change), unit, label, header)
        hit = Hit(change.num_start, change.num_end, message, (RelatedHit(old.num_start, new.num_end, ThePeriods()),),
                  _severity(doc, [change, old, new]), (change.num_start, old.num_start, new.num_start))

        def holds_with(cell: Cell, value: Decimal, old=old, new=new, change=change) -> bool:
            reading = _change_reading(*_with([old, new, change], cell, value), percent, decrease)
            return reading is not None and reading[0]

        yield _Failure("change", hit, (change, old, new), holds_with, Clause(InRow(label), f"{what}{unit} ≠ {_signed(change)}{unit}"),
                       _period_proposals(old, new, change, percent, decrease))


def _period_proposals(old: Cell, new: Cell, change: Cell, percent: bool, decrease: bool) -> tuple[tuple[Cell, Decimal], ...]:
    """The value of each period that the stated change gives from the other, at its written digits."""
    stated = -change.value if decrease else change.value
    if percent:
        if stated <= -_HUNDRED:
            return ()
        earlier, later = new.value / (1 + stated / _HUNDRED), old.value * (1 + stated / _HUNDRED)
    else:
        earlier, later = new.value - stated, old.value + stated
    return tuple((cell, rounded(value / cell.step, 0) * cell.step) for cell, value in ((old, earlier), (new, later)) if cell.step)


def _change_reading(old: Cell, new: Cell, change: Cell, percent: bool, decrease: bool) -> tuple[bool, Decimal] | None:
    """(whether the stated change fits the two periods, the change they give); None when it cannot be read."""
    o_low, o_high = old.value - old.half, old.value + old.half
    n_low, n_high = new.value - new.half, new.value + new.half
    if percent:
        if change.unit not in ("%", "") or o_low <= 0:
            return None
        low = (n_low - o_high) / o_high * _HUNDRED if n_low - o_high >= 0 else (n_low - o_high) / o_low * _HUNDRED
        high = (n_high - o_low) / o_low * _HUNDRED if n_high - o_low >= 0 else (n_high - o_low) / o_high * _HUNDRED
        exact = (new.value - old.value) / old.value * _HUNDRED
    else:
        if change.unit != old.unit:
            return None
        low, high = n_low - o_high, n_high - o_low
        exact = new.value - old.value
    stated = -change.value if decrease else change.value
    slack = change.half + change.step
    return low <= stated + slack and high >= stated - slack, exact
