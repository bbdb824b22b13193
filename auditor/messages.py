"""Messages in two languages: typed message classes, rendered in the run's language.

A kind of message is a class with named, declared fields and two templates, ``zh`` and ``en``::

    class PartsDoNotAddUp(Message):
        parts: str
        added: str
        total: str
        zh = "各分项之和 {added} 与合计 {total} 不符（{parts}）"
        en = "parts {parts} = {added} ≠ stated total {total}"

A rule yields ``Hit(start, end, PartsDoNotAddUp(parts="1+2", added="3", total="4"))``; the engine
renders it in the language of the :class:`~auditor.config.Config` (Chinese unless English is asked
for), so a :class:`~auditor.findings.Finding`'s ``message`` stays a plain string in every output
format. A field may hold another message (a clause shared by several kinds, such as the rounding
tolerance); it is rendered in the same language, and ``None`` renders as nothing. The templates are
checked when the class is defined: each names only declared fields, and both are given.

A rule that still yields an English f-string works as before: a string is shown as it is, in both
languages. Rules can therefore be converted one message at a time.

Why classes and not gettext ``.po`` catalogues: auditor has two languages, and its messages are
mostly arithmetic with a few words around it whose order differs between the languages (the
Chinese puts the reason after the figures, the English in parentheses). A class keeps both
sentences next to each other and next to the rule, gives each kind a name that tests assert on
(``type(hit.message) is PartsDoNotAddUp`` and its fields, not an English substring), and checks
its placeholders at import; gettext would key the Chinese on the English sentence, add a compile
step (``.mo``) and a Babel dependency, and fall back silently on a missing entry.
"""

from __future__ import annotations

import inspect
import os
import string
from dataclasses import FrozenInstanceError  # what a frozen dataclass raises
from decimal import Decimal
from collections.abc import Mapping

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"
_ENV_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX: the first one set decides

_KINDS: dict[str, type["Message"]] = {}


def parse_lang(value: str) -> str:
    """``zh`` or ``en`` from what a user may write (``zh_CN``, ``en-US``, ``English``, ``中文``)."""
    if not isinstance(value, str):
        raise BadValue("expected zh or en", "应为 zh 或 en")
    name = value.strip().lower().replace("_", "-")
    if name.startswith("zh") or name in ("chinese", "cn", "中文"):
        return "zh"
    if name.startswith("en") or name in ("english", "英文"):
        return "en"
    raise BadValue(f"unknown language {value!r} (expected zh or en)", f"没有语言 {value!r}（应为 zh 或 en）")


