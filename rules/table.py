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

import re
from dataclasses import dataclass
from decimal import Decimal, DivisionByZero, InvalidOperation

from auditor.findings import Severity
from auditor.numbers import fixed, rounding_disclaimed
from auditor.registry import Checked, Hit, RelatedHit
from auditor.tables import Cell, Table, tables

_ZERO, _HUNDRED = Decimal(0), Decimal(100)
_MARKERS = (
    (re.compile(r"^[一二三四五六七八九十]+[、.]"), 1),
    (re.compile(r"^\([一二三四五六七八九十]+\)"), 2),
    (re.compile(r"^\d{1,2}(?:[、]|\.(?!\d))"), 3),
    (re.compile(r"^\(\d{1,2}\)"), 4),
    (re.compile(r"^[①-⑳]"), 5),
)
_ANY_MARKER = re.compile("|".join(p.pattern for p, _ in _MARKERS))
_NOT_ADDITIVE = ("人均", "平均", "率", "标准", "比例", "每", "%", "占比", "比重", "指数", "系数", "倍", "均价", "单价")
_CHANGE = ("增减", "增加", "增长", "比上年", "较上年", "同比", "环比", "变动", "增幅", "差额", "减少", "下降", "±")
_SHARE = ("占比", "比重", "比例", "构成", "占")
_PERIOD = re.compile(r"(?:19|20)\d\d|上年|本年|去年|今年|上期|本期|当年|预算|决算|年初|年末|期初|期末")
_EARLIER = ("上年", "去年", "上期", "上年同期", "上年度")
_LATER = ("本年", "今年", "本期", "当年", "本年度")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MAX_TERMS = 10


# --- figures and intervals ------------------------------------------------------------------------


def _half(cell: Cell) -> Decimal:
    """Half the uncertainty of a figure: 0 for a whole count, half a unit of the last digit else."""
    if cell.decimals == 0 and cell.multiplier == 1 and cell.unit != "%":
        return _ZERO
    return cell.step / 2


def _span(cells) -> tuple[Decimal, Decimal]:
    low = sum((c.value - _half(c) for c in cells), _ZERO)
    high = sum((c.value + _half(c) for c in cells), _ZERO)
    return low, high


def _verdict(total: Cell, parts, whole: bool) -> str | None:
    """"exceed", "short" (when the parts are the ``whole``), or None when they fit."""
    low, high = _span(parts)
    slack = _half(total) + total.step
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


def _tolerance(cells) -> str:
    half = sum((_half(c) for c in cells), _ZERO)
    if not half:
        return ""
    total = cells[0]
    return f"; tolerance ±{_show(half + total.step, total.multiplier, max(c.decimals for c in cells) + 1).rstrip('0').rstrip('.')} from the stated digits"


def _severity(doc, cells) -> Severity | None:
    if any(_half(c) for c in cells) and rounding_disclaimed(doc):
        return Severity.WARNING
    return None


def _squash(text: str) -> str:
    return "".join(text.split())


def _unmarked(label: str) -> str:
    m = _ANY_MARKER.match(label)
    return label[m.end() :] if m else label


# --- reading rows and columns ---------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class _Entry:
    """One row of a column (or one column of a row): its figure, its label and what it is."""

    cell: Cell
    label: str
    kind: str  # item, total, subset, skip, band
    rank: int = 0  # 1 小计, 2 合计, 3 总计
    depth: float = 0
    indent: int = 0
    index: int = 0


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


def _column_entries(table: Table, column: int) -> list[_Entry]:
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
    for table in tables(doc):
        found: list[tuple[Hit, str, int, int, tuple]] = []  # (hit, direction, row, column, parts)
        checks: list[Checked] = []
        for column in table.value_columns:
            if _column_skipped(table, column):
                continue
            entries = _column_entries(table, column)
            for item in _column_relations(doc, table, column, entries):
                if isinstance(item, Checked):
                    checks.append(item)
                else:
                    found.append(item)
        for item in _row_relations(doc, table):
            if isinstance(item, Checked):
                checks.append(item)
            else:
                found.append(item)
        yield from checks
        yield from _localised(found)


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


def _readings(region: list[_Entry]) -> list[list[_Entry]]:
    """The ways of reading which rows a total adds up, the most structured first."""
    lower, free = _free(region)
    items = [e for e in free if e.kind in ("item", "subset")]
    plain_items = [e for e in items if e.kind == "item"]
    every = [e for e in region if e.kind == "item"]
    readings = [
        lower + _top_level(plain_items),
        lower + _top_level(_after_subset(items)),
        lower + plain_items,
        _top_level([e for e in region if e.kind == "item"]),
        every,
    ]
    if lower:
        readings.append(lower)
    ordered = []
    for reading in readings:
        reading = sorted(reading, key=lambda e: e.index)
        if reading and reading not in ordered:
            ordered.append(reading)
    return ordered


