"""Dates in the text: 2023年3月17日, 二〇二三年三月十七日, 2025-12-26, and partial ones (2023年3月, 3月17日).

Each mention keeps what was written; a part that was not written is None. ``valid`` says whether
the written parts name a real calendar day (DAT002 reads it).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

import regex

from .markers import cn_small_int
from .text import Document

_CN_DIGIT = {"〇": "0", "零": "0", "○": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}

_ARABIC = regex.compile(
    r"(?<![0-9])(?:(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*)?(?P<m>\d{1,2})[ \t]*月(?:[ \t]*(?P<d>\d{1,2})[ \t]*[日号])?"
    r"|(?<![0-9])(?P<y2>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?![0-9])"
)
_CHINESE = regex.compile(
    r"(?:(?P<y>[〇零○一二三四五六七八九]{4})年)?(?P<m>[一二三四五六七八九十]{1,2})月(?:(?P<d>[一二三四五六七八九十]{1,3})[日号])?"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # plain offsets
    end: int
    year: int | None
    month: int | None
    day: int | None
    chinese: bool = False

    @property
    def valid(self) -> bool:
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is None:
            return True
        if self.month is None or self.day < 1:
            return False
        year = self.year if self.year is not None else 2024  # a leap year: 2月29日 without a year is possible
        return self.day <= calendar.monthrange(year, self.month)[1]


def extract_dates(doc: Document) -> list[DateMention]:
    plain = doc.plain
    found = []
    for m in _ARABIC.finditer(plain):
        if m.group("y2"):
            found.append(DateMention(m.start(), m.end(), int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))))
            continue
        if plain[max(0, m.start() - 1) : m.start()] == "个":
            continue
        year = int(m.group("y")) if m.group("y") else None
        month = int(m.group("m"))
        day = int(m.group("d")) if m.group("d") else None
        found.append(DateMention(m.start(), m.end(), year, month, day))
    for m in _CHINESE.finditer(plain):
        year = int("".join(_CN_DIGIT[c] for c in m.group("y"))) if m.group("y") else None
        month = cn_small_int(m.group("m"))
        day = cn_small_int(m.group("d")) if m.group("d") else None
        if month is None or (m.group("d") and day is None):
            continue
        if year is None and (day is None or plain[max(0, m.start() - 1) : m.start()] in ("第", "个")):
            continue
        found.append(DateMention(m.start(), m.end(), year, month, day, chinese=True))
    found.sort(key=lambda d: d.start)
    return found