def lang_from_environment(environ: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """``("en", "LANG=en_US.UTF-8")`` when the locale of the environment names English (or
    Chinese); None for any other locale (C, POSIX, fr_FR …) or none set."""
    environ = os.environ if environ is None else environ
    for var in _ENV_VARS:
        value = environ.get(var, "")
        if value:
            locale = value.split(".")[0].split("@")[0].lower()
            if locale.startswith(("en", "zh")):
                return locale[:2], f"{var}={value}"
            return None
    return None


class Message:  # (ClassVar: annotations are not evaluated, so typing need not be imported)
    """One kind of message: subclasses declare their fields (annotations) and ``zh`` / ``en``
    templates in :meth:`str.format` syntax. Instances are frozen and compare by value.

    A plain class rather than a dataclass: building ninety dataclasses was a quarter of a start-up.
    ``__init__``, equality, hashing and ``repr`` behave as a frozen dataclass's."""

    zh: ClassVar[str] = ""
    en: ClassVar[str] = ""
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, object]] = {}
    _used: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        annotations = cls.__dict__.get("__annotations__", {})
        cls._fields = tuple(name for name, kind in annotations.items() if not str(kind).startswith("ClassVar"))
        cls._defaults = {name: cls.__dict__[name] for name in cls._fields if name in cls.__dict__}
        # a template names fields, or properties computed from them (a form one language needs)
        cls._used = {}
        for lang in LANGS:
            template = cls.__dict__.get(lang)
            if not template:
                raise TypeError(f"message {cls.__name__} has no {lang} template")
            used = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
            declared = set(cls._fields)
            if used - declared:  # properties computed from the fields, looked for only when named
                declared |= {n for n in used if isinstance(getattr(cls, n, None), property)}
            if "" in used or used - declared:
                raise TypeError(f"message {cls.__name__}: the {lang} template uses {sorted(used - declared) or ['{}']}, "
                                f"not among its fields {sorted(declared)}")
            cls._used[lang] = tuple(used)
        _KINDS[f"{cls.__module__}.{cls.__name__}"] = cls

    def __init__(self, *args, **kwargs):
        names = self._fields
        if not kwargs and len(args) == len(names):  # the common call, every field in order: the quick way
            self.__dict__.update(zip(names, args))
            return
        kind = type(self).__name__
        if len(args) > len(names):
            raise TypeError(f"{kind}() takes {len(names)} arguments but {len(args)} were given")
        values = dict(zip(names, args))
        for name, value in kwargs.items():
            if name not in names:
                raise TypeError(f"{kind}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{kind}() got multiple values for argument {name!r}")
            values[name] = value
        for name in names:
            if name in values:
                object.__setattr__(self, name, values[name])
            elif name in self._defaults:
                object.__setattr__(self, name, self._defaults[name])
            else:
                raise TypeError(f"{kind}() missing required argument: {name!r}")

    @classmethod
    def deferred(cls, build, *args):
        """This kind of message, its fields ``build(*args)`` (a tuple in field order), worked out when
        first read. For the arithmetic of a relation that holds: every run counts it, only
        ``--show-relations`` and the HTML report show it, and formatting it costs more than checking it."""
        message = object.__new__(cls)
        message.__dict__["_deferred"] = build, args
        return message

    def __getattr__(self, name):  # only for a field not yet set: that of a deferred message
        if not self._settle():
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return getattr(self, name)

    def _settle(self) -> bool:
        """Work out a deferred message's fields; False when there was nothing to work out. Every
        reader of the fields calls it first: a field with a default is found on the class, so
        reading it (or a property built on it) would not reach ``__getattr__``."""
        deferred = self.__dict__.pop("_deferred", None)
        if deferred is None:
            return False
        build, args = deferred
        self.__dict__.update(zip(self._fields, build(*args)))
        return True

    def _values(self) -> tuple:
        self._settle()
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        self._settle()
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    @property
    def kind(self) -> str:
        return type(self).__name__

    def fields(self) -> dict:
        self._settle()
        return {name: getattr(self, name) for name in self._fields}

    def render(self, lang: str = DEFAULT_LANG) -> str:
        self._settle()
        lang = "en" if lang == "en" else "zh"
        template = self.en if lang == "en" else self.zh
        return template.format_map({name: _shown(getattr(self, name), lang) for name in self._used[lang]})

    def __str__(self) -> str:
        return self.render(DEFAULT_LANG)