def _column_relations(doc, table: Table, column: int, entries: list[_Entry]):
    header = f"column {_squash(table.headers[column]) or column + 1}"
    first = next((i for i, e in enumerate(entries) if e.kind != "band"), None)
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


def _sum_check(doc, total: Cell, label: str, region: list[_Entry], where: str, direction: str, split: bool = False):
    candidates = []
    for reading in _readings(region):
        cells = _figures(reading)
        if cells is None or any(c.unit != total.unit for c in cells):
            continue
        if len(reading) < 2 and sum(1 for e in region if e.kind == "item") < 2:
            continue  # a total of one row: a restatement, not a sum
        candidates.append(cells)
    if not candidates:
        return
    if split:
        candidates += _splits(candidates[0], total)
    holds = any(_verdict(total, cells, True) is None for cells in candidates)
    parts = candidates[0]
    scale = total.multiplier
    decimals = max(_decimals(parts, scale), total.decimals)
    stated = sum((c.value for c in parts), _ZERO)
    name = _unmarked(label) or "合计"
    arithmetic = f"{_terms(parts, scale)} = {_show(stated, scale, decimals)} vs {name} {total.digits} ({where})"
    yield Checked(total.num_start, total.num_end, "sum", arithmetic, holds)
    if holds:
        return
    off = _show(abs(stated - total.value), scale, decimals)
    message = (
        f"{_terms(parts, scale)} = {_show(stated, scale, decimals)} ≠ {name} {total.digits} "
        f"(off by {off}{_tolerance([total, *parts])}): in {where}, the {name} {direction} does not add up"
    )
    figures = (total.num_start, *(c.num_start for c in parts))
    related = (RelatedHit(parts[0].num_start, parts[-1].num_end, "the figures it adds up"),) if parts else ()
    hit = Hit(total.num_start, total.num_end, message, related, _severity(doc, [total, *parts]), figures)
    yield (hit, direction, total, stated - total.value, tuple(parts))


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
        scale = total.multiplier
        decimals = max(_decimals(cells, scale), total.decimals)
        stated = sum((c.value for c in cells), _ZERO)
        name = _unmarked(parent.label) or "the row above"
        yield Checked(total.num_start, total.num_end, "sum", f"其中 {_terms(cells, scale)} = {_show(stated, scale, decimals)} ≤ {name} {total.digits}? ({where})", holds)
        if holds:
            continue
        off = _show(stated - total.value, scale, decimals)
        added = _terms(cells, scale) if len(cells) == 1 else f"{_terms(cells, scale)} = {_show(stated, scale, decimals)}"
        message = (
            f"其中 {added} > {name} {total.digits} (by {off}{_tolerance([total, *cells])}): "
            f"in {where}, a 其中 row is a part of the row above it and cannot be more"
        )
        first = cells[0]
        hit = Hit(first.num_start, cells[-1].num_end, message, (RelatedHit(total.num_start, total.num_end, "the row it is part of"),),
                  _severity(doc, [total, *cells]), (total.num_start, *(c.num_start for c in cells)))
        yield (hit, "subset", first, stated - total.value, tuple(cells))


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
            scale = total.multiplier
            decimals = max(_decimals(cells, scale), total.decimals)
            stated = sum((c.value for c in cells), _ZERO)
            yield Checked(total.num_start, total.num_end, "sum", f"{_terms(cells, scale)} = {_show(stated, scale, decimals)} ≤ {name} {total.digits}? (row {label})", holds)
            if not holds:
                message = (f"{_terms(cells, scale)} = {_show(stated, scale, decimals)} > {name} {total.digits} "
                           f"(by {_show(stated - total.value, scale, decimals)}{_tolerance([total, *cells])}): in row {label}, the 其中 columns cannot add up to more than the {name} column")
                hit = Hit(total.num_start, total.num_end, message, (), _severity(doc, [total, *cells]), (total.num_start, *(c.num_start for c in cells)))
                yield (hit, "column", total, stated - total.value, tuple(cells))
            continue
        region = [_Entry(row.cells[c], _squash(table.headers[c]), "item", index=c) for c in parts]
        yield from _sum_check(doc, total, name, region, f"row {label}", "column", split=True)


def _changes_or_shares(header: str) -> bool:
    return any(w in header for w in _CHANGE + _SHARE)


