"""Markdown is read as a renderer shows it: code and HTML comments are not prose, while lines and
columns stay the file's own."""

from auditor.engine import lint_text

ERROR = "全区现有未成年人 1964 人，其中：留守儿童 1705 人，困境儿童 428 人。"


def lines_of(text, path):
    return [(f.rule, f.line) for f in lint_text(text, path)]


def test_code_fences_indented_code_and_comments_are_not_linted_in_markdown():
    text = f"# 标题\n\n```\n{ERROR}\n```\n\n<!-- {ERROR} -->\n\n    {ERROR}\n\n正文：{ERROR}\n"
    assert lines_of(text, "a.md") == [("NUM001", 11)]
    # the same text as plain text is all prose
    assert sorted(line for _, line in lines_of(text, "a.txt")) == [4, 7, 9, 11]


def test_an_inline_comment_is_not_read_and_columns_stay_the_files():
    text = "正文一是加强领导，二是<!-- 二是 -->强化保障，二是狠抓落实。\n"
    (finding,) = lint_text(text, "a.md")
    assert finding.rule == "SEQ001" and finding.column == text.index("二是狠抓") + 1


def test_an_unclosed_fence_runs_to_the_end_as_commonmark_says():
    text = f"{ERROR}\n\n```\n{ERROR}\n"
    assert lines_of(text, "notes.markdown") == [("NUM001", 1)]
