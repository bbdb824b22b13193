"""The benchmark runs end to end on a tiny corpus (its numbers are not checked: no timed tests)."""

import json
import subprocess
import sys

from conftest import ROOT


def test_benchmark_runs_on_a_tiny_corpus(tmp_path):
    out = tmp_path / "results.json"
    run = subprocess.run(
        [sys.executable, "-m", "auditor.bench", "--size", "0.1", "--big", "0.1", "--figures", "300",
         "--profile-mb", "0.05", "--repeat", "1", "--json", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "throughput --jobs 1" in run.stdout and "targets:" in run.stdout
    results = json.loads(out.read_text(encoding="utf-8"))
    measured = results["measured"]
    assert measured["corpus_files"] > 1 and measured["corpus_mb"] >= 0.1
    for key in ("throughput_jobs_1_mb_s", "throughput_jobs_auto_mb_s", "startup_ratio", "cache_second_run_ratio",
                "linear_cost_ratio", "big_file_peak_rss_mb", "corpus_peak_rss_mb_jobs_1"):
        assert measured[key] > 0, key
    assert set(measured["figures"]) == {"one_paragraph", "short_paragraphs"}
    assert all(set(v) == {"value", "met"} for v in results["targets"].values())
    # start-up against python -c pass in the same run, wall and CPU
    assert measured["startup_cpu_ratio"] > 0 and measured["python_pass_cpu_s"] > 0
    assert "start-up: auditor check, python -c pass" in run.stdout
    # AutoCorrect side by side, or said to be missing (it is in the bench extra only)
    assert "auditor vs AutoCorrect, one process" in run.stdout
    target = results["targets"]["autocorrect_ratio <= 1.0"]
    if measured["autocorrect_ratio"] is None:
        assert target == {"value": None, "met": None} and "not installed" in measured["autocorrect"]
    else:
        assert measured["autocorrect_ratio"] > 0 and target["met"] in (True, False)
        assert measured["compared_files"] == measured["corpus_files"]
    # PDF and HTML reading: the test documents read, the scan and the encrypted PDF left out
    formats = measured["formats"]
    assert formats["pdf"]["files"] >= 6 and formats["html"]["files"] >= 10
    assert all(formats[f]["text_mb"] > 0 and formats[f]["text_mb_s"] > 0 and formats[f]["seconds_per_file"] > 0 for f in formats)
    assert "reading PDF" in run.stdout and "reading HTML" in run.stdout
    stages = results["time_by_stage"]["stages"]
    assert "rules PUN" in stages and "extract numbers" in stages
    # the table stage measured on documents made of tables
    assert 0 < measured["table_stage_share"] < 1 and "table_stage_share <= 0.10" in results["targets"]
    assert "the table stage is" in run.stdout
    assert results["machine"]["cpus_available"] >= 1


def test_corpus_copies_are_unique_and_add_no_figure(tmp_path):
    import random

    from auditor.bench import build_corpus, unique_tail
    from auditor.engine import lint_text

    total, files = build_corpus(tmp_path / "c", ["正文。", "另一篇。"], 2000, random.Random(1))
    texts = [p.read_text(encoding="utf-8") for p in (tmp_path / "c").iterdir()]
    assert len(texts) == files and len(set(texts)) == files and total >= 2000
    assert lint_text("正文。" + unique_tail(1234567890)) == lint_text("正文。")


def test_the_table_document_is_right_and_its_tables_are_checked():
    import random

    from auditor.bench import table_document
    from auditor.config import Config
    from auditor.engine import lint_source

    text = table_document(4, random.Random(3))
    result = lint_source(text, "tables.md", Config(), relations=True)
    assert result.findings == ()  # every total, change and share in it holds
    kinds = {(r.rule, r.kind) for r in result.checked}
    assert {("NUM001", "sum"), ("NUM003", "share"), ("NUM007", "change")} <= kinds, kinds
    assert all(r.holds for r in result.checked)
    # one wrong 合计 is found: the relations are read, not only counted
    wrong = text.replace("| 合计 | ", "| 合计 | 1", 1)
    assert [f.rule for f in lint_source(wrong, "tables.md", Config()).findings].count("NUM001") >= 1


def test_autocorrect_is_compared_on_the_same_documents(tmp_path):
    """With the bench extra installed: both tools lint the same texts; auditor's time is a ratio of AutoCorrect's."""
    import random

    import pytest

    pytest.importorskip("autocorrect_py")
    from auditor.bench import build_corpus, compare_autocorrect

    build_corpus(tmp_path / "c", ["全市共有留守儿童100人，其中男孩60人、女孩40人。", "截至2023年底，全县共有养老机构12所。"], 3000, random.Random(2))
    paths = sorted((tmp_path / "c").iterdir())
    measured = compare_autocorrect(paths, rounds=1)
    assert measured["compared_files"] == len(paths) and measured["autocorrect"].startswith("autocorrect-py ")
    assert measured["autocorrect_ratio"] == measured["auditor_cpu_s"] / measured["autocorrect_cpu_s"]


def test_autocorrect_is_only_in_the_bench_extra():
    """Never a runtime dependency: setup.cfg names it in the bench extra and nowhere else."""
    import configparser

    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg", encoding="utf-8")
    assert "autocorrect" not in setup["options"]["install_requires"]
    extras = setup["options.extras_require"]
    assert "autocorrect-py" in extras["bench"]
    assert all("autocorrect" not in extras[name] for name in extras if name != "bench")
