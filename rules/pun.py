"""PUN: paired punctuation."""

from __future__ import annotations

from auditor.registry import Hit, rule

# In ``plain`` the full-width （） are folded to (); 〔〕 【】 “” ‘’ 《》 are as written.
_PAIRS = {"“": "”", "‘": "’", "《": "》", "(": ")", "〔": "〕", "【": "】"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_NAMES = {"“": "“", "”": "”", "‘": "‘", "’": "’", "《": "《", "》": "》", "(": "（", ")": "）", "〔": "〔", "〕": "〕", "【": "【", "】": "】"}


@rule("PUN001", "unbalanced-pair", "error")
def unbalanced_pair(doc):
    """A paired mark (“ ” ‘ ’ 《 》 （ ） 〔 〕 【 】) opened and not closed, or closed and not opened,
    within one paragraph. The finding points at the lone mark.

    A quotation that runs over several paragraphs opens each of them with “ and closes only at
    the end; a “ left open at the end of a paragraph whose next paragraph starts with “ is fine.
    A list label such as ``1）`` at the start of a paragraph is not an unopened bracket.

    Incorrect:
        为入住老人提供“拔罐、艾灸、针灸等特色中医养生服务，实现了“医”和“养”的无缝对接。

    Incorrect:
        组织实施孤儿医疗康复明天计划”、“福彩圆梦·孤儿助学工程”等项目。

    Incorrect:
        根据《未成年人保护法的规定，加强监护。

    Correct:
        组织实施“明天计划”、“福彩圆梦·孤儿助学工程”等项目，落实《未成年人保护法》（2020年修订）。

    Correct:
        1）加强组织领导。
    """
    plain = doc.plain
    paragraphs = doc.paragraphs
    for index, para in enumerate(paragraphs):
        stack: list[int] = []
        for i in range(para.start, para.end):
            char = plain[i]
            if char in _PAIRS:
                stack.append(i)
            elif char in _CLOSERS:
                opener = _CLOSERS[char]
                match = next((k for k in range(len(stack) - 1, -1, -1) if plain[stack[k]] == opener), None)
                if match is None:
                    if not _is_list_label(plain, para.start, i):
                        yield Hit(i, i + 1, f"closing {_NAMES[char]} has no opening {_NAMES[opener]} in this paragraph")
                    continue
                for k in stack[match + 1 :]:
                    yield _unclosed(plain, k)
                del stack[match:]
        next_para = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        continues_quote = next_para is not None and plain[next_para.start : next_para.end].lstrip().startswith("“")
        for k in stack:
            if not (continues_quote and plain[k] == "“"):
                yield _unclosed(plain, k)


def _unclosed(plain: str, i: int) -> Hit:
    opener = plain[i]
    return Hit(i, i + 1, f"opening {_NAMES[opener]} is never closed by {_NAMES[_PAIRS[opener]]} in this paragraph")


def _is_list_label(plain: str, para_start: int, i: int) -> bool:
    """``1）`` ``a)`` ``一）`` opening a paragraph or following a sentence end."""
    label = plain[max(para_start, i - 3) : i].lstrip()
    before = plain[max(para_start, i - 3 - 1) : i - len(label)].strip()
    return 0 < len(label) <= 3 and label.isalnum() and (i - len(label) <= para_start or before[-1:] in "。；;：:" or not before)
