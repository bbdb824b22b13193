"""The word lists rules read (units, count nouns, approximation words), loaded from data.

The defaults live in ``auditor/data/lexicon.toml``; a configuration may extend any list
(``[tool.auditor.lexicon]``), so that users add their own units and nouns without code.

At start-up they are read from ``auditor/lexicon_data.py``, the same lists as a Python literal
generated from the TOML (``python -m auditor.lexicon`` writes it anew): no TOML parser and no
importlib.resources on the way. The module records the TOML it was made from; if the TOML has
changed since, the TOML is read instead (a test keeps the two in step).
"""

from __future__ import annotations

import os
import zlib
from dataclasses import field
from decimal import Decimal
from functools import cached_property

from .record import record
from .lazyre import REVERSE, compile_regex, escape, lazy

NOUN_NOISE_MARKS = "（）()“”‘’\"'《》"
NOUN_NOISE = lazy(f"[{NOUN_NOISE_MARKS}\\s]")  # what plain_noun takes out: the marks and white space

LIST_KEYS = (
    "discrete_units",
    "money_units",
    "measure_units",
    "approx_prefixes",
    "approx_suffixes",
    "role_nouns",
    "neutral_words",
    "subset_cues",
    "role_outside_cues",
    "breakdown_cues",
    "total_words",
    "rounding_disclaimers",
    "complementary_pairs",
    "detail_classes",
    "opposite_indicators",
    "joined_categories",
    "average_components",
    "period_words",
    "approx_word_exceptions",
    "not_part_words",
    "activity_verbs",
    "signed_amounts",
    "criterion_predicates",
    "not_change_compounds",
    "standard_codes",
    "restating_words",
    "outcome_words",
    "person_nouns",
    "place_nouns",
    "record_nouns",
    "population_words",
    "unstated_base_rates",
    "per_mille_rates",
    "rate_payment_words",
    "change_up_words",
    "change_down_words",
    "change_rate_words",
    "change_base_words",
    "change_adjusted_words",
    "change_average_words",
    "change_contribution_words",
    "number_followers",
    "base_words",
    "classification_cues",
    "resolved_classes",
    "closing_classes",
    "partial_list_cues",
)
TABLE_KEYS = ("periods", "multipliers", "count_nouns")


