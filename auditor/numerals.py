"""Chinese numerals, read in one place: 三 十二 二十两 (list markers, months, days, counts of
periods), 二〇二三 (years, digit by digit), 九万六千一百四十三 (figures) and 九十七点七八 (percentages)."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LONGEST = 16  # characters: 九千九百九十九万九千九百九十九 is 15; a longer run is not a figure


def _small() -> dict[str, int]:
    """Every numeral 一 … 九十九 as written, with its value: a digit, or 十 with the digits of its
    tens and ones before and after it (十 十二 一十 二十两 …)."""
    table = dict(DIGITS)
    non_zero = [d for d, value in DIGITS.items() if value]
    for tens in ("", *non_zero):
        for ones in ("", *non_zero):
            table[tens + "十" + ones] = (DIGITS[tens] if tens else 1) * 10 + (DIGITS[ones] if ones else 0)
    return table


_SMALL = _small()


def cn_int(text: str) -> int | None:
    """A Chinese integer numeral as an int (三 → 3, 十二 → 12, 一千二百 → 1200, 两万 → 20000);
    None when the text is not one. Numerals beyond 九十九 go through cn2an, imported only then."""
    small = _SMALL.get(text)
    if small is not None or len(text) > _LONGEST or not any(c in "百千万亿" for c in text):
        return small  # past 九十九 a numeral names a 百, 千, 万 or 亿
    import cn2an  # costs ~0.1 s to import: only documents with large Chinese numerals pay for it

    try:
        value = cn2an.cn2an(text.replace("两", "二"), "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return int(value) if value == int(value) else None


def cn_digits(text: str) -> int | None:
    """Digits written one by one, as in years: 二〇二三 → 2023."""
    if not text or len(text) > _LONGEST or any(c not in DIGITS or c == "两" for c in text):
        return None
    return int("".join(str(DIGITS[c]) for c in text))


def cn_decimal_text(numeral: str) -> str | None:
    """九十七点七八 → "97.78": the whole part as a numeral, the digits after 点 one by one."""
    whole, _, fraction = numeral.partition("点")
    value = 100 if whole == "百" else cn_int(whole)
    if value is None or any(c not in DIGITS for c in fraction):
        return None
    return str(value) + ("." + "".join(str(DIGITS[c]) for c in fraction) if fraction else "")


def cn_numeral(value: int) -> str:
    """1 … 99 as a Chinese numeral: 3 → 三, 10 → 十, 23 → 二十三."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(value, 10)
    if not tens:
        return digits[ones]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
