"""Inline suppression comments and the baseline, round trip through the command line."""

import json

import pytest

from helpers import run_cli

DUPLICATE = "我局将一是加强领导；二是强化保障；二是狠抓落实。"  # SEQ001
QUOTE = "根据《未成年人保护法的规定，加强监护。"  # PUN001


def findings(run):
    assert run.returncode in (0, 1), run.stderr
    return [(f["rule"], f["line"]) for f in json.loads(run.stdout)["findings"]]


def lint(tmp_path, name, text, *options):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return findings(run_cli("check", "--format", "json", *options, name, cwd=tmp_path))


def test_no_comment_reports_both(tmp_path):
    assert lint(tmp_path, "a.md", f"{DUPLICATE}\n\n{QUOTE}\n") == [("SEQ001", 1), ("PUN001", 3)]


def test_disable_next_line_for_one_rule(tmp_path):
    text = f"<!-- auditor: disable-next-line SEQ001 -->\n{DUPLICATE}{QUOTE}\n\n{DUPLICATE}\n"
    assert lint(tmp_path, "a.md", text) == [("PUN001", 2), ("SEQ001", 4)]


def test_disable_next_line_skips_blank_lines_and_takes_prefixes(tmp_path):
    text = f"<!-- auditor: disable-next-line SEQ, PUN -->\n\n{DUPLICATE}{QUOTE}\n\n{QUOTE}\n"
    assert lint(tmp_path, "a.md", text) == [("PUN001", 5)]


def test_disable_and_enable_a_range(tmp_path):
    text = (
        f"{QUOTE}\n\n<!-- auditor: disable PUN001 -->\n\n{QUOTE}\n\n{DUPLICATE}\n\n"
        f"<!-- auditor: enable -->\n\n{QUOTE}\n"
    )
    assert lint(tmp_path, "a.md", text) == [("PUN001", 1), ("SEQ001", 7), ("PUN001", 11)]


def test_disable_without_codes_means_every_rule(tmp_path):
    text = f"<!-- auditor: disable -->\n{QUOTE}\n{DUPLICATE}\n"
    assert lint(tmp_path, "a.md", text) == []


def test_markdown_disable_line_at_the_end_of_a_paragraph(tmp_path):
    text = f"{QUOTE}<!-- auditor: disable-line PUN001 -->\n\n{QUOTE}\n"
    assert lint(tmp_path, "a.md", text) == [("PUN001", 3)]


def test_plain_text_needs_the_comment_on_a_line_of_its_own(tmp_path):
    own_line = f"<!-- auditor: disable-next-line PUN001 -->\n{QUOTE}\n"
    assert lint(tmp_path, "a.txt", own_line) == []
    inline = f"{QUOTE}<!-- auditor: disable-line PUN001 -->\n"
    assert lint(tmp_path, "b.txt", inline) == [("PUN001", 1)]


def test_baseline_hides_old_findings_even_after_paragraphs_are_inserted_above(tmp_path):
    document = tmp_path / "reply.txt"
    document.write_text(f"关于加强监护的答复\n\n{DUPLICATE}\n\n{QUOTE}\n", encoding="utf-8")
    written = run_cli("check", "--write-baseline", "baseline.json", "reply.txt", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    entries = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert sorted(e["rule"] for e in entries) == ["PUN001", "SEQ001"]
    assert all("line" not in e for e in entries), "keyed by text, not by line"

    clean = run_cli("check", "--format", "json", "--baseline", "baseline.json", "reply.txt", cwd=tmp_path)
    assert clean.returncode == 0 and findings(clean) == []

    # Two paragraphs inserted above move every line; a new defect is added below.
    document.write_text(
        f"关于加强监护的答复\n\n新增的第一段。\n\n新增的第二段。\n\n{DUPLICATE}\n\n{QUOTE}\n\n{QUOTE}又一处。\n",
        encoding="utf-8",
    )
    moved = run_cli("check", "--format", "json", "--baseline", "baseline.json", "reply.txt", cwd=tmp_path)
    assert findings(moved) == [("PUN001", 11)], "only the new finding shows"
    assert moved.returncode == 1
    without = run_cli("check", "--format", "json", "reply.txt", cwd=tmp_path)
    assert findings(without) == [("SEQ001", 7), ("PUN001", 9), ("PUN001", 11)]


def test_baseline_counts_repeated_findings(tmp_path):
    document = tmp_path / "reply.txt"
    document.write_text(f"{QUOTE}\n", encoding="utf-8")
    run_cli("check", "--write-baseline", "baseline.json", "reply.txt", cwd=tmp_path)
    document.write_text(f"{QUOTE}\n\n{QUOTE}\n", encoding="utf-8")
    run = run_cli("check", "--format", "json", "--baseline", "baseline.json", "reply.txt", cwd=tmp_path)
    assert findings(run) == [("PUN001", 3)], "the same text twice: one baselined, one new"


@pytest.mark.usefixtures("english")
def test_a_missing_or_broken_baseline_is_a_clear_error(tmp_path):
    (tmp_path / "reply.txt").write_text(QUOTE, encoding="utf-8")
    missing = run_cli("check", "--baseline", "nope.json", "reply.txt", cwd=tmp_path)
    assert missing.returncode == 2 and "nope.json: baseline file not found" in missing.stderr
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    broken = run_cli("check", "--baseline", "bad.json", "reply.txt", cwd=tmp_path)
    assert broken.returncode == 2 and "bad.json: not a valid auditor baseline" in broken.stderr
    assert "Traceback" not in missing.stderr + broken.stderr