def _localised(found):
    """A figure that is wrong in both its column and its row: one finding at that cell, not one at
    each total. Other findings as they are."""
    rows = [f for f in found if f[1].startswith("row")]
    columns = [f for f in found if f[1] == "column"]
    used = set()
    for r in rows:
        for c in columns:
            if id(c) in used or id(r) in used:
                continue
            fits = [cell for cell in _members(r) if any(cell is x for x in _members(c)) and _correction(r, cell) == _correction(c, cell)]
            if len(fits) != 1:
                continue
            cell = fits[0]
            used.update((id(r), id(c)))
            scale = cell.multiplier
            decimals = max(cell.decimals, r[2].decimals)
            corrected = _show(cell.value + _correction(r, cell), scale, decimals)
            message = (
                f"{cell.digits} makes both its column and its row miss their totals by {_show(abs(r[3]), scale, decimals)} "
                f"({r[0].message.split(':', 1)[0]}; {c[0].message.split(':', 1)[0]}): {corrected} would fit both"
            )
            related = tuple(RelatedHit(f[2].num_start, f[2].num_end, what) for f, what in ((r, "the column's total"), (c, "the row's total")) if f[2] is not cell)
            figures = tuple(dict.fromkeys((cell.num_start, *r[0].figures, *c[0].figures)))
            yield Hit(cell.num_start, cell.num_end, message, related, r[0].severity, figures)
    for f in found:
        if id(f) not in used:
            yield f[0]


def _members(failure) -> list[Cell]:
    return [failure[2], *failure[4]]


def _correction(failure, cell: Cell) -> Decimal:
    """What a cell must change by for a failed sum to hold: a part by minus the difference, the
    total by the difference."""
    return failure[3] if cell is failure[2] else -failure[3]


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
    for table in tables(doc):
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
        results = [_ratio(e.cell, d) for d in options]
        results = [r for r in results if r is not None]
        if not results:
            continue
        stated_low = share.value - _half(share) - share.step
        stated_high = share.value + _half(share) + share.step
        holds = any(low <= stated_high and high >= stated_low for low, high, _ in results)
        low, high, exact = results[0]
        decimals = max(share.decimals, 1)
        denominator = options[0]
        arithmetic = f"{e.cell.digits} / {_digits(denominator)} = {_show(exact, Decimal(1), decimals + 1)}% vs {share.digits}% ({header})"
        yield Checked(share.num_start, share.num_end, "share", arithmetic, holds)
        if holds:
            continue
        message = (f"{e.cell.digits} / {_digits(denominator)} = {_show(exact, Decimal(1), decimals + 1)}%, but the table states {share.digits}% "
                   f"(row {_unmarked(e.label) or e.index + 1}, column {header})")
        yield Hit(share.num_start, share.num_end, message, (RelatedHit(e.cell.num_start, e.cell.num_end, "the figure"),),
                  _severity(doc, [share, e.cell]), (share.num_start, e.cell.num_start, *_starts(denominator)))


@dataclass
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
        w_low, w_high, w = whole.value - _half(whole), whole.value + _half(whole), whole.value
    p_low, p_high = part.value - _half(part), part.value + _half(part)
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
    for table in tables(doc):
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


def _change_column(doc, table: Table, column: int, earlier: int, later: int, percent: bool, decrease: bool, header: str):
    for i, row in enumerate(table.data):
        if row.band:
            continue
        change, old, new = row.cells[column], row.cells[earlier], row.cells[later]
        if not (change.has_figure and old.has_figure and new.has_figure):
            continue
        if old.unit != new.unit:
            continue
        label = _squash(table.label(row, earlier)) or f"row {i + 1}"
        o_low, o_high = old.value - _half(old), old.value + _half(old)
        n_low, n_high = new.value - _half(new), new.value + _half(new)
        if percent:
            if change.unit not in ("%", "") or o_low <= 0:
                continue
            low = (n_low - o_high) / o_high * _HUNDRED if n_low - o_high >= 0 else (n_low - o_high) / o_low * _HUNDRED
            high = (n_high - o_low) / o_low * _HUNDRED if n_high - o_low >= 0 else (n_high - o_low) / o_high * _HUNDRED
            exact = (new.value - old.value) / old.value * _HUNDRED
            scale, shown_unit = Decimal(1), "%"
        else:
            if change.unit != old.unit:
                continue
            low, high = n_low - o_high, n_high - o_low
            exact = new.value - old.value
            scale, shown_unit = change.multiplier, ""
        stated = change.value
        if decrease:
            stated = -stated
        slack = _half(change) + change.step
        holds = low <= stated + slack and high >= stated - slack
        decimals = max(change.decimals, old.decimals, new.decimals) + (1 if percent else 0)
        arithmetic = (f"({new.digits}-{old.digits})/{old.digits} = {_show(exact, scale, decimals)}% vs {change.digits}% ({label})" if percent
                      else f"{new.digits}-{old.digits} = {_show(exact, scale, decimals)} vs {change.digits} ({label})")
        yield Checked(change.num_start, change.num_end, "change", arithmetic, holds)
        if holds:
            continue
        what = arithmetic.split(" vs ")[0]
        message = f"{what}{shown_unit}, but the table states {change.digits}{shown_unit} (row {label}, column {header})"
        yield Hit(change.num_start, change.num_end, message,
                  (RelatedHit(old.num_start, new.num_end, "the two periods"),), _severity(doc, [change, old, new]),
                  (change.num_start, old.num_start, new.num_start))

