"""Web pages: ten government documents (tests/data/html/NN_*.txt, clean text taken from published
pages, with one planted error or more each) wrapped in the chrome of government sites by
make_pages.py — nav bars, breadcrumbs, 字体【大 中 小】, 打印/关闭, 分享到, 上一篇/下一篇, link
sidebars, footers, scripts, a 索引号 table, layout tables — give exactly the findings of their
clean text, and none from the chrome, whose words would be flagged if they were read; a GB2312 page
and a GBK page with no charset are decoded; a page over 50 MB is one error line."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.engine import lint_text
from auditor.formats.html import extract_html, read_html
from helpers import run_cli
sys.path.insert(0, str(Path(__file__).resolve().parent / "data" / "html"))
from make_pages import SIDEBAR  # noqa: E402  (the chrome's link texts)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "html"
PAGES = sorted(DATA.glob("[0-9][0-9]_*.html"))
CHROME_WORDS = ["字体", "打印", "关闭", "分享到", "上一篇", "下一篇", "当前位置", "您现在的位置", "网站标识码", "ICP备",
                "版权所有", "热点信息", "相关文章", "责任编辑", "扫一扫", "索引号", "浏览次数", "首页", "访问量"]


def check(path, lang="en"):
    run = run_cli("check", "--format", "json", "--no-cache", "--lang", lang, str(path), cwd=ROOT)
    return run, json.loads(run.stdout)["findings"] if run.stdout.strip() else []


def key(finding):
    return finding["rule"], finding["line"], finding["column"], finding["end_line"], finding["end_column"]


def test_there_are_ten_pages_in_three_encodings():
    assert len(PAGES) == 10
    raw = {page.name[:2]: page.read_bytes() for page in PAGES}
    assert b'charset=gb2312' in raw["04"] and "湖南".encode("gb2312") in raw["04"]
    assert b"charset" not in raw["09"] and "政府信息".encode("gbk") in raw["09"]
    with pytest.raises(UnicodeDecodeError):
        raw["09"].decode("utf-8")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_a_page_has_the_findings_of_its_clean_text(page):
    clean = page.with_suffix(".txt")
    clean_run, clean_findings = check(clean)
    page_run, page_findings = check(page)
    assert clean_findings, "each document has an error planted in it"
    assert page_run.returncode == clean_run.returncode, page_run.stderr
    assert sorted(map(key, page_findings)) == sorted(map(key, clean_findings))
    _, chinese = check(page, lang="zh")
    for finding, zh in zip(page_findings, chinese):
        assert re.search(r"\[HTML: (source line \d+|table \d+, row \d+, cell \d+ \(source line \d+\)) “", finding["message"])
        # the same place in the run's language
        line = re.search(r"(?:source line|\(source line) (\d+)", finding["message"]).group(1)
        assert re.search(rf"（HTML 中位置：(源文件第 {line} 行|表 \d+ 行 \d+ 列 \d+（源文件第 {line} 行）) “", zh["message"]), zh["message"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_the_extracted_text_is_the_document_and_nothing_of_the_chrome(page):
    lines = [line.text for line in read_html(str(page)).lines]
    assert lines == page.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
    text = "\n".join(lines)
    assert not [word for word in CHROME_WORDS if word in text]
    assert not [item for item in SIDEBAR if item in text]


def test_the_chrome_would_be_flagged_if_it_were_read():
    rules = {finding.rule for finding in lint_text("\n\n".join(SIDEBAR))}
    assert {"PUN001", "WRD001", "SEQ001"} <= rules


def test_a_paragraph_points_at_its_source_line():
    page = DATA / "01_beijing.html"
    extraction = extract_html(str(page))
    source = extraction.source_text.splitlines()
    for block in extraction.blocks:
        line = block.place.numbers[0]
        assert block.text[:6] in source[line - 1], (block.text, source[line - 1])


def test_a_table_is_a_grid_and_its_total_row_is_checked():
    extraction = extract_html(str(DATA / "06_nanping.html"))
    (table,) = [b for b in extraction.blocks if hasattr(b, "cells")]
    assert table.shape == (5, 3)
    assert {(c.row, c.column): c.text for c in table.cells}[(4, 1)] == "10300"
    run, findings = check(DATA / "06_nanping.html")
    (total,) = findings
    assert total["rule"] == "NUM001" and "table 1, row 5, cell 2" in total["message"]


def test_spans_are_resolved_in_a_grid(tmp_path):
    page = tmp_path / "span.html"
    page.write_text(
        "<html><body><p>各县区养老机构情况如下，请核对。</p><table border=1>"
        "<tr><td rowspan=2>地区</td><td colspan=2>养老机构（家）</td></tr>"
        "<tr><td>公办</td><td>民办</td></tr>"
        "<tr><td>甲县</td><td>12</td><td>8</td></tr></table></body></html>",
        encoding="utf-8",
    )
    (table,) = [b for b in extract_html(str(page)).blocks if hasattr(b, "cells")]
    assert {(c.row, c.column): c.text for c in table.cells} == {
        (0, 0): "地区", (0, 1): "养老机构（家）", (1, 1): "公办", (1, 2): "民办", (2, 0): "甲县", (2, 1): "12", (2, 2): "8",
    }


def test_the_extracted_text_can_be_seen():
    run = subprocess.run([sys.executable, "-m", "auditor.formats.html", str(DATA / "04_hunan.html")],
                         capture_output=True, text=True, encoding="utf-8", check=True, cwd=ROOT)
    assert run.stdout.splitlines()[0] == "    1  湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"
    assert "    7  三、本通知自2009年2月30日起施行。" in run.stdout


def test_a_page_over_50_mb_is_refused_in_one_line(tmp_path):
    page = tmp_path / "huge.html"
    with open(page, "wb") as file:
        file.write(b"<html><body><p>")
        file.truncate(50 * 1024 * 1024 + 1)
    run = run_cli("check", "--lang", "en", str(page), cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [f"auditor: error: {page}: file too large (over the limit of 50 MB); the file is skipped"]


def test_a_page_that_is_not_text_is_refused_in_one_line(tmp_path):
    page = tmp_path / "binary.htm"
    page.write_bytes(os.urandom(4096) + b"\x00" * 16)
    run = run_cli("check", "--lang", "en", str(page), cwd=tmp_path)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
    assert run.stderr.startswith(f"auditor: error: {page}: not a readable HTML page")
    chinese = run_cli("check", str(page), cwd=tmp_path)
    assert chinese.stderr.startswith(f"auditor: error: {page}: 无法读取的网页") and "Traceback" not in run.stderr


def test_folders_yield_web_pages_by_default(tmp_path):
    (tmp_path / "page.htm").write_bytes((DATA / "03_zhenba.html").read_bytes())
    run = run_cli("check", "--format", "concise", ".", cwd=tmp_path)
    assert run.returncode == 1 and "page.htm:11:1: SEQ002" in run.stdout


def test_a_picture_in_the_document_is_said_not_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta charset="utf-8"><title>通知</title></head><body><div class="article">'
                    "<p>全年共救助困境儿童1705人，其中男童903人、女童812人。</p><p><img src=\"t.png\"></p>"
                    "<p>以上为统计表。</p></div></body></html>", encoding="utf-8")
    run = run_cli("check", "--no-cache", str(page), cwd=tmp_path)
    (note,) = [line for line in run.stderr.splitlines() if "note:" in line]
    assert "not read: 1 image(s) (in the page's document)" in note and "(未检查：图片 1 个，其中的数字需人工核对)" in note
