"""The HTML report for many files: the files × rules table, natural order, filters by rule and
severity, collapsible files whose lines load when opened, pages of 100 files, checked relations
beside their lines, Markdown shown as rendered text, the run's language and a strict
Content-Security-Policy. The filters are driven in headless Chromium, and a report of 3000 files is
opened there (its load time is printed, never asserted)."""

import base64
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import time

import pytest

from auditor.reporters.html import natural_key
from helpers import html_parts, run_cli, with_script

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="Chromium is not installed (.ci/run installs it)"
)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
FILES = {
    "a_2.txt": "关于加强未成年人监护工作的答复\n\n我局将一是加强领导；二是强化保障；二是狠抓落实。\n",
    "a_10.txt": "关于孤儿保障工作的答复\n\n截至目前，全县共有孤儿 52 人，其中集中供养 30 人，分散供养 24 人。\n",
    "a_1.md": (
        "# 关于养老服务的答复\n\n根据《老年人权益保障法的规定，**一是**加强监护。截止6月底，已发放补贴。\n\n"
        "- 全县有孤儿 **54 人**。\n- 见[通知](javascript:alert(1))，代码 `2022822` 不是日期。\n\n"
        "| 项目 | 人数 |\n|---|---|\n| 合计 | 96143 |\n"
    ),
    "clean_3.txt": "关于工作的答复\n\n今年共走访老人 120 人。\n",
}
# Test-only: writes what a test's script found into the page, for --dump-dom to carry out.
REPORT = """const report = (value) => {
  const pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(value);
  document.body.append(pre);
};
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
const visibleRows = () => $$("#files tbody tr").filter((r) => !r.hidden).map((r) => r.cells[0].textContent);
const setRule = (code) => { const s = document.getElementById("f-rule"); s.value = code; s.dispatchEvent(new Event("change")); };
const setSeverity = (sev, on) => {
  const box = document.querySelector(`input[data-sev="${sev}"]`);
  if (box.checked !== on) box.click();
};
"""


def chromium(tmp_path, page: str, script: str) -> dict:
    """Opens ``page`` with ``script`` run after the report's own, and returns what it reported."""
    probed = tmp_path / f"probe-{len(list(tmp_path.glob('probe-*')))}.html"
    probed.write_text(with_script(page, REPORT + script), encoding="utf-8")
    run = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", probed.as_uri()],
        capture_output=True, text=True, timeout=300,
    )
    match = re.search(r'<pre id="probe">(.*?)</pre>', run.stdout, re.S)
    assert match, run.stderr[-3000:]
    return json.loads(html.unescape(match.group(1)))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    names = list(FILES)
    findings = json.loads(run_cli("check", "--format", "json", *names, cwd=folder).stdout)["findings"]
    relations = run_cli("check", "--format", "concise", "--show-relations", *names, cwd=folder).stdout
    run = run_cli("check", "--format", "html", "--output", "report.html", *names, cwd=folder)
    assert run.returncode == 1, run.stderr
    return findings, relations, (folder / "report.html").read_text(encoding="utf-8")


def test_natural_order():
    names = ["报告_10.txt", "报告_2.txt", "b.txt", "报告_1.txt", "A_3.txt", "a_20.txt", "报告_02.txt"]
    assert sorted(names, key=natural_key) == ["A_3.txt", "a_20.txt", "b.txt", "报告_1.txt", "报告_02.txt", "报告_2.txt", "报告_10.txt"]


def test_files_and_sections_are_in_natural_order(report):
    findings, _, page = report
    rows = re.findall(r'<tr data-doc="(d?\d*)"[^>]*><td class="path">(?:<a href="#d\d+">)?([^<]+)', page)
    assert [name for _, name in rows] == ["a_1.md", "a_2.txt", "a_10.txt", "clean_3.txt"]
    sections = re.findall(r'<details class="doc[^"]*" id="(d\d+)"><summary><h2>([^<]+)</h2>', page)
    assert [name for _, name in sections] == ["a_1.md", "a_2.txt", "a_10.txt"]  # a file without findings has no section
    assert [doc for doc, _ in rows[:3]] == [doc for doc, _ in sections]
    assert {f["rule"] for f in findings} == {"PUN001", "WRD001", "SEQ001", "NUM001"}


