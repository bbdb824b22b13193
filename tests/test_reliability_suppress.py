"""A rule code in a suppression comment that names no rule (NUMM001) is a warning on standard
error naming the file and line; known codes, prefixes and ALL are not."""

import pytest

from auditor.suppress import unknown_codes
from helpers import run_cli

DOCUMENT = "全市共有留守儿童 100 人，其中男孩 60 人、女孩 30 人。\n"


@pytest.mark.parametrize("name", ["reply.md", "reply.txt"])
@pytest.mark.usefixtures("english")
def test_a_misspelt_code_is_a_warning(tmp_path, name):
    (tmp_path / name).write_text("<!-- auditor: disable-next-line NUMM001 -->\n" + DOCUMENT, encoding="utf-8")
    result = run_cli("check", "--no-cache", name, cwd=tmp_path)
    assert result.returncode == 1 and "NUM001" in result.stdout  # nothing was suppressed
    warnings = [line for line in result.stderr.splitlines() if line.startswith("auditor: warning:")]
    assert warnings == [f"auditor: warning: {name}:1: unknown rule code 'NUMM001' in a suppression comment; "
                        "`auditor rules` lists the codes"]


@pytest.mark.parametrize("comment", [
    "<!-- auditor: disable-next-line NUM001 -->",
    "<!-- auditor: disable-next-line NUM -->",
    "<!-- auditor: disable-next-line num001, pun001 -->",
    "<!-- auditor: disable-next-line -->",
    "<!-- auditor: disable-next-line ALL -->",
])
def test_known_codes_prefixes_and_all_give_no_warning(tmp_path, comment):
    (tmp_path / "reply.md").write_text(comment + "\n" + DOCUMENT, encoding="utf-8")
    result = run_cli("check", "--no-cache", "reply.md", cwd=tmp_path)
    assert result.returncode == 0 and "warning" not in result.stderr, result.stderr


def test_unknown_codes_names_each_line_and_code():
    text = "<!-- auditor: disable XYZ1 NUM -->\n正文\n<!-- auditor: enable XYZ1 -->\n文中 <!-- auditor: disable-line QQQ -->\n"
    assert unknown_codes(text, markdown=True) == [(1, "XYZ1"), (3, "XYZ1"), (4, "QQQ")]
    assert unknown_codes(text, markdown=False) == [(1, "XYZ1"), (3, "XYZ1")]  # plain text: whole lines only
