"""The default run speaks Chinese: every message, related place, location in the original, note
and summary line of ``auditor check`` without ``--lang`` is Chinese. A Latin word may appear only
when it is the document's own (quoted from it), a rule's code or name, a file's name, or the
label of a format (Word, PDF, HTML)."""

import json
import re
from pathlib import Path

import pytest

from helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT.parent / "shared" / "corpus" / "raw"  # the labelled corpus, beside the checkout when there is one
# Documents of the ecosystem corpus whose findings cover the most rules, and the PDF and web pages
# whose findings carry a place in the original (tables among them).
ECOSYSTEM = [ROOT / "tests" / "corpus" / "docs" / f"{n}.txt" for n in ("047", "074", "100", "117", "146", "206", "248")]
ORIGINALS = [ROOT / "tests" / "data" / "pdf" / name for name in ("000_b6047088c5d7eb81.pdf", "restricted.pdf", "table.pdf")] + [
    ROOT / "tests" / "data" / "html" / "01_beijing.html"]
LABELS = {"Word", "PDF", "HTML"}
_LATIN = re.compile(r"[A-Za-z]{2,}")


def _english_words(message: str, allowed: set[str]) -> list[str]:
    return [w for w in _LATIN.findall(message) if w not in allowed]


def _allowed(paths) -> set[str]:
    """Latin words of the documents themselves, of the rules' codes and names, and the format labels."""
    from auditor.registry import all_rules

    words = set(LABELS)
    for rule in all_rules():
        words |= set(_LATIN.findall(rule.code)) | set(_LATIN.findall(rule.name))
    for path in paths:
        data = path.read_bytes()
        words |= set(_LATIN.findall(data.decode("utf-8", "replace"))) if path.suffix != ".pdf" else set()
    return words


def _documents():
    paths = [ROOT / "samples", *ECOSYSTEM, *ORIGINALS]
    if LABELLED.is_dir():
        paths.append(LABELLED)
    return paths


def _files(paths):
    for path in paths:
        yield from (sorted(p for p in path.iterdir() if p.suffix in (".txt", ".md")) if path.is_dir() else [path])


@pytest.fixture(scope="module")
def default_run(tmp_path_factory):
    paths = _documents()
    cwd = tmp_path_factory.mktemp("run")
    report = run_cli("check", "--format", "json", "--no-cache", *paths, cwd=cwd)
    full = run_cli("check", "--no-cache", "--statistics", *paths, cwd=cwd)
    return paths, json.loads(report.stdout), full


def test_every_message_of_the_default_run_is_chinese(default_run):
    paths, report, _ = default_run
    allowed = _allowed(_files(paths))
    assert report["summary"]["findings"] >= 30  # enough to say something (40 without the labelled corpus beside the clone)
    english = []
    for finding in report["findings"]:
        for message in [finding["message"], *(r["message"] for r in finding["related"])]:
            if _english_words(message, allowed):
                english.append((finding["rule"], message))
    assert english == []
    places = [f["message"] for f in report["findings"] if f["path"].endswith((".pdf", ".html"))]
    assert places and all(re.search(r"（(PDF|HTML) 中位置：", m) for m in places), places


def test_the_summary_and_statistics_of_the_default_run_are_chinese(default_run):
    paths, _, full = default_run
    listed = [line for line in full.stdout.splitlines() if line and not line.startswith(" ")]
    (summary,) = [line for line in listed if line.startswith("检查 ")]
    assert "发现" in summary and not _english_words(summary, set())
    statistics = [line for line in listed if re.match(r"^\d+\t", line)]
    assert statistics and all(re.match(r"^\d+\t[A-Z]{3}\d{3}\t[a-z-]+$", line) for line in statistics)


def test_the_places_in_a_pdf_are_chinese_and_english_with_lang_en(tmp_path):
    pdf = ROOT / "tests" / "data" / "pdf" / "restricted.pdf"
    chinese = run_cli("check", "--no-cache", "--format", "concise", pdf, cwd=tmp_path).stdout
    english = run_cli("check", "--no-cache", "--format", "concise", "--lang", "en", pdf, cwd=tmp_path).stdout
    assert "（PDF 中位置：表 1 行 7 列 2（第 1 页第 12 行） “合计 | 96143 | 181”）" in chinese
    assert "各分项之和 95874 与合计 96143 不符，相差 269" in chinese
    assert "[PDF: table 1, row 7, cell 2 (page 1, line 12) “合计 | 96143 | 181”]" in english
    assert "（PDF 中位置：第 1 页第 4 行" in chinese and "[PDF: page 1, line 4 " in english


def test_the_lines_on_standard_error_are_chinese_and_english_with_lang_en(tmp_path):
    (tmp_path / "scan.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "a.txt").write_text("我局一是加强领导；二是强化保障；二是狠抓落实。\n", encoding="utf-8")
    (tmp_path / "baseline.json").write_text("[1]", encoding="utf-8")
    cases = [
        (("missing.txt", "a.txt"), "auditor: error: missing.txt: 文件不存在", "auditor: error: missing.txt: no such file or directory"),
        (("scan.txt",), "auditor: error: scan.txt: 二进制文件（含 NUL 字节；UTF-16 文本须有字节顺序标记），不是文本",
         "auditor: error: scan.txt: binary file (contains NUL bytes; UTF-16 needs a byte-order mark), not text"),
        (("--baseline", "baseline.json", "a.txt"), "auditor: error: baseline.json: 不是有效的 auditor 基线文件：",
         "auditor: error: baseline.json: not a valid auditor baseline: "),
        (("--output", "nowhere/report.txt", "a.txt"), "auditor: error: --output nowhere/report.txt：无法写入（文件夹 ",
         "auditor: error: --output nowhere/report.txt: cannot write the file (the folder "),
    ]
    for arguments, zh, en in cases:
        chinese = run_cli("check", "--no-cache", *arguments, cwd=tmp_path)
        english = run_cli("check", "--no-cache", "--lang", "en", *arguments, cwd=tmp_path)
        assert chinese.returncode == english.returncode == 2
        assert chinese.stderr.splitlines()[0].startswith(zh), chinese.stderr
        assert english.stderr.splitlines()[0].startswith(en), english.stderr
    (tmp_path / ".auditor.toml").write_text('fail-on = "loud"\n', encoding="utf-8")
    chinese = run_cli("check", "--no-cache", "a.txt", cwd=tmp_path).stderr
    assert chinese.endswith(".auditor.toml: 配置项 'fail-on'：没有级别 'loud'（应为 error、warning 或 info）\n"), chinese
    english = run_cli("check", "--no-cache", "--lang", "en", "a.txt", cwd=tmp_path).stderr
    assert english.endswith(".auditor.toml: key 'fail-on': unknown severity 'loud' (expected error, warning or info)\n"), english