def alternation(words) -> str:
    """A regex alternation that prefers the longest word."""
    return "|".join(escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@record(frozen=True)
class Lexicon:
    discrete_units: tuple[str, ...]
    money_units: tuple[str, ...]
    measure_units: tuple[str, ...]
    approx_prefixes: tuple[str, ...]
    approx_suffixes: tuple[str, ...]
    role_nouns: tuple[str, ...]
    neutral_words: tuple[str, ...]
    subset_cues: tuple[str, ...]
    role_outside_cues: tuple[str, ...]  # a count of post holders beyond the present ones (CON001)
    breakdown_cues: tuple[str, ...]
    total_words: tuple[str, ...]
    rounding_disclaimers: tuple[str, ...]
    complementary_pairs: tuple[str, ...]  # "城市/农村": labels whose parts make up a whole
    detail_classes: tuple[str, ...]  # "卫生技术人员/执业/注册护士": a class, then labels of classes within it
    opposite_indicators: tuple[str, ...]  # "存款/贷款": indicators of which neither is ever a part of the other
    joined_categories: tuple[str, ...]  # "服装、鞋帽、针纺织品": one category whose name holds a 、 (NUM004)
    average_components: tuple[str, ...]  # "工资性收入/…": parts that add up to an average as well
    period_words: tuple[str, ...]
    approx_word_exceptions: tuple[str, ...]
    not_part_words: tuple[str, ...]
    activity_verbs: tuple[str, ...]  # parts whose clauses name different ones are separate indicators (NUM001)
    signed_amounts: tuple[str, ...]  # 利润: a part of the whole may exceed it (NUM001)
    criterion_predicates: tuple[str, ...]  # 有343人属于…，有2454人购买…: parts that are criteria (NUM001)
    not_change_compounds: tuple[str, ...]  # 增加值: a quantity, not a change
    standard_codes: tuple[str, ...]  # DAT006: GB, DB, MZ … before a standard's number
    restating_words: tuple[str, ...]  # a bracket opened by one restates or qualifies: no breakdown
    outcome_words: tuple[str, ...]  # a clause opened by one says what became of the whole: the parts end
    rate_payment_words: tuple[str, ...]  # NUM002 (rules/change.py, ratio.py)
    change_up_words: tuple[str, ...]  # NUM007 (rules/change.py, ratio.py)
    change_down_words: tuple[str, ...]  # NUM007 (rules/change.py, ratio.py)
    change_rate_words: tuple[str, ...]  # NUM007 (rules/change.py, ratio.py)
    change_base_words: tuple[str, ...]  # NUM007 (rules/change.py, ratio.py)
    change_adjusted_words: tuple[str, ...]  # NUM007 (rules/change.py, ratio.py)
    change_average_words: tuple[str, ...]  # NUM007 (rules/change.py, ratio.py)
    change_contribution_words: tuple[str, ...]  # NUM007: 拉动 … 增长 4.3 个百分点 is a contribution, not a change
    unstated_base_rates: tuple[str, ...]  # rates of a base a document never states (出生率: 年平均人口)
    per_mille_rates: tuple[str, ...]  # rates of a population stated per thousand (出生率 …‰)
    person_nouns: tuple[str, ...]  # what a head count counts (…人员, …老人): a bare figure after one lacks its unit
    place_nouns: tuple[str, ...]  # what a count of places counts (…工作站): as person_nouns, its unit 个
    record_nouns: tuple[str, ...]  # what a count of registrations counts (…登记): as person_nouns, its unit 件
    population_words: tuple[str, ...]  # a count of a whole population (户籍人口), on another scale than the work's counts
    number_followers: tuple[str, ...]  # characters that may follow a bare figure (a unit, 余, 至 …)
    base_words: tuple[str, ...]  # a count after one is a whole later shares are of (立案 71 件)
    classification_cues: tuple[str, ...]  # a list of shares after one classifies one whole (NUM008)
    resolved_classes: tuple[str, ...]  # the first outcome class of proposals (已解决 …)
    closing_classes: tuple[str, ...]  # the last outcome class of proposals (留作参考 …)
    partial_list_cues: tuple[str, ...]  # a list of shares presented as a part of the whole
    periods: dict[str, int] = field(hash=False)
    multipliers: dict[str, int] = field(hash=False)
    count_nouns: dict[str, tuple[str, ...]] = field(hash=False)

    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        # Computed once: pattern caches (lru_cache) are keyed on the lexicon, and hashing its
        # word lists anew costs 4 us a lookup.
        return hash(tuple(getattr(self, key) for key in LIST_KEYS))

    @classmethod
    def default(cls) -> "Lexicon":
        return _DEFAULT

    @classmethod
    def from_mapping(cls, data: dict) -> "Lexicon":
        return cls(
            **{k: tuple(data[k]) for k in LIST_KEYS},
            periods={k: int(v) for k, v in data["periods"].items()},
            multipliers={k: int(v) for k, v in data["multipliers"].items()},
            count_nouns={k: tuple(v) for k, v in data["count_nouns"].items()},
        )

    def extended(self, extra: dict) -> "Lexicon":
        """A copy with the lists in ``extra`` added (a user's configuration); a ValueError says
        what is wrong with a list of the wrong shape, type or size."""
        _validate(extra)
        data = self.as_mapping()
        for key, value in extra.items():
            if key in LIST_KEYS:
                data[key] = list(data[key]) + [v for v in value if v not in data[key]]
            elif key == "count_nouns":
                for noun, synonyms in value.items():
                    data[key][noun] = list(data[key].get(noun, ())) + list(synonyms or ())
            else:
                data[key].update(value)
        return Lexicon.from_mapping(data)

    def as_mapping(self) -> dict:
        data = {k: list(getattr(self, k)) for k in LIST_KEYS}
        data["periods"] = dict(self.periods)
        data["multipliers"] = dict(self.multipliers)
        data["count_nouns"] = {k: list(v) for k, v in self.count_nouns.items()}
        return data

    # Derived lookups, computed once per lexicon.

    @cached_property
    def all_units(self) -> tuple[str, ...]:
        return tuple(sorted({*self.discrete_units, *self.money_units, *self.measure_units}, key=len, reverse=True))

    @cached_property
    def unit_classes(self) -> dict[str, str]:
        """Each unit's class ("money", "discrete", "measure"); a unit in two lists takes the first."""
        classes = {}
        for unit_class, units in (("measure", self.measure_units), ("discrete", self.discrete_units), ("money", self.money_units)):
            classes.update(dict.fromkeys(units, unit_class))
        return classes

    @cached_property
    def unit_pattern(self) -> str:
        return alternation(self.all_units)

    @cached_property
    def noun_canonical(self) -> dict[str, str]:
        """Every spelling of a count noun (canonical name and synonyms) mapped to its canonical name."""
        table = {}
        for noun, synonyms in self.count_nouns.items():
            table[noun] = noun
            for synonym in synonyms:
                table[plain_noun(synonym)] = noun
        return table

    @cached_property
    def noun_last_chars(self) -> frozenset[str]:
        """The characters a count noun's spelling can end with: a quick test before looking one up."""
        return frozenset(noun[-1] for noun in self.noun_canonical if noun)

    @cached_property
    def noun_first_chars(self) -> frozenset[str]:
        """The characters a count noun's spelling can start with."""
        return frozenset(noun[0] for noun in self.noun_canonical if noun)

    @cached_property
    def noun_ending_regex(self):
        """Matched at the end of a text (a reverse pattern), it finds the longest noun ending it."""
        return compile_regex(alternation(self.noun_canonical), flags=REVERSE)

    @cached_property
    def noun_regex(self):
        return compile_regex(alternation(self.noun_canonical))

    @cached_property
    def approx_initials(self) -> frozenset[str]:
        """First characters of the blur words written before a figure (a quick pre-check)."""
        return frozenset(word[0] for word in self.approx_prefixes)

    @cached_property
    def complements(self) -> tuple[frozenset[str], ...]:
        """The complementary label sets ("城市/农村" → {城市, 农村}), the components of averages among them."""
        return tuple(frozenset(pair.split("/")) for pair in (*self.complementary_pairs, *self.average_components))

    @cached_property
    def details(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """A class and the labels of classes within it ("卫生技术人员/执业/注册护士" → (卫生技术人员, (执业, 注册护士)))."""
        return tuple((labels[0], tuple(labels[1:])) for labels in (entry.split("/") for entry in self.detail_classes))

    @cached_property
    def opposites(self) -> tuple[tuple[str, str], ...]:
        """The opposite indicators, each pair both ways round ("存款/贷款" → (存款, 贷款), (贷款, 存款))."""
        pairs = [entry.split("/")[:2] for entry in self.opposite_indicators]
        return tuple((a, b) for first, second in pairs for a, b in ((first, second), (second, first)))

    def complete_set(self, heads: list[str], sets=None) -> tuple[str, ...] | None:
        """The labels of a complete set (of ``complements``, or of ``sets``) that ``heads`` start
        with, one each and in their order ("男性" and "女性" name 男性/女性), or None."""
        for labels in self.complements if sets is None else sets:
            if len(labels) == len(heads):
                used = [next((w for w in labels if head.startswith(w)), None) for head in heads]
                if None not in used and set(used) == labels:
                    return tuple(used)
        return None

    @cached_property
    def average_complements(self) -> tuple[frozenset[str], ...]:
        """The label sets whose parts add up to an average too (工资性收入/经营净收入/…)."""
        return tuple(frozenset(pair.split("/")) for pair in self.average_components)

    @cached_property
    def multiplier_values(self) -> dict[str, Decimal]:
        return {k: Decimal(v) for k, v in self.multipliers.items()}


# Bounds on what a configuration may add: every word goes into patterns matched over each document,
# so a list of 100 000 nouns would cost seconds and a gigabyte on a one-line text.
MAX_WORDS_PER_LIST = 5000
MAX_WORDS_ADDED = 10000  # over all lists, synonyms included
MAX_WORD_CHARS = 50
MAX_MULTIPLIER = 10**20  # 万亿 is 10**12
MAX_PERIODS = 10000  # periods per year: 年 1, 月 12, 天 365


def _validate(extra) -> None:
    """Raise ValueError naming the list and what is wrong: an unknown list, a value of the wrong
    type, an empty or overlong word, a number out of range, too many words."""
    if not isinstance(extra, dict):
        raise ValueError("lexicon must be a table of word lists")
    unknown = set(extra) - set(LIST_KEYS) - set(TABLE_KEYS)
    if unknown:
        raise ValueError(f"unknown lexicon key(s): {', '.join(sorted(map(str, unknown)))}")
    added = 0
    for key, value in extra.items():
        if key in LIST_KEYS:
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"lexicon.{key} must be a list of strings")
            words = list(value)
        elif key == "count_nouns":
            if not isinstance(value, dict):
                raise ValueError("lexicon.count_nouns must map a noun to a list of synonyms")
            words = list(value)
            for noun, synonyms in value.items():
                if synonyms is None:
                    continue
                if not isinstance(synonyms, (list, tuple)) or not all(isinstance(v, str) for v in synonyms):
                    raise ValueError(f"lexicon.count_nouns.{noun}: expected a list of synonyms (strings)")
                words += synonyms
        else:
            if not isinstance(value, dict):
                raise ValueError(f"lexicon.{key} must be a table of word = whole number")
            high = MAX_MULTIPLIER if key == "multipliers" else MAX_PERIODS
            low = 2 if key == "multipliers" else 1
            for word, number in value.items():
                if isinstance(number, bool) or not isinstance(number, int) or not low <= number <= high:
                    raise ValueError(f"lexicon.{key}.{word}: expected a whole number from {low} to {high:g}, not {number!r}")
            words = list(value)
        if len(words) > MAX_WORDS_PER_LIST:
            raise ValueError(f"lexicon.{key}: {len(words)} words, more than the limit of {MAX_WORDS_PER_LIST}")
        for word in words:
            if not word.strip():
                raise ValueError(f"lexicon.{key}: an empty word would match everywhere")
            if len(word) > MAX_WORD_CHARS:
                raise ValueError(f"lexicon.{key}: the word {word[:20]!r}… is longer than {MAX_WORD_CHARS} characters")
        if key in ("complementary_pairs", "average_components", "detail_classes", "opposite_indicators"):
            for pair in words:
                parts = pair.split("/")
                if len(parts) < 2 or not all(part.strip() for part in parts):
                    raise ValueError(f"lexicon.{key}: {pair!r} is not labels joined by / (城市/农村)")
        added += len(words)
    if added > MAX_WORDS_ADDED:
        raise ValueError(f"lexicon: {added} words added, more than the limit of {MAX_WORDS_ADDED}")


def plain_noun(text: str) -> str:
    """A noun as the text model sees it: brackets and quotes taken out."""
    return NOUN_NOISE.sub("", text)


DATA_MODULE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon_data.py")


def bundled_data(name: str) -> bytes:
    """The bytes of a file of the package's ``data`` folder."""
    try:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name), "rb") as handle:
            return handle.read()
    except OSError:  # not a folder on disk (a zip): ask the import system
        from importlib import resources

        return resources.files("auditor").joinpath("data/" + name).read_bytes()