def test_files_by_rules_table_counts(report):
    findings, _, page = report
    table = page[page.index('<table id="files">'):]
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", table).group(1)
    codes = re.findall(r'<th class="n">([A-Z]+\d+)</th>', head)
    assert codes == sorted({f["rule"] for f in findings})
    for row in re.findall(r"<tr data-doc=.*?</tr>", table):
        name = re.search(r'<td class="path">(?:<a[^>]*>)?([^<]+)', row).group(1)
        counts = re.findall(r'<a href="#d\d+" data-rule="([A-Z]+\d+)">(\d+)</a>', row)
        expected = {code: sum(1 for f in findings if f["path"] == name and f["rule"] == code) for code in codes}
        assert {code: int(n) for code, n in counts} == {c: n for c, n in expected.items() if n}


def test_page_policy_allows_only_its_own_style_and_script(report):
    _, _, page = report
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'" and directives["img-src"] == "'none'"
    for tag in ("style", "script"):
        bodies = re.findall(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        others = page.count(f"<{tag}") - page.count('<script type="text/x-auditor-lines" class="lines">')
        assert len(bodies) == 1 == (others if tag == "script" else page.count(f"<{tag}"))  # and the lines, never run
        digest = base64.b64encode(hashlib.sha256(bodies[0].encode()).digest()).decode()
        assert directives[f"{tag}-src"] == f"'sha256-{digest}'"


def test_markdown_and_file_names_are_escaped(tmp_path):
    hostile = {
        '"><img src=x onerror=alert(1)>_2.md': (
            "# 标题<script>alert(1)</script>\n\n根据《规定，见[链接](javascript:alert(2)) 与 ![图](http://example.com/x.png)。\n\n"
            "<div onclick=\"alert(3)\">截止6月底</div>\n\n| <b>项</b> | `<i>` |\n|---|---|\n| 合计 | 1 |\n"
        ),
    }
    for name, text in hostile.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = run_cli("check", "--format", "html", "--output", "report.html", *hostile, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    tags, attributes, text = html_parts(page)  # each file's lines as they are when it is opened
    assert tags.count("script") == 1 and not {"img", "b", "i", "iframe"} & set(tags)
    assert not [name for name, _ in attributes if name.startswith("on") or name in ("style", "src")]
    assert not [value for name, value in attributes if name == "href" and not value.startswith("#")]
    shown = "".join(text)
    for line in list(hostile.values())[0].splitlines():
        assert line in shown  # every character of the Markdown is in the page, as text
    assert '"><img src=x onerror=alert(1)>_2.md' in shown


def test_relations_are_beside_their_lines(report):
    _, relations, page = report
    checked = re.findall(r"^(\S+):(\d+):(\d+): (\w+) (\w+) (ok|FAILS): (.*)$", relations, re.M)
    assert checked, relations
    for path, line, column, rule, _, verdict, arithmetic in checked:
        section = re.search(rf'<details class="doc[^"]*" id="d\d+"><summary><h2>{re.escape(path)}</h2>.*?</details>', page, re.S).group()
        beside = re.search(rf'<div class="line[^"]*" data-line="{line}">.*?</div>\n', section).group()
        assert f'<div class="rel {"holds" if verdict == "ok" else "fails"}">{rule} ' in beside
        assert f"· {line}:{column} " in beside and html.escape(arithmetic) in beside


def test_relations_of_a_word_document_are_beside_its_paragraphs(tmp_path):
    import docx

    document = docx.Document()
    for paragraph in FILES["a_10.txt"].split("\n\n"):
        document.add_paragraph(paragraph.strip())
    document.save(tmp_path / "答复.docx")
    relations = run_cli("check", "--format", "concise", "--show-relations", "答复.docx", cwd=tmp_path).stdout
    line, column, rule = re.search(r"^答复\.docx:(\d+):(\d+): (\w+) sum FAILS", relations, re.M).groups()
    run_cli("check", "--format", "html", "--output", "report.html", "答复.docx", cwd=tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    beside = re.search(rf'<div class="line[^"]*" data-line="{line}">.*?</div>\n', page).group()
    assert "截至目前，全县共有孤儿" in beside and f'<div class="rel fails">{rule} ' in beside and f"· {line}:{column} " in beside


def test_headings_in_the_runs_language(tmp_path):
    (tmp_path / "a.txt").write_text(FILES["a_2.txt"], encoding="utf-8")
    pages = {}
    for lang in ("zh", "en"):
        run_cli("check", "--lang", lang, "--format", "html", "--output", f"{lang}.html", "a.txt", cwd=tmp_path)
        pages[lang] = (tmp_path / f"{lang}.html").read_text(encoding="utf-8")
    assert '<html lang="zh">' in pages["zh"] and "显示核对关系" in pages["zh"] and "各规则问题数" in pages["zh"]
    assert "“二是”重复" in pages["zh"] and "第 {page}/{pages} 页" in pages["zh"]
    assert '<html lang="en">' in pages["en"] and "show checked relations" in pages["en"] and "Findings by rule" in pages["en"]
    assert "显示" not in pages["en"] and "问题" not in pages["en"]


@needs_chromium
def test_filters_in_chromium(report, tmp_path):
    findings, _, page = report
    result = chromium(tmp_path, page, """
const out = {ready: document.body.dataset.ready, all: visibleRows(), unopened: $$("details.doc > script.lines").length};
setRule("SEQ001");
out.seq = visibleRows();
out.seqDocs = $$("details.doc").filter((d) => !d.hidden).map((d) => d.querySelector("h2").textContent);
setRule("");
setSeverity("error", false);
out.noErrors = visibleRows();
setSeverity("error", true);
out.back = visibleRows();
// the severity counts at the top show only their severity; a count in the rules table, only its rule
document.querySelector('.counts button[data-only="warning"]').click();
out.onlyWarnings = [visibleRows(), $$("input[data-sev]").filter((b) => b.checked).map((b) => b.dataset.sev)];
document.querySelector('table.rules button[data-rule="SEQ001"]').click();
out.ruleButton = [visibleRows(), document.getElementById("f-rule").value, $$("input[data-sev]").every((b) => b.checked)];
setRule("");
// a count in the files × rules table: that rule selected, that file opened with its lines
const link = $$("#files a[data-rule='NUM001']")[0];
link.click();
const doc = document.getElementById(link.hash.slice(1));
out.clicked = {rule: document.getElementById("f-rule").value, open: doc.open, lines: $$(".line", doc).length,
               ids: $$(".line", doc).slice(0, 2).map((l) => l.id), rows: visibleRows()};
// a file with two rules, opened, filtered to one: the other's notes hidden and highlights dimmed
const md = $$("details.doc").find((d) => d.querySelector("h2").textContent === "a_1.md");
setRule("PUN001");
md.open = true;
document.getElementById("open-page").click();
out.mdNotes = $$(".note", md).map((n) => [n.dataset.key, n.hidden]);
out.mdMarks = $$("mark[data-keys]", md).map((m) => [m.dataset.keys, m.classList.contains("dim")]);
setRule("");
out.mdNotesAfter = $$(".note", md).map((n) => n.hidden);
// Markdown as rendered text: its markup hidden, every character kept; the toggle shows it
const mdLine = (n) => md.querySelector(`.line[data-line="${n}"] .tx`);
out.mdText = [1, 3, 6, 10].map((n) => mdLine(n).textContent);
out.mdHidden = $$(".mk", md).map((m) => getComputedStyle(m).display);
out.mdDelim = getComputedStyle(md.querySelector('.line[data-line="9"]')).display;  // the |---|---| row
out.mdHeading = getComputedStyle(mdLine(1)).fontWeight;
document.getElementById("f-md").click();
out.mdShown = $$(".mk", md).map((m) => getComputedStyle(m).display);
// checked relations: hidden until asked for
out.relBefore = $$(".rel", doc).map((r) => getComputedStyle(r).display);
document.getElementById("f-rel").click();
out.relAfter = $$(".rel", doc).map((r) => getComputedStyle(r).display);
report(out);
""")
    assert result["ready"] == "1" and result["unopened"] == 3
    assert result["all"] == ["a_1.md", "a_2.txt", "a_10.txt", "clean_3.txt"]
    assert result["seq"] == ["a_2.txt"] and result["seqDocs"] == ["a_2.txt"]
    assert result["noErrors"] == ["a_1.md"]  # the only file with a warning
    assert result["back"] == result["all"]
    assert result["onlyWarnings"] == [["a_1.md"], ["warning"]]
    assert result["ruleButton"] == [["a_2.txt"], "SEQ001", True]
    clicked = result["clicked"]
    assert clicked["rule"] == "NUM001" and clicked["open"] and clicked["rows"] == ["a_10.txt"]
    assert clicked["lines"] == len(FILES["a_10.txt"].split("\n")) and clicked["ids"][0].endswith("-L1")
    assert sorted(result["mdNotes"]) == [["PUN001:error", False], ["WRD001:warning", True]]
    assert ["WRD001:warning", True] in result["mdMarks"] and ["PUN001:error", False] in result["mdMarks"]
    assert result["mdNotesAfter"] == [False, False]
    lines = FILES["a_1.md"].split("\n")
    assert result["mdText"] == [lines[0], lines[2], lines[5], lines[9]]
    assert result["mdHidden"] and set(result["mdHidden"]) == {"none"}
    assert result["mdDelim"] == "none" and int(result["mdHeading"]) >= 600
    assert set(result["mdShown"]) == {"inline"}
    assert result["relBefore"] == ["none"] and result["relAfter"] == ["block"]
    assert any(f["path"] == "a_10.txt" and f["rule"] == "NUM001" for f in findings)


@needs_chromium
def test_a_report_of_3000_files_loads_and_its_filters_work(tmp_path):
    texts = [
        "关于加强未成年人监护工作的答复\n\n我局将一是加强领导；二是强化保障；二是狠抓落实。\n",
        "关于孤儿保障工作的答复\n\n截至目前，全县共有孤儿 52 人，其中集中供养 30 人，分散供养 24 人。\n",
        "关于养老服务的答复\n\n根据《老年人权益保障法的规定，加强监护。截止6月底，已发放补贴。\n",
    ]
    documents = [f"第 {i} 号\n\n" + texts[i % 3] * 5 for i in range(3000)]
    started = time.perf_counter()
    for i, text in enumerate(documents):
        (tmp_path / f"报告_{i}.txt").write_text(text, encoding="utf-8")
    run = run_cli("check", "--format", "html", "--output", "report.html", ".", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    print(f"3000 files linted and reported in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    result = chromium(tmp_path, page, """
const out = {loaded: Math.round(performance.now()), shown: Number(document.body.dataset.shown), rows: visibleRows()};
document.querySelector("#pager .next").click();
out.next = visibleRows();
setRule("SEQ001");
out.seqShown = Number(document.body.dataset.shown);
out.seqRows = visibleRows();
setRule("");
// a file on the last page, reached by its link: its page shown and the file opened
const last = $$("#files tbody tr").at(-1).querySelector("a");
last.click();
const doc = document.getElementById(last.hash.slice(1));
out.last = {rows: visibleRows().length, first: visibleRows()[0], open: doc.open, lines: $$(".line", doc).length};
report(out);
""")
    seconds = time.perf_counter() - started
    print(f"3000-file HTML report: {len(page.encode()) / 1e6:.1f} MB, parsed and its script run "
          f"{result['loaded'] / 1000:.2f} s after navigation in Chromium ({seconds:.2f} s with Chromium's start)")
    names = [f"./报告_{i}.txt" for i in range(3000)]
    assert result["shown"] == 3000
    assert result["rows"] == names[:100] and result["next"] == names[100:200]
    assert result["seqShown"] == 1000 and result["seqRows"] == names[0:300:3]
    assert result["last"] == {"rows": 100, "first": names[2900], "open": True, "lines": len(documents[-1].split("\n"))}