def _shown(value, lang: str) -> str:
    if type(value) is str:  # most fields: decided before the isinstance tests below
        return value
    if value is None:
        return ""
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, tuple):  # clauses, each rendered, in the language's list separator
        return ("；" if lang == "zh" else "; ").join(_shown(item, lang) for item in value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def text(message, lang: str = DEFAULT_LANG) -> str:
    """A message as text in ``lang``: a :class:`Message` rendered, a string (not converted yet) as it is."""
    return message.render(lang) if isinstance(message, Message) else str(message)


def kinds() -> dict[str, type[Message]]:
    """Every message kind declared so far, by module and class name (import the rules first)."""
    return dict(_KINDS)


# --- clauses shared by several rules ---------------------------------------------------------------


class Tolerance(Message):
    """The rounding tolerance of the stated figures, after a difference: half a unit of each
    figure's last written digit, added (``numbers.tolerance_note``)."""

    half: str
    zh = "；按所写位数允许误差 ±{half}"
    en = "; tolerance ±{half} from the stated digits"


# --- rule documentation ---------------------------------------------------------------------------

_HEADINGS = {"zh": {"Incorrect:": "错误示例：", "Correct:": "正确示例："}, "en": {}}


def english_doc(text_en: str):
    """Give a rule whose docstring is Chinese its English documentation (the examples stay in the
    docstring, where the tests run them): ``@english_doc(\"\"\"…\"\"\")`` under ``@rule``."""

    def attach(check):
        check.doc_en = inspect.cleandoc(text_en)
        return check

    return attach


def _examples_part(doc: str) -> str:
    """The docstring from its first ``Incorrect:`` / ``Correct:`` heading on."""
    lines = doc.splitlines()
    for i, line in enumerate(lines):
        if line.strip() in ("Incorrect:", "Correct:"):
            return "\n".join(lines[i:])
    return ""


def rule_doc(rule, lang: str = DEFAULT_LANG) -> str:
    """A rule's documentation in ``lang`` (``auditor explain``): the docstring, or its English text
    with the docstring's examples. A rule not converted yet has one text, shown in both."""
    doc = rule.doc
    english = getattr(rule.check, "doc_en", None)
    if lang == "en" and english:
        examples = _examples_part(doc)
        doc = english + ("\n\n" + examples if examples else "")
    headings = _HEADINGS["zh" if lang == "zh" and not (english is None and _is_english(doc)) else "en"]
    return "\n".join(headings.get(line, line) for line in doc.splitlines())


def rule_summary(rule, lang: str = DEFAULT_LANG) -> str:
    """The first paragraph of :func:`rule_doc`, on one line."""
    return join_lines(rule_doc(rule, lang).split("\n\n", 1)[0])


def join_lines(paragraph: str) -> str:
    """A paragraph's lines joined on one line: with a space, except between two Chinese characters
    (or after Chinese punctuation), where a line break is no space."""
    out = ""
    for line in (part.strip() for part in paragraph.splitlines()):
        if not line:
            continue
        if out and not (_wide(out[-1]) and _wide(line[0])):
            out += " "
        out += line
    return out


def _wide(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def _is_english(doc: str) -> bool:
    first = doc.split("\n\n", 1)[0]
    return not _is_chinese_text(first)


def _is_chinese_text(text_: str) -> bool:
    """More CJK characters than Latin letters: a Chinese sentence (which may quote 其中 or 分别)."""
    cjk = sum(1 for c in text_ if "\u4e00" <= c <= "\u9fff")
    latin = sum(1 for c in text_ if c.isascii() and c.isalpha())
    return cjk > latin


# --- the command line and the reports -------------------------------------------------------------


class TwoLanguageError(Exception):
    """An error said in one line, in English (``str()``: logs, tracebacks, tests of the library) and
    in Chinese (``render("zh")``; the English when no Chinese is given)."""

    def __init__(self, en: str, zh: str | None = None):
        super().__init__(en)
        self.zh = zh or en

    def render(self, lang: str = DEFAULT_LANG) -> str:
        return str(self) if lang == "en" else self.zh


class BadValue(TwoLanguageError, ValueError):
    """A configuration value that is wrong, said in both languages."""


def error_text(error: BaseException, lang: str = DEFAULT_LANG) -> str:
    """An exception's line in ``lang`` when it has two (:class:`TwoLanguageError`, an input error),
    else its English."""
    render = getattr(error, "render", None)
    return render(lang) if callable(render) else str(error)


SEVERITY_NAMES = {"zh": {"error": "错误", "warning": "警告", "info": "提示"}, "en": {}}


def severity_name(severity, lang: str = DEFAULT_LANG) -> str:
    """``错误`` / ``警告`` / ``提示`` in Chinese reports' prose. (In a finding's ``[error]`` the
    severity stays the configuration's word, as the rule code does.)"""
    return SEVERITY_NAMES.get(lang, {}).get(str(severity), str(severity))


def by_severity(counts: Mapping[str, int], lang: str = DEFAULT_LANG) -> str:
    """``错误 2，警告 1，提示 0`` / ``2 error, 1 warning, 0 info``."""
    if lang == "en":
        return ", ".join(f"{n} {s}" for s, n in counts.items())
    return "，".join(f"{severity_name(s, lang)} {n}" for s, n in counts.items())


# What ``--show-relations`` calls each kind of relation (registry.Checked.kind), and its verdict.
RELATION_KINDS = {
    "sum": "求和", "share": "占比", "rate": "标准×数量", "count": "同一数量", "respectively": "分别",
    "date": "日期", "change": "增减", "name": "称呼", "thresholds": "界限", "classification": "分类占比",
    "share of the classes' sum": "占各类之和", "share of the list's total": "占列举总数", "average": "平均数", "reference": "提案编号与届次", "conversion": "单位换算",
    "population rates": "人口比率", "implied population": "隐含人口",
    "change of the parts": "各部分增减之和", "shares of one named whole": "同一总体的占比",
}


def relation_words(kind: str, holds: bool, lang: str = DEFAULT_LANG) -> tuple[str, str]:
    """``("求和", "不成立")`` / ``("sum", "FAILS")``: a relation's kind and verdict in ``lang``."""
    if lang == "en":
        return kind, "ok" if holds else "FAILS"
    return RELATION_KINDS.get(kind, kind), "成立" if holds else "不成立"


class Versus(Message):
    """``--show-relations``: a computed or earlier figure against the stated one."""

    left: str
    right: str
    zh = "{left} 对照 {right}"
    en = "{left} vs {right}"


class Summary(Message):
    findings: int
    files: int
    severities: str
    figures: int
    relations: int
    zh = "检查 {files} 个文件，发现 {findings} 处问题（{severities}）；读取数字 {figures} 个，核对数量关系 {relations} 项。"
    en = "Found {findings} finding(s) in {files} file(s): {severities}. {figures} figures read, {relations} relations checked."


class ConciseSummary(Message):
    findings: int
    files: int
    figures: int
    relations: int
    zh = "检查 {files} 个文件，发现 {findings} 处问题；读取数字 {figures} 个，核对数量关系 {relations} 项。"
    en = "Found {findings} finding(s) in {files} file(s); {figures} figures read, {relations} relations checked."


class RelatedLine(Message):
    where: str
    message: str
    zh = "相关：{where}：{message}"
    en = "related: {where}: {message}"


class RelatedTo(Message):
    rule: str
    message: str
    zh = "与 {rule} 相关：{message}"
    en = "related to {rule}: {message}"


class Unreadable(Message):
    error: str
    zh = "无法读取：{error}"
    en = "unreadable: {error}"


# Words of the report headings, by language: the tables' column heads and titles.
WORDS = {
    "zh": {
        "report": "auditor 审校报告", "rule": "规则", "name": "名称", "findings": "问题数", "file": "文件",
        "figures read": "读取数字", "relations checked": "核对关系", "Findings": "问题清单",
        "location": "位置", "severity": "级别", "message": "说明", "unreadable": "无法读取",
    },
    "en": {"report": "auditor report"},
}


def word(key: str, lang: str = DEFAULT_LANG) -> str:
    return WORDS.get(lang, {}).get(key, key)


class NoPaths(Message):
    zh = "没有给出要检查的文件或文件夹（用 - 读取标准输入）"
    en = "no paths given (use - for standard input)"


class UnknownRule(Message):
    code: str
    zh = "没有规则 {code}；`auditor rules` 列出全部规则"
    en = "unknown rule {code}; `auditor rules` lists them"


class EmptyFolder(Message):
    folder: str
    include: str
    zh = "{folder}：文件夹中没有可检查的文件（包含的文件类型：{include}）"
    en = "{folder}: the folder holds no file to lint (include: {include})"


class EmptyFile(Message):
    path: str
    zh = "{path}：空文件，没有可检查的内容"
    en = "{path}: empty file, nothing to check"


class BaselineWritten(Message):
    count: int
    path: str
    zh = "已将 {count} 处问题写入基线文件 {path}"
    en = "wrote {count} finding(s) to the baseline {path}"


class BaselineHid(Message):
    count: int
    path: str
    zh = "基线文件 {path} 中已记录的 {count} 处问题未显示"
    en = "{count} finding(s) hidden by the baseline {path}"


class ExplainHeading(Message):
    code: str
    name: str
    severity: str
    zh = "{code} {name}（默认级别：{severity}）"
    en = "{code} {name} (default severity: {severity})"


class Interrupted(Message):
    zh = "已中断"
    en = "interrupted"