def bundled_toml() -> bytes:
    """The bytes of the bundled ``data/lexicon.toml``."""
    return bundled_data("lexicon.toml")


def data_module_text(toml: bytes) -> str:
    """The source of ``auditor/lexicon_data.py`` for the TOML ``toml``."""
    import pprint
    import tomllib

    data = tomllib.loads(toml.decode("utf-8"))
    return (
        '"""The bundled word lists of data/lexicon.toml as a Python literal, read at start-up in place of\n'
        'the TOML. Generated by ``python -m auditor.lexicon`` from the TOML whose size and CRC-32 are\n'
        'below; edit the TOML, then run it again."""\n\n'
        f"TOML_SIZE = {len(toml)}\n"
        f"TOML_CRC32 = {zlib.crc32(toml)}\n"
        f"LEXICON = {pprint.pformat(data, width=110, sort_dicts=False)}\n"
    )


def _load_default() -> Lexicon:
    toml = bundled_toml()
    try:
        from . import lexicon_data
    except ImportError:
        lexicon_data = None
    if lexicon_data is not None and lexicon_data.TOML_SIZE == len(toml) and lexicon_data.TOML_CRC32 == zlib.crc32(toml):
        return Lexicon.from_mapping(lexicon_data.LEXICON)
    import tomllib  # the TOML changed since lexicon_data.py was made: read it

    return Lexicon.from_mapping(tomllib.loads(toml.decode("utf-8")))


_DEFAULT = _load_default()


if __name__ == "__main__":
    import sys

    with open(DATA_MODULE, "w", encoding="utf-8") as out:
        out.write(data_module_text(bundled_toml()))
    print(f"wrote {DATA_MODULE}", file=sys.stderr)
